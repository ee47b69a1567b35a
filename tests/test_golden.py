"""Generated workbooks are pinned byte for byte by golden files, compared as XML.

To accept an intended change: `make templates` for workbook_templates/, and
`SOPXL_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_golden.py` for tests/golden/.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest

from sopxl.forms.org_form import write_org_master
from sopxl.forms.sop_form import write_sop_form
from sopxl.kinds.importer import import_paths
from sopxl.lifecycle.exports import export_evaluation, export_review_due, export_supervision
from sopxl.lifecycle.report import export_report
from sopxl.lifecycle.templates import write_lifecycle_templates
from sopxl.register.duplicate_export import export_duplicates
from sopxl.register.exports import export_decree, export_inventory
from sopxl.register.store import Register, open_register
from sopxl.register.templates import write_inventory_templates
from sopxl.register.workspace import Workspace, init_workspace
from sopxl.templates import write_sop_template
from sopxl_demo.examples import surat_masuk
from tests.conftest import ROOT
from tests.xlsx_compare import xlsx_differences

GOLDEN = ROOT / "tests" / "golden"


def _compare(actual: Path, expected: Path) -> None:
    if os.environ.get("SOPXL_UPDATE_GOLDEN") and expected.parent == GOLDEN:
        shutil.copyfile(actual, expected)
    assert expected.exists(), f"{expected} is missing"
    differences = xlsx_differences(actual, expected)
    assert not differences, f"{actual.name} differs from {expected}:\n{differences}"


def test_output_is_byte_stable(tmp_path: Path) -> None:
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    write_sop_form(first, surat_masuk())
    write_sop_form(second, surat_masuk())
    assert first.read_bytes() == second.read_bytes()


def test_committed_blank_template_matches_generator(tmp_path: Path) -> None:
    actual = tmp_path / "formulir-sop.xlsx"
    write_sop_template(actual)
    _compare(actual, ROOT / "workbook_templates" / "formulir-sop.xlsx")


def test_prefilled_form_matches_golden(tmp_path: Path) -> None:
    actual = tmp_path / "surat-masuk.xlsx"
    write_sop_form(actual, surat_masuk())
    _compare(actual, GOLDEN / "surat-masuk.xlsx")


def test_comparison_reports_a_readable_diff(tmp_path: Path) -> None:
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    write_sop_template(first)
    write_sop_form(second, surat_masuk())
    differences = xlsx_differences(second, first)
    assert "xl/sharedStrings.xml" in differences
    assert "+" in differences and "Penerimaan dan Pencatatan Surat Masuk" in differences
    with pytest.raises(AssertionError):
        _compare(second, first)


@pytest.fixture(scope="module")
def sample_register(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    """The committed samples' register: organisation, inventories, lifecycle forms."""
    workspace = init_workspace(tmp_path_factory.mktemp("golden") / "ruang")
    samples = ROOT / "samples"
    paths = [samples / "organisasi", samples / "inventaris", samples / "lifecycle"]
    assert import_paths(workspace, paths).committed
    # Import times are printed (Tanggal Didaftarkan ...): pin them for byte-stable output.
    with sqlite3.connect(workspace.db_url.removeprefix("sqlite:///")) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for column in conn.execute(f'PRAGMA table_info("{table}")').fetchall():
                if column[1].endswith("_at"):
                    conn.execute(
                        f'UPDATE "{table}" SET "{column[1]}" = ? WHERE "{column[1]}" IS NOT NULL',
                        ("2026-01-05 08:00:00.000000",),
                    )
    return workspace


EXPORTS: dict[str, Callable[[Register, Path], object]] = {
    "ekspor-inventaris.xlsx": lambda r, p: export_inventory(
        r, p, "Kabupaten Kutai Kartanegara", datetime(2026, 3, 31)
    ),
    "ekspor-nama-kode-sop.xlsx": lambda r, p: export_decree(
        r, p, "12", "Kabupaten Kutai Kartanegara"
    ),
    "ekspor-kaji-ulang.xlsx": lambda r, p: export_review_due(r, p, date(2026, 3, 31), 90),
    "ekspor-pengawasan.xlsx": lambda r, p: export_supervision(r, p, 2025),
    "ekspor-evaluasi.xlsx": lambda r, p: export_evaluation(r, p, 2025),
    "ekspor-laporan-bupati.xlsx": lambda r, p: export_report(r, p, 2025),
}


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_export_matches_golden(name: str, sample_register: Workspace, tmp_path: Path) -> None:
    register = open_register(sample_register.db_url)
    try:
        EXPORTS[name](register, tmp_path / name)
    finally:
        register.close()
    _compare(tmp_path / name, GOLDEN / name)


def test_duplicates_export_matches_golden(sample_register: Workspace, tmp_path: Path) -> None:
    name = "ekspor-duplikat.xlsx"
    register = open_register(sample_register.db_url)
    try:
        export_duplicates(register, tmp_path / name, sample_register, now=datetime(2026, 3, 31))
    finally:
        register.close()
    _compare(tmp_path / name, GOLDEN / name)


FORMS: dict[str, tuple[str, str]] = {
    "formulir-status-sop.xlsx": ("status", "2026"),
    "formulir-monitoring-sop.xlsx": ("monitoring", "2026"),
    "formulir-evaluasi-sop.xlsx": ("evaluation", "2026"),
    "formulir-pengawasan-sop.xlsx": ("supervision", "2026Q1"),
}


@pytest.mark.parametrize("name", sorted(FORMS))
def test_lifecycle_form_matches_golden(
    name: str, sample_register: Workspace, tmp_path: Path
) -> None:
    """The forms as handed to an SKPD for a period not yet reported (blank answers)."""
    form, period = FORMS[name]
    write_lifecycle_templates(sample_register, form, period, "12", tmp_path / name)
    _compare(tmp_path / name, GOLDEN / name)


def test_blank_inventory_and_organisation_forms_match_golden(
    sample_register: Workspace, tmp_path: Path
) -> None:
    inventory = tmp_path / "formulir-inventaris.xlsx"
    write_inventory_templates(sample_register, inventory, "12")
    _compare(inventory, GOLDEN / inventory.name)
    organisation = tmp_path / "formulir-organisasi.xlsx"
    write_org_master(organisation)
    _compare(organisation, GOLDEN / organisation.name)
