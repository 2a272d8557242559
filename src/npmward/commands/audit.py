"""`npmward audit [PROJECT_DIR]`: the project's lockfile against known vulnerabilities and malware."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..cli import FailOn, FailOnOpt, FormatOpt, OfflineOpt, OutputOpt, finish, handles_errors
from ..settings import load_settings


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def audit(
        project_dir: Annotated[Path, typer.Argument(help="Project directory with a lockfile.")] = Path("."),
        fmt: FormatOpt = "text",
        output: OutputOpt = None,
        omit: Annotated[Optional[list[str]], typer.Option("--omit", help="Leave out dev, optional or peer dependencies (repeatable).")] = None,
        fail_on: FailOnOpt = FailOn.suspicious,
        online: Annotated[bool, typer.Option("--online", help="Also ask the registry's bulk advisory endpoint (public package names only).")] = False,
        offline: OfflineOpt = False,
    ) -> None:
        """Audit a project's dependencies (every lockfile format) against the advisory database."""
        from ..audit import audit_project

        settings = load_settings(project_dir, offline=offline or None)
        report = audit_project(project_dir, settings, omit=tuple(omit or ()), online=online and not offline)
        finish(report, fmt, output, fail_on)
