"""`npmward harden [PROJECT]`: write the package managers' own safety settings into a project."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..cli import handles_errors, stderr


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def harden(
        project: Annotated[Path, typer.Argument(help="The project directory (default: the current one).")] = Path("."),
        write: Annotated[bool, typer.Option("--write", help="Apply the changes (without it, only the diff is shown).")] = False,
        min_release_age: Annotated[Optional[float], typer.Option("--min-release-age", min=0, help="Days a release must be public before it is installed (default: the policy's min_release_age, else 1).")] = None,
        manager: Annotated[Optional[list[str]], typer.Option("--manager", help="npm, pnpm, yarn, yarn-berry or bun (default: from the project's lockfiles).")] = None,
    ) -> None:
        """Scripts off except the policy's allowed_scripts, and a minimum release age, in each package
        manager's own settings (npm, pnpm, yarn, bun). Shows the diff; --write applies it."""
        from ..errors import UsageError
        from ..firewall.harden import DEFAULT_AGE_DAYS, apply, plan
        from ..policy import load_policy

        if not project.is_dir():
            raise UsageError(f"{project}: not a directory")
        known = {"npm", "pnpm", "yarn", "yarn-berry", "bun"}
        bad = [m for m in manager or () if m not in known]
        if bad:
            raise UsageError(f"--manager: {bad[0]!r} is not one of {', '.join(sorted(known))}")
        policy = load_policy(project)
        age = min_release_age if min_release_age is not None else (policy.min_release_age or DEFAULT_AGE_DAYS)
        changes = plan(project, [str(m) for m in policy.allowed_scripts], age, manager)
        if not changes:
            stderr.print("npmward harden: nothing to change", markup=False)
            raise typer.Exit(0)
        for change in changes:
            print(change.diff(), end="")
        if write:
            apply(changes)
            stderr.print(f"npmward harden: wrote {', '.join(str(c.path) for c in changes)}", markup=False)
        else:
            stderr.print("npmward harden: nothing written; run again with --write to apply", markup=False)
