"""The Uraian Prosedur sheet (Lampiran II angka 3): the table whose pelaksana columns
hold the flowchart symbols, with the Ya/Tidak helper columns outside the print area."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sopxl.forms import sop_spec as spec
from sopxl.forms.sop_layout import SopFormLayout
from sopxl.forms.sop_sheet_common import (
    STEP_ROW_HEIGHT,
    Formats,
    a4,
    input_message,
    protect,
    text_lines,
)
from sopxl.model.sop import Sop, Step
from sopxl.parsing.durations import format_duration
from sopxl.xlsx import refs
from sopxl.xlsx.textfit import lines_height
from sopxl.xlsx.workbook import check, validate, write_value

# --- Uraian Prosedur --------------------------------------------------------------------


def write_procedure(sheet: Any, formats: Formats, sop: Sop, layout: SopFormLayout) -> None:
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
    ref = refs.sheet_cell(spec.SHEET_IDENTITY, title_row, title_col)
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
        {"validate": "any", **input_message("actor_name", spec.PROCEDURE_INPUT)},
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
            **input_message("actor_mark", spec.PROCEDURE_INPUT),
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
            **input_message("number", spec.PROCEDURE_INPUT),
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
                **input_message(key, spec.PROCEDURE_INPUT),
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
            {"validate": "any", **input_message(key, spec.PROCEDURE_INPUT)},
        )

    sheet.freeze_panes(first, layout.COL_DESCRIPTION + 1)
    a4(sheet, landscape=True)
    sheet.repeat_rows(top, numbers)
    check(sheet.print_area(0, 0, last, last_printed), "area cetak")
    protect(sheet, insert_rows=True)


def _write_step_row(
    sheet: Any, formats: Formats, sop: Sop, layout: SopFormLayout, index: int, step: Step | None
) -> None:
    row = layout.step_row(index)
    number = step.number if step else index + 1
    check(sheet.write_number(row, layout.COL_NUMBER, number, formats.input_number), "No")
    values: dict[int, object] = {}
    if step is not None:
        values = {
            layout.COL_DESCRIPTION: step.description,
            layout.col_requirements: step.requirements,
            # As the person typed it ("3 Menit"); the canonical text when none was typed.
            layout.col_duration: (
                (step.duration.text.strip() or format_duration(step.duration))
                if step.duration
                else ""
            ),
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
    lines = max(text_lines(str(values.get(col) or ""), width) for col, width in widths.items())
    check(sheet.set_row(row, max(STEP_ROW_HEIGHT, lines_height(lines))), "tinggi baris")
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
