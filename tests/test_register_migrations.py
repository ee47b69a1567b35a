"""Alembic upgrade of a register made before Alembic, on SQLite and PostgreSQL.

tests/data/register-schema-2.sql is a register as sopxl made it before this change (the
samples imported). It is loaded as it is into SQLite, and copied table by table with its
own (reflected) schema into PostgreSQL; then today's sopxl opens and uses it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import MetaData, create_engine, func, inspect, select, text

from sopxl.forms.inventory_form import write_inventory_form
from sopxl.kinds.importer import import_paths
from sopxl.register import migrate
from sopxl.register import schema as s
from sopxl.register.store import open_register
from sopxl.register.workspace import init_workspace
from tests.register_fixtures import entry, new_database_url

DUMP = Path(__file__).resolve().parent / "data" / "register-schema-2.sql"


def _old_register(tmp_path: Path) -> str:
    """The URL of the pre-Alembic register, on this test's database."""
    source = tmp_path / "lama.sqlite"
    with sqlite3.connect(source) as conn:
        conn.executescript(DUMP.read_text(encoding="utf-8"))
    url = new_database_url()
    if url is None:
        return f"sqlite:///{source}"
    old = MetaData()
    reader, writer = create_engine(f"sqlite:///{source}"), create_engine(url)
    try:
        old.reflect(reader)
        for table in old.tables.values():
            for column in table.columns:
                column.type = column.type.as_generic()  # SQLite's DATETIME -> DateTime
        with reader.connect() as src, writer.begin() as dst:
            old.create_all(dst)
            for table in old.sorted_tables:
                rows = [dict(row._mapping) for row in src.execute(select(table))]
                if rows:
                    dst.execute(table.insert(), rows)
                if "id" in table.c:
                    dst.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f"(SELECT COALESCE(MAX(id), 1) FROM {table.name}))"
                        )
                    )
    finally:
        reader.dispose()
        writer.dispose()
    return url


def _columns(url: str) -> dict[str, list[str]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            found = inspect(conn)
            return {
                t: sorted(c["name"] for c in found.get_columns(t)) for t in found.get_table_names()
            }
    finally:
        engine.dispose()


def test_pre_alembic_register_is_upgraded_and_keeps_everything(
    database: str, tmp_path: Path
) -> None:
    url = _old_register(tmp_path)
    with open_register(url) as register:
        before = register.inventory_frame(include_withdrawn=True)
        with register.reading() as conn:
            assert migrate.current(conn) == migrate.head()
            meta = conn.execute(select(s.meta.c.value)).scalars().all()
            status = conn.execute(select(func.count()).select_from(s.status_answers)).scalar()
    assert meta == [migrate.ALEMBIC_SCHEMA]
    assert len(before) == 24 and before["code"].is_unique and status == 24
    # The upgraded register has the tables and columns of a register made today.
    fresh = init_workspace(tmp_path / "baru", sample=False, db_url=new_database_url())
    assert _columns(url) == _columns(fresh.db_url)
    # ... and goes on numbering where it stopped.
    ws = init_workspace(tmp_path / "ruang", sample=False, db_url=url)
    with open_register(url) as register:
        outline = register.agency_outline("12")
    mine = before[before["agency_code"] == "12"]
    entries = [entry((row.unit, row.section), row.title) for row in mine.itertuples()]
    first = mine.iloc[0]
    entries.append(entry((first["unit"], first["section"]), "Penyusunan Jadwal Piket Kantor"))
    path = tmp_path / "inventaris-12.xlsx"
    write_inventory_form(path, outline, entries)
    report = import_paths(ws, [path], copies_dir=tmp_path / "salinan")
    assert not report.refused, report
    new = [c.code for f in report.files for c in f.new]
    assert len(new) == 1 and new[0] not in set(before["code"])
    with open_register(url) as register:
        after = register.inventory_frame(include_withdrawn=True)
    assert len(after) == len(before) + 1 and after["code"].is_unique
    assert set(before["code"]) <= set(after["code"])
