"""Benchmark: `npmward monitor run` over 100 projects made from real lockfiles, the advisory database
gaining 1,000 records, dashboard page latency at 100 projects x 2,000 packages, and store size.

    python bench/monitor_bench.py [--stacks bench/stacks] [--db URL] [--db-wide URL] [--work DIR]
    python bench/monitor_bench.py --reuse [--work DIR] [--out FILE]   # phases 2 and 4 again, same stores

The advisory database is the synthetic ~215,000-record export of bench/make_synthetic_osv.py
(written to bench/.work/osv-npm-all.zip on the first run; shared data from $NPMWARD_SHARED_DIR).

Two portfolios, both in audit mode (advisories only: the first run of 100 scan-mode projects would
download every tarball of every stack, which measures the registry, not the monitor):

- `real`: 100 projects, project i a copy of real lockfile i mod N (bench/stacks/*/package-lock.json);
- `wide`: 100 projects of exactly 2,000 packages each, drawn (seeded) from the union of the real
  lockfiles' pinned packages, with their real integrity: the dashboard's target size.

Phases (each timed; CLI phases run `npmward monitor run` in a child process, start-up included):
1. first run of `real` (informative);  2. nothing changed (target <= 5 s; median of 3);
3. 1,000 new records (100 naming packages of the portfolio, 900 malware of unrelated names): the
   packages re-evaluated must be exactly the (project, package) pairs whose names the records name;
4. `wide`: first run, then a local load generator (1, then 4 clients at once; each bounded to
   --requests requests and 120 s) against `npmward dashboard` in a child process: p50/p95 per page
   (target p95 <= 200 ms);
5. store size per 100,000 package rows (snapshot_packages) for both portfolios.

`--reuse` keeps the stores a full run left in --work and measures only what a code change to the
monitor's unchanged path or to the dashboard affects: phase 2 on `real` and phase 4's load test on
`wide` (same data, so before/after compare code, not data). `--dashboard-workers N` passes
`--workers N` to `npmward dashboard`. Every phase records the machine's load average (shared cores).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NPMWARD_SHARED_DIR", REPO.parent / "shared"))
OSV_ZIP = REPO / "bench" / ".work" / "osv-npm-all.zip"


def ensure_osv_zip() -> Path:
    """The synthetic ~215,000-record OSV export of bench/make_synthetic_osv.py (made once)."""
    if not OSV_ZIP.exists():
        import zipfile

        sys.path.insert(0, str(REPO / "bench"))
        from make_synthetic_osv import synthetic_records

        OSV_ZIP.parent.mkdir(parents=True, exist_ok=True)
        partial = OSV_ZIP.with_suffix(".partial")
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, data in synthetic_records(215_000, 215, SHARED):
                archive.writestr(name, data)
        partial.rename(OSV_ZIP)  # an interrupted run leaves no empty export behind
    return OSV_ZIP


def npmward(*args: str, env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "npmward", *args], env=env, capture_output=True, text=True)
    return time.perf_counter() - start, done


def lockfile_sources(stacks: Path) -> list[Path]:
    found = sorted(p.parent for p in stacks.glob("*/package-lock.json"))
    if not found:
        sys.exit(f"no */package-lock.json under {stacks}")
    return found


def make_real(sources: list[Path], root: Path, count: int) -> list[Path]:
    out = []
    for i in range(count):
        source = sources[i % len(sources)]
        target = root / f"{source.name}-{i:03d}"
        target.mkdir(parents=True, exist_ok=True)
        for name in ("package.json", "package-lock.json"):
            shutil.copyfile(source / name, target / name)
        out.append(target)
    return out


def union_of(sources: list[Path]) -> dict[str, tuple[str, str | None]]:
    """name -> (version, integrity) of the pinned registry packages of the lockfiles (first seen)."""
    from npmward.lockfiles import read_lockfile
    from npmward.model import DependencyKind

    packages: dict[str, tuple[str, str | None]] = {}
    for source in sources:
        for locked in read_lockfile(source / "package-lock.json").packages:
            if locked.kind is DependencyKind.REGISTRY and not locked.real_name:
                packages.setdefault(locked.name, (locked.version, locked.integrity))
    return packages


def make_wide(union: dict[str, tuple[str, str | None]], root: Path, count: int, size: int) -> list[Path]:
    names = sorted(union)
    if len(names) < size:
        sys.exit(f"only {len(names)} distinct package names in the lockfiles; need {size}")
    rng = random.Random(7)
    out = []
    for i in range(count):
        chosen = sorted(rng.sample(names, size))
        target = root / f"wide-{i:03d}"
        target.mkdir(parents=True, exist_ok=True)
        deps = {n: union[n][0] for n in chosen}
        entries = {"": {"name": target.name, "version": "1.0.0", "dependencies": deps}}
        for name in chosen:
            version, integrity = union[name]
            entries[f"node_modules/{name}"] = {"version": version, **({"integrity": integrity} if integrity else {})}
        (target / "package.json").write_text(json.dumps({"name": target.name, "version": "1.0.0", "dependencies": deps}))
        (target / "package-lock.json").write_text(json.dumps(
            {"name": target.name, "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": entries}))
        out.append(target)
    return out


def new_records(directory: Path, names: list[str], total: int, touching: int, seed: int = 11) -> list[str]:
    """`total` OSV records: `touching` GHSA-like ones naming real package names (all versions), the
    rest malware of names no project has. Returns the names touched."""
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    touched = sorted(rng.sample(sorted(names), touching))
    for i in range(total):
        if i < touching:
            ident, name = f"GHSA-bench-{i:04d}", touched[i]
        else:
            ident, name = f"MAL-2099-{i:05d}", f"bench-unrelated-{rng.getrandbits(48):012x}"
        record = {"schema_version": "1.5.0", "id": ident, "modified": "2026-12-01T00:00:00Z",
                  "summary": "benchmark record", "details": "Inert benchmark record.",
                  "affected": [{"package": {"ecosystem": "npm", "name": name},
                                "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}]}]}]}
        (directory / f"{ident}.json").write_text(json.dumps(record))
    return touched


def add_all(projects: list[Path], env: dict[str, str], db: str) -> None:
    from npmward.monitor.projects import add_project
    from npmward.settings import load_settings
    from npmward.store import Store, store_url

    with Store(store_url(load_settings(), db)) as store, store.session() as session:
        for project in projects:
            add_project(session, str(project), project.name, mode="audit")


def run_json(env: dict[str, str], db: str, names: list[str] = ()) -> tuple[float, dict]:
    wall, done = npmward("monitor", "run", *names, "--db", db, "-f", "json", env=env)
    if done.returncode not in (0, 1):
        sys.exit(f"monitor run failed ({done.returncode}): {done.stderr[-2000:]}")
    return wall, json.loads(done.stdout)


def expected_pairs(db: str, names: set[str]) -> int:
    """(project, package) pairs of the current snapshots whose package name is in `names`."""
    from sqlalchemy import func, select

    from npmward.settings import load_settings
    from npmward.store import Store, store_url
    from npmward.store.models import Package, Project, SnapshotPackage

    with Store(store_url(load_settings(), db)) as store, store.reading() as session:
        return session.execute(select(func.count()).select_from(SnapshotPackage)
                               .join(Project, Project.snapshot_id == SnapshotPackage.snapshot_id)
                               .join(Package, Package.id == SnapshotPackage.package_id)
                               .where(func.lower(Package.name).in_(sorted(names)))).scalar_one()


def store_size(db: str) -> tuple[int, int]:
    """(bytes, snapshot_packages rows)."""
    from sqlalchemy import func, select, text

    from npmward.settings import load_settings
    from npmward.store import Store, store_url
    from npmward.store.models import SnapshotPackage

    with Store(store_url(load_settings(), db)) as store:
        with store.reading() as session:
            rows = session.execute(select(func.count()).select_from(SnapshotPackage)).scalar_one()
        if store.dialect == "sqlite":
            import sqlite3

            path = Path(store.url.removeprefix("sqlite:///"))
            with sqlite3.connect(path) as raw:  # fold the write-ahead log into the file first
                raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return path.stat().st_size, rows
        with store.engine.connect() as connection:
            return connection.execute(text("SELECT pg_database_size(current_database())")).scalar_one(), rows


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def load_test(db: str, env: dict[str, str], requests: int, seconds: float, clients: int,
              workers: int | None = None) -> dict[str, dict[str, float]]:
    import httpx
    from sqlalchemy import select

    from npmward.settings import load_settings
    from npmward.store import Store, store_url
    from npmward.store.models import Package, Project

    with Store(store_url(load_settings(), db)) as store, store.reading() as session:
        projects = list(session.execute(select(Project.id)).scalars())
        packages = list(session.execute(select(Package.id)).scalars())
    rng = random.Random(3)
    kinds = [("portfolio", lambda: "/"), ("project", lambda: f"/projects/{rng.choice(projects)}"),
             ("project, all findings", lambda: f"/projects/{rng.choice(projects)}?state=all"),
             ("package", lambda: f"/packages/{rng.choice(packages)}"), ("firewall", lambda: "/firewall")]
    plan = [kinds[i % len(kinds)] for i in range(requests)]
    paths = [(kind, make()) for kind, make in plan]
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "npmward", "dashboard", "--port", str(port), "--db", db,
                               *(["--workers", str(workers)] if workers else [])],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base + "/static/style.css", timeout=2)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or server.poll() is not None:
                    sys.exit("the dashboard did not start: " + (server.stderr.read().decode() if server.poll() else ""))
                time.sleep(0.2)
        for path in ("/", f"/projects/{projects[0]}", f"/packages/{packages[0]}"):  # warm-up
            httpx.get(base + path, timeout=30)
        timings: dict[str, list[float]] = {}
        lock = threading.Lock()
        queue = list(reversed(paths))
        stop_at = time.monotonic() + seconds

        def worker() -> None:
            with httpx.Client(base_url=base, timeout=30) as client:
                while time.monotonic() < stop_at:
                    with lock:
                        if not queue:
                            return
                        kind, path = queue.pop()
                    start = time.perf_counter()
                    response = client.get(path)
                    elapsed = time.perf_counter() - start
                    if response.status_code != 200:
                        raise SystemExit(f"{path}: {response.status_code}")
                    with lock:
                        timings.setdefault(kind, []).append(elapsed)

        threads = [threading.Thread(target=worker) for _ in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        server.terminate()
        server.wait(20)
    every = [t for values in timings.values() for t in values]
    timings["all pages"] = every
    return {kind: {"n": len(v), "p50_ms": 1000 * statistics.median(v),
                   "p95_ms": 1000 * sorted(v)[max(0, int(0.95 * len(v)) - 1)], "max_ms": 1000 * max(v)}
            for kind, v in timings.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stacks", type=Path, default=REPO / "bench" / "stacks")
    parser.add_argument("--work", type=Path, default=REPO / "bench" / ".work" / "monitor")
    parser.add_argument("--db", help="store of the real portfolio (an empty database; default: SQLite in --work)")
    parser.add_argument("--db-wide", help="store of the wide portfolio (an empty database; default: SQLite in --work)")
    parser.add_argument("--projects", type=int, default=100)
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--touching", type=int, default=100)
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--dashboard-workers", type=int, help="`npmward dashboard --workers N` (default: its own)")
    parser.add_argument("--reuse", action="store_true", help="only phases 2 and 4, on the stores left in --work")
    parser.add_argument("--out", type=Path, help="results file (default: results.json in --work)")
    args = parser.parse_args()
    if args.reuse:
        reuse(args)
        return

    work = args.work.resolve()
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    env = {**os.environ, "NPMWARD_CACHE_DIR": str(work / "cache"), "NPMWARD_CONFIG": str(work / "config.yml")}
    os.environ.update(env)
    db_real = args.db or str(work / "real.sqlite")
    db_wide = args.db_wide or str(work / "wide.sqlite")
    results: dict[str, object] = {"projects": args.projects}

    wall, done = npmward("db", "import", str(ensure_osv_zip()), env=env)
    if done.returncode != 0 or done.stdout.startswith("imported 0 "):
        sys.exit(f"the advisory database import failed: {done.stdout}{done.stderr}")
    results["osv_import_s"] = round(wall, 1)
    print(done.stdout.strip().splitlines()[0], f"({wall:.1f} s)")

    sources = lockfile_sources(args.stacks)
    real = make_real(sources, work / "real", args.projects)
    add_all(real, env, db_real)
    wall, first = run_json(env, db_real)
    packages = sum(p["packages"] for p in first["projects"])
    results["real_first_run_s"] = round(wall, 1)
    results["real_package_rows"] = packages
    print(f"real: {len(real)} projects from {len(sources)} lockfiles, {packages} package rows; first run {wall:.1f} s")

    unchanged_phase(env, db_real, results)

    names = {n.lower() for n in union_of(sources)}
    touched = new_records(work / "osv-new", sorted(names), args.records, args.touching)
    wall, done = npmward("db", "import", str(work / "osv-new"), env=env)
    expected = expected_pairs(db_real, set(touched))
    wall, after = run_json(env, db_real)
    reevaluated = sum(p["reevaluated"] for p in after["projects"])
    triggered = sum(p["trigger"] == "advisories" for p in after["projects"])
    results.update(advisories_run_s=round(wall, 2), advisories_reevaluated=reevaluated, advisories_expected=expected,
                   advisories_projects=triggered, advisories_total_rows=packages)
    print(f"+{args.records} records ({args.touching} naming portfolio packages): run {wall:.2f} s, "
          f"{reevaluated} package evaluations in {triggered} projects (expected exactly {expected} of {packages})")
    if reevaluated != expected:
        sys.exit("re-evaluated packages differ from the affected ones")

    size, rows = store_size(db_real)
    results["real_store_bytes"], results["real_rows"] = size, rows

    wide = make_wide(union_of(sources), work / "wide", args.projects, args.size)
    add_all(wide, env, db_wide)
    wall, first = run_json(env, db_wide)
    results["wide_first_run_s"] = round(wall, 1)
    wall, _ = run_json(env, db_wide)
    results["wide_unchanged_s"] = round(wall, 2)
    size, rows = store_size(db_wide)
    results["wide_store_bytes"], results["wide_rows"] = size, rows
    print(f"wide: {args.projects} x {args.size} packages ({rows} rows): first run {results['wide_first_run_s']} s, "
          f"unchanged {results['wide_unchanged_s']} s")
    for label, key in (("real", "real"), ("wide", "wide")):
        size, rows = results[f"{key}_store_bytes"], results[f"{key}_rows"]
        print(f"store ({label}): {size / 1e6:.1f} MB for {rows} package rows = {size / rows * 1e5 / 1e6:.1f} MB per 100k")

    dashboard_phase(env, db_wide, args.requests, args.dashboard_workers, results)
    finish(results, args.out or work / "results.json")


def unchanged_phase(env: dict[str, str], db: str, results: dict[str, object]) -> None:
    """Phase 2: `monitor run` three times when nothing changed."""
    unchanged = []
    load = os.getloadavg()[0]
    for _ in range(3):
        wall, again = run_json(env, db)
        assert all(p["trigger"] is None for p in again["projects"]), again
        unchanged.append(wall)
    results["real_unchanged_runs_s"] = [round(w, 2) for w in unchanged]
    results["real_unchanged_s"] = round(statistics.median(unchanged), 2)
    results["real_unchanged_load"] = [round(load, 1), round(os.getloadavg()[0], 1)]
    print(f"nothing changed: {', '.join(f'{w:.2f}' for w in unchanged)} s (median {statistics.median(unchanged):.2f}; "
          f"load {load:.1f} -> {os.getloadavg()[0]:.1f})")


def dashboard_phase(env: dict[str, str], db: str, requests: int, workers: int | None, results: dict[str, object]) -> None:
    """Phase 4's load test: 1, then 4 clients at once."""
    for clients in (1, 4):
        load = os.getloadavg()[0]
        pages = load_test(db, env, requests, 120.0, clients, workers)
        results[f"pages_{clients}_clients"] = pages
        results[f"pages_{clients}_clients_load"] = [round(load, 1), round(os.getloadavg()[0], 1)]
        print(f"dashboard, {clients} client(s) at once (load {load:.1f} -> {os.getloadavg()[0]:.1f}):")
        for kind, stats in pages.items():
            print(f"  {kind:24} n={stats['n']:4}  p50 {stats['p50_ms']:6.1f} ms  p95 {stats['p95_ms']:6.1f} ms  "
                  f"max {stats['max_ms']:6.1f} ms")


def finish(results: dict[str, object], out: Path) -> None:
    out.write_text(json.dumps(results, indent=2))
    print(f"results: {out}")


def reuse(args: argparse.Namespace) -> None:
    """Phases 2 and 4 again on the stores a full run left in --work."""
    work = args.work.resolve()
    db_real = args.db or str(work / "real.sqlite")
    db_wide = args.db_wide or str(work / "wide.sqlite")
    if not (work / "cache").is_dir() or (not args.db and not Path(db_real).exists()) or (
            not args.db_wide and not Path(db_wide).exists()):
        sys.exit(f"--reuse needs the stores of a full run in {work}")
    env = {**os.environ, "NPMWARD_CACHE_DIR": str(work / "cache"), "NPMWARD_CONFIG": str(work / "config.yml")}
    os.environ.update(env)
    results: dict[str, object] = {"reuse": True, "cpus": os.cpu_count(), "dashboard_workers": args.dashboard_workers}
    unchanged_phase(env, db_real, results)
    dashboard_phase(env, db_wide, args.requests, args.dashboard_workers, results)
    finish(results, args.out or work / "results-reuse.json")


if __name__ == "__main__":
    main()
