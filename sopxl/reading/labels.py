"""The one label toolkit: where a reader finds what it reads by its label.

For every form: :func:`find_sheet` (a sheet by its name, however cased and spaced),
:func:`find_header` (a table's header row and each column under its label or a variant),
:func:`label_cell` and :func:`value_beside` (the value a person typed beside a label).

For the SOP form, what its reader looks for and how a retyped label is matched to it:
The identity labels and the procedure column headings, with their glossary variants, all
come from :mod:`sopxl.forms.sop_spec`. A retyped label ("Tgl Buat" for "Tanggal
Pembuatan") is matched by resemblance; :class:`_Index` normalises every candidate label
cell of a sheet once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cached_property, lru_cache
from typing import Final

from sopxl.findings import FieldRef
from sopxl.forms import sop_spec as spec
from sopxl.model import sop_fields
from sopxl.parsing.labels import normalise_label
from sopxl.reading.grid import CellValue, SheetGrid, WorkbookData


# Checking a batch reads the same template labels thousands of times; remembering their
# normal form is bounded, so odd input cannot grow it.
@lru_cache(maxsize=8192)
def label_key(text: str) -> str:
    """A label as compared: :func:`sopxl.parsing.labels.normalise_label`, remembered."""
    return normalise_label(text)


# Labels are short; longer text is a value or a note and is never a label candidate.
_MAX_LABEL_CHARS: Final = 60
# Fuzzy matching thresholds (0..1): a retyped label found in the slot its neighbours
# leave for it needs less resemblance than one found anywhere on the sheet.
_SLOT_SIMILARITY: Final = 0.6
_ANYWHERE_SIMILARITY: Final = 0.8

# Abbreviations people use when they retype a label ("Tgl Buat", "No. S.O.P").
_ABBREVIATIONS: Final = {"tgl": "tanggal", "tg": "tanggal", "no": "nomor", "nmr": "nomor"}


# ---------------------------------------------------------------------------------------
# What is looked for: identity labels and procedure column headings, from the spec
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Target:
    """A labelled thing of the identity sheet: a field or a numbered list. ``names`` are
    the normalised label and its glossary variants; ``group`` the block it sits in."""

    ref: FieldRef
    label: str
    names: tuple[str, ...]
    group: str
    kind: str = "text"


def _names(label: str, variants: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(normalise_label(text) for text in (label, *variants)))


_IDENTITY_TARGETS: Final[tuple[_Target, ...]] = (
    *(
        _Target(FieldRef("identity", f.key), f.label, _names(f.label, f.variants), "agency", f.kind)
        for f in sop_fields.AGENCY_FIELDS
    ),
    *(
        _Target(FieldRef("identity", f.key), f.label, _names(f.label, f.variants), "header", f.kind)
        for f in sop_fields.HEADER_FIELDS
    ),
    *(
        # A list's ref is its first entry, the field the rules call empty.
        _Target(
            FieldRef("list", item.key, index=0),
            item.label,
            _names(item.label, item.variants),
            f"list{side}",
            "list",
        )
        for pair in sop_fields.LIST_PAIRS
        for side, item in enumerate(pair)
    ),
    *(
        _Target(
            FieldRef("approval", f.key), f.label, _names(f.label, f.variants), "approval", f.kind
        )
        for f in sop_fields.APPROVAL_FIELDS
    ),
)
# The targets of each block, in the order above.
_GROUPS: Final[dict[str, tuple[_Target, ...]]] = {
    group: tuple(t for t in _IDENTITY_TARGETS if t.group == group)
    for group in dict.fromkeys(t.group for t in _IDENTITY_TARGETS)
}
_LIST_TARGETS: Final = tuple(t for t in _IDENTITY_TARGETS if t.kind == "list")
_APPROVAL_HEADING_KEY: Final = normalise_label(spec.APPROVAL_HEADING)
# Headings of the template that are not labels of a field but end a list above them.
_HEADING_KEYS: Final = frozenset(
    {
        normalise_label(spec.IDENTITY_HEADING),
        normalise_label(f"PEMERINTAH {spec.REGENCY}"),
        normalise_label(spec.AGENCY_BLOCK_LABEL),
        _APPROVAL_HEADING_KEY,
    }
)
# The agency block's heading equals a variant of the SKPD label; in the template it is a
# heading with nothing beside it, so it counts as the SKPD label only with a value beside.
_HEADING_LIKE_LABELS: Final = frozenset({normalise_label(spec.AGENCY_BLOCK_LABEL)})
_LABEL_KEYS: Final = frozenset(name for target in _IDENTITY_TARGETS for name in target.names)
_KNOWN_KEYS: Final = _LABEL_KEYS | _HEADING_KEYS

# Procedure columns by the key the model uses; "actors" and "quality" are group headings.
_COLUMN_LABELS: Final = {
    "number": spec.COL_NUMBER,
    "description": spec.COL_DESCRIPTION,
    "actors": spec.COL_ACTORS,
    "quality": spec.COL_QUALITY,
    "requirements": spec.COL_REQUIREMENTS,
    "duration": spec.COL_DURATION,
    "output": spec.COL_OUTPUT,
    "note": spec.COL_NOTE,
    "yes_target": spec.COL_YES,
    "no_target": spec.COL_NO,
}
_COLUMN_KEYS: Final = {
    normalise_label(text): key
    for key, variants in spec.COLUMN_VARIANTS.items()
    for text in variants
}


# The cells above the procedure table recur in every form of a batch (the template's
# headings) or are few. Cached by value, so bounded tightly: any value may be a key.
@lru_cache(maxsize=256)
def _column_kind(value: CellValue) -> str | None:
    """The procedure column (a key of :data:`_COLUMN_LABELS`) a heading cell names."""
    if isinstance(value, str) and 0 < len(value) <= _MAX_LABEL_CHARS:
        return _COLUMN_KEYS.get(label_key(value))
    return None


# Headings that identify the table's header row (two of them in one row, one of which
# is the Uraian Prosedur or the Pelaksana heading).
_HEADER_KINDS: Final = frozenset({"number", "description", "actors", "quality", "note"})
# Columns whose heading must be there; the Ya/Tidak helper columns are sopxl's own and
# hand-made forms lack them, which the decision rules report where it matters.
_REQUIRED_COLUMNS: Final = ("number", "description", "requirements", "duration", "output", "note")
_STEP_KEYS: Final = (
    "number",
    "description",
    "requirements",
    "duration",
    "output",
    "note",
    "yes_target",
    "no_target",
)


# ---------------------------------------------------------------------------------------
# Matching a label a person typed, and the label cells of a sheet
# ---------------------------------------------------------------------------------------


def _tokens(key: str) -> list[str]:
    """Words of a normalised label, abbreviations expanded and spelt-out letters joined
    ("nomor s o p" -> ["nomor", "sop"])."""
    words: list[str] = []
    letters = ""
    for word in key.split():
        if len(word) == 1 and word.isalpha():
            letters += word
            continue
        if letters:
            words.append(letters)
            letters = ""
        words.append(_ABBREVIATIONS.get(word, word))
    if letters:
        words.append(letters)
    return words


def _similarity(found: str, name: str) -> float:
    """How much the normalised text ``found`` looks like the normalised label ``name``."""
    a, b = _tokens(found), _tokens(name)
    joined_a, joined_b = "".join(a), "".join(b)
    if joined_a == joined_b:
        return 1.0
    if set(b) <= set(a):
        return 0.85  # the label with words added: "Waktu Penyelesaian" for "Waktu"
    if len(a) == len(b) and all(
        x == y or (min(len(x), len(y)) >= 3 and (x in y or y in x))
        for x, y in zip(a, b, strict=True)
    ):
        return 0.9  # each word shortened or lengthened: "Tgl Buat" for "Tanggal Pembuatan"
    return SequenceMatcher(None, joined_a, joined_b).ratio()


@dataclass
class _Label:
    """A label found on a sheet (zero-based), as typed, and the value beside it."""

    row: int
    col: int
    text: str
    value: tuple[int, int] | None = None  # the value cell beside it, if any
    start: int = 0  # the column where a value beside it would start


class _Index:
    """The label and heading cells of a sheet region (``cells`` by normalised key, in
    reading order; ``keys`` by cell), found once; every other short text only when a
    retyped label is looked for (``texts``)."""

    def __init__(self, sheet: SheetGrid, stop_row: int) -> None:
        self.sheet = sheet
        self.stop_row = min(stop_row, sheet.height)
        self.cells: dict[str, list[tuple[int, int]]] = {}
        self.keys: dict[tuple[int, int], str] = {}
        keys, cells = self.keys, self.cells
        for r, row in enumerate(sheet.rows[: self.stop_row]):
            for c, value in enumerate(row):
                # calamine gives text as exact str; most cells of a form are empty ("").
                if value and type(value) is str and len(value) <= _MAX_LABEL_CHARS:
                    key = label_key(value)
                    if key in _KNOWN_KEYS:
                        at = (r, c)
                        keys[at] = key
                        found = cells.get(key)
                        if found is None:
                            cells[key] = [at]
                        else:
                            found.append(at)

    @cached_property
    def texts(self) -> list[tuple[int, int, str]]:
        """Every short text cell (row, column, normalised text), in reading order."""
        return [
            (r, c, key)
            for r, row in enumerate(self.sheet.rows[: self.stop_row])
            for c, value in enumerate(row)
            if value and type(value) is str and len(value) <= _MAX_LABEL_CHARS
            if (key := label_key(value))
        ]

    def score(self) -> int:
        """How many identity targets have an exact label here (for finding the sheet)."""
        return sum(1 for t in _IDENTITY_TARGETS if any(n in self.cells for n in t.names))


# ---------------------------------------------------------------------------------------
# Every form: sheets by name, tables by header, values beside their label
# ---------------------------------------------------------------------------------------

HEADER_SCAN_ROWS: Final = 40
"""How far from the top a header row or a label is looked for."""


def label_set(*texts: str) -> frozenset[str]:
    """A label and its variants, as compared (normalised)."""
    return frozenset(normalise_label(text) for text in texts)


def sheet_names(data: WorkbookData) -> set[str]:
    """Every sheet's name, as compared (normalised)."""
    return {normalise_label(sheet.name) for sheet in data.sheets}


