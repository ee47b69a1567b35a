"""What every sheet of the SOP form shares: its cell formats, the hidden list sheet,
protection, A4 print setup, input messages and rows that grow with their text."""

from __future__ import annotations

from datetime import date
from typing import Any

from sopxl.forms import sop_spec as spec
from sopxl.xlsx import refs, textfit
from sopxl.xlsx.workbook import (
    DATE_FORMAT,
    HEADING_FILL,
    HIGHLIGHT_FILL,
    INPUT_FILL,
    LABEL_FILL,
    check,
    print_a4,
    protect_sheet,
)

LINE_HEIGHT = 12.75
STEP_ROW_HEIGHT = 45.0
LIST_TEXT_WIDTH = 54.0
VALUE_WIDTH = 38.0
EARLIEST_DATE = date(1945, 1, 1)
LATEST_DATE = date(2100, 12, 31)
"""The range the form's date validation accepts (and its error message names)."""


class Formats:
    """The cell formats of the SOP form, created once per workbook."""

    def __init__(self, workbook: Any) -> None:
        base = {"font_name": "Arial", "font_size": 10, "valign": "top", "text_wrap": True}
        border = {**base, "border": 1}

        def add(common: dict[str, Any] | None = None, **props: Any) -> Any:
            return workbook.add_format({**(common or {}), **props})

        self.heading = add(base, bold=True, font_size=12, align="center", valign="vcenter")
        self.label = add(border, bold=True, bg_color=LABEL_FILL, valign="vcenter")
        self.label_center = add(
            border, bold=True, bg_color=LABEL_FILL, align="center", valign="vcenter"
        )
        self.column_number = add(
            border, italic=True, bg_color=LABEL_FILL, align="center", font_size=8
        )
        self.list_number = add(border, align="right")
        self.plain = add(base)
        self.plain_border = add(border)
        self.note = add(base, italic=True, font_color="#404040")
        self.input = add(border, bg_color=INPUT_FILL, locked=False, num_format="@")
        self.input_center = add(
            border,
            bg_color=INPUT_FILL,
            locked=False,
            align="center",
            valign="vcenter",
            num_format="@",
        )
        self.input_actor = add(
            border,
            bg_color=INPUT_FILL,
            locked=False,
            align="center",
            valign="vcenter",
            bold=True,
            num_format="@",
        )
        self.input_number = add(
            border, bg_color=INPUT_FILL, locked=False, align="center", num_format="0"
        )
        self.input_date = add(
            border, bg_color=INPUT_FILL, locked=False, num_format=DATE_FORMAT, align="left"
        )
        self.title_big = add(
            font_name="Arial",
            font_size=22,
            bold=True,
            align="center",
            valign="vcenter",
            text_wrap=True,
        )
        self.title_mid = add(
            font_name="Arial",
            font_size=16,
            bold=True,
            align="center",
            valign="vcenter",
            text_wrap=True,
        )
        self.title_small = add(
            font_name="Arial", font_size=12, align="center", valign="vcenter", text_wrap=True
        )
        self.guide_head = add(
            border, bold=True, bg_color=HEADING_FILL, align="center", valign="vcenter"
        )
        self.section = add(font_name="Arial", font_size=11, bold=True)
        self.highlight = {"bg_color": HIGHLIGHT_FILL}


def add_lists_sheet(workbook: Any, formats: Formats) -> Any:
    """The hidden sheet holding the closed choices, behind defined names."""
    sheet = workbook.add_worksheet(spec.SHEET_LISTS)
    check(sheet.write_string(0, 0, "Simbol", formats.label), "judul daftar")
    for index, choice in enumerate(spec.SYMBOL_CHOICES, start=1):
        check(sheet.write_string(index, 0, choice, formats.plain), "daftar simbol")
    check(sheet.set_column(0, 0, 28), "lebar kolom")
    last = len(spec.SYMBOL_CHOICES)
    check(
        workbook.define_name(
            spec.LIST_NAME_SYMBOLS,
            f"={refs.sheet_cell(spec.SHEET_LISTS, 1, 0)}:"
            f"{refs.sheet_cell(spec.SHEET_LISTS, last, 0).split('!')[1]}",
        ),
        "nama daftar simbol",
    )
    sheet.protect("", {})
    return sheet


SOP_FOOTER = "&L&8Lampiran II Perbup Kukar 57/2012&R&8Halaman &P dari &N"


def protect(sheet: Any, insert_rows: bool) -> None:
    """Protect labels (no password): people may resize, and insert rows where lists grow."""
    protect_sheet(sheet, insert_rows=insert_rows)


def a4(sheet: Any, landscape: bool) -> None:
    print_a4(sheet, landscape, footer=SOP_FOOTER)


def input_message(key: str, table: dict[str, tuple[str, str]]) -> dict[str, str]:
    title, message = table[key]
    return {"input_title": title, "input_message": message}


def text_lines(text: str, width: float) -> int:
    """How many lines ``text`` needs in a wrapped cell ``width`` characters wide (Arial 10,
    :mod:`sopxl.xlsx.textfit`)."""
    return textfit.text_lines(text, width)


def grow_row(sheet: Any, row: int, text: str, width: float, heights: dict[int, float]) -> None:
    """Make ``row`` tall enough for ``text``: spreadsheets do not grow merged cells by
    themselves, and a filled form must print without cut-off text."""
    needed = textfit.lines_height(text_lines(text, width))
    if text and needed > heights.get(row, 16.0):
        heights[row] = needed
        check(sheet.set_row(row, needed), "tinggi baris")
