"""Reading a filled SOP form by its labels, as people really fill it in."""

from __future__ import annotations

import dataclasses
import re
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.workbook.workbook import Workbook

from sopxl.findings import FieldRef, Location
from sopxl.forms import sop_spec as spec
from sopxl.forms.sop_form import write_sop_form
from sopxl.forms.sop_layout import SopFormLayout
from sopxl.messages import reading as reading_catalogue
from sopxl.model import sop_fields
from sopxl.model.severity import Severity
from sopxl.model.sop import Actor, Approval, Duration, Identity, Sop, Step, Symbol, TimeUnit
from sopxl.parsing.durations import parse_duration
from sopxl.parsing.labels import normalise_label
from sopxl.reading.grid import SheetGrid, WorkbookData
from sopxl.reading.loading.files import load_workbook_data
from sopxl.reading.sop.reader import read_sop
from sopxl_demo.examples import hours, minutes, surat_masuk
from tests.sop_fixtures import (
    IDENTITY,
    PROCEDURE,
    convert,
    filled_form,
    flatten,
    insert_rows,
    read,
    set_cells,
    soffice,
    unfilled,
)

SURAT = surat_masuk()


def with_steps(sop: Sop, **changes: Step) -> Sop:
    """``sop`` with steps replaced by position: ``with_steps(sop, s2=Step(...))``."""
    steps = list(sop.steps)
    for name, step in changes.items():
        steps[int(name[1:]) - 1] = step
    return dataclasses.replace(sop, steps=tuple(steps))


def with_identity(sop: Sop, **changes: object) -> Sop:
    return dataclasses.replace(sop, identity=dataclasses.replace(sop.identity, **changes))


# --- A form sopxl wrote ------------------------------------------------------------------


def test_a_sopxl_form_reads_back_exactly(tmp_path: Path) -> None:
    reading = read(filled_form(tmp_path))
    assert reading.sop == SURAT
    assert reading.findings == ()


def test_sources_point_at_the_cells_the_layout_wrote(tmp_path: Path) -> None:
    path = tmp_path / "surat.xlsx"
    layout = write_sop_form(path, SURAT)
    sources = read(path).sources

    expected: dict[FieldRef, Location] = {}

    def expect(ref: FieldRef) -> None:
        cell = layout.cell_for(ref)
        assert cell is not None, ref
        sheet, row, col = cell
        expected[ref] = Location(sheet, row + 1, col + 1)

    ident = SURAT.identity
    for field in (*sop_fields.AGENCY_FIELDS, *sop_fields.HEADER_FIELDS):
        expect(FieldRef("identity", field.key))
    for field in sop_fields.APPROVAL_FIELDS:
        expect(FieldRef("approval", field.key))
    for item in sop_fields.LISTS:
        for index in range(len(getattr(ident, item.key))):
            expect(FieldRef("list", item.key, index=index))
    for actor in range(len(SURAT.actors)):
        expect(FieldRef("actor", index=actor))
    columns = ("number", "description", "requirements", "duration", "output", "note")
    for index in range(len(SURAT.steps)):
        for key in (*columns, "yes_target", "no_target"):
            expect(FieldRef("step", key, index=index))
        for actor in range(len(SURAT.actors)):
            expect(FieldRef("step", "actor", index=index, actor=actor))

    assert {ref: sources.get(ref) for ref in expected} == expected
    # The step's own pelaksana (actor=None) is the marked cell: step 3 is Kepala Dinas (C9).
    assert sources[FieldRef("step", "actor", index=2)] == Location(PROCEDURE, 9, 3)
    assert sources[FieldRef("sheet", PROCEDURE)] == Location(PROCEDURE, 7, 2)


def test_an_empty_field_and_an_empty_list_point_where_they_would_be_typed(tmp_path: Path) -> None:
    sop = with_identity(SURAT, code="", related=())
    reading = read(filled_form(tmp_path, sop))
    assert reading.sop == sop
    assert reading.sources[FieldRef("identity", "code")] == Location(IDENTITY, 3, 6)
    assert reading.sources[FieldRef("identity", "revised_on")] == Location(IDENTITY, 5, 6)
    assert reading.sources[FieldRef("list", "related", index=0)] == Location(IDENTITY, 16, 2)


# --- Rows inserted, steps added, cells merged ---------------------------------------------


