"""Run one package in the sandbox and return what it did: the driver around the warden.

Per run: a fresh persona with honeytokens, a fresh CA, a cgroup (memory, processes), a staging
directory outside the sandbox for the records. The warden (`warden.py`) holds the namespaces, the
tmpfs, the sinks and the phases; each phase is `strace` (outside the sandbox, writing to a file
the sandbox cannot see) -> the cgroup join and, as root, the drop to an unused unprivileged uid ->
`bwrap` (user, pid, ipc, uts namespaces; the warden's network; --as-pid-1) -> the package manager
or the harness. The host environment never reaches any of them.
"""

from __future__ import annotations

import functools
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import NpmwardError
from ..model import Artifact
from . import namespaces
from .deps import SandboxDeps, unpack_plan
from .honeytokens import Bait, make_bait
from .layout import HARNESS, bwrap_args, pack_artifact, phase_argv, registry_documents, tmpfs_files
from .observations import Interest, Observation, PhaseResult, Process, parse_strace, sink_observation

PHASES = ("install", "load", "execute")
TOOLS = {"bwrap": "bubblewrap", "strace": "strace", "node": "nodejs", "npm": "npm", "setpriv": "util-linux",
         "prlimit": "util-linux"}
class SandboxError(NpmwardError):
    """The sandbox cannot run here (bwrap/strace missing, user namespaces forbidden) or failed."""


@dataclass(frozen=True)
class SandboxLimits:
    """Resource limits of one sandbox run."""

    install_seconds: float = 120.0
    """Wall-clock limit of the install phase (native builds take a while); the sandbox is killed at it."""
    phase_seconds: float = 30.0
    """Wall-clock limit of the load and execute phases."""
    wait_seconds: float = 2.5
    """How long the harness leaves pending work (sockets, timers) to run after loading or calling."""
    memory_mb: int = 2048
    """Memory of the whole run (cgroup); without a cgroup, address space per process."""
    processes: int = 256
    """Processes of the whole run (cgroup pids.max; without a cgroup, RLIMIT_NPROC)."""
    disk_mb: int = 1024
    """Size of the tmpfs that holds everything the sandbox can write (home, project, /tmp, /var)."""
    trace_mb: int = 256
    """A phase whose strace record outgrows this is stopped (a flood of traced calls)."""
    events_mb: int = 32
    """Bytes of sink events kept in full; past it only events carrying a planted value are kept."""
    output_bytes: int = 256 * 1024
    """Phase stdout/stderr kept."""


@dataclass(frozen=True)
class SandboxRun:
    """Everything one sandbox run saw."""

    bait: Bait
    phases: tuple[PhaseResult, ...]
    observations: tuple[Observation, ...]
    """All observations, ordered by time (the timeline)."""
    processes: tuple[Process, ...] = ()
    """Every process each phase started, with its parent, command line and actor."""
    incidents: tuple[str, ...] = ()
    """What went wrong in a way the package may have caused: `evidence-lost: ...` (a record is
    incomplete), `limit: memory|processes|disk`, `trace-flood: <phase>`, `sink-flood: <counts>`."""
    notes: tuple[str, ...] = ()
    """What limited the run (dependencies not provided, no cgroup, a failed install)."""
    package_dir: str = ""
    """Where the package was installed inside the sandbox."""

    def timeline(self) -> dict[str, list[dict]]:
        out: dict[str, list[dict]] = {p.name: [] for p in self.phases}
        for o in self.observations:
            out.setdefault(o.phase, []).append(o.to_dict())
        return out


def _warden(*args: str) -> list[str]:
    return [sys.executable, "-s", "-m", "npmward.sandbox.warden", *args]


def _warden_env() -> dict[str, str]:
    """Nothing of the caller's environment: only what Python needs to find npmward."""
    return {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "PYTHONPATH": str(Path(__file__).resolve().parents[2])}


