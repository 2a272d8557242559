from __future__ import annotations

import posixpath
from typing import Iterator, Mapping

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ...base import RuleInfo
from ...install_scripts import SHELL_SCRIPTS, files_run_by
from .. import patterns as P
from ..package import lifecycle_commands
from ..view import Grid, PackageView
from . import rule
from ._shipped import executable_kind, is_native_distribution, named, runners

RUN_FROM_CODE = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), deferred=(S.MEDIUM, C.MEDIUM))
NATIVE_NOT_DETACHED = (S.HIGH, C.MEDIUM)
"""A native-binary distribution that runs its binary without detaching it (a tool, not a payload)."""


@rule("bundled-binary", title="Ships an executable that it runs",
      description="An ELF/PE/Mach-O file that a lifecycle script or install/entry code runs (critical), or any "
                  "executable in a package that is not a native-binary distribution (medium, low confidence). "
                  "Native distributions count only when they start the binary, detached, as soon as they are "
                  "required. A DLL of its own (whatever its bytes) that a hook, a bin, the entry or code the application runs "
                  "starts with rundll32 is critical. An executable "
                  "named like a data file is `code/disguised-binary`.",
      category="dropper", consumes=("files", "call", "string"), grid=RUN_FROM_CODE, per_package=True,
      emits=(RuleInfo("code/disguised-binary", "Executable named like a data file", "An ELF/PE/Mach-O file named like "
                      "an image, text, JSON, script or font file.", "high", "dropper"),))
def check(package: PackageView) -> Iterator[Finding]:
    yield from _shipped(package.manifest, package.files)
    binaries = {p: k for p, d in package.files.items() if (k := executable_kind(p, d, libraries=True))}
    native = is_native_distribution(package.manifest)
    found = False
    for path, view, facts, level, runner in runners(package) if binaries else ():
        # A native-binary distribution runs its binary on demand (or checks it at install);
        # one that starts it as soon as it is required, detached, is running a payload.
        on_load = level == "entry"
        for target in (list(binaries) if on_load or not native else []):
            if not named(facts, target):
                continue
            severity, confidence = view.grade(RUN_FROM_CODE, level)
            if native and b"detached" not in view.text:
                severity, confidence = NATIVE_NOT_DETACHED
            yield view.finding("bundled-binary", severity, confidence, "dropper",
                               f"Ships a {binaries[target]} executable ({target}) that {path} runs, "
                               f"{'when one of its functions is called' if level == 'deferred' else view.when_text(level)}.",
                               runner, level, format=binaries[target])
            found = True
    if not found:
        yield from _rundll_of_its_own(package, binaries)


def _rundll_of_its_own(package: PackageView, binaries: Mapping[str, str]) -> Iterator[Finding]:
    """A DLL of its own started with rundll32 by a bin or a function other packages call (napi-postinstall's takeover:
    its command, run by other packages' install scripts, started node-gyp.dll): a package loads its native code as an
    addon, never through rundll32."""
    dlls = [p for p in package.files if p.lower().endswith(".dll")]  # (whatever its bytes: rundll32 runs it as one)
    if not dlls:
        return
    for path, view, facts, level, _runner in runners(package, modules=True):
        for f in facts:
            if f.kind == "call" and any(isinstance(a, str) and a.lower().startswith("rundll32") for a in f.args[:1]) \
                    and (level != "deferred" or view.run_by_app(f)) and (target := next((d for d in dlls if named(facts, d)), None)):
                yield view.finding("bundled-binary", S.CRITICAL, C.HIGH, "dropper",
                                   f"Ships a DLL ({target}) that {path} starts with rundll32, "
                                   f"{'when its command runs' if level == 'module' else view.run_text(f)}"
                                   ": native code a package loads as an addon, a dropper starts this way.", f, level,
                                   format=binaries.get(target, "DLL"))
                return


def _shipped(manifest: Mapping, files: Mapping[str, bytes]) -> Iterator[Finding]:
    # (or a package of native addons, `prebuilds/<platform>/*.node`: its other executables are the addon's helpers, as
    # node-pty 1.1.0's spawn-helper, winpty-agent.exe and conpty's OpenConsole.exe are)
    native = is_native_distribution(manifest) or any(p.endswith(".node") and d.startswith(tuple(P.EXECUTABLE_MAGIC))
                                                     for p, d in files.items())
    # Only what npm runs at install: a `copy-resources` or `example` script a developer runs by hand is not.
    commands = lifecycle_commands(manifest)
    # (and the shell or batch scripts those hooks run: `scripts\\setup.cmd` copies `shell-theme.dat` and starts the copy)
    scripts = " ".join([*commands, *(files[path][:200_000].decode("utf-8", "replace") for command in commands
                                     for path in files_run_by(command)
                                     if path in files and path.lower().endswith(SHELL_SCRIPTS))])
    for path, data in files.items():
        kind = executable_kind(path, data)
        if kind is None:
            continue
        if path.lower().endswith(P.NOT_EXECUTABLE_EXTENSIONS):
            yield Finding("code/disguised-binary", S.HIGH, C.HIGH, "dropper",
                          f"{path} is a {kind} executable named like a {path.rsplit('.', 1)[-1]} file: a disguised payload.",
                          path, None, None, {"format": kind})
            continue
        run_by_script = posixpath.basename(path) in scripts
        if native and not run_by_script:
            continue
        yield Finding("code/bundled-binary", S.CRITICAL if run_by_script else S.MEDIUM,
                      C.HIGH if run_by_script else C.LOW, "dropper",
                      f"Ships a {kind} executable ({path})" + (" that a lifecycle script runs." if run_by_script
                                                                else " in a package that is not a native-binary distribution."),
                      path, None, None, {"format": kind})
