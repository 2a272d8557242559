"""Machine code run from memory: a Windows API memory page allocated and started as a thread, from JavaScript."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..strings import decode_utf16_b64
from ..view import FileView, Grid
from . import rule

ALLOCATE_NAMES = r"(VirtualAlloc(Ex)?|VirtualProtect(Ex)?|NtAllocateVirtualMemory|NtProtectVirtualMemory)"
START_NAMES = r"(CreateThread|CreateRemoteThread(Ex)?|NtCreateThreadEx|RtlCreateUserThread|QueueUserAPC)"
HOLLOWS = re.compile(r"\b(Nt|Zw)UnmapViewOfSection\b|\b(Wow64)?SetThreadContext\b")
"""Process hollowing's other half: the host process's image unmapped, or its thread pointed at the written code before
`ResumeThread` (RunPE, the loaders that hollow RegAsm.exe or InstallUtil.exe)."""
DOWNLOADS_IN_SCRIPT = re.compile(r"\.Download(Data|String|File)\s*\(|\bInvoke-WebRequest\b|\biwr\s|\bHttpClient\b")
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
                  "APC injection into a process it starts suspended; process hollowing, with the host's image unmapped or "
                  "its thread context set), also as the base64 of `-EncodedCommand`. "
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
    script, text = next(((f, t) for f in view.of_kind("string") if (t := _script_text(f.value)) is not None
                         and IN_SCRIPT.search(t) and (STARTS_IN_SCRIPT.search(t) or HOLLOWS.search(t))), (None, ""))
    if script is None:
        return
    run = view.executions()[0]
    level = view.weaker(view.level(script), view.level(run))
    severity, confidence = view.grade(GRID, level)
    if DOWNLOADS_IN_SCRIPT.search(text):
        severity, confidence = S.CRITICAL, C.HIGH  # (the bytes it writes come from a response)
    yield view.finding("shellcode-runner", severity, confidence, "dropper",
                       f"Runs a script that declares the Windows memory API to allocate executable memory "
                       f"({IN_SCRIPT.search(text).group(0)}) and run code there "
                       f"({(STARTS_IN_SCRIPT.search(text) or HOLLOWS.search(text)).group(0)}), {view.when_text(level)}: "
                       "machine code run from memory, with no file left to scan.", run, level)


def _script_text(value: str) -> str | None:
    """A string that is a C# `[DllImport]` block, or PowerShell's `-EncodedCommand` base64 of one."""
    if "DllImport" in value:
        return value
    decoded = decode_utf16_b64(value) if len(value) > 400 else None
    return decoded if decoded is not None and "DllImport" in decoded else None
