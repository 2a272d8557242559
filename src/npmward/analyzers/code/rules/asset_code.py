"""Code kept in an image, a font, a media file or a document of the package, read back and run: steganography
loaders (a PNG with a payload after its IEND chunk, a font whose bytes are JavaScript, a base64 stage in an HTML
comment of the README or among a CHANGELOG's lines)."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..behaviours import executes, writes_file
from ..gates import any_word
from ..view import FileView, Grid
from . import rule

GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), module=(S.HIGH, C.MEDIUM), deferred=(S.HIGH, C.MEDIUM))
"""Even inside a function: no library runs the bytes of its logo."""
BINARY_GATE = any_word(b"png", b"jpg", b"jpeg", b"gif", b"bmp", b"webp", b"ico", b"woff", b"woff2", b"ttf", b"otf", b"mp3",
                       b"mp4", b"wav", b"ogg", b"pdf")
BINARY_ASSET = re.compile(r"\.(png|jpe?g|gif|bmp|webp|ico|woff2?|ttf|otf|eot|mp3|mp4|wav|ogg|pdf)$", re.I)


@rule("asset-code", title="Runs code read from an image, font, media file or document",
      description="eval, Function or vm runs data read from a file named like an image, a font, audio, video or a "
                  "PDF, a WebAssembly module's custom section (`WebAssembly.Module.customSections`), the package's README, CHANGELOG or LICENSE, its type declarations (`index.d.ts`) or its tests' fixtures (after decoding or XOR-ing it, or as it is): a payload hidden in an asset, as steganography "
                  "loaders do. Critical when run, or in a function the application calls with a binary asset. Also a binary "
                  "asset's bytes written to a file that the same function makes executable (chmod +x) or runs: a "
                  "program carved out of it (critical when it runs now).",
      category="obfuscation", consumes=("call", "new", "flows"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    runner = next((f for f in view.runners() if view.labels(f) & F.ASSET_DATA), None)
    if runner is None:
        yield from _carved_program(view)
        return
    level = view.level(runner)
    severity, confidence = view.grade(GRID, level)
    if (level == "module" or (level == "deferred" and view.run_by_app(runner))) and (_names_binary_asset(view)
                                                                                   or _from_numbers(view, runner)):
        # (a binary image, font or sound: an SVG is text, which a template compiler may turn into a function;
        # but code made from the numbers of its path data is not its text. A module a bin loads runs when the user
        # types the command: blind set 19's icon inspector ran the XOR-ed mask bits of its reference icon)
        severity, confidence = S.CRITICAL, C.HIGH
    yield view.finding("asset-code", severity, confidence, "obfuscation",
                       f"Runs code ({runner.value}) made from the bytes of an image, font, media file, WebAssembly custom section, document, type declaration or test fixture of the package, "
                       f"{view.run_text(runner)}.", runner, level)


def _names_binary_asset(view: FileView) -> bool:
    """A file of the package names a binary asset (the player's `sounds/ding.wav` is named where it is played, and
    the parser that runs its low bits is another module)."""
    files = view.program.files.values() if view.program is not None else (view.facts,)
    return any(f.kind == "string" and BINARY_ASSET.search(f.value) for ff in files for f in ff.facts)


def _from_numbers(view: FileView, runner) -> bool:
    """The code is bytes the function makes from the asset's numbers (`Buffer.from(decimals).toString()`,
    `String.fromCharCode(...)`), not the asset's text."""
    return any(f.kind == "call" and f.value in ("Buffer.from", "String.fromCharCode") and f.scope == runner.scope
               and view.labels(f) & F.ASSET_DATA for f in view.all)


def _carved_program(view: FileView) -> Iterator[Finding]:
    """Bytes of a binary asset of the package (an image, a font) written to a file that the same function makes
    executable or runs: a program carved out of the asset (blind set 43's macOS fetch client, whose logo carried an
    implant after its IEND chunk, started detached on one machine)."""
    if not view.mentions(BINARY_GATE):
        return
    for write in view.of_kind("call"):
        if not writes_file(write) or len(write.flows) < 2 or not view.facts.graph.value(write.flows[1]) & F.ASSET_DATA:
            continue
        started = next((f for f in view.of_kind("call") if f.scope == write.scope and f.line >= write.line
                        and (executes(f) or (f.value.endswith(("chmod", "chmodSync")) and _executable_mode(f.args[1:2])))), None)
        if started is None or not _names_binary_asset(view):
            continue
        yield view.finding("asset-code", *view.unmistakable(write), "obfuscation",
                           f"Writes bytes of an image, font or media file of the package to a file and makes it "
                           f"executable or runs it ({started.value}), {view.run_text(write)}: a program carved out of an "
                           "asset.", write, view.level(write))
        return


def _executable_mode(args: tuple) -> bool:
    """A chmod mode with an execute bit (`0o755`, `'755'`, 493, `'+x'`): an icon written 0o644 is not made a program."""
    mode = args[0] if args else None
    if isinstance(mode, int):
        return bool(mode & 0o111)
    if not isinstance(mode, str):
        return False
    if "x" in mode:
        return True
    try:
        return bool(int(mode.removeprefix("0o").removeprefix("0O"), 8) & 0o111)
    except ValueError:
        return False
