"""`npmward install -- <npm|yarn|pnpm|bun|npx|pnpx|bunx> ARGS...` and the `npmward npm ...` shorthands:
one package manager command behind the install firewall."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..cli import handles_errors, open_pipeline, stderr
from .serve import DynamicOpt, FailOpenOpt, LogOpt, RegistryOpt, WaitOpt, _mode

SHORTHANDS = ("npm", "npx", "yarn", "pnpm", "pnpx", "bun", "bunx")
CONTEXT = {"allow_extra_args": True, "ignore_unknown_options": True, "allow_interspersed_args": False}


def _run(argv: list[str], *, registry=None, log=None, wait=None, fail_open=None, dynamic="off",
         sandbox_scripts=False, project: Path | None = None) -> None:
    from ..firewall.install import run_install
    from ..firewall.service import FirewallOptions

    project = (project or Path.cwd()).resolve()
    with open_pipeline(project, firewall_wait=wait, firewall_fail_open=fail_open) as pipeline:
        outcome = run_install(argv, pipeline, FirewallOptions(0, registry, log, _mode(dynamic)), project=project,
                              say=lambda text: stderr.print(text, markup=False, soft_wrap=True, highlight=False),
                              sandbox_scripts=sandbox_scripts)
    if outcome.refused and outcome.code == 0:
        stderr.print(f"npmward: {len(outcome.refused)} package version(s) were refused and not installed "
                     "(the package manager chose others)", markup=False, soft_wrap=True)
    raise typer.Exit(outcome.code)


def register(app: typer.Typer) -> None:
    @app.command(context_settings=CONTEXT)
    @handles_errors
    def install(
        ctx: typer.Context,
        registry: RegistryOpt = None,
        log: LogOpt = None,
        wait: WaitOpt = None,
        fail_open: FailOpenOpt = None,
        dynamic: DynamicOpt = "off",
        sandbox_scripts: Annotated[bool, typer.Option("--sandbox-scripts", help="Run the allowed install scripts inside the sandbox (no network, only the project writable).")] = False,
        project: Annotated[Optional[Path], typer.Option("--project", "-C", help="Directory the command runs in (default: the current one).")] = None,
    ) -> None:
        """Run one package manager command behind the install firewall:
        `npmward install -- npm ci`, `npmward install -- pnpm add left-pad`, `npmward install -- npx cowsay hi`.

        Lockfiles are checked before and after, every download is checked, lifecycle scripts run
        only for packages in allowed_scripts."""
        argv = list(ctx.args)
        if argv and argv[0] == "--":
            argv = argv[1:]
        _run(argv, registry=registry, log=log, wait=wait, fail_open=fail_open, dynamic=dynamic,
             sandbox_scripts=sandbox_scripts, project=project)

    for program in SHORTHANDS:
        _shorthand(app, program)


def _shorthand(app: typer.Typer, program: str) -> None:
    @app.command(program, context_settings={**CONTEXT, "help_option_names": []}, add_help_option=False,
                 help=f"Shorthand for `npmward install -- {program} ARGS...`.")
    @handles_errors
    def shorthand(ctx: typer.Context) -> None:
        _run([program, *ctx.args])
