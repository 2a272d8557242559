"""Run one package in a bubblewrap sandbox: stage the bait and the tarball, start the supervisor
inside (sinks + phases under strace), and return what it observed as a timeline.

Package code runs only inside `bwrap --unshare-all` (user, mount, pid, net, uts, ipc, cgroup
namespaces): the network namespace holds only loopback, where npmward's sinks listen.
"""

from __future__ import annotations

import io
import json
import os
import secrets
import shutil
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import dnslib

from ..errors import NpmwardError
from ..model import Artifact
from .honeytokens import Bait, make_bait
from .observations import SYSCALLS, Observation, PhaseResult, parse_strace, sink_observation

INSIDE = Path(__file__).parent / "inside"
PHASES = ("install", "load", "execute")


class SandboxError(NpmwardError):
    """The sandbox cannot run here (bwrap/strace missing, user namespaces forbidden) or failed."""


@dataclass(frozen=True)
class SandboxLimits:
    """Resource limits of one sandbox run."""

    phase_seconds: float = 30.0
    """Wall-clock limit per phase; the whole process tree is killed when it is reached."""
    memory_kb: int = 4 * 1024 * 1024
    """Virtual memory per process (`ulimit -v`; node reserves a lot of address space)."""
    processes: int = 256
    """Processes of the sandbox user (`ulimit -u`)."""
    file_kb: int = 256 * 1024
    """Largest file a process may write (`ulimit -f`)."""
    output_bytes: int = 256 * 1024
    """Phase stdout/stderr kept."""


@dataclass(frozen=True)
class SandboxRun:
    """Everything one sandbox run saw."""

    bait: Bait
    phases: tuple[PhaseResult, ...]
    observations: tuple[Observation, ...]
    """All observations, ordered by time (the timeline)."""
    notes: tuple[str, ...] = ()
    """What limited the run (e.g. dependencies that could not be provided)."""
    package_dir: str = ""
    """Where the package was installed inside the sandbox."""

    def timeline(self) -> dict[str, list[dict]]:
        out: dict[str, list[dict]] = {p.name: [] for p in self.phases}
        for o in self.observations:
            out.setdefault(o.phase, []).append(o.to_dict())
        return out


