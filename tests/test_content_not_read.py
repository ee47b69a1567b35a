"""Content a reader does not take is reported as a peringatan at its cell, never dropped:
another sheet with values, values right of the table, rows below its end — for the SOP
form, the organisation master and every lifecycle form (inventories:
tests/test_hostile_text.py)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from sopxl.checking.output import FileStatus, status_of
from sopxl.checking.run import check_file
from sopxl.findings import Finding
from sopxl.forms import lifecycle_spec
from sopxl.kinds import recognise
from sopxl.model.severity import Severity
from sopxl.reading.loading.files import load_workbook_data
from sopxl.reading.sop.reader import read_sop
from sopxl.register.readers import read_org_master

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SOP = SAMPLES / "sop-surat-masuk.xlsx"
ORG = SAMPLES / "organisasi" / "organisasi-contoh-kukar.xlsx"
LIFECYCLE = {
    "status": SAMPLES / "lifecycle" / "status-sop-12-disdukcapil-2025.xlsx",
    "monitoring": SAMPLES / "lifecycle" / "monitoring-sop-12-disdukcapil-2025.xlsx",
    "evaluation": SAMPLES / "lifecycle" / "evaluasi-sop-12-disdukcapil-2025.xlsx",
    "supervision": SAMPLES / "lifecycle" / "pengawasan-sop-12-disdukcapil-2025q1.xlsx",
}


def unread(findings: tuple[Finding, ...] | list[Finding]) -> dict[str, Finding]:
    found = {f.code: f for f in findings if f.code.endswith("_NOT_READ")}
    assert all(f.severity is Severity.WARNING for f in found.values())
    return found


def with_extra_sheet(source: Path) -> openpyxl.Workbook:
    book = openpyxl.load_workbook(source)
    extra = book.create_sheet("Catatan Rapat")
    extra.append(["Langkah yang terlupa", "Verifikasi ulang berkas"])
    return book


def test_the_samples_report_nothing_unread() -> None:
    assert not unread(check_file(SOP).findings)
    assert not unread(read_org_master(load_workbook_data(ORG))[1])
    from sopxl.lifecycle.reader import read_lifecycle

    for path in LIFECYCLE.values():
        data = load_workbook_data(path)
        kind = recognise(data)
        assert kind is not None
        assert not unread(read_lifecycle(data, lifecycle_spec.BY_KIND[kind.stamp]).findings), path


def test_sop_form_extra_sheet_cells_right_of_the_table_and_rows_below(tmp_path: Path) -> None:
    reading = read_sop(load_workbook_data(SOP))
    assert reading.sop is not None
    first = reading.sop.steps[0].description
    book = with_extra_sheet(SOP)
    sheet = book["Uraian Prosedur"]
    row = next(c.row for line in sheet.iter_rows() for c in line if c.value == first)
    right = sheet.max_column + 2
    sheet.cell(row=row, column=right, value="catatan di samping tabel")
    below = sheet.max_row + 6
    sheet.cell(row=below, column=3, value="Langkah 99: arsipkan")
    sheet.cell(row=below + 1, column=3, value="Langkah 100: selesai")
    edited = tmp_path / "diubah.xlsx"
    book.save(edited)

    report = check_file(edited)
    found = unread(report.findings)
    assert set(found) == {
        "CONTENT_SHEET_NOT_READ",
        "CONTENT_CELLS_NOT_READ",
        "CONTENT_ROWS_NOT_READ",
    }
    assert found["CONTENT_SHEET_NOT_READ"].sheet == "Catatan Rapat"
    assert "Catatan Rapat" in found["CONTENT_SHEET_NOT_READ"].message
    cells = found["CONTENT_CELLS_NOT_READ"]
    assert (cells.sheet, cells.row, cells.column) == ("Uraian Prosedur", row, right)
    rows = found["CONTENT_ROWS_NOT_READ"]
    assert (rows.row, rows.column, rows.parameters["count"]) == (below, 3, "2")
    assert "2 baris" in rows.message
    # Peringatan only: the form still passes, and its steps are those of the sample.
    assert status_of(report) is FileStatus.PASSED
    assert report.sop is not None and report.sop.steps == reading.sop.steps


def test_organisation_master_extra_sheet_and_unheaded_column(tmp_path: Path) -> None:
    book = with_extra_sheet(ORG)
    units = book["Unit Kerja"]
    column = units.max_column + 2
    units.cell(row=units.max_row, column=column, value="unit baru 2026?")
    edited = tmp_path / "organisasi.xlsx"
    book.save(edited)

    master, findings = read_org_master(load_workbook_data(edited))
    assert master is not None
    found = unread(findings)
    assert set(found) == {"CONTENT_SHEET_NOT_READ", "CONTENT_CELLS_NOT_READ"}
    assert "'SKPD', 'Unit Kerja' dan 'Bagian'" in found["CONTENT_SHEET_NOT_READ"].message
    cell = found["CONTENT_CELLS_NOT_READ"]
    assert (cell.sheet, cell.row, cell.column) == ("Unit Kerja", units.max_row, column)


@pytest.mark.parametrize("kind", sorted(LIFECYCLE))
def test_lifecycle_form_extra_sheet_and_cells_beside_the_table(tmp_path: Path, kind: str) -> None:
    from sopxl.lifecycle.reader import read_lifecycle

    source = LIFECYCLE[kind]
    book = with_extra_sheet(source)
    main = book[next(f.sheet for f in lifecycle_spec.BY_KIND.values() if f.sheet in book)]
    column = main.max_column + 2
    main.cell(row=main.max_row, column=column, value="keterangan tambahan")
    edited = tmp_path / source.name
    book.save(edited)

    data = load_workbook_data(edited)
    kind = recognise(data)
    assert kind is not None
    form = lifecycle_spec.BY_KIND[kind.stamp]
    reading = read_lifecycle(data, form)
    found = unread(reading.findings)
    assert set(found) == {"CONTENT_SHEET_NOT_READ", "CONTENT_CELLS_NOT_READ"}
    assert found["CONTENT_SHEET_NOT_READ"].sheet == "Catatan Rapat"
    cell = found["CONTENT_CELLS_NOT_READ"]
    assert (cell.sheet, cell.row, cell.column) == (main.title, main.max_row, column)
    original = read_lifecycle(load_workbook_data(source), form)
    assert reading.entries == original.entries
