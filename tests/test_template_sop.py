"""The Lampiran II SOP form as a person meets it: labels, inputs, validations, print."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl.worksheet.worksheet import Worksheet

from sopxl.forms import sop_spec as spec
from sopxl.forms.sop_form import write_sop_form
from sopxl.forms.sop_layout import SopFormLayout
from sopxl.templates import SopTemplateRequest, write_sop_template
from sopxl_demo.examples import surat_masuk
from tests.conftest import load


def _texts(sheet: Worksheet) -> set[str]:
    return {str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None}


def _validations(sheet: Worksheet) -> dict[str, object]:
    return {str(dv.sqref): dv for dv in sheet.data_validations.dataValidation}


def test_sheets_in_order_and_list_sheet_hidden(blank_form: Path) -> None:
    wb = load(blank_form)
    assert wb.sheetnames == [
        spec.SHEET_LISTS,
        spec.SHEET_TITLE,
        spec.SHEET_IDENTITY,
        spec.SHEET_PROCEDURE,
        spec.SHEET_GUIDE,
    ]
    assert wb[spec.SHEET_LISTS].sheet_state == "hidden"
    assert wb.active.title == spec.SHEET_IDENTITY


def test_identity_sheet_carries_every_label_of_lampiran_ii(blank_form: Path) -> None:
    sheet = load(blank_form)[spec.SHEET_IDENTITY]
    texts = _texts(sheet)
    expected = {
        spec.AGENCY_BLOCK_LABEL,
        spec.APPROVAL_HEADING,
        "Nomor SOP",
        "Tanggal Pembuatan",
        "Tanggal Revisi",
        "Tanggal Pengesahan",
        "Disahkan Oleh",
        "Nama SOP",
        "Dasar Hukum",
        "Kualifikasi Pelaksana",
        "Keterkaitan",
        "Peralatan/Perlengkapan",
        "Peringatan",
        "Pencatatan dan Pendataan",
        "SKPD",
        "Unit Kerja",
        "Bagian",
        "Jabatan",
        "Nama",
        "NIP",
    }
    assert expected <= texts


def test_identity_layout_follows_lampiran_ii(blank_form: Path) -> None:
    sheet = load(blank_form)[spec.SHEET_IDENTITY]
    # Header table: the labels down column D, their inputs in F, in Lampiran II's order.
    assert [sheet.cell(row=r, column=4).value for r in range(3, 9)] == [
        "Nomor SOP",
        "Tanggal Pembuatan",
        "Tanggal Revisi",
        "Tanggal Pengesahan",
        "Disahkan Oleh",
        "Nama SOP",
    ]
    # The lists in pairs, left | right, each numbered 1..4.
    assert sheet["A10"].value == "Dasar Hukum" and sheet["D10"].value == "Kualifikasi Pelaksana"
    assert [sheet.cell(row=r, column=1).value for r in range(11, 15)] == ["1.", "2.", "3.", "4."]
    assert sheet["A15"].value == "Keterkaitan" and sheet["D15"].value == "Peralatan/Perlengkapan"
    assert sheet["A20"].value == "Peringatan" and sheet["D20"].value == "Pencatatan dan Pendataan"
    assert sheet["D26"].value == "Pengesahan"


def test_procedure_sheet_headers_and_numbered_column_row(blank_form: Path) -> None:
    sheet = load(blank_form)[spec.SHEET_PROCEDURE]
    assert sheet["A4"].value == "No"
    assert sheet["B4"].value == "Uraian Prosedur"
    assert sheet["C4"].value == "Pelaksana"
    assert sheet["H4"].value == "Mutu Baku"
    assert [sheet.cell(row=5, column=c).value for c in (8, 9, 10)] == [
        spec.COL_REQUIREMENTS,
        "Waktu",
        "Output",
    ]
    assert sheet["K4"].value == "Ket"
    assert [sheet.cell(row=6, column=c).value for c in range(1, 12)] == list(range(1, 12))
    assert sheet["M5"].value == spec.COL_YES and sheet["N5"].value == spec.COL_NO
    assert "C4:G4" in {str(r) for r in sheet.merged_cells.ranges}
    assert [sheet.cell(row=r, column=1).value for r in range(7, 22)] == list(range(1, 16))


def test_symbol_dropdown_on_every_pelaksana_cell_of_every_step(blank_form: Path) -> None:
    wb = load(blank_form)
    validations = _validations(wb[spec.SHEET_PROCEDURE])
    symbols = validations["C7:G21"]
    assert symbols.type == "list"
    assert symbols.formula1 == spec.LIST_NAME_SYMBOLS
    assert symbols.promptTitle == "(14) Simbol pelaksana"
    assert "Pengambilan Keputusan" in symbols.error
    listed = wb.defined_names[spec.LIST_NAME_SYMBOLS].attr_text
    assert listed == "'Daftar Pilihan'!$A$2:$A$8"
    values = [wb[spec.SHEET_LISTS].cell(row=r, column=1).value for r in range(2, 9)]
    assert values == [
        "Terminator",
        "Proses",
        "Pengambilan Keputusan",
        "Dokumen",
        "Penggandaan Dokumen",
        "Arsip Manual",
        "File",
    ]


def test_decision_targets_are_whole_numbers_outside_print_area(blank_form: Path) -> None:
    sheet = load(blank_form)[spec.SHEET_PROCEDURE]
    validations = _validations(sheet)
    for rng in ("M7:M21", "N7:N21"):
        assert validations[rng].type == "whole"
        assert (validations[rng].formula1, validations[rng].formula2) == ("1", "999")
    assert sheet.print_area == "'Uraian Prosedur'!$A$1:$K$21"


def test_date_cells_validate_dates_and_show_indonesian_months(blank_form: Path) -> None:
    sheet = load(blank_form)[spec.SHEET_IDENTITY]
    validations = _validations(sheet)
    for cell in ("F4", "F5", "F6"):
        assert validations[cell].type == "date"
        assert sheet[cell].number_format == "[$-421]d mmmm yyyy"
        assert not sheet[cell].protection.locked
    assert validations["F4"].promptTitle == "(2) Tanggal Pembuatan"
    assert validations["F4"].prompt.startswith("Diisi dengan tanggal pengesahan SOP")


def test_code_and_nip_cells_are_text(blank_form: Path) -> None:
    sheet = load(blank_form)[spec.SHEET_IDENTITY]
    assert sheet["F3"].number_format == "@"
    assert sheet["F29"].number_format == "@"
    nip = _validations(sheet)["F29"]
    assert (nip.type, nip.formula1, nip.formula2) == ("textLength", "18", "21")


def test_every_input_has_an_indonesian_input_message(blank_form: Path) -> None:
    wb = load(blank_form)
    for name in (spec.SHEET_IDENTITY, spec.SHEET_PROCEDURE):
        for dv in wb[name].data_validations.dataValidation:
            assert dv.showInputMessage and dv.promptTitle and dv.prompt, dv.sqref
            assert len(dv.prompt) <= 255 and len(dv.promptTitle) <= 32


def test_labels_locked_inputs_unlocked_and_shaded(blank_form: Path) -> None:
    wb = load(blank_form)
    identity, procedure = wb[spec.SHEET_IDENTITY], wb[spec.SHEET_PROCEDURE]
    for label in ("D3", "A5", "A10", "D26"):
        assert identity[label].protection.locked, label
    for cell in ("F3", "C5", "F8", "B11", "E23", "F27"):
        assert not identity[cell].protection.locked, cell
        assert identity[cell].fill.fgColor.rgb == "FFFFF2CC", cell
    for label in ("A4", "B4", "C4", "H5", "A6"):
        assert procedure[label].protection.locked, label
    for cell in ("C5", "B7", "C7", "G21", "H7", "I7", "J7", "K7", "M7", "N21", "A7"):
        assert not procedure[cell].protection.locked, cell


def test_sheets_protected_without_password(blank_form: Path) -> None:
    wb = load(blank_form)
    for name in wb.sheetnames:
        protection = wb[name].protection
        assert protection.sheet, name
        assert not protection.password, name
    assert not wb[spec.SHEET_PROCEDURE].protection.insertRows  # False means allowed


def test_a4_print_setup_with_repeated_headers(blank_form: Path) -> None:
    wb = load(blank_form)
    procedure = wb[spec.SHEET_PROCEDURE]
    assert procedure.page_setup.paperSize == 9
    assert procedure.page_setup.orientation == "landscape"
    assert procedure.print_title_rows == "$4:$6"
    assert procedure.sheet_properties.pageSetUpPr.fitToPage
    # One page wide (1 is the default, which XlsxWriter leaves out), as many pages high as needed.
    assert procedure.page_setup.fitToWidth in (None, 1)
    assert procedure.page_setup.fitToHeight == 0
    for name in (spec.SHEET_TITLE, spec.SHEET_IDENTITY, spec.SHEET_GUIDE):
        assert wb[name].page_setup.orientation == "portrait", name
        assert wb[name].page_setup.paperSize == 9, name
    assert wb[spec.SHEET_IDENTITY].print_area == "'Identitas SOP'!$A$1:$F$29"


def test_kind_and_version_are_stamped(blank_form: Path) -> None:
    wb = load(blank_form)
    assert wb.defined_names["sopxl_kind"].attr_text == '"sop"'
    assert wb.defined_names["sopxl_version"].attr_text == f'"{spec.VERSION}"'
    properties = {prop.name: prop.value for prop in wb.custom_doc_props.props}
    assert properties == {"sopxl_kind": "sop", "sopxl_version": spec.VERSION}


def test_guide_sheet_carries_cara_pengisian_and_symbols(blank_form: Path) -> None:
    texts = _texts(load(blank_form)[spec.SHEET_GUIDE])
    for n in range(1, 19):
        assert f"({n})" in texts
    for _, text in spec.IDENTITY_GUIDE + spec.PROCEDURE_GUIDE:
        assert text in texts
    for name in (
        "Terminator",
        "Proses",
        "Pengambilan Keputusan",
        "Dokumen",
        "Penggandaan Dokumen",
        "Arsip Manual",
        "File",
        "Konektor",
        "Garis alir",
    ):
        assert name in texts


def test_prefill_fills_identity_actors_and_steps(filled_form: Path) -> None:
    wb = load(filled_form)
    identity, procedure = wb[spec.SHEET_IDENTITY], wb[spec.SHEET_PROCEDURE]
    sop = surat_masuk()
    assert identity["C5"].value == sop.identity.agency
    assert identity["F3"].value == "12.01.02.001"
    assert identity["F4"].value.date() == sop.identity.made_on
    assert identity["B11"].value == sop.identity.legal_basis[0]
    assert identity["F29"].value == "196805121994031007"
    assert [procedure.cell(row=5, column=c).value for c in range(3, 7)] == [
        a.name for a in sop.actors
    ]
    assert procedure["F7"].value == "Terminator"
    assert procedure["F8"].value == "Pengambilan Keputusan"
    assert (procedure["M8"].value, procedure["N8"].value) == (3, 4)
    assert procedure["I7"].value == "5 menit"
    title_page = wb[spec.SHEET_TITLE]
    assert title_page["A14"].value.startswith("=IF('Identitas SOP'!$F$8")


def test_user_text_is_never_a_formula(tmp_path: Path) -> None:
    path = tmp_path / "f.xlsx"
    write_sop_template(
        path, SopTemplateRequest(title='=HYPERLINK("http://x")', agency="https://contoh.go.id")
    )
    identity = load(path)[spec.SHEET_IDENTITY]
    assert identity["F8"].data_type == "s"
    assert identity["F8"].value == '=HYPERLINK("http://x")'
    assert identity["C5"].hyperlink is None


def test_options_size_the_form(tmp_path: Path) -> None:
    path = tmp_path / "f.xlsx"
    layout = write_sop_template(path, SopTemplateRequest(actors=8, steps=40, list_rows=6))
    assert layout == SopFormLayout(actors=8, steps=40, list_rows=6)
    procedure = load(path)[spec.SHEET_PROCEDURE]
    assert procedure["C4"].value == "Pelaksana"
    assert "C4:J4" in {str(r) for r in procedure.merged_cells.ranges}
    assert procedure.cell(row=46, column=1).value == 40
    assert procedure.print_area == "'Uraian Prosedur'!$A$1:$N$46"


def test_layout_grows_to_fit_a_long_sop(tmp_path: Path) -> None:
    sop = surat_masuk()
    path = tmp_path / "f.xlsx"
    layout = write_sop_form(path, sop, SopFormLayout(actors=2, steps=3, list_rows=1))
    assert (layout.actors, layout.steps, layout.list_rows) == (4, 7, 3)


@pytest.mark.parametrize(
    "request_",
    [SopTemplateRequest(actors=2, actor_names=("A", "B", "C")), SopTemplateRequest(steps=0)],
)
def test_impossible_sizes_are_usage_errors(tmp_path: Path, request_: SopTemplateRequest) -> None:
    from sopxl.errors import UsageError

    with pytest.raises(UsageError):
        write_sop_template(tmp_path / "f.xlsx", request_)
