from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from .. import patterns as P
from ..behaviours import STDIN_RUNNER, executes, global_eval, runs_code, runs_inline_code, runs_whole_command, sends
from ..gates import any_word
from ..view import WHEN_TEXT, FileView, Grid
from . import rule
from .download_execute import verifies_download

GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.HIGH, C.HIGH), deferred=(S.INFO, C.LOW))
SPAN = 20
"""Lines between the fetch and the code runner."""
REMOTE_SHARE = re.compile(r"^['\"]?\\\\(?![?.]\\|localhost\b|127\.)[^\\/\s]+\\[^\s]", re.I)
"""A UNC path on another host (`\\\\host[@SSL][@port]\\share\\…`)."""
SHARE_LOADERS = {"require", "import", "process.dlopen", "module.require"}
SHARE_PROGRAM = re.compile(r"\.(exe|dll|bat|cmd|ps1|vbs|js|hta|msi|scr)(,\w+)?['\"]?$", re.I)
"""A word of a command line that is a program or script to run (`rundll32 \\\\h\\s\\x.dll,Main`)."""
OWN_SCRIPT = re.compile(r"^\S+\s+\S*[/\\][\w.-]+\.[cm]?js(\s|$)")
"""An interpreter started on a script file named by its path (`spawn(process.execPath, [path.join(__dirname, 'x.js'),
…])`): it runs a file, not what a request gave back."""
INLINE_STDIN_LOADER = re.compile(r"^(\S*[/\\])?(python3?|perl|ruby|node)(\.exe)?\s+-[ce]\s(?=.*?(sys\.stdin|<STDIN>|\$stdin|"
                                 r"STDIN\.read|process\.stdin|readFileSync\(0)).*?(\bexec|memfd|syscall|\beval\b|\bcompile\(|ctypes|"
                                 r"mmap|\bFunction\()", re.S)
"""An interpreter given inline code that reads its standard input and runs or loads what it read (`python3 -c
"d=sys.stdin.buffer.read(); fd=os.memfd_create(...); os.execve(...)"`: fileless execution from memory). Inline code that
only parses its input (`json.load(sys.stdin)`) runs nothing."""


TEMPLATE_OPTIONS = {"ejs.render": 2, "ejs.compile": 1, "ejs.renderFile": 2, "lodash.template": 1, "_.template": 1,
                    "underscore.template": 1}
"""Template compilers and the position of their options, which become code: EJS's `escapeFunction` and
`outputFunctionName` (CVE-2022-29078), lodash's `variable` and `imports` (CVE-2021-23337). Options a server sends are
code it runs in the process (Slow Pisces' coding challenges, Unit 42 2025)."""

WSH_GATE = any_word(b"ActiveXObject", b"WScript.")
WSH_SCRIPT = re.compile(rb"\bnew\s+ActiveXObject\s*\(|\bWScript\.(?:Sleep|Quit|Arguments|CreateObject|Echo)\b")
"""JScript run by Windows Script Host (searched only in the files the shared gates say mention it)."""


