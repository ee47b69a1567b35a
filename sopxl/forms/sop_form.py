"""Writes the Lampiran II SOP form workbook, blank or pre-filled from a :class:`Sop`.

The same writer makes the blank template, the pre-filled forms, and the copies that go
back to an SKPD after a check (rebuilt from the template with the submitted data and
with marked cells), so all of them share one layout.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sopxl.forms import sop_spec as spec
from sopxl.forms.sop_layout import Cell, SopFormLayout
from sopxl.forms.xlsx import (
    DATE_FORMAT,
    HEADING_FILL,
    HIGHLIGHT_FILL,
    INPUT_FILL,
    LABEL_FILL,
    cell_ref,
    check,
    open_workbook,
    stamp_names,
    validate,
    write_value,
)
from sopxl.model import Sop, Step
from sopxl.parsing import format_duration

WORKBOOK_TITLE = "Formulir Standar Operasional Prosedur (Lampiran II Perbup Kukar 57/2012)"
MIN_DATE_LITERAL = "1945-01-01"
LINE_HEIGHT = 12.75
STEP_ROW_HEIGHT = 45.0
LIST_TEXT_WIDTH = 54.0
VALUE_WIDTH = 38.0


@dataclass(frozen=True)
class CellMark:
    """A finding to show on a cell of a returned copy: highlighted, with a comment."""

    cell: Cell
    message: str


def layout_for(sop: Sop, base: SopFormLayout | None = None) -> SopFormLayout:
    """A layout large enough for ``sop`` and at least as large as ``base``."""
    base = base or SopFormLayout()
    ident = sop.identity
    longest_list = max(len(getattr(ident, list_spec.key)) for list_spec in spec.LISTS)
    return SopFormLayout(
        actors=max(base.actors, len(sop.actors)),
        steps=max(base.steps, len(sop.steps)),
        list_rows=max(base.list_rows, longest_list),
    )


def write_sop_form(
    path: Path | str, sop: Sop | None = None, layout: SopFormLayout | None = None
) -> SopFormLayout:
    """Write an SOP form workbook to ``path`` and return the layout it used.

    With ``sop`` the form is pre-filled with everything the SOP holds; without, it is the
    blank template. The layout grows to fit the SOP's actors, steps and list entries.
    """
    sop = sop or Sop()
    layout = layout_for(sop, layout)
    workbook = open_workbook(path, WORKBOOK_TITLE, spec.KIND, spec.VERSION)
    build_sop_form(workbook, sop, layout)
    check(workbook.close(), "menyimpan workbook")
    return layout


def build_sop_form(
    workbook: Any,
    sop: Sop,
    layout: SopFormLayout,
    marks: Sequence[CellMark] = (),
    activate: bool = True,
) -> None:
    """Add the SOP form's sheets to an open workbook (after any sheets already there).

    ``marks`` highlight cells and attach the finding's message as a comment. With
    ``activate`` the identity sheet is the one that opens; a caller that adds its own first
    sheet passes ``False`` and activates that one. The caller closes the workbook.
    """
    formats = _Formats(workbook)
    lists_sheet = _add_lists_sheet(workbook, formats)
    _write_title_page(workbook.add_worksheet(spec.SHEET_TITLE), formats, sop, layout)
    _write_identity(workbook.add_worksheet(spec.SHEET_IDENTITY), formats, sop, layout)
    _write_procedure(workbook.add_worksheet(spec.SHEET_PROCEDURE), formats, sop, layout)
    _write_guide(workbook.add_worksheet(spec.SHEET_GUIDE), formats)
    # The hidden list sheet is added first so that its defined name resolves, but it is
    # moved out of sight; the identity sheet is what opens.
    lists_sheet.hide()
    if activate:
        workbook.get_worksheet_by_name(spec.SHEET_IDENTITY).activate()
    stamp_names(workbook, spec.KIND, spec.VERSION)
    _apply_marks(workbook, formats, marks)


class _Formats:
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


def _add_lists_sheet(workbook: Any, formats: _Formats) -> Any:
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
            f"={cell_ref(spec.SHEET_LISTS, 1, 0)}:"
            f"{cell_ref(spec.SHEET_LISTS, last, 0).split('!')[1]}",
        ),
        "nama daftar simbol",
    )
    sheet.protect("", {})
    return sheet


def _protect(sheet: Any, insert_rows: bool) -> None:
    """Protect labels (no password): people may resize, and insert rows where lists grow."""
    sheet.protect(
        "",
        {
            "format_columns": True,
            "format_rows": True,
            "insert_rows": insert_rows,
            "delete_rows": insert_rows,
        },
    )


def _a4(sheet: Any, landscape: bool) -> None:
    sheet.set_paper(9)
    if landscape:
        sheet.set_landscape()
    else:
        sheet.set_portrait()
    sheet.fit_to_pages(1, 0)
    check(sheet.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6), "margin")
    check(
        sheet.set_footer("&L&8sopxl — Lampiran II Perbup Kukar 57/2012&R&8Halaman &P dari &N"),
        "kaki halaman",
    )


def _input_message(key: str, table: dict[str, tuple[str, str]]) -> dict[str, str]:
    title, message = table[key]
    return {"input_title": title, "input_message": message}


# --- Halaman Judul ----------------------------------------------------------------------


def _write_title_page(sheet: Any, formats: _Formats, sop: Sop, layout: SopFormLayout) -> None:
    ident = sop.identity

    def linked(
        row: int, key: str, value: str, placeholder: str, fmt: Any, prefix: str = ""
    ) -> None:
        _, src_row, src_col = layout.identity_cell(key)
        ref = cell_ref(spec.SHEET_IDENTITY, src_row, src_col)
        quoted_prefix = prefix.replace('"', '""')
        formula = f'=IF({ref}="","{placeholder}","{quoted_prefix}"&{ref})'
        shown = f"{prefix}{value}" if value else placeholder
        check(sheet.merge_range(row, 0, row, 2, "", fmt), "gabung sel judul")
        check(sheet.write_formula(row, 0, formula, fmt, shown), "rumus halaman judul")

    check(sheet.set_column(0, 0, 8), "lebar kolom")
    check(sheet.set_column(1, 1, 70), "lebar kolom")
    check(sheet.set_column(2, 2, 8), "lebar kolom")
    check(
        sheet.merge_range(1, 0, 1, 2, f"PEMERINTAH {spec.REGENCY}", formats.title_mid),
        "judul pemerintah",
    )
    linked(
        2,
        "agency",
        ident.agency.upper(),
        "(Nama SKPD diisi di lembar Identitas SOP)",
        formats.title_small,
    )
    check(sheet.merge_range(9, 0, 9, 2, spec.TITLE_HEADING, formats.title_big), "judul SOP")
    check(sheet.merge_range(10, 0, 10, 2, "(SOP)", formats.title_mid), "judul SOP")
    linked(13, "title", ident.title, "(Nama SOP diisi di lembar Identitas SOP)", formats.title_mid)
    linked(15, "code", ident.code, "(Nomor SOP)", formats.title_small, prefix="Nomor: ")
    linked(18, "unit", ident.unit, "", formats.title_small)
    linked(19, "section", ident.section, "", formats.title_small)
    check(sheet.merge_range(28, 0, 28, 2, spec.REGENCY, formats.title_mid), "judul kabupaten")
    check(sheet.set_row(9, 36), "tinggi baris")
    check(sheet.set_row(13, 60), "tinggi baris")
    _a4(sheet, landscape=False)
    sheet.center_horizontally()
    check(sheet.print_area(0, 0, 30, 2), "area cetak")
    _protect(sheet, insert_rows=False)


# --- Identitas SOP ----------------------------------------------------------------------


def _write_identity(sheet: Any, formats: _Formats, sop: Sop, layout: SopFormLayout) -> None:
    ident = sop.identity
    heights: dict[int, float] = {}
    for col, width in enumerate(layout.IDENTITY_COLUMNS):
        check(sheet.set_column(col, col, width), "lebar kolom")
    check(sheet.merge_range(0, 0, 0, 5, spec.IDENTITY_HEADING, formats.heading), "judul")

    top = layout.HEADER_FIRST_ROW
    check(
        sheet.merge_range(top, 0, top, 2, f"PEMERINTAH {spec.REGENCY}", formats.label_center),
        "blok SKPD",
    )
    check(
        sheet.merge_range(top + 1, 0, top + 1, 2, spec.AGENCY_BLOCK_LABEL, formats.label_center),
        "blok SKPD",
    )
    for index, field in enumerate(spec.AGENCY_FIELDS):
        _, row, col = layout.agency_field_cell(index)
        check(sheet.merge_range(row, 0, row, 1, field.label, formats.label), "label SKPD")
        write_value(sheet, row, col, getattr(ident, field.key), formats.input)
        _grow_row(sheet, row, getattr(ident, field.key), VALUE_WIDTH, heights)
        validate(
            sheet,
            (row, col),
            (row, col),
            {"validate": "any", **_input_message(field.key, spec.IDENTITY_INPUT)},
        )
    blank_row = top + 2 + len(spec.AGENCY_FIELDS)
    last_header_row = top + len(spec.HEADER_FIELDS) - 1
    if blank_row <= last_header_row:
        check(
            sheet.merge_range(blank_row, 0, last_header_row, 2, "", formats.plain_border),
            "blok SKPD",
        )

    for index, field in enumerate(spec.HEADER_FIELDS):
        _, row, col = layout.header_field_cell(index)
        check(sheet.merge_range(row, 3, row, 4, field.label, formats.label), "label")
        value = getattr(ident, field.key)
        _write_identity_input(sheet, formats, row, col, field, value)
        if isinstance(value, str):
            _grow_row(sheet, row, value, VALUE_WIDTH, heights)

    for pair_index, pair in enumerate(spec.LIST_PAIRS):
        heading_row = layout.list_heading_row(pair_index)
        for side, list_spec in enumerate(pair):
            first_col = 0 if side == 0 else 3
            check(
                sheet.merge_range(
                    heading_row,
                    first_col,
                    heading_row,
                    first_col + 2,
                    list_spec.label,
                    formats.label,
                ),
                "judul daftar",
            )
            items: tuple[str, ...] = getattr(ident, list_spec.key)
            for item in range(layout.list_rows):
                _, row, col = layout.list_item_cell(list_spec.key, item)
                check(
                    sheet.write_string(row, first_col, f"{item + 1}.", formats.list_number),
                    "nomor daftar",
                )
                check(sheet.merge_range(row, col, row, col + 1, "", formats.input), "isian daftar")
                text = items[item] if item < len(items) else ""
                write_value(sheet, row, col, text, formats.input)
                _grow_row(sheet, row, text, LIST_TEXT_WIDTH, heights)
            _, first_row, col = layout.list_item_cell(list_spec.key, 0)
            validate(
                sheet,
                (first_row, col),
                (first_row + layout.list_rows - 1, col + 1),
                {"validate": "any", **_input_message(list_spec.key, spec.IDENTITY_INPUT)},
            )

    heading = layout.approval_heading_row
    check(
        sheet.merge_range(heading, 3, heading, 5, spec.APPROVAL_HEADING, formats.label_center),
        "judul pengesahan",
    )
    check(
        sheet.merge_range(
            heading,
            0,
            layout.identity_last_row,
            2,
            "Pengesahan (18): diisi dengan nama dan tanda tangan Kepala SKPD. "
            "Tanda tangan dan cap dibubuhkan pada dokumen yang dicetak.",
            formats.note,
        ),
        "catatan pengesahan",
    )
    for index, field in enumerate(spec.APPROVAL_FIELDS):
        _, row, col = layout.approval_field_cell(index)
        check(sheet.merge_range(row, 3, row, 4, field.label, formats.label), "label")
        _write_identity_input(sheet, formats, row, col, field, getattr(ident.approval, field.key))

    _a4(sheet, landscape=False)
    check(sheet.print_area(0, 0, layout.identity_last_row, 5), "area cetak")
    _protect(sheet, insert_rows=True)


def _text_lines(text: str, width: float) -> int:
    """How many lines ``text`` needs in a wrapped cell ``width`` characters wide (Arial 10)."""
    per_line = max(1, int(width * 1.3))
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n")) if text else 1


def _grow_row(sheet: Any, row: int, text: str, width: float, heights: dict[int, float]) -> None:
    """Make ``row`` tall enough for ``text``: spreadsheets do not grow merged cells by
    themselves, and a filled form must print without cut-off text."""
    needed = LINE_HEIGHT * _text_lines(text, width) + 3
    if text and needed > heights.get(row, 16.0):
        heights[row] = needed
        check(sheet.set_row(row, needed), "tinggi baris")


def _write_identity_input(
    sheet: Any, formats: _Formats, row: int, col: int, field: spec.FieldSpec, value: object
) -> None:
    message = _input_message(field.key, spec.IDENTITY_INPUT)
    if field.kind == "date":
        write_value(sheet, row, col, value, formats.input_date, formats.input_date)
        error_title, error_message = spec.ERROR_MESSAGES["date"]
        validate(
            sheet,
            (row, col),
            (row, col),
            {
                "validate": "date",
                "criteria": "between",
                "minimum": _date(MIN_DATE_LITERAL),
                "maximum": _date("2100-12-31"),
                "error_title": error_title,
                "error_message": error_message,
                **message,
            },
        )
    elif field.kind == "nip":
        write_value(sheet, row, col, value, formats.input)
        error_title, error_message = spec.ERROR_MESSAGES["nip"]
        validate(
            sheet,
            (row, col),
            (row, col),
            {
                "validate": "length",
                "criteria": "between",
                "minimum": 18,
                "maximum": 21,
                "error_title": error_title,
                "error_message": error_message,
                **message,
            },
        )
    else:
        write_value(sheet, row, col, value, formats.input)
        validate(sheet, (row, col), (row, col), {"validate": "any", **message})


def _date(text: str) -> Any:
    from datetime import date

    return date.fromisoformat(text)


# --- Uraian Prosedur --------------------------------------------------------------------


def _write_procedure(sheet: Any, formats: _Formats, sop: Sop, layout: SopFormLayout) -> None:
    widths = {layout.COL_NUMBER: 5, layout.COL_DESCRIPTION: 40}
    for actor in range(layout.actors):
        widths[layout.FIRST_ACTOR_COL + actor] = 14
    widths.update(
        {
            layout.col_requirements: 22,
            layout.col_duration: 11,
            layout.col_output: 20,
            layout.col_note: 14,
            layout.col_note + 1: 3,
            layout.col_yes: 13,
            layout.col_no: 13,
        }
    )
    for col, width in widths.items():
        check(sheet.set_column(col, col, width), "lebar kolom")

    last_printed = layout.col_note
    check(
        sheet.merge_range(0, 0, 0, last_printed, spec.PROCEDURE_HEADING, formats.heading), "judul"
    )
    _, title_row, title_col = layout.identity_cell("title")
    ref = cell_ref(spec.SHEET_IDENTITY, title_row, title_col)
    check(sheet.merge_range(1, 0, 1, last_printed, "", formats.plain), "nama SOP")
    title = sop.identity.title
    check(
        sheet.write_formula(1, 0, f'="Nama SOP: "&{ref}', formats.plain, f"Nama SOP: {title}"),
        "nama SOP",
    )

    top, names, numbers = layout.HEADING_ROW, layout.ACTOR_NAME_ROW, layout.COLUMN_NUMBER_ROW
    check(sheet.merge_range(top, 0, names, 0, spec.COL_NUMBER, formats.label_center), "No")
    check(sheet.merge_range(top, 1, names, 1, spec.COL_DESCRIPTION, formats.label_center), "Uraian")
    first_actor, last_actor = layout.FIRST_ACTOR_COL, layout.FIRST_ACTOR_COL + layout.actors - 1
    check(
        sheet.merge_range(top, first_actor, top, last_actor, spec.COL_ACTORS, formats.label_center),
        "Pelaksana",
    )
    check(
        sheet.merge_range(
            top,
            layout.col_requirements,
            top,
            layout.col_output,
            spec.COL_QUALITY,
            formats.label_center,
        ),
        "Mutu Baku",
    )
    check(
        sheet.merge_range(
            top, layout.col_note, names, layout.col_note, spec.COL_NOTE, formats.label_center
        ),
        "Ket",
    )
    for col, text in (
        (layout.col_requirements, spec.COL_REQUIREMENTS),
        (layout.col_duration, spec.COL_DURATION),
        (layout.col_output, spec.COL_OUTPUT),
        (layout.col_yes, spec.COL_YES),
        (layout.col_no, spec.COL_NO),
    ):
        check(sheet.write_string(names, col, text, formats.label_center), "judul kolom")
    check(
        sheet.merge_range(
            top, layout.col_yes, top, layout.col_no, spec.COL_DECISION, formats.label_center
        ),
        "judul keputusan",
    )
    for actor in range(layout.actors):
        name = sop.actors[actor].name if actor < len(sop.actors) else ""
        write_value(sheet, names, first_actor + actor, name, formats.input_actor)
    validate(
        sheet,
        (names, first_actor),
        (names, last_actor),
        {"validate": "any", **_input_message("actor_name", spec.PROCEDURE_INPUT)},
    )
    for col in range(last_printed + 1):
        check(sheet.write_number(numbers, col, col + 1, formats.column_number), "nomor kolom")
    check(sheet.set_row(top, 20), "tinggi baris")
    check(sheet.set_row(names, 42), "tinggi baris")

    for index in range(layout.steps):
        step = sop.steps[index] if index < len(sop.steps) else None
        _write_step_row(sheet, formats, sop, layout, index, step)

    first, last = layout.FIRST_STEP_ROW, layout.last_step_row
    symbol_title, symbol_error = spec.ERROR_MESSAGES["symbol"]
    validate(
        sheet,
        (first, first_actor),
        (last, last_actor),
        {
            "validate": "list",
            "source": f"={spec.LIST_NAME_SYMBOLS}",
            "error_title": symbol_title,
            "error_message": symbol_error,
            **_input_message("actor_mark", spec.PROCEDURE_INPUT),
        },
    )
    number_title, number_error = spec.ERROR_MESSAGES["number"]
    validate(
        sheet,
        (first, layout.COL_NUMBER),
        (last, layout.COL_NUMBER),
        {
            "validate": "integer",
            "criteria": "between",
            "minimum": 1,
            "maximum": 999,
            "error_title": number_title,
            "error_message": number_error,
            **_input_message("number", spec.PROCEDURE_INPUT),
        },
    )
    target_title, target_error = spec.ERROR_MESSAGES["target"]
    for key, col in (("yes_target", layout.col_yes), ("no_target", layout.col_no)):
        validate(
            sheet,
            (first, col),
            (last, col),
            {
                "validate": "integer",
                "criteria": "between",
                "minimum": 1,
                "maximum": 999,
                "error_title": target_title,
                "error_message": target_error,
                **_input_message(key, spec.PROCEDURE_INPUT),
            },
        )
    for key, col in (
        ("description", layout.COL_DESCRIPTION),
        ("requirements", layout.col_requirements),
        ("duration", layout.col_duration),
        ("output", layout.col_output),
        ("note", layout.col_note),
    ):
        validate(
            sheet,
            (first, col),
            (last, col),
            {"validate": "any", **_input_message(key, spec.PROCEDURE_INPUT)},
        )

    sheet.freeze_panes(first, layout.COL_DESCRIPTION + 1)
    _a4(sheet, landscape=True)
    sheet.repeat_rows(top, numbers)
    check(sheet.print_area(0, 0, last, last_printed), "area cetak")
    _protect(sheet, insert_rows=True)


def _write_step_row(
    sheet: Any, formats: _Formats, sop: Sop, layout: SopFormLayout, index: int, step: Step | None
) -> None:
    row = layout.step_row(index)
    number = step.number if step else index + 1
    check(sheet.write_number(row, layout.COL_NUMBER, number, formats.input_number), "No")
    values: dict[int, object] = {}
    if step is not None:
        values = {
            layout.COL_DESCRIPTION: step.description,
            layout.col_requirements: step.requirements,
            layout.col_duration: format_duration(step.duration) if step.duration else "",
            layout.col_output: step.output,
            layout.col_note: step.note,
            layout.col_yes: step.yes_target,
            layout.col_no: step.no_target,
        }
        if step.actor is not None and 0 <= step.actor < layout.actors:
            # An actor without a symbol came from an older form's plain tick: keep the tick
            # so the person sees what they wrote next to the finding that asks for a symbol.
            mark = step.symbol.label if step.symbol is not None else "x"
            values[layout.FIRST_ACTOR_COL + step.actor] = mark
    widths = {
        layout.COL_DESCRIPTION: 40.0,
        layout.col_requirements: 22.0,
        layout.col_output: 20.0,
        layout.col_note: 14.0,
        layout.col_duration: 11.0,
    }
    lines = max(_text_lines(str(values.get(col) or ""), width) for col, width in widths.items())
    check(sheet.set_row(row, max(STEP_ROW_HEIGHT, LINE_HEIGHT * lines + 4)), "tinggi baris")
    for col in [
        layout.COL_DESCRIPTION,
        *_actor_columns(layout),
        layout.col_requirements,
        layout.col_duration,
        layout.col_output,
        layout.col_note,
    ]:
        fmt = formats.input_center if _is_actor_col(layout, col) else formats.input
        write_value(sheet, row, col, values.get(col), fmt)
    for col in (layout.col_yes, layout.col_no):
        write_value(sheet, row, col, values.get(col), formats.input_number)


def _actor_columns(layout: SopFormLayout) -> Iterable[int]:
    return range(layout.FIRST_ACTOR_COL, layout.FIRST_ACTOR_COL + layout.actors)


def _is_actor_col(layout: SopFormLayout, col: int) -> bool:
    return layout.FIRST_ACTOR_COL <= col < layout.FIRST_ACTOR_COL + layout.actors


# --- Petunjuk Pengisian -----------------------------------------------------------------


def _write_guide(sheet: Any, formats: _Formats) -> None:
    check(sheet.set_column(0, 0, 7), "lebar kolom")
    check(sheet.set_column(1, 1, 30), "lebar kolom")
    check(sheet.set_column(2, 2, 70), "lebar kolom")
    check(
        sheet.merge_range(0, 0, 0, 2, "PETUNJUK PENGISIAN FORMULIR SOP", formats.heading), "judul"
    )
    check(sheet.merge_range(1, 0, 1, 2, spec.GUIDE_NOTE, formats.note), "catatan")
    check(sheet.set_row(1, 80), "tinggi baris")
    row = 3
    row = _guide_table(
        sheet,
        formats,
        row,
        "Cara Pengisian Informasi Prosedur (Lampiran II angka 2)",
        ("No", "Isian", "Cara Pengisian"),
        [(f"({n})", label, text) for n, (label, text) in enumerate(spec.IDENTITY_GUIDE, start=1)],
    )
    row = _guide_table(
        sheet,
        formats,
        row + 1,
        "Cara Pengisian Uraian Prosedur (Lampiran II angka 3)",
        ("No", "Isian", "Cara Pengisian"),
        [(f"({n})", label, text) for n, (label, text) in enumerate(spec.PROCEDURE_GUIDE, start=1)],
    )
    _guide_table(
        sheet,
        formats,
        row + 1,
        "Simbol-Simbol (Lampiran II angka 4)",
        ("No", "Sebutan", "Bentuk dan Definisi"),
        [
            (f"{n}.", name, f"Bentuk: {shape.lower()}. {text}")
            for n, (shape, name, text) in enumerate(spec.SYMBOL_GUIDE, start=1)
        ],
    )
    _a4(sheet, landscape=False)
    _protect(sheet, insert_rows=False)


def _guide_table(
    sheet: Any,
    formats: _Formats,
    row: int,
    title: str,
    headings: tuple[str, str, str],
    rows: list[tuple[str, str, str]],
) -> int:
    check(sheet.write_string(row, 0, title, formats.section), "judul tabel")
    row += 1
    for col, text in enumerate(headings):
        check(sheet.write_string(row, col, text, formats.guide_head), "judul tabel")
    for cells in rows:
        row += 1
        for col, text in enumerate(cells):
            check(sheet.write_string(row, col, text, formats.plain_border), "isi tabel")
        lines = len(cells[2]) // 65 + 1 + cells[2].count("\n")
        check(sheet.set_row(row, 13.5 * lines + 2), "tinggi baris")
    return row + 1


# --- Marks on returned copies -----------------------------------------------------------


def _apply_marks(workbook: Any, formats: _Formats, marks: Sequence[CellMark]) -> None:
    """Colour the marked cells and attach each finding's message as a comment.

    Several findings on one cell share one comment. The cell keeps its value (the caller
    already wrote it); XlsxWriter lets a format be set again only by rewriting the cell,
    so highlighting is done with a conditional format that always applies.
    """
    by_cell: dict[Cell, list[str]] = {}
    for mark in marks:
        by_cell.setdefault(mark.cell, []).append(mark.message)
    highlight = workbook.add_format(formats.highlight)
    for (sheet_name, row, col), messages in by_cell.items():
        text = "\n".join(messages)
        # About 55 characters fit on a line of a comment box 2.5 times the default width.
        lines = sum(len(message) // 55 + 1 for message in messages)
        y_scale = max(2.0, 0.5 + lines * 0.35)
        sheet = workbook.get_worksheet_by_name(sheet_name)
        check(
            sheet.conditional_format(
                row, col, row, col, {"type": "formula", "criteria": "=TRUE", "format": highlight}
            ),
            "sorotan",
        )
        check(
            sheet.write_comment(
                row, col, text, {"author": "sopxl", "x_scale": 2.5, "y_scale": y_scale}
            ),
            "komentar",
        )
