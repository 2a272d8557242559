"""Benchmark: import of the ~215,000-record synthetic OSV export, and `npmward audit` of a ~2,000
package lockfile with a warm database.

    python bench/make_synthetic_osv.py          # once: $NPMWARD_BENCH_DATA/osv-npm-all.zip
    python bench/audit_bench.py [--lockfile-dir DIR]

Import: `npmward db import` in a child process, wall time and peak RSS (getrusage of children).
Audit: `npmward audit` in a child process (start-up included), after one warm-up run. When the
lockfile readers (`npmward.lockfiles`) are not available, the audit is timed in-process through
`audit_graph` on a graph read from the shrinkwrap's `packages` map (stated in the output).
Targets: import < 60 s and < 500 MB; audit < 2 s.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import DATA, SHARED

FIXTURE_REGISTRY = "https://registry.npm.example/"
DEFAULT_PROJECT = SHARED / "fixtures" / "lockfiles" / "npm-shrinkwrap" / "firebase-tools"


def _child(cmd: list[str], env: dict[str, str]) -> tuple[float, float, subprocess.CompletedProcess]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux; max over children so far
    return wall, max(peak, before) / 1024, proc


def _fallback_graph(project: Path):
    """Only when npmward.lockfiles is missing: the `packages` map of a package-lock v2/v3."""
    from npmward.model import DependencyGraph, LockedPackage

    lock = next(p for p in (project / "npm-shrinkwrap.json", project / "package-lock.json") if p.exists())
    data = json.loads(lock.read_text())
    packages = []
    for path, entry in data["packages"].items():
        if not path or "version" not in entry:
            continue
        name = entry.get("name") or path.rsplit("node_modules/", 1)[-1]
        packages.append(LockedPackage(name=name, version=entry["version"], resolved=entry.get("resolved"),
                                      integrity=entry.get("integrity"), dev=bool(entry.get("dev")),
                                      optional=bool(entry.get("optional")), paths=((f"{name}@{entry['version']}",),)))
    return DependencyGraph(lockfile=str(lock), format="package-lock", root=data.get("name", ""), packages=tuple(packages))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--zip", type=Path, default=DATA / "osv-npm-all.zip")
    parser.add_argument("--project", type=Path, default=DEFAULT_PROJECT)
    args = parser.parse_args()
    if not args.zip.exists():
        sys.exit(f"{args.zip} not found: run bench/make_synthetic_osv.py first")
    cache = Path(tempfile.mkdtemp(prefix="npmward-bench-"))
    # The fixtures write the public registry's host as registry.npm.example: configure it as the
    # registry, or every package would be reported as resolved from an unexpected host.
    env = {**os.environ, "NPMWARD_CACHE_DIR": str(cache), "npm_config_registry": FIXTURE_REGISTRY}
    try:
        run(args, cache, env)
    finally:
        shutil.rmtree(cache, ignore_errors=True)


def run(args: argparse.Namespace, cache: Path, env: dict[str, str]) -> None:
    npmward = [sys.executable, "-m", "npmward"]

    wall, rss, proc = _child([*npmward, "db", "import", str(args.zip)], env)
    if proc.returncode != 0:
        sys.exit(f"import failed: {proc.stderr}")
    print(f"db import: {wall:.1f} s wall, peak RSS {rss:.0f} MB, "
          f"database {(cache / 'advisories.sqlite').stat().st_size / 1e6:.0f} MB")
    print("  " + " | ".join(line.strip() for line in proc.stdout.splitlines() if ":" in line))

    try:
        from npmward.lockfiles import read_lockfile  # noqa: F401
        have_readers = True
    except ImportError:
        have_readers = False
    if have_readers:
        _child([*npmward, "audit", str(args.project), "--format", "json", "--fail-on", "never"], env)  # warm-up
        runs = [_child([*npmward, "audit", str(args.project), "--format", "json", "--fail-on", "never"], env)
                for _ in range(3)]
        for _, _, proc in runs:
            if proc.returncode != 0:
                sys.exit(f"audit failed ({proc.returncode}): {proc.stderr}")
        report = json.loads(runs[-1][2].stdout)
        count = len(report["packages"])
        best = min(r[0] for r in runs)
        print(f"npmward audit {args.project.name}: {count} packages, best of 3 {best:.2f} s (process start included)")
    else:
        from npmward.advisories import AdvisoryDB
        from npmward.audit import audit_graph
        from npmward.registry import NpmConfig
        from npmward.settings import Settings

        graph = _fallback_graph(args.project)
        settings = Settings(cache_dir=cache)
        times = []
        for _ in range(3):
            start = time.perf_counter()
            with AdvisoryDB.open(cache) as db:
                report = audit_graph(graph, settings, db, NpmConfig(registry=FIXTURE_REGISTRY))
            times.append(time.perf_counter() - start)
        found = sum(1 for p in report.packages if any(f.category in ("vulnerability", "malware") for f in p.findings))
        print(f"audit_graph {args.project.name} (fallback reader: npmward.lockfiles not available): "
              f"{len(report.packages)} packages, {found} with advisory findings, best of 3 {min(times):.2f} s")


if __name__ == "__main__":
    main()
