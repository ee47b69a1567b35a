"""Writes the organisation master workbook, blank or filled, and the table-sheet helpers
that the other register workbooks (inventaris, exports) share."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sopxl.forms import org_spec as spec
from sopxl.model.organisation import OrgMaster
from sopxl.text import clean_fields
from sopxl.xlsx.save import save_workbook
from sopxl.xlsx.tables import TableFormats
from sopxl.xlsx.textfit import Cell, fit_height, widths_sum
from sopxl.xlsx.workbook import (
    check,
    open_workbook,
    print_a4,
    protect_sheet,
    stamp_names,
    validate,
    write_value,
)

WORKBOOK_TITLE = "Master Organisasi Perangkat Daerah (Perbup Kukar 57/2012)"


def write_org_master(path: Path | str, master: OrgMaster | None = None) -> None:
    """Write the organisation master to ``path``: blank, or filled with ``master``.

    A master marked ``sample`` carries a red banner (and the stamp ``sopxl_sample``) saying
    it must be replaced by the official SOTK list.
    """
    master = clean_fields(master or OrgMaster())
    workbook = open_workbook(path, WORKBOOK_TITLE, spec.KIND, spec.VERSION)
    formats = TableFormats(workbook)
    rows: dict[str, Sequence[dict[str, str]]] = {
        spec.SHEET_AGENCIES: [
            {
                "code": a.code,
                "name": a.name,
                "short_name": a.short_name,
                "merged_into": a.merged_into,
            }
            for a in master.agencies
        ],
        spec.SHEET_UNITS: [
            {"agency": u.agency, "code": u.code, "name": u.name} for u in master.units
        ],
        spec.SHEET_SECTIONS: [
            {"agency": s.agency, "unit": s.unit, "code": s.code, "name": s.name}
            for s in master.sections
        ],
    }
    for name, columns in spec.SHEETS:
        _write_table_sheet(
            workbook.add_worksheet(name), formats, name, columns, rows[name], master.sample
        )
    _write_guide(workbook.add_worksheet(spec.SHEET_GUIDE), formats)
    workbook.get_worksheet_by_name(spec.SHEET_AGENCIES).activate()
    stamp_names(workbook, spec.KIND, spec.VERSION, {"sopxl_sample": "1"} if master.sample else {})
    save_workbook(workbook)


def _write_table_sheet(
    sheet: Any,
    formats: TableFormats,
    name: str,
    columns: tuple[spec.ColumnSpec, ...],
    rows: Sequence[dict[str, str]],
    sample: bool,
) -> None:
    last_col = len(columns) - 1
    check(
        sheet.merge_range(
            spec.HEADING_ROW,
            0,
            spec.HEADING_ROW,
            last_col,
            f"{spec.HEADING}: {name.upper()}",
            formats.heading,
        ),
        "judul",
    )
    note, note_format = (
        (spec.SAMPLE_BANNER, formats.banner) if sample else (spec.NOTE, formats.note)
    )
    check(
        sheet.merge_range(spec.NOTE_ROW, 0, spec.NOTE_ROW, last_col, note, note_format), "catatan"
    )
    across = widths_sum(c.width for c in columns)
    heading = f"{spec.HEADING}: {name.upper()}"
    check(sheet.set_row(spec.HEADING_ROW, fit_height([Cell(heading, across, 12, True)])), "baris")
    note_height = fit_height([Cell(note, across, bold=sample)], 48)
    check(sheet.set_row(spec.NOTE_ROW, note_height), "tinggi baris")
    for col, column in enumerate(columns):
        check(sheet.set_column(col, col, column.width), "lebar kolom")
        check(sheet.write_string(spec.HEADER_ROW, col, column.label, formats.header), "judul")
    header = fit_height(Cell(c.label, c.width, bold=True) for c in columns)
    check(sheet.set_row(spec.HEADER_ROW, header), "tinggi baris")
    total = len(rows) + spec.SPARE_ROWS
    for index in range(total):
        row = spec.FIRST_DATA_ROW + index
        values = rows[index] if index < len(rows) else {}
        height = fit_height(Cell(values.get(c.key, ""), c.width) for c in columns)
        check(sheet.set_row(row, height), "tinggi baris")
        for col, column in enumerate(columns):
            fmt = formats.input_center if column.is_code else formats.input
            write_value(sheet, row, col, values.get(column.key, ""), fmt)
    first, last = spec.FIRST_DATA_ROW, spec.FIRST_DATA_ROW + total - 1
    error_title, error_message = spec.CODE_ERROR
    for col, column in enumerate(columns):
        options: dict[str, Any] = {
            "input_title": column.message[0],
            "input_message": column.message[1],
        }
        if column.is_code:
            options.update(
                {
                    "validate": "length",
                    "criteria": "between",
                    "minimum": 1,
                    "maximum": 10,
                    "error_title": error_title,
                    "error_message": error_message,
                }
            )
        else:
            options["validate"] = "any"
        validate(sheet, (first, col), (last, col), options)
    sheet.freeze_panes(spec.FIRST_DATA_ROW, 0)
    check(sheet.autofilter(spec.HEADER_ROW, 0, last, last_col), "filter")
    print_a4(sheet, landscape=False, repeat=(spec.HEADER_ROW, spec.HEADER_ROW))
    protect_sheet(sheet, insert_rows=True, autofilter=True)


def _write_guide(sheet: Any, formats: TableFormats) -> None:
    heading = "PETUNJUK PENGISIAN MASTER ORGANISASI"
    write_guide_sheet(sheet, formats, heading, spec.GUIDE, label_width=18, text_width=90)


def write_guide_sheet(
    sheet: Any,
    formats: TableFormats,
    heading: str,
    entries: Sequence[tuple[str, str]],
    *,
    label_width: int = 20,
    text_width: int = 95,
) -> None:
    """A table workbook's guide sheet: its heading, then one (label, text) row per entry,
    each row as tall as its text needs; printed on A4 portrait, protected."""
    check(sheet.set_column(0, 0, label_width), "lebar kolom")
    check(sheet.set_column(1, 1, text_width), "lebar kolom")
    check(sheet.merge_range(0, 0, 0, 1, heading, formats.heading), "judul")
    for index, (label, text) in enumerate(entries, start=2):
        check(sheet.write_string(index, 0, label, formats.label), "petunjuk")
        check(sheet.write_string(index, 1, text, formats.cell), "petunjuk")
        height = fit_height([Cell(label, label_width, bold=True), Cell(text, text_width)])
        check(sheet.set_row(index, height), "tinggi baris")
    print_a4(sheet, landscape=False)
    protect_sheet(sheet, insert_rows=False)
