"""Keystrokes and the screen captured and sent off the machine: keyloggers and screen grabbers in
"window state" and "telemetry" packages (BeaverTail/OtterCookie-style RATs, 2023-2025)."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..behaviours import sends
from ..gates import any_word
from ..view import FileView, Grid
from . import rule
from ._chain import sinks, to_hidden_host

CAPTURE_MODULES = re.compile(r"^(node-global-key-listener|iohook|uiohook-napi|@tkomde/iohook|node-keylogger|keylogger|"
                             r"gkm|screenshot-desktop|node-screenshots|desktop-screenshot|screencapture|node-webcam|"
                             r"active-win|get-windows)$")
"""Modules that read every keystroke, the screen, the camera or the focused window of the desktop."""
SENSORS = re.compile(rb"\b(getUserMedia|MediaRecorder|desktopCapturer|watchPosition|getCurrentPosition)\b|"
                     rb"-f\s+(v4l2|avfoundation|dshow|pulse|alsa)\b")
"""The microphone, the camera, the screen (a page's or Electron's media APIs, ffmpeg's capture devices) or where
the user is (the Geolocation API)."""
SENSOR_WORDS = (b"getUserMedia", b"MediaRecorder", b"desktopCapturer", b"watchPosition", b"getCurrentPosition",
                b"v4l2", b"avfoundation", b"dshow", b"pulse", b"alsa")
"""A byte test for SENSORS, one word for each of its alternatives: it never skips a file the expression matches."""
SENSOR_GATE = any_word(*SENSOR_WORDS)
GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), module=(S.HIGH, C.MEDIUM), deferred=(S.HIGH, C.MEDIUM))
"""Even inside a function: a library has no reason to send the user's keystrokes or screen anywhere."""


@rule("spyware", title="Captures keystrokes or the screen and sends them",
      description="Uses a global keyboard hook (node-global-key-listener, iohook, uiohook-napi), a screen or camera "
                  "capture module (screenshot-desktop, node-screenshots, node-webcam) or the focused window's title "
                  "(active-win) in a file that sends data over the network. Hotkey and screenshot tools that keep "
                  "what they capture on the machine do not send it. Also the microphone, camera, screen or location "
                  "(getUserMedia, MediaRecorder, desktopCapturer, the Geolocation API, ffmpeg's capture devices) in a "
                  "file that sends to a host it hides.",
      category="exfiltration", consumes=("call", "module"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    modules = sorted(m for m in view.facts.modules if CAPTURE_MODULES.match(m))
    if not modules:
        yield from _sensors_to_hidden_host(view)
        return
    send = next((f for f in view.all if sends(f)), None)
    if send is None:
        return
    level = view.level(send)
    severity, confidence = view.grade(GRID, level)
    yield view.finding("spyware", severity, confidence, "exfiltration",
                       f"Captures {', '.join(modules)} and sends data over the network ({send.value}), {view.when_text(level)}.",
                       send, level, modules=modules)


def _sensors_to_hidden_host(view: FileView) -> Iterator[Finding]:
    """The microphone, camera, screen or location read in a file that sends to a host it hides (decoded at run
    time): a dictation tool, a store finder or a webcam library names the service it talks to."""
    if not view.mentions(SENSOR_GATE) or view.hidden_url() is None:
        return
    sink = next((s for s in sinks(view) if to_hidden_host(view, s)), None)
    sensor = SENSORS.search(view.text) if sink is not None else None
    if sensor is None:
        return
    what = sensor.group(0).decode("ascii", "replace")
    yield view.finding("spyware", S.CRITICAL, C.MEDIUM, "exfiltration",
                       f"Reads the microphone, camera, screen or location ({what}) in a file that sends to a host it "
                       f"hides ({view.hidden_url().value[:60]}), {view.when_text(sink.level)}.", sink.fact, sink.level)
