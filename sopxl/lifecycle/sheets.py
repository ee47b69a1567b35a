"""Table sheets of the lifecycle exports: a heading, a header row, one row per record,
filters, frozen header, A4 landscape with repeated header rows; and native Excel charts.

Values people typed are written as text (never a formula or link); dates as dates;
shares as percentages.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pandas as pd

from sopxl.forms.org_form import TableFormats
from sopxl.xlsx.textfit import Cell, fit_height, widths_sum
from sopxl.xlsx.workbook import DATE_FORMAT, FOOTER, check, print_a4, write_value

HEADER_ROW = 3
FIRST_ROW = 4


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


def _missing(value: object) -> bool:
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
    widths = [column.width for column in columns]
    write_titles(sheet, formats, widths, heading, subheading)
    for col, column in enumerate(columns):
        check(sheet.write_string(HEADER_ROW, col, column.label, formats.header), "judul kolom")
        check(sheet.set_column(col, col, column.width), "lebar kolom")
    header = fit_height((Cell(c.label, c.width, bold=True) for c in columns), 15)
    check(sheet.set_row(HEADER_ROW, header), "tinggi baris")
    records = frame.to_dict("records")
    for index, record in enumerate(records):
        row = FIRST_ROW + index
        texts = []
        for col, column in enumerate(columns):
            value = record.get(column.key)
            _cell(sheet, formats, row, col, column.kind, value)
            if column.kind == "text" and not _missing(value):
                texts.append(Cell(str(value), column.width))
        check(sheet.set_row(row, fit_height(texts)), "tinggi baris")
    first, last = FIRST_ROW, FIRST_ROW + len(records) - 1
    if total is not None and records:
        row = last + 1
        write_value(sheet, row, 0, total, formats.label)
        given = totals or {}
        for col, column in enumerate(columns[1:], start=1):
            values = [str(r[column.key]) for r in records if not _missing(r.get(column.key))]
            value = given.get(column.key)
            if column.key in given and not _missing(value):
                fmt = formats.total_share if column.kind == "share" else formats.total
                check(sheet.write_number(row, col, float(str(value)), fmt), "jumlah")
            elif column.kind == "int" and column.key not in given:
                check(
                    sheet.write_number(row, col, sum(int(float(v)) for v in values), formats.total),
                    "jumlah",
                )
            else:
                check(sheet.write_blank(row, col, None, formats.label), "sel kosong")
        check(sheet.set_row(row, fit_height([Cell(total, columns[0].width, bold=True)])), "baris")
    note_row = max(last, FIRST_ROW - 1) + (3 if total is not None and records else 2)
    for index, text in enumerate(notes):
        write_note(sheet, note_row + index, text, formats.note, [c.width for c in columns])
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
    if _missing(value):
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


@dataclass(frozen=True)
class BarSeries:
    """A series of a bar chart: the frame column ``key`` and its legend ``label``."""

    key: str
    label: str


CHART_DATA_COL = 12
"""Where a chart sheet keeps the chart's data: right of its print area, so it is there
for the chart and for whoever wants the numbers, but never printed under the chart."""


def bar_chart_sheet(
    workbook: Any,
    formats: TableFormats,
    name: str | Any,
    title: str,
    frame: pd.DataFrame,
    series: Sequence[BarSeries],
    axis: str,
    what_missing: str,
    label_key: str = "agency",
    percent: bool = False,
    stacked: bool = False,
    footer: str = FOOTER,
) -> Any:
    """A sheet of its own (named ``name``, or ``name`` itself when it is a sheet already
    added, to keep the workbook's sheet order) holding one horizontal bar chart of
    ``frame`` (one bar per row, labelled by ``label_key``), printed alone on one A4 page.

    Only rows with a value in some series are drawn, sorted by their values (largest on
    top); a line under the title says how many have none (``what_missing`` completes
    "N SKPD ..."). Every category label is shown: the chart is as tall as its bars need.
    """
    keys = [s.key for s in series]
    values = frame[keys].apply(pd.to_numeric, errors="coerce")
    score = values.fillna(0).sum(axis=1)
    has_data = values.notna().any(axis=1) & (score > 0)
    shown = frame[has_data].assign(_score=score[has_data])
    shown = shown.sort_values(["_score", label_key], ascending=[True, False], kind="stable")
    missing = int((~has_data).sum())
    sheet = workbook.add_worksheet(name) if isinstance(name, str) else name
    widths = [9.0] * 10
    check(sheet.set_column(0, len(widths) - 1, widths[0]), "lebar kolom")
    note = (
        f"{missing} SKPD {what_missing} dan tidak ditampilkan."
        if missing
        else "Semua SKPD ditampilkan."
    )
    write_titles(sheet, formats, widths, title, note)
    data_col = CHART_DATA_COL
    check(sheet.write_string(0, data_col, "Data grafik", formats.header), "judul data")
    check(sheet.set_column(data_col, data_col, 30), "lebar kolom")
    for offset, item in enumerate(series, start=1):
        check(sheet.write_string(0, data_col + offset, item.label, formats.header), "seri")
        check(sheet.set_column(data_col + offset, data_col + offset, 14), "lebar kolom")
    for row, record in enumerate(shown.to_dict("records"), start=1):
        write_value(sheet, row, data_col, str(record[label_key]), formats.cell)
        for offset, item in enumerate(series, start=1):
            number = record[item.key]
            value = None if _missing(number) else float(number)
            write_value(sheet, row, data_col + offset, value, formats.number)
    count = len(shown)
    per_bar = 16 if stacked else 14 * len(series)
    height = max(240, 60 + count * per_bar)
    if count:
        options: dict[str, Any] = {"type": "bar"}
        if stacked:
            options["subtype"] = "stacked"
        chart = workbook.add_chart(options)
        for offset in range(1, len(series) + 1):
            chart.add_series(
                {
                    "name": [sheet.name, 0, data_col + offset],
                    "categories": [sheet.name, 1, data_col, count, data_col],
                    "values": [sheet.name, 1, data_col + offset, count, data_col + offset],
                    "gap": 60,
                }
            )
        chart.set_title({"none": True})
        value_axis: dict[str, Any] = {"name": axis, "major_gridlines": {"visible": True}}
        if percent:
            value_axis.update({"num_format": "0%", "max": 1, "min": 0})
        # In a bar chart XlsxWriter's x axis is the horizontal value axis and its y axis
        # the vertical category axis: every SKPD's label shown (tickLblSkip 1).
        chart.set_x_axis(value_axis)
        chart.set_y_axis({"interval_unit": 1, "num_font": {"size": 8}})
        if len(series) > 1:
            chart.set_legend({"position": "top"})
        else:
            chart.set_legend({"none": True})
        chart.set_size({"width": 670, "height": height})
        check(sheet.insert_chart(3, 0, chart, {"object_position": 3}), "grafik")
    last_row = 3 + height // 20 + 2
    sheet.hide_gridlines(2)
    print_a4(sheet, landscape=False, footer=footer)
    sheet.fit_to_pages(1, 1)
    check(sheet.print_area(0, 0, last_row, len(widths) - 1), "area cetak")
    return sheet