def top_labels(sheet: SheetGrid) -> set[str]:
    """Every text near the top of a sheet, as compared: the labels a workbook shows."""
    found: set[str] = set()
    for row in sheet.rows[:HEADER_SCAN_ROWS]:
        found.update(normalise_label(value) for value in row if isinstance(value, str))
    return found


def find_sheet(data: WorkbookData, name: str) -> SheetGrid | None:
    """The sheet named ``name`` (compared normalised), or ``None``."""
    key = normalise_label(name)
    for sheet in data.sheets:
        if normalise_label(sheet.name) == key:
            return sheet
    return None


@dataclass(frozen=True)
class HeaderMatch:
    """Where a table's header was found: its row (zero-based) and each key's column."""

    row: int
    columns: dict[str, int]


def find_header(
    sheet: SheetGrid,
    columns: Iterable[tuple[str, str, tuple[str, ...]]],
    anchor: str,
    depth: int = 1,
) -> HeaderMatch | None:
    """Find the header row holding the ``anchor`` key's label (``columns`` are (key,
    label, variants) from the form's spec), then each column's label in that row or the
    ``depth - 1`` rows below it (sub-headings under a merged group)."""
    wanted = {key: label_set(label, *variants) for key, label, variants in columns}
    for row in range(min(sheet.height, HEADER_SCAN_ROWS)):
        texts = [normalise_label(value) for value in sheet.rows[row]]
        if not any(text in wanted[anchor] for text in texts):
            continue
        found: dict[str, int] = {}
        for offset in range(depth):
            for col, value in enumerate(
                sheet.rows[row + offset] if row + offset < sheet.height else ()
            ):
                text = normalise_label(value)
                for key, names in wanted.items():
                    if key not in found and text in names:
                        found[key] = col
        return HeaderMatch(row, found)
    return None


def label_cell(sheet: SheetGrid, names: frozenset[str]) -> tuple[int, int] | None:
    """Zero-based (row, col) of the value beside the first cell holding one of ``names``
    (see :func:`label_set`): the first non-empty cell to its right, else the first cell
    after the label's own merge. ``None`` when no such label is near the top."""
    for row in range(min(sheet.height, HEADER_SCAN_ROWS)):
        for col, value in enumerate(sheet.rows[row]):
            if normalise_label(value) not in names:
                continue
            for right in range(col + 1, len(sheet.rows[row])):
                if sheet.text(row, right):
                    return row, right
            end = next((m[3] for m in sheet.merged if m[0] == row and m[1] == col), col)
            return row, end + 1
    return None


def value_beside(sheet: SheetGrid, names: frozenset[str]) -> str:
    """The text beside a label (:func:`label_cell`); "" when there is none."""
    cell = label_cell(sheet, names)
    return sheet.text(*cell) if cell is not None else ""
