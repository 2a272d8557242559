"""`npmward verify [PROJECT_DIR | TARGET...]`: check that packages are what the registry published
and where they say they were built — integrity, registry signatures, provenance (and its
regression), manifest confusion. Same report formats and exit codes as `scan`."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any, Callable, Optional

import typer

from ..cli import FailOn, FailOnOpt, FormatOpt, JobsOpt, NoCacheOpt, OfflineOpt, OutputOpt, finish, handles_errors
from ..model import Confidence, Finding, PackageId, PackageReport, ScanReport, Severity, TargetError
from ..settings import Settings, load_settings
from ..verdict import decide

TRUST_ANALYZERS = ("integrity", "signature", "provenance", "provenance-regression", "manifest")
CHECK_LABELS = {"integrity": "integrity", "signature": "registry signature", "provenance": "provenance",
                "publish-attestation": "publish attestation", "provenance-regression": "provenance regression",
                "manifest": "manifest", "identity": "identity policy"}


def _register_trust_analyzers() -> None:
    # Importing registers them; `npmward.analyzers` imports them too once the lead wires them in.
    from ..analyzers import integrity, manifest_confusion, provenance, provenance_regression, signatures  # noqa: F401


def run_verify(targets: list[str], settings: Settings, *, policy: Any = None, trust_root_path: Path | None = None,
               client_factory: Callable[[], Any] | None = None) -> ScanReport:
    """The library entry point behind `npmward verify`."""
    from ..engine import analyze_jobs
    from ..targets import Planner
    from ..trust.context import IDENTITY_POLICY, TRUST_ROOT_PATH
    from ..trust.trust_root import load_trust_root

    _register_trust_analyzers()
    load_trust_root(str(trust_root_path) if trust_root_path else None)  # unreadable trust root: fail now, once
    planner = Planner(settings, TRUST_ANALYZERS, client_factory)
    default_registry = getattr(getattr(planner.client, "config", None), "registry", None)
    try:
        plan = planner.add(targets)
    finally:
        planner.close()
    extras = {IDENTITY_POLICY: policy, TRUST_ROOT_PATH: str(trust_root_path) if trust_root_path else None}
    jobs = [replace(job, extras={**job.extras, **extras}, registry_keys=_keys_for(job, default_registry))
            for job in plan.jobs]
    local = [job.target for job in jobs if job.tarball is None]
    reports, errors = analyze_jobs(jobs, settings, TRUST_ANALYZERS)
    mismatched, plan_errors = integrity_refusals(plan.errors)
    reports.extend(mismatched)
    for locked, findings, chains in plan.reports:
        reports.append(PackageReport(id=locked.id, source=f"lockfile:{locked.kind.value}", integrity=locked.integrity,
                                     verdict=decide(findings), findings=tuple(findings), paths=chains))
    notes = list(plan.notes)
    if local:
        notes.append(f"not checked: {', '.join(local[:5])}{' ...' if len(local) > 5 else ''} "
                     "did not come from a registry, so there is nothing to verify them against")
    notes.extend(summary_notes(reports))
    return ScanReport(packages=tuple(reports), errors=tuple(plan_errors) + tuple(errors), notes=tuple(notes))


# The registry client refuses a tarball whose bytes do not match the lockfile's or the registry's
# integrity ("<name>@<version>[ from <url>]: integrity mismatch: expected X, got Y; ..."). For `verify`
# that refusal is the finding itself, not an input error: the package is reported, malicious.
INTEGRITY_REFUSAL = re.compile(r"^(?P<pkg>(?:@[^/\s]+/)?[^@\s]+@[^\s:]+)(?: from \S+)?: integrity mismatch: "
                               r"expected (?P<expected>\S+), got (?P<actual>[^;\s]+)")


def integrity_refusals(errors) -> tuple[list[PackageReport], list[TargetError]]:
    reports, remaining = [], []
    for error in errors:
        match = INTEGRITY_REFUSAL.search(error.message)
        if match is None:
            remaining.append(error)
            continue
        name, _, version = match["pkg"].rpartition("@")
        finding = Finding(
            rule="integrity/mismatch", severity=Severity.CRITICAL, confidence=Confidence.HIGH, category="integrity",
            message=f"tarball is {match['actual']} but the lockfile/registry says {match['expected']}: the bytes are "
                    "not the ones that were published/locked (the download was refused)",
            details={"check": "integrity", "status": "failed", "reason": "mismatch", "actual": match["actual"],
                     "claimed": match["expected"], "target": error.target})
        reports.append(PackageReport(id=PackageId(name, version), source=f"target:{error.target}", integrity=None,
                                     verdict=decide([finding]), findings=(finding,)))
    return reports, remaining


def _keys_for(job: Any, default_registry: str | None) -> Any:
    """The client serves the *default* registry's keys. A package from another (scoped, private)
    registry must not be judged by them — its unsigned versions would all look "missing" — so for
    it the keys are unknown, and its signatures are checked only against npm's bundled keys."""
    if default_registry and job.registry_url and job.registry_url != default_registry:
        return None
    return job.registry_keys