def check_sandbox() -> None:
    """Raise SandboxError saying what to install or change when bwrap cannot create a sandbox here."""
    for tool, package in (("bwrap", "bubblewrap"), ("strace", "strace"), ("node", "nodejs"), ("npm", "npm"),
                          ("setpriv", "util-linux")):
        if shutil.which(tool) is None:
            raise SandboxError(f"the sandbox needs `{tool}`: install the `{package}` package (apt-get install {package})")
    probe = subprocess.run(["bwrap", "--unshare-all", "--uid", "1000", "--ro-bind", "/usr", "/usr",
                            "--symlink", "usr/bin", "/bin", "--symlink", "usr/lib", "/lib",
                            "--symlink", "usr/lib64", "/lib64", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        raise SandboxError(
            "bubblewrap cannot create a sandbox here (" + (probe.stderr.strip() or f"exit {probe.returncode}") + "). "
            "User namespaces must be allowed: `sysctl kernel.unprivileged_userns_clone=1`, and on Ubuntu 23.10+ "
            "`sysctl kernel.apparmor_restrict_unprivileged_userns=0` (or an AppArmor profile for bwrap); "
            "in a container, run it with user namespaces permitted (e.g. a seccomp profile allowing unshare/clone).")


def _etc_files(bait: Bait, hostname: str) -> dict[str, str]:
    return {
        "passwd": f"root:x:0:0:root:/root:/bin/sh\n{bait.user}:x:1000:1000:{bait.user}:{bait.home}:/bin/bash\n",
        "group": f"root:x:0:\n{bait.user}:x:1000:\n",
        "hosts": f"127.0.0.1 localhost {hostname}\n::1 localhost\n",
        "resolv.conf": "nameserver 127.0.0.1\noptions timeout:1 attempts:1\n",
        "nsswitch.conf": "passwd: files\ngroup: files\nhosts: files dns\n",
        "hostname": hostname + "\n",
    }


def _write_tree(root: Path, files: dict[str, str]) -> None:
    for path, content in files.items():
        dest = root / path.lstrip("/")
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(content, encoding="utf-8")


def pack_artifact(artifact: Artifact) -> bytes:
    """A tarball (`package/` prefix, as npm expects) of the artifact's files."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for name, data in sorted(artifact.files.items()):
            info = tarfile.TarInfo("package/" + name)
            info.size, info.mode, info.mtime = len(data), 0o644, 0
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def run_sandbox(artifact: Artifact, tarball: bytes | None = None, deps: dict[str, bytes] | None = None,
                limits: SandboxLimits = SandboxLimits(), notes: tuple[str, ...] = ()) -> SandboxRun:
    """Install, load and execute `artifact` inside a fresh sandbox; return what it did.

    `deps` maps dependency names to their tarballs (fetched beforehand); they are installed from
    local files, so the sandbox needs no network.
    """
    check_sandbox()
    bait = make_bait()
    hostname = "ws-" + secrets.token_hex(3)
    name = artifact.id.name
    with tempfile.TemporaryDirectory(prefix="npmward-sandbox-") as tmp:
        stage = Path(tmp)
        home, etc, pkgs, trace = stage / "home", stage / "etc", stage / "pkgs", stage / "trace"
        for d in (home, etc, pkgs, trace):
            d.mkdir()
        _write_tree(home, {p[len(bait.home):]: c for p, c in bait.files.items()})
        _write_tree(etc, _etc_files(bait, hostname))
        (pkgs / "target.tgz").write_bytes(tarball if tarball is not None else pack_artifact(artifact))
        project_deps = {name: "file:/pkgs/target.tgz"}
        overrides = {}
        for i, (dep, data) in enumerate(sorted((deps or {}).items())):
            (pkgs / f"dep{i}.tgz").write_bytes(data)
            overrides[dep] = f"file:/pkgs/dep{i}.tgz"
        project = {"name": "app", "version": "1.0.0", "private": True, "dependencies": project_deps}
        if overrides:
            project["dependencies"].update(overrides)
            project["overrides"] = overrides
        (home / "app" / "package.json").write_text(json.dumps(project, indent=2))
        os.chmod(trace, 0o777)

        env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": bait.home, "USER": bait.user, "LOGNAME": bait.user,
               "SHELL": "/bin/bash", "LANG": "C.UTF-8", "TERM": "xterm", "npm_config_update_notifier": "false",
               "npm_config_audit": "false", "npm_config_fund": "false", "npm_config_offline": "true",
               "npm_config_cache": f"{bait.home}/.npm",
               # node-gyp builds against the installed headers instead of downloading them.
               "npm_config_nodedir": "/usr", **bait.env}
        pkg_dir = f"{bait.project}/node_modules/{name}"
        harness = "/opt/npmward/harness.js"
        argv = {"install": ["npm", "install", "--no-package-lock", "--loglevel", "warn"],
                "load": ["node", harness, pkg_dir, "load"],
                "execute": ["node", harness, pkg_dir, "execute"]}
        plan = {"trace_dir": "/npmward-trace", "syscalls": SYSCALLS, "result_fd": 1,
                "limits": {"memory_kb": limits.memory_kb, "processes": limits.processes,
                           "file_kb": limits.file_kb, "output_bytes": limits.output_bytes},
                "phases": [{"name": ph, "argv": argv[ph], "cwd": bait.project, "env": env,
                            "timeout": limits.phase_seconds} for ph in PHASES]}
        (stage / "plan.json").write_text(json.dumps(plan))
        cmd = ["bwrap", "--unshare-all", "--unshare-user", "--die-with-parent", "--new-session", "--uid", "1000", "--gid", "1000",
               "--hostname", hostname, "--cap-add", "CAP_NET_ADMIN",  # only to open ports < 1024 in its own netns; phases drop all caps
              
               "--ro-bind", "/usr", "/usr", "--symlink", "usr/bin", "/bin", "--symlink", "usr/sbin", "/sbin",
               "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64",
               "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp", "--dir", "/etc",
               "--ro-bind-try", "/etc/ssl", "/etc/ssl", "--ro-bind-try", "/etc/ca-certificates", "/etc/ca-certificates",
               "--ro-bind-try", "/etc/alternatives", "/etc/alternatives", "--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache"]
        for f in _etc_files(bait, hostname):
            cmd += ["--ro-bind", str(etc / f), f"/etc/{f}"]
        cmd += ["--bind", str(home), bait.home, "--ro-bind", str(pkgs), "/pkgs", "--bind", str(trace), "/npmward-trace",
                "--ro-bind", str(INSIDE), "/opt/npmward", "--ro-bind", str(Path(dnslib.__file__).parent), "/opt/npmward-py/dnslib",
                "--ro-bind", str(stage / "plan.json"), "/opt/plan.json", "--chdir", bait.project,
                "--clearenv", "--setenv", "PATH", "/usr/bin:/bin", "--setenv", "PYTHONPATH", "/opt/npmward-py",
                "--setenv", "PYTHONDONTWRITEBYTECODE", "1",
                "/usr/bin/python3", "/opt/npmward/supervisor.py", "/opt/plan.json"]
        budget = limits.phase_seconds * len(PHASES) + 30
        try:
            proc = subprocess.run(cmd, capture_output=True, timeout=budget, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired as exc:
            raise SandboxError(f"{artifact.id}: the sandbox did not finish within {budget:.0f} s") from exc
        if proc.returncode != 0 or not proc.stdout:
            raise SandboxError(f"{artifact.id}: the sandbox failed (exit {proc.returncode}): "
                               f"{proc.stderr.decode('utf-8', 'replace').strip()[-500:]}")
        try:
            doc = json.loads(proc.stdout)
        except ValueError as exc:
            raise SandboxError(f"{artifact.id}: unreadable sandbox result: {exc}") from exc
        return _collect(doc, trace, bait, pkg_dir, notes)


def _collect(doc: dict, trace: Path, bait: Bait, pkg_dir: str, notes: tuple[str, ...]) -> SandboxRun:
    phases: list[PhaseResult] = []
    observations: list[Observation] = []
    for ph in doc["phases"]:
        log = trace / f"{ph['name']}.strace"
        text = log.read_text("utf-8", "replace") if log.is_file() else ""
        obs, root = parse_strace(ph["name"], text)
        observations += obs
        phases.append(PhaseResult(ph["name"], ph["start"], ph["end"], ph["exit_code"], ph["timed_out"],
                                  ph["output"], root, tuple(ph.get("killed") or ())))
    for event in doc["sink"]:
        phase = next((p.name for p in reversed(phases) if p.start <= event["ts"]), phases[0].name)
        observations.append(sink_observation(phase, event))
    observations.sort(key=lambda o: o.ts)
    install = phases[0]
    if install.exit_code != 0:
        notes = notes + (f"npm install ended with exit code {install.exit_code}"
                         + (" (timed out)" if install.timed_out else "") + ": " + install.output.strip()[-300:],)
    return SandboxRun(bait, tuple(phases), tuple(observations), notes, pkg_dir)
