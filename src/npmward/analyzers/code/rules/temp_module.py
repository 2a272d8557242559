"""Code written to a scratch file and loaded from there: `writeFileSync(tmp, code); require(tmp); unlinkSync(tmp)`.
A module that exists for a moment, in the temporary directory, is out of reach of every list of the package's files
and of a reader who looks for eval. Config loaders (Vite's bundled vite.config) do it in a function, with the code
the user's config compiles to; at install or when the package is loaded, or with code the package decodes from its
own data, it is a loader. Downloaded code written anywhere and loaded at once (`writeFileSync(file, body);
require(file)`) is a download run in the process, whatever the directory."""

from __future__ import annotations

import re
from typing import Iterator

from ....diff import TEST_PATH
from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..behaviours import executes, writes_file
from ..view import FileView
from . import rule

LOADERS = ("require", "module.require", "import", "process.mainModule.require")
FIRST_ARGUMENT = re.compile(r"\s*\(\s*(?:(?:[\w$]+\.)?pathToFileURL\(\s*)?([A-Za-z_$][\w$.]{0,79})\s*[,)]")
"""The loader's argument: the path, or the file URL made of it (`import(pathToFileURL(file).href)`)."""
NODE_RUN = re.compile(r"\(\s*(process\.execPath|process\.argv\[0\]|['\"]node['\"])\s*,\s*\[\s*([\w$.]{1,80})\s*[,\]]")
"""Node started on a script (`spawn(process.execPath, [file])`): the script is loaded as a module would be."""


@rule("temp-module", title="Writes code to a scratch file and loads it",
      description="A file in the temporary directory written and then loaded as a module (`require`, `import()`) or "
                  "run by Node (`spawn(process.execPath, [file])`, `fork`) by the same variable (and often deleted right "
                  "after): code that exists for a moment, outside the package's files. Critical at install or load when "
                  "the scratch module is deleted again or what is written was decoded from the package's own constants, "
                  "high otherwise there and in a module nothing loads (a bin's top level) that deletes it, medium in one "
                  "that keeps it; in a function the application runs, high when it was decoded; critical wherever what "
                  "is written is what a request to the application carries (a web shell), and, when it runs or the "
                  "application runs it, what a request to another host gave back (high in a function nothing is known to call), "
                  "which counts wherever the file is written (a native addon or script downloaded into the package's "
                  "own directory and required at once). Config loaders write the user's compiled config so, in a function.",
      category="evasion", consumes=("call",), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    graph = view.facts.graph
    calls = view.of_kind("call")
    writes = [c for c in calls if writes_file(c)]
    if not writes:
        return
    scopes = {w.scope for w in writes}
    for load in calls:
        # (a loader given a constant, `require('fs')`, names no file a variable holds)
        if load.scope not in scopes or (load.args and load.args[0] is not None):
            continue
        loaded = _loaded(load, graph)
        if loaded is None:
            continue
        level = view.level(load)
        if level == "module" and TEST_PATH.search(view.facts.path):
            continue  # (a test writes a fixture project to a scratch directory and runs it: nothing loads the test)
        name = re.escape(loaded)
        written = next((w for w in writes if w.scope == load.scope and w.line <= load.line
                        and re.search(rf"\(\s*{name}\s*,", w.snippet)), None)
        if written is None:
            continue
        deleted = any(c.value.startswith(("fs.unlink", "fs.rm", "fs.promises.unlink", "fs.promises.rm")) and c.scope == load.scope
                      and re.search(rf"\(\s*{name}\s*[,)]", c.snippet) for c in calls)
        decoded = len(written.flows) > 1 and graph.value(written.flows[1]) & (F.DECODED | F.UNPACKED)
        received = len(written.flows) > 1 and graph.value(written.flows[1]) & F.INBOUND
        fetched = len(written.flows) > 1 and graph.value(written.flows[1]) & F.REMOTE
        temp = any(graph.value(n) & F.TEMP_PATH for n in load.flows[:2])
        if not temp and not fetched:
            continue  # (a module the package builds in its own directory, `dist/config.js`, and loads)
        if fetched:
            # What a request to another host gave back, written as a module and loaded: a download run as code (an
            # esbuild plugin's "shared preset" fetched from a gist at every build).
            severity, confidence = view.unmistakable(load)
        elif received:
            # What a request to the application carries, written as a module and loaded: a web shell that leaves no
            # eval to find (blind set 34's license check that ran an uploaded "license file" for a secret key).
            severity, confidence = S.CRITICAL, C.HIGH
        elif level in ("install", "entry") or (level == "module" and deleted):
            # (deleted, or decoded from the package's own constants: a module nobody may read, written to be run)
            severity, confidence = (S.CRITICAL, C.HIGH) if (deleted or decoded) and level != "module" else (S.HIGH, C.MEDIUM)
        elif level == "module":
            # A command's top level that caches a module it made in the temporary directory and loads it, left there
            # for the next run: esbuild-wasm 0.13's bin writes the native exit(0) addon it ships in base64 so.
            severity, confidence = S.MEDIUM, C.MEDIUM
        elif decoded and view.run_by_app(load):
            severity, confidence = S.HIGH, C.MEDIUM
        else:
            continue
        yield view.finding("temp-module", severity, confidence, "evasion",
                           f"Writes {'what it downloaded' if fetched else 'what a request carries' if received else 'code'} "
                           f"to {'a scratch file' if temp else 'a file'} ({loaded}, line "
                           f"{written.line}) and loads it with "
                           f"{load.value}" + (", then deletes it" if deleted else "") + f", {view.run_text(load)}.",
                           load, level)
        return


def _loaded(call, graph) -> str | None:
    """The variable a loader is handed (`require(file)`, `import(file)`: the check counts it when the path is in the
    temporary directory or what was written there was downloaded), or Node started on a path in the temporary directory
    (`spawn(process.execPath, [tmp])`, `fork(tmp)`)."""
    if not call.flows or call.flows[0] is None:
        return None
    if call.value in LOADERS or call.value.endswith("fork"):
        # (the loader's own parenthesis: `require((0, _path.join)(dir, name))` names no variable)
        name = call.value.rsplit(".", 1)[-1]
        at = call.snippet.find(name)
        if at < 0 and call.value == "require":
            # (a require made by createRequire, under its own name or called in place: `createRequire(import.meta.url)(f)`;
            # the last call on the line is the loader's)
            calls = list(FIRST_ARGUMENT.finditer(call.snippet))
            return calls[-1].group(1) if calls else None
        found = FIRST_ARGUMENT.match(call.snippet, at + len(name)) \
            if at >= 0 and (call.value in LOADERS or graph.value(call.flows[0]) & F.TEMP_PATH) else None
        return found.group(1) if found else None
    if len(call.flows) > 1 and executes(call) and graph.value(call.flows[1]) & F.TEMP_PATH:
        found = NODE_RUN.search(call.snippet)
        return found.group(2) if found else None
    return None
