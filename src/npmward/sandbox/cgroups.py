"""One control group per sandbox run, capping the memory and the number of processes of everything
the package starts, across all phases (cgroup v2, or the v1 `memory` and `pids` hierarchies).

Creating one needs write access to a cgroup: root has it; an unprivileged user has it only where the
system delegates a subtree (systemd `Delegate=yes`). Without it the run falls back to per-process
rlimits and says so in its notes.
"""

from __future__ import annotations

import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Cgroup:
    """The control group(s) of one run."""

    dirs: tuple[str, ...]
    """One directory (v2) or one per v1 controller (memory, pids)."""
    version: int

    @property
    def procs_files(self) -> tuple[str, ...]:
        """Where a process writes `0` to move itself in."""
        return tuple(f"{d}/cgroup.procs" for d in self.dirs)

    def incidents(self) -> list[str]:
        """Limits the run reached: `memory` (the kernel killed a process for it), `processes`."""
        found = []
        for d in self.dirs:
            memory = _read_kv(f"{d}/memory.events" if self.version == 2 else f"{d}/memory.oom_control")
            if memory.get("oom_kill", 0) > 0:
                found.append("memory")
            if _read_kv(f"{d}/pids.events").get("max", 0) > 0:
                found.append("processes")
        return sorted(set(found))

    def remove(self) -> None:
        for d in self.dirs:
            for _ in range(40):  # the last killed processes may take a moment to leave it
                try:
                    os.rmdir(d)
                    break
                except FileNotFoundError:
                    break
                except OSError:
                    time.sleep(0.05)


def _read_kv(path: str) -> dict[str, int]:
    try:
        lines = Path(path).read_text().splitlines()
    except OSError:
        return {}
    out = {}
    for line in lines:
        key, _, value = line.partition(" ")
        if value.strip().isdigit():
            out[key] = int(value)
    return out


def _mounts() -> dict[str, str]:
    """cgroup mount point per v1 controller, and `v2` -> the cgroup2 mount point."""
    out: dict[str, str] = {}
    try:
        lines = Path("/proc/self/mountinfo").read_text().splitlines()
    except OSError:
        return out
    for line in lines:
        left, _, right = line.partition(" - ")
        fields, rfields = left.split(), right.split()
        if len(rfields) < 3 or len(fields) < 5:
            continue
        if rfields[0] == "cgroup2":
            out.setdefault("v2", fields[4])
        elif rfields[0] == "cgroup":
            for opt in rfields[2].split(","):
                if opt in ("memory", "pids"):
                    out[opt] = fields[4]
    return out


def _own_paths() -> dict[str, str]:
    """This process's cgroup path per v1 controller, and `v2` -> its v2 path."""
    out: dict[str, str] = {}
    for line in Path("/proc/self/cgroup").read_text().splitlines():
        _, controllers, path = line.split(":", 2)
        if controllers == "":
            out["v2"] = path
        for c in controllers.split(","):
            out[c] = path
    return out


def _write(path: str, value: str) -> None:
    with open(path, "w") as fh:
        fh.write(value)


def create(memory_bytes: int, processes: int) -> tuple[Cgroup | None, str | None]:
    """A fresh cgroup with the limits, or (None, why not)."""
    name = f"npmward-sandbox-{secrets.token_hex(6)}"
    try:
        mounts, own = _mounts(), _own_paths()
    except OSError as exc:
        return None, f"no cgroups ({exc})"
    errors = []
    if "memory" in mounts and "pids" in mounts:
        made: list[str] = []
        try:
            for controller in ("memory", "pids"):
                d = os.path.join(mounts[controller], own.get(controller, "/").lstrip("/"), name)
                os.mkdir(d)
                made.append(d)
            _write(f"{made[0]}/memory.limit_in_bytes", str(memory_bytes))
            if os.path.exists(f"{made[0]}/memory.memsw.limit_in_bytes"):
                _write(f"{made[0]}/memory.memsw.limit_in_bytes", str(memory_bytes))
            _write(f"{made[1]}/pids.max", str(processes))
            return Cgroup(tuple(made), 1), None
        except OSError as exc:
            errors.append(f"v1: {exc.strerror or exc}")
            Cgroup(tuple(made), 1).remove()
    if "v2" in mounts and "v2" in own:
        parent = os.path.join(mounts["v2"], own["v2"].lstrip("/"))
        d = os.path.join(parent, name)
        try:
            enabled = Path(parent, "cgroup.subtree_control").read_text().split()
            if not {"memory", "pids"} <= set(enabled):
                _write(f"{parent}/cgroup.subtree_control", "+memory +pids")
            os.mkdir(d)
            _write(f"{d}/memory.max", str(memory_bytes))
            if os.path.exists(f"{d}/memory.swap.max"):
                _write(f"{d}/memory.swap.max", "0")
            _write(f"{d}/pids.max", str(processes))
            return Cgroup((d,), 2), None
        except OSError as exc:
            errors.append(f"v2: {exc.strerror or exc}")
            Cgroup((d,), 2).remove()
    why = "; ".join(errors) or "no memory and pids controllers mounted"
    return None, (f"no cgroup for the run ({why}): memory and process limits are per process (rlimits), "
                  "not for the run as a whole")
