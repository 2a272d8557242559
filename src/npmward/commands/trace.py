"""`npmward trace PACKAGE FILE [--line N]`: how the code analyzer reads one file of a package.

For the engineer who wants to know why a verdict is what it is (or why it is not): when the file's
top level and each of its functions run (install, entry, module, deferred; `api` when the package
exports it to the application), every network sink with the labels that reach it and where it goes,
and with `--line N` the chain of calls that makes the function holding line N run. Nothing of the
package is executed: the same extraction, call graph and data flow as `npmward scan` (one process,
no cache, no time budget beyond the analyzer's own).

Exit codes: 0, or 2 when the package or the file cannot be read.
"""

from __future__ import annotations

import sys
from collections import deque
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import UsageError

OPS = {"UNION", "READ", "EXEC", "MEMBER", "ENV_INDEX", "KEYS", "SERIALIZE", "FILTER", "STORE", "DATA", "KEY_USED",
       "HOLD", "HOSTED", "RECEIVE", "LOOKUP"}
"""Names in `flow` that are transforms, not labels (their small values collide with label bits)."""


def label_names(labels: int) -> str:
    from ..analyzers.code import flow as F

    names = [name for name, bit in vars(F).items()
             if name.isupper() and name not in OPS and isinstance(bit, int) and bit > 0 and bit & (bit - 1) == 0 and labels & bit]
    return ",".join(sorted(names)) or "-"


def analyse(artifact):
    """The package's linked program and each code file's view, as the code analyzer builds them."""
    from ..analyzers.code.analysis import read_package
    from ..analyzers.code.budget import PACKAGE_SECONDS, Budget
    from ..analyzers.code.package import entry_files, lifecycle_files

    _, _, program, views = read_package(artifact.manifest, artifact.files, Budget.seconds(PACKAGE_SECONDS))
    roots = lifecycle_files(artifact.manifest, artifact.files) | set(entry_files(artifact.manifest, artifact.files))
    return program, views, roots


def call_path(program, roots: set[str], path: str, fid: int | None) -> list[tuple[str, int | None]]:
    """The shortest chain of calls, at the function's own level, from a file's top level to it (for a
    deferred function, from the farthest caller at that level: the function the application calls)."""
    level = program.level(path, fid)
    callers: dict = {}
    for caller, callees in program.edges.items():
        for callee in callees:
            callers.setdefault(callee, []).append(caller)
    start = (path, fid)
    seen = {start: None}
    queue = deque([start])
    found = start
    while queue:
        node = queue.popleft()
        found = node  # (for a function nothing runs at install or load: the farthest caller, an export)
        if node[1] is None and (node[0] in roots or level == "module"):
            break
        for caller in callers.get(node, ()):
            if caller not in seen and program.level(*caller) == level:
                seen[caller] = node
                queue.append(caller)
    chain = []
    node = found
    while node is not None:
        chain.append(node)
        node = seen.get(node)
    return chain


def render(program, views, roots: set[str], path: str, line: int | None) -> str:
    from ..analyzers.code.rules._chain import sinks

    view = views[path]
    funcs = view.facts.funcs
    out = [f"{path}: its top level runs {view.when_text(view.when)} ({view.when})"]
    out.append("\nfunctions (line, name, when it runs):")
    for fid, func in enumerate(funcs):
        level = program.level(path, fid)
        api = " api" if (path, fid) in program.api else ""
        out.append(f"  {func.line:>5}  {func.name[:60]}  {level}{api}")
    out.append("\nsinks (line, call, when, what reaches it -> where it goes):")
    found = sinks(view)
    for sink in found:
        api = " api" if view.called_by_app(sink.fact) else ""
        out.append(f"  {sink.fact.line:>5}  {sink.fact.value[:60]}  {sink.level}{api}  "
                   f"{label_names(sink.labels)} -> {label_names(sink.destination)}")
    if not found:
        out.append("  (none)")
    if line is not None:
        holding = [fid for fid, func in enumerate(funcs) if func.line <= line]
        fid = max(holding, key=lambda i: funcs[i].line) if holding else None
        out.append(f"\nline {line} is in {funcs[fid].name if fid is not None else 'the top level'}, which runs "
                   f"{view.when_text(program.level(path, fid))}; the calls that make it run:")
        for step_path, step in call_path(program, roots, path, fid):
            name = program.files[step_path].funcs[step].name if step is not None else "<top level>"
            where = program.files[step_path].funcs[step].line if step is not None else 1
            out.append(f"  {step_path}:{where}  {name[:70]}")
    return "\n".join(out) + "\n"


def register(app: typer.Typer) -> None:
    from ..cli import EXIT_OK, handles_errors

    @app.command()
    @handles_errors
    def trace(
        package: Annotated[str, typer.Argument(help="A package directory, a tarball, or NAME@VERSION from the registry.")],
        file: Annotated[str, typer.Argument(help="A code file of the package, as the package names it (lib/index.js).")],
        line: Annotated[Optional[int], typer.Option("--line", help="Also show the calls that make the function holding this line run.")] = None,
        project: Annotated[Optional[Path], typer.Option("--project", help="Project whose .npmrc applies (default: the current directory).")] = None,
    ) -> None:
        """Show how the code analyzer reads FILE of PACKAGE: when its functions run, and its sinks."""
        from ..cli import open_pipeline
        from .diff import load_side

        with open_pipeline(project or Path.cwd()) as pipeline:  # connects only for NAME@VERSION
            artifact = load_side(package, pipeline)
        program, views, roots = analyse(artifact)
        name = file.removeprefix("./").removeprefix("package/")
        if name not in views:
            known = ", ".join(sorted(views)[:8])
            raise UsageError(f"{file}: not a code file of {artifact.id} (code files: {known}{', ...' if len(views) > 8 else ''})")
        sys.stdout.write(render(program, views, roots, name, line))
        raise typer.Exit(EXIT_OK)
