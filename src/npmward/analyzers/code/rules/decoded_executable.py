"""A program the package carries as text and writes out: a dropper that keeps its binary out of the file list."""

from __future__ import annotations

import base64
import re
import zlib
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..behaviours import executes, writes_file
from ..gates import any_word
from ..program import Fact
from ..view import FileView
from . import rule
from .download_execute import sets_execute_bit, starts_detached

MAGIC = {"base64": ("TVqQ", "TVpQ", "TVoA", "f0VMRg", "z/rt/", "zvrt/", "yv66vg"), "hex": ("4d5a", "7f454c46", "cffaedfe", "cafebabe")}
"""How a Windows (MZ), Linux (ELF) or macOS (Mach-O) executable begins, once encoded."""
EXECUTABLE = (b"MZ", b"\x7fELF", b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe", b"\xca\xfe\xba\xbe")
GZIP_BASE64 = "H4sI"
"""How gzip data begins in base64: an executable compressed first (`gunzipSync(Buffer.from('H4sI…', 'base64'))`)."""
MAX_ENCODED = 4_000_000
CHMOD_GATE = any_word(b"chmod")
NODE_GATE = any_word(b"execPath")


def _carries_executable(text: str, encoding: str | None) -> bool:
    if encoding not in MAGIC or len(text) < 40:
        return False
    if text.startswith(MAGIC[encoding]):
        return True
    if encoding != "base64" or not text.startswith(GZIP_BASE64) or len(text) > MAX_ENCODED:
        return False
    try:
        head = zlib.decompressobj(47).decompress(base64.b64decode(text + "=" * (-len(text) % 4)), 8)
    except (ValueError, zlib.error):
        return False
    return head.startswith(EXECUTABLE)


@rule("decoded-executable", title="Writes out an executable it carries as text",
      description="A Windows, Linux or macOS executable kept in a base64 or hex string of the code (gzip-compressed or not) "
                  "and written to a file: a dropper that ships its binary where no list of the package's files shows it. Critical at "
                  "install, at load or in code the application runs; high otherwise. Also data the code decodes (from "
                  "base64 or hex, wherever it was kept: a JSON data file) written to a file that the same function makes "
                  "executable and runs (high); and a script it decodes, writes out (not to the temporary directory) and starts "
                  "with Node detached in the background (critical where it runs, high otherwise); and a `.js` file written with code "
                  "it decodes that loads a script from another host into the pages it serves (an edge worker a build plugin "
                  "emits: critical where it runs).",
      category="dropper", consumes=("call",), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    carried = next((f for f in view.of_kind("call") if f.value in ("Buffer.from", "buffer.Buffer.from")
                    and len(f.args) >= 2 and isinstance(f.args[0], str) and _carries_executable(f.args[0], f.args[1])), None)
    if carried is None:
        yield from _decoded_then_run(view)
        return
    write = next((f for f in view.all if writes_file(f) and view.labels(f) & F.UNPACKED and view.linked(f.scope, carried.scope)), None)
    if write is not None:
        yield view.finding("decoded-executable", *view.unmistakable(write), "dropper",
                           f"Writes out an executable it carries as {carried.args[1]} text, {view.run_text(write)}.",
                           write, view.level(write))


SCRIPT_FILE = re.compile(r"(^|[/\\])[\w.-]+\.[cm]?js$")
SCRIPT_NAMED = re.compile(r"""["'][\w./-]*\.[cm]?js["']""")
"""A script's file name written in the write's line (`join(outDir, "_worker.js")`)."""
REMOTE_SCRIPT = re.compile(r"""<script[^>]{0,80}\bsrc=\\?["']?(?:https?:)?//|\bimport\s*\(\s*["']https?://|importScripts\s*\(\s*["']https?://""")
"""Code that loads a script from another host into what it serves: a `<script src="https://…">` it writes into pages, an
`import('https://…')`."""


def _planted_script(view: FileView, calls) -> Fact | None:
    """A write of a `.js` file whose content the code decodes (hex or base64 it never writes plainly) and that loads a
    script from another host into the pages it serves: a build plugin emitting a hidden edge worker (blind set 50's
    Cloudflare Pages headers plugin wrote `_worker.js` from a hex string array; the worker added a wallet script to
    every HTML page of the deployed site). A framework's runtime files are written as they read."""
    injected = next((f for f in view.of_kind("string") if REMOTE_SCRIPT.search(f.value) and view.decoded(f)), None)
    if injected is None:
        return None
    return next((f for f in calls if writes_file(f) and view.labels(f) & (F.DECODED | F.UNPACKED) and (
        (f.args and isinstance(f.args[0], str) and SCRIPT_FILE.search(f.args[0])) or SCRIPT_NAMED.search(f.snippet or ""))), None)


def _decoded_then_run(view: FileView) -> Iterator[Finding]:
    """`writeFileSync(bin, Buffer.from(target.data, 'base64')); chmodSync(bin, 0o755); spawn(bin, …)` in one function:
    a program kept as text (in a data file the code requires, where no scan of its strings sees it) written out, made
    executable and started. Installers download their binaries, or ship them as files."""
    # (decoded from what the package carries: a download unpacked and run is download-execute's, judged with the
    # host it came from -- esbuild's installer gunzips the registry's tarball, writes the binary and runs --version)
    calls = view.of_kind("call")
    if view.facts.decoded_values or view.facts.decoded_literals:  # (the script it writes is one it decodes)
        planted = _planted_script(view, calls)
        if planted is not None:
            named = planted.args[0] if planted.args and isinstance(planted.args[0], str) else \
                SCRIPT_NAMED.search(planted.snippet or "").group(0).strip("'\"")
            yield view.finding("decoded-executable", *view.unmistakable(planted), "dropper",
                               f"Writes a script it decodes ({named[:60]}), which loads code from another host "
                               f"into the pages it serves, {view.run_text(planted)}.", planted, view.level(planted))
            return
    if view.mentions(NODE_GATE):
        yield from _decoded_script_run(view, calls)
    if not view.mentions(CHMOD_GATE):
        return  # (nothing in the file makes a file executable)
    chmodded = {f.scope for f in calls if f.value.startswith("fs.chmod") and sets_execute_bit(f.args)}
    writes = [f for f in calls if f.scope in chmodded and writes_file(f) and (labels := view.labels(f)) & F.DECODED
              and not labels & (F.REMOTE | F.REGISTRY | F.RECEIVED)]
    for write in writes[:20]:
        run = next((f for f in calls if f.scope == write.scope and executes(f) and f.line > write.line), None)
        if run is not None:
            now = view.runs_now(run)
            yield view.finding("decoded-executable", S.HIGH, C.HIGH if now else C.MEDIUM, "dropper",
                               f"Writes out data it decodes (line {write.line}), makes the file executable and runs it, "
                               f"{view.run_text(run)}.", run, view.level(run))
            return


def _decoded_script_run(view: FileView, calls: list) -> Iterator[Finding]:
    """`writeFileSync(t, Buffer.from(TEMPLATE, 'base64')); spawn(process.execPath, [t], {detached: true})` in one function:
    a script the code keeps encoded (in another module of its bundle, where no scan of one file's strings decodes it),
    written out and started by Node in the background (blind set 49's log rotator, whose postinstall left a
    self-reinstalling agent running). Critical at install, at load or in code the application runs."""
    writes = [f for f in calls if writes_file(f) and (labels := view.labels(f)) & F.DECODED
              and not labels & (F.REMOTE | F.REGISTRY | F.RECEIVED | F.TEMP_PATH)]
    for write in writes[:20]:
        run = next((f for f in calls if f.scope == write.scope and executes(f) and f.line >= write.line
                    and "execPath" in f.snippet and starts_detached(view, f)), None)
        if run is not None:
            yield view.finding("decoded-executable", *view.unmistakable(run), "dropper",
                               f"Writes out a script it decodes (line {write.line}) and starts it with Node, detached in the "
                               f"background, {view.run_text(run)}.", run, view.level(run))
            return
