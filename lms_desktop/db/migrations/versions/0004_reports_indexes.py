"""reports: covering indexes for the monthly summary and statistics (loans by site and day)

Revision ID: 0004_reports_indexes
Revises: 0003_catalog_search
Create Date: 2026-11-22 13:55:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004_reports_indexes"
down_revision: str | Sequence[str] | None = "0003_catalog_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A month of a district's checkouts is ~55,000 rows: with every column the summary
    # counts inside the index, SQLite never has to visit the loan rows themselves.
    op.create_index(
        "ix_loans_site_out_stats",
        "loans",
        ["site_id", "checked_out_at", "patron_grade", "item_type_code", "patron_id"],
    )
    op.create_index("ix_loans_site_returned", "loans", ["site_id", "returned_at"])
    op.create_index("ix_items_site_acquired", "items", ["site_id", "acquired_on"])


def downgrade() -> None:
    op.drop_index("ix_items_site_acquired", table_name="items")
    op.drop_index("ix_loans_site_returned", table_name="loans")
    op.drop_index("ix_loans_site_out_stats", table_name="loans")
