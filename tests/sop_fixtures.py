"""Filled SOP forms for reader tests, built inside the test from a few edits.

A test writes the sopxl form for an SOP, then changes it the way a person does in Excel
(openpyxl stands in for the person: inserting rows, merging, retyping), saves a copy and
reads it back. Saving with openpyxl is fine for fixtures; product code never does it.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from string import Formatter

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.worksheet import Worksheet

from sopxl.findings import Finding
from sopxl.forms import sop_spec as spec
from sopxl.forms.sop_form import write_sop_form
from sopxl.messages import rule
from sopxl.model.sop import Sop
from sopxl.reading.loading.files import load_workbook_data
from sopxl.reading.sop.reader import SopReading, read_sop
from sopxl_demo.examples import surat_masuk

IDENTITY = spec.SHEET_IDENTITY
PROCEDURE = spec.SHEET_PROCEDURE

Edit = Callable[[Workbook], None]


def read(path: Path) -> SopReading:
    """What the checker sees of a file: loaded with calamine, read by label."""
    return read_sop(load_workbook_data(path))


def flatten(reading: SopReading) -> list[tuple[str | None, str | None, str]]:
    """The reader's findings as (sheet, cell, code), in order. Each message must render
    completely: a person must never see a ``{placeholder}``."""
    for item in reading.findings:
        assert unfilled(item) == set(), item
    return [(f.sheet, f.cell, f.code) for f in reading.findings]


def unfilled(item: Finding) -> set[str]:
    """The placeholders of the finding's message that it has no parameter for."""
    template = rule(item.code).template
    wanted = {name for _, name, _, _ in Formatter().parse(template) if name}
    return wanted - set(item.parameters) - {"value"}


def filled_form(directory: Path, sop: Sop | None = None, edit: Edit | None = None) -> Path:
    """The sopxl form for ``sop`` (default: surat masuk), optionally edited by a person."""
    path = directory / "formulir.xlsx"
    write_sop_form(path, surat_masuk() if sop is None else sop)
    if edit is None:
        return path
    workbook = openpyxl.load_workbook(path)
    edit(workbook)
    edited = directory / "formulir-diubah.xlsx"
    workbook.save(edited)
    return edited


def insert_rows(sheet: Worksheet, before: int, amount: int = 1) -> None:
    """Insert ``amount`` rows above Excel row ``before`` as Excel does: merged ranges move
    with their cells (openpyxl's own insert_rows leaves them behind)."""
    ranges = [CellRange(merged.coord) for merged in sheet.merged_cells.ranges]
    for cell_range in ranges:
        sheet.unmerge_cells(cell_range.coord)
    sheet.insert_rows(before, amount)
    for cell_range in ranges:
        if cell_range.min_row >= before:
            cell_range.shift(row_shift=amount)
        elif cell_range.max_row >= before:
            cell_range.expand(down=amount)
        sheet.merge_cells(cell_range.coord)


def set_cells(sheet: Worksheet, values: dict[str, object]) -> None:
    """Type values into cells given as A1 addresses, unmerging a cell typed into."""
    for address, value in values.items():
        for merged in list(sheet.merged_cells.ranges):
            if address in merged and address != merged.start_cell.coordinate:
                sheet.unmerge_cells(merged.coord)
        sheet[address] = value


def soffice() -> str | None:
    """The LibreOffice binary; a test needing it skips without it, but fails under CI."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None and os.environ.get("CI"):
        pytest.fail("LibreOffice (soffice) is required when CI is set")
    return found


def convert(binary: str, source: Path, formats: Sequence[str], out_dir: Path) -> dict[str, Path]:
    """Save ``source`` in each of ``formats`` with LibreOffice (see :mod:`tests.office`)."""
    from tests.office import convert as office_convert

    return {target: office_convert(source, target, out_dir) for target in formats}
