from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..gates import any_word
from ..view import FileView, Grid
from . import rule

GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), deferred=(S.HIGH, C.MEDIUM))
TWICE_ENCODED = re.compile(rb"toString\(\s*['\"]base64['\"]\s*\)\s*\)\s*\.toString\(\s*['\"]base64['\"]|btoa\(\s*btoa\(")
"""Base64 of base64: CI logs mask a secret's value and its base64, not the base64 of that (tj-actions)."""
ENCODED_AGAIN = re.compile(rb"Buffer\.from\(\s*([\w$]{1,40})\s*\)\.toString\(\s*['\"]base64['\"]|btoa\(\s*([\w$]{1,40})\s*\)")
"""The base64 of a variable, which may itself hold a base64 (`b = …toString('base64'); log(Buffer.from(b)…)`)."""
ENCODED_INTO = rb"\b(?:const|let|var)\s+%s\s*=\s*(?:Buffer\.from\([^;\n]{0,300}?\)\.toString\(\s*['\"]base64|btoa\()"
"""That variable declared as a base64 encoding (`const b = Buffer.from(x).toString('base64')`): a minified bundle's
one-letter names are reassigned everywhere, so only a declaration whose value is the encoding counts."""
ENCODER_WORDS = any_word(b"base64", b"btoa")
"""What TWICE_ENCODED needs, searched with the other rules' gates (see gates.py)."""
PRINTS = ("process.stdout.write", "process.stderr.write", "console.log", "console.info", "console.error", "console.warn")
STOLEN = F.ENV_SECRET | F.ENV_ALL | F.SECRET_DATA


@rule("log-leak", title="Secrets printed twice-encoded into the logs",
      description="Credential variables, the environment or secret files encoded in base64 twice and printed to "
                  "stdout or stderr: CI runners mask a secret and its base64 in logs, not the base64 of the base64, and "
                  "the logs of public repositories are public (the tj-actions/changed-files compromise).",
      category="exfiltration", consumes=("call", "flows", "text"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(ENCODER_WORDS) or not _twice_encoded(view.text):
        return
    for f in view.all:
        if f.kind == "call" and f.value in PRINTS and view.labels(f) & STOLEN:
            level = view.level(f)
            severity, confidence = view.grade(GRID, level)
            yield view.finding("log-leak", severity, confidence, "exfiltration",
                               f"Prints secrets encoded twice in base64 ({f.value}), {view.when_text(level)}: past the "
                               "CI's log masking, into logs that public repositories publish.", f, level)
            return


def _twice_encoded(text: bytes) -> bool:
    """Base64 of base64, in one expression or in two steps through a variable."""
    if TWICE_ENCODED.search(text):
        return True
    if text.count(b"base64") + text.count(b"btoa(") < 2:
        return False  # (two encodings need two mentions)
    names = {m.group(1) or m.group(2) for m in ENCODED_AGAIN.finditer(text)}
    return any(re.search(ENCODED_INTO % re.escape(name), text) for name in names)
