"""Benchmarks of the install firewall (results in docs/benchmarks.md, "Install firewall").

    python bench/firewall_bench.py overhead [--project DIR] [--runs 3] [--cold-runs 1] [--out FILE]
        `npmward install -- npm ci` against plain `npm ci --ignore-scripts` on a real project
        (default: the 1,035-package npq lockfile of shared/fixtures), the npm cache warm in both
        (the firewall runs npm with scripts off too, and no dependency's install script may run
        outside the sandbox). Cold runs empty the npmward cache but the advisory database (every
        tarball downloaded and analysed for the first time: throughput reported); the timed runs,
        interleaved with the plain ones, have warm verdicts. Wall and CPU time and the load average
        are recorded per run.
    python bench/firewall_bench.py phases [--project DIR] [--repeat 3] [--out FILE]
        npmward's own CPU time per step of a warm run (after `overhead`, on its cache): where the
        firewall's time goes, apart from the load of a shared machine.
    python bench/firewall_bench.py malware [--count 200] [--managers npm,pnpm,yarn1,berry,bun] [--out FILE]
        `count` malicious names from a synthetic OSV export (bench/make_synthetic_osv.py), each
        served by a local upstream with an innocuous tarball, requested through each package
        manager behind the firewall one name at a time. A name counts as refused only when the
        command failed, nothing was installed AND the firewall's decision log has a block of it
        (a failure for another reason is reported apart); benign control names served by the same
        upstream must install through the same manager, or the run is invalid.

Uses the package managers of $NPMWARD_PM_DIR (scripts/test.sh installs them) and a private npmward
cache under bench/.work/firewall (never the user's).
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NPMWARD_SHARED_DIR", REPO.parent / "shared"))
WORK = REPO / "bench" / ".work" / "firewall"
CONTROLS = 5
"""Benign names installed through each manager before the malicious ones: the plumbing works."""
sys.path[:0] = [str(REPO / "src"), str(REPO / "tests" / "firewall"), str(REPO / "tests")]  # firewall conftest first


def load() -> float:
    """The 1-minute load average (the machine is shared: every number carries it)."""
    return round(os.getloadavg()[0], 2)


def timed(argv, cwd, env) -> dict:
    """Wall time and CPU time (user + system of the command and every process it waited for): on a
    shared machine the wall time follows the other users' load, the CPU time much less."""
    before, started, usage = load(), time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({result.returncode}):\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - usage.ru_utime) + (after.ru_stime - usage.ru_stime)
    out = {"s": round(time.perf_counter() - started, 2), "cpu_s": round(cpu, 2), "load_before": before,
           "load_after": load()}
    own = [line.split("=", 1)[1] for line in result.stderr.splitlines() if line.startswith("npmward-self-cpu-s=")]
    if own:
        out["npmward_own_cpu_s"] = float(own[-1])
    return out


SELF_CPU = """import resource, runpy, sys
sys.argv[0] = "npmward"
try:
    runpy.run_module("npmward", run_name="__main__")
finally:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(f"npmward-self-cpu-s={usage.ru_utime + usage.ru_stime:.2f}", file=sys.stderr)
"""
"""`python -m npmward ARGS` that also reports the CPU time of npmward's own process (all its threads,
not the package manager it runs): the work the firewall adds, measured apart from the other users'
load on a shared machine."""


def spread(runs: list[dict], key: str = "s") -> dict:
    values = [r[key] for r in runs]
    return {"median": round(statistics.median(values), 2), "min": min(values), "max": max(values)}


