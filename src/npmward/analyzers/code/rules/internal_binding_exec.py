"""A process started through Node's internal bindings: `process.binding('spawn_sync').spawn({file, args})` (or
`process_wrap`'s `Process`) is what `child_process` calls underneath. Going around `child_process` hides the command
from readers, from scanners that look for `exec`/`spawn`, and from hooks that wrap them; no package needs it, since
`child_process` is always there (set 41: a locale library's warm-up started a decoded download this way, its
`process["bind"+"ing"]` split). Coverage tools take the binding to wrap its `spawn` (nyc's spawn-wrap): a file that
assigns a `spawn` is not starting processes through it."""

from __future__ import annotations

from typing import Iterator

from ....model import Finding
from ..view import FileView
from . import rule

BINDINGS = {"spawn_sync", "process_wrap"}
"""Node's internal bindings that start processes."""
GETTERS = {"process.binding", "process._linkedBinding"}


@rule("internal-binding-exec", title="Starts processes through Node's internal bindings",
      description="Takes Node's internal process binding (`process.binding('spawn_sync')` or "
                  "`process.binding('process_wrap')`, the names also split or encoded), the layer under `child_process`: "
                  "commands started there are hidden from readers and from tools that watch `child_process`. Critical "
                  "where it runs at install, at load or in code the application runs; high in a function nothing is "
                  "known to call. A file that puts a wrapper over the binding's `spawn` (coverage tools' spawn-wrap, "
                  "process-on-spawn: every child process instrumented) is not reported.",
      category="evasion", consumes=("call",))
def check(view: FileView) -> Iterator[Finding]:
    if any(f.value.endswith(".spawn") for f in view.of_kind("assign")):
        return  # (a wrapper put over the binding's `spawn`: nyc's spawn-wrap, istanbul's process-on-spawn)
    for f in view.of_kind("call"):
        if f.value in GETTERS and f.args and f.args[0] in BINDINGS:
            severity, confidence = view.unmistakable(f)
            yield view.finding("internal-binding-exec", severity, confidence, "evasion",
                               f"Takes Node's internal `{f.args[0]}` binding, which starts processes under "
                               f"`child_process`, {view.run_text(f)}: the command it runs is hidden from tools that "
                               "watch `child_process`.", f, view.level(f))
            return
