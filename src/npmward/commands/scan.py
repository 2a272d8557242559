"""`npmward scan TARGET...`: analyse packages' code and metadata and decide on each."""

from __future__ import annotations

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


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def scan(
        targets: Annotated[list[str], typer.Argument(help="Tarballs, package or project directories, lockfiles, or registry specs (name, name@version, name@range, name@tag).")],
        format: FormatOpt = "text",
        output: OutputOpt = None,
        fail_on: FailOnOpt = None,
        jobs: JobsOpt = None,
        offline: OfflineOpt = False,
        store: StoreOpt = False,
        no_cache: NoCacheOpt = False,
        dynamic: Annotated[str, typer.Option("--dynamic", help="Also run packages in the sandbox: off, auto (uncertain ones and install hooks) or all.")] = "off",
        project: Annotated[Optional[Path], typer.Option("--project", help="Project whose .npmrc, .npmward.yml and .npmwardignore.yml apply (default: the first directory target, else the current directory).")] = None,
        verbose: VerboseOpt = False,
        quiet: QuietOpt = False,
        min_severity: MinSeverityOpt = "low",
    ) -> None:
        """Analyse packages' code and metadata; report each verdict with its evidence."""
        from ..errors import UsageError
        from ..pipeline import Stages
        from ..pipeline.dynamic import MODES
        from ..store.commands import record_command_run

        if dynamic not in MODES:
            raise UsageError(f"--dynamic: {dynamic!r} is not one of {', '.join(MODES)}")
        with open_pipeline(project_of(project, targets), fail_on=fail_on, offline=offline, no_cache=no_cache,
                           jobs=jobs) as pipeline:
            report = pipeline.run(targets, Stages(dynamic=dynamic), show_progress(quiet))
        report = record_command_run(store, report, targets, "scan", pipeline.settings)
        finish(report, format, output, verbose=verbose, quiet=quiet, min_severity=min_severity)