def test_rows_inserted_between_header_fields_and_inside_lists(tmp_path: Path) -> None:
    def edit(workbook: Workbook) -> None:
        sheet = workbook[IDENTITY]
        insert_rows(sheet, 5, 2)  # above Tanggal Revisi (and Unit Kerja beside it)
        insert_rows(sheet, 15)  # inside Dasar Hukum, between entries 2 and 3
        insert_rows(sheet, 18)  # between the first and the second pair of lists
        set_cells(sheet, {"B15": "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah"})

    reading = read(filled_form(tmp_path, edit=edit))
    legal = SURAT.identity.legal_basis
    inserted = "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah"
    assert reading.sop == with_identity(SURAT, legal_basis=(legal[0], legal[1], inserted, legal[2]))
    assert reading.findings == ()
    sources = reading.sources
    assert sources[FieldRef("identity", "code")] == Location(IDENTITY, 3, 6)
    assert sources[FieldRef("identity", "revised_on")] == Location(IDENTITY, 7, 6)
    assert sources[FieldRef("identity", "unit")] == Location(IDENTITY, 8, 3)
    assert sources[FieldRef("list", "legal_basis", index=2)] == Location(IDENTITY, 15, 2)
    assert sources[FieldRef("list", "legal_basis", index=3)] == Location(IDENTITY, 16, 2)
    assert sources[FieldRef("list", "related", index=0)] == Location(IDENTITY, 20, 2)
    assert sources[FieldRef("approval", "nip")] == Location(IDENTITY, 33, 6)


def test_a_step_inserted_between_steps_and_steps_added_below_the_printed_rows(
    tmp_path: Path,
) -> None:
    def edit(workbook: Workbook) -> None:
        sheet = workbook[PROCEDURE]
        insert_rows(sheet, 9)  # between steps 2 and 3; Excel gives the new row no number
        set_cells(sheet, {"B9": "Menggandakan surat", "F9": "Penggandaan Dokumen"})
        set_cells(sheet, {"J9": "Salinan surat", "I9": "5 menit"})
        # The printed rows end at row 22 now; two more steps below, one blank row apart.
        set_cells(sheet, {"A23": 8, "B23": "Melaporkan", "E23": "Proses", "I23": "1 jam"})
        set_cells(sheet, {"A25": 9, "B25": "Selesai", "C25": "Terminator", "I25": "-"})
        # Far below, after the table has ended: not a step, and said to be not read.
        set_cells(sheet, {"B40": "Tenggarong, 20 Januari 2025"})

    reading = read(filled_form(tmp_path, edit=edit))
    copy = Step(
        3,
        "Menggandakan surat",
        actor=3,
        symbol=Symbol.MULTI_DOCUMENT,
        duration=minutes(5),
        output="Salinan surat",
    )
    report = Step(8, "Melaporkan", actor=2, symbol=Symbol.PROCESS, duration=hours(1))
    done = Step(9, "Selesai", actor=0, symbol=Symbol.TERMINATOR, duration=Duration(None, None, "-"))
    steps = SURAT.steps
    assert reading.sop is not None
    assert reading.sop.steps == (*steps[:2], copy, *steps[2:], report, done)
    assert flatten(reading) == [
        (PROCEDURE, "A9", "FORM_STEP_NUMBER_MISSING"),
        (PROCEDURE, "B40", "CONTENT_ROWS_NOT_READ"),
    ]
    assert reading.sources[FieldRef("step", "description", index=3)] == Location(PROCEDURE, 10, 2)
    assert reading.sources[FieldRef("step", "duration", index=9)] == Location(PROCEDURE, 25, 9)


def test_a_step_without_description_is_a_step_and_empty_rows_are_not(tmp_path: Path) -> None:
    def edit(workbook: Workbook) -> None:
        set_cells(workbook[PROCEDURE], {"B10": None})

    reading = read(filled_form(tmp_path, edit=edit))
    assert reading.sop == with_steps(SURAT, s4=dataclasses.replace(SURAT.steps[3], description=""))
    assert reading.findings == ()


def test_merged_and_unmerged_cells_and_values_beside_their_labels(tmp_path: Path) -> None:
    def edit(workbook: Workbook) -> None:
        sheet = workbook[IDENTITY]
        sheet.unmerge_cells("D7:E7")  # Disahkan Oleh: label unmerged, value one cell right
        set_cells(sheet, {"F7": None, "E7": "Kepala Dinas"})
        sheet.unmerge_cells("A5:B5")  # SKPD: label unmerged, value stays two cells right
        sheet.merge_cells("F8:G8")  # Nama SOP: value merged to the right
        sheet.unmerge_cells("D27:E27")  # Jabatan: a ":" column between label and value
        set_cells(sheet, {"E27": ":"})
        procedure = workbook[PROCEDURE]
        procedure.unmerge_cells("C4:G4")  # Pelaksana heading no longer spans its columns

    reading = read(filled_form(tmp_path, edit=edit))
    assert reading.sop == with_identity(SURAT, approved_by="Kepala Dinas")
    assert reading.findings == ()
    assert reading.sources[FieldRef("identity", "approved_by")] == Location(IDENTITY, 7, 5)
    assert reading.sources[FieldRef("identity", "agency")] == Location(IDENTITY, 5, 3)


