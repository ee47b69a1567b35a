"""What a reader sees of a workbook: sheets as grids of plain values, and its stamp.

Loading (``sopxl.reading.loading.files``) turns any accepted file into a :class:`WorkbookData`;
readers of particular forms work on that, never on a library's objects.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from sopxl.errors import InputError

if TYPE_CHECKING:
    from sopxl.findings import Finding

CellValue = str | int | float | bool | date | datetime | time | timedelta | None
"""A cell as read: empty cells are ``""`` or ``None``; error cells read as ``""``."""

Merge = tuple[int, int, int, int]
"""A merged range: zero-based (first_row, first_col, last_row, last_col)."""


def cell_text(value: CellValue) -> str:
    """A cell as the text a person typed: stripped, inner newlines kept; "" for empty.

    The one conversion of a cell value to text, for every reader (SOP forms and register
    workbooks alike).

    A number becomes its digits; an integral float (a NIP or code that a spreadsheet
    stored as a number) loses its ``.0`` but no digit, because the shortest repr of a
    float is exactly the (at most 15 significant) digits the spreadsheet kept: an 18-digit
    NIP typed as a number reads as the digits the spreadsheet shows (its first 15, then
    zeros), never as the binary float's invented tail (``int(value)`` would give one).
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(Decimal(repr(value))))
    return str(value).strip()


@dataclass(frozen=True)
class SheetGrid:
    """One sheet. ``rows[r][c]`` is the cell at zero-based row ``r``, column ``c``: row 0 is
    Excel's row 1 whatever the sheet's used area (addresses are never shifted)."""

    name: str
    rows: tuple[tuple[CellValue, ...], ...]
    merged: tuple[Merge, ...] = ()
    hidden: bool = False
    cleaned: tuple[tuple[int, int], ...] = ()
    """Zero-based (row, col) of the cells whose text lost control characters when read
    (see :mod:`sopxl.text`)."""
    too_long: tuple[tuple[int, int, int], ...] = ()
    """Zero-based (row, col, length) of the cells whose text was over Excel's cell limit;
    their text is cut to the limit, and the file is refused."""

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

    def has_value(self) -> bool:
        """Whether any cell holds a value (0 and False are values; "" and None are not)."""
        # Counting in C.
        return any(row.count("") + row.count(None) < len(row) for row in self.rows)

    def text(self, row: int, col: int) -> str:
        """The cell at zero-based (row, col) as :func:`cell_text`."""
        return cell_text(self.get(row, col))


SheetLoader = Callable[[str], SheetGrid]
"""Loads one sheet's values by name; raises :class:`UnreadableFile` when it cannot."""


class _Sheets:
    """A workbook's sheets: given, or loaded one by one on first access and kept."""

    __slots__ = ("_all", "_grids", "_load", "names")

    def __init__(
        self,
        sheets: Sequence[SheetGrid],
        names: Sequence[tuple[str, bool]] | None,
        load: SheetLoader | None,
    ) -> None:
        self._grids: dict[str, SheetGrid] = {}
        self._load = load
        self._all: tuple[SheetGrid, ...] | None = None
        if load is None:
            self._all = tuple(sheets)
            self.names = tuple((sheet.name, sheet.hidden) for sheet in sheets)
            for sheet in sheets:
                self._grids.setdefault(sheet.name, sheet)
        else:
            self.names = tuple(names or ())

    def all(self) -> tuple[SheetGrid, ...]:
        if self._all is None:
            self._all = tuple(self.get(name) for name, _ in self.names)
        return self._all

    def loaded(self) -> tuple[SheetGrid, ...]:
        return tuple(self._grids.values())

    def get(self, name: str) -> SheetGrid:
        grid = self._grids.get(name)
        if grid is None:
            assert self._load is not None
            grid = self._grids[name] = self._load(name)
        return grid

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Sheets) and self.all() == other.all()

    def __hash__(self) -> int:
        return hash(self.names)


