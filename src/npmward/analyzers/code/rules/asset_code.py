"""Code kept in an image, a font or a media file of the package, read back and run: steganography
loaders (a PNG with a payload after its IEND chunk, a font whose bytes are JavaScript)."""

from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..behaviours import runs_code
from ..view import FileView, Grid
from . import rule

GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), module=(S.HIGH, C.MEDIUM), deferred=(S.HIGH, C.MEDIUM))
"""Even inside a function: no library runs the bytes of its logo."""


@rule("asset-code", title="Runs code read from an image, font or media file",
      description="eval, Function or vm runs data read from a file named like an image, a font, audio, video or a "
                  "PDF (after decoding or XOR-ing it, or as it is): a payload hidden in an asset, as steganography "
                  "loaders do.",
      category="obfuscation", consumes=("call", "new", "flows"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    runner = next((f for f in view.all if runs_code(f) and view.labels(f) & F.ASSET_DATA), None)
    if runner is None:
        return
    level = view.level(runner)
    severity, confidence = view.grade(GRID, level)
    yield view.finding("asset-code", severity, confidence, "obfuscation",
                       f"Runs code ({runner.value}) made from the bytes of an image, font or media file of the package, "
                       f"{view.when_text(level)}.", runner, level)
