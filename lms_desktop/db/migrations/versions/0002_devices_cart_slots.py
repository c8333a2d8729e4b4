"""devices: cart loan slots, one device per cart slot, device type index

Revision ID: 0002_devices
Revises: 0001
Create Date: 2026-11-22 13:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import lms_desktop.db.base

revision: str = "0002_devices"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "cart_loan_slots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("loan_id", sa.Integer(), nullable=False),
        sa.Column("cart_id", sa.Integer(), nullable=False),
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("device_item_id", sa.Integer(), nullable=False),
        sa.Column("returned_at", lms_desktop.db.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["cart_id"],
            ["carts.id"],
            name=op.f("fk_cart_loan_slots_cart_id_carts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["device_item_id"],
            ["items.id"],
            name=op.f("fk_cart_loan_slots_device_item_id_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["loan_id"],
            ["loans.id"],
            name=op.f("fk_cart_loan_slots_loan_id_loans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cart_loan_slots")),
        sa.UniqueConstraint("loan_id", "slot", name="uq_cart_loan_slots_loan_slot"),
    )
    with op.batch_alter_table("cart_loan_slots", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cart_loan_slots_loan_id"), ["loan_id"], unique=False)
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.create_unique_constraint("uq_devices_cart_slot", ["cart_id", "cart_slot"])
        batch_op.create_index("ix_devices_device_type", ["device_type"], unique=False)
    with op.batch_alter_table("incident_photos", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_incident_photos_incident_id"), ["incident_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("incident_photos", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_photos_incident_id"))
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.drop_index("ix_devices_device_type")
        batch_op.drop_constraint("uq_devices_cart_slot", type_="unique")
    with op.batch_alter_table("cart_loan_slots", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cart_loan_slots_loan_id"))
    op.drop_table("cart_loan_slots")
