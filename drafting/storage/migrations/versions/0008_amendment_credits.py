"""amendments remember who wrote each passage of their proposed text once sub-amendments changed it

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("amendments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("credits", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("amendments", schema=None) as batch_op:
        batch_op.drop_column("credits")
