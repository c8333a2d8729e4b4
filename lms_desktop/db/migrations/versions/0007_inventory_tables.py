"""inventory: shelf inventories, scans, missing review, weeding log, year-end rollovers

Revision ID: 0007_inventory_tables
Revises: 0006_catalog_identifier_record_index
Create Date: 2026-11-22 14:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import lms_desktop.db.base

revision: str = "0007_inventory_tables"
down_revision: str | Sequence[str] | None = "0006_catalog_identifier_record_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "inventory_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("scope_location", sa.String(length=100), nullable=False),
        sa.Column("scope_call_from", sa.String(length=100), nullable=False),
        sa.Column("scope_call_to", sa.String(length=100), nullable=False),
        sa.Column("scope_item_type", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("started_at", lms_desktop.db.base.UTCDateTime(), nullable=False),
        sa.Column("started_by", sa.String(length=100), nullable=False),
        sa.Column("closed_at", lms_desktop.db.base.UTCDateTime(), nullable=True),
        sa.Column("in_scope_count", sa.Integer(), nullable=False),
        sa.Column("totals_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_inventory_sessions_site_id_sites")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inventory_sessions")),
    )
    op.create_table(
        "year_end_rollovers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("at", lms_desktop.db.base.UTCDateTime(), nullable=False),
        sa.Column("staff_name", sa.String(length=100), nullable=False),
        sa.Column("closed_year", sa.String(length=50), nullable=False),
        sa.Column("new_year", sa.String(length=50), nullable=False),
        sa.Column("backup_path", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("options_json", sa.Text(), nullable=False),
        sa.Column("stats_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_year_end_rollovers_site_id_sites")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_year_end_rollovers")),
    )
    op.create_table(
        "inventory_missing",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("previous_status", sa.String(length=20), nullable=False),
        sa.Column("decision", sa.String(length=12), nullable=False),
        sa.Column("decided_at", lms_desktop.db.base.UTCDateTime(), nullable=True),
        sa.Column("decided_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["items.id"],
            name=op.f("fk_inventory_missing_item_id_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["inventory_sessions.id"],
            name=op.f("fk_inventory_missing_session_id_inventory_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inventory_missing")),
    )
    with op.batch_alter_table("inventory_missing", schema=None) as batch_op:
        batch_op.create_index(
            "ix_inventory_missing_session", ["session_id", "decision"], unique=False
        )

    op.create_table(
        "inventory_scans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("scanned_at", lms_desktop.db.base.UTCDateTime(), nullable=False),
        sa.Column("barcode", sa.String(length=64), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("shelf", sa.String(length=100), nullable=False),
        sa.Column("location", sa.String(length=100), nullable=False),
        sa.Column("shelf_group", sa.String(length=40), nullable=False),
        sa.Column("call_number_sort", sa.String(length=200), nullable=False),
        sa.Column("outcome", sa.String(length=12), nullable=False),
        sa.Column("in_scope", sa.Boolean(), nullable=False),
        sa.Column("misshelved", sa.Boolean(), nullable=False),
        sa.Column("out_of_order", sa.Boolean(), nullable=False),
        sa.Column("previous_status", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["items.id"],
            name=op.f("fk_inventory_scans_item_id_items"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["inventory_sessions.id"],
            name=op.f("fk_inventory_scans_session_id_inventory_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inventory_scans")),
    )
    with op.batch_alter_table("inventory_scans", schema=None) as batch_op:
        batch_op.create_index(
            "ix_inventory_scans_session_item", ["session_id", "item_id"], unique=False
        )
        batch_op.create_index("ix_inventory_scans_session_seq", ["session_id", "seq"], unique=False)

    op.create_table(
        "weeding_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("at", lms_desktop.db.base.UTCDateTime(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("barcode", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("call_number", sa.String(length=100), nullable=False),
        sa.Column("publication_year", sa.Integer(), nullable=True),
        sa.Column("loan_count", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("staff_name", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["items.id"],
            name=op.f("fk_weeding_log_item_id_items"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_weeding_log_site_id_sites")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_weeding_log")),
    )
    with op.batch_alter_table("weeding_log", schema=None) as batch_op:
        batch_op.create_index("ix_weeding_log_site_at", ["site_id", "at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("weeding_log", schema=None) as batch_op:
        batch_op.drop_index("ix_weeding_log_site_at")

    op.drop_table("weeding_log")
    with op.batch_alter_table("inventory_scans", schema=None) as batch_op:
        batch_op.drop_index("ix_inventory_scans_session_seq")
        batch_op.drop_index("ix_inventory_scans_session_item")

    op.drop_table("inventory_scans")
    with op.batch_alter_table("inventory_missing", schema=None) as batch_op:
        batch_op.drop_index("ix_inventory_missing_session")

    op.drop_table("inventory_missing")
    op.drop_table("year_end_rollovers")
    op.drop_table("inventory_sessions")
