"""The table writer of every export and report: a heading, a header row, one row per
record, filters, frozen header, A4 landscape with repeated header rows.

Values people typed are written as text (never a formula or link); dates as dates;
shares as percentages.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pandas as pd

from sopxl.xlsx.textfit import Cell, fit_height, widths_sum, word_width
from sopxl.xlsx.workbook import (
    DATE_FORMAT,
    DATE_WIDTH,
    FOOTER,
    HEADING_FILL,
    INPUT_FILL,
    LABEL_FILL,
    check,
    print_a4,
    write_value,
)

HEADER_ROW = 3
FIRST_ROW = 4


class TableFormats:
    """Cell formats of sopxl's table sheets, created once per workbook."""

    def __init__(self, workbook: Any) -> None:
        base = {"font_name": "Arial", "font_size": 10, "valign": "top", "text_wrap": True}
        border = {**base, "border": 1}
        self.heading = workbook.add_format(
            {**base, "bold": True, "font_size": 12, "align": "center", "valign": "vcenter"}
        )
        self.subheading = workbook.add_format(
            {**base, "bold": True, "font_size": 11, "align": "center"}
        )
        self.note = workbook.add_format({**base, "italic": True, "font_color": "#404040"})
        self.banner = workbook.add_format(
            {**base, "bold": True, "font_color": "#9C0006", "bg_color": "#FFC7CE"}
        )
        self.header = workbook.add_format(
            {
                **border,
                "bold": True,
                "bg_color": HEADING_FILL,
                "align": "center",
                "valign": "vcenter",
            }
        )
        self.column_number = workbook.add_format(
            {**border, "italic": True, "bg_color": LABEL_FILL, "align": "center", "font_size": 8}
        )
        self.label = workbook.add_format({**border, "bold": True, "bg_color": LABEL_FILL})
        self.cell = workbook.add_format({**border, "num_format": "@"})
        self.cell_center = workbook.add_format({**border, "align": "center", "num_format": "@"})
        self.number = workbook.add_format({**border, "align": "center"})
        self.date = workbook.add_format({**border, "num_format": "dd/mm/yyyy", "align": "center"})
        self.input = workbook.add_format(
            {**border, "bg_color": INPUT_FILL, "locked": False, "num_format": "@"}
        )
        self.input_center = workbook.add_format(
            {
                **border,
                "bg_color": INPUT_FILL,
                "locked": False,
                "num_format": "@",
                "align": "center",
            }
        )
        self.plain = workbook.add_format(base)


@dataclass(frozen=True)
class Col:
    """A column of an export table: frame ``key``, header ``label``, ``width``, and
    ``kind``: ``text``, ``date``, ``int``, ``share`` (0-1, shown as %), ``yes_no``."""

    key: str
    label: str
    width: float = 14
    kind: str = "text"


class ExportFormats(TableFormats):
    """:class:`TableFormats` plus dates and percentages."""

    def __init__(self, workbook: Any) -> None:
        super().__init__(workbook)
        base = {"font_name": "Arial", "font_size": 10, "valign": "top", "border": 1}
        self.day = workbook.add_format({**base, "num_format": DATE_FORMAT, "align": "center"})
        self.share = workbook.add_format({**base, "num_format": "0%", "align": "center"})
        self.total = workbook.add_format({**base, "bold": True, "align": "center"})
        self.total_share = workbook.add_format(
            {**base, "bold": True, "num_format": "0%", "align": "center"}
        )


def is_missing(value: object) -> bool:
    """Whether a frame value is empty (None, NaN, NaT)."""
    if value is None or value is pd.NaT:
        return True
    return isinstance(value, float) and pd.isna(value)


