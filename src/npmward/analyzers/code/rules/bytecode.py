from __future__ import annotations

import struct
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import patterns as P
from ..view import Grid, PackageView
from . import rule
from ._shipped import names_file, runners

GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.HIGH, C.HIGH), deferred=(S.MEDIUM, C.MEDIUM))
LOADERS = (b"cachedData", b"bytenode")
"""How compiled V8 code is run: `new vm.Script(source, { cachedData })`, or bytenode's `.jsc` loader."""


def is_v8_code_cache(data: bytes) -> bool:
    """V8's serialized code (a code cache, what `bytenode -c` writes) starts with a magic number
    whose upper half is 0xC0DE, little-endian."""
    return len(data) >= 32 and struct.unpack_from("<I", data)[0] >> 16 == 0xC0DE


def is_python_bytecode(path: str, data: bytes, files) -> bool:
    """A compiled Python module (`.pyc`: two bytes of version, then CR LF) shipped without the `.py` it was compiled
    from (beside it, or above its `__pycache__`)."""
    if not path.endswith(".pyc") or len(data) < 16 or data[2:4] != b"\r\n":
        return False
    folder, _, name = path.rpartition("/")
    stem = name.split(".")[0]
    sources = {f"{folder}/{stem}.py" if folder else f"{stem}.py"}
    if folder.endswith("__pycache__"):
        parent = folder[: -len("__pycache__")].rstrip("/")
        sources.add(f"{parent}/{stem}.py" if parent else f"{stem}.py")
    return not sources & set(files)


@rule("bytecode", title="Runs compiled bytecode it ships",
      description="A file of V8 serialized code (a bytenode `.jsc`, a `vm.Script` cachedData blob) that install or "
                  "entry code names and loads, or a compiled Python module (`.pyc`) shipped without its source that "
                  "such code names and runs with an interpreter: the code that runs has no source anyone can read, "
                  "which is why malware ships it; so is a process started from a startup snapshot it ships (`node "
                  "--snapshot-blob x.blob` without `--build-snapshot`). Compiling one's own code to bytecode at build time (a bytenode build "
                  "step) ships no such file; Python packages ship their sources beside their caches.",
      category="obfuscation", consumes=("files", "string"), grid=GRID, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    yield from _startup_snapshot(package)
    compiled = [p for p, data in package.files.items() if is_v8_code_cache(data)]
    python = [p for p, data in package.files.items() if is_python_bytecode(p, data, package.files)]
    if not compiled and not python:
        return
    # (install or entry code naming a compiled file, in a file that has a loader for it: V8's, or a process started)
    found = [(GRID.at(level), path, level, runner) for path, view, facts, level, runner in runners(
        package, lambda f: f.kind == "string" and any(names_file(f.value, t) for t in compiled + python))
        if any(loader in view.text for loader in LOADERS)
        or any(f.kind == "call" and P.EXEC_CALLS.match(f.value) for f in facts)]
    if not found:
        return
    (severity, confidence), path, level, fact = max(found, key=lambda item: item[0])
    target = next(t for t in compiled + python if names_file(fact.value, t))
    yield package.views[path].finding(
        "bytecode", severity, confidence, "obfuscation",
        f"Ships compiled {'Python' if target in python else 'V8'} bytecode ({target}) that {path} "
        f"{'runs' if target in python else 'loads'}, "
        f"{'when one of its functions is called' if level == 'deferred' else package.views[path].when_text(level)}: "
        "code without a readable source.", fact, level, file=target)


def _startup_snapshot(package: PackageView) -> Iterator[Finding]:
    """`node --snapshot-blob snapshot/x.blob` (without `--build-snapshot`, which writes one) starts Node from a startup
    snapshot the package ships: its main function is deserialized V8 heap, code without a readable source."""
    if not any(path.endswith(".blob") for path in package.files):
        return
    for view in package.views.values():
        if b"--snapshot-blob" not in view.text or b"--build-snapshot" in view.text:
            continue
        for f in view.of_kind("call"):
            if P.EXEC_CALLS.match(f.value) and "--snapshot-blob" in f.snippet:
                level = view.level(f)
                # (a bin that boots from it runs it whenever its user types the command)
                grade = GRID.at("entry") if level == "module" else GRID.at(level)
                yield view.finding("bytecode", *grade, "obfuscation",
                                   f"Starts Node from a V8 startup snapshot it ships (--snapshot-blob), "
                                   f"{'when one of its functions is called' if level == 'deferred' else view.when_text(level)}: "
                                   "code without a readable source.", f, level)
                return
