from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..behaviours import executes, runs_code
from ..view import FileView, Grid
from . import rule

GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), deferred=(S.HIGH, C.MEDIUM))
"""A server's request handler runs when a client calls, so "inside a function" is where it lives: in a
function the application calls (the middleware it installs) it is critical."""


@rule("request-exec", title="Runs commands or code sent in an HTTP request",
      description="Data an incoming request carries (`req.headers`, `req.query`, `req.body`, `req.cookies`) reaches "
                  "eval/Function/vm, or is decoded (base64, hex) and reaches a command: a web shell in a middleware "
                  "or plugin, opened by a header or cookie only its author knows. A dev server that opens the file a "
                  "request names in an editor passes the name as it is, and is not reported.",
      category="backdoor", consumes=("call", "new"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    for f in view.all:
        if f.kind not in ("call", "new") or None not in f.args:
            continue
        code = runs_code(f)
        if not code and not executes(f):
            continue
        labels = view.labels(f)
        if not labels & F.REQUEST or not (code or labels & F.DECODED):
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
