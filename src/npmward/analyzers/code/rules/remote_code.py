from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..behaviours import executes, runs_code, sends
from ..view import WHEN_TEXT, FileView, Grid
from . import rule

GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.HIGH, C.HIGH), deferred=(S.INFO, C.LOW))
SPAN = 20
"""Lines between the fetch and the code runner."""


@rule("remote-code", title="Runs code fetched from the network",
      description="At install or load, a fetch and, within 20 lines after it (on its own line: in its function), "
                  "eval/Function/exec of a non-constant value: a loader for a second stage the package does not contain. Also, wherever they are, "
                  "eval/Function/vm/Module#_compile given code that the data flow traces to a network response "
                  "(a request's body, a WebSocket message, an image downloaded then decoded), the request and the "
                  "runner in one function or a few calls apart.",
      category="dropper", consumes=("call", "new"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    running = [f for f in view.all if view.level(f) in ("install", "entry")]
    requests = [f for f in view.all if sends(f)]
    # The request within two calls of the runner at install; when the package is loaded, in the
    # runner's function or one it is written in (a handler set up beside the socket): an entry
    # bundle holds many unrelated modules, and minified names make calls by name meet on paper.
    received = next((f for f in running if _runs_received(view, f) and any(
        view.linked(f.scope, r.scope, hops=2) if view.level(f) == "install" else _encloses(view, r.scope, f.scope)
        for r in requests)), None)
    if received is not None:
        level = view.level(received)
        severity, confidence = view.grade(GRID, level)
        yield view.finding("remote-code", severity, confidence, "dropper",
                           f"Runs code it received from the network ({received.value}), {WHEN_TEXT[level]}.",
                           received, level)
        return
    # In a function the application calls (a client's `start()`), or one nothing is known to call:
    # code received from a host the package names, run in the process, is a loader wherever it sits.
    # (A library that evaluates what its caller fetches carries no host of its own.)
    later = next((f for f in view.all if view.level(f) not in ("install", "entry") and _runs_received(view, f) and any(
        view.linked(f.scope, r.scope, hops=2) for r in requests)), None)
    if later is not None:
        api = view.called_by_app(later)
        yield view.finding("remote-code", S.CRITICAL if api else S.HIGH, C.HIGH if api else C.MEDIUM, "dropper",
                           f"Runs code it received from a host it names ({later.value}), "
                           + ("in a function the application calls." if api else view.when_text(view.level(later)) + "."),
                           later, view.level(later))
        return
    fetch = next((f for f in running if sends(f) and not f.value.startswith(("net.", "new net"))), None)
    if fetch is None:
        return
    # On the fetch's own line (a minified bundle's), nearness is the runner being in the fetch's
    # function or one written in it: one line may hold a whole library.
    run = next((f for f in running if f.line >= fetch.line and (f.line > fetch.line or _encloses(view, fetch.scope, f.scope)) and
                ((runs_code(f) and f.kind != "string" and (not f.args or f.args[-1] is None))
                 or (executes(f) and f.args[:1] == (None,)))), None)
    if run is None or run.line - fetch.line > SPAN:
        return
    level = view.weaker(view.level(fetch), view.level(run))
    severity, confidence = view.grade(GRID, level)
    yield view.finding("remote-code", severity, confidence, "dropper",
                       f"Fetches data from the network ({fetch.value}, line {fetch.line}) and runs it as code or a "
                       f"command ({run.value}), {WHEN_TEXT[level]}.", run, level, fetch_line=fetch.line)


def _runs_received(view: FileView, f) -> bool:
    """A code runner whose (non-constant) code comes from what a request to a URL gave back: the
    flow carries the URL's labels into the response, its parsed fields and what is decoded from them."""
    return runs_code(f) and f.kind != "string" and None in f.args and view.facts.fact_labels(f) & F.REMOTE != 0


def _encloses(view: FileView, outer: int | None, inner: int | None) -> bool:
    """`inner` is `outer` or written inside it."""
    funcs = view.facts.funcs
    while inner is not None and inner != outer:
        inner = funcs[inner].parent
    return inner == outer
