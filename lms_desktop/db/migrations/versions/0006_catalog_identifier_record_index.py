"""catalog: index bib_identifiers.record_id (title detail, replace and delete scanned the table)

Revision ID: 0006_catalog_identifier_record_index
Revises: 0005_devices_loan_cascades
Create Date: 2026-11-22 14:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_catalog_identifier_record_index"
down_revision: str | Sequence[str] | None = "0005_devices_loan_cascades"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # This revision's id is 36 characters; Alembic's version table holds 32 unless
        # widened, and it records the new id right after this function returns.
        op.alter_column(
            "alembic_version", "version_num", type_=sa.String(64), existing_nullable=False
        )
    with op.batch_alter_table("bib_identifiers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_bib_identifiers_record_id"), ["record_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("bib_identifiers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bib_identifiers_record_id"))
