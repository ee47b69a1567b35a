"""Writes the lifecycle workbooks (Status SOP, Monitoring, Evaluasi, Laporan Pengawasan)
of one SKPD and one period, blank or with answers.

The same writer makes the form pre-filled from the register and the filled sample forms,
so a filled form has exactly the layout the reader expects. Each workbook is stamped
with its kind, version, SKPD and period (custom properties and defined names), so a form
returned for another SKPD or period is recognised as such.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sopxl.forms import lifecycle_spec as spec
from sopxl.forms.org_form import write_guide_sheet
from sopxl.model.lifecycle import GRACE_DAYS, Answer, Period
from sopxl.text import clean_fields
from sopxl.xlsx import refs
from sopxl.xlsx.save import save_workbook
from sopxl.xlsx.tables import TableFormats
from sopxl.xlsx.textfit import Cell, fit_height, lines_height, widths_sum
from sopxl.xlsx.workbook import (
    DATE_FORMAT,
    INPUT_FILL,
    LABEL_FILL,
    check,
    open_workbook,
    print_a4,
    protect_sheet,
    stamp_names,
    validate,
    write_value,
)

EARLIEST_DATE = date(2012, 4, 30)
"""No lifecycle date can precede the Perbup itself."""


@dataclass(frozen=True)
class FormRow:
    """One SOP of a form: its Nomor SOP and Nama SOP and any answers (by field key).
    A row not ``in_force`` shows *Belum berlaku* over its input cells, locked."""

    code: str
    title: str
    values: Mapping[str, Answer] = field(default_factory=dict)
    in_force: bool = True


@dataclass(frozen=True)
class Layout:
    """Zero-based rows of a form's parts (they move with the number of header fields)."""

    agency: int
    agency_code: int
    period: int
    header_fields: int
    note: int
    header: int
    column_numbers: int
    first: int


def layout(form: spec.FormSpec) -> Layout:
    fields = 6
    note = fields + len(form.header_fields)
    return Layout(3, 4, 5, fields, note, note + 2, note + 4, note + 5)


def list_name(key: str) -> str:
    return f"sopxl_{key}"


def write_lifecycle_form(
    path: Path | str,
    form: spec.FormSpec,
    agency_code: str,
    agency_name: str,
    period: Period,
    rows: Sequence[FormRow] = (),
    header: Mapping[str, Answer] | None = None,
) -> None:
    """Write ``form`` for SKPD ``agency_code`` and ``period`` to ``path``: one table row
    per SOP of ``rows`` (answers pre-filled), then a few spare rows."""
    if len(rows) > spec.MAX_ROWS:
        raise ValueError(f"at most {spec.MAX_ROWS} rows, got {len(rows)}")
    agency_code, agency_name = clean_fields(agency_code), clean_fields(agency_name)
    rows, header = clean_fields(tuple(rows)), clean_fields(dict(header or {})) or None
    title = f"{form.sheet} {agency_name} {period.label}"
    workbook = open_workbook(path, title, form.kind, spec.VERSION)
    check(workbook.set_custom_property(spec.NAME_AGENCY, agency_code), "properti SKPD")
    check(workbook.set_custom_property(spec.NAME_PERIOD, period.key), "properti periode")
    formats = TableFormats(workbook)
    extra = _Formats(workbook)
    _write_lists(workbook, formats, form)
    main = workbook.add_worksheet(form.sheet)
    _write_main(main, formats, extra, form, agency_code, agency_name, period, rows, header or {})
    _write_guide(workbook.add_worksheet(spec.SHEET_GUIDE), formats, form)
    workbook.get_worksheet_by_name(spec.SHEET_LISTS).hide()
    main.activate()
    stamp_names(
        workbook,
        form.kind,
        spec.VERSION,
        {spec.NAME_AGENCY: agency_code, spec.NAME_PERIOD: period.key},
    )
    save_workbook(workbook)


class _Formats:
    def __init__(self, workbook: Any) -> None:
        base = {"font_name": "Arial", "font_size": 10, "valign": "top", "border": 1}
        self.input_date = workbook.add_format(
            {**base, "bg_color": INPUT_FILL, "locked": False, "num_format": DATE_FORMAT}
        )
        self.locked_text = workbook.add_format(
            {**base, "bg_color": LABEL_FILL, "num_format": "@", "text_wrap": True}
        )
        self.not_in_force = workbook.add_format(
            {**base, "bg_color": LABEL_FILL, "italic": True, "font_color": "#595959"}
        )


def _choices(column: spec.Field) -> tuple[str, ...]:
    return spec.YES_NO if column.kind == "yes_no" else column.choices


