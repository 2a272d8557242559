"""A site's built pages overwritten with a page of the package's own: the protestware and hacktivist defacements of
2022 (node-ipc's era), moved into the build step a plugin hooks (a Vite plugin's `closeBundle`), where every `.html`
file of the output is replaced before it is deployed."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from ..gates import any_word
from ..view import FileView
from . import rule
from .ransomware import WALK

WRITES = re.compile(r"^(fs|fs-extra|graceful-fs)\.(promises\.)?(writeFile|writeFileSync|outputFile|outputFileSync)$")
WHOLE_PAGE = re.compile(r"<html\b[\s\S]*<body\b[\s\S]*</html>", re.I)
MIN_PAGE = 200
"""A whole page written out as one constant (a redirect stub is shorter and names its target from a variable)."""
PAGE_WORDS = any_word(b".html", b".htm")
NAMED_TARGET = re.compile(r"""(writeFile|outputFile)(Sync)?\([^;]{0,200}?['"`][^'"`]{0,100}\.html?['"`]""")
"""A page written to a file the call names (`path.join(out, '404.html')`): one page of the site's own, not each file
a walk found."""


@rule("web-defacement", title="Overwrites a site's pages with a page of its own",
      description="A directory walk that picks `.html` files and a constant whole page (`<html>…<body>…</html>`) written "
                  "over the files: a site's output replaced by a defacement before it is deployed, as protestware did in "
                  "2022. Critical at install, at load or in a hook the build runs (`closeBundle`); a step lower in a "
                  "function nothing is known to call. Generators write pages they build from the site's content, not one "
                  "constant over every file.",
      category="destructive", consumes=("call",), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(PAGE_WORDS):
        return
    calls = view.of_kind("call")
    if not any(WALK.search(f.value) for f in calls):
        return
    for f in calls:
        page = f.args[1] if len(f.args) > 1 else None
        if WRITES.match(f.value) and isinstance(page, str) and len(page) >= MIN_PAGE and WHOLE_PAGE.search(page) \
                and "{{" not in page and "<%" not in page and not NAMED_TARGET.search(f.snippet):
            severity, confidence = view.unmistakable(f)
            yield view.finding("web-defacement", severity, confidence, "destructive",
                               f"Writes one constant page over the .html files a directory walk finds ({f.value}), "
                               f"{view.run_text(f)}: the site's pages replaced by its own.", f, view.level(f))
            return
