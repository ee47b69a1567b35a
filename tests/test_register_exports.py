"""Every register workbook read back: the inventory template, the organisation master,
the regency-wide inventory export, the decree table, the pre-filled SOP forms."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from sopxl.errors import InputError
from sopxl.forms import inventory_spec
from sopxl.forms.org_form import write_org_master
from sopxl.kinds import by_stamp, recognise
from sopxl.kukar import KECAMATAN
from sopxl.reading.loading.files import load_workbook_data
from sopxl.register.exports import export_decree, export_inventory
from sopxl.register.kukar import sample_master
from sopxl.register.readers import read_org_master
from sopxl.register.sop_forms import write_agency_sop_forms
from sopxl.register.store import open_register
from sopxl.register.templates import write_inventory_templates
from tests.register_fixtures import KELAHIRAN, TU_SETDA, UMUM, entry, import_entries, make_workspace

FORMULA_LIKE = '=HYPERLINK("http://x","klik")'


@pytest.fixture
def filled(database: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    ws = make_workspace(tmp_path / "ws")
    import_entries(
        ws,
        "12",
        [
            entry(UMUM, "Penerimaan dan Pencatatan Surat Masuk"),
            entry(UMUM, FORMULA_LIKE),
            entry(KELAHIRAN, "Penerbitan Akta Kelahiran"),
        ],
    )
    import_entries(ws, "01", [entry(TU_SETDA, "Agenda Pimpinan")], name="setda.xlsx")
    return ws


def test_sample_master_has_kukar_agencies_and_20_kecamatan(tmp_path: Path) -> None:
    path = tmp_path / "org.xlsx"
    master = sample_master()
    write_org_master(path, master)
    data = load_workbook_data(path)
    assert recognise(data) is by_stamp("organisasi")
    reading, findings = read_org_master(data)
    assert reading is not None
    read = reading.master
    assert [f.code for f in findings] == ["ORG_SAMPLE"]
    names = [a.name for a in read.agencies]
    assert names[:3] == ["Sekretariat Daerah", "Sekretariat DPRD", "Inspektorat"]
    assert sum(name.startswith("Kecamatan ") for name in names) == len(KECAMATAN) == 20
    assert [replace(a, row=0) for a in read.agencies] == list(master.agencies)
    assert [replace(s, row=0) for s in read.sections] == list(master.sections)


def test_inventory_template_has_own_dropdowns_protection_and_stamp(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "inv.xlsx"
    write_inventory_templates(filled, out, "12")
    data = load_workbook_data(out)
    assert data.stamp["sopxl_kind"] == "inventaris" and data.stamp["sopxl_agency"] == "12"
    book = openpyxl.load_workbook(out)
    sheet = book[inventory_spec.SHEET_MAIN]
    assert sheet["C4"].value == "Dinas Kependudukan dan Pencatatan Sipil"
    assert sheet.protection.sheet
    lists = book[inventory_spec.SHEET_LISTS]
    assert lists.sheet_state == "hidden"
    units = [c.value for c in lists["A"][1:] if c.value]
    assert units == ["Sekretariat", "Bidang Pelayanan Pencatatan Sipil"]
    sources = {dv.formula1 for dv in sheet.data_validations.dataValidation}
    assert {"sopxl_unit_kerja", "sopxl_bagian", "sopxl_jenis", "sopxl_ya_tidak"} <= sources
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9
    assert sheet.print_title_rows == "$8:$10"


def test_template_for_all_agencies(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    written = write_inventory_templates(filled, tmp_path / "semua", None)
    assert [p.name for p in written] == [
        "inventaris-01-setda.xlsx",
        "inventaris-12-disdukcapil.xlsx",
    ]


def test_inventory_export_content(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "inventaris.xlsx"
    export_inventory(open_register(filled.db_url), out, filled.regency)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Rekap", "Grafik", "Semua Judul", "SETDA", "DISDUKCAPIL"]
    every = book["Semua Judul"]
    header = [c.value for c in every[4]]
    assert header[:7] == [
        "No",
        "Kode Komponen",
        "SKPD",
        "Unit Kerja",
        "Bagian",
        "Nomor SOP",
        "Judul SOP",
    ]
    rows = [[c.value for c in row] for row in every.iter_rows(min_row=5)]
    assert [(r[5], r[6]) for r in rows] == [
        ("01.03.01.001", "Agenda Pimpinan"),
        ("12.01.02.001", "Penerimaan dan Pencatatan Surat Masuk"),
        ("12.01.02.002", FORMULA_LIKE),
        ("12.03.01.001", "Penerbitan Akta Kelahiran"),
    ]
    formula_cell = every.cell(row=7, column=7)
    assert formula_cell.data_type == "s"  # user text stays text
    assert every.auto_filter.ref and every.freeze_panes == "A5"
    assert every.page_setup.paperSize == 9 and every.print_title_rows == "$4:$4"
    summary = book["Rekap"]
    counts = {r[0].value: r[3].value for r in summary.iter_rows(min_row=5) if r[0].value}
    assert counts.pop("Semua SKPD telah mempunyai judul SOP.") is None
    assert counts.pop("Jumlah") == "=SUM(D5:D6)"  # the total follows an edited count
    assert counts == {"01": 1, "12": 3}  # column D: "Analisis (bernomor)"
    for sheet in book.worksheets:  # a title, repeated header rows, page numbers
        assert sheet["A1"].value and "&P" in sheet.oddFooter.right.text
        if sheet.title != "Grafik":
            assert sheet.print_title_rows == "$4:$4"
    with zipfile.ZipFile(out) as archive:
        assert any(name.startswith("xl/charts/chart") for name in archive.namelist())
    per_agency = book["DISDUKCAPIL"]
    assert [c.value for c in per_agency["D"][4:]] == [
        "12.01.02.001",
        "12.01.02.002",
        "12.03.01.001",
    ]


def test_decree_table(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "kep.xlsx"
    export_decree(open_register(filled.db_url), out, "12", filled.regency)
    sheet = openpyxl.load_workbook(out).active
    assert sheet["A5"].value == "NAMA DAN KODE NOMOR STANDAR OPERASIONAL PROSEDUR"
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=8, max_col=3)]
    assert rows == [
        ["NO.", "JUDUL SOP", "NOMOR SOP"],
        [1, "Penerimaan dan Pencatatan Surat Masuk", "12.01.02.001"],
        [2, FORMULA_LIKE, "12.01.02.002"],
        [3, "Penerbitan Akta Kelahiran", "12.03.01.001"],
    ]


def test_decree_of_agency_without_titles_is_refused(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "ws")
    with pytest.raises(InputError, match="belum mempunyai judul SOP bernomor"):
        export_decree(open_register(ws.db_url), tmp_path / "k.xlsx", "12", ws.regency)


def test_prefilled_sop_forms_per_coded_title(filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    written = write_agency_sop_forms(filled, "12", tmp_path / "forms")
    assert len(written) == 3
    sheet = openpyxl.load_workbook(written[0])["Identitas SOP"]
    values = {c.value for row in sheet.iter_rows() for c in row}
    assert {
        "12.01.02.001",
        "Penerimaan dan Pencatatan Surat Masuk",
        "Dinas Kependudukan dan Pencatatan Sipil",
    } <= values
