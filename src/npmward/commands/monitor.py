"""`npmward monitor add|list|remove|run|watch|export|firewall-log`: keep projects' verdicts up to
date in the results store and alert on what is new."""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..cli import EXIT_ERROR, EXIT_FOUND, EXIT_OK, JobsOpt, OfflineOpt, handles_errors, stderr

DbOpt = Annotated[Optional[str], typer.Option("--db", help="Results store: a SQLite file or postgresql://USER@HOST/DB (default: $NPMWARD_DB_URL, the config file's db_url, else store.sqlite in the cache).")]
AlertsOpt = Annotated[Optional[Path], typer.Option("--alerts", help="Alert channels file (default: $NPMWARD_ALERTS, else ~/.config/npmward/alerts.yml when it exists).")]
INTERVAL = re.compile(r"^(\d+(?:\.\d+)?)([smhd])$")
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """`30s`, `15m`, `1h`, `1d` -> seconds (at least 10 s)."""
    from ..errors import UsageError

    match = INTERVAL.match(text.strip())
    if not match:
        raise UsageError(f"--every {text!r}: use a number and s, m, h or d (e.g. 1h)")
    seconds = float(match.group(1)) * UNITS[match.group(2)]
    if seconds < 10:
        raise UsageError("--every must be at least 10s")
    return seconds


def _open(db: str | None, **overrides):
    from ..settings import load_settings
    from ..store import open_store

    settings = load_settings(Path.cwd(), **overrides)
    return settings, open_store(settings, db)


def register(app: typer.Typer) -> None:
    monitor_app = typer.Typer(help="Monitor projects: store their verdicts, re-evaluate what changed, alert on what is new.",
                              no_args_is_help=True)
    app.add_typer(monitor_app, name="monitor")

    @monitor_app.command("add")
    @handles_errors
    def add(
        source: Annotated[str, typer.Argument(help="A project directory, a lockfile, or a git URL.")],
        name: Annotated[Optional[str], typer.Option("--name", help="The project's name (default: the directory's or repository's).")] = None,
        mode: Annotated[str, typer.Option("--mode", help="scan: advisories + code and metadata analysis (downloads tarballs); audit: advisories only.")] = "scan",
        db: DbOpt = None,
    ) -> None:
        """Monitor a project; `monitor run` evaluates it."""
        from ..monitor.projects import add_project

        _, store = _open(db)
        with store, store.session() as session:
            project = add_project(session, source, name, mode)
            print(f"monitoring {project.name} ({project.source}, mode {project.mode}); run `npmward monitor run` to evaluate it")

    @monitor_app.command("remove")
    @handles_errors
    def remove(name: Annotated[str, typer.Argument(help="The project's name.")], db: DbOpt = None) -> None:
        """Stop monitoring a project and delete its stored results."""
        from ..monitor.projects import remove_project

        _, store = _open(db)
        with store, store.session() as session:
            remove_project(session, name)
        print(f"removed {name}")

    @monitor_app.command("list")
    @handles_errors
    def list_(
        db: DbOpt = None,
        fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
    ) -> None:
        """The projects, when they were last checked, and their counts."""
        from ..dashboard.queries import portfolio

        _, store = _open(db)
        with store, store.reading() as session:
            rows = portfolio(session)
        if fmt == "json":
            print(json.dumps([row.as_dict() for row in rows], indent=2, default=str))
            return
        if not rows:
            print("no projects yet: `npmward monitor add PATH|GIT_URL`")
            return
        print(f"{'project':30} {'mode':6} {'checked':17} {'packages':>8} {'malicious':>9} {'suspicious':>10} {'open':>5}")
        for row in rows:
            checked = row.checked_at.strftime("%Y-%m-%d %H:%M") if row.checked_at else "never"
            print(f"{row.name[:30]:30} {row.mode:6} {checked:17} {row.packages:>8} {row.malicious:>9} "
                  f"{row.suspicious:>10} {row.open_findings:>5}")

    @monitor_app.command("run")
    @handles_errors
    def run(
        names: Annotated[Optional[list[str]], typer.Argument(help="Projects to run (default: all).")] = None,
        alerts: AlertsOpt = None,
        db: DbOpt = None,
        offline: OfflineOpt = False,
        jobs: JobsOpt = None,
        fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
    ) -> None:
        """Re-evaluate what changed (lockfile, policy, rules, advisories) and alert on what is new."""
        code = _cycle(names or [], alerts, db, offline, jobs, fmt, None)
        raise typer.Exit(code)

    @monitor_app.command("watch")
    @handles_errors
    def watch(
        every: Annotated[str, typer.Option("--every", help="Time between runs: 30m, 1h, 1d ...")] = "1h",
        alerts: AlertsOpt = None,
        db: DbOpt = None,
        firewall_log: Annotated[Optional[Path], typer.Option("--firewall-log", help="Also ingest this `npmward serve` decision log each cycle.")] = None,
        update_db: Annotated[bool, typer.Option("--update-db/--no-update-db", help="Update the advisory database before each run.")] = False,
        offline: OfflineOpt = False,
        jobs: JobsOpt = None,
        cycles: Annotated[Optional[int], typer.Option("--cycles", min=1, help="Stop after this many runs (default: run until stopped).")] = None,
    ) -> None:
        """Run the monitor every interval, as a long-running service (stop with SIGTERM or Ctrl-C)."""
        import signal

        interval = parse_interval(every)
        stopping = []
        signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
        from ..errors import NpmwardError

        done = 0
        while not stopping:
            started = time.monotonic()
            if update_db:
                _update_advisories()
            try:
                _cycle([], alerts, db, offline, jobs, "text", firewall_log)
            except NpmwardError as exc:  # the store or a file is unavailable now: try again next time
                stderr.print(f"error: {exc}", markup=False, soft_wrap=True)
            done += 1
            if cycles is not None and done >= cycles:
                break
            while not stopping and time.monotonic() - started < interval:
                time.sleep(min(1.0, interval))
        stderr.print("monitor watch: stopped", markup=False)

    @monitor_app.command("export")
    @handles_errors
    def export(
        name: Annotated[str, typer.Argument(help="The project's name.")],
        fmt: Annotated[str, typer.Option("--format", "-f", help="sarif or cyclonedx (with VEX from triage).")] = "cyclonedx",
        output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to FILE instead of stdout.")] = None,
        db: DbOpt = None,
    ) -> None:
        """Export a project's current state from the store."""
        from ..errors import UsageError
        from ..monitor.export import export_cyclonedx, export_sarif
        from ..monitor.projects import find_project

        exporters = {"sarif": export_sarif, "cyclonedx": export_cyclonedx}
        if fmt not in exporters:
            raise UsageError(f"--format must be sarif or cyclonedx, not {fmt!r}")
        _, store = _open(db)
        with store, store.reading() as session:
            project = find_project(session, name)
            if project.snapshot_id is None:
                raise UsageError(f"{name} has not been evaluated yet: run `npmward monitor run {name}`")
            text = exporters[fmt](session, project)
        _write(text, output)

    @monitor_app.command("firewall-log")
    @handles_errors
    def firewall_log_(
        path: Annotated[Path, typer.Argument(help="The JSON-lines decision log of `npmward serve`.")],
        db: DbOpt = None,
    ) -> None:
        """Ingest the firewall's decisions (new lines only; safe to repeat)."""
        _, store = _open(db)
        with store:
            code = _ingest(store, path)
        raise typer.Exit(code)


