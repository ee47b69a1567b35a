"""Writes the Lampiran II SOP form workbook, blank or pre-filled from a :class:`Sop`.

The same writer makes the blank template, the pre-filled forms, and the copies that go
back to an SKPD after a check (rebuilt from the template with the submitted data and
with marked cells), so all of them share one layout. Each sheet has its own module
(``sop_identity_sheet``, ``sop_procedure_sheet``, ``sop_guide_sheet``); what they share is in
``sop_sheet_common``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sopxl.forms import sop_spec as spec
from sopxl.forms.sop_guide_sheet import write_guide
from sopxl.forms.sop_identity_sheet import write_identity, write_title_page
from sopxl.forms.sop_layout import Cell, SopFormLayout
from sopxl.forms.sop_procedure_sheet import write_procedure
from sopxl.forms.sop_sheet_common import Formats, add_lists_sheet
from sopxl.model import sop_fields
from sopxl.model.sop import Sop
from sopxl.text import clean_fields
from sopxl.xlsx.save import save_workbook
from sopxl.xlsx.workbook import check, open_workbook, stamp_names

WORKBOOK_TITLE = "Formulir Standar Operasional Prosedur (Lampiran II Perbup Kukar 57/2012)"


@dataclass(frozen=True)
class CellMark:
    """A finding to show on a cell of a returned copy: highlighted, with a comment.

    ``typed`` is what the person typed in that cell when the model could not keep it (an
    unknown symbol, a second pelaksana mark, an unreadable Waktu or date): the copy shows
    it again, in the cell's own format, so the person sees what is being pointed at."""

    cell: Cell
    message: str
    typed: str | None = None


def layout_for(sop: Sop, base: SopFormLayout | None = None) -> SopFormLayout:
    """A layout large enough for ``sop`` and at least as large as ``base``."""
    base = base or SopFormLayout()
    ident = sop.identity
    longest_list = max(len(getattr(ident, list_spec.key)) for list_spec in sop_fields.LISTS)
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
    save_workbook(workbook)
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
    sop = clean_fields(sop)
    formats = Formats(workbook)
    lists_sheet = add_lists_sheet(workbook, formats)
    write_title_page(workbook.add_worksheet(spec.SHEET_TITLE), formats, sop, layout)
    write_identity(workbook.add_worksheet(spec.SHEET_IDENTITY), formats, sop, layout)
    write_procedure(workbook.add_worksheet(spec.SHEET_PROCEDURE), formats, sop, layout)
    write_guide(workbook.add_worksheet(spec.SHEET_GUIDE), formats)
    # The hidden list sheet is added first so that its defined name resolves, but it is
    # moved out of sight; the identity sheet is what opens.
    lists_sheet.hide()
    if activate:
        workbook.get_worksheet_by_name(spec.SHEET_IDENTITY).activate()
    stamp_names(workbook, spec.KIND, spec.VERSION)
    _apply_marks(workbook, formats, marks)


# --- Marks on returned copies -----------------------------------------------------------


def _apply_marks(workbook: Any, formats: Formats, marks: Sequence[CellMark]) -> None:
    """Colour the marked cells and attach each finding's message as a comment.

    Several findings on one cell share one comment. The cell keeps its value (the caller
    already wrote it); XlsxWriter lets a format be set again only by rewriting the cell,
    so highlighting is done with a conditional format that always applies.
    """
    by_cell: dict[Cell, list[str]] = {}
    for mark in marks:
        by_cell.setdefault(mark.cell, []).append(mark.message)
        if mark.typed is not None:
            sheet_name, row, col = mark.cell
            sheet = workbook.get_worksheet_by_name(sheet_name)
            # Rewritten in the format the form gave the cell (XlsxWriter keeps it in the
            # sheet's cell table), so it stays an unlocked input cell.
            written = sheet.table.get(row, {}).get(col)
            check(
                sheet.write_string(row, col, mark.typed, getattr(written, "format", None)),
                "isian asli",
            )
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
