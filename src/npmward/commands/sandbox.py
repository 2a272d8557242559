"""`npmward sandbox TARGET...`: install, load and execute packages in a sandbox and report what they did."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..cli import FailOn, FailOnOpt, FormatOpt, JobsOpt, OfflineOpt, OutputOpt, finish, handles_errors
from ..settings import load_settings


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def sandbox(
        targets: Annotated[list[str], typer.Argument(help="Tarballs, package directories or registry specs (name@version).")],
        format: FormatOpt = "text",
        output: OutputOpt = None,
        fail_on: FailOnOpt = FailOn.malicious,
        jobs: JobsOpt = None,
        offline: OfflineOpt = False,
        project: Annotated[Optional[Path], typer.Option("--project", help="Project whose .npmrc and .npmward.yml apply.")] = None,
    ) -> None:
        """Run packages in a bubblewrap sandbox with planted credentials; report what they touched and sent."""
        from ..sandbox.batch import sandbox_targets

        settings = load_settings(project or Path.cwd(), offline=offline, jobs=jobs)
        finish(sandbox_targets(targets, settings), format, output, fail_on)
