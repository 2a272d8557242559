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
LEAD_BYTES = re.compile(rb"[\xce\xcf\xd0\xd1\xd3\xd4]")
"""UTF-8 lead bytes of Greek and Cyrillic letters: a file without them is not decoded."""
MIXED_NAME = re.compile(r"[A-Za-z_$\u0370-\u03ff\u0400-\u052f][\w$\u0370-\u03ff\u0400-\u052f]*")


@rule("homoglyph-identifier", title="A name spelled with look-alike letters of another alphabet",
      description="An identifier that mixes Latin letters with Cyrillic or Greek look-alikes (`іsAuthorized` with a "
                  "Cyrillic `і`) and reads exactly like another identifier of the same file: a twin of a function "
                  "or variable that a reviewer cannot tell from the original, the homoglyph form of Trojan Source "
                  "(CVE-2021-42694). Text in other languages has whole words in their alphabet, not one letter swapped.",
      category="backdoor", consumes=("text",), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if len(view.text) > 5_000_000 or LEAD_BYTES.search(view.text) is None:
        return
    text = view.text.decode("utf-8", "replace")
    names = set(MIXED_NAME.findall(text))
    for name in sorted(names):
        if name.isascii():
            continue
        skeleton = name.translate(SKELETON)
        # One alphabet swapped into a Latin name, and that Latin name also in the file.
        if skeleton != name and skeleton.isascii() and any(c.isascii() and c.isalpha() for c in name) and skeleton in names:
            where = text.find(name)
            line = text.count("\n", 0, where) + 1
            yield Finding("code/homoglyph-identifier", S.CRITICAL, C.HIGH, "backdoor",
                          f"Names something {name!r}, spelled with look-alike letters of another alphabet, beside "
                          f"{skeleton!r}: a twin a reviewer reads as the original (Trojan Source homoglyphs).",
                          view.facts.path, line, name[:200], {"when": view.when, "skeleton": skeleton})
            return
