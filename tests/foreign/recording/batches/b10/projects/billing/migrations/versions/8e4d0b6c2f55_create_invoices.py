"""create invoices

Revision ID: 8e4d0b6c2f55
Revises: 3f1c2a9d7b10
Create Date: 2026-11-18 16:40:03.551902

"""
from alembic import op
import sqlalchemy as sa

revision = '8e4d0b6c2f55'
down_revision = '3f1c2a9d7b10'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'invoices',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('customer_id', sa.Integer(), sa.ForeignKey('customers.id'), nullable=False),
        sa.Column('number', sa.String(20), nullable=False),
        sa.Column('total_cents', sa.Integer(), nullable=False),
    )


def downgrade():
    op.drop_table('invoices')
