"""The results store: what npmward found, per project and over time, in SQLite or PostgreSQL.

`open_store(settings)` opens the database named by `--db`, `NPMWARD_DB_URL` or the user's config file
(`db_url:`), else `<cache_dir>/store.sqlite`; it is never chosen by a scanned project. Opening migrates
the schema to the newest revision (Alembic, shipped in `migrations/`), under a lock so that two
processes opening a new database at once do not both create it.

SQLite runs in WAL mode, and every write transaction starts with `BEGIN IMMEDIATE` and waits up to
`BUSY_SECONDS` for another writer: two monitor runs and a dashboard write never fail on a lock and
never lose an update. Rows that several writers may add at once are inserted with
`ON CONFLICT` clauses (`upsert`), on both databases.
"""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from ..errors import NpmwardError

SQLITE_FILE = "store.sqlite"
BUSY_SECONDS = 60


class StoreError(NpmwardError):
    """The store cannot be opened or written."""


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def store_url(settings: Any, explicit: str | None = None) -> str:
    """The database URL: `explicit` (`--db`), else the settings' `db_url` (NPMWARD_DB_URL, config
    file), else the SQLite file in the cache directory. Plain `postgresql://` uses psycopg 3."""
    url = explicit or getattr(settings, "db_url", None)
    if not url:
        return f"sqlite:///{Path(settings.cache_dir) / SQLITE_FILE}"
    if "://" not in url:  # a path: a SQLite file
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    scheme = url.split("://", 1)[0]
    if scheme in ("postgres", "postgresql"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if scheme not in ("sqlite", "postgresql+psycopg"):
        raise StoreError(f"unsupported database URL scheme {scheme!r}: use a SQLite path or sqlite:///FILE, "
                         "or postgresql://USER@HOST/DB")
    return url


def safe_url(url: str) -> str:
    """The URL with any password hidden, for messages."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - a URL we cannot parse is shown without its credentials part
        return url.split("://", 1)[0] + "://…"


class Store:
    """An open results store. Use as a context manager; `session()` gives a write transaction."""

    def __init__(self, url: str, *, migrate: bool = True):
        from sqlalchemy import create_engine
        from sqlalchemy.exc import SQLAlchemyError
        from sqlalchemy.orm import sessionmaker

        self.url = url
        self.dialect = url.split(":", 1)[0].split("+", 1)[0]
        try:
            if self.dialect == "sqlite":
                path = Path(url.removeprefix("sqlite:///"))
                path.parent.mkdir(parents=True, exist_ok=True)
                # Writers take the write lock when they begin (no deadlock upgrading a read lock
                # later); readers begin deferred, so pages keep reading while a run writes.
                self.engine = _sqlite_engine(url, "BEGIN IMMEDIATE")
                self.read_engine = _sqlite_engine(url, "BEGIN")
            else:
                self.engine = self.read_engine = create_engine(url, pool_pre_ping=True,
                                                               connect_args={"connect_timeout": 10})
            self.sessions = sessionmaker(self.engine, expire_on_commit=False)
            self.readers = sessionmaker(self.read_engine, expire_on_commit=False)
            if migrate:
                from .migrate import upgrade

                upgrade(self.engine)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open the store {safe_url(url)}: {_reason(exc)}") from exc
        except OSError as exc:
            raise StoreError(f"cannot open the store {safe_url(url)}: {exc}") from exc

    @contextmanager
    def session(self) -> Iterator[Any]:
        """A write transaction: committed when the block ends, rolled back on an exception."""
        with self._transaction(self.sessions) as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Any]:
        """A read-only transaction (a consistent view while writers go on)."""
        with self._transaction(self.readers) as session:
            yield session

    @contextmanager
    def _transaction(self, factory) -> Iterator[Any]:
        from sqlalchemy.exc import SQLAlchemyError

        try:
            with factory.begin() as session:
                yield session
        except SQLAlchemyError as exc:
            raise StoreError(f"store {safe_url(self.url)}: {_reason(exc)}") from exc

    def close(self) -> None:
        self.engine.dispose()
        self.read_engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(settings: Any, explicit: str | None = None) -> Store:
    return Store(store_url(settings, explicit))


def _sqlite_engine(url: str, begin: str):
    from sqlalchemy import create_engine, event

    engine = create_engine(url, connect_args={"timeout": BUSY_SECONDS, "isolation_level": None})
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql(begin))
    return engine


def _sqlite_connect(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_SECONDS * 1000}")
    cursor.close()


def _reason(exc: Exception) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).strip().splitlines()[0] if str(orig or exc).strip() else type(exc).__name__


def upsert(session: Any, model: Any, rows: Sequence[dict[str, Any]], keys: Sequence[str],
           update: Iterable[str] = (), returning: Sequence[Any] = ()) -> list[Any]:
    """Insert `rows`, and on a conflict on `keys` update the `update` columns (or do nothing).
    Rows are sorted by their keys first, so concurrent writers lock them in the same order.
    With `returning`, the inserted or updated rows' columns are returned (not the untouched ones)."""
    if not rows:
        return []
    if session.bind.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    ordered = sorted(rows, key=lambda row: tuple(str(row[k]) for k in keys))
    statement = insert(model)
    update = list(update)
    if update:
        statement = statement.on_conflict_do_update(index_elements=list(keys),
                                                    set_={c: statement.excluded[c] for c in update})
    else:
        statement = statement.on_conflict_do_nothing(index_elements=list(keys))
    # One compiled statement, run over the rows in batches ("insertmanyvalues"): compiling a
    # statement with the values inline costs more than running it.
    if returning:
        return list(session.execute(statement.returning(*returning), ordered).all())
    session.execute(statement, ordered)
    return []


def record_event(session: Any, actor: str, kind: str, subject: str, project_id: int | None = None,
                 **detail: Any) -> None:
    """Add one entry to the audit trail."""
    from .models import Event

    session.add(Event(at=now(), actor=actor, kind=kind, project_id=project_id, subject=subject, detail=detail))
