"""A site's search-console ownership claimed for someone else: a package that renders a site's `<head>` or writes its
build output adds a Google, Bing or Yandex verification token of its own (a meta tag, a `google<id>.html` file,
BingSiteAuth.xml). Whoever owns the token then controls the site in Search Console: sitemaps, removals, the indexing of
spam pages (Sucuri's reports of verification-tag hijacks on compromised sites)."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..gates import any_word
from ..strings import unbase64
from ..view import FileView
from . import rule

VERIFY_NAMES = re.compile(r"google-site-verification|msvalidate\.01|yandex-verification|BingSiteAuth\.xml")
"""The names search engines read an ownership token under (meta tags, Bing's file)."""
TOKEN_FILE = re.compile(r"^google[0-9a-zA-Z]{12,}\.html$")
"""Google's ownership file, named by the token itself."""
TOKEN_TABLE = re.compile(r"""["'](google|bing|yandex)["']\s*:\s*["'][\w.-]{10,}["']""")
"""A table of tokens by engine (`{"google": "…", "bing": "…"}`)."""
WORDS = any_word(b"verification", b"msvalidate", b"BingSiteAuth", b"google")


@rule("site-verification", title="Claims the site's search-console ownership with a token of its own",
      description="A Google ownership file name (`google<token>.html`) the package carries, or, in a file that names a "
                  "search engine's ownership check (google-site-verification, msvalidate.01, yandex-verification, "
                  "BingSiteAuth.xml), a table of verification tokens it decodes at run time. Whoever owns the token "
                  "controls the user's site in Search Console. Critical when the tokens are hidden and the code runs "
                  "(at install, at load, or in code the application runs, as a `<head>` component renders); high for "
                  "an ownership file written as it is. SEO packages take the site owner's tokens from its config.",
      category="backdoor", consumes=("string",), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(WORDS):
        return
    strings = view.of_kind("string")
    hidden = next((f for f in strings if len(f.value) < 4000 and (text := unbase64(f.value)) is not None
                   and TOKEN_TABLE.search(text)), None) if any(VERIFY_NAMES.search(f.value) for f in strings) else None
    if hidden is not None:
        severity, confidence = view.unmistakable(hidden)
        yield view.finding("site-verification", severity, confidence, "backdoor",
                           f"Decodes search-engine ownership tokens of its own ({hidden.value[:40]}…) in a file that writes "
                           f"verification tags, {view.run_text(hidden)}: the site's Search Console claimed by whoever "
                           "owns them.", hidden, view.level(hidden))
        return
    owned = next((f for f in strings if TOKEN_FILE.match(f.value)), None)
    if owned is not None:
        yield view.finding("site-verification", S.HIGH, C.MEDIUM, "backdoor",
                           f"Carries a Google ownership file name of its own ({owned.value}): written into a site, its "
                           "Search Console is claimed by whoever owns the token.",
                           owned, view.level(owned))
