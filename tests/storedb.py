"""The two databases every store test runs against: a SQLite file and a real PostgreSQL server.

The PostgreSQL server is Debian's (installed by scripts/test.sh), started once per test session in a
temporary data directory, listening only on a Unix socket there. As root, the server runs as the
`postgres` user (PostgreSQL refuses root). Every test gets a fresh database in it.

Use from a folder's conftest.py: `from storedb import *  # noqa: F401,F403` (the fixtures).
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

__all__ = ["db_url", "fresh_db_url", "postgres_server", "postgres_store_url"]


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(found[-1]).parent if found else None


class PostgresServer:
    """A throwaway PostgreSQL cluster."""

    def __init__(self) -> None:
        bindir = _pg_bin()
        if bindir is None:
            pytest.fail("PostgreSQL is not installed (scripts/test.sh installs Debian's postgresql)")
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="npmward-pg-"))
        self.data = self.root / "data"
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres", "postgres")
            self.as_user = ["runuser", "-u", "postgres", "--"]
        self.root.chmod(0o755)
        self.user = "postgres" if self.as_user else os.environ.get("USER", "postgres")
        self._run("initdb", "-D", str(self.data), "-U", self.user, "-A", "trust", "--no-sync", "-E", "UTF8")
        options = (f"-c listen_addresses='' -c unix_socket_directories={self.root} -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-w", "-l", str(self.root / "log"), "start")
        self._names = itertools.count()

    def _run(self, tool: str, *args: str) -> None:
        done = subprocess.run(self.as_user + [str(self.bindir / tool), *args], capture_output=True, text=True,
                              timeout=120)
        if done.returncode != 0:
            pytest.fail(f"{tool} failed: {done.stderr or done.stdout}")

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@/{database}?host={self.root}"

    def create_database(self) -> str:
        import psycopg

        name = f"t{os.getpid()}_{next(self._names)}"
        with psycopg.connect(f"host={self.root} user={self.user} dbname=postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(f"host={self.root} user={self.user} dbname=postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
        for _ in range(50):
            if not (self.data / "postmaster.pid").exists():
                break
            time.sleep(0.1)
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server():
    server = PostgresServer()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def postgres_store_url(postgres_server):
    """One migrated PostgreSQL database for the session, emptied after each test that uses it."""
    from npmward.store import Store

    url = postgres_server.url(postgres_server.create_database())
    Store(url).close()
    return url


def _empty(url: str) -> None:
    from sqlalchemy import create_engine, text

    from npmward.store.models import Base

    engine = create_engine(url)
    with engine.begin() as connection:
        names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
        connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A URL of an empty, migrated database, once per kind (on PostgreSQL: the session's database,
    emptied afterwards)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite'}"
    else:
        url = request.getfixturevalue("postgres_store_url")
        yield url
        _empty(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_db_url(request, tmp_path):
    """A URL of a database with nothing in it, not even the schema (migration tests)."""
    server = request.getfixturevalue("postgres_server") if request.param == "postgresql" else None
    name = server.create_database() if server else None
    yield server.url(name) if server else f"sqlite:///{tmp_path / 'fresh.sqlite'}"
    if server:
        server.drop_database(name)