@functools.lru_cache(maxsize=1)
def available() -> str | None:
    """None when sandboxes can run here, else why not (what to install or allow)."""
    for tool, package in TOOLS.items():
        if shutil.which(tool) is None:
            return f"the sandbox needs `{tool}`: install the `{package}` package (apt-get install {package})"
    with tempfile.TemporaryDirectory(prefix="npmward-probe-") as tmp:
        probe = subprocess.run(_warden("--probe", tmp), capture_output=True, text=True, env=_warden_env(),
                               stdin=subprocess.DEVNULL, timeout=60)
    if probe.returncode != 0:
        return ("the sandbox cannot run here (" + (probe.stderr.strip().splitlines() or [f"exit {probe.returncode}"])[-1]
                + "). User namespaces must be allowed: `sysctl kernel.unprivileged_userns_clone=1`, and on Ubuntu "
                "23.10+ `sysctl kernel.apparmor_restrict_unprivileged_userns=0` (or an AppArmor profile for bwrap); "
                "in a container, run it with user namespaces permitted (e.g. a seccomp profile allowing unshare/clone).")
    return None


def check_sandbox() -> None:
    """Raise SandboxError saying what to install or change when sandboxes cannot run here."""
    reason = available()
    if reason:
        raise SandboxError(reason)


