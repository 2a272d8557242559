"""`npmward dashboard`: serve the results store as web pages (127.0.0.1 by default)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..cli import handles_errors, stderr

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def dashboard(
        host: Annotated[str, typer.Option("--host", help="Address to listen on (default: this machine only).")] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port (0: any free port).")] = 8080,
        db: Annotated[Optional[str], typer.Option("--db", help="Results store: a SQLite file or postgresql://USER@HOST/DB (default: $NPMWARD_DB_URL, the config file's db_url, else store.sqlite in the cache).")] = None,
        token_file: Annotated[Optional[Path], typer.Option("--token-file", help="File holding the token that allows triage (default: $NPMWARD_DASHBOARD_TOKEN; none = read-only).")] = None,
        workers: Annotated[Optional[int], typer.Option("--workers", min=1, max=32, help="Server processes (default: the number of cores, at most 4).")] = None,
    ) -> None:
        """Serve the dashboard: portfolio, projects, packages, firewall log; triage with a token."""
        import uvicorn

        from ..dashboard.app import WORKER_ENV, create_app, read_token
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
        # Pages are rendered in Python: one process runs one page at a time whatever its threads (the
        # GIL), so concurrent readers queue; several processes use the cores. Each worker opens the
        # store itself (uvicorn starts workers from an import string, not from this app object).
        workers = workers or min(4, os.cpu_count() or 1)
        try:
            if workers == 1:
                uvicorn.run(create_app(store, token), host=host, port=port, log_level="warning", access_log=False)
            else:
                import json
                import socket

                from uvicorn.supervisors import Multiprocess

                os.environ[WORKER_ENV] = json.dumps({"url": store.url,
                                                     "token_file": str(token_file) if token_file else None})
                config = uvicorn.Config("npmward.dashboard.app:worker_app", factory=True, workers=workers, host=host,
                                        port=port, log_level="warning", access_log=False)
                # What uvicorn.run does for workers, plus TCP_NODELAY on the shared socket (connections
                # accepted from it inherit it): uvicorn binds it without the TCP protocol number, so
                # asyncio leaves Nagle on, and a response (headers, then body: two writes) waited
                # ~40 ms for the client's delayed ACK on every request of a kept-alive connection.
                sock = config.bind_socket()
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                Multiprocess(config, sockets=[sock]).run()
        finally:
            store.close()
