"""What a person wrote that a reader does not take, said as a peringatan (never dropped).

One helper for every reader: another sheet holding values, and cells outside the table
a reader takes (columns without a heading, rows below the table's end). Each finding
names the first such cell and how many there are.
"""

from __future__ import annotations

from collections.abc import Collection

from sopxl.findings import Finding
from sopxl.reading.grid import SheetGrid, WorkbookData
from sopxl.reading.labels import label_key


def _made(
    code: str, file: str, sheet: str, row: int | None, column: int | None, **params: object
) -> Finding:
    return Finding(
        code,
        file,
        sheet=sheet,
        row=row,
        column=column,
        params=tuple(sorted((key, str(value)) for key, value in params.items())),
    )


def sheets_not_read(
    data: WorkbookData,
    read: Collection[str],
    template: Collection[str],
    file: str,
    main: str,
    code: str = "CONTENT_SHEET_NOT_READ",
) -> list[Finding]:
    """A peringatan per sheet holding values that is neither read (``read``: names as in
    the workbook) nor one of the template's own sheets (``template``, compared as labels,
    never loaded). ``main`` is the sheet where such content belongs (``CONTENT_SHEET_NOT_READ``
    names it as given: quoted names, ``'SKPD', 'Unit Kerja' dan 'Bagian'``)."""
    skip = {label_key(name) for name in template}
    out: list[Finding] = []
    for name in data.sheet_names:
        if name in read or label_key(name) in skip:
            continue
        sheet = data.sheet(name)
        if sheet is not None and sheet.has_value():
            out.append(_made(code, file, name, None, None, name=name, main=main))
    return out


def _filled(sheet: SheetGrid, row: int, col: int) -> bool:
    value = sheet.get(row, col)
    return value is not None and value != "" and bool(sheet.text(row, col))


def columns_not_read(
    sheet: SheetGrid,
    first_row: int,
    end_row: int,
    known: Collection[int],
    file: str,
    code: str = "CONTENT_CELLS_NOT_READ",
) -> list[Finding]:
    """A peringatan per column outside ``known`` (zero-based) holding values between
    ``first_row`` and ``end_row`` (zero-based, end excluded), at its first filled cell."""
    first: dict[int, int] = {}
    counts: dict[int, int] = {}
    taken = set(known)
    for row in range(first_row, min(end_row, sheet.height)):
        for col, value in enumerate(sheet.rows[row]):
            if col in taken or value is None or value == "" or not sheet.text(row, col):
                continue
            first.setdefault(col, row)
            counts[col] = counts.get(col, 0) + 1
    return [
        _made(code, file, sheet.name, first[col] + 1, col + 1, count=counts[col])
        for col in sorted(first)
    ]


def rows_not_read(
    sheet: SheetGrid, first_row: int, file: str, code: str = "CONTENT_ROWS_NOT_READ"
) -> list[Finding]:
    """One peringatan for the rows from ``first_row`` (zero-based) on that hold values,
    at the first filled cell, with how many rows."""
    rows = [
        r
        for r in range(first_row, sheet.height)
        if any(_filled(sheet, r, c) for c in range(len(sheet.rows[r])))
    ]
    if not rows:
        return []
    col = next(c for c in range(len(sheet.rows[rows[0]])) if _filled(sheet, rows[0], c))
    return [_made(code, file, sheet.name, rows[0] + 1, col + 1, count=len(rows))]
