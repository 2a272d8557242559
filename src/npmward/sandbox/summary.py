"""What the sandbox saw, for people: a small, bounded summary of one run (processes, sensitive files
read, files written, DNS, connections, requests, leaks, incidents) that reports render.

Every planted value is replaced by `<honeytoken:name>`: fake as they are, tokens are never printed
(scanners and people would take them for real ones).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any, Iterable

from .runner import SandboxRun

LIMIT = 30
"""Entries kept per list; `more` says how many were left out."""


def redact(value: Any, run: SandboxRun) -> Any:
    """`value` (JSON-serialisable) with every planted value replaced by `<honeytoken:name>`."""
    text = json.dumps(value)
    for name, secret in run.bait.secrets_by_name().items():
        if len(secret) >= 6 and name not in ("user-name",):
            text = text.replace(json.dumps(secret)[1:-1], f"<honeytoken:{name}>")
    return json.loads(text)


def _bounded(items: Iterable[dict], more: dict[str, int], key: str) -> list[dict]:
    out = []
    for item in items:
        if len(out) < LIMIT:
            out.append(item)
        else:
            more[key] = more.get(key, 0) + 1
    return out


def dns_names(run: SandboxRun) -> dict[str, str]:
    """Address -> the name the sink's resolver answered with it."""
    return {o.data["answer"]: o.data.get("name") or "" for o in run.observations if o.kind == "dns" and o.data.get("answer")}


def summarize(run: SandboxRun, leaks: Iterable[dict] = ()) -> dict[str, Any]:
    """The run's key events, at most LIMIT per list. `leaks` are the analyzer's
    {token, channel, phase, encoding} for each planted value seen leaving."""
    more: dict[str, int] = {}
    names = dns_names(run)
    processes = sorted(run.processes, key=lambda p: (p.actor == "npm", not p.left_running))
    dns = Counter((o.phase, o.data.get("name") or "?") for o in run.observations if o.kind == "dns")
    requests = [o for o in run.observations if o.kind in ("http", "websocket", "tcp", "tls")]
    summary = {
        "persona": {"kind": run.bait.persona.kind, "hostname": run.bait.persona.hostname, "user": run.bait.user},
        "phases": [{"name": p.name, "exit_code": p.exit_code, "stopped": p.stopped, "seconds": round(p.end - p.start, 2),
                    **({"unpacked": True} if p.unpacked else {})} for p in run.phases],
        "processes": _bounded(({"phase": p.phase, "pid": p.pid, "ppid": p.ppid, "actor": p.actor,
                                "command": " ".join(p.argv)[:200], "exit": p.exit, "left_running": p.left_running}
                               for p in processes), more, "processes"),
        "files_read": _bounded(({"phase": o.phase, "actor": o.actor, "path": o.data["path"], "ok": o.data.get("ok")}
                                for o in run.observations if o.kind == "open"), more, "files_read"),
        "files_written": _bounded(({"phase": o.phase, "actor": o.actor, "kind": o.kind, "path": o.data.get("path")}
                                   for o in run.observations if o.kind in ("write", "delete", "rename", "chmod")),
                                  more, "files_written"),
        "dns": _bounded(({"phase": phase, "name": name, "count": n} for (phase, name), n in dns.items()), more, "dns"),
        "connections": _bounded(({"phase": o.phase, "actor": o.actor, "address": o.data.get("address"),
                                  "port": o.data.get("port"), "name": names.get(o.data.get("address") or ""),
                                  "ok": o.data.get("ok")}
                                 for o in run.observations if o.kind == "connect" and o.data.get("port") != 53),
                                more, "connections"),
        "requests": _bounded(({"phase": o.phase, "kind": o.kind, "summary": o.summary[:200],
                               "registry": bool(o.data.get("registry"))}
                              for o in requests if not o.data.get("registry")), more, "requests"),
        "registry_requests": sum(1 for o in requests if o.data.get("registry")),
        "leaks": list(leaks),
        "incidents": list(run.incidents),
        "notes": list(run.notes),
        "more": more,
    }
    return redact(summary, run)
