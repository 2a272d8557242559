"""Run many targets through the sandbox in parallel: the library behind `npmward sandbox`."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from ..errors import NpmwardError
from ..model import PackageReport, ScanReport, TargetError
from ..settings import Settings


def sandbox_targets(targets: list[str], settings: Settings) -> ScanReport:
    """Load each target (tarball, directory, project, registry spec), run it in its own sandbox
    (`settings.jobs` at a time) and decide on its dynamic findings."""
    from ..engine import load_job_artifact
    from ..targets import Planner
    from ..verdict import decide
    from . import check_sandbox, fetch_dependencies
    from .runner import run_sandbox

    check_sandbox()  # one clear error instead of one per target
    planner = Planner(settings, [])
    try:
        plan = planner.add(targets)

        notes: list[str] = list(plan.notes)

        def one(job) -> PackageReport | TargetError:
            from ..analyzers.dynamic import dynamic_findings

            try:
                artifact = load_job_artifact(job)
                deps, notes = ({}, [])
                if artifact.manifest.get("dependencies"):
                    deps, notes = fetch_dependencies(artifact, planner.client)
                run = run_sandbox(artifact, deps=deps, notes=tuple(notes))
                # A run that did not complete is said so: its clean verdict covers less than it seems.
                notes.extend(f"{artifact.id}: {n}" for n in run.notes)
                findings = sorted(dynamic_findings(run), key=lambda f: (-f.severity, -f.confidence, f.rule))
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
