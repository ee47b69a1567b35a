"""How large a grid each sheet would become, refused before calamine builds it.

calamine builds a dense grid up to the farthest cell: one cell at ``XFD1048576`` in a
17 KB file makes it allocate 512 GB and *abort the whole process* (not an exception), so
cell addresses are checked from the sheet bytes, not from ``<dimension>`` alone. An .ods
row repeated a million times is expanded cell by cell, so the repeats in content.xml are
counted first (LibreOffice's usual trailing *empty* repeats are not expanded and are
allowed).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterator

from sopxl.reading.grid import UnreadableFile
from sopxl.reading.loading.limits import Limits, count_text, megabytes, sheet_too_large
from sopxl.reading.loading.xmlguard import (
    PACKAGE_RELATIONSHIPS_NS,
    RELATIONSHIPS_NS,
    SPREADSHEET_NS,
    no_dtd,
    xml_elements,
)
from sopxl.reading.loading.zipguard import GuardedZip

# --- Office Open XML (.xlsx, .xlsm) ----------------------------------------------------

# Starts with a literal, not "<", so the search skips through the head at C speed.
_DIMENSION = re.compile(rb"dimension\s[^>]*?ref=[\"']([^\"']*)[\"']")
_A1 = re.compile(r"\$?([A-Za-z]+)\$?([0-9]+)")
# Any unprefixed cell tag but the plain <c r="A1234"> (one letter, at most four digits)
# that Excel, LibreOffice, XlsxWriter and openpyxl write for a form; prefixed tags (<x:c>)
# are caught by looking for ":c". One cheap pass that finds nothing in a normal form (the
# usual address tried first: a tenth faster than the other order).
_UNUSUAL_CELL = re.compile(rb'<c(?! r="[A-Z][0-9]{1,4}"|[A-Za-z])')
# Any ":c" (a prefixed <x:c> tag, among others), found as `b":c" in data` would, but
# about three times faster on a sheet: ':' is frequent (spans="1:14") and the bytes
# search slows on it, the regular-expression scan does not.
_PREFIXED_CELL = re.compile(rb":c")
_SMALL_GRID = (9_999, 26)
_CELL_ROW = re.compile(rb"\br\s*=\s*[\"'][A-Za-z]+([0-9]+)[\"']")
_CELL_COLUMN = re.compile(rb"\br\s*=\s*[\"']([A-Za-z]+)[0-9]+[\"']")
_CELL_TAG = re.compile(rb"<(?:[\w.-]+:)?c[\s/>]")
_ROW_TAG = re.compile(rb"<(?:[\w.-]+:)?row[\s/>]")


def worksheet_name(archive: GuardedZip, workbook: bytes, part: str) -> str:
    """The name people see for a worksheet part, for a refusal (so only parsed then);
    the part name when no sheet of the workbook points at it."""
    rels_name = "xl/_rels/workbook.xml.rels"
    if rels_name not in archive.entries:
        return part
    ids = set()
    rels = archive.read_small(rels_name)
    for attributes, _ in xml_elements(rels, rels_name, f"{PACKAGE_RELATIONSHIPS_NS} Relationship"):
        target = attributes.get("Target", "")
        resolved = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        if posixpath.normpath(resolved) == part:
            ids.add(attributes.get("Id"))
    for attributes, _ in xml_elements(workbook, "xl/workbook.xml", f"{SPREADSHEET_NS} sheet"):
        if attributes.get(f"{RELATIONSHIPS_NS} id") in ids:
            return attributes.get("name", part)
    return part


class SheetRefusal:
    """Refusals for one worksheet part, naming its sheet."""

    def __init__(self, archive: GuardedZip, workbook: bytes, part: str) -> None:
        self.archive = archive
        self.workbook = workbook
        self.part = part
        self.limits = archive.limits
        self.no_dtd = no_dtd(part)

    def too_large(self, size: str, limit: str) -> UnreadableFile:
        return sheet_too_large(worksheet_name(self.archive, self.workbook, self.part), size, limit)

    def too_big(self, size: str) -> UnreadableFile:
        return self.too_large(size, megabytes(self.limits.max_part_bytes))

    def check_head(self, head: bytes) -> None:
        """A DTD, or a ``<dimension>`` beyond the limits: the early refusal of an honest
        huge sheet, before the rest of it is inflated."""
        self.no_dtd(head)
        found = _DIMENSION.search(head)
        cell = found and _A1.fullmatch(found.group(1).decode("ascii", "replace").split(":")[-1])
        if cell:
            self.check_grid(int(cell.group(2)), _column_number(cell.group(1)))

    def check_grid(self, rows: int, columns: int) -> None:
        check_grid_size(rows, columns, self.limits, self.too_large)


def check_grid_size(
    rows: int, columns: int, limits: Limits, refuse: Callable[[str, str], UnreadableFile]
) -> None:
    """Refuse a grid of ``rows`` x ``columns`` beyond the limits; ``refuse(size, limit)``."""
    if rows > limits.max_rows:
        raise refuse(count_text(rows, "baris"), count_text(limits.max_rows, "baris"))
    if columns > limits.max_columns:
        raise refuse(count_text(columns, "kolom"), count_text(limits.max_columns, "kolom"))
    if rows * columns > limits.max_cells:
        raise refuse(count_text(rows * columns, "sel"), count_text(limits.max_cells, "sel"))


def check_sheet_extent(data: bytes, refusal: SheetRefusal) -> None:
    """calamine's grid reaches the farthest cell whatever ``<dimension>`` says; find it
    from the cell addresses in the bytes (C-speed scans, no XML parsing)."""
    limits = refusal.limits
    small_rows, small_columns = _SMALL_GRID
    fits_small = (
        small_rows <= limits.max_rows
        and small_columns <= limits.max_columns
        and small_rows * small_columns <= limits.max_cells
    )
    if fits_small and not _PREFIXED_CELL.search(data) and not _UNUSUAL_CELL.search(data):
        return
    rows = max(map(int, set(_CELL_ROW.findall(data))), default=0)
    columns = max(map(_column_number, set(_CELL_COLUMN.findall(data))), default=0)
    addressed = len(_CELL_ROW.findall(data))
    cells = len(_CELL_TAG.findall(data))
    if cells > addressed:
        # calamine places a cell without an address after the previous one, and a row
        # without one after the previous row: bound them generously.
        columns += cells - addressed
        rows += len(_ROW_TAG.findall(data))
    refusal.check_grid(rows, columns)


def _column_number(letters: bytes | str) -> int:
    text = letters.decode("ascii") if isinstance(letters, bytes) else letters
    number = 0
    for letter in text.upper():
        number = number * 26 + ord(letter) - 64
    return number


# --- OpenDocument spreadsheet (.ods) ---------------------------------------------------

_ODS_TABLE = re.compile(rb"<table:table\s[^>]*?table:name=\"([^\"]*)\"")
_ODS_ROW = re.compile(rb"<table:table-row\b([^>]*?)(?:/>|>(.*?)</table:table-row>)", re.DOTALL)
_ODS_CELL = re.compile(
    rb"<table:(?:covered-)?table-cell\b([^>]*?)(?:/>|>(.*?)</table:(?:covered-)?table-cell>)",
    re.DOTALL,
)
_ROWS_REPEATED = re.compile(rb"table:number-rows-repeated=\"([0-9]+)\"")
_COLUMNS_REPEATED = re.compile(rb"table:number-columns-repeated=\"([0-9]+)\"")


def ods_extents(content: bytes) -> Iterator[tuple[str, int, int]]:
    """(table, rows, columns) up to the last non-empty cell of each table, counting
    repeats: what calamine expands. Trailing empty repeats (LibreOffice writes a million)
    do not count, since calamine does not expand them."""
    starts = list(_ODS_TABLE.finditer(content))
    for index, table in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(content)
        rows = columns = position = 0
        for row in _ODS_ROW.finditer(content, table.end(), end):
            repeated = _ROWS_REPEATED.search(row.group(1))
            count = int(repeated.group(1)) if repeated else 1
            position += count
            body = row.group(2) or b""
            if b"value-type" in body or b"<text:" in body:
                rows = position
                columns = max(columns, _ods_row_width(body))
        yield table.group(1).decode("utf-8", "replace"), rows, columns


def _ods_row_width(body: bytes) -> int:
    if b"columns-repeated" not in body:
        return body.count(b"<table:table-cell") + body.count(b"<table:covered-table-cell")
    width = position = 0
    for cell in _ODS_CELL.finditer(body):
        repeated = _COLUMNS_REPEATED.search(cell.group(1))
        position += int(repeated.group(1)) if repeated else 1
        inner = cell.group(2) or b""
        if b"value-type" in cell.group(1) or b"<text:" in inner:
            width = position
    return width
