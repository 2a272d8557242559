from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..behaviours import acts
from ..view import FileView
from . import rule

LINE_ERASER = re.compile(rb"(?://|/\*)[^\n]{0,300}?(\x1b\[\d*[ABFGK]|\r(?!\n))")
"""A comment holding a terminal control sequence that erases or climbs back over lines (`ESC[2K`, `ESC[1A`,
`ESC[F`) or a carriage return in the middle of a line: `cat`, `less -R` and a terminal diff print the comment over
the code before it. None of the 13,725 tarballs of the benign corpora has one (in a .js/.cjs/.mjs/.ts file)."""


@rule("escape-concealment", title="Terminal escapes that hide lines of code",
      description="A comment that holds a terminal escape sequence erasing or moving over lines (ESC[2K, ESC[1A, "
                  "ESC[F) or a carriage return in mid-line, so that `cat` or a terminal diff shows the comment in place of "
                  "the code it ends (ANSI escape concealment, 2025): no one writes one but to hide code from a reviewer. "
                  "Critical in a file that sends data or runs code (as an identifier of invisible characters is), high "
                  "elsewhere. A file whose lines end in a bare carriage return (old Mac line ends) is not read this way.",
      category="obfuscation", consumes=("text", "call", "new"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    text = view.text
    if b"\x1b[" not in text and b"\r" not in text:
        return
    # (a carriage return counts in a file whose lines end in line feeds; old Mac files end every line in one)
    line_feeds = b"\n" in text
    match = next((m for m in LINE_ERASER.finditer(text) if m.group(1) != b"\r" or line_feeds), None)
    if match is None:
        return
    acting = any(map(acts, view.all))
    line, text_of_line = view.line_at(match.start())
    snippet = text_of_line[:200].decode("utf-8", "replace").encode("unicode_escape").decode()[:200]
    yield Finding("code/escape-concealment", S.CRITICAL if acting else S.HIGH, C.HIGH if acting else C.MEDIUM, "obfuscation",
                  "A comment holds a terminal escape that erases or climbs back over lines, so `cat` and terminal diffs show "
                  "it in place of the code before it" + (", in a file that sends data or runs code." if acting else "."),
                  view.facts.path, line, snippet, {"when": view.when})
