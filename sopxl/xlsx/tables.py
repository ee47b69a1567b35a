"""The one table writer of every export and report: an optional heading, a header row,
one row per record, an optional total row and notes, filters, frozen header, A4 printing
with the header row repeated on every page.

Every table sopxl writes for people to read (register and lifecycle exports, the report
to the Bupati, the findings workbook, the notes of a returned copy) is written here, so
they share fonts, borders, row heights (:mod:`sopxl.xlsx.textfit`), link handling and
print settings. Values people typed are written as text (never a formula or link);
dates as dates; shares as percentages.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pandas as pd

from sopxl.text import has_control
from sopxl.xlsx import refs
from sopxl.xlsx.textfit import Cell, fit_height, widths_sum, word_width
from sopxl.xlsx.workbook import (
    DATE_FORMAT,
    DATE_WIDTH,
    FOOTER,
    HEADING_FILL,
    INPUT_FILL,
    LABEL_FILL,
    cell_text,
    check,
    print_a4,
    write_value,
)

HEADER_ROW = 3
FIRST_ROW = 4

MAX_LINK_CHARS = 2079
"""Excel refuses a link longer than this (XlsxWriter then only warns and drops it)."""
MAX_LINKS_PER_SHEET = 65530
"""Excel holds at most this many links on a sheet; past it a link is written as text."""


class TableFormats:
    """Cell formats of sopxl's table sheets, created once per workbook."""

    def __init__(self, workbook: Any) -> None:
        self._workbook = workbook
        self._fills: dict[str, Any] = {}
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
        # Dates, shares and totals never wrap: a spreadsheet prints "###" instead.
        figure = {"font_name": "Arial", "font_size": 10, "valign": "top", "border": 1}
        self.day = workbook.add_format({**figure, "num_format": DATE_FORMAT, "align": "center"})
        self.share = workbook.add_format({**figure, "num_format": "0%", "align": "center"})
        self.total = workbook.add_format({**figure, "bold": True, "align": "center"})
        self.total_share = workbook.add_format(
            {**figure, "bold": True, "num_format": "0%", "align": "center"}
        )
        link = {**border, "font_color": "#0563C1", "underline": 1}
        self.link = workbook.add_format(link)
        self.link_center = workbook.add_format({**link, "align": "center"})

    def fill(self, colour: str) -> Any:
        """The conditional format that fills a cell with ``colour`` (made once)."""
        if colour not in self._fills:
            self._fills[colour] = self._workbook.add_format({"bg_color": colour})
        return self._fills[colour]


@dataclass(frozen=True)
class Col:
    """A column of a table: record ``key``, header ``label``, ``width`` and ``kind``:
    ``text``, ``date``, ``int``, ``share`` (0-1, shown as %), ``yes_no``, or ``number``
    (the row's number in the table, 1, 2, ...; ``key`` unused). ``center`` centres text.
    A text value may be a :class:`Link`."""

    key: str
    label: str
    width: float = 14
    kind: str = "text"
    center: bool = False


@dataclass(frozen=True)
class Link:
    """A cell showing ``text`` that opens ``url`` (``external:`` a file, ``internal:`` a
    cell of this workbook), with an optional ``tip``. Written as plain text where Excel
    could not hold the link (too long, too many on the sheet, control characters)."""

    text: str
    url: str
    tip: str | None = None


@dataclass(frozen=True)
class Highlight:
    """Fill with ``colour`` the rows whose column ``key`` shows ``value`` (conditional
    formatting, so the colour follows an edited cell and survives sorting); with
    ``whole_row`` false only that column's cell."""

    key: str
    value: str
    colour: str
    whole_row: bool = True


Rows = pd.DataFrame | Sequence[Mapping[str, object]]


def is_missing(value: object) -> bool:
    """Whether a frame value is empty (None, NaN, NaT)."""
    if value is None or value is pd.NaT:
        return True
    return isinstance(value, float) and pd.isna(value)