def write_table(
    sheet: Any,
    formats: ExportFormats,
    frame: pd.DataFrame,
    columns: Sequence[Col],
    heading: str,
    subheading: str,
    total: str | None = None,
    totals: Mapping[str, object] | None = None,
    notes: Sequence[str] = (),
    footer: str = FOOTER,
) -> tuple[int, int]:
    """Write ``frame`` as a table; return its first and last data rows (zero-based; last
    < first when empty). With ``total``, a last bold row under that label shows
    ``totals[key]`` for the keys given (figures computed by the caller, e.g. pooled
    shares) and sums the other ``int`` columns; other columns stay blank. ``notes`` (how
    each figure is computed) follow below the table, one merged line each: see
    :func:`below`. Every row is as tall as its wrapped text needs
    (:mod:`sopxl.xlsx.textfit`)."""
    last_col = len(columns) - 1
    # A column is at least as wide as the longest word of its heading, so no heading
    # breaks mid-word on paper.
    # A date column is as wide as its longest date: a narrower one prints "###".
    widths = [
        max(c.width, word_width(c.label, bold=True), DATE_WIDTH if c.kind == "date" else 0)
        for c in columns
    ]
    write_titles(sheet, formats, widths, heading, subheading)
    for col, column in enumerate(columns):
        check(sheet.write_string(HEADER_ROW, col, column.label, formats.header), "judul kolom")
        check(sheet.set_column(col, col, widths[col]), "lebar kolom")
    header = fit_height(
        (Cell(c.label, w, bold=True) for c, w in zip(columns, widths, strict=True)), 15
    )
    check(sheet.set_row(HEADER_ROW, header), "tinggi baris")
    records = frame.to_dict("records")
    for index, record in enumerate(records):
        row = FIRST_ROW + index
        texts = []
        for col, column in enumerate(columns):
            value = record.get(column.key)
            _cell(sheet, formats, row, col, column.kind, value)
            if column.kind == "text" and not is_missing(value):
                texts.append(Cell(str(value), widths[col]))
        check(sheet.set_row(row, fit_height(texts)), "tinggi baris")
    first, last = FIRST_ROW, FIRST_ROW + len(records) - 1
    if total is not None and records:
        row = last + 1
        write_value(sheet, row, 0, total, formats.label)
        given = totals or {}
        for col, column in enumerate(columns[1:], start=1):
            values = [str(r[column.key]) for r in records if not is_missing(r.get(column.key))]
            value = given.get(column.key)
            if column.key in given and not is_missing(value):
                fmt = formats.total_share if column.kind == "share" else formats.total
                check(sheet.write_number(row, col, float(str(value)), fmt), "jumlah")
            elif column.kind == "int" and column.key not in given:
                check(
                    sheet.write_number(row, col, sum(int(float(v)) for v in values), formats.total),
                    "jumlah",
                )
            else:
                check(sheet.write_blank(row, col, None, formats.label), "sel kosong")
        check(sheet.set_row(row, fit_height([Cell(total, widths[0], bold=True)])), "baris")
    note_row = max(last, FIRST_ROW - 1) + (3 if total is not None and records else 2)
    for index, text in enumerate(notes):
        write_note(sheet, note_row + index, text, formats.note, widths)
    if columns:
        check(sheet.autofilter(HEADER_ROW, 0, max(last, FIRST_ROW), last_col), "filter")
    sheet.freeze_panes(FIRST_ROW, 0)
    print_a4(sheet, landscape=True, repeat=(HEADER_ROW, HEADER_ROW), footer=footer)
    return first, last


def below(last: int, notes: Sequence[str] = ()) -> int:
    """The first free row under a table ending at data row ``last`` with a total row and
    ``notes`` (where a chart goes)."""
    return max(last, FIRST_ROW - 1) + 3 + (len(notes) + 1 if notes else 0)


def write_titles(
    sheet: Any, formats: TableFormats, widths: Sequence[float], heading: str, subheading: str
) -> None:
    """The heading and subheading of a table sheet, each merged across the whole table
    (columns of ``widths``) and as tall as its wrapped text."""
    last_col = max(len(widths) - 1, 1)
    across = widths_sum(widths)
    check(sheet.merge_range(0, 0, 0, last_col, heading, formats.heading), "judul")
    check(sheet.merge_range(1, 0, 1, last_col, subheading, formats.subheading), "judul")
    check(sheet.set_row(0, fit_height([Cell(heading, across, 12, True)], 20)), "tinggi baris")
    check(sheet.set_row(1, fit_height([Cell(subheading, across, 11, True)])), "tinggi baris")


def write_note(sheet: Any, row: int, text: str, fmt: Any, widths: Sequence[float]) -> None:
    """A line of text under a table, merged across it and as tall as it needs."""
    last_col = max(len(widths) - 1, 1)
    check(sheet.merge_range(row, 0, row, last_col, text, fmt), "catatan")
    check(sheet.set_row(row, fit_height([Cell(text, widths_sum(widths))])), "tinggi baris")


def _cell(sheet: Any, formats: ExportFormats, row: int, col: int, kind: str, value: object) -> None:
    if is_missing(value):
        check(sheet.write_blank(row, col, None, formats.cell), "sel kosong")
    elif kind == "date" and isinstance(value, date | datetime | pd.Timestamp):
        day = value.date() if isinstance(value, datetime | pd.Timestamp) else value
        check(sheet.write_datetime(row, col, day, formats.day), "tanggal")
    elif kind == "int":
        check(sheet.write_number(row, col, int(str(value)), formats.number), "angka")
    elif kind == "share":
        check(sheet.write_number(row, col, float(str(value)), formats.share), "persen")
    elif kind == "yes_no" and isinstance(value, bool | int):
        write_value(sheet, row, col, "Ya" if value else "Tidak", formats.cell_center)
    else:
        write_value(sheet, row, col, str(value), formats.cell)