# --- Sheets ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["URAIAN PROSEDUR", "Uraian Prosedur (2)", "Uraian_Prosedur", "Prosedur", "Lembar3"]
)
def test_a_renamed_procedure_sheet_is_read_and_reported(tmp_path: Path, name: str) -> None:
    def edit(workbook: Workbook) -> None:
        sheet = workbook[PROCEDURE]
        sheet.title = "sementara"  # openpyxl refuses a title differing only in case
        sheet.title = name

    reading = read(filled_form(tmp_path, edit=edit))
    assert reading.sop == SURAT
    assert flatten(reading) == [(name, None, "FORM_SHEET_RENAMED")]
    assert reading.findings[0].parameters == {"found": name, "expected": PROCEDURE}
    assert reading.sources[FieldRef("step", "number", index=0)] == Location(name, 7, 1)


def test_a_renamed_identity_sheet_is_read_and_reported(tmp_path: Path) -> None:
    def edit(workbook: Workbook) -> None:
        workbook[IDENTITY].title = "Informasi SOP"

    reading = read(filled_form(tmp_path, edit=edit))
    assert reading.sop == SURAT
    assert flatten(reading) == [("Informasi SOP", None, "FORM_SHEET_RENAMED")]


def test_a_missing_sheet_is_reported_and_the_rest_is_read(tmp_path: Path) -> None:
    def edit(workbook: Workbook) -> None:
        del workbook[PROCEDURE]

    reading = read(filled_form(tmp_path, edit=edit))
    assert reading.sop == Sop(identity=SURAT.identity)
    assert flatten(reading) == [(None, None, "FORM_SHEET_MISSING")]
    assert reading.findings[0].ref == FieldRef("sheet", PROCEDURE)


