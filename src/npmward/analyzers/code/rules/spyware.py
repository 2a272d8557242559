"""Keystrokes and the screen captured and sent off the machine: keyloggers and screen grabbers in
"window state" and "telemetry" packages (BeaverTail/OtterCookie-style RATs, 2023-2025)."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..behaviours import sends
from ..view import FileView, Grid
from . import rule

CAPTURE_MODULES = re.compile(r"^(node-global-key-listener|iohook|uiohook-napi|@tkomde/iohook|node-keylogger|keylogger|"
                             r"gkm|screenshot-desktop|node-screenshots|desktop-screenshot|screencapture|node-webcam|"
                             r"active-win|get-windows)$")
"""Modules that read every keystroke, the screen, the camera or the focused window of the desktop."""
GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), module=(S.HIGH, C.MEDIUM), deferred=(S.HIGH, C.MEDIUM))
"""Even inside a function: a library has no reason to send the user's keystrokes or screen anywhere."""


@rule("spyware", title="Captures keystrokes or the screen and sends them",
      description="Uses a global keyboard hook (node-global-key-listener, iohook, uiohook-napi), a screen or camera "
                  "capture module (screenshot-desktop, node-screenshots, node-webcam) or the focused window's title "
                  "(active-win) in a file that sends data over the network. Hotkey and screenshot tools that keep "
                  "what they capture on the machine do not send it.",
      category="exfiltration", consumes=("call", "module"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    modules = sorted(m for m in view.facts.modules if CAPTURE_MODULES.match(m))
    if not modules:
        return
    send = next((f for f in view.all if sends(f)), None)
    if send is None:
        return
    level = view.level(send)
    severity, confidence = view.grade(GRID, level)
    yield view.finding("spyware", severity, confidence, "exfiltration",
                       f"Captures {', '.join(modules)} and sends data over the network ({send.value}), {view.when_text(level)}.",
                       send, level, modules=modules)
