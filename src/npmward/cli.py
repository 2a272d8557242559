"""The `npmward` command line. Thin: parse arguments, call the library, pick a reporter.

Exit codes, for every command that reports on packages:
  0  nothing at or above `--fail-on`
  1  at least one package at or above `--fail-on`
  2  usage or input error (the reason is on stderr); an input that cannot be read is never "clean"
"""

from __future__ import annotations

import enum
import importlib
import os
import pkgutil
import sys
from functools import wraps
from pathlib import Path
from typing import Annotated, Callable, Optional, TypeVar

import typer
from rich.console import Console

from . import __version__
from .errors import NpmwardError, UsageError
from .model import Action, Level, ScanReport

app = typer.Typer(
    name="npmward",
    help="Protect your organisation from malicious and vulnerable npm packages.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
stderr = Console(stderr=True, highlight=False)

EXIT_OK, EXIT_FOUND, EXIT_ERROR = 0, 1, 2


class FailOn(str, enum.Enum):
    malicious = "malicious"
    suspicious = "suspicious"
    never = "never"


# Options shared by the commands that report on packages.
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="Report format: text, json, sarif (and cyclonedx for audit).")]
OutputOpt = Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the report to FILE instead of stdout.")]
FailOnOpt = Annotated[Optional[FailOn], typer.Option("--fail-on", help="Exit 1 when a package is at or above this level (default: the config file's fail_on, else malicious).")]
JobsOpt = Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Worker processes (default: number of cores).")]
OfflineOpt = Annotated[bool, typer.Option("--offline", help="Use only the local cache; report what is missing.")]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Ignore cached verdicts and metadata.")]
VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Text: every package and every finding, INFO ones included.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Only what blocks or warns, and errors: no progress, notes or summary.")]
MinSeverityOpt = Annotated[str, typer.Option("--min-severity", help="SARIF: leave out findings below this severity: info, low, medium, high or critical.")]
StoreOpt = Annotated[bool, typer.Option("--store", help="Record the run in the results store ($NPMWARD_DB_URL, the config file's db_url, else store.sqlite in the cache).")]

F = TypeVar("F", bound=Callable[..., object])


def handles_errors(func: F) -> F:
    """Turn npmward's errors into a message on stderr and exit code 2, never a traceback."""

    @wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except NpmwardError as exc:
            stderr.print(f"[bold red]error:[/] {_safe(exc)}", markup=True, soft_wrap=True)
            raise typer.Exit(EXIT_ERROR) from None
        except KeyboardInterrupt:
            stderr.print("interrupted")
            raise typer.Exit(130) from None
        except BrokenPipeError:  # the reader of stdout went away (`| head`): nothing more to say
            _silence_stdout()
            raise typer.Exit(141) from None
        except typer.Exit:
            raise
        except Exception as exc:  # a bug must still end with a message and exit 2, not a traceback
            if os.environ.get("NPMWARD_DEBUG"):
                raise
            stderr.print(f"[bold red]internal error:[/] {type(exc).__name__}: {_safe(exc)} "
                         "(set NPMWARD_DEBUG=1 for the traceback, and please report it)", soft_wrap=True)
            raise typer.Exit(EXIT_ERROR) from None

    return wrapper  # type: ignore[return-value]


def _safe(text: object) -> str:
    """An error message for rich markup: it may quote a package's name or content."""
    from rich.markup import escape

    from .report.printable import printable

    return escape(printable(text))


def finish(report: ScanReport, fmt: str, output: Path | None, *, verbose: bool = False, quiet: bool = False,
           min_severity: str = "low") -> None:
    """Render the report, print the run's errors and notes on stderr, and exit with the right code.

    Errors and notes always go to stderr, once, so a CI log shows why a run failed; a text report on
    stdout leaves them out (they would be printed twice), a report written anywhere else carries them
    too. A reader that stops early (`npmward ... | head`) ends the output, not the run's verdict."""
    from .model import Severity
    from .report import RENDERERS, RenderOptions
    from .report.printable import printable
    from .report.text import error_line

    if _progress is not None:
        _progress.stop()
    if fmt not in RENDERERS:
        raise UsageError(f"unknown format {fmt!r} (choose from {', '.join(sorted(RENDERERS))})")
    try:
        floor = Severity.parse(min_severity)
    except KeyError:
        raise UsageError(f"--min-severity: {min_severity!r} is not one of info, low, medium, high, critical") from None
    terminal = output is None and sys.stdout.isatty()
    options = RenderOptions(verbose=verbose, quiet=quiet, min_severity=floor,
                            color=terminal and "NO_COLOR" not in os.environ,
                            width=stdout_width() if terminal else None, messages=output is not None)
    text = RENDERERS[fmt](report, options)
    if output is not None:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot write {output}: {exc.strerror or exc}") from None
    else:
        write_stdout(text if text.endswith("\n") or not text else text + "\n", exit_code(report))
    for note in () if quiet else report.notes:
        stderr.print(f"note: {printable(note)}", markup=False, soft_wrap=True)
    for error in report.errors:
        stderr.print(f"error: {printable(error_line(error))}", markup=False, soft_wrap=True)
    raise typer.Exit(exit_code(report))


