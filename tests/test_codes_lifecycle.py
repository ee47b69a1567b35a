"""Each finding of a lifecycle form no other test makes, made by one edit of a form
sopxl wrote, and found at the sheet and cell of that edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from sopxl.findings import Finding
from sopxl.forms import lifecycle_spec as spec
from sopxl.forms.lifecycle_form import FormRow, write_lifecycle_form
from sopxl.model.lifecycle import Period
from sopxl.register.workspace import Workspace
from tests.register_fixtures import KEUANGAN, UMUM, entry, import_entries
from tests.test_lifecycle_forms import (
    ENACTED,
    GAJI,
    LAHIR,
    SURAT,
    make_workspace,
    run_import,
    write_form,
)

SHEET = "Status SOP"  # rows of SOPs start at row 12, Kode Komponen at C5, Periode at C6


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    return make_workspace(tmp_path / "ruang")


def _edit(path: Path, cells: Mapping[str, object], unstamp: Sequence[str] = ()) -> Path:
    """``path`` with cells of its status sheet changed and sopxl's hidden stamps removed,
    as a form retyped by hand would come back."""
    book = openpyxl.load_workbook(path)
    for cell, value in cells.items():
        book[SHEET][cell] = value
    for name in unstamp:
        del book.defined_names[name]
        book.custom_doc_props.props = [p for p in book.custom_doc_props.props if p.name != name]
    edited = path.with_name("diubah-" + path.name)
    book.save(edited)
    return edited


def _status(ws: Workspace, cells: Mapping[str, object], unstamp: Sequence[str] = ()) -> Path:
    plain = write_form(ws.root / "status.xlsx", spec.STATUS, Period(2025), {SURAT: ENACTED})
    return _edit(plain, cells, unstamp)


def _refused(ws: Workspace, path: Path) -> list[Finding]:
    report = run_import(ws, path)
    (result,) = report.files
    assert result.outcome == "ditolak"
    return list(result.findings)


def _found(findings: Sequence[Finding], code: str) -> list[tuple[str | None, str | None]]:
    return [(f.sheet, f.cell) for f in findings if f.code == code]


def test_a_form_without_the_nama_sop_column_is_refused(ws: Workspace) -> None:
    findings = _refused(ws, _status(ws, {"C9": "Uraian"}))
    headers = [f for f in findings if f.code == "LC_HEADER_MISSING"]
    assert [(f.sheet, f.parameters["label"]) for f in headers] == [(SHEET, "Nama SOP")]


def test_a_form_without_the_nomor_sop_column_is_refused(ws: Workspace) -> None:
    findings = _refused(ws, _status(ws, {"B9": "Kode"}))
    headers = [f for f in findings if f.code == "LC_HEADER_MISSING"]
    assert [(f.sheet, f.parameters["label"]) for f in headers] == [(SHEET, "Nomor SOP")]


def test_a_retyped_form_without_its_skpd_code_is_refused_at_that_cell(ws: Workspace) -> None:
    findings = _refused(ws, _status(ws, {"C5": None}, unstamp=[spec.NAME_AGENCY]))
    assert _found(findings, "LC_AGENCY_MISSING") == [(SHEET, "C5")]


def test_a_retyped_form_with_an_unreadable_period_is_refused_at_that_cell(ws: Workspace) -> None:
    findings = _refused(ws, _status(ws, {"C6": "tahun lalu"}, unstamp=[spec.NAME_PERIOD]))
    assert _found(findings, "LC_PERIOD_MISSING") == [(SHEET, "C6")]


def test_a_row_whose_nomor_sop_was_erased_is_refused_at_that_cell(ws: Workspace) -> None:
    findings = _refused(ws, _status(ws, {"B12": None}))
    assert _found(findings, "LC_CODE_MISSING") == [(SHEET, "B12")]
    assert "Surat Masuk" in next(f for f in findings if f.code == "LC_CODE_MISSING").message


def test_a_form_of_an_skpd_the_register_does_not_know_is_refused(ws: Workspace) -> None:
    path = ws.root / "status77.xlsx"
    write_lifecycle_form(
        path, spec.STATUS, "77", "Dinas Entah", Period(2025), [FormRow(SURAT, "Surat", {})], {}
    )
    findings = _refused(ws, path)
    assert _found(findings, "LC_AGENCY_UNKNOWN") == [(SHEET, None)]
    assert "'77'" in findings[0].message


def test_a_date_later_than_today_is_refused_at_its_cell(ws: Workspace) -> None:
    # run_import imports on 28/11/2026; a training on 1/12/2026 lies in the period, not yet past.
    path = write_form(
        ws.root / "status.xlsx",
        spec.STATUS,
        Period(2026),
        {SURAT: {**ENACTED, "trained_on": date(2026, 12, 1)}},
    )
    findings = _refused(ws, path)
    assert _found(findings, "LC_DATE_FUTURE") == [(SHEET, "L12")]


def test_answers_for_a_withdrawn_title_are_kept_with_a_warning(ws: Workspace) -> None:
    withdrawn = import_entries(
        ws, "12", [entry(UMUM, "Surat Masuk"), entry(KEUANGAN, "Pembayaran Gaji")], "inv12.xlsx"
    )
    assert [item.code for item in withdrawn.files[0].withdrawn] == [LAHIR]
    path = write_form(
        ws.root / "status.xlsx",
        spec.STATUS,
        Period(2025),
        {SURAT: ENACTED, GAJI: ENACTED, LAHIR: ENACTED},
    )
    report = run_import(ws, path)
    (result,) = report.files
    assert result.outcome != "ditolak" and report.committed
    assert _found(result.findings, "LC_SOP_WITHDRAWN") == [(SHEET, "B14")]
