"""Each finding of the organisation master and of the inventaris judul SOP, made by one
small edit of a workbook sopxl wrote, and found at the sheet, row and cell of that edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from sopxl.findings import Finding
from sopxl.forms.org_form import write_org_master
from sopxl.forms.sop_form import write_sop_form
from sopxl.kinds.importer import import_paths
from sopxl.model.organisation import OrgMaster
from sopxl.register.workspace import Workspace, init_workspace
from sopxl_demo.examples import surat_masuk
from tests.register_fixtures import (
    SMALL,
    TU_SETDA,
    UMUM,
    codes_of,
    entry,
    import_entries,
    make_workspace,
    write_inventory,
)

Edits = Mapping[str, Mapping[str, object]]
TITLE = "Penerimaan dan Pencatatan Surat Masuk"


def _edit(path: Path, edits: Edits, drop: Sequence[str] = ()) -> Path:
    """``path`` with ``edits`` (sheet -> cell -> value) applied and ``drop`` sheets removed,
    as a person would do it in a spreadsheet program."""
    book = openpyxl.load_workbook(path)
    for sheet, cells in edits.items():
        for cell, value in cells.items():
            book[sheet][cell] = value
    for sheet in drop:
        del book[sheet]
    edited = path.with_name("diubah-" + path.name)
    book.save(edited)
    return edited


def _found(
    findings: Sequence[Finding], code: str
) -> list[tuple[str | None, int | None, str | None]]:
    return [(f.sheet, f.row, f.cell) for f in findings if f.code == code]


# --- organisation master --------------------------------------------------------------


def _import_master(tmp_path: Path, edits: Edits, drop: Sequence[str] = ()) -> list[Finding]:
    workspace = init_workspace(tmp_path / "ws", sample=False)
    write_org_master(workspace.org_master_path, SMALL)
    edited = _edit(workspace.org_master_path, edits, drop)
    report = import_paths(workspace, [edited])
    (result,) = report.files
    assert result.outcome == "ditolak"
    return list(result.findings)


@pytest.mark.parametrize(
    ("code", "edits", "where"),
    [
        ("ORG_CODE_MISSING", {"SKPD": {"A6": None}}, ("SKPD", 6, "A6")),
        ("ORG_CODE_INVALID", {"Unit Kerja": {"B6": "0 1"}}, ("Unit Kerja", 6, "B6")),
        ("ORG_CODE_DUPLICATE", {"SKPD": {"A7": "12", "B7": "Dinas Lain"}}, ("SKPD", 7, "A7")),
        ("ORG_CODE_DUPLICATE", {"Bagian": {"C7": "02"}}, ("Bagian", 7, "C7")),
        ("ORG_NAME_MISSING", {"SKPD": {"B6": None}}, ("SKPD", 6, "B6")),
        ("ORG_NAME_MISSING", {"Unit Kerja": {"C7": None}}, ("Unit Kerja", 7, "C7")),
        (
            "ORG_PARENT_UNKNOWN",
            {"Unit Kerja": {"A8": "99", "B8": "05", "C8": "Bidang Lain"}},
            ("Unit Kerja", 8, "A8"),
        ),
        ("ORG_PARENT_UNKNOWN", {"Bagian": {"B6": "09"}}, ("Bagian", 6, "B6")),
        ("ORG_MERGE_TARGET_UNKNOWN", {"SKPD": {"D6": "77"}}, ("SKPD", 6, "D6")),
    ],
)
def test_a_wrong_row_of_the_master_is_refused_at_its_cell(
    tmp_path: Path, code: str, edits: Edits, where: tuple[str, int, str]
) -> None:
    findings = _import_master(tmp_path, edits)
    assert _found(findings, code) == [where]


def test_a_master_without_its_bagian_sheet_is_refused(tmp_path: Path) -> None:
    findings = _import_master(tmp_path, {}, drop=["Bagian"])
    assert _found(findings, "ORG_SHEET_MISSING") == [("Bagian", None, None)]


def test_a_master_sheet_without_the_code_column_is_refused(tmp_path: Path) -> None:
    findings = _import_master(tmp_path, {"Unit Kerja": {"B4": "Keterangan"}})
    headers = [f for f in findings if f.code == "ORG_HEADER_MISSING"]
    assert [(f.sheet, f.parameters["label"]) for f in headers] == [
        ("Unit Kerja", "Kode Unit Kerja")
    ]


def test_a_master_without_any_skpd_is_refused(tmp_path: Path) -> None:
    cleared: dict[str, dict[str, object]] = {
        "SKPD": {f"{col}{row}": None for col in "ABC" for row in (5, 6)},
        "Unit Kerja": {f"{col}{row}": None for col in "ABC" for row in (5, 6, 7)},
        "Bagian": {f"{col}{row}": None for col in "ABCD" for row in (5, 6, 7, 8)},
    }
    findings = _import_master(tmp_path, cleared)
    assert _found(findings, "ORG_EMPTY") == [("SKPD", None, None)]


# --- inventaris judul SOP -------------------------------------------------------------

MAIN = "Inventaris Judul SOP"


def _import_inventory(
    workspace: Workspace, cells: Mapping[str, object], agency: str = "12"
) -> list[Finding]:
    plain = write_inventory(workspace.root / "inv.xlsx", agency, [entry(UMUM, "Judul Satu")])
    edited = _edit(plain, {MAIN: cells})
    (result,) = import_paths(workspace, [edited], dry_run=True).files
    return list(result.findings)


@pytest.mark.parametrize(
    ("code", "cells", "cell"),
    [
        ("INV_UNIT_MISSING", {"B11": None, "C11": None}, "B11"),
        ("INV_SECTION_MISSING", {"C11": None}, "C11"),
        ("INV_SECTION_UNKNOWN", {"C11": "Seksi Kelahiran"}, "C11"),
        ("INV_TITLE_MISSING", {"D11": None}, "D11"),
        ("INV_CHOICE_INVALID", {"E11": "Campuran"}, "E11"),
        ("INV_CHOICE_INVALID", {"I11": "Mungkin"}, "I11"),
        ("INV_CHOICE_MISSING", {"F11": None}, "F11"),
        ("INV_CRITERIA_MISSING", {"H11": None}, "D11"),
        ("INV_PRINCIPLE_NOT_MET", {"G11": "Tidak"}, "D11"),
    ],
)
def test_a_wrong_cell_of_the_inventory_is_reported_at_that_cell(
    tmp_path: Path, code: str, cells: Mapping[str, object], cell: str
) -> None:
    findings = _import_inventory(make_workspace(tmp_path / "ws"), cells)
    assert _found(findings, code) == [(MAIN, 11, cell)]


def test_an_inventory_without_the_unit_kerja_column_is_refused(tmp_path: Path) -> None:
    findings = _import_inventory(make_workspace(tmp_path / "ws"), {"B8": "Keterangan Lain"})
    headers = [f for f in findings if f.code == "INV_HEADER_MISSING"]
    assert [(f.sheet, f.parameters["label"]) for f in headers] == [(MAIN, "Unit Kerja")]


def test_an_inventory_without_a_single_title_is_refused(tmp_path: Path) -> None:
    cleared = {f"{col}11": None for col in "ABCDEFGHIJK"}
    findings = _import_inventory(make_workspace(tmp_path / "ws"), cleared)
    assert _found(findings, "INV_EMPTY") == [(MAIN, None, None)]


def test_an_inventory_of_an_skpd_no_longer_in_the_master_is_refused(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path / "ws")
    without_setda = OrgMaster(
        agencies=SMALL.agencies[1:],
        units=tuple(u for u in SMALL.units if u.agency != "01"),
        sections=tuple(s for s in SMALL.sections if s.agency != "01"),
    )
    write_org_master(workspace.org_master_path, without_setda)
    assert import_paths(workspace, [workspace.org_master_path]).committed

    report = import_entries(workspace, "01", [entry(TU_SETDA, "Pengagendaan Surat Bupati")])

    (result,) = report.files
    assert result.outcome == "ditolak"
    assert _found(result.findings, "INV_AGENCY_INACTIVE") == [(MAIN, None, None)]
    assert "01 Sekretariat Daerah" in result.findings[0].message


def test_numbers_written_into_the_inventory_must_be_its_own(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path / "ws")
    setda = codes_of(import_entries(workspace, "01", [entry(TU_SETDA, "Pengagendaan Surat")]))
    own = codes_of(import_entries(workspace, "12", [entry(UMUM, "Pengiriman Surat Keluar")]))
    foreign, mine = setda["Pengagendaan Surat"], own["Pengiriman Surat Keluar"]

    report = import_entries(
        workspace,
        "12",
        [
            entry(UMUM, "Pengiriman Surat Keluar", code=mine),
            entry(UMUM, "Pengiriman Surat Keluar Ulang", code=mine),
            entry(UMUM, "Penerimaan Surat Masuk", code=foreign),
            entry(UMUM, "Pengarsipan Surat", code="12.01.02.999"),
        ],
        name="bernomor.xlsx",
        dry_run=True,
    )

    findings = report.files[0].findings
    assert _found(findings, "INV_CODE_REPEATED") == [(MAIN, 12, "N12")]
    assert _found(findings, "INV_CODE_FOREIGN") == [(MAIN, 13, "N13")]
    assert _found(findings, "INV_CODE_UNKNOWN") == [(MAIN, 14, "N14")]


# --- kinds and SOP forms ---------------------------------------------------------------


def test_a_master_made_by_a_newer_sopxl_is_refused_asking_for_an_update(tmp_path: Path) -> None:
    workspace = init_workspace(tmp_path / "ws", sample=False)
    write_org_master(workspace.org_master_path, SMALL)
    book = openpyxl.load_workbook(workspace.org_master_path)
    book.defined_names["sopxl_version"].attr_text = '"99"'
    for prop in book.custom_doc_props.props:
        if prop.name == "sopxl_version":
            prop.value = "99"
    newer = tmp_path / "organisasi-baru.xlsx"
    book.save(newer)

    (result,) = import_paths(workspace, [newer]).files

    assert result.outcome == "ditolak"
    assert [f.code for f in result.findings] == ["IMPORT_KIND_FUTURE"]
    assert "versi 99" in result.findings[0].message
    assert "Perbarui sopxl" in result.findings[0].message


def test_a_form_whose_title_differs_from_its_number_is_warned_at_its_nama_sop(
    tmp_path: Path,
) -> None:
    workspace = make_workspace(tmp_path / "ws")
    codes = codes_of(import_entries(workspace, "12", [entry(UMUM, TITLE)]))
    sop = surat_masuk()
    sop = replace(
        sop,
        identity=replace(sop.identity, code=codes[TITLE], title="Pencatatan Surat Masuk Dinas"),
    )
    form = tmp_path / "formulir.xlsx"
    write_sop_form(form, sop)

    (result,) = import_paths(workspace, [form]).files

    assert result.outcome == "baru"
    differs = [f for f in result.findings if f.code == "SOP_TITLE_DIFFERS"]
    assert [(f.sheet, f.cell) for f in differs] == [("Identitas SOP", "F8")]
    assert f"'{TITLE}'" in differs[0].message
