"""A library that routes the process's own HTTPS traffic through a proxy the code names, or turns
TLS verification off for the whole process: every API key and session the app sends passes through
someone else's server (in-process proxy hijacks of 2024-2025)."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..view import FileView, Grid
from . import rule

PROXY_AGENTS = re.compile(r"(^|\.)(ProxyAgent|HttpsProxyAgent|HttpProxyAgent|SocksProxyAgent|EnvHttpProxyAgent|"
                          r"createProxyAgent|tunnel\.httpsOverHttps?|tunnel\.httpOverHttps?)$")
PROXY_ENV = re.compile(r"^process\.env\.(HTTPS?_PROXY|https?_proxy|ALL_PROXY|all_proxy|GLOBAL_AGENT_HTTPS?_PROXY)$")
TLS_OFF = re.compile(r"^process\.env\.NODE_TLS_REJECT_UNAUTHORIZED$")
ZERO = re.compile(r"=\s*(['\"`]0['\"`]|0)\s*[;,)]?\s*$")
ENDPOINT = F.RAW_IP | F.OOB_HOST
"""A proxy at an IP address or an out-of-band host. (A host name reaching the agent is too often the
URL being fetched, passed through proxy-from-env's `getProxyForUrl(url)`: @sentry/cli's installer.)"""
GRID = Grid(install=(S.HIGH, C.MEDIUM), load=(S.HIGH, C.MEDIUM), deferred=(S.INFO, C.LOW))
BOTH = (S.CRITICAL, C.HIGH)
"""A proxy the code names and TLS verification off, when the package runs: the interception needs both."""
TLS_ALONE = Grid(install=(S.MEDIUM, C.MEDIUM), load=(S.MEDIUM, C.MEDIUM), deferred=(S.INFO, C.LOW))
"""Dev tools turn verification off for self-signed certificates when asked: alone, a note."""


@rule("traffic-hijack", title="Routes the process's traffic through a proxy the code names",
      description="A proxy agent or dispatcher (undici ProxyAgent, https-proxy-agent, socks-proxy-agent, tunnel) or "
                  "HTTP(S)_PROXY set to an IP address or an out-of-band host the code names, or NODE_TLS_REJECT_UNAUTHORIZED set to 0, when the package is installed or "
                  "loaded; critical with both (the interception needs its certificate accepted). TLS verification off alone is "
                  "medium, high when hidden (Node's warning about it silenced, or the variable's name built at run time). A proxy taken "
                  "from the user's settings or environment is not reported.",
      category="tampering", consumes=("new", "call", "assign"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    proxy = tls = None
    for level, facts in view.groups():
        if level == "deferred":
            break
        for f in facts:
            if proxy is None and ((f.kind in ("new", "call") and PROXY_AGENTS.search(f.value)) or
                                  (f.kind == "assign" and PROXY_ENV.match(f.value))) and view.labels(f) & ENDPOINT:
                proxy = (f, level)
            elif tls is None and f.kind == "assign" and TLS_OFF.match(f.value) and ZERO.search(f.snippet):
                tls = (f, level)
    if proxy is not None:
        fact, level = proxy
        severity, confidence = BOTH if tls is not None else view.grade(GRID, level)
        yield view.finding("traffic-hijack", severity, confidence, "tampering",
                           f"Routes the process's HTTPS traffic through a proxy the code names ({fact.value})"
                           + (" and turns TLS verification off" if tls is not None else "")
                           + f", {view.when_text(level)}.", fact, level)
    elif tls is not None:
        fact, level = tls
        severity, confidence = view.grade(TLS_ALONE, level)
        # (the warning Node prints for it silenced — `process.emitWarning` replaced — or the variable's name built at run
        # time: a dev tool that turns verification off when asked says so; one that hides it wants it unnoticed)
        hidden = any(f.kind == "assign" and f.value == "process.emitWarning" for f in view.all) \
            or b"NODE_TLS_REJECT_UNAUTHORIZED" not in view.text
        if hidden:
            severity, confidence = S.HIGH, C.HIGH
        yield view.finding("traffic-hijack", severity, confidence, "tampering",
                           f"Turns TLS certificate verification off for the whole process, {view.when_text(level)}"
                           + (", and hides it (Node's warning silenced or the variable's name built at run time)." if hidden else "."),
                           fact, level)
