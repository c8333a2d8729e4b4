"""catalog: FTS5 keyword index of titles (SQLite only), filled from existing records

Revision ID: 0003_catalog_search
Revises: 0002_devices
Create Date: 2026-11-22 13:50:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003_catalog_search"
down_revision: str | Sequence[str] | None = "0002_devices"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # PostgreSQL searches bib_records directly (ILIKE); only SQLite gets the FTS5 table.
    if op.get_bind().dialect.name != "sqlite":
        return
    # remove_diacritics 2: "Garcia" finds "García", "Bronte" finds "Brontë".
    op.execute(
        "CREATE VIRTUAL TABLE bib_search USING fts5("
        "title, author, subjects, keywords, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.execute(
        "INSERT INTO bib_search(rowid, title, author, subjects, keywords) "
        "SELECT id, title, author, subjects, publisher FROM bib_records"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TABLE IF EXISTS bib_search")
