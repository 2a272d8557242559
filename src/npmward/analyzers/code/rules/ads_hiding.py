from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from ... import linear_re
from ..behaviours import commands, writes_file
from ..view import FileView
from . import rule

STREAM = re.compile(r"^(\$\{\*\}|[^:\s]*[\\/][^:\s\\/]+):(?!Zone\.Identifier)[A-Za-z][\w.\-]{1,60}(:\$DATA)?$")
"""A path's alternate data stream (`desktop.ini:Zone.Sync.js`, `dir + ':SyncRoot'`); Zone.Identifier is the Mark
of the Web that downloaders write beside a file. The part before the colon is a path built at run time or one
with a directory (`key:value` text is not a stream)."""
SCRIPT_STREAM = re.compile(r":[\w.\-]*\.(js|jse|vbs|vbe|wsf|ps1|hta|bat|cmd|exe|dll)$", re.I)
STREAM_RUNNER = re.compile(r"-Stream\b|\b(wscript|cscript|mshta|rundll32|regsvr32)(\.exe)?\b", re.I)
"""What reads a stream back to run it: PowerShell's `Get-Content -Stream`, a script host given `file:stream`."""
STREAM_RUNNER_BYTES = linear_re.compile_bytes(STREAM_RUNNER.pattern.encode(), ignore_case=True)


@rule("ads-hiding", title="Code hidden in an NTFS alternate data stream",
      description="Writes to a named stream of a file or folder (`desktop.ini:Zone.Sync.js`, `Libraries:SyncRoot`) and "
                  "runs a command that reads a stream back or hands it to a script host (`Get-Content -Stream … | iex`, "
                  "`wscript //E:jscript file:stream`): the payload is invisible to `dir`, Explorer and the file's size "
                  "(Astaroth, 2019-2024). Critical when it runs at install, at load or in code the application runs. The "
                  "Mark of the Web (`:Zone.Identifier`) that downloaders write is not a hiding place.",
      category="persistence", consumes=("string", "call"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(STREAM_RUNNER_BYTES):
        return  # (a colon is in nearly every file; a stream reader or script host is in few)
    streams = [f for f in view.of_kind("string") if STREAM.match(f.value) and ":\\" not in f.value
               and "://" not in f.value]
    if not streams or not any(writes_file(f) for f in view.all):
        return
    runners = [(f, command) for f, command in commands(view.all) if STREAM_RUNNER.search(command)]
    # The stream holds code (a script's extension), or the runner names it (`gc … -Stream SyncRoot`): a selector
    # built as `sel + ':hover'` is neither.
    found = next(((stream, runner) for stream in streams for runner, command in runners
                  if SCRIPT_STREAM.search(stream.value) or stream.value.rsplit(":", 1)[-1] in command), None)
    if found is None:
        return
    stream, runner = found
    yield view.finding("ads-hiding", *view.unmistakable(runner), "persistence",
                       f"Writes to an alternate data stream (`{stream.value[:60]}`) and runs what reads it back, "
                       f"{view.run_text(runner)}: code hidden from directory listings.", runner, view.level(runner))
