"""`npmward verify [PROJECT_DIR | TARGET...]`: check that packages are what the registry published
and where they say they were built — integrity, registry signatures, provenance (and its
regression), manifest confusion. Same report formats and exit codes as `scan`, plus: any failed
cryptographic check exits 1 whatever `--fail-on` says. Every report format carries the per-check
results, counted in packages (`npmward.report.checks`)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..cli import (
    FailOnOpt,
    FormatOpt,
    JobsOpt,
    MinSeverityOpt,
    NoCacheOpt,
    OfflineOpt,
    OutputOpt,
    QuietOpt,
    StoreOpt,
    VerboseOpt,
    finish,
    handles_errors,
    open_pipeline,
    project_of,
    show_progress,
)

TRUST_ANALYZERS = ("integrity", "signature", "provenance", "provenance-regression", "manifest")


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
        fail_on: FailOnOpt = None,
        jobs: JobsOpt = None,
        offline: OfflineOpt = False,
        store: StoreOpt = False,
        no_cache: NoCacheOpt = False,
        verbose: VerboseOpt = False,
        quiet: QuietOpt = False,
        min_severity: MinSeverityOpt = "low",
    ) -> None:
        """Verify integrity, registry signatures, provenance and manifests against the registry."""
        from ..errors import UsageError
        from ..pipeline import Stages
        from ..store.commands import record_command_run
        from ..trust.context import IDENTITY_POLICY, TRUST_ROOT_PATH
        from ..trust.policy import expect_repo_policy, load_policy
        from ..trust.trust_root import load_trust_root

        if expect_repo and policy:
            raise UsageError("use either --expect-repo or --policy, not both")
        identity = expect_repo_policy(expect_repo) if expect_repo else load_policy(policy) if policy else None
        load_trust_root(str(trust_root) if trust_root else None)  # an unreadable trust root fails now, once
        targets = targets or ["."]
        extras = {IDENTITY_POLICY: identity, TRUST_ROOT_PATH: str(trust_root) if trust_root else None}
        # Trust checks read the registry's current documents, never a cached copy.
        stages = Stages(audit=False, analyzers=TRUST_ANALYZERS, fresh_metadata=True)
        with open_pipeline(project_of(None, targets), fail_on=fail_on, offline=offline, no_cache=no_cache,
                           jobs=jobs, extras=extras) as pipeline:
            report = pipeline.run(targets, stages, show_progress(quiet))
        report = record_command_run(store, report, targets, "verify", pipeline.settings)
        local = [p for p in report.packages if not p.source.startswith("registry:")]
        if local:
            names = ", ".join(str(p.id) for p in local[:5]) + (" ..." if len(local) > 5 else "")
            report = replace(report, notes=report.notes + (
                f"not checked: {names} did not come from a registry, so there is nothing to verify them against",))
        finish(report, format, output, verbose=verbose, quiet=quiet, min_severity=min_severity)
