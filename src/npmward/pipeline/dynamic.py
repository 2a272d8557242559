"""The dynamic stage: run packages in the sandbox and add what they did to their static evidence.

`all` runs every package; `auto` runs only those the static analysis leaves uncertain (a score in
`UNCERTAIN`) or that have an install hook (the code a sandbox can watch run without guessing how to
call it). Both evidences go to the one verdict. Where the sandbox cannot run (no bubblewrap, no user
namespaces) the static verdict stands and the report says the sandbox did not run.
"""

from __future__ import annotations

from typing import Any, Callable, Mapping, Sequence

from ..errors import NpmwardError
from ..model import Confidence, Finding, Severity
from ..verdict import decide

MODES = ("off", "auto", "all")
UNCERTAIN = (2.0, 8.0)
"""Static scores between these are worth a sandbox run in `auto` mode."""
INSTALL_HOOKS = ("preinstall", "install", "postinstall")


def wants_sandbox(mode: str, findings: Sequence[Finding], manifest: Mapping[str, Any] | None) -> bool:
    if mode == "all":
        return True
    if mode != "auto":
        return False
    scripts = (manifest or {}).get("scripts")
    if isinstance(scripts, Mapping) and any(isinstance(scripts.get(h), str) for h in INSTALL_HOOKS):
        return True
    low, high = UNCERTAIN
    return low <= decide(findings).score < high


def sandbox_unavailable() -> str | None:
    """Why the sandbox cannot run here (None when it can)."""
    from ..sandbox import available

    return available()


def not_run(reason: str) -> Finding:
    """A package the sandbox could not run: its static verdict stands, and the report says the
    dynamic part is missing."""
    return Finding("dynamic/not-run", Severity.INFO, Confidence.HIGH, "dynamic",
                   f"The sandbox was not run: {reason}", details={"reason": reason})


def run_sandboxes(jobs: Sequence[tuple[int, Any]], client_of: Callable[[], Any], workers: int,
                  ) -> dict[int, tuple[list[Finding], list[str]]]:
    """Run each (index, Job) in its own sandbox, `workers` at a time: findings and notes per index.
    Dependencies (the platform's optional ones included) are fetched here, in this process, through
    the run's registry client; the sandbox itself never reaches a network."""
    from ..analyzers.dynamic import dynamic_findings
    from ..engine import load_job_artifact
    from ..sandbox import fetch_dependencies, run

    def one(item: tuple[int, Any]) -> tuple[int, tuple[list[Finding], list[str]]]:
        index, job = item
        try:
            artifact = load_job_artifact(job)
            result = run(artifact, fetch_dependencies(artifact, client_of()))
            return index, (dynamic_findings(result), [f"sandbox: {n}" for n in result.notes])
        except NpmwardError as exc:
            return index, ([not_run(str(exc))], [f"sandbox run failed: {exc}; the static verdict stands"])

    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        return dict(pool.map(one, jobs))
