"""A machine turned into someone else's exit node: connections opened to whatever a remote hub names."""

from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..behaviours import sends
from ..view import FileView, Grid
from . import rule

DIALS = ("net.connect", "net.createConnection")
"""TCP dials: a relay opens raw TCP to where the hub says (TLS, if any, runs end to end inside it).
`tls.connect` is left out: it upgrades a socket the code already has (mysql2's `Tls.connect({ socket:
this.stream, session })`, whose options hold what the server sent)."""
GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), deferred=(S.HIGH, C.MEDIUM))


@rule("backconnect-proxy", title="Opens connections to hosts a remote server names",
      description="A TCP or TLS connection whose host or port comes from what a socket to another machine received "
                  "(a WebSocket or TCP message from a hub): the machine relays connections for whoever runs the hub, a "
                  "residential proxy or backconnect bot sold on the user's IP. A tunnel client forwards to a port of "
                  "this machine the code names; a SOCKS server takes requests from the clients that connect to it.",
      category="proxyware", consumes=("call", "new"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    graph = view.facts.graph
    for level, facts in view.groups():
        for f in facts:
            # (a tunnel client opens the port of this machine the hub asks for: loopback, nothing relayed outward)
            if f.value in DIALS and sends(f) and f.flows and graph.value(f.flows[0]) & F.RECEIVED \
                    and not (f.result is not None and graph.own[f.result] & F.LOOPBACK):
                severity, confidence = view.grade(GRID, level)
                yield view.finding("backconnect-proxy", severity, confidence, "proxyware",
                                   f"Opens connections ({f.value}) to hosts that a remote server sends it: the machine "
                                   f"relays traffic for whoever runs that server, {view.when_text(level)}.", f, level)
                return
