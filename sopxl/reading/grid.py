"""What a reader sees of a workbook: sheets as grids of plain values, and its stamp.

Loading (``sopxl.reading.files``) turns any accepted file into a :class:`WorkbookData`;
readers of particular forms work on that, never on a library's objects.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sopxl.errors import InputError

CellValue = str | int | float | bool | date | datetime | time | timedelta | None
"""A cell as read: empty cells are ``""`` or ``None``; error cells read as ``""``."""

Merge = tuple[int, int, int, int]
"""A merged range: zero-based (first_row, first_col, last_row, last_col)."""


@dataclass(frozen=True)
class SheetGrid:
    """One sheet. ``rows[r][c]`` is the cell at zero-based row ``r``, column ``c``: row 0 is
    Excel's row 1 whatever the sheet's used area (addresses are never shifted)."""

    name: str
    rows: tuple[tuple[CellValue, ...], ...]
    merged: tuple[Merge, ...] = ()
    hidden: bool = False

    @property
    def height(self) -> int:
        return len(self.rows)

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)

    def get(self, row: int, col: int) -> CellValue:
        """The value at zero-based (row, col); ``None`` outside the grid."""
        if 0 <= row < len(self.rows):
            cells = self.rows[row]
            if 0 <= col < len(cells):
                return cells[col]
        return None

    def text(self, row: int, col: int) -> str:
        """The cell as stripped text ("" for empty); numbers without a trailing ``.0``."""
        value = self.get(row, col)
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value).strip()


@dataclass(frozen=True)
class WorkbookData:
    """A workbook reduced to what readers need. ``stamp`` holds the sopxl stamps found in
    defined names or document properties (``sopxl_kind``, ``sopxl_version``, ...)."""

    path: Path
    format: str  # "xlsx", "xlsm" or "ods"
    sheets: tuple[SheetGrid, ...]
    stamp: Mapping[str, str] = field(default_factory=dict)

    def sheet(self, name: str) -> SheetGrid | None:
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        return None


class UnreadableFile(InputError):
    """The file cannot be read as a workbook; ``code`` is its catalogue code
    (``FILE_...``) and ``params`` the message parameters."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = {key: str(value) for key, value in params.items()}
        super().__init__(code)

    def __str__(self) -> str:
        """The catalogue's Indonesian message for this file."""
        from sopxl.findings import Finding
        from sopxl.messages import render

        return render(Finding(self.code, "", params=tuple(sorted(self.params.items()))))
