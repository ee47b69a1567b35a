"""Baseline: the register as sopxl made it before Alembic (schema version 2: the
register tables and the lifecycle tables).

Registers made before Alembic are stamped with this revision when first opened (see
:func:`sopxl.register.migrate.upgrade`); a new register is created by running it.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "sopxl_meta",
        sa.Column("key", sa.String(length=50), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "agencies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("short_name", sa.String(length=100), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("created_run", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_run"],
            ["import_runs.id"],
        ),
        sa.ForeignKeyConstraint(
            ["merged_into_id"],
            ["agencies.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )
    op.create_table(
        "agency_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("event", sa.String(length=30), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("short_name", sa.String(length=100), nullable=False),
        sa.Column("detail", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["agencies.id"],
        ),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["import_runs.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "imported_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["agencies.id"],
        ),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["import_runs.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_imported_files_sha256"), "imported_files", ["sha256"], unique=False)
    op.create_table(
        "lifecycle_forms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("superseded_run", sa.Integer(), nullable=True),
        sa.Column("evaluated_on", sa.Date(), nullable=True),
        sa.Column("evaluators", sa.Text(), nullable=True),
        sa.Column("reported_on", sa.Date(), nullable=True),
        sa.Column("reported_to", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["agencies.id"],
        ),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["import_runs.id"],
        ),
        sa.ForeignKeyConstraint(
            ["superseded_run"],
            ["import_runs.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "units",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["agencies.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("agency_id", "code", name="uq_units_agency_code"),
    )
    op.create_table(
        "findings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("severity", sa.String(length=20), nullable=False),
        sa.Column("sheet", sa.String(length=100), nullable=True),
        sa.Column("cell", sa.String(length=20), nullable=True),
        sa.Column("message", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["file_id"],
            ["imported_files.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_findings_file_id"), "findings", ["file_id"], unique=False)
    op.create_table(
        "sections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["units.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("unit_id", "code", name="uq_sections_unit_code"),
    )
    op.create_table(
        "titles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("section_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("title_key", sa.String(length=500), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=True),
        sa.Column("service", sa.String(length=20), nullable=True),
        sa.Column("c_duty", sa.Boolean(), nullable=True),
        sa.Column("c_routine", sa.Boolean(), nullable=True),
        sa.Column("c_steps", sa.Boolean(), nullable=True),
        sa.Column("c_output", sa.Boolean(), nullable=True),
        sa.Column("c_parties", sa.Boolean(), nullable=True),
        sa.Column("legal_basis", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("created_run", sa.Integer(), nullable=False),
        sa.Column("updated_run", sa.Integer(), nullable=False),
        sa.Column("withdrawn_run", sa.Integer(), nullable=True),
        sa.Column("form_hash", sa.String(length=64), nullable=True),
        sa.Column("form_revision", sa.Integer(), nullable=False),
        sa.Column("form_version", sa.String(length=20), nullable=True),
        sa.Column("form_run", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["agencies.id"],
        ),
        sa.ForeignKeyConstraint(
            ["created_run"],
            ["import_runs.id"],
        ),
        sa.ForeignKeyConstraint(
            ["form_run"],
            ["import_runs.id"],
        ),
        sa.ForeignKeyConstraint(
            ["section_id"],
            ["sections.id"],
        ),
        sa.ForeignKeyConstraint(
            ["updated_run"],
            ["import_runs.id"],
        ),
        sa.ForeignKeyConstraint(
            ["withdrawn_run"],
            ["import_runs.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_titles_agency_id"), "titles", ["agency_id"], unique=False)
    op.create_table(
        "codes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("section_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=100), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["import_runs.id"],
        ),
        sa.ForeignKeyConstraint(
            ["section_id"],
            ["sections.id"],
        ),
        sa.ForeignKeyConstraint(
            ["title_id"],
            ["titles.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
        sa.UniqueConstraint("section_id", "number", name="uq_codes_section_number"),
        sa.UniqueConstraint("title_id"),
    )
    op.create_table(
        "evaluation_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("form_id", sa.Integer(), nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("row", sa.Integer(), nullable=False),
        sa.Column("c_performance", sa.Boolean(), nullable=True),
        sa.Column("c_understood", sa.Boolean(), nullable=True),
        sa.Column("c_doable", sa.Boolean(), nullable=True),
        sa.Column("c_roles", sa.Boolean(), nullable=True),
        sa.Column("c_problems", sa.Boolean(), nullable=True),
        sa.Column("c_needs", sa.Boolean(), nullable=True),
        sa.Column("c_synergy", sa.Boolean(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("recommendation", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["form_id"],
            ["lifecycle_forms.id"],
        ),
        sa.ForeignKeyConstraint(
            ["title_id"],
            ["titles.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_evaluation_answers_form_id"), "evaluation_answers", ["form_id"], unique=False
    )
    op.create_index(
        op.f("ix_evaluation_answers_title_id"), "evaluation_answers", ["title_id"], unique=False
    )
    op.create_table(
        "monitoring_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("form_id", sa.Integer(), nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("row", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=40), nullable=True),
        sa.Column("monitored_on", sa.Date(), nullable=True),
        sa.Column("assessment", sa.String(length=40), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("action", sa.Text(), nullable=True),
        sa.Column("assessor", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["form_id"],
            ["lifecycle_forms.id"],
        ),
        sa.ForeignKeyConstraint(
            ["title_id"],
            ["titles.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_monitoring_answers_form_id"), "monitoring_answers", ["form_id"], unique=False
    )
    op.create_index(
        op.f("ix_monitoring_answers_title_id"), "monitoring_answers", ["title_id"], unique=False
    )
    op.create_table(
        "status_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("form_id", sa.Integer(), nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("row", sa.Integer(), nullable=False),
        sa.Column("verified_by", sa.Text(), nullable=True),
        sa.Column("verified_on", sa.Date(), nullable=True),
        sa.Column("trial_on", sa.Date(), nullable=True),
        sa.Column("trial_result", sa.String(length=40), nullable=True),
        sa.Column("decree_number", sa.String(length=200), nullable=True),
        sa.Column("decree_on", sa.Date(), nullable=True),
        sa.Column("socialised_on", sa.Date(), nullable=True),
        sa.Column("distributed_to", sa.Text(), nullable=True),
        sa.Column("trained_on", sa.Date(), nullable=True),
        sa.Column("training_form", sa.String(length=40), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["form_id"],
            ["lifecycle_forms.id"],
        ),
        sa.ForeignKeyConstraint(
            ["title_id"],
            ["titles.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_status_answers_form_id"), "status_answers", ["form_id"], unique=False)
    op.create_index(
        op.f("ix_status_answers_title_id"), "status_answers", ["title_id"], unique=False
    )
    op.create_table(
        "supervision_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("form_id", sa.Integer(), nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("row", sa.Integer(), nullable=False),
        sa.Column("as_written", sa.Boolean(), nullable=True),
        sa.Column("deviations", sa.Text(), nullable=True),
        sa.Column("action", sa.Text(), nullable=True),
        sa.Column("supervisor", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["form_id"],
            ["lifecycle_forms.id"],
        ),
        sa.ForeignKeyConstraint(
            ["title_id"],
            ["titles.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_supervision_answers_form_id"), "supervision_answers", ["form_id"], unique=False
    )
    op.create_index(
        op.f("ix_supervision_answers_title_id"), "supervision_answers", ["title_id"], unique=False
    )
    op.create_table(
        "title_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("event", sa.String(length=30), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["import_runs.id"],
        ),
        sa.ForeignKeyConstraint(
            ["title_id"],
            ["titles.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_title_events_title_id"), "title_events", ["title_id"], unique=False)


def downgrade() -> None:
    raise NotImplementedError("the register is never downgraded")
