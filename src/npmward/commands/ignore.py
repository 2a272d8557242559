"""`npmward ignore PACKAGE[@RANGE] RULE --reason ... --expires ...`: accept a finding, visibly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..cli import handles_errors


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def ignore(
        package: Annotated[str, typer.Argument(help="The package: NAME or NAME@RANGE ('*' for every package).")],
        rule: Annotated[str, typer.Argument(help="A rule id (globs allowed) or an advisory id (GHSA-…, MAL-…, CVE-…).")],
        reason: Annotated[str, typer.Option("--reason", help="Why this finding is accepted (shown in every report).")],
        expires: Annotated[str, typer.Option("--expires", help="YYYY-MM-DD after which the finding counts again.")],
        path: Annotated[Optional[str], typer.Option("--path", help="Only findings in these files of the package (a glob).")] = None,
        project: Annotated[Path, typer.Option("--project", help="The project whose .npmwardignore.yml gets the entry.")] = Path("."),
    ) -> None:
        """Add an entry to the project's .npmwardignore.yml (the finding is then shown as suppressed)."""
        from ..errors import UsageError
        from ..policy import add_ignore_entry

        try:
            until = dt.date.fromisoformat(expires)
        except ValueError:
            raise UsageError(f"--expires must be a date YYYY-MM-DD, not {expires!r}") from None
        if until < dt.date.today():
            raise UsageError(f"--expires {expires} is in the past")
        if not reason.strip():
            raise UsageError("--reason must say why the finding is accepted")
        written = add_ignore_entry(project, rule, None if package == "*" else package, reason.strip(), until, path)
        print(f"{written}: ignoring {rule} for {package} until {until} ({reason.strip()})")
