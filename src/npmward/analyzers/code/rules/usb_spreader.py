"""A worm's way onto removable drives: hide the user's files, leave shortcuts that run the worm."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..view import FileView, Grid
from . import rule

HIDES = re.compile(r"\battrib(\.exe)?\s+(\+h\s+\+s|\+s\s+\+h)\b", re.I)
"""`attrib +h +s`: files marked hidden and system, which Explorer does not show even to users who show
hidden files."""
SHORTCUT = re.compile(r"CreateShortcut|\.lnk\b", re.I)
GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), deferred=(S.HIGH, C.MEDIUM))


@rule("usb-spreader", title="Spreads over removable drives",
      description="Code that hides files as hidden system files (`attrib +h +s`) and creates shortcuts (`.lnk`, "
                  "WScript.Shell CreateShortcut) in one file: the USB worms' trick (PlugX, Raspberry Robin, WSH RAT) of "
                  "hiding a removable drive's files behind shortcuts that start the worm. Installers make shortcuts; "
                  "they do not hide files from the user.",
      category="spreading", consumes=("string", "call"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    text = view.text
    if b"attrib" not in text and b"ATTRIB" not in text:
        return
    strings = [f for f in view.all if f.kind == "string" or (f.kind == "call" and f.shapes)]
    values = [(f, f.value if f.kind == "string" else " ".join(f.shapes)) for f in strings]
    hides = next((f for f, v in values if HIDES.search(v)), None)
    if hides is None:
        return
    decoded = text.decode("utf-8", "replace")
    if not SHORTCUT.search(decoded):
        return
    level = view.level(hides)
    severity, confidence = view.grade(GRID, level)
    yield view.finding("usb-spreader", severity, confidence, "spreading",
                       f"Hides files with attrib and leaves shortcuts on removable drives, {view.when_text(level)}: "
                       "how USB worms replace a drive's files with launchers of themselves.", hides, level)
