"""The warden: npmward's own process that holds a sandbox run from outside.

`python -m npmward.sandbox.warden PLAN` is started by the runner with an empty environment. It
moves into its own mount and network namespaces (through a user namespace when not root), mounts the
size-limited tmpfs the sandbox writes to and plants the persona's files in it, starts the sinks on
the private network, and runs each phase's command (strace -> bubblewrap -> package code), cutting
it at its time limit or when its trace outgrows its cap. It prints one JSON document at the end.

Package code never runs in this process nor can reach it: the sandbox has its own pid namespace
(the warden is invisible to it), and the records (strace's output, the sink's events) are files
outside the sandbox's mount namespace.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from . import namespaces
from .sinks import Recorder, Registry, Sinks
from .tlsca import LeafIssuer
from .unpack import unpack


def plant(root: Path, plan: dict) -> bool:
    """Write the sandbox's files into the tmpfs (owned by the sandbox's host uid when root), and the
    project's node_modules when npm would run no code of the tree. True when it did the latter."""
    for d in plan["dirs"]:
        (root / d).mkdir(parents=True, exist_ok=True)
    for item in plan["files"]:
        dest = root / item["path"]
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(item["content"].encode("utf-8", "surrogateescape"))
        os.chmod(dest, item.get("mode", 0o644))
    unpacked = bool(plan.get("unpack")) and unpack(root / plan["project"], plan["unpack"], plan["registry"]["host"]) is None
    if os.geteuid() == 0 and plan["host_uid"] != 0:
        for dirpath, dirnames, filenames in os.walk(root):
            for name in [dirpath, *(os.path.join(dirpath, n) for n in dirnames + filenames)]:
                os.lchown(name, plan["host_uid"], plan["host_uid"])
    for d, mode in plan.get("modes", {}).items():
        os.chmod(root / d, mode)
    return unpacked


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except (OSError, ValueError):
        return []


def _stop(proc: subprocess.Popen) -> None:
    """Kill the sandbox's first process (under strace -> bubblewrap): the kernel then kills the rest
    of its pid namespace and bubblewrap and strace end normally, so the trace records the end.
    (Killing bubblewrap instead would leave its pid 1 a zombie nobody reaps, and strace waiting.)"""
    for stage in (0, 1):
        for outer in _children(proc.pid):
            for pid in (_children(outer) if stage == 0 else [outer]):
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
        try:
            proc.wait(timeout=5)
            return
        except subprocess.TimeoutExpired:
            continue
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def run_phase(phase: dict, cwd: str, output_cap: int, trace_cap: int) -> dict:
    start = time.time()
    proc = subprocess.Popen(phase["argv"], env={}, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, start_new_session=True, preexec_fn=namespaces.die_with_parent)
    out = bytearray()

    def drain() -> None:
        assert proc.stdout is not None
        for chunk in iter(lambda: proc.stdout.read(4096), b""):  # type: ignore[union-attr]
            if len(out) < output_cap:
                out.extend(chunk[: output_cap - len(out)])

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    stopped = None
    while proc.poll() is None:
        if time.time() - start > phase["timeout"]:
            stopped = "timeout"
        elif os.path.exists(phase["trace"]) and os.path.getsize(phase["trace"]) > trace_cap:
            stopped = "trace-flood"
        if stopped:
            _stop(proc)
            break
        time.sleep(0.05)
    reader.join(2)
    return {"name": phase["name"], "start": start, "end": time.time(), "exit_code": proc.returncode,
            "stopped": stopped, "output": out.decode("utf-8", "replace")}


def main(plan_path: str) -> int:
    plan = json.loads(Path(plan_path).read_text())
    events = open(plan["events"], "w", encoding="utf-8")  # opened here, outside every namespace
    as_root = os.geteuid() == 0
    namespaces.enter_namespaces(as_root)
    fs = Path(plan["fs"])
    namespaces.mount_tmpfs(str(fs), plan["disk_bytes"])
    start = time.time()
    unpacked = plant(fs, plan)
    installed = {"name": "install", "start": start, "end": time.time(), "exit_code": 0, "stopped": None, "output": "",
                 "unpacked": True}
    tap, net_note = namespaces.setup_network()
    record = Recorder(events, plan["secrets"], plan["events_cap"])
    issuer = LeafIssuer(plan["ca_cert"].encode(), plan["ca_key"].encode(), plan["workdir"])
    registry = Registry(plan["registry"]["host"], plan["registry"]["packuments"], plan["registry"]["tarballs"])
    sinks = Sinks(record, issuer, registry, bytes.fromhex(plan["salt"]))
    sinks.start()
    phases = []
    for phase in plan["phases"]:
        skip = unpacked and phase["name"] == "install"
        phases.append(installed if skip else run_phase(phase, str(fs), plan["output_cap"], plan["trace_cap"]))
    sinks.drain(3.0)
    space = os.statvfs(fs)
    disk_full = space.f_bavail * space.f_frsize < plan["disk_bytes"] // 100
    record.close()
    events.close()
    if tap is not None:
        tap.close()
    notes = [n for n in [net_note] if n] + [f"sink {e}" for e in sinks.errors]
    sys.stdout.write(json.dumps({"phases": phases, "notes": notes, "dropped": record.dropped,
                                "disk_full": disk_full}))
    sys.stdout.flush()
    return 0


def probe(tmp: str) -> int:
    """Everything a run needs, on `/usr/bin/true`: namespaces, tmpfs, network, strace, bubblewrap."""
    as_root = os.geteuid() == 0
    namespaces.enter_namespaces(as_root)
    namespaces.mount_tmpfs(tmp, 1 << 20)
    namespaces.setup_network()
    drop = ["/usr/bin/setpriv", "--reuid=1999999999", "--regid=1999999999", "--clear-groups", "--"] if as_root else []
    argv = ["/usr/bin/strace", "-f", "--seccomp-bpf", "-q", "-e", "trace=execve", "-o", "/dev/null", *drop,
            "/usr/bin/bwrap", "--unshare-user", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--disable-userns",
            "--as-pid-1", "--die-with-parent", "--cap-drop", "ALL", "--ro-bind", "/usr", "/usr",
            "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64", "--symlink", "usr/bin", "/bin",
            "--proc", "/proc", "--dev", "/dev", "--", "/usr/bin/true"]
    done = subprocess.run(argv, env={}, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    if done.returncode != 0:
        print(done.stderr.strip() or f"bubblewrap under strace failed (exit {done.returncode})", file=sys.stderr)
    return done.returncode


if __name__ == "__main__":
    sys.exit(probe(sys.argv[2]) if sys.argv[1] == "--probe" else main(sys.argv[1]))
