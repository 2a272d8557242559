"""Schema migrations: Alembic, with its scripts shipped inside the package (`migrations/`).

`upgrade(engine)` brings a database to the newest revision. It is cheap when there is nothing to do
(one query of `alembic_version`), and serialised between processes: on SQLite by the write lock
the migration transaction takes, on PostgreSQL by an advisory lock.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
PG_LOCK = 0x6E706D77  # "npmw": the advisory lock id migrations hold on PostgreSQL


def alembic_config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


@lru_cache(maxsize=1)
def head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current(connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine, revision: str = "head") -> None:
    """Migrate to `revision` (default: the newest) unless the database is already there."""
    from alembic import command

    target = head() if revision == "head" else revision
    with engine.connect() as connection:
        if current(connection) == target:
            return
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            from sqlalchemy import text

            connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": PG_LOCK})
        command.upgrade(alembic_config(connection), revision)


def downgrade(engine, revision: str) -> None:
    from alembic import command

    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), revision)