def write_table(
    sheet: Any,
    formats: TableFormats,
    rows: Rows,
    columns: Sequence[Col],
    heading: str | None,
    subheading: str = "",
    *,
    header_row: int = HEADER_ROW,
    total: str | None = None,
    totals: Mapping[str, object] | None = None,
    sum_formulas: bool = False,
    notes: Sequence[str] = (),
    empty: str | None = None,
    highlights: Sequence[Highlight] = (),
    filters: bool = True,
    freeze: bool = True,
    freeze_columns: int = 0,
    landscape: bool = True,
    footer: str = FOOTER,
    margins: tuple[float, float, float, float] | None = None,
    print_area: bool = False,
) -> tuple[int, int]:
    """Write ``rows`` (a frame or records) as a table with its header at ``header_row``;
    return its first and last data rows (zero-based; last < first when empty).

    ``heading`` and ``subheading``, when a heading is given, are merged across the table
    three and two rows above the header. With ``total``, a last bold row under that label
    (in the first column that is not a row number) shows ``totals[key]`` for the keys
    given (figures computed by the caller, e.g. pooled shares) and sums the other ``int``
    columns (as ``SUM`` formulas with ``sum_formulas``, so the total follows an edited
    count); other columns stay blank. ``notes`` (how each figure is computed) follow below
    the table, one merged line each: see :func:`below`. ``empty`` is the line shown
    across the table when there are no rows. ``highlights`` colour rows by a value.

    A table has ``filters`` and a ``freeze``-frozen header (and ``freeze_columns``) unless
    told otherwise: an official document has neither, a table under a long preamble is
    not frozen (the frozen rows would fill the screen). Every row is as tall as its
    wrapped text needs (:mod:`sopxl.xlsx.textfit`)."""
    records: Sequence[Mapping[Any, object]] = (
        rows.to_dict("records") if isinstance(rows, pd.DataFrame) else rows
    )
    last_col = len(columns) - 1
    widths = column_widths(columns)
    if heading is not None:
        write_titles(sheet, formats, widths, heading, subheading, header_row - 3)
    for col, column in enumerate(columns):
        check(sheet.write_string(header_row, col, column.label, formats.header), "judul kolom")
        check(sheet.set_column(col, col, widths[col]), "lebar kolom")
    header = fit_height(
        (Cell(c.label, w, bold=True) for c, w in zip(columns, widths, strict=True)), 15
    )
    check(sheet.set_row(header_row, header), "tinggi baris")
    first = header_row + 1
    links = _Links()
    for index, record in enumerate(records):
        row = first + index
        texts = []
        for col, column in enumerate(columns):
            value = index + 1 if column.kind == "number" else record.get(column.key)
            text = _cell(sheet, formats, links, row, col, column, value)
            if text is not None:
                texts.append(Cell(text, widths[col]))
        check(sheet.set_row(row, fit_height(texts)), "tinggi baris")
    last = first + len(records) - 1
    end = last
    if not records and empty is not None:
        end = first
        write_note(sheet, first, empty, formats.cell, widths)
    if total is not None and records:
        end = last + 1
        _total_row(sheet, formats, records, columns, widths, end, total, totals, sum_formulas)
    for index, text in enumerate(notes):
        end = max(last, first - 1) + (3 if total is not None and records else 2) + index
        write_note(sheet, end, text, formats.note, widths)
    if records:
        for highlight in highlights:
            _highlight(sheet, formats, columns, highlight, first, last)
    if filters and columns:
        check(sheet.autofilter(header_row, 0, max(last, first), last_col), "filter")
    if freeze:
        sheet.freeze_panes(first, freeze_columns)
    repeat = (header_row, header_row)
    if margins is None:
        print_a4(sheet, landscape=landscape, repeat=repeat, footer=footer)
    else:
        print_a4(sheet, landscape=landscape, repeat=repeat, footer=footer, margins=margins)
    if print_area:
        check(sheet.print_area(0, 0, max(end, header_row), max(last_col, 1)), "area cetak")
    return first, last


def column_widths(columns: Sequence[Col]) -> list[float]:
    """The widths :func:`write_table` gives ``columns`` (for text merged across them).

    A column is at least as wide as the longest word of its heading, so no heading breaks
    mid-word on paper; a date column is as wide as its longest date: a narrower one
    prints "###"."""
    return [
        max(c.width, word_width(c.label, bold=True), DATE_WIDTH if c.kind == "date" else 0)
        for c in columns
    ]


def below(last: int, notes: Sequence[str] = ()) -> int:
    """The first free row under a table ending at data row ``last`` with a total row and
    ``notes`` (where a chart goes)."""
    return max(last, FIRST_ROW - 1) + 3 + (len(notes) + 1 if notes else 0)


def write_titles(
    sheet: Any,
    formats: TableFormats,
    widths: Sequence[float],
    heading: str,
    subheading: str,
    row: int = 0,
) -> None:
    """The heading and subheading of a table sheet (from ``row``), each merged across the
    whole table (columns of ``widths``) and as tall as its wrapped text."""
    last_col = max(len(widths) - 1, 1)
    across = widths_sum(widths)
    check(sheet.merge_range(row, 0, row, last_col, heading, formats.heading), "judul")
    check(sheet.merge_range(row + 1, 0, row + 1, last_col, subheading, formats.subheading), "judul")
    check(sheet.set_row(row, fit_height([Cell(heading, across, 12, True)], 20)), "tinggi baris")
    check(sheet.set_row(row + 1, fit_height([Cell(subheading, across, 11, True)])), "tinggi baris")


