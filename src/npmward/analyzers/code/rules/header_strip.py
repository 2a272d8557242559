"""A site's security headers taken off on a remote party's word: a Server-Timing middleware that drops the
application's CSP, X-Frame-Options and HSTS on the paths a DNS TXT record names, or an extension SDK whose
declarativeNetRequest rules strip them from the sites its server sends over a WebSocket, so those sites can be loaded
in hidden frames with the user's cookies (Mellowtel, 2024). Helmet names the same headers to set them."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..gates import any_word
from ..view import FileView
from . import rule

GATE = any_word(b"x-frame-options", b"X-Frame-Options", b"content-security-policy", b"Content-Security-Policy")
HEADERS = re.compile(rb"content-security-policy|x-frame-options|strict-transport-security|cross-origin-opener-policy|"
                     rb"cross-origin-embedder-policy|cross-origin-resource-policy", re.I)
REMOVES = re.compile(rb"removeHeader\(\s*(?:['\"](?:content-security-policy|x-frame-options|strict-transport-security|"
                     rb"cross-origin-\w+-policy)|[A-Za-z_$][\w$]*\s*\))|operation['\"]?\s*:\s*['\"]remove['\"]", re.I)
"""A security header removed by name, a header named by a variable removed (a loop over a list of them), or a
declarativeNetRequest `remove` operation (X-Powered-By removed by name, as helmet does, is none of them)."""
REMOTE = re.compile(rb"\bresolveTxt\b|\bnew WebSocket\b|\bnew EventSource\b")
"""A channel that tells the module what to do: a DNS TXT record, a socket or an event stream from its server."""
MIN_HEADERS = 3
MAX_MODULE = 200_000
"""Larger files are bundles (a dev server's, with a live-reload socket), where the parts meet by chance."""


@rule("header-strip", title="Strips security headers on a remote party's word",
      description="A module (not a bundle) that removes three or more security headers (CSP, X-Frame-Options, HSTS, "
                  "COOP, COEP, CORP) with removeHeader or a declarativeNetRequest `remove` rule, and takes instructions "
                  "from a DNS TXT record, a WebSocket or an event stream: a server decides which sites or paths lose "
                  "their protection against framing, injected scripts and downgrade.",
      category="defence-evasion", consumes=("text",), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if len(view.text) > MAX_MODULE or not view.mentions(GATE):
        return
    headers = {m.group(0).lower() for m in HEADERS.finditer(view.text)}
    removal = REMOVES.search(view.text) if len(headers) >= MIN_HEADERS else None
    channel = REMOTE.search(view.text) if removal is not None else None
    if channel is None:
        return
    line, snippet = view.line_at(removal.start())
    yield Finding("code/header-strip", S.CRITICAL, C.HIGH, "defence-evasion",
                  f"Removes {len(headers)} security headers ({', '.join(sorted(h.decode() for h in headers)[:4])}) and takes "
                  f"instructions from a remote party ({channel.group(0).decode()}): a server decides which sites or paths "
                  "lose their protection.", view.facts.path, line, snippet.decode("utf-8", "replace")[:200], {"when": view.when})
