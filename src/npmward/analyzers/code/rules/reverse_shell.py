from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from .. import patterns as P
from ..behaviours import executes, runs_whole_command
from ..program import Fact
from ..view import FileView
from . import rule

REVERSE_SHELL_SPAN = 10
"""Lines between the socket and the shell it feeds."""
SHELLS = ("sh", "bash", "cmd.exe", "cmd", "powershell.exe", "zsh")
SOCKETS = ("net.connect", "net.createConnection", "net.Socket", "new net.Socket", "tls.connect")
REPLS = ("repl.start", "node:repl.start")
"""Node's REPL: given a socket as its input and output, it evaluates what the other end sends."""
SERVERS = ("net.createServer", "tls.createServer")
"""A server's connections are sockets too: a shell piped to each is a bind shell (unless it listens on loopback)."""


@rule("reverse-shell", title="Socket wired to a shell",
      description="A TCP socket and a shell spawned within a few lines of it (the socket piped into the shell's "
                  "stdin, or given as its stdio: `stdio: [s, s, s]`), or a TCP server whose connections are so wired and that listens beyond this machine (a bind "
                  "shell); the same for a network tool's process (`ssh`, `nc`, `socat`) and a shell's started together with each one's output piped into the other's input; and a connection's socket piped into a shell spawned by name and the shell's output piped back into it, however far from the connect (a helper handed the socket), unless the socket is this machine's. A bundle with a socket in one module and `sh` in another is not wiring one to the other. "
                  "Also, wherever it is, a shell command line made whole of what a socket to another machine "
                  "received (`sock.on('message', (m) => exec(m.toString()))`), or what a headless browser printed of a page "
                  "(`chrome --headless --dump-dom <url>`), also as PowerShell's `-EncodedCommand`: critical when it runs at install, at load "
                  "or in code the application runs (what its exports, handlers and closures reach). And a Node REPL "
                  "(`repl.start({ input: sock, output: sock })`) served over a socket to a host the code names.",
      category="backdoor", consumes=("call", "new", "string", "text"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    facts = view.all
    received = next((f for f in view.executions() if runs_whole_command(f) and view.labels(f) & F.RECEIVED), None)
    served = None if received is not None else \
        next((f for f in view.of_kind("call") if f.value in REPLS and _remote_socket(view.labels(f))), None)
    remote = received or served
    if remote is not None:
        level = view.level(remote)
        # (in code the application runs: what its exports, handlers and closures reach, a logger whose first line opens
        # the connection whose data handler runs the commands)
        now = level in ("install", "entry") or view.run_by_app(remote)
        what = f"Runs, as a shell command, what another machine sent it (a socket's data, a response, a page a headless " \
               f"browser printed) ({remote.value}), " if received \
            else f"Serves a Node REPL ({remote.value}) over a socket to a host the code names: whoever is at the other end " \
                 "runs code on this machine, "
        yield view.finding("reverse-shell", S.CRITICAL if now else S.HIGH, C.HIGH if now else C.MEDIUM, "backdoor",
                           what + view.run_text(remote) + ".", remote, level)
        return
    sockets = [f for f in facts if f.value in SOCKETS or (f.kind == "new" and f.value == "net.Socket")
               or (f.kind == "call" and f.value in SERVERS and not _loopback_only(view))]
    shell_names = [f for f in facts if f.kind == "string" and f.value.split("/")[-1] in SHELLS]
    for socket in sockets:
        # (near in the source and in one behaviour: on a minified bundle's line an HTTP client's socket and a process
        # runner's `shell: true` are modules apart, eslint-plugin-turbo 2.11.9's undici and execa)
        near = [f for f in facts if abs(f.line - socket.line) <= REVERSE_SHELL_SPAN and view.related(f.scope, socket.scope)]
        spawn = next((f for f in near if executes(f)
                      and (any(a and a.split("/")[-1] in SHELLS for a in f.args)
                           or ((b".stdin" in view.text or _wired(view, f.line))
                               and any(abs(n.line - f.line) <= REVERSE_SHELL_SPAN for n in shell_names)))), None)
        if spawn is not None:
            yield view.finding("reverse-shell", S.CRITICAL, C.HIGH, "backdoor",
                               "Listens for TCP connections and spawns a shell for them: a bind shell."
                               if socket.value in SERVERS else "Opens a TCP socket and spawns a shell: a reverse shell.",
                               spawn, socket_line=socket.line)
            return
    wired = _socket_wired_shell(view, shell_names)
    if wired is not None:
        yield view.finding("reverse-shell", *view.unmistakable(wired), "backdoor",
                           "Pipes a network socket into a shell's input and the shell's output back into the socket: "
                           f"the shell is driven from the far end of the connection, a reverse shell, {view.run_text(wired)}.",
                           wired, view.level(wired))
        return
    piped = _piped_through_tool(view)
    if piped is not None:
        tool, shell = piped
        yield view.finding("reverse-shell", S.CRITICAL, C.HIGH, "backdoor",
                           f"Starts a shell and {tool.args[0]} and pipes each one's output into the other's input: the "
                           "shell is driven from the far end of the connection, a reverse shell.", shell, socket_line=tool.line)


NETWORK_TOOLS = ("ssh", "nc", "ncat", "netcat", "socat", "telnet", "openssl")
"""Programs whose output is what a remote host sent and whose input goes to it."""
CROSS_PIPE = re.compile(rb"([\w$]+)\.stdout\.pipe\(\s*([\w$]+)\.stdin\s*\)")
ASSIGNED = re.compile(r"([\w$]+)\s*=\s*(?:\(0,\s*)?[\w$.]*spawn\b")
"""The variable a process is kept in (`const sh = spawn('/bin/sh', ['-i'])`)."""


def _piped_through_tool(view: FileView) -> tuple[Fact, Fact] | None:
    """(tool, shell): a network tool's process and a shell's, started within a few lines of each other, whose outputs
    are piped into each other's inputs (`ssh.stdout.pipe(sh.stdin); sh.stdout.pipe(ssh.stdin)`): the socket is the
    tool's, the wiring the same as a socket's."""
    if b".stdout.pipe" not in view.text:
        return None
    pairs = {(m.group(1).decode(), m.group(2).decode()) for m in CROSS_PIPE.finditer(view.text)}
    crossed = {(a, b) for a, b in pairs if (b, a) in pairs}
    if not crossed:
        return None
    started = [(f, name) for f, name in _started(view) if f.args[:1] and f.args[0]]
    tools = [(f, name) for f, name in started if f.args[0].split("/")[-1] in NETWORK_TOOLS]
    shells = [(f, name) for f, name in started if f.args[0].split("/")[-1] in SHELLS]
    return next(((t, s) for t, tool in tools for s, shell in shells
                 if (tool, shell) in crossed and abs(t.line - s.line) <= REVERSE_SHELL_SPAN), None)


INTO_STDIN = re.compile(rb"([\w$]+)\.pipe\(\s*([\w$]+)\.stdin\s*\)")
"""A stream piped into a process's input (`socket.pipe(sh.stdin)`)."""


def _socket_wired_shell(view: FileView, shell_names: list[Fact]) -> Fact | None:
    """The call piping a shell's output into a socket (`sh.stdout.pipe(socket)`, the socket a connection's, however far
    from where it was opened: a helper given it as a parameter), when that socket is also piped into the shell's input
    and the shell was spawned by name (`spawn('/bin/sh', ['-i'])`, or a name on the spawn's line). Not a socket of this
    machine (a terminal served on loopback)."""
    if b".stdin" not in view.text or b".stdout.pipe" not in view.text:
        return None
    for m in INTO_STDIN.finditer(view.text):
        stream, process = m.group(1).decode(), m.group(2).decode()
        back = next((f for f in view.of_kind("call") if f.value == f"{process}.stdout.pipe"
                     and f.snippet is not None and stream in f.snippet and view.labels(f) & F.NET_HANDLE
                     and not view.labels(f) & F.LOOPBACK), None)
        if back is None:
            continue
        if any(name == process and (any(a and a.split("/")[-1] in SHELLS for a in spawn.args)
                                    or any(n.line == spawn.line for n in shell_names)) for spawn, name in _started(view)):
            return back
    return None


def _started(view: FileView) -> list[tuple[Fact, str]]:
    """(call, variable) for each process the file starts and keeps in a variable (`const sh = spawn(…)`)."""
    return [(f, m.group(1)) for f in view.executions() if (m := ASSIGNED.search(f.snippet or "")) is not None]


WIRED_STDIO = re.compile(rb"stdio\s*:\s*\[\s*([\w$]+)\s*,\s*\1\s*,\s*\1\s*\]")
"""`stdio: [s, s, s]`: one stream (the socket) as the process's input, output and errors."""


def _wired(view: FileView, line: int) -> bool:
    """The process started on `line` is given one stream as its stdio (`stdio: [s, s, s]`, in the options after it)."""
    # (the few `stdio: [s, s, s]` of the file, by line: not the file split into lines for every process it starts)
    return b"stdio" in view.text and any(0 <= view.text.count(b"\n", 0, m.start()) + 1 - line < REVERSE_SHELL_SPAN
                                         for m in WIRED_STDIO.finditer(view.text))


def _remote_socket(labels: int) -> bool:
    """A socket to another machine the code names (an IP, an out-of-band host, a host written in it), not this one."""
    return bool(labels & F.NET_HANDLE and labels & (F.RAW_IP | F.OOB_HOST | F.HOST_LITERAL) and not labels & F.LOOPBACK)


def _loopback_only(view: FileView) -> bool:
    """The file's servers listen on this machine only (`server.listen(port, '127.0.0.1')`): a local tool's."""
    return any(f.kind == "call" and f.value.endswith(".listen") and any(a and P.LOOPBACK.match(a) for a in f.args[1:2])
               for f in view.all)