def test_a_workbook_that_is_no_sop_form_gives_no_sop(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "Daftar Hadir Rapat"
    workbook.active["A2"] = "Nama"
    path = tmp_path / "lain.xlsx"
    workbook.save(path)
    reading = read(path)
    assert reading.sop is None
    assert flatten(reading) == [(None, None, "FORM_NOT_SOP")]


def test_a_template_of_another_kind_gives_no_sop(tmp_path: Path) -> None:
    data = load_workbook_data(filled_form(tmp_path))
    reading = read_sop(dataclasses.replace(data, stamp={"sopxl_kind": "inventaris"}))
    assert reading.sop is None
    assert flatten(reading) == [(None, None, "FORM_KIND_MISMATCH")]
    assert reading.findings[0].parameters == {"kind": "inventaris"}


def test_an_unknown_template_version_is_reported_and_read(tmp_path: Path) -> None:
    data = load_workbook_data(filled_form(tmp_path))
    reading = read_sop(dataclasses.replace(data, stamp={"sopxl_kind": "sop", "sopxl_version": "9"}))
    assert reading.sop == SURAT
    assert flatten(reading) == [(None, None, "FORM_VERSION_UNKNOWN")]


# --- Labels ------------------------------------------------------------------------------


def test_label_variants_of_the_glossary_are_read_without_findings(tmp_path: Path) -> None:
    def edit(workbook: Workbook) -> None:
        identity = workbook[IDENTITY]
        set_cells(
            identity,
            {
                "A5": "Perangkat Daerah",
                "A6": "Bidang",
                "A7": "Sub Bagian",
                "D3": "No. SOP",
                "D4": "Tgl. Pembuatan :",
                "D6": "Tanggal Efektif",
                "D7": "Ditetapkan oleh",
                "D8": "Judul SOP",
                "D10": "Kualifikasi Pelaksanaan",
                "A15": "SOP Terkait",
                "D15": "Peralatan dan Perlengkapan",
                "D20": "Pencatatan/Pendataan",
            },
        )
        procedure = workbook[PROCEDURE]
        set_cells(
            procedure,
            {
                "A4": "No.",
                "B4": "Kegiatan",
                "C4": "Pelaku Kegiatan",
                "H4": "Baku Mutu",
                "H5": "Kelengkapan",
                "K4": "Keterangan",
            },
        )

    reading = read(filled_form(tmp_path, edit=edit))
    assert reading.sop == SURAT
    assert reading.findings == ()


def test_edited_labels_are_read_and_reported(tmp_path: Path) -> None:
    def edit(workbook: Workbook) -> None:
        set_cells(workbook[IDENTITY], {"D3": "Nomor S.O.P", "D4": "Tgl Buat"})
        set_cells(workbook[PROCEDURE], {"I5": "Waktu Penyelesaian"})

    reading = read(filled_form(tmp_path, edit=edit))
    assert reading.sop == SURAT
    assert flatten(reading) == [
        (IDENTITY, "D3", "FORM_LABEL_EDITED"),
        (IDENTITY, "D4", "FORM_LABEL_EDITED"),
        (PROCEDURE, "I5", "FORM_LABEL_EDITED"),
    ]
    assert reading.findings[1].parameters == {"found": "Tgl Buat", "label": "Tanggal Pembuatan"}
    assert reading.findings[1].ref == FieldRef("identity", "made_on")


def test_deleted_labels_are_reported_and_their_fields_stay_empty(tmp_path: Path) -> None:
    def edit(workbook: Workbook) -> None:
        # SKPD too: the block heading above it, SATUAN KERJA PERANGKAT DAERAH, is a
        # glossary variant of that label but has no value beside it, so it does not count.
        set_cells(workbook[IDENTITY], {"A5": None, "D6": None, "A20": None, "D29": None})
        set_cells(workbook[PROCEDURE], {"I5": None})

    reading = read(filled_form(tmp_path, edit=edit))
    expected = with_identity(
        SURAT,
        agency="",
        approved_on=None,
        cautions=(),
        approval=dataclasses.replace(SURAT.identity.approval, nip=""),
    )
    expected = dataclasses.replace(
        expected, steps=tuple(dataclasses.replace(step, duration=None) for step in SURAT.steps)
    )
    assert reading.sop == expected
    assert flatten(reading) == [
        (IDENTITY, None, "FORM_LABEL_MISSING"),
        (IDENTITY, None, "FORM_LABEL_MISSING"),
        (IDENTITY, None, "FORM_LABEL_MISSING"),
        (IDENTITY, None, "FORM_LABEL_MISSING"),
        (PROCEDURE, None, "FORM_LABEL_MISSING"),
    ]
    assert [f.ref for f in reading.findings] == [
        FieldRef("identity", "agency"),
        FieldRef("identity", "approved_on"),
        FieldRef("list", "cautions", index=0),
        FieldRef("approval", "nip"),
        FieldRef("step", "duration"),
    ]
    assert reading.findings[1].parameters == {
        "label": "Tanggal Pengesahan",
        "sheet_name": IDENTITY,
    }
    assert FieldRef("identity", "approved_on") not in reading.sources


# --- Values ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["30 April 2012", "30-04-2012", "30/4/2012", "April 30, 2012", "Senin, 30 April 2012"]
)
def test_dates_typed_as_text(tmp_path: Path, typed: str) -> None:
    def edit(workbook: Workbook) -> None:
        set_cells(workbook[IDENTITY], {"F4": typed})

    reading = read(filled_form(tmp_path, edit=edit))
    assert reading.sop == with_identity(SURAT, made_on=date(2012, 4, 30))
    assert reading.findings == ()


def test_a_date_that_cannot_be_read_is_reported_and_left_empty(tmp_path: Path) -> None:
    def edit(workbook: Workbook) -> None:
        set_cells(workbook[IDENTITY], {"F6": "31 Februari 2025"})

    reading = read(filled_form(tmp_path, edit=edit))
    assert reading.sop == with_identity(SURAT, approved_on=None)
    assert flatten(reading) == [(IDENTITY, "F6", "FORM_DATE_INVALID")]
    finding = reading.findings[0]
    assert finding.parameters == {"label": "Tanggal Pengesahan"}
    assert finding.value == "31 Februari 2025"
    assert finding.ref == FieldRef("identity", "approved_on")


def test_an_unreadable_tanggal_revisi_is_only_a_warning(tmp_path: Path) -> None:
    def edit(workbook: Workbook) -> None:
        set_cells(workbook[IDENTITY], {"F5": "belum pernah"})

    reading = read(filled_form(tmp_path, edit=edit))
    assert reading.sop == SURAT  # surat masuk was never revised: still empty
    assert flatten(reading) == [(IDENTITY, "F5", "FORM_REVISED_ON_INVALID")]
    assert reading.findings[0].severity is Severity.WARNING


