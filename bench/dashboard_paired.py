"""Paired A/B of dashboard latency under a fluctuating shared load: the base and the new server run
side by side on the same store; the same 4-client load (bench's page mix) is sent in alternating
blocks (A, B, A, B, ...), so both see the same background load over time.

    python bench/dashboard_paired.py BLOCKS REQUESTS_PER_BLOCK OUT.json
    (env BENCH_BASE_SRC: the src/ directory of the base checkout, e.g. `git archive BASE src | tar -x`;
     BENCH_WORK: the monitor_bench --work directory; default bench/.work/monitor)
"""

import json
import os
import random
import statistics
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import httpx
from sqlalchemy import select

import monitor_bench as mb

work = os.environ.get("BENCH_WORK", str(mb.REPO / "bench" / ".work" / "monitor"))
db = work + "/wide.sqlite"
env = {**os.environ, "NPMWARD_CACHE_DIR": work + "/cache", "NPMWARD_CONFIG": work + "/config.yml"}
os.environ.update(env)
variants = {"base": ({**env, "PYTHONPATH": os.environ["BENCH_BASE_SRC"]}, []), "new": (env, [])}
servers = {}
for name, (venv, extra) in variants.items():
    port = mb.free_port()
    servers[name] = (
        subprocess.Popen(
            [sys.executable, "-m", "npmward", "dashboard", "--port", str(port), "--db", db, *extra],
            env=venv,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        ),
        f"http://127.0.0.1:{port}",
    )
from npmward.settings import load_settings  # noqa: E402 - after choosing which source to import
from npmward.store import Store, store_url  # noqa: E402 - after choosing which source to import
from npmward.store.models import Package, Project  # noqa: E402 - after choosing which source to import

with Store(store_url(load_settings(), db)) as store, store.reading() as s:
    projects = list(s.execute(select(Project.id)).scalars())
    packages = list(s.execute(select(Package.id)).scalars())
rng = random.Random(3)
kinds = [
    ("portfolio", lambda: "/"),
    ("project", lambda: f"/projects/{rng.choice(projects)}"),
    ("project, all findings", lambda: f"/projects/{rng.choice(projects)}?state=all"),
    ("package", lambda: f"/packages/{rng.choice(packages)}"),
    ("firewall", lambda: "/firewall"),
]
for _proc, base in servers.values():
    for _ in range(300):
        try:
            httpx.get(base + "/static/style.css", timeout=2)
            break
        except httpx.HTTPError:
            time.sleep(0.2)
    for p in ("/", f"/projects/{projects[0]}", f"/packages/{packages[0]}"):
        httpx.get(base + p, timeout=30)
blocks, per_block, clients = int(sys.argv[1]), int(sys.argv[2]), 4
timings = {n: {} for n in servers}
loads = []


def run_block(base, plan, out):
    lock = threading.Lock()
    queue = list(reversed(plan))

    def worker():
        with httpx.Client(base_url=base, timeout=30) as c:
            while True:
                with lock:
                    if not queue:
                        return
                    kind, path = queue.pop()
                t = time.perf_counter()
                r = c.get(path)
                e = time.perf_counter() - t
                assert r.status_code == 200, path
                with lock:
                    out.setdefault(kind, []).append(e)

    ts = [threading.Thread(target=worker) for _ in range(clients)]
    [t.start() for t in ts]
    [t.join() for t in ts]


try:
    for b in range(blocks):
        plan = [(k, make()) for k, make in (kinds[i % len(kinds)] for i in range(per_block))]
        order = list(servers) if b % 2 == 0 else list(reversed(servers))
        loads.append(os.getloadavg()[0])
        for name in order:
            run_block(servers[name][1], plan, timings[name])
finally:
    for proc, _ in servers.values():
        proc.terminate()
        proc.wait(20)
result = {"blocks": blocks, "per_block": per_block, "clients": clients, "load_min": min(loads), "load_max": max(loads)}
for name, t in timings.items():
    t["all pages"] = [x for v in t.values() for x in v]
    result[name] = {
        k: {
            "n": len(v),
            "p50_ms": 1000 * statistics.median(v),
            "p95_ms": 1000 * sorted(v)[max(0, int(0.95 * len(v)) - 1)],
        }
        for k, v in t.items()
    }
    print(name)
    for k, s in result[name].items():
        print(f"  {k:24} n={s['n']:4} p50 {s['p50_ms']:6.1f} p95 {s['p95_ms']:6.1f}")
print(f"load {min(loads):.1f}..{max(loads):.1f}")
json.dump(result, open(sys.argv[3], "w"), indent=1)