def _write(text: str, output: Path | None) -> None:
    from ..errors import UsageError

    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write {output}: {exc.strerror or exc}") from None


def _ingest(store, path: Path) -> int:
    from ..monitor.firewall_log import ingest_log

    result = ingest_log(store, path)
    print(f"{path}: {result.read} decisions read, {result.added} new")
    for line in result.bad[:20]:
        stderr.print(f"error: {path}: {line}", markup=False, soft_wrap=True)
    if len(result.bad) > 20:
        stderr.print(f"error: {path}: ... and {len(result.bad) - 20} more unreadable lines", markup=False)
    return EXIT_ERROR if result.bad else EXIT_OK


def _update_advisories() -> None:
    from ..advisories.update import update_database
    from ..errors import NpmwardError
    from ..settings import load_settings

    try:
        result = update_database(load_settings(Path.cwd()), None)
        stderr.print(f"advisory database: {result.records} records", markup=False)
    except NpmwardError as exc:  # a failed update keeps the previous database; the run goes on
        stderr.print(f"warning: advisory database not updated: {exc}", markup=False, soft_wrap=True)


def _cycle(names: list[str], alerts: Path | None, db: str | None, offline: bool, jobs: int | None, fmt: str,
           firewall_log: Path | None) -> int:
    """One monitor run: evaluate, publish alerts, ingest the firewall log. Returns the exit code."""
    from ..monitor.alerts import load_alerts, publish, set_baselines
    from ..monitor.run import run_projects

    config = load_alerts(alerts)
    settings, store = _open(db, offline=offline or None, jobs=jobs)
    with store:
        set_baselines(store, config)
        outcomes = run_projects(store, settings, names, progress=lambda m: stderr.print(m, markup=False)
                                if fmt == "text" and sys.stderr.isatty() else None)
        published = publish(store, config) if config.channels else []
        code = _ingest(store, firewall_log) if firewall_log is not None else EXIT_OK
    if fmt == "json":
        print(json.dumps({"projects": [o.__dict__ | {"errors": list(o.errors)} for o in outcomes],
                          "alerts": [a.__dict__ for a in published]}, indent=2))
    else:
        for o in outcomes:
            if o.trigger == "error":
                print(f"{o.name}: FAILED (see below)")
                continue
            what = "unchanged" if o.trigger is None else f"{o.trigger}, {o.reevaluated} evaluated, {o.new_findings} new findings"
            print(f"{o.name}: {what}; {o.packages} packages, {o.malicious} malicious, {o.suspicious} suspicious "
                  f"({o.seconds:.2f} s)")
        for a in published:
            print(f"alerts {a.channel}: {a.sent} sent" + (f", {a.waiting} waiting (rate limit)" if a.waiting else "")
                  + (f" - FAILED: {a.error}" if a.error else ""))
        if not outcomes:
            print("no projects: `npmward monitor add PATH|GIT_URL`")
    for o in outcomes:
        for error in o.errors[:10]:
            stderr.print(f"error: {o.name}: {error}", markup=False, soft_wrap=True)
    if any(o.errors for o in outcomes) or any(a.error for a in published) or code:
        return EXIT_ERROR
    return EXIT_FOUND if any(o.blocked for o in outcomes) else EXIT_OK
