"""The bar chart writer of every export and report: a sheet of its own holding one native
horizontal bar chart, sized for 53 SKPDs (every label shown) and printed alone on a page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from sopxl.xlsx.tables import TableFormats, is_missing, write_titles
from sopxl.xlsx.workbook import FOOTER, check, print_a4, write_value


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
            value = None if is_missing(number) else float(number)
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
