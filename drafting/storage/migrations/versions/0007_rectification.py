"""rectified amendments: revision number, earlier texts, and the revision votes and arguments were cast on

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("amendments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("revision", sa.Integer(), server_default="0", nullable=False))
    op.create_table(
        "amendment_texts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("amendment_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("base_text", sa.Text(), nullable=False),
        sa.Column("proposed_text", sa.Text(), nullable=False),
        sa.Column("heading", sa.Text(), nullable=True),
        sa.Column("justification", sa.Text(), nullable=False),
        sa.Column("replaced_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["amendment_id"], ["amendments.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("amendment_id", "revision"),
    )
    with op.batch_alter_table("amendment_texts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_amendment_texts_amendment_id"), ["amendment_id"], unique=False)
    # votes and arguments cast before this migration were cast on the only text there was: revision 0
    for table in ("votes", "arguments"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("revision", sa.Integer(), nullable=True))
        op.execute(f"UPDATE {table} SET revision = 0 WHERE target_type = 'amendment'")


def downgrade() -> None:
    for table in ("arguments", "votes"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("revision")
    op.drop_table("amendment_texts")
    with op.batch_alter_table("amendments", schema=None) as batch_op:
        batch_op.drop_column("revision")
