"""Files the package ships that its code runs: shared by the bundled-binary and shipped-script rules."""

from __future__ import annotations

import re
from typing import Callable, Iterator, Mapping

from .. import patterns as P
from ..package import names_file
from ..program import Fact
from ..view import FileView, PackageView

NATIVE_NAME = re.compile(r"(^@[\w.-]+/(\w+-)?(linux|darwin|win32|windows|freebsd|android|sunos|openbsd|aix)[\w.-]*$)|prebuilt|-bin$|binary|native|sharp|esbuild|swc|turbo|sentry-cli|chromedriver|puppeteer|electron|playwright", re.I)


def executable_kind(path: str, data: bytes, libraries: bool = False) -> str | None:
    """ELF/PE/Mach-O by magic bytes. `.node`/`.dll`/`.wasm` are loaded, not run, and are left out,
    unless `libraries`: a DLL that code names next to an exec call is run (`rundll32 x.dll,main`)."""
    kind = next((k for magic, k in P.EXECUTABLE_MAGIC.items() if data.startswith(magic)), None)
    if kind is None or (kind == "PE" and len(data) < 64) or path.endswith((".node", ".wasm")) \
            or (path.endswith(".dll") and not libraries):
        return None
    return kind


def is_native_distribution(manifest: Mapping) -> bool:
    return bool(manifest.get("os") or manifest.get("cpu")) or bool(NATIVE_NAME.search(str(manifest.get("name", ""))))


def _runs_or_chmods(f: Fact) -> bool:
    return f.kind == "call" and (P.EXEC_CALLS.match(f.value) is not None or f.value.startswith("fs.chmod"))


def runners(package: PackageView, is_runner: Callable[[Fact], bool] = _runs_or_chmods, modules: bool = False,
            ) -> Iterator[tuple[str, FileView, list[Fact], str, Fact]]:
    """(path, view, facts, level, runner) for install and entry code with a runner (by default a call
    that runs a process or chmods a file): the strongest group of each file that has one. With
    `modules`, also the top level of files that run only when loaded or typed (a bin)."""
    for path in sorted(package.views):
        view = package.views[path]
        for level, facts in view.groups():
            if not modules and (level == "module" or (level == "deferred" and view.when == "module")):
                continue
            runner = next((f for f in facts if is_runner(f)), None)
            if runner is not None:
                yield path, view, facts, level, runner
                break


def named(facts: list[Fact], target: str) -> bool:
    """Whether a string of `facts` or an argument of an exec call among them names `target`."""
    mentioned = [f for f in facts if f.kind == "string"] + [f for f in facts if f.kind == "call" and P.EXEC_CALLS.match(f.value)]
    return any(names_file(a, target) for f in mentioned for a in ((f.value,) if f.kind == "string" else f.args) if a)
