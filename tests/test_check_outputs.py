"""The outputs of ``sopxl check`` as people and programs meet them: the terminal summary,
the ``--json`` document, the koordinator's findings workbook and the copies returned to
the SKPDs."""

from __future__ import annotations

import json
import random
import re
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from sopxl.checking.output import (
    FILE_KEYS,
    FINDING_KEYS,
    JSON_SCHEMA,
    findings_json,
    ordered_findings,
    summary_lines,
)
from sopxl.checking.report import write_findings_report
from sopxl.checking.returned import (
    SHEET_NOTES,
    returned_names,
    write_returned_copies,
    write_returned_copy,
)
from sopxl.errors import UsageError
from sopxl.findings import FieldRef, FileReport, Finding, finding
from sopxl.forms import sop_spec as spec
from sopxl.forms.sop_form import layout_for
from sopxl_demo.examples import surat_masuk
from tests.conftest import ROOT
from tests.office import convert, page_sizes

# A real-looking path with everything that breaks naive links: a space, "#", non-ASCII.
FILE = "masuk/Dinas Dukcapil/surat #1 masuk ünik.xlsx"
BROKEN = "masuk/rusak.xlsx"
CLEAN = "masuk/bersih.xlsx"

# Step 3 of surat_masuk() has the output "Surat diterima Kepala Dinas"; in the person's
# workbook it sat lower (rows were inserted), in the rebuilt copy it is where the
# template puts it.
OUTPUT_MISSING = finding(
    "STEP_OUTPUT_MISSING",
    FILE,
    sheet="Uraian Prosedur",
    row=12,
    column=10,
    ref=FieldRef("step", "output", index=2),
    step=3,
)
CODE_PATTERN = finding(
    "IDENT_CODE_PATTERN",
    FILE,
    sheet="Identitas SOP",
    row=5,
    column=6,
    value="=1+1",
    ref=FieldRef("identity", "code"),
    sop_code="=1+1",
    example="01.02.03.004",
    pattern="01.02.03.004",
)
SYMBOL_UNKNOWN = finding(
    "FORM_SYMBOL_UNKNOWN",
    FILE,
    sheet="Uraian Prosedur",
    row=9,
    column=6,
    value="Kotak",
    ref=FieldRef("step", "actor", index=1, actor=3),
    step=2,
    actor="Pengadministrasi Umum",
)
ACTOR_UNUSED = finding(
    "ACTOR_UNUSED",
    FILE,
    sheet="Uraian Prosedur",
    row=5,
    column=3,
    ref=FieldRef("actor", index=0),
    actor="Kepala Dinas",
)
VERSION_UNKNOWN = finding("FORM_VERSION_UNKNOWN", FILE, version="0", expected="1")
LABEL_MISSING = finding(
    "FORM_LABEL_MISSING",
    FILE,
    sheet="Uraian Prosedur",
    ref=FieldRef("sheet", "Uraian Prosedur"),
    label="Output",
)
# Deliberately not in reading order: outputs must sort them.
FINDINGS = (OUTPUT_MISSING, ACTOR_UNUSED, CODE_PATTERN, VERSION_UNKNOWN, SYMBOL_UNKNOWN)
ORDER = [VERSION_UNKNOWN, CODE_PATTERN, ACTOR_UNUSED, SYMBOL_UNKNOWN, OUTPUT_MISSING]


def _reports() -> list[FileReport]:
    sop = surat_masuk()
    return [
        FileReport(FILE, FINDINGS, readable=True, sop=sop),
        FileReport(BROKEN, (finding("FILE_TRUNCATED", BROKEN),), readable=False, sop=None),
        FileReport(CLEAN, (), readable=True, sop=sop),
    ]


def _flat(findings: list[Finding]) -> list[tuple[str | None, str | None, str]]:
    return [(f.sheet, f.cell, f.code) for f in findings]


# --- terminal -----------------------------------------------------------------------------


