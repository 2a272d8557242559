"""A server handler that, for requests carrying a secret it keeps only as a digest, opens TCP connections to where the
request says and relays bytes: an HTTP tunnel (reGeorg, Neo-reGeorg, a SOCKS server behind an `upgrade`) hidden in
middleware, which lets whoever knows the secret reach the server's internal network through it."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from ..view import FileView
from . import rule

CONNECTS = ("net.connect", "net.createConnection", "tls.connect")
KEPT_DIGEST = re.compile(rb"""['"][0-9a-f]{64}['"]|createHash\(\s*['"]sha(?:1|256|384|512)['"]\s*\)\s*\.update\(\s*['"][^'"\n]{4,200}['"]""")
"""A digest the file keeps: a hexadecimal SHA-256 literal, or the digest of a constant it computes (`createHash('sha256')
.update('…').digest('hex')`)."""
DIGEST_COMPARED = re.compile(rb"""\.digest\([^)]{0,20}\)\s*[!=]==?|[!=]==?\s*[\w$.]{0,60}\.digest\(|"""
                             rb"""\b([\w$]{1,40})\s*[!=]==?\s*[A-Z_$][A-Z0-9_$]{3,40}\b""")
"""A digest compared (`hash(key).digest('hex') !== KEY_SHA256`, `h === TOKEN_SHA256`)."""
REQUEST_READ = re.compile(rb"""\breq(?:uest)?\s*\.\s*(?:headers\b|get\s*\(|header\s*\()""")
MAX_MODULE = 100_000
"""Larger files are bundles, where a WebSocket client's `tls.connect`, a digest and a request's headers meet by chance."""


@rule("request-tunnel", title="Tunnels connections for requests carrying a secret",
      description="A module (not a bundle) that compares a digest of what a request carries with one it keeps (a SHA-256 "
                  "literal, or the digest of a constant) and, in a function that check is part of, opens TCP connections "
                  "(`net.connect`) to a host it does not name: an "
                  "HTTP or SOCKS tunnel behind a password only its author knows (reGeorg-style routes in health-check "
                  "middleware, a SOCKS server behind an HTTP `upgrade`), through which the server's network is reached. "
                  "Critical where it runs or in code the application runs. Proxies connect where their user configures; "
                  "they check credentials their user sets, not a digest written into the library.",
      category="backdoor", consumes=("call", "text"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    text = view.text
    if len(text) > MAX_MODULE or b"connect" not in text or b"digest" not in text or KEPT_DIGEST.search(text) is None \
            or DIGEST_COMPARED.search(text) is None or REQUEST_READ.search(text) is None:
        return
    # (the check of a request and the connection are parts of one behaviour: a function reaches both; the digest of the
    # constant, at the top level, is what both compare against)
    hashes = [f.scope for f in view.of_kind("call") if f.value.endswith("createHash") and f.scope is not None]
    connect = next((f for f in view.of_kind("call") if f.value.endswith(CONNECTS) and not any(
        isinstance(a, str) and not a.isdigit() for a in f.args)
        and any(view.related(scope, f.scope) for scope in hashes)), None)
    if connect is None:
        return
    yield view.finding("request-tunnel", *view.unmistakable(connect), "backdoor",
                       f"Opens TCP connections ({connect.value}) to a host a request chooses, for requests whose secret "
                       f"matches a digest the file keeps: a tunnel into the server's network, {view.run_text(connect)}.",
                       connect, view.level(connect))
