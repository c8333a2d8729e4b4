"""circulation: indexes for the desk's reads of a patron's holds, an item's holds, fee payments

Revision ID: 0009_circulation_indexes
Revises: 0008_inventory_loans_item_index
Create Date: 2026-11-22 14:35:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009_circulation_indexes"
down_revision: str | Sequence[str] | None = "0008_inventory_loans_item_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Closed holds and old payments stay in their tables for good: without these, every
    # check-out and check-in would read all of them.
    op.create_index("ix_holds_patron_status", "holds", ["patron_id", "status"])
    op.create_index("ix_holds_item_status", "holds", ["item_id", "status"])
    op.create_index("ix_fee_payments_fee_id", "fee_payments", ["fee_id"])


def downgrade() -> None:
    op.drop_index("ix_fee_payments_fee_id", table_name="fee_payments")
    op.drop_index("ix_holds_item_status", table_name="holds")
    op.drop_index("ix_holds_patron_status", table_name="holds")