@dataclass(frozen=True, init=False)
class WorkbookData:
    """A workbook reduced to what readers need. ``stamp`` holds the sopxl stamps found in
    defined names or document properties (``sopxl_kind``, ``sopxl_version``, ...).

    Sheets are either given (``sheets``) or loaded on first access through ``load``, in
    the order and with the visibility of ``names`` (``(name, hidden)`` pairs): asking for
    one sheet by name (:meth:`sheet`) loads that sheet only, :attr:`sheets` loads them all.
    A lazy load may raise :class:`UnreadableFile` (see
    :func:`~sopxl.reading.loading.files.load_workbook_data`)."""

    path: Path
    format: str  # "xlsx", "xlsm" or "ods"
    stamp: Mapping[str, str]
    _sheets: _Sheets = field(repr=False)

    def __init__(
        self,
        path: Path,
        format: str,
        sheets: Sequence[SheetGrid] = (),
        stamp: Mapping[str, str] | None = None,
        *,
        names: Sequence[tuple[str, bool]] | None = None,
        load: SheetLoader | None = None,
        _sheets: _Sheets | None = None,
    ) -> None:
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "format", format)
        object.__setattr__(self, "stamp", stamp if stamp is not None else {})
        # dataclasses.replace passes ``_sheets``: a copy shares what was loaded.
        object.__setattr__(self, "_sheets", _sheets or _Sheets(sheets, names, load))

    @property
    def sheet_names(self) -> tuple[str, ...]:
        """Every sheet's name, in workbook order, without loading any."""
        return tuple(name for name, _ in self._sheets.names)

    @property
    def sheets(self) -> tuple[SheetGrid, ...]:
        """Every sheet, in workbook order (loading those not loaded yet)."""
        return self._sheets.all()

    def has_values(self) -> bool:
        """Whether any sheet holds a value. The sheets already loaded are looked at first;
        the others are loaded only when those are all empty."""
        if any(sheet.has_value() for sheet in self._sheets.loaded()):
            return True
        return any(sheet.has_value() for sheet in self.sheets)

    def loaded_sheets(self) -> tuple[SheetGrid, ...]:
        """The sheets read so far (every sheet of a workbook that is not lazy)."""
        return self._sheets.loaded()

    def sheet(self, name: str) -> SheetGrid | None:
        """The sheet of that exact name (loaded on first access), or ``None``."""
        if any(known == name for known, _ in self._sheets.names):
            return self._sheets.get(name)
        return None


def clean_rows(
    rows: Sequence[Sequence[CellValue]],
) -> tuple[
    tuple[tuple[CellValue, ...], ...], tuple[tuple[int, int], ...], tuple[tuple[int, int, int], ...]
]:
    """The rows with every text cleaned (:func:`sopxl.text.clean`) and cut to Excel's cell
    limit, with where each was cleaned and where each was too long. Rows without such a
    cell are kept as they are (no copy)."""
    from sopxl.text import MAX_CELL_CHARS, clean, has_control

    # Nearly every sheet is clean: one look at all its text at once (in C) decides that.
    texts = [value for row in rows for value in row if value.__class__ is str]
    joined = "".join(texts)
    # All of a sheet's text within the limit: so is each text, no need to measure them.
    short = len(joined) <= MAX_CELL_CHARS or max(map(len, texts)) <= MAX_CELL_CHARS
    if short and not has_control(joined):
        return tuple(map(tuple, rows)), (), ()
    out: list[tuple[CellValue, ...]] = []
    cleaned: list[tuple[int, int]] = []
    too_long: list[tuple[int, int, int]] = []
    for r, row in enumerate(rows):
        cells = tuple(row)
        fixed: list[CellValue] | None = None
        for c, value in enumerate(cells):
            if not isinstance(value, str) or not value:
                continue
            new = value
            if has_control(new):
                new = clean(new)
                cleaned.append((r, c))
            if len(new) > MAX_CELL_CHARS:
                too_long.append((r, c, len(new)))
                new = new[:MAX_CELL_CHARS]
            if new is not value:
                if fixed is None:
                    fixed = list(cells)
                fixed[c] = new
        out.append(cells if fixed is None else tuple(fixed))
    return tuple(out), tuple(cleaned), tuple(too_long)


def text_findings(data: WorkbookData, file: str) -> list[Finding]:
    """A peringatan for each cell whose control characters were removed, and a galat for
    each text over Excel's cell limit, in the sheets read so far."""
    from sopxl.findings import finding
    from sopxl.text import MAX_CELL_CHARS

    out: list[Finding] = []
    for grid in data.loaded_sheets():
        for r, c in grid.cleaned:
            out.append(
                finding("TEXT_CONTROL_REMOVED", file, sheet=grid.name, row=r + 1, column=c + 1)
            )
        for r, c, length in grid.too_long:
            out.append(
                finding(
                    "TEXT_TOO_LONG",
                    file,
                    sheet=grid.name,
                    row=r + 1,
                    column=c + 1,
                    length=f"{length:,}".replace(",", "."),
                    limit=f"{MAX_CELL_CHARS:,}".replace(",", "."),
                )
            )
    return out


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
