"""A package that writes a script into a project's manifest (`pkg.scripts.prepare = …`) which downloads and runs code,
sends secrets or opens a shell: the payload waits in the user's own project and runs at its next `npm install`, `npm
test` or build, long after the package was reviewed (an ESLint plugin rewriting the host's `prepare`; install hooks
that plant pre-scripts). Tools write scripts too (husky's `prepare`, a setup wizard's `lint`): what is judged is the
command written, as an install hook's."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from ...install_scripts import NO_TOOL_DOES, judge_command
from ..view import FileView
from . import rule

SCRIPT_WRITE = re.compile(r"\.scripts(?:\.(?P<name>[\w:-]+)|\[[^\]]*\])$")
"""An assignment to an entry of a manifest's `scripts` (`pkg.scripts.prepare`, `json.scripts['pre' + name]`)."""


@rule("script-injection", title="Writes a malicious script into a project's package.json",
      description="Code assigns an entry of a manifest's `scripts` a command that, judged as an install hook, downloads "
                  "and runs code, runs encoded code, opens a reverse shell, sends secrets or reports the host: the "
                  "payload runs from the user's own project at its next install, test or build. Critical when the "
                  "writing code runs at install, at load or from code the application runs; high otherwise.",
      category="persistence", consumes=("assign", "string"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if b"scripts" not in view.text:
        return
    for fact in view.of_kind("assign"):
        if (match := SCRIPT_WRITE.search(fact.value)) is None:
            continue
        hook = match.group("name") or "script"
        written = [f.value for f in view.of_kind("string") if f.line == fact.line and f.scope == fact.scope and " " in f.value]
        for command in written:
            found = next((f for f in judge_command(command, hook, view.facts.path, fact.line, "written script")
                          if f.rule in NO_TOOL_DOES), None)
            if found is None:
                continue
            severity, confidence = view.unmistakable(fact)
            yield view.finding("script-injection", severity, confidence, "persistence",
                               f"Writes a `{hook}` script into a package.json that {NO_TOOL_DOES[found.rule]} ({command[:80]!r}), "
                               f"{view.run_text(fact)}: it runs from "
                               "the user's own project at the next install, test or build.",
                               fact, view.level(fact), command=command[:200], judged_as=found.rule)
            return
