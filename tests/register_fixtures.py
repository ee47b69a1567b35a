"""Helpers of the register tests: a small organisation, workspaces, inventories, snapshots."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import create_engine, inspect, text

from sopxl.forms.inventory_form import write_inventory_form
from sopxl.forms.org_form import write_org_master
from sopxl.kinds.importer import ImportReport, import_paths
from sopxl.model.inventory import InventoryEntry, Service, SopKind
from sopxl.model.organisation import AgencyRow, OrgMaster, SectionRow, UnitRow
from sopxl.register.workspace import Workspace, init_workspace
from sopxl_demo.inventory import outline

ALL_YES = tuple((key, True) for key in ("duty", "routine", "steps", "output", "parties"))

SMALL = OrgMaster(
    agencies=(
        AgencyRow("01", "Sekretariat Daerah", "SETDA"),
        AgencyRow("12", "Dinas Kependudukan dan Pencatatan Sipil", "DISDUKCAPIL"),
    ),
    units=(
        UnitRow("01", "03", "Bagian Umum"),
        UnitRow("12", "01", "Sekretariat"),
        UnitRow("12", "03", "Bidang Pelayanan Pencatatan Sipil"),
    ),
    sections=(
        SectionRow("01", "03", "01", "Sub Bagian Tata Usaha Pimpinan"),
        SectionRow("12", "01", "02", "Sub Bagian Umum dan Kepegawaian"),
        SectionRow("12", "01", "03", "Sub Bagian Keuangan"),
        SectionRow("12", "03", "01", "Seksi Kelahiran"),
    ),
)
UMUM = ("Sekretariat", "Sub Bagian Umum dan Kepegawaian")
KEUANGAN = ("Sekretariat", "Sub Bagian Keuangan")
KELAHIRAN = ("Bidang Pelayanan Pencatatan Sipil", "Seksi Kelahiran")
TU_SETDA = ("Bagian Umum", "Sub Bagian Tata Usaha Pimpinan")


_new_database: Callable[[], str] | None = None


def use_database(factory: Callable[[], str] | None) -> None:
    """Make :func:`new_database_url` call ``factory`` (a PostgreSQL test server's
    ``new_database``); None: the workspace's own SQLite file."""
    global _new_database
    _new_database = factory


def new_database_url() -> str | None:
    """A fresh, empty database for a new workspace, or None for the default SQLite."""
    return _new_database() if _new_database is not None else None


def make_workspace(root: Path, master: OrgMaster = SMALL, pattern: str | None = None) -> Workspace:
    """A workspace with ``master`` imported, its register on the database of the test's
    ``database`` parameter (see tests/conftest.py)."""
    kwargs = {"code_pattern": pattern} if pattern else {}
    workspace = init_workspace(root, sample=False, db_url=new_database_url(), **kwargs)
    write_org_master(workspace.org_master_path, master)
    report = import_paths(workspace, [workspace.org_master_path])
    assert report.committed and not report.refused, report
    return workspace


def entry(place: tuple[str, str], title: str, code: str = "") -> InventoryEntry:
    return InventoryEntry(
        place[0], place[1], title, SopKind.ADMINISTRATIVE, Service.INTERNAL, ALL_YES, code=code
    )


def write_inventory(
    path: Path, agency: str, entries: Sequence[InventoryEntry], master: OrgMaster = SMALL
) -> Path:
    write_inventory_form(path, outline(master, agency), entries, rows=10)
    return path


def import_entries(
    workspace: Workspace,
    agency: str,
    entries: Sequence[InventoryEntry],
    name: str = "inv.xlsx",
    **kwargs: object,
) -> ImportReport:
    path = write_inventory(workspace.root / name, agency, entries)
    return import_paths(workspace, [path], copies_dir=workspace.root / "salinan", **kwargs)  # type: ignore[arg-type]


def snapshot(workspace: Workspace) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, to compare a register before and after."""
    engine = create_engine(workspace.db_url)
    try:
        with engine.connect() as conn:
            return {
                table: sorted(
                    (tuple(row) for row in conn.execute(text(f'SELECT * FROM "{table}"'))),
                    key=repr,
                )
                for table in sorted(inspect(conn).get_table_names())
            }
    finally:
        engine.dispose()


def codes_of(report: ImportReport) -> dict[str, str]:
    """title -> code of every title the report's files added."""
    return {item.title: item.code for result in report.files for item in result.new}