def overhead(project: Path, runs: int, cold_runs: int) -> dict:
    WORK.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "NPMWARD_CACHE_DIR": str(WORK / "cache"), "npm_config_cache": str(WORK / "npm-cache"),
           "npm_config_audit": "false", "npm_config_fund": "false"}
    env.pop("CI", None)
    cache = WORK / "cache"
    subprocess.run([sys.executable, "-m", "npmward", "db", "import", str(SHARED / "fixtures" / "osv")], env=env,
                   check=True, capture_output=True)
    # An installed npmward starts from bytecode (pip compiles it); with PYTHONDONTWRITEBYTECODE set,
    # an editable checkout would compile its sources again on every run and count that as overhead.
    compileall.compile_dir(str(REPO / "src"), quiet=1)
    plain_ci = ["npm", "ci", "--ignore-scripts"]
    npmward = [sys.executable, "-c", SELF_CPU, "install", "--", "npm", "ci"]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "project"
        shutil.copytree(project, work)
        # The shared fixtures name a reserved host instead of the public registry: point them back.
        lock = work / "package-lock.json"
        lock.write_text(lock.read_text().replace("https://registry.npm.example/", "https://registry.npmjs.org/"))
        packages = sum(1 for k in json.loads((work / "package-lock.json").read_text())["packages"] if k)
        timed(plain_ci, work, env)  # warm npm's cache
        cold = []
        for _ in range(cold_runs):
            # Everything but the advisory database goes: tarballs, findings, verdicts.
            for entry in cache.iterdir():
                if not entry.name.startswith("advisories.sqlite"):
                    shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
            cold.append(timed(npmward, work, env))
        if not cold:
            timed(npmward, work, env)  # warm the verdicts (quick when an earlier run left them)
        plain, guarded = [], []
        for _ in range(runs):
            plain.append(timed(plain_ci, work, env))
            guarded.append(timed(npmward, work, env))
            print(f"plain {plain[-1]}  npmward {guarded[-1]}", file=sys.stderr, flush=True)
    out = {"project": str(project), "packages": packages, "plain": plain_ci, "guarded": npmward[3:],
           "plain_runs": plain, "npmward_runs": guarded}
    for key in ("s", "cpu_s"):
        p, g = spread(plain, key), spread(guarded, key)
        out[f"{key}_summary"] = {"plain": p, "npmward": g,
                                 "overhead_pct_of_medians": round(100 * (g["median"] - p["median"]) / p["median"], 1),
                                 "overhead_pct_per_pair": [round(100 * (b[key] - a[key]) / a[key], 1)
                                                           for a, b in zip(plain, guarded)]}
    own = [r["npmward_own_cpu_s"] for r in guarded]
    plain_cpu = statistics.median(r["cpu_s"] for r in plain)
    out["npmward_own_cpu"] = {**spread(guarded, "npmward_own_cpu_s"),
                              "pct_of_plain_cpu_median": round(100 * statistics.median(own) / plain_cpu, 1)}
    out["cold_runs"] = cold
    if cold:
        c = spread(cold)
        out["cold_summary"] = {**c, "packages_per_s": round(packages / c["median"], 1)}
    return out


def phases(project: Path, repeat: int) -> dict:
    """npmward's own CPU time per step of a warm `npmward install -- npm ci`, measured in this process
    on the benchmark cache that `overhead` left (run it first) and a node_modules npm installed."""
    from npmward.cli import open_pipeline
    from npmward.firewall.install import check_lockfile, packages_with_scripts
    from npmward.firewall.service import FirewallOptions, build_firewall

    os.environ["NPMWARD_CACHE_DIR"] = str(WORK / "cache")
    env = {**os.environ, "npm_config_cache": str(WORK / "npm-cache")}
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "project"
        shutil.copytree(project, work)
        lock = work / "package-lock.json"
        lock.write_text(lock.read_text().replace("https://registry.npm.example/", "https://registry.npmjs.org/"))
        timed(["npm", "ci", "--ignore-scripts"], work, env)
        for _ in range(repeat):
            clock, before = time.process_time, load()
            marks = [clock()]
            with open_pipeline(work, firewall_wait=None, firewall_fail_open=None) as pipeline:
                firewall, _ = build_firewall(pipeline, FirewallOptions(0, None, None, "off"))
                marks.append(clock())
                checked = check_lockfile(firewall.gate, lock, set(), "lockfile")
                marks.append(clock())
                check_lockfile(firewall.gate, lock, set(firewall.gate.decided), "installed")
                marks.append(clock())
                packages_with_scripts(work)
                marks.append(clock())
            steps = ("build_firewall", "check_before", "check_after", "node_modules_scan")
            runs.append({**{k: round(b - a, 3) for k, a, b in zip(steps, marks, marks[1:])},
                         "packages_checked": len(checked), "load_before": before})
    return {"project": str(project), "runs": runs}


