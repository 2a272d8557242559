"""Machine code run from memory: a Windows API memory page allocated and started as a thread, from JavaScript."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..view import FileView, Grid
from . import rule

ALLOCATE_NAMES = r"(VirtualAlloc(Ex)?|VirtualProtect(Ex)?|NtAllocateVirtualMemory|NtProtectVirtualMemory)"
START_NAMES = r"(CreateThread|CreateRemoteThread(Ex)?|NtCreateThreadEx|RtlCreateUserThread|QueueUserAPC)"
ALLOCATES = re.compile(r"(^|\.)" + ALLOCATE_NAMES + "$")
STARTS = re.compile(r"(^|\.)" + START_NAMES + "$")
"""Through an FFI binding (koffi, ffi-napi, ffi-rs): the Win32 names, as the binding exposes them."""
IN_SCRIPT = re.compile(r"\b" + ALLOCATE_NAMES + r"\b")
STARTS_IN_SCRIPT = re.compile(r"\b" + START_NAMES + r"\b")
"""The same Win32 calls declared in a script the code runs: PowerShell's `Add-Type` of a C# `[DllImport]` block."""
GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), deferred=(S.HIGH, C.HIGH), module=(S.CRITICAL, C.HIGH))
FETCHED = F.RECEIVED | F.DECODED | F.UNPACKED
"""Bytes a response or a decoder produced: the code run is not in the package."""


@rule("shellcode-runner", title="Runs machine code from memory",
      description="Calls the Windows memory API through an FFI binding to allocate or unprotect a page and start a "
                  "thread on it (VirtualAlloc, VirtualProtect, then CreateThread, CreateRemoteThread, QueueUserAPC): "
                  "the in-memory shellcode loader, which leaves no file to scan. No JavaScript library needs it. Also a "
                  "script the code runs that declares them with `[DllImport]` (PowerShell's Add-Type: the early-bird "
                  "APC injection into a process it starts suspended). "
                  "High in a function; critical at install or load, or when the bytes come from a response or a decoder.",
      category="dropper", consumes=("call",), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    calls = [f for f in view.of_kind("call")]
    allocate = next((f for f in calls if ALLOCATES.search(f.value)), None)
    start = next((f for f in calls if STARTS.search(f.value)), None) if allocate is not None else None
    if start is None:
        yield from _in_a_script(view)
        return
    level = view.weaker(view.level(allocate), view.level(start))
    severity, confidence = view.grade(GRID, level)
    if view.labels(start) & FETCHED or view.labels(allocate) & FETCHED:
        severity, confidence = S.CRITICAL, C.HIGH
    yield view.finding("shellcode-runner", severity, confidence, "dropper",
                       f"Allocates executable memory ({allocate.value}) and starts a thread on it ({start.value}), "
                       f"{view.when_text(level)}: machine code run from memory, with no file left to scan.", start, level)


def _in_a_script(view: FileView) -> Iterator[Finding]:
    """A C# `[DllImport]` block in a string of a file that runs processes, declaring both halves of the loader: the code
    hands it to PowerShell (`Add-Type`, on stdin or in `-Command`), where JavaScript's calls are not seen."""
    if not view.executions():
        return
    script = next((f for f in view.of_kind("string") if "DllImport" in f.value and IN_SCRIPT.search(f.value)
                   and STARTS_IN_SCRIPT.search(f.value)), None)
    if script is None:
        return
    run = view.executions()[0]
    level = view.weaker(view.level(script), view.level(run))
    severity, confidence = view.grade(GRID, level)
    yield view.finding("shellcode-runner", severity, confidence, "dropper",
                       f"Runs a script that declares the Windows memory API to allocate executable memory "
                       f"({IN_SCRIPT.search(script.value).group(0)}) and start a thread on it "
                       f"({STARTS_IN_SCRIPT.search(script.value).group(0)}), {view.when_text(level)}: machine code run "
                       "from memory, with no file left to scan.", run, level)
