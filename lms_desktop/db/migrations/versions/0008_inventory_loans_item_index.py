"""inventory: index of loans by item and checkout time (weeding lists read it alone)

Revision ID: 0008_inventory_loans_item_index
Revises: 0007_inventory_tables
Create Date: 2026-11-22 14:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008_inventory_loans_item_index"
down_revision: str | Sequence[str] | None = "0007_inventory_tables"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_loans_item_out", "loans", ["item_id", "checked_out_at"])


def downgrade() -> None:
    op.drop_index("ix_loans_item_out", table_name="loans")
