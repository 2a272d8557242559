from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from .. import patterns as P
from ..behaviours import commands, writes_file
from ..view import FileView
from . import rule


@rule("self-publish", title="Publishes packages from inside a package",
      description="Runs `npm publish`/`whoami`/`token` (or calls the registry's user endpoints) from code that "
                  "runs commands at install or load: worm-style spreading; critical with the user's npm token, or when "
                  "it republishes in a loop or rewrites package.json each time (copies under new names). Inside "
                  "a function only a user calls (a release tool's publish task) or a file nothing loads (publish.js, a "
                  "Gulpfile) it is low, unless that file republishes in a loop or rewrites package.json (a flood). "
                  "Also `npm publish` run in a directory the code wrote the secrets it collected into (credential "
                  "files' content, the whole environment): a throwaway package that hands them to anyone (critical "
                  "when it runs now or in code the application runs).",
      category="worm", consumes=("string", "call", "env", "flows"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if not view.executions():
        return  # (most files run no process: their strings are not read)
    loot = _publishes_loot(view)
    if loot is not None:
        yield loot
        return
    facts = view.all
    command = next((f for f in facts if f.kind in ("string", "call") and
                    any("npm" in (a or "").lower() and P.WORM_COMMAND.search(a) for a in ((f.value,) if f.kind == "string" else f.args))), None)
    token = any((f.kind == "env" and f.value in ("NPM_TOKEN", "NODE_AUTH_TOKEN")) or
                (f.kind == "string" and ("_authToken" in f.value or ".npmrc" in f.value)) for f in facts)
    if command:
        level = view.level(command)
        # A flood generator republishes in a loop, renaming or re-versioning package.json each time.
        # (A release tool bumps package.json once and publishes once: the rewrite counts when a timer repeats it.)
        repeated = any(f.kind == "endless-loop" for f in facts) or (
            any(writes_file(f) for f in facts) and any(f.kind == "string" and f.value.endswith("package.json") for f in facts)
            and any(f.kind == "call" and f.value in ("setInterval", "setTimeout") for f in facts))
        if level == "deferred" or (level == "module" and not repeated):
            # Release tools (jake's publish task, np, release-it) and a maintainer's publish.js or
            # Gulpfile shipped by mistake publish when someone runs them; a worm publishes as soon as
            # it is installed or loaded.
            severity, confidence = (S.MEDIUM, C.LOW) if token else (S.LOW, C.LOW)
        elif token or (repeated and any(PUBLISH.match(c) for _, c in commands(facts))):
            # (with the user's token; or publishing, again and again, package.json rewritten under new names, as the
            # package installs or loads: copies of itself spread with whatever login npm holds, blind set 55's tea.xyz
            # reward farm)
            severity, confidence = S.CRITICAL, C.HIGH
        else:
            severity, confidence = S.HIGH, C.MEDIUM
        yield view.finding("self-publish", severity, confidence, "worm",
                           "Runs npm publish/whoami from inside a package" + (" with the user's npm token" if token else "")
                           + f", {view.when_text(level)}: worm-style spreading.", command, level)


PUBLISH = re.compile(r"^(?:\S*\b(?:npm|pnpm|yarn|bun)(?:\.cmd|\.exe)?|\$\{\*\})\s+publish\b")
"""A publish command, the package manager's name spelled or chosen at run time (`isWin ? 'npm.cmd' : 'npm'`)."""


def _publishes_loot(view: FileView) -> Finding | None:
    """`npm publish` run in a directory the code wrote the secrets it collected into (the content of credential files,
    the whole environment): a throwaway public package that carries them to anyone who downloads it, published with the
    victim's own token. A release tool publishes the package it built; the token it writes to `.npmrc` is not loot."""
    for f, command in commands(view.all):
        if not PUBLISH.match(command) or not view.labels(f) & F.SECRET_PATH:
            continue
        written = next((w for w in view.all if writes_file(w) and view.labels(w) & (F.SECRET_DATA | F.ENV_ALL)
                        and view.linked(w.scope, f.scope)), None)
        if written is None:
            continue
        severity, confidence = (S.CRITICAL, C.HIGH) if view.runs_now(f) else (S.HIGH, C.MEDIUM)
        return view.finding("self-publish", severity, confidence, "exfiltration",
                            f"Publishes a package into which it wrote the secrets it collected (line {written.line}), "
                            f"{view.run_text(f)}: anyone can download them from the registry.", f, view.level(f),
                            command=command[:200])
    return None