def _write_lists(workbook: Any, formats: TableFormats, form: spec.FormSpec) -> None:
    """The hidden sheet of closed choices, each behind a defined name."""
    sheet = workbook.add_worksheet(spec.SHEET_LISTS)
    lists: dict[str, tuple[str, tuple[str, ...]]] = {}
    for column in form.inputs:
        choices = _choices(column)
        if choices:
            name = list_name("ya_tidak" if column.kind == "yes_no" else column.key)
            lists.setdefault(name, (column.label, choices))
    for col, (name, (label, values)) in enumerate(lists.items()):
        check(sheet.write_string(0, col, label, formats.label), "judul daftar")
        for row, value in enumerate(values, start=1):
            check(sheet.write_string(row, col, value, formats.plain), "daftar")
        check(sheet.set_column(col, col, 30), "lebar kolom")
        first = refs.sheet_cell(spec.SHEET_LISTS, 1, col)
        last = refs.sheet_cell(spec.SHEET_LISTS, len(values), col).split("!")[1]
        check(workbook.define_name(name, f"={first}:{last}"), f"nama {name}")
    sheet.protect("", {})


def _write_main(
    sheet: Any,
    formats: TableFormats,
    extra: _Formats,
    form: spec.FormSpec,
    agency_code: str,
    agency_name: str,
    period: Period,
    rows: Sequence[FormRow],
    header: Mapping[str, Answer],
) -> None:
    at = layout(form)
    columns = form.columns
    last_col = len(columns) - 1
    for row, text, fmt in (
        (0, form.heading, formats.heading),
        (1, spec.SUBHEADING, formats.subheading),
        (
            2,
            f"({form.reference} Peraturan Bupati Kutai Kartanegara Nomor 57 Tahun 2012)",
            formats.note,
        ),
    ):
        check(sheet.merge_range(row, 0, row, last_col, text, fmt), "judul")
        size, bold = ((12.0, True), (11.0, True), (10.0, False))[row]
        height = fit_height([Cell(text, widths_sum(c.width for c in columns), size, bold)])
        check(sheet.set_row(row, height), "tinggi baris")
    for row, label, shown in (
        (at.agency, spec.AGENCY_LABEL, agency_name),
        (at.agency_code, spec.AGENCY_CODE_LABEL, agency_code),
        (at.period, spec.PERIOD_LABEL, period.label),
    ):
        check(sheet.merge_range(row, 0, row, 1, label, formats.label), "label")
        check(sheet.merge_range(row, 2, row, 4, "", extra.locked_text), "isi")
        write_value(sheet, row, 2, shown, extra.locked_text)
    for index, head in enumerate(form.header_fields):
        row = at.header_fields + index
        check(sheet.merge_range(row, 0, row, 1, head.label, formats.label), "label")
        fmt = extra.input_date if head.kind == "date" else formats.input
        check(sheet.merge_range(row, 2, row, 4, "", fmt), "isian")
        write_value(sheet, row, 2, header.get(head.key), fmt)
        options: dict[str, Any] = {"input_title": _title(head.label), "input_message": head.message}
        if head.kind == "date":
            options.update(_date_rule(period.start, period.end + timedelta(days=GRACE_DAYS)))
        else:
            options["validate"] = "any"
        validate(sheet, (row, 2), (row, 2), options)
    check(sheet.merge_range(at.note, 0, at.note, last_col, form.note, formats.note), "catatan")
    note = fit_height([Cell(form.note, widths_sum(c.width for c in columns))], 30)
    check(sheet.set_row(at.note, note), "tinggi baris")
    _write_header(sheet, formats, form, at)

    total = len(rows) + spec.SPARE_ROWS
    for index in range(total):
        row = at.first + index
        item = rows[index] if index < len(rows) else None
        # Room for two lines at least: people write notes; more where a title needs it.
        texts = [
            Cell(str(item.title if c.kind == "title" else item.values.get(c.key) or ""), c.width)
            for c in columns
            if item is not None and c.kind in ("title", "text")
        ]
        if item is not None and not item.in_force:
            inputs = [c.width for c in columns if c.is_input]
            texts.append(Cell(spec.NOT_IN_FORCE_NOTE, widths_sum(inputs)))
        check(sheet.set_row(row, fit_height(texts, lines_height(2))), "tinggi baris")
        if item is not None and not item.in_force:
            _write_not_in_force(sheet, formats, extra, form, row, index + 1, item)
            continue
        for col, column in enumerate(columns):
            if column.kind == "number":
                check(sheet.write_number(row, col, index + 1, formats.number), "No")
            elif column.kind in ("code", "title"):
                text = "" if item is None else (item.code if column.kind == "code" else item.title)
                write_value(sheet, row, col, text, extra.locked_text)
            else:
                value = None if item is None else item.values.get(column.key)
                if isinstance(value, bool):
                    value = spec.YES if value else spec.NO
                if column.kind == "date":
                    write_value(sheet, row, col, value, extra.input_date)
                else:
                    center = column.kind in ("choice", "yes_no")
                    write_value(
                        sheet, row, col, value, formats.input_center if center else formats.input
                    )
    first, last = at.first, at.first + total - 1
    for col, column in enumerate(columns):
        if not column.is_input:
            continue
        options = {"input_title": _title(column.label), "input_message": column.message}
        choices = _choices(column)
        if choices:
            name = list_name("ya_tidak" if column.kind == "yes_no" else column.key)
            options.update(
                {
                    "validate": "list",
                    "source": f"={name}",
                    "error_title": "Pilihan tidak sah",
                    "error_message": "Pilih salah satu isian dari daftar.",
                }
            )
        elif column.kind == "date":
            # Status dates record the whole history; the other forms' dates lie in the period.
            start = EARLIEST_DATE if form.kind == spec.STATUS.kind else period.start
            options.update(_date_rule(start, period.end))
        else:
            options["validate"] = "any"
        for top, bottom in _open_runs(rows, first, last):
            validate(sheet, (top, col), (bottom, col), options)
    sheet.freeze_panes(at.first, 3)
    check(sheet.autofilter(at.header + 1, 0, last, last_col), "filter")
    print_a4(sheet, landscape=True, repeat=(at.header, at.column_numbers))
    check(sheet.print_area(0, 0, last, last_col), "area cetak")
    protect_sheet(sheet, insert_rows=False, autofilter=True)


