"""Code that climbs out of a JavaScript sandbox: `err.constructor.constructor('return process')()` takes the Function
constructor of an object the host handed in (an error, a promise, a stack frame) and makes a function that returns the
host's `process`, whose `mainModule.require` loads `child_process` (the vm2 escapes, CVE-2022-36067 and its
successors). A package that runs inside a bot platform's, a spreadsheet's or a rule engine's sandbox does it to run
commands on the server (set 41: a Botpress action and a formula library)."""

from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..names import RETURNS_PROCESS
from ..view import FileView
from . import rule

COMMAND_MODULES = {"child_process", "node:child_process"}


@rule("sandbox-escape", title="Reaches the host's process from inside a sandbox",
      description="Makes a function of `'return process'` through another object's constructor chain "
                  "(`x.constructor.constructor('return process')()`), which from inside a vm sandbox returns the host's "
                  "`process`: the classic escape of vm2 and similar sandboxes. Critical when the file also loads "
                  "child_process or runs a command (what the escape is for); high otherwise.",
      category="evasion", consumes=("call",), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    escape = next((f for f in view.of_kind("call") if f.value.endswith(".constructor.constructor") and f.args
                   and isinstance(f.args[0], str) and RETURNS_PROCESS.match(f.args[0])), None)
    if escape is None:
        return
    commands = bool(COMMAND_MODULES & view.facts.modules)
    severity, confidence = (S.CRITICAL, C.HIGH) if commands else (S.HIGH, C.MEDIUM)
    yield view.finding("sandbox-escape", severity, confidence, "evasion",
                       "Reaches the host's `process` through another object's Function constructor "
                       f"({escape.value}('return process')), the way code escapes a vm sandbox"
                       + (", in a file that loads child_process to run commands." if commands else "."),
                       escape, view.level(escape))
