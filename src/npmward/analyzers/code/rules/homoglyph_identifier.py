"""A name spelled with look-alike letters of another alphabet beside the Latin name it imitates: Trojan
Source's homoglyph attack (CVE-2021-42694). `іsAuthorized` with a Cyrillic `і` is another function than
`isAuthorized`, and a reviewer reads the call to it as a call to the real check."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..view import FileView
from . import rule

LOOK_ALIKES = {
    # Cyrillic
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "һ": "h", "ӏ": "l", "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",
    # Greek
    "ο": "o", "ν": "v", "α": "a", "ι": "i", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K",
    "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
}
"""Letters that render like a Latin one, and the Latin letter."""
SKELETON = str.maketrans(LOOK_ALIKES)


@rule("homoglyph-identifier", title="A name spelled with look-alike letters of another alphabet",
      description="An identifier that mixes Latin letters with Cyrillic or Greek look-alikes (`іsAuthorized` with a "
                  "Cyrillic `і`) and reads exactly like another identifier of the same file: a twin of a function "
                  "or variable that a reviewer cannot tell from the original, the homoglyph form of Trojan Source "
                  "(CVE-2021-42694). Text in other languages has whole words in their alphabet, not one letter swapped.",
      category="backdoor", consumes=("mixed-script-identifier", "text"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    # (names only: the extractor reports the names of the syntax tree that mix alphabets, never a string or a
    # comment, where a Russian word or a typo in another layout is text)
    for f in view.all:
        if f.kind != "mixed-script-identifier":
            continue
        skeleton = f.value.translate(SKELETON)
        if skeleton != f.value and skeleton.isascii() and _named(view.text, skeleton):
            yield view.finding("homoglyph-identifier", S.CRITICAL, C.HIGH, "backdoor",
                               f"Names something {f.value!r}, spelled with look-alike letters of another alphabet, beside "
                               f"{skeleton!r}: a twin a reviewer reads as the original (Trojan Source homoglyphs).",
                               f, view.level(f), skeleton=skeleton)
            return


def _named(text: bytes, name: str) -> bool:
    """Whether the file writes `name` as a whole word."""
    return re.search(rb"(?<![\w$])" + re.escape(name.encode()) + rb"(?![\w$])", text) is not None