def test_summary_gives_each_file_its_status_and_counts_then_totals() -> None:
    lines = summary_lines(_reports())
    assert len(lines) == 6
    assert lines[0].startswith(FILE)
    assert "PERLU PERBAIKAN" in lines[0] and "3 galat, 2 peringatan" in lines[0]
    assert "TIDAK TERBACA" in lines[1] and "1 galat, 0 peringatan" in lines[1]
    # An unreadable file says why: nothing else will.
    assert "rusak atau terpotong" in lines[1]
    assert "LULUS" in lines[2] and "0 galat, 0 peringatan" in lines[2]
    assert lines[3] == ""
    assert lines[4] == "Diperiksa 3 berkas: 1 lulus, 1 perlu perbaikan, 1 tidak terbaca."
    assert lines[5] == "Jumlah temuan: 4 galat, 2 peringatan."


def test_details_list_each_files_findings_galat_first_under_it() -> None:
    from sopxl.checking.output import detail_lines

    lines = detail_lines(_reports())
    summary = summary_lines(_reports())
    assert lines[0] == summary[0]

    def shown(item: Finding) -> str:
        place = f"{item.sheet}!{item.cell}" if item.cell else "(berkas)"
        return f"  {place}  {item.severity.value}  {item.code}  {item.message}"

    galat_first = [CODE_PATTERN, SYMBOL_UNKNOWN, OUTPUT_MISSING, VERSION_UNKNOWN, ACTOR_UNUSED]
    assert VERSION_UNKNOWN.sheet is None
    assert lines[1:6] == [shown(item) for item in galat_first]
    assert lines[6:] == summary[1:]  # the unreadable file says why on its own line


def test_details_are_capped_per_file() -> None:
    from sopxl.checking.output import detail_lines

    many = FileReport(FILE, (OUTPUT_MISSING,) * 25, sop=surat_masuk())
    lines = detail_lines([many], limit=20)
    assert len([line for line in lines if "STEP_OUTPUT_MISSING" in line]) == 20
    assert "  ... dan 5 temuan lain — lihat --report" in lines


