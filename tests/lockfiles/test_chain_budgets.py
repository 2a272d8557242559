"""Long dependency chains cost linear time and memory: a 20,000-deep npm chain reached 12.7 GB and a
100,000-deep yarn v1 chain 12.3 GB when every package kept its chains as growing tuples. Each case
runs in a child process under an address-space limit, so a regression fails instead of filling
the machine, and reports its own time and peak memory."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CHILD = """
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, {here!r})
from lockfile_hostile import linear_package_lock, linear_yarn_v1
from npmward.lockfiles import read_lockfile
from npmward.model import CHAIN_GAP
kind, n, folder = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
if kind == "npm":
    path = folder / "package-lock.json"
    path.write_text(linear_package_lock(n))
else:
    path = folder / "yarn.lock"
    path.write_text(linear_yarn_v1(n))
    (folder / "package.json").write_text(json.dumps({{"name": "app", "dependencies": {{"p0": "1.0.0"}}}}))
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
graph = read_lockfile(path)
chains = [graph.chains(p.key) for p in graph.packages]
took = time.perf_counter() - start
last = graph.chains(f"p{{n - 1}}@1.0.0")[0]
print(json.dumps({{"seconds": took, "grew_mb": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024,
                  "packages": len(graph.packages), "longest": max(len(c[0]) for c in chains if c),
                  "elided": CHAIN_GAP in last, "ends": [last[0], last[-1]]}}))
""".format(here=str(HERE))


def _limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (4 * 1024 ** 3, 4 * 1024 ** 3))


# Seconds: about 0.5 s and 4 s on an idle machine; the bound only catches a hang (the memory bound
# is the tight one: the quadratic version is killed by the 4 GiB limit well before either).
@pytest.mark.parametrize("kind, n, seconds, megabytes", [("npm", 20_000, 120, 300), ("yarn", 100_000, 300, 600)])
def test_long_linear_chains_stay_within_budget(tmp_path, kind, n, seconds, megabytes):
    done = subprocess.run([sys.executable, "-c", CHILD, kind, str(n), str(tmp_path)], capture_output=True, text=True,
                          timeout=120, preexec_fn=_limit_memory)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    assert result["packages"] == n and result["longest"] == 12 and result["elided"]
    assert result["ends"][0].startswith("app@") and result["ends"][1] == f"p{n - 1}@1.0.0"
    assert result["seconds"] < seconds, result
    assert result["grew_mb"] < megabytes, result
