"""Run a command and measure its wall time and the peak RSS of its whole process tree.

`/usr/bin/time -v` reports the largest single process, not the sum over the worker processes of a
parallel scan, so the tree is polled from /proc instead (no psutil needed).
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass(frozen=True)
class Measured:
    """One measured run."""

    seconds: float
    """Wall time from start to exit."""
    peak_rss_mb: float
    """Peak of the summed RSS of the process and all its descendants (MiB), sampled every 20 ms.
    Pages a forked worker shares copy-on-write with its parent count once per process."""
    returncode: int
    stdout: str
    stderr: str
    cpu_seconds: float = 0.0
    """User + system CPU time of the process and all its descendants (orphaned ones too, see
    `_adopt_orphans`): unlike the wall time, it hardly grows when other work shares the cores."""


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(ppid, []).append(int(entry))
    return tree


def _tree_rss(root: int) -> int:
    tree, total, todo = _children(), 0, [root]
    while todo:
        pid = todo.pop()
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
        except (OSError, IndexError, ValueError):
            pass
        todo.extend(tree.get(pid, ()))
    return total


def _adopt_orphans() -> None:
    """Make this process the reaper of its descendants' orphans (Linux `PR_SET_CHILD_SUBREAPER`).
    A fork server's workers are children of the fork server, which nobody waits for: without this
    their CPU time would never reach `RUSAGE_CHILDREN` and the tree's CPU would be undercounted."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        pass


def _reap_orphans() -> None:
    """Wait for every adopted orphan (they end when the measured process has gone)."""
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def run(cmd: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None) -> Measured:
    _adopt_orphans()
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=cwd)
    peak = 0
    done = threading.Event()

    def poll() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            done.wait(0.02)

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    stdout, stderr = proc.communicate()
    seconds = time.perf_counter() - start
    done.set()
    poller.join()
    _reap_orphans()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return Measured(seconds, peak / 2**20, proc.returncode, stdout, stderr, cpu)


def npmward() -> str:
    """The `npmward` console script of the interpreter running the benchmark (a worktree's venv), i.e.
    the command a user runs, from the same install whose library the benchmark imports; not
    whichever `npmward` comes first on PATH."""
    beside = Path(sys.executable).with_name("npmward")
    return str(beside) if beside.is_file() else shutil.which("npmward") or sys.exit("npmward is not installed (pip install -e .)")


def machine() -> str:
    """`nproc`, memory and CPU model, for the report."""
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), "unknown")
    mem_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal"))
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    # The machine is shared; the load average says how much else was running when we measured.
    return f"{os.cpu_count()} cores (`nproc`), {mem_kb / 2**20:.0f} GiB RAM, CPU: {cpu}, load average at start {load}"


def commit(repo: Path = Path(__file__).resolve().parents[1]) -> str:
    """The npmward measured: the last commit that changed src/ (bench-only commits do not change
    results), marked `+dirty-src` when src/ has uncommitted changes."""
    git = ["git", "-C", str(repo)]
    head = subprocess.run([*git, "log", "-1", "--format=%h", "--", "src"], capture_output=True, text=True)
    dirty = subprocess.run([*git, "status", "--porcelain", "--", "src"], capture_output=True, text=True)
    return head.stdout.strip() + ("+dirty-src" if dirty.stdout.strip() else "")


def replace_section(doc: Path, name: str, body: str, title: str = "# npmward benchmarks\n") -> None:
    """Replace the block between `<!-- name:start -->` and `<!-- name:end -->` (appended if absent), so
    each benchmark rewrites only its own section of docs/benchmarks.md."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    text = doc.read_text(encoding="utf-8") if doc.exists() else title
    block = f"{start}\n{body.rstrip()}\n{end}"
    if start in text and end in text:
        head, rest = text.split(start, 1)
        text = head + block + rest.split(end, 1)[1]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    doc.parent.mkdir(parents=True, exist_ok=True)
    doc.write_text(text, encoding="utf-8")
