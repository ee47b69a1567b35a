"""Editing a written sample workbook as a person would in Excel (openpyxl), and making
the result byte-stable: fixed modification date and zip entry dates.

Acceptable for test material only: sopxl itself never saves a user's workbook.
"""

from __future__ import annotations

import dataclasses
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sopxl.forms.sop_form import write_sop_form
from sopxl.forms.sop_layout import Cell, SopFormLayout
from sopxl.model.sop import Sop
from sopxl.xlsx import refs

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

STABLE_DATE = (2012, 4, 30, 0, 0, 0)
STABLE_TIMESTAMP = "2012-04-30T00:00:00Z"


def cell_ref(cell: Cell) -> str:
    sheet, row, col = cell
    return f"{sheet}!{refs.cell(row, col)}"


def stable_zip(data: bytes, path: Path) -> None:
    """Write the zip ``data`` to ``path`` with fixed entry dates and modification time."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>" + STABLE_TIMESTAMP.encode() + rb"\g<2>",
                    content,
                )
            entry = zipfile.ZipInfo(info.filename, date_time=STABLE_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, content)
    path.write_bytes(out.getvalue())


def tamper(path: Path, edit: Callable[[Workbook], None]) -> None:
    """Apply ``edit`` to the workbook at ``path`` with openpyxl and save it stably."""
    import openpyxl

    workbook = openpyxl.load_workbook(path)
    edit(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    stable_zip(buffer.getvalue(), path)


def insert_rows(sheet: Worksheet, before: int, amount: int = 1) -> None:
    """Insert rows above 1-based row ``before`` as Excel would: merged ranges and data
    validations below move down, those spanning the insertion grow."""
    from openpyxl.worksheet.cell_range import CellRange, MultiCellRange

    def moved(coord: str) -> str:
        cells = CellRange(coord)
        if cells.min_row >= before:
            cells.shift(row_shift=amount)
        elif cells.max_row >= before:
            cells.expand(down=amount)
        return cells.coord

    merged = [str(r.coord) for r in sheet.merged_cells.ranges]
    for coord in merged:
        sheet.merged_cells.remove(coord)
    sheet.insert_rows(before, amount)
    for coord in merged:
        sheet.merge_cells(moved(coord))
    for validation in sheet.data_validations.dataValidation:
        validation.sqref = MultiCellRange([moved(str(r.coord)) for r in validation.sqref.ranges])


def shift_formula_rows(workbook: Workbook, sheet_name: str, before: int, amount: int) -> None:
    """Move references to rows >= ``before`` of ``sheet_name`` in every formula down."""
    pattern = re.compile(rf"('{re.escape(sheet_name)}'!\$?[A-Z]+\$?)(\d+)")

    def shift(match: re.Match[str]) -> str:
        row = int(match.group(2))
        return f"{match.group(1)}{row + amount if row >= before else row}"

    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.value = pattern.sub(shift, cell.value)


def with_step(sop: Sop, number: int, **changes: Any) -> Sop:
    steps = tuple(
        dataclasses.replace(step, **changes) if step.number == number else step
        for step in sop.steps
    )
    return dataclasses.replace(sop, steps=steps)


def with_identity(sop: Sop, **changes: Any) -> Sop:
    return dataclasses.replace(sop, identity=dataclasses.replace(sop.identity, **changes))


def procedure_cell(layout: SopFormLayout, step: int, column: str, actor: int = 0) -> str:
    return cell_ref(layout.step_cell(step - 1, column, actor))


def tampered(
    folder: Path, name: str, sop: Sop, edit: Callable[[Workbook, SopFormLayout], None]
) -> SopFormLayout:
    path = folder / name
    layout = write_sop_form(path, sop)
    tamper(path, lambda workbook: edit(workbook, layout))
    return layout


def set_cell(workbook: Workbook, cell: Cell, value: str | int | None) -> None:
    sheet, row, col = cell
    workbook[sheet].cell(row + 1, col + 1).value = value
