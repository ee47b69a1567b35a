"""The one text-metrics helper: widths a value needs so that it prints in full."""

from __future__ import annotations

from sopxl.xlsx.textfit import CELL_PADDING, column_points, fit_width, text_points
from sopxl.xlsx.workbook import DATE_MONTHS, DATE_WIDTH


def test_fit_width_is_the_narrowest_half_step_holding_the_text() -> None:
    for text in ("28 September 2024", "1 Mei 2024", "31/12/2024", "Disosialisasikan"):
        width = fit_width(text)
        assert column_points(width) - CELL_PADDING >= text_points(text)
        assert column_points(width - 0.5) - CELL_PADDING < text_points(text)


def test_every_indonesian_long_date_fits_a_date_column() -> None:
    # The reviewer's "###": "17 Februari 2024" in a 12-character column.
    dates = [f"{day} {month} 2024" for day in (1, 17, 28) for month in DATE_MONTHS]
    assert all(fit_width(text) <= DATE_WIDTH for text in dates)
    assert fit_width("28 September 2024") == DATE_WIDTH > 12