def summary_notes(reports: list[PackageReport]) -> list[str]:
    """One line per check: how many packages verified, failed, and why the rest were not checked.
    (The text report hides INFO findings; these notes say what was and was not proven.)"""
    status: dict[str, Counter] = defaultdict(Counter)
    reasons: dict[str, Counter] = defaultdict(Counter)
    for report in reports:
        for finding in report.findings:
            check = finding.details.get("check")
            if check is None or not finding.rule.split("/", 1)[0] in TRUST_ANALYZERS:
                continue
            state = finding.details.get("status", "")
            status[check][state] += 1
            if state == "not-checked":
                reasons[check][finding.message.removeprefix("not checked: ")] += 1
    notes = []
    for check in CHECK_LABELS:
        if check not in status:
            continue
        counts = status[check]
        parts = [f"{counts[s]} {s.replace('-', ' ')}" for s in ("verified", "failed", "warning", "not-checked")
                 if counts[s]]
        line = f"{CHECK_LABELS[check]}: {', '.join(parts)}"
        if reasons[check]:
            # "not checked" is the last part of the line, so its reasons follow it directly.
            line += ": " + "; ".join(f"{reason} [{n}]" for reason, n in reasons[check].most_common(3))
        notes.append(line)
    return notes


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def verify(
        targets: Annotated[Optional[list[str]], typer.Argument(help="A project directory (its lockfile's packages), lockfiles, or registry specs (name@version). Default: the current directory.")] = None,
        expect_repo: Annotated[Optional[str], typer.Option("--expect-repo", help="Require provenance built from this GitHub repository (OWNER/REPO).")] = None,
        policy: Annotated[Optional[Path], typer.Option("--policy", help="YAML identity policy: package glob -> repository (and workflow).")] = None,
        trust_root: Annotated[Optional[Path], typer.Option("--trust-root", help="Sigstore trusted_root.json to use instead of the one bundled with the sigstore library.")] = None,
        format: FormatOpt = "text",
        output: OutputOpt = None,
        fail_on: FailOnOpt = FailOn.malicious,
        jobs: JobsOpt = None,
        offline: OfflineOpt = False,
        no_cache: NoCacheOpt = False,
    ) -> None:
        """Verify integrity, registry signatures, provenance and manifests against the registry."""
        from ..errors import UsageError
        from ..trust.policy import expect_repo_policy, load_policy

        if expect_repo and policy:
            raise UsageError("use either --expect-repo or --policy, not both")
        identity = expect_repo_policy(expect_repo) if expect_repo else load_policy(policy) if policy else None
        targets = targets or ["."]
        project = next((Path(t) for t in targets if Path(t).is_dir()), Path.cwd())
        settings = load_settings(project, offline=offline, use_cache=not no_cache, jobs=jobs)
        report = run_verify(targets, settings, policy=identity, trust_root_path=trust_root)
        finish(report, format, output, fail_on)
