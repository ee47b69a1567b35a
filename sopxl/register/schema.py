"""The register's tables (SQLAlchemy Core) and its schema version.

History is kept rather than overwritten: an SKPD, unit kerja or bagian that leaves the
organisation master becomes inactive; a renamed or merged SKPD keeps its row (and so its
titles); a withdrawn title keeps its row and its code, and ``codes`` rows are never
deleted, so a number once given cannot be given again. Uniqueness of ``codes.code`` and of
(``codes.section_id``, ``codes.number``) is what keeps two concurrent imports from giving
the same code twice.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from sopxl.forms import lifecycle_spec

SCHEMA_VERSION = 2
"""The last hand-versioned schema (version 2 added the lifecycle tables). Since then the
schema is migrated with Alembic (:mod:`sopxl.register.migrate`, revisions in
``sopxl/register/migrations/versions``): a change to these tables needs a new revision,
and ``tests/test_register_migrations.py`` checks that an upgraded register has the
tables of a new one."""

metadata = MetaData()

meta = Table(
    "sopxl_meta",
    metadata,
    Column("key", String(50), primary_key=True),
    Column("value", String(200), nullable=False),
)

runs = Table(
    "import_runs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("started_at", DateTime, nullable=False),
    Column("summary", Text, nullable=False, default=""),
)

agencies = Table(
    "agencies",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(20), nullable=False, unique=True),
    Column("name", String(300), nullable=False),
    Column("short_name", String(100), nullable=False, default=""),
    Column("active", Boolean, nullable=False, default=True),
    Column("merged_into_id", Integer, ForeignKey("agencies.id"), nullable=True),
    Column("created_run", Integer, ForeignKey("import_runs.id"), nullable=True),
)

agency_history = Table(
    "agency_history",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("agency_id", Integer, ForeignKey("agencies.id"), nullable=False),
    Column("run_id", Integer, ForeignKey("import_runs.id"), nullable=False),
    Column("event", String(30), nullable=False),
    Column("name", String(300), nullable=False),
    Column("short_name", String(100), nullable=False, default=""),
    Column("detail", String(300), nullable=False, default=""),
)

units = Table(
    "units",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("agency_id", Integer, ForeignKey("agencies.id"), nullable=False),
    Column("code", String(20), nullable=False),
    Column("name", String(300), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    UniqueConstraint("agency_id", "code", name="uq_units_agency_code"),
)

sections = Table(
    "sections",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("unit_id", Integer, ForeignKey("units.id"), nullable=False),
    Column("code", String(20), nullable=False),
    Column("name", String(300), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    UniqueConstraint("unit_id", "code", name="uq_sections_unit_code"),
)

titles = Table(
    "titles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("agency_id", Integer, ForeignKey("agencies.id"), nullable=False, index=True),
    Column("section_id", Integer, ForeignKey("sections.id"), nullable=False),
    Column("title", String(500), nullable=False),
    Column("title_key", String(500), nullable=False),
    Column("kind", String(20), nullable=True),
    Column("service", String(20), nullable=True),
    Column("c_duty", Boolean, nullable=True),
    Column("c_routine", Boolean, nullable=True),
    Column("c_steps", Boolean, nullable=True),
    Column("c_output", Boolean, nullable=True),
    Column("c_parties", Boolean, nullable=True),
    Column("legal_basis", Text, nullable=False, default=""),
    Column("note", Text, nullable=False, default=""),
    # "aktif" or "ditarik" (withdrawn: the code stays reserved).
    Column("status", String(20), nullable=False),
    # Highest stage of Pasal 5 ayat (2) reached: "identifikasi", "analisis", "penulisan".
    Column("stage", String(20), nullable=False),
    Column("created_run", Integer, ForeignKey("import_runs.id"), nullable=False),
    Column("updated_run", Integer, ForeignKey("import_runs.id"), nullable=False),
    Column("withdrawn_run", Integer, ForeignKey("import_runs.id"), nullable=True),
    Column("form_hash", String(64), nullable=True),
    Column("form_revision", Integer, nullable=False, default=0),
    Column("form_version", String(20), nullable=True),
    Column("form_run", Integer, ForeignKey("import_runs.id"), nullable=True),
)

codes = Table(
    "codes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title_id", Integer, ForeignKey("titles.id"), nullable=False, unique=True),
    # The bagian the number was counted in; the title may move, its code does not.
    Column("section_id", Integer, ForeignKey("sections.id"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("year", Integer, nullable=False),
    Column("code", String(100), nullable=False, unique=True),
    Column("run_id", Integer, ForeignKey("import_runs.id"), nullable=False),
    UniqueConstraint("section_id", "number", name="uq_codes_section_number"),
)

events = Table(
    "title_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title_id", Integer, ForeignKey("titles.id"), nullable=False, index=True),
    Column("run_id", Integer, ForeignKey("import_runs.id"), nullable=False),
    Column("event", String(30), nullable=False),
    Column("detail", Text, nullable=False, default=""),
)

files = Table(
    "imported_files",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("run_id", Integer, ForeignKey("import_runs.id"), nullable=False),
    Column("path", Text, nullable=False),
    Column("sha256", String(64), nullable=False, index=True),
    Column("kind", String(20), nullable=False),
    Column("outcome", String(20), nullable=False),
    Column("agency_id", Integer, ForeignKey("agencies.id"), nullable=True),
)

findings = Table(
    "findings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("file_id", Integer, ForeignKey("imported_files.id"), nullable=False, index=True),
    Column("code", String(60), nullable=False),
    Column("severity", String(20), nullable=False),
    Column("sheet", String(100), nullable=True),
    Column("cell", String(20), nullable=True),
    Column("message", Text, nullable=False),
)


# --- lifecycle (schema version 2): Pasal 12-21 ----------------------------------------

lifecycle_forms = Table(
    "lifecycle_forms",
    metadata,
    Column("id", Integer, primary_key=True),
    # status_sop, monitoring_sop, evaluasi_sop or pengawasan_sop.
    Column("kind", String(20), nullable=False),
    Column("agency_id", Integer, ForeignKey("agencies.id"), nullable=False),
    # "2026" or "2026Q1".
    Column("period", String(10), nullable=False),
    Column("run_id", Integer, ForeignKey("import_runs.id"), nullable=False),
    Column("path", Text, nullable=False),
    Column("content_hash", String(64), nullable=False),
    # A re-imported form for the same kind, SKPD and period supersedes this one; the
    # superseded form and its answers stay (history).
    Column("superseded_run", Integer, ForeignKey("import_runs.id"), nullable=True),
    Column("evaluated_on", Date, nullable=True),
    Column("evaluators", Text, nullable=True),
    Column("reported_on", Date, nullable=True),
    Column("reported_to", Text, nullable=True),
)


def _answers(name: str, *columns: Column[object]) -> Table:
    return Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True),
        Column("form_id", Integer, ForeignKey("lifecycle_forms.id"), nullable=False, index=True),
        Column("title_id", Integer, ForeignKey("titles.id"), nullable=False, index=True),
        Column("row", Integer, nullable=False),
        *columns,
    )


status_answers = _answers(
    "status_answers",
    Column("verified_by", Text, nullable=True),
    Column("verified_on", Date, nullable=True),
    Column("trial_on", Date, nullable=True),
    Column("trial_result", String(40), nullable=True),
    Column("decree_number", String(200), nullable=True),
    Column("decree_on", Date, nullable=True),
    Column("socialised_on", Date, nullable=True),
    Column("distributed_to", Text, nullable=True),
    Column("trained_on", Date, nullable=True),
    Column("training_form", String(40), nullable=True),
    Column("reviewed_on", Date, nullable=True),
    Column("note", Text, nullable=True),
)

monitoring_answers = _answers(
    "monitoring_answers",
    Column("method", String(40), nullable=True),
    Column("monitored_on", Date, nullable=True),
    Column("assessment", String(40), nullable=True),
    Column("notes", Text, nullable=True),
    Column("action", Text, nullable=True),
    Column("assessor", Text, nullable=True),
)

evaluation_answers = _answers(
    "evaluation_answers",
    Column("c_performance", Boolean, nullable=True),
    Column("c_understood", Boolean, nullable=True),
    Column("c_doable", Boolean, nullable=True),
    Column("c_roles", Boolean, nullable=True),
    Column("c_problems", Boolean, nullable=True),
    Column("c_needs", Boolean, nullable=True),
    Column("c_synergy", Boolean, nullable=True),
    Column("notes", Text, nullable=True),
    Column("recommendation", String(40), nullable=True),
)

supervision_answers = _answers(
    "supervision_answers",
    Column("as_written", Boolean, nullable=True),
    Column("deviations", Text, nullable=True),
    Column("action", Text, nullable=True),
    Column("supervisor", Text, nullable=True),
)

LIFECYCLE_TABLES = (
    lifecycle_forms,
    status_answers,
    monitoring_answers,
    evaluation_answers,
    supervision_answers,
)
"""The tables a version 1 register lacks."""

ANSWER_TABLES: dict[str, Table] = {
    lifecycle_spec.STATUS.kind: status_answers,
    lifecycle_spec.MONITORING.kind: monitoring_answers,
    lifecycle_spec.EVALUATION.kind: evaluation_answers,
    lifecycle_spec.SUPERVISION.kind: supervision_answers,
}
"""The table of each lifecycle form's answers, by the form's kind."""
