"""`npmward db update|import|status`: the offline advisory database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..cli import handles_errors, stderr
from ..settings import load_settings


def _print_status(status) -> None:
    when = ("never" if status.imported_at is None else
            dt.datetime.fromtimestamp(status.imported_at, dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))
    age = "" if status.age_days is None else f" ({status.age_days:.1f} days ago)"
    print(f"database:        {status.path}")
    print(f"source:          {status.source or '-'}")
    print(f"imported:        {when}{age}")
    print(f"vulnerabilities: {status.vulnerabilities}")
    print(f"malware:         {status.malware}")
    print(f"packages:        {status.packages}")
    for warning in status.warnings():
        stderr.print(f"warning: {warning}", markup=False, soft_wrap=True)


def register(app: typer.Typer) -> None:
    db_app = typer.Typer(help="The offline advisory database (OSV records: vulnerabilities and malware). Without "
                              "network: download OSV's npm export (https://osv-vulnerabilities.storage.googleapis.com/"
                              "npm/all.zip) elsewhere and `npmward db import all.zip`.",
                         no_args_is_help=True)
    app.add_typer(db_app, name="db")

    @db_app.command("update")
    @handles_errors
    def update(
        url: Annotated[Optional[str], typer.Option("--url", help="Where to download OSV's npm export (a ZIP) from, e.g. your own mirror of it. Default: $NPMWARD_OSV_URL, else https://osv-vulnerabilities.storage.googleapis.com/npm/all.zip. A file you already have: `npmward db import FILE`.")] = None,
    ) -> None:
        """Download the OSV npm export and replace the database with it."""
        from ..advisories.db import AdvisoryDB
        from ..advisories.update import update_database

        settings = load_settings(Path.cwd())
        result = update_database(settings, url)
        print(f"imported {result.records} records")
        with AdvisoryDB.open(settings.cache_dir) as db:
            _print_status(db.status())

    @db_app.command("import")
    @handles_errors
    def import_(
        path: Annotated[Path, typer.Argument(help="An OSV record (.json), a directory of them (recursive) or a ZIP export.")],
        replace: Annotated[bool, typer.Option("--replace", help="Drop the existing records first.")] = False,
    ) -> None:
        """Import OSV records from a file, directory or ZIP (all or nothing)."""
        from ..advisories.db import AdvisoryDB

        settings = load_settings(Path.cwd())
        with AdvisoryDB.open(settings.cache_dir) as db:
            result = db.import_path(path, replace=replace)
            print(f"imported {result.records} records ({result.skipped} without npm packages skipped)")
            _print_status(db.status())

    @db_app.command("status")
    @handles_errors
    def status() -> None:
        """Age and counts of the database."""
        from ..advisories.db import AdvisoryDB

        settings = load_settings(Path.cwd())
        with AdvisoryDB.open(settings.cache_dir) as db:
            _print_status(db.status())
