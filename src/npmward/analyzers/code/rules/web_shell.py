from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..behaviours import executes, runs_code, runs_whole_command
from ..gates import any_word
from ..program import Fact
from ..reach import written_inside
from ..view import FileView
from . import rule


def _read_nearby(view: FileView, runner: Fact) -> bool:
    """The request value reaches the runner through its own function and the ones that call it (within
    RELATED_HOPS calls, the callbacks written in them, their files' top levels and the helpers of those files they
    call). The flow is field-insensitive: in a server framework, or
    a CLI with a local web UI, what a request carries reaches everything that shares an object with the handler
    (nx's graph server looks a help command up by the project a request names); a backdoor takes it straight
    to the runner."""
    program = view.program
    if program is None:
        return True
    callers = program.callers((view.facts.path, runner.scope))
    within = callers | {(path, None) for path, _ in callers}
    files = {path for path, _ in callers}
    for path in files:
        # (and the callbacks written inside them: `raw.split(';').forEach((part) => { jar[k] = v })`)
        funcs = program.files[path].funcs
        within |= {(path, fid) for fid, func in enumerate(funcs) if written_inside(funcs, func, path, callers)}
    # And the helpers of their files they call: a header parsed by a function of the file (`parseBrands(header)`,
    # a middleware's `lower(event.headers)`) comes back as its return value.
    within |= {callee for caller in callers for callee in program.edges.get(caller, ()) if callee[0] in files}
    offset = program.offsets[view.facts.path]
    origins = program.origins([n + offset for n in (*runner.flows, runner.receiver) if n is not None], F.INBOUND, within)
    return bool(origins)


SCRIPT_GATE = any_word(b"createElement")
SCRIPT_CALL = re.compile(rb"""createElement\(\s*['"]script['"]\s*\)""")
ASSIGNED_BEFORE = re.compile(rb"""([\w$]{1,40})\s*=\s*(?:window\.)?document\.$""")
SCRIPT_CODE = ("text", "textContent", "innerHTML", "innerText", "src")


def _script_elements(view: FileView) -> set[str]:
    """`s.text`, `s.src`, … of each variable the file makes a `<script>` element in (`s = document.createElement(
    'script')`): what is written there runs in the page once the element is added. (Found from each createElement
    call backwards: a pattern that starts at every name of a megabyte bundle costs a second.)"""
    if not view.mentions(SCRIPT_GATE):
        return set()
    found = set()
    for call in SCRIPT_CALL.finditer(view.text):
        before = ASSIGNED_BEFORE.search(view.text, max(0, call.start() - 60), call.start())
        if before is not None:
            found.update(f"{before.group(1).decode()}.{prop}" for prop in SCRIPT_CODE)
    return found


@rule("web-shell", title="Runs what an HTTP request carries",
      description="A shell command line made whole of, or code run from, what an HTTP request to the program carries: "
                  "a header, cookie, query parameter, body or URL of the `req`/`ctx`/`request` a server hands its "
                  "middleware (or what h3's readers return: `parseCookies(event)`, `readBody(event)`; the chunks of `req.on('data')`) (`execSync(Buffer.from(ctx.get('x-trace'), 'base64').toString())`). Whoever can reach the "
                  "server runs commands on it: the backdoor of trojaned middleware (getcookies, 2018). The same for a "
                  "page's `message` events (`window.addEventListener('message', …)`), run as code or as a `<script>` element's "
                  "text or source: whoever frames or opens the page runs code in it. Critical in a handler "
                  "the application installs (one that its exported functions define or call) or at load, critical with "
                  "medium confidence elsewhere. A request value given as one argument of a fixed program "
                  "(`spawn(editor, [file])`, as dev servers open a file in the editor) is not a command line unless it was decoded "
                  "from base64 or hex first, and the value "
                  "must reach the runner through its function, the ones that call it and the helpers of its file they call (in a router or a CLI with a web UI "
                  "the request reaches everything through shared objects).",
      category="backdoor", consumes=("call", "new"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    # (a request value decoded from base64 or hex, in the function that runs it, is a command whatever argument it
    # fills: nobody encodes a file name for their editor)
    decoding = {f.scope for f in view.of_kind("call") if (f.value == "atob" or (
        f.value in ("Buffer.from", "buffer.Buffer.from") and f.args[1:2] in (("base64",), ("base64url",), ("hex",))))}
    scripts = _script_elements(view)
    runner = next((f for f in view.all if ((executes(f) and (runs_whole_command(f) or (
        f.scope in decoding and view.labels(f) & F.DECODED))) or runs_code(f) or (f.kind == "assign" and f.value in scripts))
                   and view.labels(f) & F.INBOUND and _read_nearby(view, f)), None)
    if runner is None:
        return
    level = view.level(runner)
    handler = view.run_by_app(runner)
    now = level in ("install", "entry") or handler
    what = "as a shell command" if executes(runner) else "as a script it adds to the page" if runner.kind == "assign" else "as code"
    yield view.finding("web-shell", S.CRITICAL, C.HIGH if now else C.MEDIUM, "backdoor",
                       f"Runs, {what}, what an HTTP request to the program (or a message posted to the page) carries ({runner.value}), "
                       + ("in a handler the application installs." if handler and level not in ("install", "entry")
                          else view.when_text(level) + "."), runner, level)