def _open_runs(rows: Sequence[FormRow], first: int, last: int) -> list[tuple[int, int]]:
    """The runs of table rows ``first``..``last`` that have input cells (rows of SOPs in
    force and the spare rows), so that no validation sits on a *Belum berlaku* row."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for row in range(first, last + 1):
        index = row - first
        open_row = index >= len(rows) or rows[index].in_force
        if open_row and start is None:
            start = row
        elif not open_row and start is not None:
            runs.append((start, row - 1))
            start = None
    if start is not None:
        runs.append((start, last))
    return runs


def _write_not_in_force(
    sheet: Any,
    formats: TableFormats,
    extra: _Formats,
    form: spec.FormSpec,
    row: int,
    number: int,
    item: FormRow,
) -> None:
    """A row of an SOP the period does not concern: no input cell, only the reason."""
    inputs = [col for col, column in enumerate(form.columns) if column.is_input]
    for col, column in enumerate(form.columns):
        if column.kind == "number":
            check(sheet.write_number(row, col, number, formats.number), "No")
        elif column.kind in ("code", "title"):
            text = item.code if column.kind == "code" else item.title
            write_value(sheet, row, col, text, extra.locked_text)
    first, last = inputs[0], inputs[-1]
    check(
        sheet.merge_range(row, first, row, last, spec.NOT_IN_FORCE_NOTE, extra.not_in_force),
        "belum berlaku",
    )


def _title(label: str) -> str:
    """An input message title within Excel's 32 characters, cut at a word."""
    if len(label) <= 32:
        return label
    return label[:31].rsplit(" ", 1)[0] + "…"


def _date_rule(first: date, last: date) -> dict[str, Any]:
    shown = f"{first:%d/%m/%Y} sampai {last:%d/%m/%Y}"
    return {
        "validate": "date",
        "criteria": "between",
        "minimum": first,
        "maximum": last,
        "error_title": "Tanggal tidak sah",
        "error_message": f"Ketik tanggal dari {shown}.",
    }


def _write_header(sheet: Any, formats: TableFormats, form: spec.FormSpec, at: Layout) -> None:
    """Two header rows: a group's heading merged over its columns, others merged down."""
    columns = form.columns
    col = 0
    while col < len(columns):
        column = columns[col]
        if column.group:
            end = col
            while end + 1 < len(columns) and columns[end + 1].group == column.group:
                end += 1
            if end > col:
                check(
                    sheet.merge_range(at.header, col, at.header, end, column.group, formats.header),
                    "judul kelompok",
                )
            else:
                check(sheet.write_string(at.header, col, column.group, formats.header), "judul")
            for sub in range(col, end + 1):
                check(
                    sheet.write_string(at.header + 1, sub, columns[sub].label, formats.header),
                    "judul kolom",
                )
            col = end + 1
        else:
            check(
                sheet.merge_range(at.header, col, at.header + 1, col, column.label, formats.header),
                "judul kolom",
            )
            col += 1
    for index, column in enumerate(columns):
        check(sheet.set_column(index, index, column.width), "lebar kolom")
        check(
            sheet.write_string(at.column_numbers, index, f"({index + 1})", formats.column_number),
            "nomor kolom",
        )
    # A label merged down over both header rows shares their height with the group row.
    grouped = fit_height((Cell(c.label, c.width, bold=True) for c in columns if c.group), 30)
    group_widths: dict[str, list[float]] = {}
    for column in columns:
        if column.group:
            group_widths.setdefault(column.group, []).append(column.width)
    groups = fit_height(
        (Cell(g, widths_sum(w), bold=True) for g, w in group_widths.items()), lines_height(1)
    )
    alone = fit_height(Cell(c.label, c.width, bold=True) for c in columns if not c.group)
    groups = max(groups, alone - grouped)
    check(sheet.set_row(at.header + 1, grouped), "tinggi baris")
    check(sheet.set_row(at.header, groups), "tinggi baris")


def _write_guide(sheet: Any, formats: TableFormats, form: spec.FormSpec) -> None:
    heading = f"PETUNJUK PENGISIAN {form.sheet.upper()}"
    entries = [*form.guide, *((c.label, c.message) for c in form.inputs)]
    write_guide_sheet(sheet, formats, heading, entries)
