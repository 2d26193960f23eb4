"""create customers

Revision ID: 3f1c2a9d7b10
Revises:
Create Date: 2026-10-02 09:14:51.120334

"""
from alembic import op
import sqlalchemy as sa

revision = '3f1c2a9d7b10'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'customers',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('name', sa.String(120), nullable=False),
        sa.Column('email', sa.String(200), nullable=False),
    )


def downgrade():
    op.drop_table('customers')