@pytest.mark.parametrize(
    ("typed", "amount", "unit"),
    [
        ("5 menit", Decimal(5), TimeUnit.MINUTE),
        ("2 Jam", Decimal(2), TimeUnit.HOUR),
        ("1 hari kerja", Decimal(1), TimeUnit.WORKING_DAY),
        ("1 x 24 jam", Decimal(24), TimeUnit.HOUR),
        ("10'", Decimal(10), TimeUnit.MINUTE),
        ("-", None, None),
    ],
)
def test_durations_as_people_write_them(
    tmp_path: Path, typed: str, amount: Decimal | None, unit: TimeUnit | None
) -> None:
    def edit(workbook: Workbook) -> None:
        set_cells(workbook[PROCEDURE], {"I9": f"  {typed} "})

    reading = read(filled_form(tmp_path, edit=edit))
    step = dataclasses.replace(SURAT.steps[2], duration=Duration(amount, unit, typed))
    assert reading.sop == with_steps(SURAT, s3=step)
    assert reading.findings == ()


def test_a_duration_that_cannot_be_read_is_reported_and_left_empty(tmp_path: Path) -> None:
    def edit(workbook: Workbook) -> None:
        set_cells(workbook[PROCEDURE], {"I9": "sesuai kebutuhan"})

    reading = read(filled_form(tmp_path, edit=edit))
    assert reading.sop == with_steps(SURAT, s3=dataclasses.replace(SURAT.steps[2], duration=None))
    assert flatten(reading) == [(PROCEDURE, "I9", "FORM_DURATION_INVALID")]
    assert reading.findings[0].parameters == {"step": "3"}


@pytest.mark.parametrize("mark", ["x", "v", "√", " X "])
def test_plain_marks_of_older_forms_set_the_actor_without_a_symbol(
    tmp_path: Path, mark: str
) -> None:
    def edit(workbook: Workbook) -> None:
        set_cells(workbook[PROCEDURE], {"F10": mark})

    reading = read(filled_form(tmp_path, edit=edit))
    step = dataclasses.replace(SURAT.steps[3], actor=3, symbol=None)
    assert reading.sop == with_steps(SURAT, s4=step)
    # The tick is reported once, with what was typed in the cell.
    assert flatten(reading) == [(PROCEDURE, "F10", "STEP_SYMBOL_MISSING")]
    assert reading.findings[0].value == mark.strip()
    assert reading.findings[0].parameters == {"step": "4", "actor": "Pengadministrasi Umum"}


def test_symbol_names_people_type_are_understood(tmp_path: Path) -> None:
    def edit(workbook: Workbook) -> None:
        set_cells(workbook[PROCEDURE], {"F7": "Mulai", "F8": "keputusan", "F13": "SELESAI"})

    assert read(filled_form(tmp_path, edit=edit)).sop == SURAT


def test_an_unknown_symbol_is_reported_and_the_actor_kept(tmp_path: Path) -> None:
    def edit(workbook: Workbook) -> None:
        set_cells(workbook[PROCEDURE], {"D12": "Paraf"})

    reading = read(filled_form(tmp_path, edit=edit))
    step = dataclasses.replace(SURAT.steps[5], symbol=None)
    assert reading.sop == with_steps(SURAT, s6=step)
    assert flatten(reading) == [(PROCEDURE, "D12", "FORM_SYMBOL_UNKNOWN")]
    assert reading.findings[0].parameters == {"step": "6", "actor": "Sekretaris"}
    assert reading.findings[0].ref == FieldRef("step", "actor", index=5, actor=1)


def test_a_step_marked_for_several_actors_keeps_the_first(tmp_path: Path) -> None:
    def edit(workbook: Workbook) -> None:
        set_cells(workbook[PROCEDURE], {"E12": "Proses", "F12": "x"})

    reading = read(filled_form(tmp_path, edit=edit))
    assert reading.sop == SURAT
    assert flatten(reading) == [(PROCEDURE, "E12", "FORM_STEP_MULTIPLE_ACTORS")]
    assert reading.findings[0].parameters == {
        "step": "6",
        "count": "3",
        "actors": "Sekretaris, Kepala Sub Bagian Umum, Pengadministrasi Umum",
    }
    # Every marked cell has its source, so each can be pointed at.
    assert reading.sources[FieldRef("step", "actor", index=5, actor=3)] == Location(
        PROCEDURE, 12, 6
    )


def test_step_numbers_that_are_not_whole_numbers_fall_back_to_the_position(
    tmp_path: Path,
) -> None:
    def edit(workbook: Workbook) -> None:
        set_cells(workbook[PROCEDURE], {"A8": "2a", "A9": "3", "A10": 4.0})

    reading = read(filled_form(tmp_path, edit=edit))
    assert reading.sop == SURAT
    assert flatten(reading) == [(PROCEDURE, "A8", "FORM_STEP_NUMBER_INVALID")]
    assert reading.findings[0].parameters == {"number": "2"}
    assert reading.findings[0].value == "2a"


