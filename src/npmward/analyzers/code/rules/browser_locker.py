"""A page that takes the visitor's screen and keyboard and traps the back button: the tech-support scam's
"browser locker" (a fake virus alert with a phone number the visitor cannot close)."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..view import FileView
from . import rule

KEYBOARD_LOCK = re.compile(rb"\bkeyboard\.lock\(")
FULLSCREEN = re.compile(rb"\b(request|webkitRequest|mozRequest|msRequest)Full[Ss]creen\b")
TRAPS = re.compile(rb"\bhistory\.pushState\b|\bbeforeunload\b|\bonbeforeunload\b")
"""The back button refilled with the same page, or leaving answered with a prompt."""


@rule("browser-locker", title="Locks the visitor's screen and keyboard",
      description="Browser code that captures the keyboard (navigator.keyboard.lock, which keeps Esc from leaving), "
                  "goes full screen and traps the way out (history.pushState over and over, beforeunload): the "
                  "tech-support scam's fake virus alert. Remote-desktop and game clients lock the keyboard in full "
                  "screen, and leave the page's history alone.",
      category="browser", consumes=("text",), severity=S.HIGH)
def check(view: FileView) -> Iterator[Finding]:
    text = view.text
    if b"keyboard.lock" not in text:
        return
    lock = KEYBOARD_LOCK.search(text)
    if lock is None or FULLSCREEN.search(text) is None or TRAPS.search(text) is None:
        return
    line = view.line_at(lock.start())[0]
    yield Finding("code/browser-locker", S.HIGH, C.MEDIUM, "browser",
                  "Captures the keyboard, goes full screen and traps the back button or leaving the page: a "
                  f"browser locker, as tech-support scams show their fake alerts ({view.when_text(view.when)}).",
                  view.facts.path, line, text[max(0, lock.start() - 40):lock.end() + 40].decode("utf-8", "replace"),
                  {"when": view.when})
