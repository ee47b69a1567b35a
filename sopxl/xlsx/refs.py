"""A1 references, made at the edges from sopxl's zero-based rows and columns.

Everything inside sopxl counts rows and columns from zero, as XlsxWriter does; a person
sees Excel's A1 form (in findings, messages, formulas). These helpers are the one place
that turns the first into the second, through ``xlsxwriter.utility``.
"""

from __future__ import annotations

from xlsxwriter.utility import xl_col_to_name, xl_rowcol_to_cell


def column(col: int) -> str:
    """The letters of zero-based column ``col`` (0 -> ``A``, 26 -> ``AA``)."""
    return str(xl_col_to_name(col))


def cell(row: int, col: int, absolute: bool = False) -> str:
    """The A1 reference of zero-based ``row``, ``col`` (``$A$1`` when ``absolute``)."""
    return str(xl_rowcol_to_cell(row, col, row_abs=absolute, col_abs=absolute))


def cell_range(first: tuple[int, int], last: tuple[int, int]) -> str:
    """``A1:C3`` for the zero-based corners ``first`` and ``last``."""
    return f"{cell(*first)}:{cell(*last)}"


def sheet_cell(sheet_name: str, row: int, col: int) -> str:
    """An absolute reference to a cell of another sheet, for formulas and links:
    ``'Daftar Pilihan'!$B$2``."""
    return on_sheet(sheet_name, cell(row, col, absolute=True))


def on_sheet(sheet_name: str, reference: str) -> str:
    """``reference`` (``C7``, ``$B$2``, ``A1:C3``) on sheet ``sheet_name``, quoted as
    formulas and link locations need it: ``'Uraian Prosedur'!C7``."""
    quoted = sheet_name.replace("'", "''")
    return f"'{quoted}'!{reference}"
