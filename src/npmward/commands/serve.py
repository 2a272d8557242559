"""`npmward serve`: the install firewall as a local registry on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..cli import handles_errors, open_pipeline, stderr

PortOpt = Annotated[int, typer.Option("--port", "-p", min=0, max=65535, help="Port on 127.0.0.1 (0: a free one).")]
RegistryOpt = Annotated[Optional[str], typer.Option("--registry", envvar="NPMWARD_UPSTREAM", help="Upstream registry for unscoped packages (default: the npm configuration's; scoped registries and credentials come from .npmrc).")]
LogOpt = Annotated[Optional[Path], typer.Option("--log", help="Decision log, JSON lines (default: <cache>/firewall/decisions.jsonl).")]
WaitOpt = Annotated[Optional[float], typer.Option("--wait", min=0.1, envvar="NPMWARD_FIREWALL_WAIT", help="Seconds a tarball request waits for its first analysis before the fail mode decides (config: firewall_wait, default 60).")]
FailOpenOpt = Annotated[Optional[bool], typer.Option("--fail-open/--fail-closed", envvar="NPMWARD_FIREWALL_FAIL_OPEN", help="Serve what could not be decided, with a warning (never in CI) (config: firewall_fail_open).")]
DynamicOpt = Annotated[str, typer.Option("--dynamic", help="Also run packages in the sandbox: off, auto (uncertain ones and install hooks) or all.")]
ProjectOpt = Annotated[Optional[Path], typer.Option("--project", help="Project whose .npmrc, .npmward.yml and .npmwardignore.yml apply (default: the current directory).")]


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def serve(
        port: PortOpt = 4873,
        registry: RegistryOpt = None,
        log: LogOpt = None,
        wait: WaitOpt = None,
        fail_open: FailOpenOpt = None,
        dynamic: DynamicOpt = "off",
        project: ProjectOpt = None,
    ) -> None:
        """Run the install firewall: a local registry that refuses malicious packages.

        Point a package manager at it (`npm config set registry http://127.0.0.1:4873/`), or let
        `npmward install -- npm ...` do that for one command."""
        from ..firewall.service import FirewallOptions, build_firewall, serve_forever

        with open_pipeline(project or Path.cwd(), firewall_wait=wait, firewall_fail_open=fail_open) as pipeline:
            firewall, warnings = build_firewall(pipeline, FirewallOptions(port, registry, log, _mode(dynamic)))
            for warning in warnings:
                stderr.print(warning, markup=False, soft_wrap=True)

            def ready(url: str) -> None:
                stderr.print(f"npmward firewall on {url} (upstream {pipeline.npm_config.registry}); "
                             f"decisions -> {firewall.gate.log.path}", markup=False, soft_wrap=True)

            serve_forever(firewall, port, ready)


def _mode(dynamic: str) -> str:
    from ..errors import UsageError
    from ..pipeline.dynamic import MODES

    if dynamic not in MODES:
        raise UsageError(f"--dynamic: {dynamic!r} is not one of {', '.join(MODES)}")
    return dynamic
