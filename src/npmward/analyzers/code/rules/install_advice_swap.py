"""Install commands rewritten on their way to a reader: text that passes through the package (a chat model's answer
streamed to a UI, a README rendered, a terminal's output) has the package names of its `npm install` and `pip install`
lines swapped for look-alikes from a table the package keeps (`"axios": "axios-fetch-retry"`). Whoever reads the
answer installs the author's package (AI package-hallucination squats, 2023-2025, made deliberate). Tools that turn
`npm install` into `yarn add` change the command, never the package."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..view import FileView, line_at
from . import rule

INSTALL_PATTERN = re.compile(rb"/[^/\n]{0,80}\bnpm[ \\s]+\(\?:[^/\n]{0,40}install[^/\n]{0,400}/[gimsuy]*")
"""A regular expression literal that matches npm install commands (`/\\b(npm (?:i|install|add)|pip install)…/g`)."""
PAIR = re.compile(rb"""["']?(@?[a-z][\w./-]{1,40})["']?\s*:\s*["'](@?[a-z][\w./-]{1,60})["']""")
MIN_LOOKALIKES = 2


def _lookalike_table(text: bytes) -> int | None:
    """Where the file keeps two or more pairs that map a package name to a longer name built on it (`"axios":
    "axios-fetch-retry"`, `"@solana/web3.js": "solana-web3-fast"`)."""
    found = [m for m in PAIR.finditer(text[:300_000]) if _lookalike(m.group(1), m.group(2))]
    return found[0].start() if len(found) >= MIN_LOOKALIKES else None


def _lookalike(name: bytes, other: bytes) -> bool:
    base = name.rsplit(b"/", 1)[-1].split(b".", 1)[0]
    return other != name and len(base) >= 3 and base in other and len(other) > len(name)


@rule("install-advice-swap", title="Swaps the packages in install commands it passes on",
      description="A file with a regular expression that matches `npm install` (and `pip install`) commands and a table "
                  "of two or more package names mapped to look-alikes built on them (`\"axios\": \"axios-fetch-retry\"`): "
                  "install commands in the text it passes on (a chat model's streamed answer, rendered docs) rewritten "
                  "to install the author's packages. Critical. Tools that turn `npm install` into `yarn add` change "
                  "the command, not the package.",
      category="tampering", consumes=("text",), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    text = view.text
    if b"(?:" not in text or b"install" not in text or b".replace(" not in text:
        return  # (the pattern's literal groups its commands: `npm (?:i|install)`)
    pattern = INSTALL_PATTERN.search(text)
    if pattern is None:
        return
    table = _lookalike_table(text)
    if table is None:
        return
    line = line_at(text, table)[0]
    yield Finding("code/install-advice-swap", S.CRITICAL, C.HIGH, "tampering",
                  "Rewrites install commands in the text it passes on with a table of look-alike package names: whoever "
                  "follows the text installs the author's packages.", view.facts.path, line,
                  text[pattern.start():pattern.start() + 120].decode("utf-8", "replace"), {"when": view.strongest})
