"""Transitional drivers for today's `npmward sandbox` command and `scan --dynamic`, until the
pipeline calls `fetch_dependencies` (main process) and `run` (workers) itself. Both go through the
one driver, `npmward.sandbox.run`."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

from ..errors import NpmwardError
from ..model import Artifact, Confidence, Finding, PackageReport, ScanReport, Severity, TargetError
from ..settings import Settings


def unavailable_finding(reason: str) -> Finding:
    """What `scan --dynamic` reports for a package when sandboxes cannot run here: its static
    verdict stands, and the report says the dynamic part is missing."""
    return Finding("dynamic/not-run", Severity.INFO, Confidence.HIGH, "dynamic",
                   f"The sandbox was not run: {reason}", details={"reason": reason})


def run_dynamic(artifact: Artifact, settings: Settings, client: Any = None) -> tuple[list[Finding], dict]:
    """Findings and summary of one sandbox run (a registry client is opened here when none is given:
    the pipeline will fetch dependencies in the main process instead)."""
    from ..analyzers.dynamic import dynamic_findings
    from . import fetch_dependencies, run, runner
    from .deps import SandboxDeps

    reason = runner.available()
    if reason:
        return [unavailable_finding(reason)], {}
    deps = SandboxDeps()
    if client is not None:
        deps = fetch_dependencies(artifact, client)
    else:
        from ..registry import RegistryClient, load_npm_config

        with RegistryClient(settings, load_npm_config(settings.project_dir)) as own:
            deps = fetch_dependencies(artifact, own)
    findings = dynamic_findings(run(artifact, deps))
    summary = next((f.details["summary"] for f in findings if f.rule == "dynamic/timeline"), {})
    return findings, summary


def sandbox_targets(targets: list[str], settings: Settings) -> ScanReport:
    """Load each target, fetch its dependencies (here, with the planner's client), run it in its own
    sandbox (`settings.jobs` at a time) and decide on its dynamic findings."""
    from ..analyzers.dynamic import dynamic_findings
    from ..engine import load_job_artifact
    from ..targets import Planner
    from ..verdict import decide
    from . import check_sandbox, fetch_dependencies, run

    check_sandbox()  # one clear error instead of one per target
    planner = Planner(settings, [])
    try:
        plan = planner.add(targets)
        notes: list[str] = list(plan.notes)

        def one(job) -> PackageReport | TargetError:
            try:
                artifact = load_job_artifact(job)
                result = run(artifact, fetch_dependencies(artifact, planner.client))
                # A run that did not complete is said so: its clean verdict covers less than it seems.
                notes.extend(f"{artifact.id}: {n}" for n in result.notes)
                findings = sorted(dynamic_findings(result), key=lambda f: (-f.severity, -f.confidence, f.rule))
                return PackageReport(id=artifact.id, source=artifact.source, integrity=artifact.integrity,
                                     verdict=decide(findings), findings=tuple(findings), paths=job.paths)
            except NpmwardError as exc:
                return TargetError(job.target, str(exc))

        with ThreadPoolExecutor(max_workers=max(1, settings.jobs)) as pool:
            results = list(pool.map(one, plan.jobs))
    finally:
        planner.close()
    reports = tuple(r for r in results if isinstance(r, PackageReport))
    errors = tuple(plan.errors) + tuple(r for r in results if isinstance(r, TargetError))
    return ScanReport(packages=reports, errors=errors, notes=tuple(notes))