@rule("remote-code", title="Runs code fetched from the network",
      description="At install or load, a fetch and, within 20 lines after it (on its own line: in its function), "
                  "eval/Function/exec of a non-constant value: a loader for a second stage the package does not contain (not a "
                  "program run after its download was checked against a digest: an installer's `--version` check). Also, wherever they are, "
                  "eval/Function/vm/Module#_compile given code that the data flow traces to a network response "
                  "(a request's body, a WebSocket message, an image downloaded then decoded), or an interpreter given such code "
                  "on its command line (`node -e <body>`), the request and the "
                  "runner in one function or a few calls apart; and a command received that way and decoded, run "
                  "whole (`exec(job)`, `sh -c <job>`), not a constant command given a received value. "
                  "And a response piped into (or received data written to) the standard input of a shell or "
                  "interpreter started without a script (`res.pipe(spawn('/bin/sh', ['-s']).stdin)`) or with inline code that reads "
                  "its standard input (python's memfd_create loader): at least high wherever it is. And a module loaded, or "
                  "a program run, from a UNC path on another host (a WebDAV or SMB share): critical when it runs. And code "
                  "joined from DNS TXT records (`dns.resolveTxt`) and run: critical when it runs or the application runs it. A URL read "
                  "from a contract's storage slots (`getStorageAt`) or decoded at run time from data the file was given (a "
                  "base64 tail of a channel name) is a dead drop's: code fetched from it and run is a loader's. So is code decoded "
                  "from another package's registry metadata (`npm view <package> <field>`) and run. Received code run "
                  "where its module is loaded (a CLI command's module) is critical; so is received code run at the top level of a "
                  "Windows Script Host script (JScript's `new ActiveXObject('MSXML2.ServerXMLHTTP')` fetching it), whatever starts it; "
                  "and code a raw TCP client socket to another machine received counts as fetched from a host, wherever "
                  "the address came from (a DNS answer). The options of a template compiler (EJS's render/compile, "
                  "lodash's template) that a network response gave are code it received: EJS's escapeFunction and "
                  "lodash's variable and imports become code of the compiled template.",
      category="dropper", consumes=("call", "new"), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    if b"\\\\" in view.text:  # (a UNC path is written with two backslashes, escaped: four in the source)
        shared = next(_from_share(view), None)
        if shared is not None:
            fact, path = shared
            level = view.level(fact)
            yield view.finding("remote-code", *view.unmistakable(fact), "dropper",
                               f"Loads code from a network share ({path[:80]}): Windows fetches it over SMB or WebDAV "
                               f"from that host and runs it, {view.run_text(fact)}.",
                               fact, level)
            return
    # (and the top level of a Windows Script Host script, which runs whenever wscript is started on it — from a Run key,
    # a shortcut — whatever the analysis knows of who starts it: no Node module makes a `new ActiveXObject`)
    top = ("install", "entry", "module") if view.mentions(WSH_GATE) and WSH_SCRIPT.search(view.text) else ("install", "entry")
    running = [f for f in view.all if view.level(f) in top]
    # (and a request object's `send()`, `x = new XMLHttpRequest()` under any name: JScript's ActiveX one)
    requests = [f for f in view.all if sends(f) or (f.kind == "call" and f.value.endswith(".send") and f.receiver is not None
                                                    and view.labels(f) & F.NET_HANDLE and view.labels(f) & F.REMOTE)]
    # (received code needs a request of the file that received it: most files make none, and their runners are not
    # looked at)
    near = [(f, r) for f in running if _runs_received(view, f) for r in requests if _near(view, f, r)] if requests else []
    if near:
        received = near[0][0]
        level = view.level(received)
        severity, confidence = view.grade(GRID, level)
        if any(_to_named_host(view, r) for _, r in near):
            # From a host the code names (a paste site, a C2): a hot-reload client runs what its dev
            # server sends, found from the page's own location.
            severity, confidence = S.CRITICAL, C.HIGH
        yield view.finding("remote-code", severity, confidence, "dropper",
                           f"Runs code it received from the network ({received.value}), {WHEN_TEXT[level]}.",
                           received, level)
        return
    # In a function the application calls (a client's `start()`), or one nothing is known to call:
    # code received from a host the package names, run in the process, is a loader wherever it sits.
    # (A library that evaluates what its caller fetches carries no host of its own.)
    # (With no request in the file, one of another module of the package: `await http.fetchText(url)` with the URL
    # written here, whose response the flow carries back through the helper's return -- blind set 25's dead drop.)
    # (Most files make no request and call no module of the package: their facts are not looked at.)
    helpers = [] if requests else [c for c in view.of_kind("call") if c.value.startswith((".", "/"))]
    # (`npm view <package> <field>`: a request npm makes; only what it printed, decoded and run, counts)
    queries = [f for f in view.executions() if _queries_registry(f)] if b"view" in view.text or b"info" in view.text else []
    # (template options need no such link: what reaches them is no bundle's union of a compile and a request, as code
    # handed to a runner may be, but a settings object)

    def runs_fetched(f) -> bool:
        if view.level(f) in ("install", "entry"):
            # (the request is made by a helper module of the package: `const code = await get(url);
            # vm.runInThisContext(code)` in a postinstall script whose `get` is in ./net; one in this file is `near`'s)
            return _runs_received(view, f) and _fetched_by_helper(view, f, helpers)
        return (_runs_received(view, f) and (
            f.value in TEMPLATE_OPTIONS or _fetched_by_helper(view, f, helpers) or any(
                view.linked(f.scope, r.scope, hops=2) or _siblings(view, f.scope, r.scope) or _handled_by(view, r.scope, f.scope)
                for r in requests))) or _dead_drop(view, f, requests, queries) is not None

    later = next(filter(runs_fetched, view.all), None) if requests or helpers or queries else None
    if later is not None:
        # (or the runner is reached from a request the application makes: ensureSession()'s catch hands the error body
        # to the helper that compiles it)
        # (or in a closure such a function returns that the host tool runs: a Next.js config wrapper's webpack hook)
        api = view.called_by_app(later) or view.run_by_app(later) or any(
            _handled_by(view, r.scope, later.scope) and view.run_by_app(r) for r in requests)
        # (or it runs when its module is loaded: a CLI's command module, a file a bin requires)
        ran = api or view.level(later) != "deferred"
        yield view.finding("remote-code", S.CRITICAL if ran else S.HIGH, C.HIGH if ran else C.MEDIUM, "dropper",
                           f"Runs {'code' if runs_code(later) or later.value in TEMPLATE_OPTIONS else 'a command'} it received from "
                           f"{_dead_drop(view, later, requests, queries) or 'a host it names'}"
                           f" ({later.value}), "
                           + ("in a function the application calls." if api else view.when_text(view.level(later)) + "."),
                           later, view.level(later))
        return
    if b"Txt" in view.text or b"TXT" in view.text:
        txt = next((f for f in view.all if f.kind == "call" and runs_code(f) and None in f.args
                    and view.facts.fact_labels(f) & F.RECEIVED and _resolves_txt(view)), None)
        if txt is not None:
            # DNS TXT records joined into code and run (a `data:` URL imported, eval): a stage its author serves from
            # a zone they control, as a pack's "registry hints" (blind set 38's plop pack). No resolver hands code.
            yield view.finding("remote-code", *view.unmistakable(txt), "dropper",
                               f"Runs code it received in DNS TXT records ({txt.value}), {view.run_text(txt)}.",
                               txt, view.level(txt))
            return
    piped = _piped_into_runner(view)
    if piped is not None:
        pipe, runner = piped
        level = view.level(pipe)
        severity, confidence = view.grade(GRID, level)
        if severity < S.HIGH:
            # (no library feeds a download to a bare shell, nor a command a user types: at least high wherever it is)
            severity, confidence = S.HIGH, C.MEDIUM
        yield view.finding("remote-code", severity, confidence, "dropper",
                           f"Feeds what it downloads to the standard input of a shell or interpreter "
                           f"({runner.shapes[0].splitlines()[0][:80]}), "
                           f"{WHEN_TEXT[level]}.", pipe, level, runner_line=runner.line)
        return
    fetch = next((f for f in running if sends(f) and not f.value.startswith(("net.", "new net"))), None)
    if fetch is None:
        return
    # On the fetch's own line (a minified bundle's), nearness is the runner being in the fetch's
    # function or one written in it: one line may hold a whole library.
    run = next((f for f in running if f.line >= fetch.line and (f.line > fetch.line or _encloses(view, fetch.scope, f.scope)) and
                ((runs_code(f) and f.kind != "string" and (not f.args or f.args[-1] is None))
                 or (executes(f) and f.args[:1] == (None,) and not OWN_SCRIPT.match(f.shapes[0] if f.shapes else "")))), None)
    if run is None or run.line - fetch.line > SPAN or (executes(run) and verifies_download(view, running)):
        # (a program run after its download was checked against a digest the package ships is an installer's: the
        # binary was fixed when the package was published, as a shipped one is)
        return
    level = view.weaker(view.level(fetch), view.level(run))
    severity, confidence = view.grade(GRID, level)
    if level == "entry" and fetch.scope is not None and _to_named_host(view, fetch) and _encloses(view, fetch.scope, run.scope):
        # A function that connects to a host the file names and, in a callback written inside it, runs code the
        # package does not hold, as the package loads: the loader's channel and its runner are one (blind set 34's
        # `is` build whose WebSocket messages ran through an AsyncFunction). (The file's top level encloses every
        # callback of a bundle: not that.)
        severity, confidence = S.CRITICAL, C.HIGH
    yield view.finding("remote-code", severity, confidence, "dropper",
                       f"Fetches data from the network ({fetch.value}, line {fetch.line}) and runs it as code or a "
                       f"command ({run.value}), {WHEN_TEXT[level]}.", run, level, fetch_line=fetch.line)


def _dead_drop(view: FileView, runner, requests: list, queries: list) -> str | None:
    """Where code a runner decodes and runs came from, in words, when that is a dead drop, in the request's function or
    a callback written in it (across a bundle's functions the flow's unions join an ajv compile to any request):
    - a request to a URL the file decoded at run time from data it was given (a base64url tail of a Discord server's
      channel name, blind set 38): not a URL unpacked from the package's constants, which names its host, nor one a
      request to this program carried, which its sender chose. A library that evaluates what its caller fetches is given
      a URL, not a blob to decode into one;
    - what a registry query printed (`npm view <package> <field>`, blind set 39): a stage kept in another package's
      metadata, which its publisher can change at any time. An update check's answer is parsed, not decoded into code."""
    if not runs_code(runner) or None not in runner.args or not view.facts.fact_labels(runner) & F.DECODED:
        return None
    graph = view.facts.graph

    def near(r) -> bool:
        return r.scope is not None and _encloses(view, r.scope, runner.scope) and view.feeds(r, runner)

    if any(r.flows and graph.value(r.flows[0]) & F.DECODED and not graph.value(r.flows[0]) & (F.UNPACKED | F.INBOUND)
           and near(r) for r in requests):
        return "an address it decodes at run time"
    if any(near(q) for q in queries):
        return "another package's registry metadata (npm view)"
    return None


def _queries_registry(f) -> bool:
    """A process that asks the registry for a package's metadata (`npm view <package> <field>`): a request made by npm."""
    return any(P.REGISTRY_QUERY.match(shape) for shape in f.shapes[:1] if shape)


def _resolves_txt(view: FileView) -> bool:
    """The file asks DNS for TXT records (`dns.resolveTxt`, `resolve(name, 'TXT')`)."""
    return any(f.kind == "call" and P.DNS_TEXT.search(f.value.rsplit(".", 1)[-1]) for f in view.of_kind("call")) \
        or re.search(rb"""\.resolve\w*\([^)]{0,120}['"]TXT['"]""", view.text) is not None


def _from_share(view: FileView) -> Iterator[tuple]:
    """(fact, path) for each module loaded (`require`, `import()`, `process.dlopen`) or program run from a UNC path on
    another host (`\\\\198.51.100.61@SSL@443\\DavWWWRoot\\x.js`): a stage kept on an attacker's share. The local machine's
    (`\\\\?\\`, `\\\\.\\`, localhost, loopback) is a path, not a download."""
    for f in view.of_kind("call"):
        if f.value in SHARE_LOADERS:
            paths = [p for p in (*f.args[:1], *f.shapes[:1]) if p]
        elif executes(f):
            paths = [w for line in (*f.args[:1], *f.shapes[:1]) if line for w in line.split() if SHARE_PROGRAM.search(w)]
        else:
            continue
        path = next((p for p in paths if REMOTE_SHARE.match(p)), None)
        if path is not None:
            yield f, path


def _fetched_by_helper(view: FileView, runner, helpers: list) -> bool:
    """The runner is given what one of `helpers` (calls to another module of the package) returned, in the runner's own
    function or a callback written in it, and a response reached it (`src = await http.fetchText(url)` then
    `vm.runInThisContext(src)`): the file's request is made by the package's helper. A label that reached the runner
    from elsewhere in a large package proves nothing alone."""
    if not helpers or not view.facts.fact_labels(runner) & F.RECEIVED:
        return False
    # (or in a callback written in it: `finger(opts).then((plan) => new Function(decode(plan))())`)
    return any(_encloses(view, c.scope, runner.scope) and view.feeds(c, runner) for c in helpers)


def _piped_into_runner(view: FileView):
    """(pipe or write, runner): a response piped into, or received data written to, the standard input
    of a shell or interpreter that has no script of its own (`res.pipe(sh.stdin)` on
    `spawn('/bin/sh', ['-s'])`): `curl | sh` without curl."""
    runners = [f for f in view.executions() if f.shapes and (STDIN_RUNNER.match(f.shapes[0])
                                                                    or INLINE_STDIN_LOADER.match(f.shapes[0]))]
    if not runners:
        return None
    graph = view.facts.graph
    for f in view.all:
        if f.kind != "call" or ".stdin" not in f.snippet:
            continue
        if f.value.endswith(".pipe"):
            received = graph.value(f.receiver) & F.REMOTE if f.receiver is not None else 0
        elif f.value.endswith(("stdin.write", "stdin.end")):
            received = view.facts.fact_labels(f) & F.REMOTE
        else:
            continue
        runner = next((r for r in runners if view.linked(f.scope, r.scope, hops=2)), None)
        if received and runner is not None:
            return f, runner
    return None


RAW_CLIENTS = ("net.connect", "net.createConnection", "tls.connect", "net.Socket")


def _raw_client_socket(view: FileView) -> bool:
    """The file opens a TCP connection to another machine (not a server's sockets, not loopback): no protocol a library
    speaks over one hands it code to run."""
    return any(f.value.removeprefix("new ") in RAW_CLIENTS and not view.labels(f) & F.LOOPBACK
               for f in (*view.of_kind("call"), *view.of_kind("new")))


def _runs_received(view: FileView, f) -> bool:
    """A code runner whose (non-constant) code comes from what a request to a URL gave back: the
    flow carries the URL's labels into the response, its parsed fields and what is decoded from them.
    Also a command that is all received (`exec(job)`, `sh -c <job>`): a command with constant words
    around a received value (`git clone ${repo.clone_url}`) runs the package's own command."""
    if f.kind == "string" or None not in f.args:
        return False
    if (option := TEMPLATE_OPTIONS.get(f.value)) is not None:
        # (the options, not the data: a page rendered from an API's answer is what templates are for)
        node = f.flows[option] if option < len(f.flows) else None
        return node is not None and view.facts.graph.value(node) & F.REMOTE != 0
    labels = view.facts.fact_labels(f)
    if runs_code(f) or global_eval(f):
        # (or what a raw TCP client socket received, wherever it connects: blind set 50's latency probe worked its C2's
        # address and port out of a DNS answer, so no host of the file's reaches the socket)
        return labels & F.REMOTE != 0 or (labels & F.RECEIVED != 0 and _raw_client_socket(view))
    if executes(f) and runs_inline_code(f):
        # (`node -e <what the response delivered>`: eval in a second process. A script the package writes around a
        # request's options, xmlhttprequest's synchronous `node -e` helper, holds where it goes, not what came back.)
        return labels & F.RECEIVED != 0
    return executes(f) and runs_whole_command(f) and labels & F.REMOTE != 0 and labels & F.DECODED != 0


def _siblings(view: FileView, a: int | None, b: int | None) -> bool:
    """One function runs both within three calls (a poll loop that fetches, then runs what it got; a check
    whose `.then` callback runs what a promise-wrapped `https.get` helper resolved)."""
    if "near" not in view.derived:  # what each function runs within three calls, once per file
        callees = view.callees()
        near = []
        for first in callees.values():
            second = first | {c for f in first for c in callees.get(f, ())}
            near.append(second | {c for f in second for c in callees.get(f, ())})
        view.derived["near"] = near
    return any(a in near and b in near for near in view.derived["near"])



def _near(view: FileView, runner, request) -> bool:
    """The request and the runner are one behaviour. At install, within two calls of each other. When the
    package is loaded, the request is in the runner's function or one it is written in (a handler set up
    beside the socket), or in one that calls the runner's (a pass that asks a model, then runs its answer),
    or in one the runner's or a function around it calls (`rpc().then((r) => r.json()).then((j) =>
    eval(j.result))`); or anywhere when what runs is what a response from a host the code names delivered
    (a `get(url, cb)` helper whose 'data' handler collects the body for `cb`). An entry bundle holds many
    unrelated modules, and minified names make calls by name meet on paper: nearness stays this narrow."""
    if view.level(runner) == "install":
        return view.linked(runner.scope, request.scope, hops=2)
    return _encloses(view, request.scope, runner.scope) or runner.scope in view.callees().get(request.scope, ()) \
        or _called_around(view, request.scope, runner.scope) or _handled_by(view, request.scope, runner.scope) \
        or bool(view.facts.fact_labels(runner) & F.RECEIVED and _to_named_host(view, request))


def _called_around(view: FileView, request: int | None, runner: int | None) -> bool:
    """The runner's function, or one it is written in (not the file's top level), calls the request's."""
    callees, funcs = view.callees(), view.facts.funcs
    while runner is not None and request is not None:
        if request in callees.get(runner, ()):
            return True
        runner = funcs[runner].parent
    return False


def _handled_by(view: FileView, request: int | None, runner: int | None) -> bool:
    """The request's function (not the file's top level), or a callback written in it, calls the runner's function or
    one it is written in: `axios.get(u).catch((err) => errorHandler(err.response.data.cookie))`, with errorHandler
    compiling what it is given."""
    if request is None or runner is None:
        return False
    callees, funcs = view.callees(), view.facts.funcs
    around = set()
    while runner is not None:
        around.add(runner)
        runner = funcs[runner].parent
    if "written-in" not in view.derived:  # (each function's own: once per file)
        children: dict[int, list[int]] = {}
        for index, func in enumerate(funcs):
            if func.parent is not None:
                children.setdefault(func.parent, []).append(index)
        view.derived["written-in"] = children
    children = view.derived["written-in"]
    stack = [request]
    while stack:  # (the request's function and those written in it)
        scope = stack.pop()
        if around & callees.get(scope, set()):
            return True
        stack.extend(children.get(scope, ()))
    return False


def _to_named_host(view: FileView, request) -> bool:
    """The request's URL (its first argument; a request object's own, `xhr.send()`) names another host."""
    where = request.flows[0] if request.flows else request.receiver
    return where is not None and view.facts.graph.value(where) & F.REMOTE != 0


def _encloses(view: FileView, outer: int | None, inner: int | None) -> bool:
    """`inner` is `outer` or written inside it."""
    funcs = view.facts.funcs
    while inner is not None and inner != outer:
        inner = funcs[inner].parent
    return inner == outer
