"""`npmward sandbox TARGET...`: install, load and execute packages in a sandbox and report what they did."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..cli import (
    FailOnOpt,
    FormatOpt,
    JobsOpt,
    MinSeverityOpt,
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


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def sandbox(
        targets: Annotated[list[str], typer.Argument(help="Tarballs, package directories or registry specs (name@version).")],
        format: FormatOpt = "text",
        output: OutputOpt = None,
        fail_on: FailOnOpt = None,
        jobs: JobsOpt = None,
        offline: OfflineOpt = False,
        store: StoreOpt = False,
        project: Annotated[Optional[Path], typer.Option("--project", help="Project whose .npmrc and .npmward.yml apply.")] = None,
        verbose: VerboseOpt = False,
        quiet: QuietOpt = False,
        min_severity: MinSeverityOpt = "low",
    ) -> None:
        """Run packages in a bubblewrap sandbox with planted credentials; report what they touched and sent."""
        from ..errors import UsageError
        from ..pipeline import Stages
        from ..pipeline.dynamic import sandbox_unavailable
        from ..store.commands import record_command_run

        why = sandbox_unavailable()
        if why is not None:  # one clear error instead of one per target
            raise UsageError(f"the sandbox cannot run here: {why}")
        with open_pipeline(project_of(project, targets), fail_on=fail_on, offline=offline, jobs=jobs) as pipeline:
            report = pipeline.run(targets, Stages(audit=False, analyzers=(), dynamic="all"), show_progress(quiet))
        report = record_command_run(store, report, targets, "sandbox", pipeline.settings)
        finish(report, format, output, verbose=verbose, quiet=quiet, min_severity=min_severity)
