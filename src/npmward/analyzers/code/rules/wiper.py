from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from .. import patterns as P
from ..program import Fact
from ..view import FileView
from . import rule

DELETES = ("fs.rmSync", "fs.rm", "fs.rmdirSync", "fs.rmdir", "fs.unlinkSync", "fs.unlink", "fs.promises.rm",
           "fs.promises.unlink", "rimraf", "rimraf.sync", "fs-extra.removeSync", "fs-extra.remove")
OVERWRITES = ("fs.writeFileSync", "fs.writeFile", "fs.promises.writeFile")
GATE_DISTANCE = 60
"""Lines between a location/locale check and the deletion it guards."""
HOME_ITSELF = re.compile(r"\b(rmSync|rm|rmdirSync|rmdir|unlinkSync|unlink|rimraf(\.sync)?|removeSync|remove)\(\s*"
                         r"(require\(['\"](node:)?os['\"]\)\.|os\.)?homedir\(\)\s*[,)]")
"""The home directory itself given to a deletion (not `path.join(os.homedir(), 'x')`)."""
USER_ROOTS = ("/", "C:\\", "~", "/home", "/Users", "Desktop", "Documents", "Pictures", "Downloads")
USER_DIRS = {r.strip("/\\") for r in USER_ROOTS} - {"", "C:"}
"""Strings that name the user's data. Not "/" alone: it is every path join's separator."""
ROUTE_METHOD = re.compile(r"(^|\.)(app|router|server|fastify)\.(get|post|put|delete|all|use)$")
RECURSIVE = re.compile(r"recursive\s*:\s*(true|!0)")
WIPE_COMMAND = re.compile(r"""\b(rm\s+(-\w+\s+)*-\w*[rR]\w*\s+(-\w+\s+)*|(rd|rmdir)\s+/s\s+/q\s+)['"]?(\$\{\*\}|[^\s'"]*\*|\.)['"]?(\s|$)""")
"""A shell's recursive delete of everything in a directory: a glob (`rm -rf ${root}/*`, `rm -rf *`), the working
directory (`.`), or a path known only at run time (`rd /s /q "${dir}"`)."""


def _remote_command(view: FileView, harm: list[Fact]) -> Fact | None:
    """Files deleted on a command from whoever controls the other end, the remote kill switch: a recursive deletion
    of the application's directory or the home (a path made from `process.cwd()`, `__dirname` or the home), or a
    shell's recursive delete (`rm -rf ${root}/*`), in a function within three calls of where the file receives
    from a host it names (a WebSocket message, a DNS TXT record) or of a request it serves (a header it reads, a
    route it registers on the host application)."""
    # Where the command is handled: the function that reads a request's header, or the callback handed to the call
    # that registers a route or listens for messages (not the function that sets them up, which may clean a build
    # folder before it serves it).
    calls = view.of_kind("call")
    handlers = {f.scope for f in calls if f.value in P.REQUEST_GETTERS}
    handlers |= view.handed_to([f for f in calls if (_receives(view, f) or _routes(f))])
    # A response's whole body, parsed where it ends (`res.on('end', () => { if (JSON.parse(b).status === 'revoked')
    # … })`), is an order too; an installer's `end` handler that cleans up after a download parses nothing.
    ends = view.handed_to([f for f in calls if f.args[:1] == ("end",) and _receives(view, f, events=(("end",),))])
    if ends:
        handlers |= ends & {f.scope for f in calls if f.value == "JSON.parse"}
    if not handlers:
        return None
    # (what the handlers run, one way only: the other way round, the function that registers a handler would count)
    reached = view.run_from(handlers)
    wipes = {f.scope for f in view.of_kind("string") if WIPE_COMMAND.search(f.value)}
    for fact in harm + [f for f in view.executions() if f.scope in wipes]:
        if fact.value in DELETES:
            if not view.labels(fact) & (F.CWD_PATH | F.HOME_DIR) \
                    or not (fact.value.startswith(("rimraf", "fs-extra")) or RECURSIVE.search(fact.snippet)):
                continue
        elif fact.value in OVERWRITES:
            continue
        if fact.scope in reached:
            return fact
    return None


def _kill_switch(view: FileView, remote: Fact) -> Finding:
    return view.finding("wiper", *view.unmistakable(remote), "destructive",
                        "Deletes the application's files or the home when a request or data received from the network "
                        f"says so, {view.run_text(remote)}: a remote kill switch.", remote)


def _routes(f: Fact) -> bool:
    """A route registered on a server (`app.post('/x', handler)`)."""
    return ROUTE_METHOD.search(f.value) is not None and f.args[:1] != () and isinstance(f.args[0], str) \
        and f.args[0].startswith("/")


