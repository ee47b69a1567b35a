"""The register's schema migrations, with Alembic, run from code.

The revisions live in ``sopxl/register/migrations/versions`` (shipped with the package).
:func:`upgrade` brings a register to the newest revision inside the caller's transaction:

- an empty database: every revision runs (that is how ``sopxl init`` creates a register);
- a register made before Alembic (``sopxl_meta.schema_version`` 1 or 2, no
  ``alembic_version`` table): version 1 first gains the lifecycle tables, then it is
  stamped with the baseline revision ``0001``, then upgraded;
- a register with ``alembic_version``: upgraded from there. A revision this sopxl does not
  know means a newer sopxl wrote it: :class:`InputError`, nothing changed.

``sopxl_meta.schema_version`` becomes :data:`ALEMBIC_SCHEMA` so that an sopxl from before
Alembic refuses the register with its own message instead of misreading it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic.config import Config
from alembic.runtime.environment import EnvironmentContext
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, inspect, select

from sopxl.errors import InputError
from sopxl.register import schema as s

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BASELINE = "0001"
ALEMBIC_SCHEMA = "3"
"""``sopxl_meta.schema_version`` of a register whose schema Alembic manages."""
VERSION_TABLE = "alembic_version"


def _script() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config)


def head() -> str:
    revision = _script().get_current_head()
    assert revision is not None
    return revision


def current(conn: Connection) -> str | None:
    """The register's Alembic revision (None: made before Alembic, or empty)."""
    return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(conn: Connection) -> bool:
    """Whether :func:`upgrade` has anything to do (cheap: one query)."""
    if VERSION_TABLE not in inspect(conn).get_table_names():
        return True
    return current(conn) != head()


def upgrade(conn: Connection, shown: str) -> None:
    """Bring the register on ``conn`` (in a transaction holding the import lock) to the
    newest revision. ``shown`` names the register in messages."""
    script = _script()
    tables = set(inspect(conn).get_table_names())
    if VERSION_TABLE not in tables and s.meta.name in tables:
        version = conn.execute(
            select(s.meta.c.value).where(s.meta.c.key == "schema_version")
        ).scalar()
        if version == "1":
            for table in s.LIFECYCLE_TABLES:
                table.create(conn, checkfirst=True)
        elif version != "2":
            raise InputError(
                f"Register {shown} memakai skema versi {version} yang tidak dikenal sopxl ini. "
                "Pakai sopxl yang sesuai."
            )
        start: str | None = BASELINE
    else:
        start = current(conn) if VERSION_TABLE in tables else None
    if start is not None:
        try:
            script.get_revision(start)
        except CommandError as error:
            raise InputError(
                f"Register {shown} sudah diperbarui oleh sopxl yang lebih baru (revisi skema "
                f"{start}). Pakai sopxl versi itu atau yang lebih baru."
            ) from error

    def steps(revision: Any, _context: Any) -> Any:
        # ``revision``: the heads the version table holds now (after a stamp).
        return script._upgrade_revs("head", revision)

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    environment = EnvironmentContext(config, script, fn=steps)
    with environment:
        environment.configure(connection=conn, target_metadata=s.metadata)
        if start is not None and VERSION_TABLE not in tables:
            environment.get_context().stamp(script, start)
        environment.run_migrations()
    updated = s.meta.update().where(s.meta.c.key == "schema_version")
    if conn.execute(updated.values(value=ALEMBIC_SCHEMA)).rowcount == 0:
        conn.execute(s.meta.insert().values(key="schema_version", value=ALEMBIC_SCHEMA))