def test_ringkas_keeps_one_line_per_file(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from sopxl.cli import cli

    sample = Path(__file__).parent.parent / "samples" / "bermasalah" / "langkah-tanpa-output.xlsx"
    brief = CliRunner().invoke(cli, ["check", str(sample), "--ringkas"]).stdout
    full = CliRunner().invoke(cli, ["check", str(sample)]).stdout
    assert "STEP_OUTPUT_MISSING" not in brief and "PERLU PERBAIKAN" in brief
    assert "Uraian Prosedur!J10  galat  STEP_OUTPUT_MISSING" in full


def test_summary_columns_line_up_and_warnings_alone_pass() -> None:
    only_warning = FileReport("a.xlsx", (ACTOR_UNUSED,), sop=surat_masuk())
    lines = summary_lines([only_warning, _reports()[0]])
    assert "LULUS" in lines[0] and "0 galat, 1 peringatan" in lines[0]
    assert lines[0].index("LULUS") == lines[1].index("PERLU PERBAIKAN")


def test_summary_of_nothing() -> None:
    assert summary_lines([]) == ["Tidak ada berkas yang diperiksa."]


# --- JSON ---------------------------------------------------------------------------------


def test_json_document_has_the_documented_shape_and_values() -> None:
    document = findings_json(_reports())
    assert list(document) == ["schema", "files", "findings"]
    assert document["schema"] == JSON_SCHEMA == "sopxl.check/1"
    assert document["files"] == [
        {"file": FILE, "status": "perlu_perbaikan", "galat": 3, "peringatan": 2},
        {"file": BROKEN, "status": "tidak_terbaca", "galat": 1, "peringatan": 0},
        {"file": CLEAN, "status": "lulus", "galat": 0, "peringatan": 0},
    ]
    findings = document["findings"]
    assert all(list(item) == list(FINDING_KEYS) for item in findings)
    assert [(f["file"], f["sheet"], f["cell"], f["code"]) for f in findings] == [
        (FILE, None, None, "FORM_VERSION_UNKNOWN"),
        (FILE, "Identitas SOP", "F5", "IDENT_CODE_PATTERN"),
        (FILE, "Uraian Prosedur", "C5", "ACTOR_UNUSED"),
        (FILE, "Uraian Prosedur", "F9", "FORM_SYMBOL_UNKNOWN"),
        (FILE, "Uraian Prosedur", "J12", "STEP_OUTPUT_MISSING"),
        (BROKEN, None, None, "FILE_TRUNCATED"),
    ]
    code = findings[1]
    assert code["row"] == 5 and code["column"] == 6
    assert code["severity"] == "galat"
    assert code["reference"] == CODE_PATTERN.reference
    assert code["message"] == CODE_PATTERN.message
    assert code["value"] == "=1+1"
    version = findings[0]
    assert version["severity"] == "peringatan"
    assert (version["row"], version["column"], version["value"]) == (None, None, None)


def test_json_round_trips_and_is_deterministic() -> None:
    document = findings_json(_reports())
    text = json.dumps(document, ensure_ascii=False)
    assert json.loads(text) == document
    shuffled = list(FINDINGS)
    random.Random(7).shuffle(shuffled)
    again = [replace(_reports()[0], findings=tuple(shuffled)), *_reports()[1:]]
    assert json.dumps(findings_json(again), ensure_ascii=False) == text


def test_findings_read_top_to_bottom_file_level_first() -> None:
    assert _flat(ordered_findings(_reports()[0])) == _flat(ORDER)


def _documented_keys(markdown: str) -> set[str]:
    return set(re.findall(r"^\| `([a-z_]+)` \|", markdown, flags=re.MULTILINE))


def test_json_doc_lists_every_key_and_status_the_code_emits() -> None:
    doc = (ROOT / "docs" / "check-json.md").read_text(encoding="utf-8")
    documented = _documented_keys(doc)
    document = findings_json(_reports())
    emitted = set(document) | set(FILE_KEYS) | set(FINDING_KEYS)
    emitted |= {key for item in document["files"] + document["findings"] for key in item}
    emitted |= {item["status"] for item in document["files"]}
    assert emitted <= documented, emitted - documented
    assert JSON_SCHEMA in doc


# --- findings workbook --------------------------------------------------------------------


def _report_workbook(tmp_path: Path, reports: list[FileReport] | None = None) -> Any:
    out = tmp_path / "laporan" / "temuan.xlsx"
    out.parent.mkdir()
    write_findings_report(_reports() if reports is None else reports, out)
    return openpyxl.load_workbook(out)


def _rows(sheet: Worksheet) -> list[list[Any]]:
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def _link_path(target: str) -> str:
    """A link target as a path (Excel stores it percent-encoded, with backslashes)."""
    return unquote(target).replace("\\", "/")


def test_report_summary_sheet_has_one_row_per_file_with_status_counts_and_sop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    workbook = _report_workbook(tmp_path)
    assert workbook.sheetnames == ["Ringkasan", "Temuan"]
    assert workbook.active.title == "Ringkasan"
    sheet = workbook["Ringkasan"]
    rows = _rows(sheet)
    assert rows[0] == [
        "No",
        "Berkas",
        "Status",
        "Galat",
        "Peringatan",
        "SKPD",
        "Nama SOP",
        "Nomor SOP",
    ]
    identity = surat_masuk().identity
    assert rows[1] == [
        1,
        FILE,
        "PERLU PERBAIKAN",
        3,
        2,
        identity.agency,
        identity.title,
        identity.code,
    ]
    assert rows[2] == [2, BROKEN, "TIDAK TERBACA", 1, 0, None, None, None]
    assert rows[3][:5] == [3, CLEAN, "LULUS", 0, 0]
    totals = {row[1]: row[2:5] for row in rows[4:] if row[1]}
    assert totals["Jumlah"] == [None, 4, 2]
    assert totals["Berkas diperiksa"][0] == 3
    assert totals["Lulus"][0] == totals["Perlu perbaikan"][0] == totals["Tidak terbaca"][0] == 1
    # The link opens the checked file, relative to the report's folder.
    assert _link_path(sheet["B2"].hyperlink.target) == f"../{FILE}"
    assert (tmp_path / "laporan" / _link_path(sheet["B2"].hyperlink.target)).resolve() == (
        tmp_path / FILE
    ).resolve()
    assert sheet.auto_filter.ref == "A1:H4"
    assert sheet.freeze_panes == "A2"


def test_report_findings_sheet_links_each_finding_to_its_cell(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    sheet = _report_workbook(tmp_path)["Temuan"]
    rows = _rows(sheet)
    assert rows[0] == [
        "No",
        "Berkas",
        "Lembar",
        "Sel",
        "Kode",
        "Jenis",
        "Dasar (Pasal)",
        "Pesan",
        "Nilai",
    ]
    assert [row[0] for row in rows[1:]] == [1, 2, 3, 4, 5, 6]
    assert [(row[2], row[3], row[4]) for row in rows[1:]] == [
        *_flat(ORDER),
        (None, None, "FILE_TRUNCATED"),
    ]
    code_row = rows[2]
    assert code_row == [
        2,
        FILE,
        "Identitas SOP",
        "F5",
        "IDENT_CODE_PATTERN",
        "galat",
        CODE_PATTERN.reference,
        CODE_PATTERN.message,
        "=1+1",
    ]
    # Text a person typed stays text: never a formula.
    assert sheet["I3"].data_type == "s"
    link = sheet["B3"].hyperlink
    assert _link_path(link.target) == f"../{FILE}"
    assert link.location == "'Identitas SOP'!F5"
    assert sheet["B2"].hyperlink.location is None  # a file-level finding opens the file
    assert sheet["B7"].value == BROKEN
    assert _link_path(sheet["B7"].hyperlink.target) == f"../{BROKEN}"
    assert sheet.auto_filter.ref == "A1:I7"
    assert sheet.freeze_panes == "A2"
    # galat rows and peringatan rows are coloured by their Jenis.
    rules = {
        str(cf.sqref): sorted(rule.formula[0] for rule in cf.rules)
        for cf in sheet.conditional_formatting
    }
    assert rules == {"A2:I7": ['$F2="galat"', '$F2="peringatan"']}


def test_report_prints_a4_landscape_with_the_header_on_every_page(tmp_path: Path) -> None:
    workbook = _report_workbook(tmp_path)
    for sheet in workbook.worksheets:
        assert sheet.page_setup.orientation == "landscape"
        assert int(sheet.page_setup.paperSize) == 9
        assert sheet.print_title_rows == "$1:$1"
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.page_setup.fitToHeight == 0  # as many pages down as needed
    assert workbook.custom_doc_props["sopxl_kind"].value == "laporan-pemeriksaan"


def test_report_writes_formula_like_file_names_as_text(tmp_path: Path) -> None:
    odd = FileReport("=HYPERLINK(1).xlsx", (), sop=None)
    sheet = _report_workbook(tmp_path, [odd])["Ringkasan"]
    assert sheet["B2"].value == "=HYPERLINK(1).xlsx"
    assert sheet["B2"].data_type == "s"


def test_report_of_no_files_still_opens_with_headers(tmp_path: Path) -> None:
    workbook = _report_workbook(tmp_path, [])
    assert _rows(workbook["Temuan"])[0][0] == "No"
    assert workbook["Temuan"].max_row == 1


def test_report_refuses_a_name_that_is_not_xlsx(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        write_findings_report(_reports(), tmp_path / "temuan.csv")


# --- returned copies ----------------------------------------------------------------------


def _returned(tmp_path: Path, report: FileReport | None = None) -> tuple[Path, Any]:
    path = write_returned_copy(report or _reports()[0], tmp_path / "kembali")
    assert path is not None
    return path, openpyxl.load_workbook(path)


def _notes_table(sheet: Worksheet) -> tuple[int, list[list[Any]]]:
    """(1-based header row, rows below it) of the findings table of Catatan Verifikasi."""
    rows = _rows(sheet)
    header = next(i for i, row in enumerate(rows) if row[0] == "No")
    return header + 1, rows[header + 1 :]


def test_returned_copy_opens_on_catatan_verifikasi(tmp_path: Path) -> None:
    path, workbook = _returned(tmp_path)
    assert path.name == "surat #1 masuk ünik-catatan-verifikasi.xlsx"
    assert workbook.sheetnames[0] == SHEET_NOTES
    assert workbook.active.title == SHEET_NOTES
    # Only one tab selected: two would open as a group, and typing would hit both sheets.
    assert [ws.title for ws in workbook.worksheets if ws.sheet_view.tabSelected] == [SHEET_NOTES]
    assert workbook.custom_doc_props["sopxl_kind"].value == spec.KIND
    assert workbook.defined_names["sopxl_kind"].attr_text == '"sop"'
    notes = workbook[SHEET_NOTES]
    facts = {row[0]: row[3] for row in _rows(notes)[3:9]}
    assert facts["Berkas yang diperiksa"] == "surat #1 masuk ünik.xlsx"
    assert facts["Nomor SOP"] == "12.01.02.001"
    assert facts["Hasil"] == "PERLU PERBAIKAN"
    assert facts["Jumlah temuan"] == "3 galat, 2 peringatan"


def test_returned_copy_lists_every_finding_with_a_link_to_its_rebuilt_cell(
    tmp_path: Path,
) -> None:
    report = replace(_reports()[0], findings=(*FINDINGS, LABEL_MISSING))
    _, workbook = _returned(tmp_path, report)
    notes = workbook[SHEET_NOTES]
    header_row, rows = _notes_table(notes)
    assert [(row[1], row[2], row[3], row[4], row[5]) for row in rows] == [
        ("peringatan", "FORM_VERSION_UNKNOWN", "—", "—", "—"),
        ("galat", "IDENT_CODE_PATTERN", "Identitas SOP", "F3", "F5"),
        ("galat", "FORM_LABEL_MISSING", "Uraian Prosedur", "—", "—"),
        ("peringatan", "ACTOR_UNUSED", "Uraian Prosedur", "C5", "C5"),
        ("galat", "FORM_SYMBOL_UNKNOWN", "Uraian Prosedur", "F8", "F9"),
        ("galat", "STEP_OUTPUT_MISSING", "Uraian Prosedur", "J9", "J12"),
    ]
    assert [row[6] for row in rows][1] == CODE_PATTERN.message
    links = {
        cell.coordinate: cell.hyperlink.location
        for row in notes.iter_rows(min_row=header_row + 1)
        for cell in row
        if cell.hyperlink is not None
    }
    first = header_row + 1
    assert links == {
        f"E{first + 1}": "'Identitas SOP'!F3",
        f"D{first + 2}": "'Uraian Prosedur'!A1",  # a whole-sheet finding opens the sheet
        f"E{first + 3}": "'Uraian Prosedur'!C5",
        f"E{first + 4}": "'Uraian Prosedur'!F8",
        f"E{first + 5}": "'Uraian Prosedur'!J9",
    }


def test_returned_copy_marks_the_cells_of_the_rebuilt_form(tmp_path: Path) -> None:
    _, workbook = _returned(tmp_path)
    sop = surat_masuk()
    procedure, identity = workbook["Uraian Prosedur"], workbook["Identitas SOP"]
    # The marks sit on the fields the findings concern, wherever the person had them.
    assert procedure["J9"].value == sop.steps[2].output
    # What the person typed in a flagged cell stays visible there, not the model's value.
    assert SYMBOL_UNKNOWN.value == "Kotak" and procedure["F8"].value == "Kotak"
    assert procedure["C5"].value == sop.actors[0].name
    assert identity["F3"].value == sop.identity.code
    comments = {
        (ws.title, cell.coordinate): cell.comment.text
        for ws in workbook.worksheets
        for row in ws.iter_rows()
        for cell in row
        if cell.comment is not None
    }
    assert comments == {
        ("Identitas SOP", "F3"): f"2. Galat: {CODE_PATTERN.message}",
        ("Uraian Prosedur", "C5"): f"3. Peringatan: {ACTOR_UNUSED.message}",
        ("Uraian Prosedur", "F8"): f"4. Galat: {SYMBOL_UNKNOWN.message}",
        ("Uraian Prosedur", "J9"): f"5. Galat: {OUTPUT_MISSING.message}",
    }
    highlighted = {
        (ws.title, str(cf.sqref))
        for ws in workbook.worksheets
        if ws.title != SHEET_NOTES
        for cf in ws.conditional_formatting
    }
    assert highlighted == set(comments)
    # The rows of the notes table are coloured by their Jenis, as in the findings report.
    header_row, rows = _notes_table(workbook[SHEET_NOTES])
    table = f"A{header_row + 1}:H{header_row + len(rows)}"
    rules = {
        str(cf.sqref): sorted(rule.formula[0] for rule in cf.rules)
        for cf in workbook[SHEET_NOTES].conditional_formatting
    }
    assert rules == {table: [f'$B{header_row + 1}="galat"', f'$B{header_row + 1}="peringatan"']}


def test_returned_copy_keeps_the_submitted_data(tmp_path: Path) -> None:
    sop = surat_masuk()
    odd = replace(sop, identity=replace(sop.identity, title="=1+1"))
    report = FileReport(FILE, (CODE_PATTERN,), sop=odd)
    _, workbook = _returned(tmp_path, report)
    layout = layout_for(odd)
    identity = workbook["Identitas SOP"]
    for key in ("agency", "code", "approved_by"):
        _, row, col = layout.identity_cell(key)
        assert identity.cell(row + 1, col + 1).value == getattr(sop.identity, key)
    _, row, col = layout.identity_cell("title")
    assert identity.cell(row + 1, col + 1).value == "=1+1"
    assert identity.cell(row + 1, col + 1).data_type == "s"
    facts = {row[0]: row[3] for row in _rows(workbook[SHEET_NOTES])[3:9]}
    assert facts["Nama SOP"] == "=1+1"
    procedure = workbook["Uraian Prosedur"]
    for index, step in enumerate(sop.steps):
        _, row, col = layout.step_cell(index, "description")
        assert procedure.cell(row + 1, col + 1).value == step.description


def test_returned_copy_of_a_clean_form_says_so(tmp_path: Path) -> None:
    _, workbook = _returned(tmp_path, _reports()[2])
    _, rows = _notes_table(workbook[SHEET_NOTES])
    assert rows[0][0] == "Tidak ada temuan: formulir ini memenuhi semua pemeriksaan."
    assert not any(ws.conditional_formatting for ws in workbook.worksheets)


def test_no_returned_copy_without_an_sop(tmp_path: Path) -> None:
    assert write_returned_copy(_reports()[1], tmp_path) is None
    not_sop = FileReport("daftar.xlsx", (finding("FORM_NOT_SOP", "daftar.xlsx"),), sop=None)
    assert write_returned_copy(not_sop, tmp_path) is None
    assert list(tmp_path.iterdir()) == []


def test_returned_copies_are_byte_stable(tmp_path: Path) -> None:
    first = write_returned_copy(_reports()[0], tmp_path / "a")
    second = write_returned_copy(_reports()[0], tmp_path / "b")
    assert first is not None and second is not None
    assert first.read_bytes() == second.read_bytes()


def test_returned_names_never_collide_and_do_not_depend_on_order() -> None:
    files = ["dukcapil/surat.xlsx", "pu/Surat.xlsx", "pu/surat.ods", "pu/cuti.xlsx"]
    names = returned_names(files)
    assert names["pu/cuti.xlsx"] == "cuti-catatan-verifikasi.xlsx"
    clashing = [names[f] for f in files[:3]]
    assert len({name.casefold() for name in clashing}) == 3
    assert all(
        re.fullmatch(r"surat-[0-9a-f]{6}-catatan-verifikasi\.xlsx", n, re.I) for n in clashing
    )
    assert returned_names(list(reversed(files))) == names


def test_returned_names_never_overwrite_a_checked_file() -> None:
    # A copy returned earlier, checked again together with its original.
    files = ["masuk/cuti.xlsx", "masuk/cuti-catatan-verifikasi.xlsx"]
    names = returned_names(files)
    assert names[files[0]] != "cuti-catatan-verifikasi.xlsx"
    assert names[files[0]].endswith("-catatan-verifikasi.xlsx")
    assert names[files[1]] == "cuti-catatan-verifikasi-catatan-verifikasi.xlsx"


def test_returned_copies_of_a_batch_are_all_written(tmp_path: Path) -> None:
    sop = surat_masuk()
    reports = [
        FileReport("dukcapil/surat.xlsx", (), sop=sop),
        FileReport("pu/surat.xlsx", (OUTPUT_MISSING,), sop=sop),
        _reports()[1],
    ]
    paths = write_returned_copies(reports, tmp_path / "kembali")
    assert paths[2] is None
    written = [p for p in paths if p is not None]
    assert len(written) == 2 and len({p.name for p in written}) == 2
    assert all(p.exists() for p in written)


# --- LibreOffice --------------------------------------------------------------------------


def test_libreoffice_prints_the_returned_copy_and_follows_the_report_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    copy, _ = _returned(tmp_path)
    plain = copy.with_name("kembali.xlsx")  # a plain name keeps the PDF name predictable
    copy.rename(plain)
    pages = page_sizes(convert(plain, "pdf", tmp_path))
    landscape, portrait = (842, 595), (595, 842)
    # Catatan Verifikasi (one landscape page), then the form as it always prints: title and
    # identity in portrait, the procedure in landscape (one or two pages depending on the
    # machine's font metrics), the guide in portrait.
    letters = "".join(
        "L" if page == landscape else "P" if page == portrait else "?" for page in pages
    )
    assert re.fullmatch(r"LPPL{1,2}P{1,3}", letters), letters

    report = tmp_path / "laporan" / "temuan.xlsx"
    report.parent.mkdir()
    write_findings_report(_reports(), report)
    pdf = convert(report, "pdf", tmp_path)
    assert page_sizes(pdf) == [landscape, landscape]
    # LibreOffice resolves the escaped, relative links to the very files and cells: the
    # "#" in the file name stays part of the path, the one before the cell starts the place.
    links = set()
    for raw in re.findall(rb"/URI\s*\(([^)]*)\)", pdf.read_bytes()):
        path, _, place = raw.decode().partition("#")
        links.add((unquote(path), unquote(place)))
    assert (f"../{FILE}", "") in links
    assert (f"../{FILE}", "'Uraian Prosedur'!J12") in links
    assert (f"../{BROKEN}", "") in links


def test_return_dir_keeps_folders_and_never_overwrites(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from sopxl.cli import cli
    from sopxl.forms.sop_form import write_sop_form

    inbox = tmp_path / "kiriman"
    for skpd in ("dinkes", "disdik"):
        (inbox / skpd).mkdir(parents=True)
        write_sop_form(inbox / skpd / "formulir-sop.xlsx", surat_masuk())
    back = tmp_path / "kembali"
    for _ in (1, 2):
        result = CliRunner().invoke(cli, ["check", str(inbox), "--return-dir", str(back)])
        assert result.exit_code == 0, result.output
        assert "2 salinan untuk dikirim kembali" in result.output
    copies = sorted(p.relative_to(back).as_posix() for p in back.rglob("*.xlsx"))
    assert len(copies) == 4 and copies[0].startswith("dinkes/") and copies[2].startswith("disdik/")
    assert len(set(copies)) == 4  # the second run wrote new names beside the first


def test_returned_copy_keeps_the_submitted_columns_and_rows(tmp_path: Path) -> None:
    from sopxl.checking.run import check_file
    from sopxl.forms.sop_form import write_sop_form
    from sopxl.forms.sop_layout import SopFormLayout
    from sopxl.reading.loading.files import load_workbook_data
    from sopxl.reading.sop.reader import read_sop

    sent = tmp_path / "dikirim.xlsx"
    write_sop_form(sent, surat_masuk(), SopFormLayout(actors=7, steps=20))
    report = check_file(sent)
    assert report.form_size == (7, 20)
    copy = write_returned_copy(report, tmp_path / "kembali")
    assert copy is not None
    assert read_sop(load_workbook_data(copy)).form_size == (7, 20)
