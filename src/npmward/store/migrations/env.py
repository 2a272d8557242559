"""Alembic environment: runs on the connection `npmward.store.migrate` hands over (never reads an
ini file or a URL of its own)."""

from alembic import context

from npmward.store.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  compare_type=True)
with context.begin_transaction():
    context.run_migrations()
