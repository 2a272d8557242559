"""`npmward scan TARGET...`: analyse packages' code and metadata and decide on each."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..cli import (FailOn, FailOnOpt, FormatOpt, JobsOpt, NoCacheOpt, OfflineOpt, OutputOpt, finish,
                   handles_errors, stderr)
from ..model import ScanReport
from ..settings import load_settings


def run_scan(targets: list[str], settings, dynamic: bool = False, progress: bool = False) -> ScanReport:
    """The library entry point behind `npmward scan`."""
    from ..engine import analyze_jobs, default_analyzer_names
    from ..targets import Planner
    from ..verdict import decide
    from ..model import PackageId, PackageReport

    names = default_analyzer_names()
    planner = Planner(settings, names)
    try:
        with _progress(progress, "fetching") as bar:
            plan = planner.add(targets)
            bar(len(plan.jobs), len(plan.jobs))
        with _progress(progress and len(plan.jobs) > 1, "analysing") as bar:
            done = [0]

            def tick(_result) -> None:
                done[0] += 1
                bar(done[0], len(plan.jobs))

            reports, errors = analyze_jobs(plan.jobs, settings, names, dynamic=dynamic, on_done=tick)
    finally:
        planner.close()
    for locked, findings, chains in plan.reports:
        reports.append(PackageReport(id=PackageId(locked.registry_name, locked.version),
                                     source=f"lockfile:{locked.kind.value}", integrity=locked.integrity,
                                     verdict=decide(findings), findings=tuple(findings), paths=chains))
    return ScanReport(packages=tuple(reports), errors=tuple(plan.errors) + tuple(errors), notes=tuple(plan.notes))


class _progress:
    """A progress bar on stderr when it is a terminal; otherwise nothing."""

    def __init__(self, enabled: bool, label: str):
        self.enabled = enabled and sys.stderr.isatty()
        self.label = label
        self._progress = None
        self._task = None

    def __enter__(self):
        if self.enabled:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._progress = Progress(TextColumn(self.label), BarColumn(), MofNCompleteColumn(),
                                      TimeElapsedColumn(), console=stderr, transient=True)
            self._progress.__enter__()
            self._task = self._progress.add_task(self.label, total=None)

        def update(completed: int, total: int) -> None:
            if self._progress is not None:
                self._progress.update(self._task, completed=completed, total=total)

        return update

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.__exit__(*exc)


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def scan(
        targets: Annotated[list[str], typer.Argument(help="Tarballs, package or project directories, lockfiles, or registry specs (name, name@version, name@range, name@tag).")],
        format: FormatOpt = "text",
        output: OutputOpt = None,
        fail_on: FailOnOpt = FailOn.malicious,
        jobs: JobsOpt = None,
        offline: OfflineOpt = False,
        no_cache: NoCacheOpt = False,
        dynamic: Annotated[bool, typer.Option("--dynamic", help="Also run each package in the sandbox (install, load, execute).")] = False,
        config: Annotated[Optional[Path], typer.Option("--project", help="Project whose .npmrc and .npmward.yml apply (default: the first directory target, else the current directory).")] = None,
    ) -> None:
        """Analyse packages' code and metadata; report each verdict with its evidence."""
        project = config or next((Path(t) for t in targets if Path(t).is_dir()), Path.cwd())
        settings = load_settings(project, offline=offline, use_cache=not no_cache, jobs=jobs)
        report = run_scan(targets, settings, dynamic=dynamic, progress=True)
        finish(report, format, output, fail_on)
