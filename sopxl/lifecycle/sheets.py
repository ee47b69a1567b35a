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
from sopxl.forms.xlsx import DATE_FORMAT, check, print_a4, write_value

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
) -> tuple[int, int]:
    """Write ``frame`` as a table; return its first and last data rows (zero-based; last
    < first when empty). With ``total``, a last bold row under that label shows
    ``totals[key]`` for the keys given (figures computed by the caller, e.g. pooled
    shares) and sums the other ``int`` columns; other columns stay blank. ``notes`` (how
    each figure is computed) follow below the table, one merged line each: see
    :func:`below`."""
    last_col = len(columns) - 1
    check(sheet.merge_range(0, 0, 0, max(last_col, 1), heading, formats.heading), "judul")
    check(sheet.merge_range(1, 0, 1, max(last_col, 1), subheading, formats.subheading), "judul")
    for col, column in enumerate(columns):
        check(sheet.write_string(HEADER_ROW, col, column.label, formats.header), "judul kolom")
        check(sheet.set_column(col, col, column.width), "lebar kolom")
    check(sheet.set_row(HEADER_ROW, 45), "tinggi baris")
    records = frame.to_dict("records")
    for index, record in enumerate(records):
        row = FIRST_ROW + index
        for col, column in enumerate(columns):
            _cell(sheet, formats, row, col, column.kind, record.get(column.key))
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
    note_row = max(last, FIRST_ROW - 1) + (3 if total is not None and records else 2)
    for index, text in enumerate(notes):
        check(
            sheet.merge_range(
                note_row + index, 0, note_row + index, max(last_col, 1), text, formats.note
            ),
            "cara menghitung",
        )
    if columns:
        check(sheet.autofilter(HEADER_ROW, 0, max(last, FIRST_ROW), last_col), "filter")
    sheet.freeze_panes(FIRST_ROW, 0)
    print_a4(sheet, landscape=True, repeat=(HEADER_ROW, HEADER_ROW))
    return first, last


def below(last: int, notes: Sequence[str] = ()) -> int:
    """The first free row under a table ending at data row ``last`` with a total row and
    ``notes`` (where a chart goes)."""
    return max(last, FIRST_ROW - 1) + 3 + (len(notes) + 1 if notes else 0)


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


def column_chart(
    workbook: Any,
    sheet: Any,
    title: str,
    y_title: str,
    series: Sequence[int],
    first: int,
    last: int,
    category_col: int = 1,
    stacked: bool = False,
    percent: bool = False,
) -> Any:
    """A native column chart over rows ``first``..``last`` of ``sheet``: one series per
    column in ``series`` (named by its header), categories from ``category_col``."""
    options: dict[str, Any] = {"type": "column"}
    if stacked:
        options["subtype"] = "stacked"
    chart = workbook.add_chart(options)
    for col in series:
        chart.add_series(
            {
                "name": [sheet.name, HEADER_ROW, col],
                "categories": [sheet.name, first, category_col, last, category_col],
                "values": [sheet.name, first, col, last, col],
            }
        )
    chart.set_title({"name": title, "name_font": {"size": 12}})
    axis: dict[str, Any] = {"name": y_title}
    if percent:
        axis.update({"num_format": "0%", "max": 1, "min": 0})
    chart.set_y_axis(axis)
    chart.set_x_axis({"num_font": {"rotation": -45}})
    chart.set_legend({"position": "bottom"})
    chart.set_size({"width": 960, "height": 380})
    return chart


def place_chart(sheet: Any, chart: Any, row: int) -> None:
    check(sheet.insert_chart(row, 0, chart), "grafik")
