"""What the sandbox looks like from inside, built per run: the files of its tmpfs (persona /etc,
CA bundle, bait, the project and its harness, recon stand-ins), bubblewrap's mounts and environment,
each phase's command chain, and the packuments and tarballs the sink serves as the npm registry."""

from __future__ import annotations

import functools
import io
import json
import os
import shutil
import subprocess
import tarfile
from pathlib import Path
from typing import TYPE_CHECKING

from ..model import Artifact
from .deps import SandboxDeps, served_manifest
from .honeytokens import REGISTRY_HOST, Bait
from .observations import SYSCALLS

if TYPE_CHECKING:
    from .cgroups import Cgroup
    from .runner import SandboxLimits

INSIDE = Path(__file__).parent / "inside"
HARNESS = {"load": "npmward-load.js", "execute": "npmward-exercise.js"}
"""The sandbox project's own scripts, one per phase after install. Named so that no package's file is
mistaken for them: a package that runs the project's main (nodemon, pm2) starts the harness again."""
RECON_TOOLS = ("nslookup", "dig", "host", "hostname", "whoami")
HOST_ETC = ("os-release", "debian_version", "issue", "issue.net", "profile", "bash.bashrc", "inputrc", "ld.so.cache",
            "ld.so.conf", "ld.so.conf.d", "alternatives", "ssl/certs", "ssl/openssl.cnf", "protocols", "services",
            "shells", "login.defs", "mime.types", "gai.conf", "host.conf", "xattr.conf", "skel", "bindresvport.blacklist",
            "localtime.d", "profile.d", "environment.d", "fonts", "gss", "mke2fs.conf", "ethertypes")


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


def registry_documents(artifact: Artifact, target_tgz: str, target_integrity: str, deps: SandboxDeps) -> dict:
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


def tmpfs_files(bait: Bait, artifact: Artifact, limits: "SandboxLimits", ca_cert: bytes) -> tuple[list[dict], list[str], dict]:
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
    # The project's main is the load harness, so a tool that runs "the project" (nodemon, pm2) runs it.
    project = {"name": p.project.rsplit("/", 1)[-1], "version": "1.0.0", "private": True,
               "main": HARNESS["load"], "dependencies": {artifact.id.name: artifact.id.version}}
    harness = (INSIDE / "harness.js").read_text().replace("__PACKAGE__", artifact.id.name).replace(
        "__MAX_WAIT_MS__", str(int(limits.wait_seconds * 1000))).replace("__EXERCISE_SCRIPT__", HARNESS["execute"])
    files += [{"path": f"{p.project.lstrip('/')}/package.json", "content": json.dumps(project, indent=2) + "\n"},
              *({"path": f"{p.project.lstrip('/')}/{script}", "content": harness} for script in HARNESS.values()),
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


def bwrap_args(bait: Bait, fs: str) -> list[str]:
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


def phase_argv(command: list[str], trace: str, bwrap: list[str], limits: "SandboxLimits",
               cgroup: "Cgroup | None", host_uid: int | None) -> list[str]:
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
