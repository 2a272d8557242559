"""Schema migrations: Alembic, with its scripts shipped inside the package (`migrations/`).

`upgrade(engine)` brings a database to the newest revision. It is cheap when there is nothing to do
(one query of `alembic_version`), and serialised between processes: on SQLite by the write lock
the migration transaction takes, on PostgreSQL by an advisory lock.
"""

from __future__ import annotations

from pathlib import Path

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
HEAD = "0001"
"""The newest revision (a test checks it against the scripts): opening a store that is already there
reads one row and never imports Alembic."""
PG_LOCK = 0x6E706D77  # "npmw": the advisory lock id migrations hold on PostgreSQL


def alembic_config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head() -> str:
    """The newest revision according to the migration scripts."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current(connection) -> str | None:
    """The database's revision (None for an empty database)."""
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine, revision: str = "head") -> None:
    """Migrate to `revision` (default: the newest) unless the database is already there."""
    target = HEAD if revision == "head" else revision
    with engine.connect() as connection:
        if current(connection) == target:
            return
    from alembic import command

    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            from sqlalchemy import text

            connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": PG_LOCK})
        command.upgrade(alembic_config(connection), revision)


def downgrade(engine, revision: str) -> None:
    from alembic import command

    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), revision)