def stdout_width() -> int:
    import shutil

    return shutil.get_terminal_size().columns


def write_stdout(text: str, code: int) -> None:
    """Write to stdout; when the reader has gone (`| head`), stop quietly with `code`."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(code) from None


def _silence_stdout() -> None:
    # Python flushes stdout again at exit; point it at /dev/null so that flush cannot fail too.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def exit_code(report: ScanReport) -> int:
    """2 when an input could not be read (the run is incomplete), else 1 when the policy blocks a
    package, else 0."""
    if report.errors:
        return EXIT_ERROR
    return EXIT_FOUND if any(p.action is Action.BLOCK for p in report.packages) else EXIT_OK


def fail_on_level(fail_on: "FailOn | None") -> "Level | None | str":
    """The policy's `fail_on` from the command line: a level, None for never, "config" when unset."""
    if fail_on is None:
        return "config"
    return None if fail_on is FailOn.never else Level(fail_on.value)


def project_of(project: Path | None, targets: list[str]) -> Path:
    """The project whose configuration applies: `--project`, else the first directory target (or a
    lockfile target's directory), else the current directory."""
    if project is not None:
        return project
    for target in targets:
        path = Path(target)
        if path.is_dir():
            return path
        if path.is_file() and path.suffix in (".json", ".yaml", ".lock"):
            return path.parent
    return Path.cwd()


class _Progress:
    """Progress on stderr: a bar on a terminal; a one-line heartbeat every `HEARTBEAT` seconds
    otherwise, so a long CI run is never silent for minutes."""

    HEARTBEAT = 15.0

    def __init__(self) -> None:
        import time

        self.clock = time.monotonic
        self.tty = sys.stderr.isatty()
        self.bar = None
        self.task = None
        self.stage = ""
        self.started = self.last = self.clock()

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        if stage != self.stage:
            self.stop()
            self.stage, self.started, self.last = stage, self.clock(), self.clock()
        if self.tty:
            if self.bar is None and (total or 0) > 1:
                from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

                self.bar = Progress(TextColumn(stage), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                    console=stderr, transient=True)
                self.bar.start()
                self.task = self.bar.add_task(stage, total=total)
            if self.bar is not None:
                self.bar.update(self.task, completed=done, total=total)
            return
        now = self.clock()
        if now - self.last >= self.HEARTBEAT and total:
            rate = done / max(now - self.started, 1e-6)
            eta = f", ETA {int((total - done) / rate)} s" if rate > 0 and done < total else ""
            stderr.print(f"{stage}: {done}/{total} ({rate:.1f}/s{eta})", markup=False, highlight=False)
            self.last = now

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None


_progress: "_Progress | None" = None


def show_progress(quiet: bool = False):
    """The run's progress reporter (silent with --quiet)."""
    global _progress
    if quiet:
        return None
    _progress = _Progress()
    return _progress


def open_pipeline(project: Path | None, *, fail_on: "FailOn | None" = None, offline: bool = False,
                  no_cache: bool = False, jobs: int | None = None, extras=None, audit_level=None, **settings):
    """The run's pipeline: settings from trusted sources, the policy with the project's files on top
    (`audit_level`: the `Severity` at which a known vulnerability blocks, for `audit`)."""
    from dataclasses import replace

    from .pipeline import Pipeline
    from .policy import load_policy
    from .settings import load_settings

    loaded = load_settings(project, offline=offline or None, use_cache=False if no_cache else None, jobs=jobs,
                           **settings)
    policy = load_policy(project, fail_on_level(fail_on))
    if audit_level is not None:
        policy = replace(policy, audit_level=audit_level)
    return Pipeline(loaded, policy, extras=extras)


def _version_callback(value: bool) -> None:
    if value:
        print(f"npmward {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version_callback, is_eager=True, help="Show the version.")] = False,
) -> None:
    """Protect your organisation from malicious and vulnerable npm packages."""


def _load_commands() -> None:
    from . import commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        importlib.import_module(f"{commands.__name__}.{info.name}").register(app)


_load_commands()


def main() -> None:
    app()
