"""Alembic environment: runs against the connection the app hands in, or a URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from lms_desktop.db.all_models import Base
from lms_desktop.db.engine import make_engine
from lms_desktop.db.migrate import sqlite_virtual_table_filter

config = context.config
target_metadata = Base.metadata


def _widen_version_table(connection: Connection) -> None:
    # Alembic makes version_num VARCHAR(32); PostgreSQL enforces it, so a descriptive
    # revision id such as "0006_catalog_identifier_record_index" would stop every district
    # database at that migration. SQLite ignores the length.
    if connection.dialect.name != "postgresql":
        return
    connection.exec_driver_sql(
        "CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(128) NOT NULL, "
        "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
    )
    connection.exec_driver_sql(
        "ALTER TABLE alembic_version ALTER COLUMN version_num TYPE VARCHAR(128)"
    )


def _run(connection: Connection) -> None:
    _widen_version_table(connection)
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=sqlite_virtual_table_filter(connection),
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
