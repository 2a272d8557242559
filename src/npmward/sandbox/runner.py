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
import io
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import NpmwardError
from ..model import Artifact
from .deps import SandboxDeps, served_manifest
from .honeytokens import REGISTRY_HOST, Bait, make_bait
from .observations import SYSCALLS, Interest, Observation, PhaseResult, Process, parse_strace, sink_observation

INSIDE = Path(__file__).parent / "inside"
PHASES = ("install", "load", "execute")
TOOLS = {"bwrap": "bubblewrap", "strace": "strace", "node": "nodejs", "npm": "npm", "setpriv": "util-linux",
         "prlimit": "util-linux"}
RECON_TOOLS = ("nslookup", "dig", "host", "hostname", "whoami")
HOST_ETC = ("os-release", "debian_version", "issue", "issue.net", "profile", "bash.bashrc", "inputrc", "ld.so.cache",
            "ld.so.conf", "ld.so.conf.d", "alternatives", "ssl/certs", "ssl/openssl.cnf", "protocols", "services",
            "shells", "login.defs", "mime.types", "gai.conf", "host.conf", "xattr.conf", "skel", "bindresvport.blacklist",
            "localtime.d", "profile.d", "environment.d", "fonts", "gss", "mke2fs.conf", "ethertypes")


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


@functools.lru_cache(maxsize=1)
def _node_info() -> tuple[str, int]:
    """(node version without `v`, node-gyp's installVersion) of the node and npm the sandbox runs."""
    version = subprocess.run([shutil.which("node") or "node", "--version"], capture_output=True, text=True,
                             env={"PATH": "/usr/bin:/bin"}).stdout.strip().lstrip("v")
    install_version = 11
    npm = shutil.which("npm")
    if npm:
        gyp = Path(os.path.realpath(npm)).parents[1] / "node_modules" / "node-gyp" / "package.json"
        try:
            install_version = int(json.loads(gyp.read_text()).get("installVersion", 11))
        except (OSError, ValueError):
            pass
    return version, install_version


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


