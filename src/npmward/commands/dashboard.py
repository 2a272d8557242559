"""`npmward dashboard`: serve the results store as web pages (127.0.0.1 by default)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..cli import handles_errors, stderr

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def read_token(token_file: Path | None) -> str | None:
    """The dashboard token: `--token-file`, else `NPMWARD_DASHBOARD_TOKEN`; None = read-only."""
    from ..errors import UsageError

    if token_file is not None:
        try:
            token = token_file.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise UsageError(f"{token_file}: cannot read the token: {exc.strerror or exc}") from None
    else:
        token = os.environ.get("NPMWARD_DASHBOARD_TOKEN", "").strip()
    if token and len(token) < 16:
        raise UsageError("the dashboard token must have at least 16 characters")
    return token or None


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def dashboard(
        host: Annotated[str, typer.Option("--host", help="Address to listen on (default: this machine only).")] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port (0: any free port).")] = 8080,
        db: Annotated[Optional[str], typer.Option("--db", help="Results store: a SQLite file or postgresql://USER@HOST/DB (default: $NPMWARD_DB_URL, the config file's db_url, else store.sqlite in the cache).")] = None,
        token_file: Annotated[Optional[Path], typer.Option("--token-file", help="File holding the token that allows triage (default: $NPMWARD_DASHBOARD_TOKEN; none = read-only).")] = None,
    ) -> None:
        """Serve the dashboard: portfolio, projects, packages, firewall log; triage with a token."""
        import uvicorn

        from ..dashboard.app import create_app
        from ..settings import load_settings
        from ..store import open_store, safe_url

        token = read_token(token_file)
        settings = load_settings(Path.cwd())
        store = open_store(settings, db)
        if host not in LOOPBACK:
            stderr.print(f"warning: listening on {host}: anyone who can reach it can read the store"
                         + ("" if token else " (and nobody can triage: no token)"), markup=False)
        stderr.print(f"npmward dashboard on http://{host}:{port}/ ({safe_url(store.url)}; "
                     f"{'triage with the token' if token else 'read-only'})", markup=False)
        try:
            uvicorn.run(create_app(store, token), host=host, port=port, log_level="warning", access_log=False)
        finally:
            store.close()