def affected_version(affected: dict) -> str:
    """A version an OSV `affected` entry names as malicious: the first of `versions`, else where its
    first range starts (`0` meaning every version: 0.0.0)."""
    if affected.get("versions"):
        return affected["versions"][0]
    for event in affected["ranges"][0]["events"]:
        if "introduced" in event:
            return "0.0.0" if event["introduced"] == "0" else event["introduced"]
    raise ValueError(f"no affected version in {affected}")


def malware(count: int, managers: list[str]) -> dict:
    from upstream import Upstream

    from conftest import direct_env

    sys.path.insert(0, str(REPO / "bench"))
    from make_synthetic_osv import synthetic_records
    from npmward.advisories import AdvisoryDB
    from npmward.firewall.verdicts import read_log

    records = list(synthetic_records(count * 3, shared=SHARED))
    wanted: dict[str, str] = {}  # name -> a version its record says is malicious, in the export's (random) order
    for _, data in records:
        record = json.loads(data)
        if record["id"].startswith("MAL-"):
            for affected in record["affected"]:
                if affected["package"]["ecosystem"] == "npm" and len(wanted) < count:
                    wanted.setdefault(affected["package"]["name"], affected_version(affected))
    names = list(wanted)
    cache = WORK / f"malware-cache-{'-'.join(managers)}"  # one per run: runs for several managers may go at once
    shutil.rmtree(cache, ignore_errors=True)
    with AdvisoryDB.open(cache) as db:
        db.import_records(records, replace=True, source="synthetic OSV export")
    env = {**os.environ, "NPMWARD_CACHE_DIR": str(cache)}
    env.pop("CI", None)
    pm = Path(os.environ.get("NPMWARD_PM_DIR") or Path.home() / ".cache" / "npmward-pm") / "node_modules"
    bun = min(pm.glob("@oven/bun-linux-*/bin/bun"), key=lambda p: ("musl" in str(p), "baseline" in str(p)))
    argv = {"npm": ["npm", "install"], "pnpm": [str(pm / ".bin" / "pnpm"), "install"],
            "yarn1": [str(pm / "yarn" / "bin" / "yarn.js"), "install"],
            "berry": [str(pm / "yarn-berry" / "bin" / "yarn.js"), "install"], "bun": [str(bun), "install"]}
    controls = [f"npmward-bench-benign-{i}" for i in range(CONTROLS)]
    log = cache / "firewall" / "decisions.jsonl"
    out = {"database": {"records": len(records), "malicious_names_requested": len(names)}}
    with Upstream(recorded=False) as up:
        for name in names + controls:
            up.add(name, wanted.get(name, "1.0.0"), {"index.js": "module.exports = 1;\n"})
        serve = subprocess.Popen([sys.executable, "-m", "npmward", "serve", "--port", "0", "--registry", up.url],
                                 env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            line = serve.stderr.readline()
            while " firewall on " not in line and line:
                line = serve.stderr.readline()
            url = line.split(" on ", 1)[1].split(" ", 1)[0]

            def request(manager: str, name: str) -> tuple[bool, bool, str]:
                """(the command succeeded, the package is in node_modules, what the manager printed)"""
                view = "" if manager == "npm" else ("~yarn1/" if manager == "yarn1" else "~standard/")
                with tempfile.TemporaryDirectory() as tmp:
                    project = Path(tmp)
                    # A dependency of package.json rather than `add NAME`: real malicious names
                    # include ones a command line takes for an option (`-d3-ushape`).
                    manifest = {"name": "app", "version": "1.0.0", "dependencies": {name: wanted.get(name, "1.0.0")}}
                    (project / "package.json").write_text(json.dumps(manifest))
                    if manager == "berry":
                        (project / "yarn.lock").touch()
                    # yarn berry links with node_modules too, so "installed" means the same for all.
                    menv = {**env, **direct_env(url + view), "HOME": tmp, "npm_config_cache": f"{tmp}/.npm",
                            "YARN_CACHE_FOLDER": f"{tmp}/.yarn", "BUN_INSTALL_CACHE_DIR": f"{tmp}/.bun",
                            "YARN_NODE_LINKER": "node-modules"}
                    result = subprocess.run(argv[manager], cwd=project, env=menv, capture_output=True, text=True)
                    said = result.stdout + result.stderr
                    return result.returncode == 0, (project / "node_modules" / name / "package.json").exists(), said

            for manager in managers:
                started, before = time.perf_counter(), load()
                checked = {c: request(manager, c) for c in controls}
                broken = {c: _tail(o[2], 3) for c, o in checked.items() if o[:2] != (True, True)}
                offset = len(read_log(log))
                outcomes = {n: request(manager, n) for n in names}
                failed = [n for n, (ok, there, _) in outcomes.items() if not ok and not there]
                blocked = {e["package"] for e in read_log(log) if e["action"] == "block"}
                logged_now = {e["package"] for e in read_log(log)[offset:] if e["action"] == "block"}
                refused = [n for n in failed if n in blocked]
                out[manager] = {"requested": len(names), "refused": len(refused),
                                "refusal_reason_shown": sum(1 for n in refused if "npmward blocked" in outcomes[n][2]),
                                "sample_refusal_output": _tail(outcomes[refused[0]][2]) if refused else None,
                                "refusal_logged_during_this_manager": sum(1 for n in refused if n in logged_now),
                                "failed_without_a_block_count": len(set(failed) - blocked),
                                "failed_without_a_block": {n: _tail(outcomes[n][2], 2) for n in sorted(set(failed) - blocked)[:20]},
                                "installed_or_succeeded": sorted(set(names) - set(failed))[:20],
                                "benign_controls_installed": f"{len(controls) - len(broken)}/{len(controls)}",
                                "benign_controls_not_installed": broken,
                                "seconds": round(time.perf_counter() - started, 1),
                                "load_before": before, "load_after": load()}
                print(manager, out[manager], file=sys.stderr, flush=True)
        finally:
            serve.terminate()
            serve.wait(10)
    return out


def _tail(text: str, lines: int = 6) -> str:
    """The last non-empty lines a package manager printed (at most 600 characters)."""
    return "\n".join([line for line in text.splitlines() if line.strip()][-lines:])[-600:]


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="what", required=True)
    o = sub.add_parser("overhead")
    o.add_argument("--project", type=Path, default=SHARED / "fixtures" / "lockfiles" / "package-lock-v3" / "npq")
    o.add_argument("--runs", type=int, default=3)
    o.add_argument("--cold-runs", type=int, default=1)
    ph = sub.add_parser("phases")
    ph.add_argument("--project", type=Path, default=SHARED / "fixtures" / "lockfiles" / "package-lock-v3" / "npq")
    ph.add_argument("--repeat", type=int, default=3)
    m = sub.add_parser("malware")
    m.add_argument("--count", type=int, default=200)
    m.add_argument("--managers", default="npm,pnpm,yarn1,berry,bun")
    for p in (o, ph, m):
        p.add_argument("--out", type=Path, help="also write the result (JSON) here, e.g. bench/results/")
    args = parser.parse_args()
    started = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    if args.what == "overhead":
        result = overhead(args.project, args.runs, args.cold_runs)
    elif args.what == "phases":
        result = phases(args.project, args.repeat)
    else:
        result = malware(args.count, args.managers.split(","))
    result = {"started": started, "argv": sys.argv[1:], "cpus": os.cpu_count(), **result}
    text = json.dumps(result, indent=1)
    print(text)
    if args.out:
        args.out.write_text(text + "\n")


if __name__ == "__main__":
    main()
