"""catalog: items.holdings_json keeps the whole imported holdings field (852/949) of a copy

Revision ID: 0010_catalog_items_holdings_json
Revises: 0009_circulation_indexes
Create Date: 2026-12-02 07:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_catalog_items_holdings_json"
down_revision: str | Sequence[str] | None = "0009_circulation_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Export writes the copy's original field back with the app's values brought up to
    # date, so 852 $a, $t, $x, $z, $5, $7 and a second $b survive a round trip. A
    # nullable column: a plain ALTER TABLE ADD COLUMN on SQLite too, no table rebuild.
    op.add_column("items", sa.Column("holdings_json", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.drop_column("holdings_json")
