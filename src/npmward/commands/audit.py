"""`npmward audit [PROJECT_DIR | LOCKFILE | SPEC...]`: packages against known vulnerabilities and malware."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from ..cli import FailOn, FailOnOpt, FormatOpt, OfflineOpt, OutputOpt, StoreOpt, finish, handles_errors, open_pipeline, project_of


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def audit(
        targets: Annotated[Optional[list[str]], typer.Argument(help="Project directories, lockfiles or name@version specs (default: the current directory).")] = None,
        fmt: FormatOpt = "text",
        output: OutputOpt = None,
        omit: Annotated[Optional[list[str]], typer.Option("--omit", help="Leave out dev, optional or peer dependencies (repeatable).")] = None,
        fail_on: FailOnOpt = FailOn.suspicious,
        online: Annotated[bool, typer.Option("--online", help="Also ask the registry's bulk advisory endpoint (public package names only).")] = False,
        offline: OfflineOpt = False,
        store: StoreOpt = False,
    ) -> None:
        """Audit dependencies (every lockfile format) against the advisory database; no code is downloaded."""
        from ..pipeline import Stages
        from ..store.commands import record_command_run

        targets = targets or ["."]
        stages = Stages(analyzers=(), omit=tuple(omit or ()), online_advisories=online and not offline,
                        require_advisories=True)
        with open_pipeline(project_of(None, targets), fail_on=fail_on, offline=offline) as pipeline:
            report = pipeline.run(targets, stages)
        report = record_command_run(store, report, targets, "audit", pipeline.settings)
        finish(report, fmt, output)
