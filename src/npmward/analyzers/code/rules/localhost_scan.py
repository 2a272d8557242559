"""A web page's script that probes the visitor's own machine: requests to localhost ports from a list."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..consts import HOLE
from ..gates import any_word
from ..view import FileView
from . import rule

PORT_LIST = re.compile(rb"\[\s*\d{4,5}\s*(,\s*\d{4,5}\s*){3,}\]")
"""A constant list of four or more port numbers."""
LOOPBACK_PORT = re.compile(r"^(wss?|https?|stun|turn)://?(127\.0\.0\.1|localhost|\[::1\]):" + re.escape(HOLE))
"""A URL to this machine whose port is filled in at run time (`ws://127.0.0.1:${port}`, `"ws://127.0.0.1:" + p`)."""
PAGE = re.compile(rb"\b(document|navigator|window)\.")
REMOTE_ACCESS_PORTS = re.compile(rb"[\[,]\s*(3389|5900|5938|5939|6568|7070)\s*[,\]]")
"""RDP, VNC, TeamViewer, AnyDesk, Radmin ports in the list: a search for remote-access tools (fraud scripts' tell)."""
LOOPBACK_WORDS = any_word(b"127.0.0.1", b"localhost")
"""The page's own machine named: searched with the other rules' gates (see gates.py)."""


NEAR = 2500
"""Bytes between the port list and the line of the probe."""


def _line_starts(text: bytes) -> list[int]:
    return [0] + [m.end() for m in re.finditer(rb"\n", text)]


def _ports(listed: bytes) -> bool:
    """Port numbers, not round delays or sizes (`[1000, 2000, 4000, 8000]`): two or more are not multiples of 500."""
    return sum(int(n) % 500 != 0 for n in re.findall(rb"\d+", listed)) >= 2


@rule("localhost-scan", title="Scans the visitor's localhost ports",
      description="Browser code (it uses `document`, `window` or `navigator`) that sends requests, WebSockets or STUN "
                  "candidates to localhost on ports taken from a list of four or more: the page probes which programs "
                  "the visitor runs (remote-desktop tools, native apps' local servers), as ThreatMetrix's scripts on eBay "
                  "did and Meta's and Yandex's pixels did to reach their apps (2020, 2025). A dev server's client "
                  "talks to one port. High when it runs at load or in code the application runs, or when the list holds "
                  "remote-access ports (RDP, VNC, TeamViewer, AnyDesk); medium otherwise.",
      category="browser", consumes=("string", "text"), severity=S.HIGH)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(LOOPBACK_WORDS):
        return
    lists = [m.start() for m in PORT_LIST.finditer(view.text) if _ports(m.group(0))]
    if not lists or not PAGE.search(view.text):
        return
    starts = _line_starts(view.text)
    # (the list is the probe's: written within a few lines of it; a bundle's unrelated number tables are not)
    probe = next((f for f in view.of_kind("string") if LOOPBACK_PORT.match(f.value)
                  and any(abs(at - starts[min(f.line, len(starts)) - 1]) <= NEAR for at in lists)), None)
    if probe is None:
        return
    remote = REMOTE_ACCESS_PORTS.search(view.text) is not None
    yield view.finding("localhost-scan", S.HIGH if remote or view.runs_now(probe) else S.MEDIUM, C.MEDIUM, "browser",
                       f"Probes the visitor's own machine: requests to {probe.value[:40]} on ports from a list"
                       + (" that holds remote-access ports (RDP, VNC, TeamViewer)" if remote else "")
                       + f", {view.run_text(probe)}.", probe, view.level(probe))
