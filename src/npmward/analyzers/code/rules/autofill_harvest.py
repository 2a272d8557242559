"""Invisible form fields a page's script adds so that the browser's password manager fills them, then sends away."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ... import linear_re
from .. import flow as F
from ..view import FileView
from . import rule
from ._chain import sinks

AUTOFILLED = linear_re.compile_bytes(rb"current-password|\bcc-(number|csc|exp)\b")
"""Fields a browser or password manager fills by themselves: the saved password, the saved card."""
INVISIBLE = re.compile(rb"opacity\s*:\s*0(?![.\d])|opacity\s*=\s*['\"]?0['\"]?[;,)]|left\s*:\s*-\d{3,}px|"
                       rb"width\s*:\s*1px\s*;\s*height\s*:\s*1px|clip\s*:\s*rect\(0")


@rule("autofill-harvest", title="Harvests autofilled credentials from invisible fields",
      description="Browser code that adds password or card fields the browser's password manager fills (`current-password`, "
                  "`cc-number`, `cc-csc`), keeps them invisible (opacity 0, off-screen, 1px), and sends to another site: the "
                  "saved password or card of the visitor, taken without a form they see (login-manager abuse by trackers, "
                  "2017-2018; DOM-based extension clickjacking, 2025). A form that hides a decoy field to stop autofill "
                  "sends nothing.",
      category="browser", consumes=("text", "call", "flows"), severity=S.HIGH)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(AUTOFILLED) or not INVISIBLE.search(view.text):
        return
    sink = next((s for s in sinks(view) if s.destination & F.REMOTE), None)
    if sink is None:
        return
    yield view.finding("autofill-harvest", S.HIGH, C.MEDIUM, "browser",
                       "Adds password or card fields the browser fills by itself, keeps them invisible, and sends to another "
                       f"site ({sink.how}): the visitor's saved credentials, taken without a form they see.", sink.fact,
                       sink.level)
