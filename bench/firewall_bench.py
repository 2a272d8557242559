"""Benchmarks of the install firewall (results in docs/benchmarks.md, "Install firewall").

    python bench/firewall_bench.py overhead [--project DIR] [--runs 3]
        `npmward install -- npm ci` against plain `npm ci` on a real project (default: the
        553-package audit-ci lockfile of shared/fixtures), the npm cache warm in both. The first
        firewall run is the cold one (every tarball analysed for the first time: its throughput is
        reported); the timed runs after it have warm verdicts.
    python bench/firewall_bench.py malware [--count 200] [--managers npm,pnpm,yarn1,berry,bun]
        `count` malicious names from a synthetic OSV export (bench/make_synthetic_osv.py), each
        served by a local upstream with an innocuous tarball, requested through each package
        manager behind the firewall one name at a time: how many are refused.

Uses the package managers of $NPMWARD_PM_DIR (scripts/test.sh installs them) and a private npmward
cache under bench/.work/firewall (never the user's).
"""

from __future__ import annotations

import argparse
import json
import os
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
sys.path[:0] = [str(REPO / "src"), str(REPO / "tests"), str(REPO / "tests" / "firewall")]


def timed(argv, cwd, env) -> float:
    started = time.perf_counter()
    result = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({result.returncode}):\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    return time.perf_counter() - started


def overhead(project: Path, runs: int) -> dict:
    WORK.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "NPMWARD_CACHE_DIR": str(WORK / "cache"), "npm_config_cache": str(WORK / "npm-cache"),
           "npm_config_audit": "false", "npm_config_fund": "false"}
    env.pop("CI", None)
    cache = WORK / "cache"
    if not (cache / "advisories.sqlite").exists():
        subprocess.run([sys.executable, "-m", "npmward", "db", "import", str(SHARED / "fixtures" / "osv")], env=env, check=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "project"
        shutil.copytree(project, work)
        # The shared fixtures name a reserved host instead of the public registry: point them back.
        lock = work / "package-lock.json"
        lock.write_text(lock.read_text().replace("https://registry.npm.example/", "https://registry.npmjs.org/"))
        packages = sum(1 for k in json.loads((work / "package-lock.json").read_text())["packages"] if k)
        timed(["npm", "ci"], work, env)  # warm npm's cache
        npmward = [sys.executable, "-m", "npmward", "install", "--", "npm", "ci"]
        fresh = {**env, "NPMWARD_CACHE_DIR": str(WORK / "cold-cache")}
        shutil.rmtree(WORK / "cold-cache", ignore_errors=True)
        (WORK / "cold-cache").mkdir()
        shutil.copy(cache / "advisories.sqlite", WORK / "cold-cache" / "advisories.sqlite")
        cold = timed(npmward, work, fresh)
        timed(npmward, work, env)  # warm the verdicts of the benchmark cache
        plain, guarded = [], []
        for _ in range(runs):
            plain.append(timed(["npm", "ci"], work, env))
            guarded.append(timed(npmward, work, env))
    p, g = statistics.median(plain), statistics.median(guarded)
    return {"project": str(project), "packages": packages, "plain_npm_ci_s": plain, "npmward_npm_ci_s": guarded,
            "median_plain_s": round(p, 2), "median_npmward_s": round(g, 2), "overhead_pct": round(100 * (g - p) / p, 1),
            "cold_npmward_s": round(cold, 1), "cold_packages_per_s": round(packages / cold, 1)}


def malware(count: int, managers: list[str]) -> dict:
    from conftest import direct_env
    from upstream import Upstream

    sys.path.insert(0, str(REPO / "bench"))
    from make_synthetic_osv import synthetic_records
    from npmward.advisories import AdvisoryDB

    records = list(synthetic_records(count * 3, shared=SHARED))
    names = []
    for _, data in records:
        record = json.loads(data)
        if record["id"].startswith("MAL-"):
            names += [a["package"]["name"] for a in record["affected"] if a["package"]["ecosystem"] == "npm"]
    names = sorted(set(n for n in names if not n.startswith("@")))[:count]
    cache = WORK / "malware-cache"
    shutil.rmtree(cache, ignore_errors=True)
    with AdvisoryDB.open(cache) as db:
        db.import_records(records, replace=True, source="synthetic OSV export")
    env = {**os.environ, "NPMWARD_CACHE_DIR": str(cache)}
    env.pop("CI", None)
    pm = Path(os.environ.get("NPMWARD_PM_DIR") or Path.home() / ".cache" / "npmward-pm") / "node_modules"
    bun = min(pm.glob("@oven/bun-linux-*/bin/bun"), key=lambda p: ("musl" in str(p), "baseline" in str(p)))
    argv = {"npm": ["npm", "install"], "pnpm": [str(pm / ".bin" / "pnpm"), "add"],
            "yarn1": [str(pm / "yarn" / "bin" / "yarn.js"), "add"], "berry": [str(pm / "yarn-berry" / "bin" / "yarn.js"), "add"],
            "bun": [str(bun), "add"]}
    out = {}
    with Upstream(recorded=False) as up:
        for name in names:
            up.add(name, "1.0.0", {"index.js": "module.exports = 1;\n"})
        serve = subprocess.Popen([sys.executable, "-m", "npmward", "serve", "--port", "0", "--registry", up.url],
                                 env=env, stderr=subprocess.PIPE, text=True)
        try:
            line = serve.stderr.readline()
            while " firewall on " not in line and line:
                line = serve.stderr.readline()
            url = line.split(" on ", 1)[1].split(" ", 1)[0]
            for manager in managers:
                view = "" if manager == "npm" else ("~yarn1/" if manager == "yarn1" else "~standard/")
                refused, started = 0, time.perf_counter()
                for name in names:
                    with tempfile.TemporaryDirectory() as tmp:
                        project = Path(tmp)
                        (project / "package.json").write_text('{"name":"app","version":"1.0.0"}')
                        if manager == "berry":
                            (project / "yarn.lock").touch()
                        menv = {**env, **direct_env(url + view), "HOME": tmp, "npm_config_cache": f"{tmp}/.npm",
                                "YARN_CACHE_FOLDER": f"{tmp}/.yarn", "BUN_INSTALL_CACHE_DIR": f"{tmp}/.bun"}
                        result = subprocess.run([*argv[manager], name], cwd=project, env=menv, capture_output=True)
                        if result.returncode != 0 and not (project / "node_modules" / name).exists():
                            refused += 1
                out[manager] = {"requested": len(names), "refused": refused,
                                "seconds": round(time.perf_counter() - started, 1)}
                print(manager, out[manager], flush=True)
        finally:
            serve.terminate()
            serve.wait(10)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="what", required=True)
    o = sub.add_parser("overhead")
    o.add_argument("--project", type=Path, default=SHARED / "fixtures" / "lockfiles" / "package-lock-v2" / "audit-ci")
    o.add_argument("--runs", type=int, default=3)
    m = sub.add_parser("malware")
    m.add_argument("--count", type=int, default=200)
    m.add_argument("--managers", default="npm,pnpm,yarn1,berry,bun")
    args = parser.parse_args()
    result = overhead(args.project, args.runs) if args.what == "overhead" else malware(args.count, args.managers.split(","))
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
