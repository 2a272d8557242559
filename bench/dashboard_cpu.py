"""Server CPU per dashboard page: one client, sequential requests, the server's (and its workers')
CPU time read from /proc. On a shared machine the latency of a page measures the other tenants as
much as the page; the CPU it costs does not (much). Uses the wide store a full monitor_bench run left.

    python bench/dashboard_cpu.py REQUESTS_PER_PAGE [npmward dashboard options, e.g. --workers 1]
    (env BENCH_WORK: the monitor_bench --work directory; default bench/.work/monitor)
"""

import os
import random
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import httpx

import monitor_bench as mb

work = os.environ.get("BENCH_WORK", str(mb.REPO / "bench" / ".work" / "monitor"))
env = {**os.environ, "NPMWARD_CACHE_DIR": work + "/cache", "NPMWARD_CONFIG": work + "/config.yml"}
port = mb.free_port()
srv = subprocess.Popen(
    [sys.executable, "-m", "npmward", "dashboard", "--port", str(port), "--db", work + "/wide.sqlite", *sys.argv[2:]],
    env=env,
    stderr=subprocess.DEVNULL,
)
base = f"http://127.0.0.1:{port}"
while True:
    try:
        httpx.get(base + "/static/style.css")
        break
    except Exception:
        time.sleep(0.2)


def cpu():
    tot = 0
    pids = [srv.pid] + [
        int(p) for p in subprocess.run(["pgrep", "-P", str(srv.pid)], capture_output=True, text=True).stdout.split()
    ]
    for pid in pids:
        f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        tot += int(f[11]) + int(f[12])
    return tot / os.sysconf("SC_CLK_TCK")


for p in ["/", "/projects/1", "/packages/1"]:
    httpx.get(base + p, timeout=30)
rng = random.Random(3)
n = int(sys.argv[1])
kinds = {
    "portfolio": lambda: "/",
    "project": lambda: f"/projects/{rng.randint(1, 100)}",
    "project, all findings": lambda: f"/projects/{rng.randint(1, 100)}?state=all",
    "package": lambda: f"/packages/{rng.randint(1, 5200)}",
    "firewall": lambda: "/firewall",
}
out = {}
with httpx.Client(base_url=base, timeout=30) as cl:
    for kind, make in kinds.items():
        c0 = cpu()
        ts = []
        for _ in range(n):
            s = time.perf_counter()
            r = cl.get(make())
            ts.append(time.perf_counter() - s)
            assert r.status_code == 200
        out[kind] = {"cpu_ms": 1000 * (cpu() - c0) / n, "wall_p50_ms": 1000 * statistics.median(ts)}
        print(
            f"{kind:24} server CPU {out[kind]['cpu_ms']:5.1f} ms/page  wall p50 {out[kind]['wall_p50_ms']:6.1f} ms",
            flush=True,
        )
srv.terminate()
srv.wait()