def write_note(sheet: Any, row: int, text: str, fmt: Any, widths: Sequence[float]) -> None:
    """A line of text under a table, merged across it and as tall as it needs."""
    last_col = max(len(widths) - 1, 1)
    # Written with write(), under the workbook's strings_to_formulas=False: a person's
    # "=1+1" in the text stays text.
    check(sheet.merge_range(row, 0, row, last_col, cell_text(text), fmt), "catatan")
    check(sheet.set_row(row, fit_height([Cell(text, widths_sum(widths))])), "tinggi baris")


class _Links:
    """Counts the links of one sheet, within Excel's limit."""

    def __init__(self) -> None:
        self.count = 0

    def write(self, sheet: Any, row: int, col: int, link: Link, fmt: Any, text_fmt: Any) -> None:
        url = link.url
        if len(url) > MAX_LINK_CHARS or self.count >= MAX_LINKS_PER_SHEET or has_control(url):
            # A name with control characters cannot be a link: shown without them.
            write_value(sheet, row, col, link.text, text_fmt)
            return
        self.count += 1
        options = {"string": cell_text(link.text)}
        if link.tip is not None:
            options["tip"] = link.tip
        check(sheet.write_url(row, col, url, fmt, **options), "tautan")


def _cell(
    sheet: Any,
    formats: TableFormats,
    links: _Links,
    row: int,
    col: int,
    column: Col,
    value: object,
) -> str | None:
    """Write one cell; return its text when it wraps (for the row's height)."""
    kind = column.kind
    text_fmt = formats.cell_center if column.center else formats.cell
    if is_missing(value) or value == "":
        check(sheet.write_blank(row, col, None, text_fmt), "sel kosong")
    elif isinstance(value, Link):
        links.write(
            sheet, row, col, value, formats.link_center if column.center else formats.link, text_fmt
        )
        return value.text
    elif kind == "date" and isinstance(value, date | datetime | pd.Timestamp):
        day = value.date() if isinstance(value, datetime | pd.Timestamp) else value
        check(sheet.write_datetime(row, col, day, formats.day), "tanggal")
    elif kind in ("int", "number"):
        check(sheet.write_number(row, col, int(str(value)), formats.number), "angka")
    elif kind == "share":
        check(sheet.write_number(row, col, float(str(value)), formats.share), "persen")
    elif kind == "yes_no" and isinstance(value, bool | int):
        write_value(sheet, row, col, "Ya" if value else "Tidak", formats.cell_center)
    else:
        write_value(sheet, row, col, str(value), text_fmt)
        return str(value) if kind == "text" else None
    return None


def _total_row(
    sheet: Any,
    formats: TableFormats,
    records: Sequence[Mapping[Any, object]],
    columns: Sequence[Col],
    widths: Sequence[float],
    row: int,
    label: str,
    totals: Mapping[str, object] | None,
    sum_formulas: bool,
) -> None:
    at = next((i for i, c in enumerate(columns) if c.kind != "number"), 0)
    given = totals or {}
    first, last = row - len(records), row - 1
    for col, column in enumerate(columns):
        value = given.get(column.key)
        if col == at:
            write_value(sheet, row, col, label, formats.label)
        elif column.key in given and not is_missing(value):
            fmt = formats.total_share if column.kind == "share" else formats.total
            check(sheet.write_number(row, col, float(str(value)), fmt), "jumlah")
        elif column.kind == "int" and column.key not in given:
            values = [r.get(column.key) for r in records]
            number = sum(int(float(str(v))) for v in values if not is_missing(v))
            if sum_formulas:
                span = refs.cell_range((first, col), (last, col))
                formula = f"=SUM({span})"
                check(sheet.write_formula(row, col, formula, formats.total, number), "jumlah")
            else:
                check(sheet.write_number(row, col, number, formats.total), "jumlah")
        else:
            check(sheet.write_blank(row, col, None, formats.label), "sel kosong")
    check(sheet.set_row(row, fit_height([Cell(label, widths[at], bold=True)])), "baris")


def _highlight(
    sheet: Any,
    formats: TableFormats,
    columns: Sequence[Col],
    highlight: Highlight,
    first: int,
    last: int,
) -> None:
    col = next(i for i, c in enumerate(columns) if c.key == highlight.key)
    value = highlight.value.replace('"', '""')
    fmt = formats.fill(highlight.colour)
    if highlight.whole_row:
        column = refs.column(col)
        rule = {"type": "formula", "criteria": f'=${column}{first + 1}="{value}"', "format": fmt}
        where = (first, 0, last, len(columns) - 1)
    else:
        rule = {"type": "cell", "criteria": "==", "value": f'"{value}"', "format": fmt}
        where = (first, col, last, col)
    check(sheet.conditional_format(*where, rule), "warna baris")
