"""devices: checklists and receipts go with an undone loan; incidents keep their record

Revision ID: 0005_devices_loan_cascades
Revises: 0004_reports_indexes
Create Date: 2026-11-22 14:05:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005_devices_loan_cascades"
down_revision: str | Sequence[str] | None = "0004_reports_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, ondelete after upgrade) for each table's loan_id foreign key
_CHANGES = (
    ("condition_checks", "CASCADE"),
    ("agreement_receipts", "CASCADE"),
    ("incidents", "SET NULL"),
)


def _repoint(ondelete: dict[str, str | None]) -> None:
    for table, _ in _CHANGES:
        name = f"fk_{table}_loan_id_loans"
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(name, type_="foreignkey")
            batch_op.create_foreign_key(
                name, "loans", ["loan_id"], ["id"], ondelete=ondelete[table]
            )


def upgrade() -> None:
    _repoint({table: rule for table, rule in _CHANGES})


def downgrade() -> None:
    _repoint({table: None for table, _ in _CHANGES})