def test_decision_targets_must_be_step_numbers(tmp_path: Path) -> None:
    def edit(workbook: Workbook) -> None:
        set_cells(workbook[PROCEDURE], {"M8": "3", "N8": "langkah 4"})

    reading = read(filled_form(tmp_path, edit=edit))
    step = dataclasses.replace(SURAT.steps[1], no_target=None)
    assert reading.sop == with_steps(SURAT, s2=step)
    assert flatten(reading) == [(PROCEDURE, "N8", "FORM_TARGET_INVALID")]
    assert reading.findings[0].parameters == {"step": "2", "branch": "Tidak"}


def test_a_dash_in_unused_pelaksana_and_ya_tidak_columns_means_nothing(tmp_path: Path) -> None:
    def edit(workbook: Workbook) -> None:
        # Step 4 (row 10) is done by the fourth pelaksana (F); the rest say "not this one".
        set_cells(workbook[PROCEDURE], {"C10": "-", "E10": "\u2013", "M10": "-", "N10": "\u2014"})

    reading = read(filled_form(tmp_path, edit=edit))
    assert reading.sop == SURAT
    assert reading.findings == ()


def test_numbers_in_text_fields_lose_no_digits_excel_kept(tmp_path: Path) -> None:
    def edit(workbook: Workbook) -> None:
        # Excel keeps 15 significant digits of an 18-digit NIP typed into a General cell.
        set_cells(workbook[IDENTITY], {"F29": 1.96805121994031e17, "F3": 12})

    reading = read(filled_form(tmp_path, edit=edit))
    approval = dataclasses.replace(SURAT.identity.approval, nip="196805121994031000")
    assert reading.sop == with_identity(SURAT, code="12", approval=approval)


def test_whitespace_is_stripped_inner_newlines_kept_and_empty_entries_skipped(
    tmp_path: Path,
) -> None:
    def edit(workbook: Workbook) -> None:
        identity = workbook[IDENTITY]
        set_cells(identity, {"F8": "  Penerimaan Surat\nMasuk  ", "B11": None, "B12": "   "})
        set_cells(identity, {"B14": "Peraturan Daerah Nomor 1 Tahun 2016"})

    reading = read(filled_form(tmp_path, edit=edit))
    legal = (SURAT.identity.legal_basis[2], "Peraturan Daerah Nomor 1 Tahun 2016")
    expected = with_identity(SURAT, title="Penerimaan Surat\nMasuk", legal_basis=legal)
    assert reading.sop == expected
    assert reading.sources[FieldRef("list", "legal_basis", index=1)] == Location(IDENTITY, 14, 2)


# --- Hand-made forms and other applications -------------------------------------------------