def _receives(view: FileView, f: Fact, events: tuple[tuple[str], ...] = (("data",), ("message",))) -> bool:
    """Where this file receives from a host the package names: a socket's `data`/`message` handler set on a
    connection to a constant host, or a DNS TXT lookup."""
    if P.DNS_TEXT.search(f.value):
        return True
    if f.value.endswith((".on", ".once")) and f.flows and f.flows[0] is not None \
            and view.facts.graph.value(f.flows[0]) & (F.DECODED | F.UNPACKED):
        return True  # (an event whose name the file decodes at run time, `socket.on(atob('c3lzOnB1cmdl'), …)`: a hidden order)
    return f.value.endswith((".on", ".once", ".addEventListener")) and f.args[:1] in events \
        and view.labels(f) & F.NET_HANDLE != 0 and view.labels(f) & (F.DESTINATIONS | F.HOST_LITERAL) != 0


def _recursive_walkers(view: FileView) -> set[int]:
    """Functions that list a directory and call themselves: they reach every file below a root."""
    listing = {f.scope for f in view.of_kind("call") if f.value.startswith("fs.readdir")}
    return {fid for fid in listing if fid is not None and view.calls(fid, fid)}


def _guards(gate: Fact, harm: Fact, view: FileView) -> bool:
    return abs(gate.line - harm.line) <= GATE_DISTANCE and (
        view.linked(gate.scope, harm.scope) or _within(view, harm.scope, gate.scope))


def _within(view: FileView, inner: int | None, outer: int | None) -> bool:
    """`inner` is written inside `outer` (a callback of the gated code)."""
    funcs = view.facts.funcs
    while inner is not None:
        inner = funcs[inner].parent
        if inner == outer:
            return True
    return False


@rule("wiper", title="Deletes the user's files",
      description="Deletion or overwriting of user data (home, Desktop/Documents, a recursive directory walk) "
                  "guarded by a location or locale check (geo-IP services, country_code, the time zone, "
                  "Europe/Moscow, ...) within 60 lines and in the same function or one running the other within three calls; "
                  "a recursive deletion of the application's directory or the home (or a shell's rm -rf of a glob) in code "
                  "that handles data received from the network (a WebSocket message, a DNS TXT record, an event whose name the file decodes) or a request it "
                  "serves (a header it reads, a route it registers) is a remote kill switch; "
                  "without a gate only deleting the home or the root itself counts.",
      category="destructive", consumes=("call", "string", "env"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    facts = view.all
    harm = [f for f in facts if f.kind == "call" and f.value in DELETES + OVERWRITES]
    if not harm:
        if (remote := _remote_command(view, harm)) is not None:
            yield _kill_switch(view, remote)  # (a shell's rm -rf is no fs call)
        return
    walkers = _recursive_walkers(view)
    user_data = any(f.kind == "call" and f.value in ("os.homedir", "os.userInfo") for f in facts) or \
        any(f.kind == "env" and f.value in ("HOME", "USERPROFILE", "USER", "USERNAME") for f in facts) or \
        any(f.kind == "string" and f.value.strip("/\\") in USER_DIRS for f in facts)
    gates = [f for f in facts if (f.kind == "string" and P.GEO_LOCALE.search(f.value))
             or (f.kind == "call" and "resolvedOptions" in f.value)]
    # The gate must guard the harm: nearby, and in the same function or one calling the other.
    # (A bundle that formats dates on line 10 and cleans a cache dir on line 9000 is not protestware.)
    guarded = [h for h in harm if any(_guards(g, h, view) for g in gates)]
    gated = bool(guarded)
    harm = guarded or harm
    # `rmSync(os.homedir(), ...)` or `rmSync('/')`: the whole home or root, not a cache dir below it.
    literal_root = next((f for f in harm if f.value in DELETES and (HOME_ITSELF.search(f.snippet)
                                                                   or (f.args and f.args[0] in USER_ROOTS[:5]))), None)
    walked = next((f for f in harm if f.scope in walkers), None)
    # (a write is a wipe over a walk of the user's files; one file written under the home is a config or an id)
    if gated and (walked or (user_data and any(h.value in DELETES for h in guarded))):
        yield view.finding("wiper", S.CRITICAL, C.HIGH, "destructive",
                           "Deletes or overwrites the user's files" + (" in a recursive walk" if walked else "")
                           + ", depending on the host's location, time zone or locale (protestware).", walked or harm[0])
    elif (remote := _remote_command(view, harm)) is not None:
        yield _kill_switch(view, remote)
    elif literal_root:
        yield view.finding("wiper", S.HIGH, C.MEDIUM, "destructive",
                           "Deletes files under the user's home or the filesystem root.", literal_root)