def run(artifact: Artifact, deps: SandboxDeps = SandboxDeps(), limits: SandboxLimits = SandboxLimits()) -> SandboxRun:
    """Install, load and execute `artifact` in a fresh sandbox (npm resolving `deps` from the sink's
    offline registry); return what it did. Raises SandboxError when the sandbox cannot run here
    or npmward itself failed; what the package caused is in the run, never an exception."""
    from . import cgroups

    check_sandbox()
    from ..package import sri_sha512

    bait = make_bait()
    notes = list(deps.notes)
    stage = tempfile.mkdtemp(prefix="npmward-sandbox-")
    cgroup, cgroup_note = cgroups.create(limits.memory_mb << 20, limits.processes)
    if cgroup_note:
        notes.append(cgroup_note)
    try:
        as_root = os.geteuid() == 0
        host_uid = 1_900_000_000 + secrets.randbelow(10_000_000) if as_root else None
        os.chmod(stage, 0o711)  # the unprivileged sandbox uid reaches fs/ through it, lists nothing
        target = os.path.join(stage, "target.tgz")
        data = pack_artifact(artifact) if not deps.target else Path(deps.target).read_bytes()
        Path(target).write_bytes(data)
        from .tlsca import make_ca

        ca_cert, ca_key = make_ca()
        files, dirs, modes = tmpfs_files(bait, artifact, limits, ca_cert)
        fs = os.path.join(stage, "fs")
        os.mkdir(fs)
        bwrap = bwrap_args(bait, fs)
        commands = {"install": ["npm", "install"], "load": ["node", HARNESS["load"]], "execute": ["node", HARNESS["execute"]]}
        phases = [{"name": ph, "trace": os.path.join(stage, f"{ph}.strace"),
                   "timeout": limits.install_seconds if ph == "install" else limits.phase_seconds} for ph in PHASES]
        for ph in phases:
            ph["argv"] = phase_argv(commands[ph["name"]], ph["trace"], bwrap, limits, cgroup, host_uid)
        plan = {"fs": fs, "workdir": stage, "events": os.path.join(stage, "events.jsonl"), "host_uid": host_uid or 0,
                "disk_bytes": limits.disk_mb << 20, "files": files, "dirs": dirs, "modes": modes,
                "secrets": bait.secrets_by_name(), "ca_cert": ca_cert.decode(), "ca_key": ca_key.decode(),
                "registry": registry_documents(artifact, target, sri_sha512(data), deps), "salt": secrets.token_hex(8),
                "unpack": unpack_plan(artifact, target, sri_sha512(data), deps), "project": bait.project.lstrip("/"),
                "phases": phases, "output_cap": limits.output_bytes, "trace_cap": limits.trace_mb << 20,
                "events_cap": limits.events_mb << 20}
        plan_path = os.path.join(stage, "plan.json")
        with open(os.open(plan_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as fh:
            json.dump(plan, fh)
        budget = limits.install_seconds + 2 * limits.phase_seconds + 60
        try:
            proc = subprocess.run(_warden(plan_path), capture_output=True, env=_warden_env(), stdin=subprocess.DEVNULL,
                                  timeout=budget, cwd=stage, preexec_fn=namespaces.die_with_parent)
        except subprocess.TimeoutExpired as exc:
            raise SandboxError(f"{artifact.id}: the sandbox's warden did not finish within {budget:.0f} s") from exc
        return _collect(proc, bait, stage, phases, artifact, cgroup, notes)
    finally:
        if cgroup is not None:
            cgroup.remove()
        shutil.rmtree(stage, ignore_errors=True)


def _collect(proc: subprocess.CompletedProcess, bait: Bait, stage: str, plan_phases: list[dict], artifact: Artifact,
             cgroup, notes: list[str]) -> SandboxRun:
    stderr = proc.stderr.decode("utf-8", "replace")
    incidents: list[str] = []
    try:
        doc = json.loads(proc.stdout) if proc.stdout else None
    except ValueError:
        doc = None
    if doc is None:
        if proc.returncode > 0 and "Traceback" in stderr:
            raise SandboxError(f"{artifact.id}: npmward's sandbox warden failed: {stderr.strip()[-600:]}")
        # Nothing in the sandbox can see or signal the warden; if it died anyway, what it held is lost.
        incidents.append(f"evidence-lost: the sandbox's warden ended without its record (exit {proc.returncode})")
        doc = {"phases": [], "notes": [], "dropped": {}}
    interest = Interest(bait.home, bait.project, bait.token_files)
    phases: list[PhaseResult] = []
    observations: list[Observation] = []
    processes: list[Process] = []
    for ph in doc["phases"]:
        if ph.get("unpacked"):  # npm would have run no package code: the warden laid the tree out
            phases.append(PhaseResult(ph["name"], ph["start"], ph["end"], 0, None, "", None, unpacked=True))
            continue
        path = os.path.join(stage, f"{ph['name']}.strace")
        trace = parse_strace(ph["name"], lambda path=path: _lines(path), interest) if os.path.exists(path) else None
        if trace is None or trace.root_pid is None:
            raise SandboxError(f"{artifact.id}: the sandbox did not start the {ph['name']} phase: "
                               f"{ph['output'].strip()[-400:] or 'no output'}")
        if not trace.complete:
            incidents.append(f"evidence-lost: the {ph['name']} trace ends before the phase did")
        if trace.fork_refused and "limit: processes" not in incidents:
            incidents.append("limit: processes")
        if ph["stopped"] == "trace-flood":
            incidents.append(f"trace-flood: {ph['name']}")
        observations += trace.observations
        processes += trace.processes
        phases.append(PhaseResult(ph["name"], ph["start"], ph["end"], ph["exit_code"], ph["stopped"], ph["output"],
                                  trace.root_pid))
    if len(phases) < len(plan_phases) and not any(i.startswith("evidence-lost") for i in incidents):
        incidents.append("evidence-lost: not every phase has a record")
    for event in _events(os.path.join(stage, "events.jsonl")):
        if event["kind"] == "sink-summary":
            continue
        ts = float(event.get("start") or event["ts"])
        phase = next((p.name for p in reversed(phases) if p.start <= ts), phases[0].name if phases else "install")
        observations.append(sink_observation(phase, event))
    if doc.get("dropped"):
        incidents.append("sink-flood: " + ", ".join(f"{n} {k} events not kept" for k, n in sorted(doc["dropped"].items())))
    if cgroup is not None:
        incidents += [f"limit: {what}" for what in cgroup.incidents() if f"limit: {what}" not in incidents]
    if doc.get("disk_full"):
        incidents.append("limit: disk")
    observations.sort(key=lambda o: o.ts)
    notes += doc.get("notes", [])
    install = next((ph for ph in phases if ph.name == "install"), None)
    if install is not None and install.exit_code != 0:
        tail = re.sub(r"\s+", " ", install.output.strip()[-300:])
        notes.append(f"npm install ended with exit code {install.exit_code}"
                     + (f" ({install.stopped})" if install.stopped else "") + f": {tail}")
    return SandboxRun(bait, tuple(phases), tuple(observations), tuple(processes), tuple(incidents), tuple(notes),
                      f"{bait.project}/node_modules/{artifact.id.name}")


def _lines(path: str):
    with open(path, encoding="utf-8", errors="replace") as fh:
        yield from fh


def _events(path: str):
    try:
        fh = open(path, encoding="utf-8")
    except OSError:
        return
    with fh:
        for line in fh:
            try:
                yield json.loads(line)
            except ValueError:
                continue  # a line cut by a dying warden

