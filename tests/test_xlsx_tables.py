"""The one table writer (sopxl.xlsx.tables.write_table), read back as a person's
spreadsheet would show it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from sopxl.xlsx.save import save_workbook
from sopxl.xlsx.tables import (
    MAX_LINK_CHARS,
    Col,
    Highlight,
    Link,
    TableFormats,
    column_widths,
    write_table,
)
from sopxl.xlsx.workbook import open_workbook

COLUMNS = (
    Col("", "No", 5, "number"),
    Col("name", "Berkas", 20),
    Col("kind", "Jenis", 10, center=True),
    Col("count", "Galat", 8, "int"),
)


def _written(tmp_path: Path, rows: list[dict[str, object]], **how: Any) -> Any:
    path = tmp_path / "tabel.xlsx"
    workbook = open_workbook(path, "Uji", "uji", "1")
    formats = TableFormats(workbook)
    sheet = workbook.add_worksheet("Tabel")
    write_table(sheet, formats, rows, COLUMNS, "JUDUL", "Subjudul", **how)
    save_workbook(workbook)
    return openpyxl.load_workbook(path)["Tabel"]


def test_rows_are_numbered_and_totalled_below_the_label_column(tmp_path: Path) -> None:
    rows: list[dict[str, object]] = [
        {"name": "a.xlsx", "kind": "galat", "count": 2},
        {"name": "=1+1", "kind": "peringatan", "count": 3},
    ]
    sheet = _written(tmp_path, rows, total="Jumlah", sum_formulas=True)
    assert [c.value for c in sheet[4]] == ["No", "Berkas", "Jenis", "Galat"]
    assert [c.value for c in sheet[5]] == [1, "a.xlsx", "galat", 2]
    assert sheet["B6"].value == "=1+1" and sheet["B6"].data_type == "s"
    # The label goes in the first column that is not the row number (too narrow for it).
    assert [c.value for c in sheet[7]] == [None, "Jumlah", None, "=SUM(D5:D6)"]
    assert sheet["C5"].alignment.horizontal == "center"
    assert sheet.freeze_panes == "A5" and sheet.auto_filter.ref == "A4:D6"
    assert sheet.print_title_rows == "$4:$4"


def test_links_within_excels_limits_and_text_beyond_them(tmp_path: Path) -> None:
    rows: list[dict[str, object]] = [
        {"name": Link("a.xlsx", "external:a.xlsx#'Identitas SOP'!F5", "Buka")},
        {"name": Link("b.xlsx", "external:" + "b" * MAX_LINK_CHARS)},
        {"name": Link("c\x01.xlsx", "external:c\x01.xlsx")},
    ]
    sheet = _written(tmp_path, rows)
    assert sheet["B5"].value == "a.xlsx"
    assert sheet["B5"].hyperlink.location == "'Identitas SOP'!F5"
    assert sheet["B5"].hyperlink.tooltip == "Buka"
    # Too long for Excel, or with a control character: the name as text, no link.
    assert sheet["B6"].value == "b.xlsx" and sheet["B6"].hyperlink is None
    assert sheet["B7"].value == "c.xlsx" and sheet["B7"].hyperlink is None


def test_rows_are_coloured_by_a_value_of_theirs(tmp_path: Path) -> None:
    rows: list[dict[str, object]] = [{"name": "a", "kind": "galat", "count": 1}] * 3
    sheet = _written(
        tmp_path,
        rows,
        highlights=[
            Highlight("kind", "galat", "#F8CBAD"),
            Highlight("count", "1", "#FFE699", False),
        ],
    )
    rules = {
        str(cf.sqref): [(rule.type, rule.formula[0]) for rule in cf.rules]
        for cf in sheet.conditional_formatting
    }
    assert rules == {
        "A5:D7": [("expression", '$C5="galat"')],
        "D5:D7": [("cellIs", '"1"')],
    }


def test_an_empty_table_says_so_across_its_width(tmp_path: Path) -> None:
    sheet = _written(tmp_path, [], empty="Tidak ada data.", total="Jumlah")
    assert sheet["A5"].value == "Tidak ada data."
    assert "A5:D5" in {str(r) for r in sheet.merged_cells.ranges}
    assert sheet.max_row == 5  # no total row under no rows


def test_an_official_table_has_no_filters_and_prints_its_own_area(tmp_path: Path) -> None:
    rows: list[dict[str, object]] = [{"name": "a", "kind": "x", "count": 1}]
    sheet = _written(
        tmp_path, rows, header_row=7, filters=False, freeze=False, landscape=False, print_area=True
    )
    assert sheet["A5"].value == "JUDUL" and sheet["A8"].value == "No"
    assert sheet.auto_filter.ref is None and sheet.freeze_panes is None
    assert sheet.page_setup.orientation == "portrait"
    assert sheet.print_area == "'Tabel'!$A$1:$D$9"  # the heading down to the last row


def test_no_heading_breaks_mid_word() -> None:
    widths = column_widths([Col("x", "Disosialisasikan", 4), Col("d", "Tgl", 4, "date")])
    assert widths[0] > 4 and widths[1] > 4
