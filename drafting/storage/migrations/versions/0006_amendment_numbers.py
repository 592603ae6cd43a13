"""amendments numbered per bill from 1 (n° N), existing rows backfilled in id order

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("amendments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("number", sa.Integer(), nullable=True))
    # each bill's amendments in id order: 1, 2, 3 ... (portable SQL: a correlated count)
    op.execute(
        "UPDATE amendments SET number = "
        "(SELECT COUNT(*) FROM amendments AS earlier "
        "WHERE earlier.bill_id = amendments.bill_id AND earlier.id <= amendments.id)"
    )
    with op.batch_alter_table("amendments", schema=None) as batch_op:
        batch_op.alter_column("number", existing_type=sa.Integer(), nullable=False)
        batch_op.create_unique_constraint("uq_amendments_bill_number", ["bill_id", "number"])


def downgrade() -> None:
    with op.batch_alter_table("amendments", schema=None) as batch_op:
        batch_op.drop_constraint("uq_amendments_bill_number", type_="unique")
        batch_op.drop_column("number")
