"""Run by test_unprivileged.py as an unprivileged user: sandbox each fixture directory given and
print, as JSON, what the tests check. (npmward and its dependencies come from PYTHONPATH.)"""

import json
import sys
from concurrent.futures import ThreadPoolExecutor

from npmward.analyzers.dynamic import dynamic_findings
from npmward.package import load_directory
from npmward.sandbox import SandboxLimits, available, run
from npmward.verdict import decide


def one(path: str) -> dict:
    # No cgroup for an unprivileged user here: memory is per process, so keep it small.
    result = run(load_directory(path), limits=SandboxLimits(memory_mb=512, events_mb=0 if "flood" in path else 32))
    findings = dynamic_findings(result)
    return {"verdict": decide(findings).level.value, "rules": sorted({f.rule for f in findings}),
            "tokens": sorted({f.details.get("token") for f in findings if f.details.get("token")}),
            "incidents": list(result.incidents), "notes": list(result.notes),
            "bodies": [o.data.get("body") for o in result.observations if o.kind == "http" and not o.data.get("registry")],
            "left_running": [" ".join(p.argv) for p in result.processes if p.left_running],
            "install_seconds": result.phases[0].end - result.phases[0].start}


if __name__ == "__main__":
    reason = available()
    if reason:
        print(json.dumps({"unavailable": reason}))
        sys.exit(0)
    with ThreadPoolExecutor(max_workers=2) as pool:
        print(json.dumps(dict(zip(sys.argv[1:], pool.map(one, sys.argv[1:])))))
