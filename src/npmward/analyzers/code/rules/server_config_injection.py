"""Web server configuration a package writes so that the site runs the attacker's file or sends its visitors away."""

from __future__ import annotations

import re
from typing import Iterator

from ....diff import TEST_PATH
from ....model import Finding
from ....model import Severity as S
from ... import linear_re
from ..behaviours import writes_file
from ..package import resolve
from ..view import FileView, PackageView
from . import rule

SERVER_CONFIGS = re.compile(r"(^|[/\\])(\.htaccess|web\.config|\.user\.ini|nginx\.conf|httpd\.conf)$|sites-(enabled|available)[/\\]")
CONFIG_WORDS = linear_re.compile_bytes(rb"\.htaccess|web\.config|\.user\.ini|nginx|httpd\.conf|sites-")
PREPEND = re.compile(r"\bauto_(prepend|append)_file\b")
"""PHP runs the named file before (or after) every script of the site."""
SEARCH_REFERER = re.compile(r"HTTP_REFERER\W[^\n]{0,80}(google|bing|yahoo|baidu|yandex|duckduckgo)", re.I)
EXTERNAL_ACTION = re.compile(r"RewriteRule\s+\S+\s+https?://|<action\b[^>]*\burl=\"https?://|\breturn\s+30[1278]\s+https?://|"
                             r"\bRedirect(Match)?\s+(\d{3}\s+)?\S+\s+https?://", re.I)
"""A rewrite or redirect to another site (a rule that sends visitors to a page of the site itself is routing)."""
MAX_TEXT = 200_000


@rule("server-config-injection", title="Injects web server configuration",
      description="Writes a web server's configuration (`.htaccess`, `web.config`, `.user.ini`, nginx or Apache "
                  "config) that makes PHP run a file before every script (`auto_prepend_file`), or that redirects the "
                  "visitors a search engine sent to another site (SEO cloaking: only the site's owner, who types its "
                  "address, never sees it). Prerender rules for crawlers' user agents are not this. Critical at install, "
                  "at load or in code the application runs. The configuration's text may come from a module the writer requires.",
      category="backdoor", consumes=("string", "call"), severity=S.CRITICAL, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    for path in sorted(package.views):
        yield from _one_file(package.views[path], package)


def _one_file(view: FileView, package: PackageView) -> Iterator[Finding]:
    if TEST_PATH.search(view.facts.path) or not view.mentions(CONFIG_WORDS):
        return  # (the file that writes a config names it: the other files' facts are not walked)
    strings = [f for f in view.of_kind("string")]
    target = next((f for f in strings if len(f.value) < 300 and SERVER_CONFIGS.search(f.value)), None)
    writes = next((f for f in view.all if writes_file(f)), None) if target is not None else None
    if writes is None:
        return
    # (a config is often written line by line, `[…].join('\n')`, or by a template module the writer requires: the
    # strings are read together)
    for _, module in view.facts.requires:
        other = package.views.get(resolve(view.facts.path, module, package.views) or "")
        if other is not None and other is not view:
            strings += [f for f in other.all if f.kind == "string"]
    text = "\n".join(f.value for f in strings)[:MAX_TEXT]
    prepend = PREPEND.search(text)
    cloak = SEARCH_REFERER.search(text) if EXTERNAL_ACTION.search(text) else None
    if prepend is None and cloak is None:
        return
    what = ("makes PHP run a file before every script of the site (auto_prepend_file)" if prepend else
            "sends the visitors a search engine brought to another site")
    yield view.finding("server-config-injection", *view.unmistakable(writes), "backdoor",
                       f"Writes web server configuration ({target.value[-40:]}) that {what}, {view.run_text(writes)}.",
                       writes, view.level(writes))
