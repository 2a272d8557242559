from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..behaviours import executes, runs_code
from ..view import FileView, Grid
from . import rule
from .remote_code import SHELL_LINE_RUNNERS, SHELL_OF_HOLE

GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), deferred=(S.HIGH, C.MEDIUM))
"""A server's request handler runs when a client calls, so "inside a function" is where it lives: in a
function the application calls (the middleware it installs) it is critical."""


@rule("request-exec", title="Runs commands or code sent in an HTTP request",
      description="A header or cookie of an incoming request (`req.headers`, `req.cookies`), decoded (base64, hex), "
                  "reaches eval/Function/vm or a shell command line (`exec(cmd)`, `sh -c <cmd>`): a web shell in a "
                  "middleware or plugin, opened by a header or cookie only its author knows. A dev server that opens "
                  "the file a request names in an editor passes the name as it is, and is not reported.",
      category="backdoor", consumes=("call", "new"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    for f in view.all:
        if f.kind not in ("call", "new") or None not in f.args:
            continue
        code = runs_code(f)
        if not code and not executes(f):
            continue
        labels = view.labels(f)
        if not labels & F.REQUEST or not labels & F.DECODED or not (code or _one_command_line(f)):
            continue
        level = view.level(f)
        severity, confidence = view.grade(GRID, level)
        if level == "deferred" and view.called_by_app(f):
            severity, confidence = S.CRITICAL, C.HIGH
        what = "code" if code else "a command"
        yield view.finding("request-exec", severity, confidence, "backdoor",
                           f"Runs {what} taken from an incoming HTTP request ({f.value}), "
                           + ("in a request handler the application installs." if level == "deferred" and severity is S.CRITICAL
                              else view.when_text(level) + ".") + " A web shell: whoever knows the trigger runs it on the server.",
                           f, level)
        return


def _one_command_line(f) -> bool:
    """A shell command line: `exec(cmd)`, or a shell given `-c <cmd>` (a program run with arguments is
    not a shell: a dev server's editor launch)."""
    return f.value.rsplit(".", 1)[-1] in SHELL_LINE_RUNNERS or any(SHELL_OF_HOLE.fullmatch(s) for s in f.shapes)
