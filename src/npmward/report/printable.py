"""Text from packages, made safe to print: a package name, version, file name, snippet or message
is attacker-controlled, and a raw ESC, OSC, CSI or other control character would drive the reader's
terminal (hide lines, rewrite what was printed, plant hyperlinks). Each becomes a visible escape."""

from __future__ import annotations

import re

# C0 controls (tab and newline included: every field is printed on one line), DEL, C1 controls,
# and the bidirectional overrides that reorder what a line appears to say.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object) -> str:
    """`text` with every terminal control character replaced by a visible `\\xNN`/`\\uNNNN`."""
    return _UNSAFE.sub(_escape, str(text))
