"""User text is cleaned where it enters sopxl: control characters removed with a
peringatan at the cell, text over Excel's cell limit refused for that file, and nothing
sopxl writes or prints afterwards carries them."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from sopxl.checking.run import check_file
from sopxl.cli import cli
from sopxl.findings import FieldRef
from sopxl.forms import sop_spec as spec
from sopxl.forms.sop_form import write_sop_form
from sopxl.kinds.importer import import_paths
from sopxl.reading.loading.files import load_workbook_data
from sopxl.reading.sop.reader import read_sop
from sopxl.text import MAX_CELL_CHARS, clean, for_terminal
from sopxl_demo.examples import surat_masuk
from tests.hostile import replace_text
from tests.register_fixtures import UMUM, entry, make_workspace, write_inventory

TITLE = surat_masuk().identity.title
HOSTILE_TITLE = "Surat\x1b[31m Masuk\x07 \u202eRTL\u202c 😀 =SUM(A1) \x85akhir"
CLEANED_TITLE = "Surat[31m Masuk \u202eRTL\u202c 😀 =SUM(A1) akhir"


def hostile_form(folder: Path, replacements: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    plain = folder / "asli.xlsx"
    write_sop_form(plain, surat_masuk())
    hostile = replace_text(plain, folder / "kiriman.xlsx", replacements)
    plain.unlink()
    return hostile


def test_the_rule_removes_controls_and_keeps_everything_else() -> None:
    assert clean(HOSTILE_TITLE) == CLEANED_TITLE
    kept = "Tab\tdan\nbaris, عربى, 𝕏, 👩‍💻, =1+1, @SUM, -2, +62"
    assert clean(kept) == kept
    assert clean("a\x00b\x7fc\x9fd\ud800e\uffff") == "abcde"
    assert for_terminal("nama\x1b[2J\r\x07.xlsx") == "nama?[2J??.xlsx"


def test_control_characters_are_removed_with_a_warning_at_the_cell(tmp_path: Path) -> None:
    path = hostile_form(tmp_path, {TITLE: HOSTILE_TITLE})

    reading = read_sop(load_workbook_data(path))
    report = check_file(path)

    assert reading.sop is not None and reading.sop.identity.title == CLEANED_TITLE.strip()
    where = reading.sources[FieldRef("identity", "title")]
    warnings = [f for f in report.findings if f.code == "TEXT_CONTROL_REMOVED"]
    assert [(f.sheet, f.row, f.column) for f in warnings] == [
        (spec.SHEET_IDENTITY, where.row, where.column)
    ]
    assert warnings[0].severity.value == "peringatan"
    assert not any(f.severity.value == "galat" for f in report.findings)


def test_returned_copy_and_report_of_a_hostile_form_open_and_say_the_same(
    tmp_path: Path,
) -> None:
    path = hostile_form(tmp_path / "kiriman", {TITLE: HOSTILE_TITLE})
    out = tmp_path / "keluar"

    result = CliRunner().invoke(
        cli,
        ["check", str(path), "--report", str(out / "temuan.xlsx"), "--return-dir", str(out)],
    )

    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    copies = sorted(out.glob("*.xlsx"))
    assert len(copies) == 2
    for copy in copies:
        openpyxl.load_workbook(copy).close()
    returned = next(c for c in copies if c.name != "temuan.xlsx")
    again = read_sop(load_workbook_data(returned))
    assert again.sop is not None and again.sop.identity.title == CLEANED_TITLE.strip()
    assert "TEXT_CONTROL_REMOVED" not in {f.code for f in check_file(returned).findings}


def test_text_over_the_cell_limit_refuses_the_file_with_cell_and_limit(tmp_path: Path) -> None:
    huge = "x" * (MAX_CELL_CHARS + 10)
    path = hostile_form(tmp_path / "kiriman", {TITLE: huge})
    out = tmp_path / "keluar"

    report = check_file(path)
    result = CliRunner().invoke(
        cli,
        ["check", str(path), "--report", str(out / "temuan.xlsx"), "--return-dir", str(out)],
    )

    too_long = [f for f in report.findings if f.code == "TEXT_TOO_LONG"]
    where = read_sop(load_workbook_data(path)).sources[FieldRef("identity", "title")]
    assert [(f.sheet, f.row, f.column) for f in too_long] == [
        (spec.SHEET_IDENTITY, where.row, where.column)
    ]
    message = too_long[0].message
    assert "32.777" in message and "32.767" in message
    assert result.exit_code == 1, result.output
    assert "kode -2" not in result.output
    for copy in out.glob("*.xlsx"):
        openpyxl.load_workbook(copy).close()
    assert len(list(out.glob("*.xlsx"))) == 2


def test_render_of_a_form_with_huge_text_leaves_no_partial_file(tmp_path: Path) -> None:
    path = hostile_form(tmp_path / "kiriman", {TITLE: "y" * (MAX_CELL_CHARS * 2)})
    target = tmp_path / "uraian.xlsx"

    result = CliRunner().invoke(cli, ["render", str(path), "-o", str(target)])

    assert "Traceback" not in result.output
    if target.exists():  # rendered from the text cut to the limit: a whole workbook
        openpyxl.load_workbook(target).close()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".sopxl-")] == []


def test_template_options_with_controls_give_a_valid_form(tmp_path: Path) -> None:
    target = tmp_path / "formulir.xlsx"
    result = CliRunner().invoke(
        cli, ["template", "sop", "-o", str(target), "--nama-sop", HOSTILE_TITLE, "--skpd", "D\x9bX"]
    )
    assert result.exit_code == 0, result.output
    openpyxl.load_workbook(target).close()
    reading = read_sop(load_workbook_data(target))
    assert reading.sop is not None
    assert reading.sop.identity.title == CLEANED_TITLE.strip()
    assert reading.sop.identity.agency == "DX"


def test_terminal_never_gets_control_sequences_from_file_names(tmp_path: Path) -> None:
    folder = tmp_path / "kiriman"
    folder.mkdir()
    write_sop_form(folder / "surat\x1b[31mmerah\x07.xlsx", surat_masuk())

    result = CliRunner().invoke(cli, ["check", str(folder)])

    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "surat?[31mmerah?.xlsx" in result.output


def test_inventory_text_is_cleaned_and_a_huge_title_refuses_the_file(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path / "ws")
    plain = write_inventory(
        tmp_path / "inv.xlsx", "12", [entry(UMUM, "Judul Satu"), entry(UMUM, "Judul Dua")]
    )
    dirty = replace_text(plain, tmp_path / "kotor.xlsx", {"Judul Satu": "Judul\x1b Satu"})
    huge = replace_text(plain, tmp_path / "besar.xlsx", {"Judul Dua": "z" * 40_000})

    accepted = import_paths(workspace, [dirty], dry_run=True)
    refused = import_paths(workspace, [huge], dry_run=True)

    (result,) = accepted.files
    assert result.outcome != "ditolak" or not result.errors, result.findings
    assert [item.title for item in result.new] == ["Judul Satu", "Judul Dua"]
    assert [f.code for f in result.findings if f.code.startswith("TEXT_")] == [
        "TEXT_CONTROL_REMOVED"
    ]
    (bad,) = refused.files
    assert "TEXT_TOO_LONG" in {f.code for f in bad.findings}
    assert bad.new == () and refused.exit_code == 1


def test_a_second_inventory_sheet_and_an_unheaded_column_are_reported(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path / "ws")
    plain = write_inventory(tmp_path / "inv.xlsx", "12", [entry(UMUM, "Judul Satu")])
    book = openpyxl.load_workbook(plain)
    extra = book.create_sheet("Tambahan")
    extra.append(["No", "Judul SOP"])
    extra.append([1, "Judul Yang Terlupa"])
    main = book["Inventaris Judul SOP"]
    main.cell(row=main.max_row, column=main.max_column + 2, value="catatan di luar tabel")
    edited = tmp_path / "diubah.xlsx"
    book.save(edited)

    report = import_paths(workspace, [edited], dry_run=True)

    codes = [f.code for f in report.files[0].findings]
    assert "INV_SHEET_NOT_READ" in codes and "INV_CELLS_NOT_READ" in codes
    sheet_finding = next(f for f in report.files[0].findings if f.code == "INV_SHEET_NOT_READ")
    assert sheet_finding.sheet == "Tambahan"
    assert "Tambahan" in sheet_finding.message


def test_a_clean_inventory_reports_nothing_unread(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path / "ws")
    plain = write_inventory(tmp_path / "inv.xlsx", "12", [entry(UMUM, "Judul Satu")])
    report = import_paths(workspace, [plain], dry_run=True)
    assert not [f for f in report.files[0].findings if "NOT_READ" in f.code]


@pytest.mark.parametrize("field", ["title", "agency", "approved_by"])
def test_every_identity_text_is_cleaned(tmp_path: Path, field: str) -> None:
    sop = surat_masuk()
    original = getattr(sop.identity, field)
    path = hostile_form(tmp_path, {original: original + "\x1b\x08"})
    reading = read_sop(load_workbook_data(path))
    assert reading.sop is not None
    assert getattr(reading.sop.identity, field) == original
