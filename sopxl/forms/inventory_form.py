"""Writes the inventaris judul SOP workbook of one SKPD, blank or with entries.

The same writer makes the empty workbook an SKPD fills in (``sopxl template inventory``)
and the coded copy it gets back after import (entries with their Nomor SOP), so both
share one layout and the coded copy can be filled in and imported again.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sopxl.forms import inventory_spec as spec
from sopxl.forms.org_form import write_guide_sheet
from sopxl.model.inventory import InventoryEntry
from sopxl.model.organisation import AgencyOutline
from sopxl.text import clean_fields
from sopxl.xlsx import refs
from sopxl.xlsx.save import save_workbook
from sopxl.xlsx.tables import TableFormats
from sopxl.xlsx.workbook import (
    LABEL_FILL,
    check,
    open_workbook,
    print_a4,
    protect_sheet,
    stamp_names,
    validate,
    write_value,
)

WORKBOOK_TITLE = "Inventaris Judul SOP (Pasal 7 Perbup Kukar 57/2012)"


def write_inventory_form(
    path: Path | str,
    agency: AgencyOutline,
    entries: Sequence[InventoryEntry] = (),
    rows: int = spec.DEFAULT_ROWS,
    *,
    in_memory: bool = False,
) -> None:
    """Write the inventory workbook of ``agency`` to ``path`` (``in_memory``: see
    :func:`sopxl.xlsx.workbook.open_workbook`).

    It has at least ``rows`` entry rows and always some empty ones after ``entries``. The
    unit kerja and bagian dropdowns offer the SKPD's own (``agency.units``).
    """
    if not 1 <= rows <= spec.MAX_ROWS:
        raise ValueError(f"rows must be between 1 and {spec.MAX_ROWS}, got {rows}")
    agency, entries = clean_fields(agency), clean_fields(tuple(entries))
    total = max(rows, len(entries) + 20)
    workbook = open_workbook(path, WORKBOOK_TITLE, spec.KIND, spec.VERSION, in_memory=in_memory)
    formats = TableFormats(workbook)
    lists = _write_lists(workbook, formats, agency)
    main = workbook.add_worksheet(spec.SHEET_MAIN)
    _write_main(workbook, main, formats, agency, entries, total, lists)
    _write_guide(workbook.add_worksheet(spec.SHEET_GUIDE), formats)
    lists.hide()
    main.activate()
    stamp_names(workbook, spec.KIND, spec.VERSION, {spec.NAME_AGENCY: agency.code})
    save_workbook(workbook)


def _define_list(workbook: Any, name: str, col: int, count: int) -> None:
    first = refs.sheet_cell(spec.SHEET_LISTS, 1, col)
    last = refs.sheet_cell(spec.SHEET_LISTS, max(count, 1), col).split("!")[1]
    check(workbook.define_name(name, f"={first}:{last}"), f"nama {name}")


def _write_lists(workbook: Any, formats: TableFormats, agency: AgencyOutline) -> Any:
    """The hidden sheet of closed choices; long lists must sit behind defined names."""
    sheet = workbook.add_worksheet(spec.SHEET_LISTS)
    units = [unit for unit, _ in agency.units]
    sections = list(dict.fromkeys(s for _, bagian in agency.units for s in bagian))
    columns: tuple[tuple[str, str, Sequence[str]], ...] = (
        (spec.NAME_UNITS, "Unit Kerja", units),
        (spec.NAME_SECTIONS, "Bagian", sections),
        (spec.NAME_KINDS, "Jenis SOP", spec.KIND_CHOICES),
        (spec.NAME_SERVICES, "Pelayanan", spec.SERVICE_CHOICES),
        (spec.NAME_YES_NO, "Ya/Tidak", spec.YES_NO),
    )
    for col, (name, label, values) in enumerate(columns):
        check(sheet.write_string(0, col, label, formats.label), "judul daftar")
        for row, value in enumerate(values, start=1):
            check(sheet.write_string(row, col, value, formats.plain), "daftar")
        check(sheet.set_column(col, col, 40), "lebar kolom")
        if values:
            _define_list(workbook, name, col, len(values))
    sheet.protect("", {})
    return sheet


def _write_main(
    workbook: Any,
    sheet: Any,
    formats: TableFormats,
    agency: AgencyOutline,
    entries: Sequence[InventoryEntry],
    total: int,
    lists: Any,
) -> None:
    columns = spec.COLUMNS
    last_col = len(columns) - 1
    code_format = workbook.add_format(
        {
            "font_name": "Arial",
            "font_size": 10,
            "valign": "top",
            "border": 1,
            "bg_color": LABEL_FILL,
            "num_format": "@",
            "align": "center",
        }
    )
    check(
        sheet.merge_range(
            spec.HEADING_ROW, 0, spec.HEADING_ROW, last_col, spec.HEADING, formats.heading
        ),
        "judul",
    )
    check(
        sheet.merge_range(
            spec.SUBHEADING_ROW,
            0,
            spec.SUBHEADING_ROW,
            last_col,
            spec.SUBHEADING,
            formats.subheading,
        ),
        "judul",
    )
    for row, label, value in (
        (spec.AGENCY_ROW, spec.AGENCY_LABEL, agency.name),
        (spec.AGENCY_CODE_ROW, spec.AGENCY_CODE_LABEL, agency.code),
    ):
        check(sheet.merge_range(row, 0, row, 1, label, formats.label), "label SKPD")
        check(sheet.merge_range(row, 2, row, 5, "", formats.cell), "nama SKPD")
        write_value(sheet, row, 2, value, formats.cell)
    check(
        sheet.merge_range(spec.NOTE_ROW, 0, spec.NOTE_ROW, last_col, spec.NOTE, formats.note),
        "catatan",
    )
    check(sheet.set_row(spec.NOTE_ROW, 30), "tinggi baris")

    criteria = [i for i, c in enumerate(columns) if c.kind == "criterion"]
    check(
        sheet.merge_range(
            spec.HEADER_ROW,
            criteria[0],
            spec.HEADER_ROW,
            criteria[-1],
            spec.CRITERIA_GROUP,
            formats.header,
        ),
        "judul kriteria",
    )
    for col, column in enumerate(columns):
        check(sheet.set_column(col, col, column.width), "lebar kolom")
        if column.kind == "criterion":
            check(
                sheet.write_string(spec.SUBHEADER_ROW, col, column.label, formats.header),
                "judul kolom",
            )
        else:
            check(
                sheet.merge_range(
                    spec.HEADER_ROW, col, spec.SUBHEADER_ROW, col, column.label, formats.header
                ),
                "judul kolom",
            )
        check(
            sheet.write_string(spec.COLUMN_NUMBER_ROW, col, f"({col + 1})", formats.column_number),
            "nomor kolom",
        )
    check(sheet.set_row(spec.SUBHEADER_ROW, 54), "tinggi baris")

    for index in range(total):
        row = spec.FIRST_ENTRY_ROW + index
        entry = entries[index] if index < len(entries) else None
        for col, column in enumerate(columns):
            if column.kind == "number":
                check(sheet.write_number(row, col, index + 1, formats.number), "No")
            elif column.kind == "code":
                write_value(sheet, row, col, entry.code if entry else "", code_format)
            else:
                fmt = (
                    formats.input_center
                    if column.kind in ("choice", "criterion")
                    else (formats.input)
                )
                write_value(sheet, row, col, _entry_value(entry, column.key), fmt)

    first, last = spec.FIRST_ENTRY_ROW, spec.FIRST_ENTRY_ROW + total - 1
    names = {
        "unit": spec.NAME_UNITS if agency.units else "",
        "section": spec.NAME_SECTIONS if any(b for _, b in agency.units) else "",
    }
    error_title, error_message = spec.CHOICE_ERROR
    for col, column in enumerate(columns):
        options: dict[str, Any] = {
            "input_title": column.message[0],
            "input_message": column.message[1],
        }
        source = column.choices or names.get(column.kind, "")
        if source:
            options.update(
                {
                    "validate": "list",
                    "source": f"={source}",
                    "error_title": error_title,
                    "error_message": error_message,
                }
            )
        else:
            options["validate"] = "any"
        validate(sheet, (first, col), (last, col), options)

    sheet.freeze_panes(spec.FIRST_ENTRY_ROW, 4)
    check(sheet.autofilter(spec.SUBHEADER_ROW, 0, last, last_col), "filter")
    print_a4(sheet, landscape=True, repeat=(spec.HEADER_ROW, spec.COLUMN_NUMBER_ROW))
    check(sheet.print_area(0, 0, last, last_col), "area cetak")
    protect_sheet(sheet, insert_rows=True, autofilter=True)
    del lists  # the lists sheet only has to exist before the validations refer to it


def _entry_value(entry: InventoryEntry | None, key: str) -> str:
    if entry is None:
        return ""
    if key in spec.CRITERIA_LABELS:
        answer = entry.criterion(key)
        return "" if answer is None else (spec.YES if answer else spec.NO)
    if key in ("kind", "service"):
        value = getattr(entry, key)
        return "" if value is None else str(value.value)
    return str(getattr(entry, key))


def _write_guide(sheet: Any, formats: TableFormats) -> None:
    write_guide_sheet(sheet, formats, "PETUNJUK PENGISIAN INVENTARIS JUDUL SOP", spec.GUIDE)
