"""What the sandbox saw, as data: strace's record of one phase turned into processes (who started
whom, as the package manager or as the package) and observations (execs, sensitive reads, writes,
connections, signals), plus the sink's events.

A phase's record is complete only if it holds the end of the phase's first process: a trace that
stops before it was cut short, which the analyzer treats as lost evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping

SYSCALLS = ("execve,execveat,clone,clone3,fork,vfork,open,openat,openat2,creat,connect,sendto,unlink,unlinkat,"
            "rename,renameat,renameat2,chmod,fchmodat,symlink,symlinkat,link,linkat,kill,ptrace")
SETUP = {"sh", "dash", "setpriv", "prlimit", "bwrap"}
"""npmward's own chain before the sandbox's first process (cgroup join, uid drop, limits, bubblewrap)."""
MAX_OBSERVATIONS = 20_000


@dataclass(frozen=True)
class Observation:
    """One thing that happened in the sandbox."""

    phase: str
    """`install`, `load` or `execute`."""
    ts: float
    """Unix time (seconds) it happened."""
    kind: str
    """`exec`, `open`, `write`, `delete`, `rename`, `chmod`, `connect`, `kill`, `ptrace`, `dns`, `http`,
    `tls`, `tcp`, `websocket`."""
    pid: int | None
    """The process (inside the sandbox's pid namespace's view of strace); None for sink events."""
    summary: str
    """One line for the timeline (`exec curl -d @- http://x.example`)."""
    data: Mapping[str, Any] = field(default_factory=dict)
    """Kind-specific fields: argv, path, flags, address, port, result, name, host, body, ..."""
    actor: str = "package"
    """`npm` (the package manager itself) or `package` (lifecycle scripts and the package's code)."""

    def to_dict(self) -> dict[str, Any]:
        return {"phase": self.phase, "ts": round(self.ts, 3), "kind": self.kind, "pid": self.pid, "actor": self.actor,
                "summary": self.summary, **({"data": dict(self.data)} if self.data else {})}


@dataclass(frozen=True)
class Process:
    """One process the phase started."""

    pid: int
    ppid: int | None
    phase: str
    argv: tuple[str, ...]
    """Its last successful exec (empty for a fork that never exec'd)."""
    actor: str
    exit: str = ""
    """`exit N`, `killed by SIGNAME`, or empty when the trace ended first."""
    left_running: bool = False
    """Still alive when the phase's first process ended: killed with the sandbox, not by itself."""


@dataclass(frozen=True)
class PhaseTrace:
    observations: tuple[Observation, ...]
    processes: tuple[Process, ...]
    root_pid: int | None
    complete: bool
    """The trace records the end of the phase's first process."""
    dropped: int = 0
    """Uninteresting events left out past MAX_OBSERVATIONS."""
    fork_refused: int = 0
    """fork/clone calls the kernel refused for lack of processes (EAGAIN): the process limit was hit."""


@dataclass(frozen=True)
class PhaseResult:
    """How one phase ended."""

    name: str
    start: float
    end: float
    exit_code: int | None
    stopped: str | None
    """`timeout` or `trace-flood` when npmward cut the phase, else None."""
    output: str
    """Its stdout+stderr, capped."""
    root_pid: int | None = None
    """The phase's first process (npm in the install phase)."""
    unpacked: bool = False
    """An install phase npmward did itself, without npm: no package of the tree has an install hook
    (see unpack.py), so no process ran and nothing was traced."""

    @property
    def timed_out(self) -> bool:
        return self.stopped == "timeout"


_LINE = re.compile(r"^(\d+)\s+(\d+\.\d+)\s+(\w+)\((.*)\)\s+=\s+(-?\d+|\?|0x[0-9a-f]+)"
                   r"(?: /\* (\d+) in strace's PID NS \*/)?(?:\s+(\w+))?")
_RESUMED = re.compile(r"^(\d+)\s+(\d+\.\d+)\s+<\.\.\. (\w+) resumed>(.*)$")
_UNFINISHED = re.compile(r"^(\d+)\s+(\d+\.\d+)\s+(\w+)\((.*) <unfinished \.\.\.>$")
_END = re.compile(r"^(\d+)\s+(\d+\.\d+)\s+\+\+\+ (?:exited with (\d+)|killed by (\w+)(?: \(core dumped\))?) \+\+\+$")
_STR = re.compile(r'"((?:[^"\\]|\\.)*)"')
_WRITE_FLAGS = ("O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC", "O_APPEND")


def _unescape(text: str) -> str:
    return text.encode("latin-1", "backslashreplace").decode("unicode_escape", "replace")


def strace_events(lines: Iterable[str]) -> Iterable[tuple]:
    """(pid, ts, syscall, args, result, errno) per completed call, joining unfinished/resumed
    halves; (pid, ts, "+++", exit_code|None, signal|None) per process end."""
    pending: dict[int, tuple[str, str]] = {}
    for line in lines:
        line = line.rstrip("\n")
        m = _UNFINISHED.match(line)
        if m:
            pending[int(m[1])] = (m[3], m[4])
            continue
        m = _RESUMED.match(line)
        if m and int(m[1]) in pending:
            name, head = pending.pop(int(m[1]))
            line = f"{m[1]} {m[2]} {name}({head}{m[4]}"
        m = _LINE.match(line)
        if m:
            # Return values of clone are pids of the sandbox's namespace; strace adds the host's.
            yield int(m[1]), float(m[2]), m[3], m[4], m[6] or m[5], m[7] or ""
            continue
        m = _END.match(line)
        if m:
            yield int(m[1]), float(m[2]), "+++", int(m[3]) if m[3] is not None else None, m[4]


def is_package_manager(argv: Iterable[str]) -> bool:
    return any(a.endswith(("/npm", "/npx", "npm-cli.js", "npx-cli.js")) or a in ("npm", "npx") for a in list(argv)[:2])


class _Parser:
    def __init__(self, phase: str, interesting: "Interest"):
        self.phase, self.interest = phase, interesting
        self.leader: dict[int, int] = {}
        """thread id -> its process (events are attributed to processes)."""
        self.parent: dict[int, int] = {}
        self.argv: dict[int, tuple[str, ...]] = {}
        self.actor: dict[int, str] = {}
        self.exits: dict[int, tuple[float, str]] = {}
        self.fork_refused = 0
        self.killed: set[int] = set()
        """Host pids the sandbox's own processes sent SIGKILL to."""
        self.bwrap: int | None = None
        self.root: int | None = None
        self.root_start = 0.0
        self.obs: list[Observation] = []
        self.dropped = 0

    def inside(self, pid: int) -> bool:
        seen = 0
        while pid is not None and seen < 4096:
            if pid == self.root:
                return True
            pid, seen = self.parent.get(pid), seen + 1  # type: ignore[assignment]
        return False

    def add(self, o: Observation, important: bool) -> None:
        if important or len(self.obs) < MAX_OBSERVATIONS:
            self.obs.append(o)
        else:
            self.dropped += 1

    def learn(self, event: tuple) -> None:
        """First pass: who started whom, and how each process ended. (A vfork'ed child's exec is
        written before its parent's clone returns, so the tree must be known before the events.)"""
        tid, ts, call = event[0], event[1], event[2]
        pid = self.leader.setdefault(tid, tid)
        if call == "+++":
            if tid == pid:
                code, sig = event[3], event[4]
                self.exits[pid] = (ts, f"killed by {sig}" if sig else f"exit {code}")
        elif call in ("clone", "clone3", "fork", "vfork") and event[4].isdigit():
            child = int(event[4])
            thread = "CLONE_THREAD" in event[3]
            self.leader[child] = pid if thread else child
            if not thread:
                self.parent[child] = pid

    def feed(self, event: tuple) -> None:  # noqa: C901 - one branch per traced system call
        tid, ts, call = event[0], event[1], event[2]
        pid = self.leader.get(tid, tid)
        if call == "+++":
            return
        args, result, errno = event[3], event[4], event[5]
        if call in ("clone", "clone3", "fork", "vfork"):
            if result.isdigit() and "CLONE_THREAD" not in args:
                self.actor[int(result)] = self.actor.get(pid, "package")
            elif errno == "EAGAIN" and self.root is not None and self.inside(pid):
                self.fork_refused += 1
            return
        ok = result != "?" and not result.startswith("-")
        strings = [_unescape(s) for s in _STR.findall(args)]
        if call in ("execve", "execveat"):
            if not ok:
                return
            argv = tuple(strings[1:] if len(strings) > 1 else strings)
            prog = (strings[0] if strings else "").rsplit("/", 1)[-1]
            if self.root is None:
                if prog == "bwrap" and self.bwrap is None:
                    self.bwrap = pid
                elif self.bwrap is not None and pid != self.bwrap and prog not in SETUP:
                    self.root, self.root_start = pid, ts
                if self.root != pid:
                    return
            elif not self.inside(pid):
                return
            self.argv[pid] = argv
            root_is_npm = self.phase == "install" and pid == self.root
            self.actor[pid] = "npm" if root_is_npm or (self.phase == "install" and is_package_manager(argv)) else "package"
            self.add(Observation(self.phase, ts, "exec", pid, "exec " + " ".join(argv)[:300],
                                 {"path": strings[0] if strings else "", "argv": list(argv[:64])}, self.actor[pid]), True)
            return
        if self.root is None or not self.inside(pid):
            return
        actor = self.actor.get(pid, "package")
        if call in ("open", "openat", "openat2", "creat") and strings:
            path = strings[0]
            write = call == "creat" or any(f in args for f in _WRITE_FLAGS)
            kind = "write" if write else "open"
            level = self.interest.of(kind, path)
            if level:
                self.add(Observation(self.phase, ts, kind, pid, f"{kind} {path}" + ("" if ok else f" ({errno})"),
                                     {"path": path, "ok": ok, "errno": errno}, actor), level > 1)
        elif call == "connect":
            if 'sun_path="' in args or "AF_UNIX" in args:
                return  # local IPC (nscd, dbus): not network
            addr = re.search(r'inet_pton\(AF_INET6?, "([^"]+)"\)|inet_addr\("([^"]+)"\)', args)
            if not addr:
                return
            host = addr[1] or addr[2]
            port = re.search(r"sin6?_port=htons\((\d+)\)", args)
            target = f"{host}:{port[1] if port else '?'}"
            ok = ok or errno == "EINPROGRESS"
            self.add(Observation(self.phase, ts, "connect", pid, f"connect {target}" + ("" if ok else f" ({errno})"),
                                 {"address": host, "port": int(port[1]) if port else None, "ok": ok, "errno": errno},
                                 actor), True)
        elif call in ("unlink", "unlinkat", "rename", "renameat", "renameat2", "chmod", "fchmodat",
                      "symlink", "symlinkat", "link", "linkat") and strings and ok:
            kind = {"unl": "delete", "ren": "rename", "chm": "chmod", "fch": "chmod"}.get(call[:3], "write")
            path = strings[-1]
            level = self.interest.of("write", path)
            if level:
                summary = f"{kind} {path}" if len(strings) < 2 else f"{kind} {strings[0]} -> {path}"
                self.add(Observation(self.phase, ts, kind, pid, summary, {"path": path, "from": strings[0], "ok": True},
                                     actor), level > 1)
        elif call in ("kill", "ptrace"):
            first = args.split(",", 1)[0].strip()
            target = re.match(r"-?\d+ /\* (\d+) in strace's PID NS \*/, SIGKILL", args)
            if target:
                self.killed.add(int(target[1]))
            first = first.split(" ", 1)[0]
            self.add(Observation(self.phase, ts, call, pid, f"{call}({args[:80]}) = {result}",
                                 {"target": first, "args": args[:200], "ok": ok}, actor), True)

    def result(self) -> PhaseTrace:
        root_end = self.exits.get(self.root or -1, (None, ""))[0]
        processes = []
        for pid, argv in self.argv.items():
            how = self.exits.get(pid, (None, ""))[1]
            # Killed by SIGKILL that no process of the sandbox sent: the kernel, tearing down the pid
            # namespace when the phase's first process ended (strace's timestamps are too coarse to order).
            left = pid != self.root and root_end is not None and how == "killed by SIGKILL" and pid not in self.killed
            ppid = self.parent.get(pid) if pid != self.root else None
            processes.append(Process(pid, ppid, self.phase, argv, self.actor.get(pid, "package"), how, left))
        return PhaseTrace(tuple(self.obs), tuple(processes), self.root, root_end is not None, self.dropped,
                          self.fork_refused)


class Interest:
    """Which opens and writes are worth keeping: sensitive reads anywhere, writes outside the places
    npm and builds write to. 2: always kept; 1: kept while under the cap; 0: dropped."""

    def __init__(self, home: str, project: str, token_files: Iterable[str]):
        self.home, self.project, self.tokens = home, project, frozenset(token_files)
        self.quiet_writes = (f"{project}/node_modules/", f"{home}/.npm/", f"{home}/.cache/node-gyp/", "/dev/null",
                             "/dev/tty", "/proc/self/", "/dev/pts/", f"{project}/package-lock.json",
                             f"{project}/package.json")

    def of(self, kind: str, path: str) -> int:
        if path in self.tokens:
            return 2
        if kind == "write":
            return 0 if path.startswith(self.quiet_writes) or not path.startswith("/") else 2
        if re.match(r"^/proc/(\d+|self|thread-self)/(environ|cmdline|status|maps|mem|root|fd)", path) and \
                not path.startswith(("/proc/self/status", "/proc/self/maps", "/proc/thread-self/")):
            return 2
        if path.startswith(("/etc/shadow", "/etc/ssl/private", "/root", "/var/run/secrets", "/run/secrets",
                            "/etc/ssh/", "/etc/sudoers")):
            return 2
        if path.startswith(self.home + "/.") and not path.startswith((f"{self.home}/.npm", f"{self.home}/.cache/node-gyp",
                                                                      f"{self.home}/.npmrc")):
            return 2
        if path in ("/etc/passwd", "/etc/hostname", "/etc/machine-id", f"{self.home}/.npmrc"):
            return 1
        return 0


def parse_strace(phase: str, lines: Callable[[], Iterable[str]], interest: Interest) -> PhaseTrace:
    """The processes and observations of one phase's strace log (`strace -f -ttt`), read twice
    through `lines()` (a file can be too large to hold)."""
    parser = _Parser(phase, interest)
    for event in strace_events(lines()):
        parser.learn(event)
    for event in strace_events(lines()):
        parser.feed(event)
    return parser.result()


def sink_observation(phase: str, event: Mapping[str, Any]) -> Observation:
    kind = event["kind"]
    where = f"{event.get('dst')}:{event.get('port')}"
    if kind == "dns":
        summary = f"dns query {event.get('name')} ({event.get('qtype')})"
    elif kind == "http":
        scheme = "https" if event.get("tls") else "http"
        summary = (f"{scheme} {event.get('method')} {event.get('host')}{event.get('path')}"
                   f" ({event.get('size', 0)} bytes body) -> {event.get('status', 101)}")
    elif kind == "tls":
        summary = f"tls to {event.get('sni') or where} refused the run's certificate ({event.get('error', '')[:60]})"
    elif kind == "websocket":
        summary = f"websocket message to {event.get('host')}{event.get('path')}: {event.get('size', 0)} bytes"
    else:
        summary = f"{'tls' if event.get('tls') else 'tcp'} to {event.get('sni') or where}: {event.get('size', 0)} bytes"
    data = {k: v for k, v in event.items() if k not in ("kind", "ts")}
    return Observation(phase, float(event.get("start") or event["ts"]), kind, None, summary, data, "network")
