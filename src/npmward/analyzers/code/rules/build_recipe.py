"""A build recipe the package ships for its users' projects (a Makefile fragment to `include`, a justfile, a Taskfile)
whose commands send credentials or the environment, or download and run code: an install hook or a scaffolding
command adds it to the project's own build, so every later `make`, `just` or `task` runs it (the xz-utils backdoor
hid in build scripts, 2024). Shared lint and release targets run linters and compilers; they do not read ~/.npmrc."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ...install_scripts import runs_remote_code, sends_loot
from ..view import PackageView
from . import rule
from ._shipped import runners

RECIPE = re.compile(r"(?:^|/)(?:GNUmakefile|[Mm]akefile|[^/]+\.mk|[Jj]ustfile|\.justfile|[^/]+\.just|Taskfile(?:\.[\w-]+)?\.ya?ml)$")
WINDOW = 8
"""Lines read together: a recipe's command runs on across `\\` continuations and YAML block scalars."""


def _commands(text: str) -> Iterator[tuple[int, str]]:
    """(line number, the command starting there with the lines that follow it)."""
    lines = text.splitlines()[:5000]
    for i, line in enumerate(lines):
        if line.strip() and not line.lstrip().startswith("#"):
            yield i + 1, " ".join(part.strip().rstrip("\\") for part in lines[i:i + WINDOW])


@rule("build-recipe", title="A build recipe that sends secrets or runs remote code",
      description="A Makefile fragment, justfile or Taskfile the package ships whose commands send the environment or "
                  "a credential file (`env | base64 | curl --data-binary @-`, `cat ~/.npmrc`), or, when the package's "
                  "code names the file (an install hook adding `-include node_modules/…/lint.mk` to the project's "
                  "Makefile, a scaffolder copying its template), download and run code: every later build of the "
                  "project runs it. Critical when install or entry code names it; high otherwise.",
      category="persistence", consumes=("files", "string"), severity=S.CRITICAL, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    recipes = [p for p in package.files if RECIPE.search(p) and len(package.files[p]) < 1_000_000]
    for path in sorted(recipes):
        commands = list(_commands(package.files[path].decode("utf-8", "replace")))
        loot = next(((n, c) for n, c in commands if sends_loot(c)), None)
        hit = loot or next(((n, c) for n, c in commands if runs_remote_code(c)), None)
        if hit is None:
            continue
        name = path.rsplit("/", 1)[-1]
        users = [(level, view) for _path, view, _facts, level, _runner in runners(
            package, lambda f, name=name: f.kind == "string" and name in f.value, modules=True)]
        if loot is None and not users:
            continue  # (a repository's own Makefile installing a tool with `curl | sh`: nothing adds it to a project)
        now = [v for level, v in users if level in ("install", "entry")]
        line, command = hit
        view = now[0] if now else users[0][1] if users else next(iter(package.views.values()), None)
        if view is None:
            continue
        what = "sends the environment or a credential file" if loot else "downloads and runs code"
        found = view.finding("build-recipe", S.CRITICAL if now else S.HIGH, C.HIGH, "persistence",
                             f"Ships a build recipe ({path}) that {what}"
                             + (f", and {view.facts.path} adds it to the project's build" if users else "")
                             + ": every later build of the project runs it.", None, "install" if now else "deferred")
        yield replace(found, file=path, line=line, snippet=command[:200])
        return