def test_a_hand_made_form_on_one_sheet(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "SOP"
    rows: list[list[object]] = [
        ["STANDAR OPERASIONAL PROSEDUR"],
        [],
        ["SKPD", ":", "Dinas Pekerjaan Umum"],
        ["Bidang", ":", "Bina Marga"],
        ["Seksi", ":", "Seksi Jalan"],
        ["No. SOP", ":", "05.01.02.003"],
        ["Tgl. Pembuatan", ":", "6 Januari 2025"],
        ["Tgl. Revisi", ":", "-"],
        ["Tanggal Efektif", ":", "20/01/2025"],
        ["Disahkan Oleh", ":", "Kepala Dinas"],
        ["Judul SOP", ":", "Pemeliharaan Jalan"],
        [],
        ["Pengesahan"],
        ["Jabatan", ":", "Kepala Dinas Pekerjaan Umum"],
        ["Nama", ":", "Ir. Budi"],
        ["NIP", ":", "197001011995031001"],
        [],
        ["Dasar Hukum", None, None, "Kualifikasi Pelaksana"],
        ["1.", "UU 38/2004 tentang Jalan", None, "1.", "Teknik sipil"],
        ["Keterkaitan", None, None, "Peralatan/Perlengkapan"],
        ["1.", "-", None, "1.", "Alat berat"],
        # The last lists run down to the table, which is not part of them.
        ["Peringatan", None, None, "Pencatatan dan Pendataan"],
        ["1.", "Cuaca buruk", None, "1.", "Laporan harian"],
        [],
        ["No", "Kegiatan", "Pelaksana", None, "Mutu Baku", None, None, "Ket."],
        [None, None, "Kepala Seksi", "Staf", "Kelengkapan", "Waktu", "Output"],
        [1, "Menerima laporan kerusakan", None, "Mulai", "Laporan", "10 menit", "Laporan"],
        [2, "Memeriksa lokasi", None, "Proses", "Kendaraan", "1 hari", "Berita acara"],
        [3, "Menyetujui perbaikan", "Selesai", None, "Berita acara", "1 jam", "Disposisi"],
    ]
    for row in rows:
        sheet.append(row)
    path = tmp_path / "buatan-tangan.xlsx"
    workbook.save(path)

    reading = read(path)
    identity = Identity(
        agency="Dinas Pekerjaan Umum",
        unit="Bina Marga",
        section="Seksi Jalan",
        code="05.01.02.003",
        made_on=date(2025, 1, 6),
        approved_on=date(2025, 1, 20),
        approved_by="Kepala Dinas",
        title="Pemeliharaan Jalan",
        legal_basis=("UU 38/2004 tentang Jalan",),
        qualifications=("Teknik sipil",),
        related=("-",),
        equipment=("Alat berat",),
        cautions=("Cuaca buruk",),
        records=("Laporan harian",),
        approval=Approval("Ir. Budi", "197001011995031001", "Kepala Dinas Pekerjaan Umum"),
    )

    def step(n: int, text: str, actor: int, symbol: Symbol, req: str, took: str, out: str) -> Step:
        duration = parse_duration(took)
        return Step(n, text, actor, symbol, req, duration, out)

    steps = (
        step(
            1, "Menerima laporan kerusakan", 1, Symbol.TERMINATOR, "Laporan", "10 menit", "Laporan"
        ),
        step(2, "Memeriksa lokasi", 1, Symbol.PROCESS, "Kendaraan", "1 hari", "Berita acara"),
        step(3, "Menyetujui perbaikan", 0, Symbol.TERMINATOR, "Berita acara", "1 jam", "Disposisi"),
    )
    assert reading.sop == Sop(identity, (Actor("Kepala Seksi"), Actor("Staf")), steps)
    assert flatten(reading) == [
        ("SOP", None, "FORM_SHEET_RENAMED"),
        ("SOP", None, "FORM_SHEET_RENAMED"),
    ]
    assert reading.sources[FieldRef("identity", "code")] == Location("SOP", 6, 3)
    assert reading.sources[FieldRef("step", "output", index=2)] == Location("SOP", 29, 7)


@pytest.fixture(scope="module")
def saved_by_libreoffice(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The surat masuk form opened and saved again by LibreOffice, as .ods and .xlsx."""
    binary = soffice()
    if binary is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    directory = tmp_path_factory.mktemp("libreoffice")
    source = filled_form(directory)
    return convert(binary, source, ("ods", "xlsx"), directory / "disimpan-ulang")


@pytest.mark.parametrize("target_format", ["ods", "xlsx"])
def test_a_form_saved_by_libreoffice_reads_the_same(
    saved_by_libreoffice: dict[str, Path], target_format: str
) -> None:
    reading = read(saved_by_libreoffice[target_format])
    assert reading.sop == SURAT
    assert reading.findings == ()


# --- Round trip of generated SOPs ---------------------------------------------------------

# Values that would be read as something else are not text a form can hold as a value:
# labels and headings of the form, and the ":" people put between label and value.
_RESERVED = {
    normalise_label(text)
    for text in (
        *(
            f.label
            for f in (
                *sop_fields.AGENCY_FIELDS,
                *sop_fields.HEADER_FIELDS,
                *sop_fields.APPROVAL_FIELDS,
            )
        ),
        *(
            v
            for f in (
                *sop_fields.AGENCY_FIELDS,
                *sop_fields.HEADER_FIELDS,
                *sop_fields.APPROVAL_FIELDS,
            )
            for v in f.variants
        ),
        *(item.label for item in sop_fields.LISTS),
        *(v for item in sop_fields.LISTS for v in item.variants),
        *(v for variants in spec.COLUMN_VARIANTS.values() for v in variants),
        spec.APPROVAL_HEADING,
        spec.AGENCY_BLOCK_LABEL,
        spec.IDENTITY_HEADING,
        f"PEMERINTAH {spec.REGENCY}",
    )
}
_TRICKY = ["=1+1", "0012", "https://x", "-", "1.", "Baris satu\nBaris dua", "'", "x", "Proses"]
texts = (
    st.one_of(
        st.sampled_from(_TRICKY),
        st.text(st.characters(categories=["L", "N", "P", "S", "Zs"]), min_size=1, max_size=40),
    )
    .map(str.strip)
    .filter(lambda text: text not in ("", ":") and normalise_label(text) not in _RESERVED)
)
maybe_texts = st.one_of(st.just(""), texts)
dates = st.one_of(st.none(), st.dates(min_value=date(1945, 1, 1), max_value=date(2100, 12, 31)))
durations = st.one_of(
    st.none(),
    st.sampled_from(["5 menit", "1 jam", "2 hari kerja", "-", "1,5 jam", "3 hari"]).map(
        parse_duration
    ),
)


@st.composite
def sops(draw: st.DrawFn) -> Sop:
    def items() -> tuple[str, ...]:
        return tuple(draw(st.lists(texts, max_size=6)))

    identity = Identity(
        agency=draw(maybe_texts),
        unit=draw(maybe_texts),
        section=draw(maybe_texts),
        code=draw(maybe_texts),
        made_on=draw(dates),
        revised_on=draw(dates),
        approved_on=draw(dates),
        approved_by=draw(maybe_texts),
        title=draw(maybe_texts),
        legal_basis=items(),
        qualifications=items(),
        related=items(),
        equipment=items(),
        cautions=items(),
        records=items(),
        approval=Approval(draw(maybe_texts), draw(maybe_texts), draw(maybe_texts)),
    )
    actors = tuple(Actor(name) for name in draw(st.lists(texts, min_size=2, max_size=8)))
    count = draw(st.integers(1, 30))
    steps = []
    for number in range(1, count + 1):
        actor = draw(st.one_of(st.none(), st.integers(0, len(actors) - 1)))
        symbol = None if actor is None else draw(st.sampled_from(Symbol))
        decision = symbol is Symbol.DECISION
        targets = st.integers(1, count)
        steps.append(
            Step(
                number,
                draw(texts),
                actor=actor,
                symbol=symbol,
                requirements=draw(maybe_texts),
                duration=draw(durations),
                output=draw(maybe_texts),
                note=draw(maybe_texts),
                yes_target=draw(targets) if decision else None,
                no_target=draw(targets) if decision else None,
            )
        )
    return Sop(identity, actors, tuple(steps))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sops())
def test_generated_sops_round_trip_through_the_form(sop: Sop) -> None:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "formulir.xlsx"
        write_sop_form(path, sop)
        reading = read_sop(load_workbook_data(path))
    assert reading.findings == ()
    assert reading.sop == sop


# --- The catalogue ---------------------------------------------------------------------------


def test_every_reader_code_is_produced_by_a_test_here() -> None:
    source = Path(__file__).read_text(encoding="utf-8")
    asserted = set(re.findall(r'"(FORM_[A-Z_]+)"\)', source))
    assert {rule.code for rule in reading_catalogue.RULES} == asserted


def test_layout_default_is_what_the_fixtures_assume() -> None:
    # The cell addresses typed in these tests are those of the default form.
    layout = SopFormLayout()
    assert layout.header_field_cell(0) == (IDENTITY, 2, 5)
    assert layout.step_cell(0, "number") == (PROCEDURE, 6, 0)
    assert layout.actors == 5 and layout.steps == 15 and layout.list_rows == 4


_LABEL_SOUP = [
    *(
        f.label
        for f in (*sop_fields.AGENCY_FIELDS, *sop_fields.HEADER_FIELDS, *sop_fields.APPROVAL_FIELDS)
    ),
    *(item.label for item in sop_fields.LISTS),
    *(v for variants in spec.COLUMN_VARIANTS.values() for v in variants),
    spec.APPROVAL_HEADING,
    spec.AGENCY_BLOCK_LABEL,
    "Tgl Buat",
    "x",
    "Proses",
    "5 menit",
    ":",
    "1.",
]
cell_values = st.one_of(
    st.none(),
    st.just(""),
    st.sampled_from(_LABEL_SOUP),
    st.text(max_size=8),
    st.integers(-5, 40),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
)
grids = st.lists(st.lists(cell_values, max_size=9).map(tuple), max_size=14).map(tuple)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from([IDENTITY, PROCEDURE, "Sheet1", "Prosedur"]), grids),
        min_size=1,
        max_size=3,
        unique_by=lambda sheet: sheet[0],
    )
)
def test_any_grid_is_read_without_raising(
    sheets: list[tuple[str, tuple[tuple[object, ...], ...]]],
) -> None:
    data = WorkbookData(
        path=Path("acak.xlsx"),
        format="xlsx",
        sheets=tuple(SheetGrid(name, rows) for name, rows in sheets),  # type: ignore[arg-type]
    )
    reading = read_sop(data)
    for item in reading.findings:
        assert unfilled(item) == set()
    for location in reading.sources.values():
        assert location.row >= 1 and location.column >= 1