def pack_artifact(artifact: Artifact) -> bytes:
    """A tarball (`package/` prefix, as npm expects) of the artifact's files."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for name, data in sorted(artifact.files.items()):
            info = tarfile.TarInfo("package/" + name)
            info.size, info.mtime = len(data), 0
            info.mode = 0o755 if data.startswith(b"#!") else 0o644
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def _tarball_path(name: str, version: str) -> str:
    return f"/{name}/-/{name.split('/')[-1]}-{version}.tgz"


def _registry(artifact: Artifact, target_tgz: str, target_integrity: str, deps: SandboxDeps) -> dict:
    """The packuments and tarballs the sink serves as the npm registry."""
    from ..semver import compare

    docs: dict[str, dict] = {}
    tarballs: dict[str, str] = {}
    entries = [(p.name, p.version, dict(p.manifest), p.integrity, p.tarball) for p in deps.packages]
    own = served_manifest(artifact.manifest, has_binding_gyp="binding.gyp" in artifact.files)
    entries.append((artifact.id.name, artifact.id.version, {**own, "name": artifact.id.name, "version": artifact.id.version},
                    target_integrity, target_tgz))
    for name, version, manifest, integrity, path in entries:
        url = _tarball_path(name, version)
        manifest["dist"] = {"tarball": f"https://{REGISTRY_HOST}{url}", **({"integrity": integrity} if integrity else {})}
        doc = docs.setdefault(name, {"_id": name, "name": name, "dist-tags": {}, "versions": {}})
        doc["versions"][version] = manifest
        if path:
            tarballs[url] = path
    for doc in docs.values():
        versions = list(doc["versions"])
        latest = versions[0]
        for v in versions[1:]:
            try:
                latest = v if compare(v, latest) > 0 else latest
            except ValueError:
                pass
        doc["dist-tags"]["latest"] = latest
    return {"host": REGISTRY_HOST, "packuments": docs, "tarballs": tarballs}


def _files(bait: Bait, artifact: Artifact, limits: SandboxLimits, ca_cert: bytes) -> tuple[list[dict], list[str], dict]:
    """(files, dirs, modes) of the tmpfs: persona /etc, CA bundle, bait, project, stand-ins."""
    p = bait.persona
    node_version, gyp_version = _node_info()
    gyp_dir = f"{p.home}/.cache/node-gyp/{node_version}"
    files = [{"path": f"etc/{name}", "content": text} for name, text in p.etc.items()]
    try:
        bundle = Path("/etc/ssl/certs/ca-certificates.crt").read_text()
    except OSError:
        bundle = ""
    files.append({"path": "etc/ca-certificates.crt", "content": bundle + ca_cert.decode()})
    for path, content in bait.files.items():
        private = any(s in path for s in ("/.ssh/id_", "/.aws/credentials", "/.npmrc", "/.docker/config.json"))
        files.append({"path": path.lstrip("/"), "content": content, "mode": 0o600 if private else 0o644})
    project = {"name": p.project.rsplit("/", 1)[-1], "version": "1.0.0", "private": True,
               "dependencies": {artifact.id.name: artifact.id.version}}
    harness = (INSIDE / "harness.js").read_text().replace("__PACKAGE__", artifact.id.name).replace(
        "__MAX_WAIT_MS__", str(int(limits.wait_seconds * 1000)))
    files += [{"path": f"{p.project.lstrip('/')}/package.json", "content": json.dumps(project, indent=2) + "\n"},
              {"path": f"{p.project.lstrip('/')}/index.js", "content": harness},
              {"path": f"{p.project.lstrip('/')}/test.js", "content": harness},
              {"path": f"{gyp_dir.lstrip('/')}/installVersion", "content": f"{gyp_version}\n"}]
    recon = (INSIDE / "recon-tools.sh").read_text()
    for tool in RECON_TOOLS:
        if not any(os.path.exists(f"/usr/{d}/{tool}") for d in ("bin", "sbin")):
            files.append({"path": f"standins/{tool}", "content": recon, "mode": 0o755})
    dirs = ["standins", "tmp", "var/tmp", "var/cache", "var/log", "var/lib", "var/spool", "run/lock",
            f"{gyp_dir.lstrip('/')}/include/node", f"{p.home.lstrip('/')}/.npm", f"{p.home.lstrip('/')}/.local/bin"]
    if p.kind == "laptop":
        dirs.append(f"run/user/{p.uid}")
    modes = {"tmp": 0o1777, "var/tmp": 0o1777, p.home.lstrip("/"): 0o750, f"{p.home.lstrip('/')}/.ssh": 0o700}
    return files, dirs, modes


def _bwrap_args(bait: Bait, fs: str) -> list[str]:
    p = bait.persona
    node_version, _ = _node_info()
    args = ["--unshare-user", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try", "--disable-userns",
            "--uid", str(p.uid), "--gid", str(p.uid), "--hostname", p.hostname,
            "--as-pid-1", "--die-with-parent", "--new-session", "--cap-drop", "ALL",
            "--ro-bind", "/usr", "/usr", "--symlink", "usr/bin", "/bin", "--symlink", "usr/sbin", "/sbin",
            "--symlink", "usr/lib", "/lib"]
    if os.path.isdir("/usr/lib64"):
        args += ["--symlink", "usr/lib64", "/lib64"]
    # Host configuration under /usr (npm's global npmrc, locally installed tools) stays outside.
    args += ["--size", str(8 << 20), "--tmpfs", "/usr/local", "--ro-bind", f"{fs}/standins", "/usr/local/bin"]
    if os.path.isdir("/usr/etc"):
        args += ["--size", str(1 << 20), "--tmpfs", "/usr/etc"]
    args += ["--proc", "/proc", "--dev", "/dev", "--dir", "/etc"]
    for name in HOST_ETC:
        args += ["--ro-bind-try", f"/etc/{name}", f"/etc/{name}"]
    for name in p.etc:
        args += ["--ro-bind", f"{fs}/etc/{name}", f"/etc/{name}"]
    args += ["--ro-bind", f"{fs}/etc/ca-certificates.crt", "/etc/ssl/certs/ca-certificates.crt",
             "--symlink", f"/usr/share/zoneinfo/{p.etc['timezone'].strip()}", "/etc/localtime",
             "--symlink", "../proc/self/mounts", "/etc/mtab"]
    for top in sorted({path.lstrip("/").split("/")[0] for path in bait.files} | {"tmp", "var", "run", "home"}):
        args += ["--bind", f"{fs}/{top}", f"/{top}"]
    args += ["--perms", "0700", "--dir", "/root", "--dir", "/opt", "--dir", "/srv", "--dir", "/mnt", "--dir", "/media",
             "--ro-bind-try", "/sys/devices/system/cpu", "/sys/devices/system/cpu"]
    if os.path.isdir("/usr/include/node"):
        args += ["--ro-bind", "/usr/include/node", f"{p.home}/.cache/node-gyp/{node_version}/include/node"]
    env = {**bait.env, "PWD": p.project, "NODE_EXTRA_CA_CERTS": "/etc/ssl/certs/ca-certificates.crt",
           "SSL_CERT_FILE": "/etc/ssl/certs/ca-certificates.crt", "REQUESTS_CA_BUNDLE": "/etc/ssl/certs/ca-certificates.crt"}
    args += ["--chdir", p.project, "--clearenv"]
    for key, value in env.items():
        args += ["--setenv", key, value]
    return args


def _phase_argv(name: str, command: list[str], trace: str, bwrap: list[str], limits: SandboxLimits,
                cgroup, host_uid: int | None) -> list[str]:
    argv = [shutil.which("strace") or "strace", "-f", "--seccomp-bpf", "--pidns-translation", "-q", "-ttt", "-s", "2048", "-e", "signal=!SIGCHLD",
            "-e", f"trace={SYSCALLS}", "-o", trace]
    if cgroup is not None:
        join = " && ".join(f'echo 0 > "${i + 1}"' for i in range(len(cgroup.procs_files)))
        argv += ["/bin/sh", "-c", f'{join} && shift {len(cgroup.procs_files)} && exec "$@"', "sh", *cgroup.procs_files]
    if host_uid is not None:
        argv += [shutil.which("setpriv") or "setpriv", f"--reuid={host_uid}", f"--regid={host_uid}", "--clear-groups",
                 "--bounding-set=-all", "--inh-caps=-all", "--"]
    argv += [shutil.which("prlimit") or "prlimit", "--core=0"]
    if cgroup is None:
        # Writable private memory per process (RLIMIT_DATA): unlike RLIMIT_AS it leaves node its large
        # address-space reservations.
        argv += [f"--nproc={limits.processes}", f"--data={limits.memory_mb << 20}"]
    argv += ["--", shutil.which("bwrap") or "bwrap", *bwrap, "--", *command]
    return argv


def run(artifact: Artifact, deps: SandboxDeps = SandboxDeps(), limits: SandboxLimits = SandboxLimits()) -> SandboxRun:
    """Install, load and execute `artifact` in a fresh sandbox (npm resolving `deps` from the sink's
    offline registry); return what it did. Raises SandboxError when the sandbox cannot run here
    or npmward itself failed; what the package caused is in the run, never an exception."""
    from . import cgroups

    check_sandbox()
    from ..package import sri_sha512

    bait = make_bait()
    p = bait.persona
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
        files, dirs, modes = _files(bait, artifact, limits, ca_cert)
        fs = os.path.join(stage, "fs")
        os.mkdir(fs)
        bwrap = _bwrap_args(bait, fs)
        commands = {"install": ["npm", "install"], "load": ["node", "index.js"], "execute": ["node", "test.js"]}
        phases = [{"name": ph, "trace": os.path.join(stage, f"{ph}.strace"),
                   "timeout": limits.install_seconds if ph == "install" else limits.phase_seconds} for ph in PHASES]
        for ph in phases:
            ph["argv"] = _phase_argv(ph["name"], commands[ph["name"]], ph["trace"], bwrap, limits, cgroup, host_uid)
        plan = {"fs": fs, "workdir": stage, "events": os.path.join(stage, "events.jsonl"), "host_uid": host_uid or 0,
                "disk_bytes": limits.disk_mb << 20, "files": files, "dirs": dirs, "modes": modes,
                "secrets": bait.secrets_by_name(), "ca_cert": ca_cert.decode(), "ca_key": ca_key.decode(),
                "registry": _registry(artifact, target, sri_sha512(data), deps), "salt": secrets.token_hex(8),
                "phases": phases, "output_cap": limits.output_bytes, "trace_cap": limits.trace_mb << 20,
                "events_cap": limits.events_mb << 20}
        plan_path = os.path.join(stage, "plan.json")
        with open(os.open(plan_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as fh:
            json.dump(plan, fh)
        budget = limits.install_seconds + 2 * limits.phase_seconds + 60
        try:
            proc = subprocess.run(_warden(plan_path), capture_output=True, env=_warden_env(), stdin=subprocess.DEVNULL,
                                  timeout=budget, cwd=stage)
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
        path = os.path.join(stage, f"{ph['name']}.strace")
        trace = parse_strace(ph["name"], lambda: _lines(path), interest) if os.path.exists(path) else None
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

