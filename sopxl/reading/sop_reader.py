"""Reads a filled Lampiran II SOP form into the model, by its labels.

People insert rows, add steps below the printed table, merge and unmerge cells, rename
sheets, type dates as text and retype labels. So nothing here trusts a coordinate: the
identity fields are found by their labels (and the glossary's variants, all declared in
:mod:`sopxl.forms.sop_spec`), the procedure table by its column headings. Every field read
is recorded in :attr:`SopReading.sources` with the cell it came from, so that findings on
the model can point at the person's own cell.

The reader reports only what it meets while reading (``FORM_*`` codes: sheets, labels,
values that cannot be understood); whether the SOP satisfies the regulation is for the
rules. It is linear in the number of cells: each candidate label cell is normalised once.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any, Final

from sopxl.findings import FieldRef, Finding, Location, finding
from sopxl.forms import sop_spec as spec
from sopxl.model import Actor, Approval, Duration, Identity, Sop, Step, Symbol
from sopxl.parsing import is_plain_mark, normalise_label, parse_date, parse_duration, parse_symbol
from sopxl.reading.grid import CellValue, SheetGrid, WorkbookData

__all__ = ["SopReading", "read_sop"]


@dataclass(frozen=True)
class SopReading:
    """What reading one workbook gave.

    ``sop`` is ``None`` only when the workbook is not an SOP form at all (no identity and
    no procedure sheet, or stamped as another kind of template). ``findings`` are the
    reader's own ``FORM_*`` findings, in reading order. ``sources`` maps every field read
    to the cell (1-based) it was read from; see :func:`read_sop` for the refs it holds.
    """

    sop: Sop | None
    findings: tuple[Finding, ...] = ()
    sources: dict[FieldRef, Location] = field(default_factory=dict)


# ---------------------------------------------------------------------------------------
# Tuning
# ---------------------------------------------------------------------------------------

# Labels are short; longer text is a value or a note and is never a label candidate.
_MAX_LABEL_CHARS: Final = 60
# How far right of a label (after its merged span) a value may sit: the template puts it
# right beside the label, an unmerged label leaves one empty cell, a ":" column another.
_VALUE_REACH: Final = 3
# The procedure header is looked for in this many rows of a sheet.
_HEADER_SEARCH_ROWS: Final = 200
# The table ends after this many consecutive rows with nothing in them at all. A single
# blank row is not the end: people leave gaps between groups of steps.
_END_OF_TABLE_RUN: Final = 3
# Sub-headings (actor names, Mutu Baku columns, Ya/Tidak) sit at most this far below the
# header row.
_SUBHEADING_ROWS: Final = 2
# Fuzzy matching thresholds (0..1): a retyped label found in the slot its neighbours
# leave for it needs less resemblance than one found anywhere on the sheet.
_SLOT_SIMILARITY: Final = 0.6
_ANYWHERE_SIMILARITY: Final = 0.8
# An identity sheet found by content must carry at least this many known labels.
_MIN_IDENTITY_LABELS: Final = 3

# Abbreviations people use when they retype a label ("Tgl Buat", "No. S.O.P").
_ABBREVIATIONS: Final = {"tgl": "tanggal", "tg": "tanggal", "no": "nomor", "nmr": "nomor"}

# A list entry's own number ("1.", "2)", "(3)", "a.", "-") in the list's number column.
_LIST_NUMBERING: Final = re.compile(r"^(?:\(?\d{1,3}[.)]?\)?|\(?[a-z][.)]|[-•*·])$")
_WHOLE_NUMBER: Final = re.compile(r"^\d+(?:\.0*)?$")

# Sheets of our own template that never hold input: never searched for content.
_AUX_SHEETS: Final = frozenset({spec.SHEET_TITLE, spec.SHEET_GUIDE, spec.SHEET_LISTS})


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
        for f in spec.AGENCY_FIELDS
    ),
    *(
        _Target(FieldRef("identity", f.key), f.label, _names(f.label, f.variants), "header", f.kind)
        for f in spec.HEADER_FIELDS
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
        for pair in spec.LIST_PAIRS
        for side, item in enumerate(pair)
    ),
    *(
        _Target(
            FieldRef("approval", f.key), f.label, _names(f.label, f.variants), "approval", f.kind
        )
        for f in spec.APPROVAL_FIELDS
    ),
)
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
# Small helpers
# ---------------------------------------------------------------------------------------


def _is_empty(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: CellValue) -> str:
    """A cell as the text a person typed: stripped, inner newlines kept.

    A number becomes its digits; an integral float (a NIP or code that a spreadsheet
    stored as a number) loses its ``.0`` but no digit, because the shortest repr of a
    float is exactly the (at most 15 significant) digits the spreadsheet kept.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(Decimal(repr(value))))
    return str(value).strip()


def _whole_number(value: CellValue) -> int | None:
    """A positive whole number typed in a cell (3, 3.0, "3"), else ``None``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value > 0 else None
    if isinstance(value, float):
        return int(value) if value.is_integer() and value > 0 else None
    if isinstance(value, str) and _WHOLE_NUMBER.match(value.strip()):
        number = int(value.strip().partition(".")[0])
        return number if number > 0 else None
    return None


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


# Checking a batch reads the same template labels and the same few symbols and Waktu
# texts thousands of times; remembering their parse keeps the reader a small fraction of
# the time it takes to load a workbook. Bounded, so odd input cannot grow them.
@lru_cache(maxsize=8192)
def _key(text: str) -> str:
    return normalise_label(text)


@lru_cache(maxsize=1024)
def _symbol(text: str) -> Symbol | None:
    return parse_symbol(text)


@lru_cache(maxsize=1024)
def _duration(text: str) -> Duration | None:
    return parse_duration(text)


# The refs and most locations of one form recur in every form of a batch.
@lru_cache(maxsize=65536)
def _ref(area: str, key: str = "", index: int | None = None, actor: int | None = None) -> FieldRef:
    return FieldRef(area, key, index, actor)


@lru_cache(maxsize=65536)
def _location(sheet: str, row: int, column: int) -> Location:
    return Location(sheet, row, column)


class _Merges:
    """The merged ranges of a sheet, by top-left cell. Readers that report no merges
    (calamine on .ods) give an empty map, and the reader then works from the values."""

    def __init__(self, sheet: SheetGrid) -> None:
        self._ends = {(r0, c0): (r1, c1) for r0, c0, r1, c1 in sheet.merged}

    def end(self, row: int, col: int) -> tuple[int, int]:
        return self._ends.get((row, col), (row, col))


@dataclass
class _Label:
    """A label found on a sheet (zero-based), as typed, and the value beside it."""

    row: int
    col: int
    text: str
    value: tuple[int, int] | None = None  # the value cell beside it, if any
    start: int = 0  # the column where a value beside it would start


class _Index:
    """Every short text cell of a sheet region, normalised once."""

    def __init__(self, sheet: SheetGrid, stop_row: int) -> None:
        self.stop_row = min(stop_row, sheet.height)
        self.cells: dict[str, list[tuple[int, int]]] = {}
        self.keys: dict[tuple[int, int], str] = {}
        self.texts: list[tuple[int, int, str]] = []
        for r, row in enumerate(sheet.rows[:stop_row]):
            for c, value in enumerate(row):
                if isinstance(value, str) and 0 < len(value) <= _MAX_LABEL_CHARS:
                    key = _key(value)
                    if key:
                        self.keys[r, c] = key
                        self.cells.setdefault(key, []).append((r, c))
                        self.texts.append((r, c, key))

    def score(self) -> int:
        """How many identity targets have an exact label here (for finding the sheet)."""
        return sum(1 for t in _IDENTITY_TARGETS if any(n in self.cells for n in t.names))


# ---------------------------------------------------------------------------------------
# The reader
# ---------------------------------------------------------------------------------------


def read_sop(data: WorkbookData) -> SopReading:
    """Read an SOP form (the sopxl template, or a hand-made Lampiran II form) by labels.

    Sheets are found by name first ("Identitas SOP", "Uraian Prosedur", also renamed
    slightly: case, punctuation, a copy suffix, "Prosedur"), then by content; a sheet read
    under another name gives FORM_SHEET_RENAMED. Identity and procedure may share one sheet
    (identity above the table). A stamp of another template kind gives FORM_KIND_MISMATCH
    and no SOP; an unknown version FORM_VERSION_UNKNOWN, and the form is read all the same.

    ``sources`` holds, 1-based: ``FieldRef("identity", key)`` and
    ``FieldRef("approval", key)`` at the value cell (where it would be typed when empty);
    ``FieldRef("list", key, index=i)`` at each entry read, and at the first entry's cell
    for an empty list (``index=0``); ``FieldRef("actor", index=a)`` at each pelaksana name
    cell; for each step ``i`` ``FieldRef("step", key, index=i)`` for number, description,
    requirements, duration, output, note, yes_target and no_target, and
    ``FieldRef("step", "actor", index=i, actor=a)`` for every pelaksana cell of its row,
    ``actor=None`` meaning the marked cell (the first pelaksana cell when none is marked);
    ``FieldRef("sheet", "Uraian Prosedur")`` at the first step row. A field whose label
    was not found has no source.

    Never raises for anything about the workbook's content.
    """
    return _Reader(data).read()


class _Reader:
    """One reading of one workbook: finds the sheets and collects findings and sources."""

    def __init__(self, data: WorkbookData) -> None:
        self.data = data
        self.file = str(data.path)
        self.findings: list[Finding] = []
        self.sources: dict[FieldRef, Location] = {}
        self._headers: dict[str, _Header | None] = {}

    # --- findings and sources ------------------------------------------------------------

    def report(
        self,
        code: str,
        sheet: str | None,
        cell: tuple[int, int] | None = None,
        *,
        ref: FieldRef | None = None,
        value: object = None,
        **params: object,
    ) -> None:
        row, col = (cell[0] + 1, cell[1] + 1) if cell is not None else (None, None)
        self.findings.append(
            finding(
                code, self.file, sheet=sheet, row=row, column=col, value=value, ref=ref, **params
            )
        )

    def source(self, ref: FieldRef, sheet: SheetGrid, row: int, col: int) -> None:
        self.sources[ref] = _location(sheet.name, row + 1, col + 1)

    # --- the whole workbook --------------------------------------------------------------

    def read(self) -> SopReading:
        stamp = self.data.stamp
        kind = stamp.get(spec.NAME_KIND)
        if kind is not None and kind != spec.KIND:
            self.report("FORM_KIND_MISMATCH", None, kind=kind)
            return SopReading(None, tuple(self.findings), {})
        version = stamp.get(spec.NAME_VERSION)
        if version is not None and version != spec.VERSION:
            self.report("FORM_VERSION_UNKNOWN", None, version=version, expected=spec.VERSION)

        visible = [s for s in self.data.sheets if not s.hidden]
        procedure = self._find_procedure(visible)
        table = self.header(procedure) if procedure is not None else None
        identity, index = self._find_identity(visible, procedure, table)
        if identity is None and procedure is None:
            self.report("FORM_NOT_SOP", None)
            return SopReading(None, tuple(self.findings), {})

        ident = Identity()
        if identity is None:
            self._sheet_missing(spec.SHEET_IDENTITY)
        else:
            self._renamed(identity, spec.SHEET_IDENTITY)
            assert index is not None
            ident = _IdentityReader(self, identity, index).read()
        actors: tuple[Actor, ...] = ()
        steps: tuple[Step, ...] = ()
        if procedure is None:
            self._sheet_missing(spec.SHEET_PROCEDURE)
        else:
            self._renamed(procedure, spec.SHEET_PROCEDURE)
            actors, steps = _ProcedureReader(self, procedure, table).read()
        sop = Sop(identity=ident, actors=actors, steps=steps)
        return SopReading(sop, tuple(self.findings), self.sources)

    def _sheet_missing(self, name: str) -> None:
        self.report("FORM_SHEET_MISSING", None, ref=FieldRef("sheet", name), expected=name)

    def _renamed(self, sheet: SheetGrid, expected: str) -> None:
        if sheet.name != expected:
            self.report(
                "FORM_SHEET_RENAMED",
                sheet.name,
                ref=FieldRef("sheet", expected),
                found=sheet.name,
                expected=expected,
            )

    def _find_procedure(self, visible: Sequence[SheetGrid]) -> SheetGrid | None:
        """The exact name; else a sheet named like it with the table; else any sheet with
        the table; else a sheet named like it (its headings are then reported missing)."""
        exact = self.data.sheet(spec.SHEET_PROCEDURE)
        if exact is not None:
            return exact
        # "URAIAN PROSEDUR", "Uraian_Prosedur", "Uraian Prosedur (2)", "Prosedur"; but
        # not "Informasi Prosedur", the identity sheet's heading.
        named = [
            s
            for s in visible
            if "prosedur" in s.name.casefold() and "informasi" not in s.name.casefold()
        ]
        for sheet in named:
            if self.header(sheet) is not None:
                return sheet
        for sheet in visible:
            if sheet.name not in _AUX_SHEETS and self.header(sheet) is not None:
                return sheet
        return named[0] if named else None

    def header(self, sheet: SheetGrid) -> _Header | None:
        """The procedure table's header on ``sheet``, looked for once per sheet."""
        if sheet.name not in self._headers:
            self._headers[sheet.name] = _find_header(sheet)
        return self._headers[sheet.name]

    def _find_identity(
        self, visible: Sequence[SheetGrid], procedure: SheetGrid | None, table: _Header | None
    ) -> tuple[SheetGrid | None, _Index | None]:
        """The exact name; else a sheet named "Identitas..."; else the visible sheet with
        the most identity labels (above the procedure table when it is that sheet)."""

        def index(sheet: SheetGrid) -> _Index:
            stop = table.row if sheet is procedure and table is not None else sheet.height
            return _Index(sheet, stop)

        exact = self.data.sheet(spec.SHEET_IDENTITY)
        if exact is not None:
            return exact, index(exact)
        for sheet in visible:
            if "identitas" in sheet.name.casefold():
                return sheet, index(sheet)
        best: tuple[int, SheetGrid, _Index] | None = None
        for sheet in visible:
            if sheet.name in _AUX_SHEETS:
                continue
            candidate = index(sheet)
            score = candidate.score()
            if score >= _MIN_IDENTITY_LABELS and (best is None or score > best[0]):
                best = (score, sheet, candidate)
        return (best[1], best[2]) if best is not None else (None, None)


# ---------------------------------------------------------------------------------------
# Identity sheet
# ---------------------------------------------------------------------------------------


class _IdentityReader:
    """Reads the identity fields, lists and Pengesahan: labels first (exactly, then
    retyped ones by resemblance), then the values beside them and the entries below."""

    def __init__(self, reader: _Reader, sheet: SheetGrid, index: _Index) -> None:
        self.reader = reader
        self.sheet = sheet
        self.index = index
        self.merges = _Merges(sheet)
        self.labels: dict[FieldRef, _Label] = {}
        # Cells used as a label or as a label's value: not candidates for another label.
        self.taken: set[tuple[int, int]] = set()
        self.label_cells: set[tuple[int, int]] = set()

    def read(self) -> Identity:
        approval_heading = self._first(_APPROVAL_HEADING_KEY)
        for target in _IDENTITY_TARGETS:
            self._resolve_exact(target, approval_heading)
        self._resolve_fuzzy()
        stops = self._stop_rows()
        # Any: the values of several Identity fields of different types, by field name.
        values: dict[str, Any] = {}
        for group in ("agency", "header", "approval"):
            values.update(self._read_fields(group))
        for target in _IDENTITY_TARGETS:
            if target.kind == "list":
                values[target.ref.key] = self._read_list(target, stops)
        for target in _IDENTITY_TARGETS:
            if target.ref not in self.labels:
                self.reader.report(
                    "FORM_LABEL_MISSING",
                    self.sheet.name,
                    ref=target.ref,
                    label=target.label,
                    sheet_name=self.sheet.name,
                )
        approval = Approval(**{f.key: str(values.pop(f.key, "")) for f in spec.APPROVAL_FIELDS})
        return Identity(approval=approval, **values)

    # --- labels --------------------------------------------------------------------------

    def _first(self, key: str) -> tuple[int, int] | None:
        cells = self.index.cells.get(key)
        return cells[0] if cells else None

    def _resolve_exact(self, target: _Target, approval_heading: tuple[int, int] | None) -> None:
        """Take the first cell (reading order) with the label or a variant, preferring one
        with a value beside it and, for Pengesahan, one below that heading."""
        candidates: list[tuple[int, int]] = []
        for name in target.names:
            for cell in self.index.cells.get(name, ()):
                if cell in self.taken:
                    continue
                if name in _HEADING_LIKE_LABELS and self._value_cell(*cell)[0] is None:
                    continue
                candidates.append(cell)
        if not candidates:
            return
        if target.group == "approval" and approval_heading is not None:
            below = [cell for cell in candidates if cell[0] > approval_heading[0]]
            candidates = below or candidates
        if target.kind != "list" and len(candidates) > 1:
            with_value = [cell for cell in candidates if self._value_cell(*cell)[0] is not None]
            candidates = with_value or candidates
        row, col = candidates[0]
        self._claim(target, row, col)

    def _claim(self, target: _Target, row: int, col: int) -> None:
        label = _Label(row, col, _text(self.sheet.get(row, col)))
        self.labels[target.ref] = label
        self.taken.add((row, col))
        self.label_cells.add((row, col))
        if target.kind != "list":
            label.value, label.start = self._value_cell(row, col)
            if label.value is not None:
                self.taken.add(label.value)

    def _resolve_fuzzy(self) -> None:
        """Find labels a person retyped: each missing target against each unclaimed short
        text, best pairs first. A target whose group has labels found looks only in the
        slot they leave for it (same column, between its neighbours)."""
        missing = [t for t in _IDENTITY_TARGETS if t.ref not in self.labels]
        if not missing:
            return
        pairs: list[tuple[float, int, int, int, _Target]] = []
        for order, target in enumerate(missing):
            slot = self._slot(target)
            for row, col, key in self.index.texts:
                if (row, col) in self.label_cells or key in _LABEL_KEYS or key in _HEADING_KEYS:
                    continue
                # A cell read as a value may still be the retyped label in a slot (it was
                # taken for the value of an empty field on its left); anywhere else not.
                if slot is None and (row, col) in self.taken:
                    continue
                if slot is not None:
                    slot_col, low, high = slot
                    if col != slot_col or not low < row < high:
                        continue
                    threshold = _SLOT_SIMILARITY
                else:
                    threshold = _ANYWHERE_SIMILARITY
                score = max(_similarity(key, name) for name in target.names)
                if score >= threshold:
                    pairs.append((-score, row, col, order, target))
        pairs.sort(key=lambda pair: pair[:4])
        for _, row, col, _, target in pairs:
            if target.ref not in self.labels and (row, col) not in self.label_cells:
                self._claim(target, row, col)
                # A retyped label may sit where an earlier label's value was looked for.
                for label in self.labels.values():
                    if label.row == row and label.col < col and label.value is not None:
                        label.value, label.start = self._value_cell(label.row, label.col)
                self.reader.report(
                    "FORM_LABEL_EDITED",
                    self.sheet.name,
                    (row, col),
                    ref=target.ref,
                    value=self.labels[target.ref].text,
                    found=self.labels[target.ref].text,
                    label=target.label,
                )

    def _slot(self, target: _Target) -> tuple[int, int, int] | None:
        """(column, row above, row below) between the target's found neighbours."""
        group = [t for t in _IDENTITY_TARGETS if t.group == target.group]
        position = group.index(target)
        before = [self.labels[t.ref] for t in group[:position] if t.ref in self.labels]
        after = [self.labels[t.ref] for t in group[position + 1 :] if t.ref in self.labels]
        if not before and not after:
            return None
        col = before[-1].col if before else after[0].col
        low = before[-1].row if before else -1
        high = after[0].row if after else self.index.stop_row
        return col, low, high

    # --- values --------------------------------------------------------------------------

    def _value_cell(self, row: int, col: int) -> tuple[tuple[int, int] | None, int]:
        """The first filled cell right of a label (after its merged span, skipping a ":"
        column, stopping at another label), and the column where a value would start."""
        start = self.merges.end(row, col)[1] + 1
        cells = self.sheet.rows[row] if row < self.sheet.height else ()
        for c in range(start, min(start + _VALUE_REACH, len(cells))):
            value = cells[c]
            if (row, c) in self.label_cells:
                break
            if isinstance(value, str):
                if not value.strip() or value.strip() == ":":
                    continue
                key = self.index.keys.get((row, c), "")
                if key in _LABEL_KEYS or key in _HEADING_KEYS:
                    break
            elif value is None:
                continue
            return (row, c), start
        return None, start

    def _read_fields(self, group: str) -> dict[str, Any]:
        values: dict[str, Any] = {}
        empty: list[tuple[_Target, int, int]] = []
        columns: Counter[int] = Counter()
        for target in _IDENTITY_TARGETS:
            if target.group != group:
                continue
            label = self.labels.get(target.ref)
            if label is None:
                values[target.ref.key] = None if target.kind == "date" else ""
                continue
            cell, start = label.value, label.start
            if cell is None:
                values[target.ref.key] = None if target.kind == "date" else ""
                empty.append((target, label.row, start))
                continue
            columns[cell[1]] += 1
            self.reader.source(target.ref, self.sheet, *cell)
            values[target.ref.key] = self._value(target, cell)
        # An empty field points where its siblings' values are, or right of its label.
        common = columns.most_common(1)
        for target, row, start in empty:
            self.reader.source(target.ref, self.sheet, row, common[0][0] if common else start)
        return values

    def _value(self, target: _Target, cell: tuple[int, int]) -> object:
        raw = self.sheet.get(*cell)
        if target.kind != "date":
            return _text(raw)
        try:
            parsed: date | None = parse_date(raw)
        except ValueError:
            self.reader.report(
                "FORM_DATE_INVALID",
                self.sheet.name,
                cell,
                ref=target.ref,
                value=_text(raw),
                label=target.label,
            )
            return None
        return parsed

    # --- lists ---------------------------------------------------------------------------

    def _stop_rows(self) -> list[int]:
        """Rows holding a label or heading: a list ends at the first one below it."""
        rows = {label.row for label in self.labels.values()}
        rows.update(r for key in _HEADING_KEYS for r, _ in self.index.cells.get(key, ()))
        return sorted(rows)

    def _read_list(self, target: _Target, stops: Sequence[int]) -> tuple[str, ...]:
        label = self.labels.get(target.ref)
        if label is None:
            return ()
        heading_row, number_col = label.row, label.col
        end_col = max(self.merges.end(heading_row, number_col)[1], number_col + 2)
        # The list beside it (same heading row) starts where this one must end.
        for other in self.labels.values():
            if other.row == heading_row and other.col > number_col:
                end_col = min(end_col, other.col - 1)
        last_row = next((r for r in stops if r > heading_row), self.index.stop_row)
        entries: list[str] = []
        for row in range(heading_row + 1, last_row):
            cells = self.sheet.rows[row]
            found: tuple[int, str] | None = None
            for col in range(number_col + 1, min(end_col + 1, len(cells))):
                text = _text(cells[col])
                if text:
                    found = (col, text)
                    break
            if found is None and number_col < len(cells):
                text = _text(cells[number_col])
                if text and not _LIST_NUMBERING.match(text.casefold()):
                    found = (number_col, text)
            if found is not None:
                ref = _ref("list", target.ref.key, len(entries))
                self.reader.source(ref, self.sheet, row, found[0])
                entries.append(found[1])
        if not entries:
            text_col = number_col + 1 if number_col + 1 <= end_col else number_col
            self.reader.source(target.ref, self.sheet, heading_row + 1, text_col)
        return tuple(entries)


# ---------------------------------------------------------------------------------------
# Procedure sheet
# ---------------------------------------------------------------------------------------


@dataclass
class _Header:
    """Where the procedure table's headings are (zero-based)."""

    row: int
    columns: dict[str, tuple[int, int]]  # column key -> heading cell


def _find_header(sheet: SheetGrid) -> _Header | None:
    """The first row holding two table headings, one of them Uraian Prosedur or
    Pelaksana, with the headings found there and in the rows just below."""
    for r, row in enumerate(sheet.rows[:_HEADER_SEARCH_ROWS]):
        kinds: set[str] = set()
        for value in row:
            if isinstance(value, str) and 0 < len(value) <= _MAX_LABEL_CHARS:
                kind = _COLUMN_KEYS.get(_key(value))
                if kind in _HEADER_KINDS:
                    kinds.add(kind)
        if len(kinds) >= 2 and kinds & {"description", "actors"}:
            columns: dict[str, tuple[int, int]] = {}
            for rr in range(r, min(r + _SUBHEADING_ROWS + 1, sheet.height)):
                for c, value in enumerate(sheet.rows[rr]):
                    if isinstance(value, str) and 0 < len(value) <= _MAX_LABEL_CHARS:
                        kind = _COLUMN_KEYS.get(_key(value))
                        if kind is not None and kind not in columns:
                            columns[kind] = (rr, c)
            return _Header(r, columns)
    return None


@dataclass
class _StepRow:
    """A step read from a row (zero-based) and the pelaksana columns marked in it."""

    row: int
    step: Step
    marked: list[int]


class _ProcedureReader:
    """Reads the pelaksana and the steps of the procedure table below its header."""

    def __init__(self, reader: _Reader, sheet: SheetGrid, header: _Header | None) -> None:
        self.reader = reader
        self.sheet = sheet
        self.header = header
        self.merges = _Merges(sheet)
        self.name_row = 0  # the row of the pelaksana names, once the header is read

    def read(self) -> tuple[tuple[Actor, ...], tuple[Step, ...]]:
        if self.header is None:
            for key in ("description", "actors"):
                self._missing(key)
            return (), ()
        columns = dict(self.header.columns)
        self._find_retyped(columns, ("actors",))
        first_actor, last_actor, name_row = self._actor_columns(columns)
        self.name_row = name_row
        names_at = {(name_row, c) for c in range(first_actor, last_actor + 1)}
        self._find_retyped(columns, _REQUIRED_COLUMNS, skip=names_at)
        cols = {key: cell[1] for key, cell in columns.items()}
        data_row = max([name_row, *(cell[0] for cell in columns.values())]) + 1
        if self._is_column_numbers(data_row, cols):
            data_row += 1
        rows = list(self._step_rows(data_row, cols, first_actor, last_actor))

        # Pelaksana columns run to the last one named or marked: the template prints more
        # columns than most SOPs use.
        names = [_text(self.sheet.get(name_row, c)) for c in range(first_actor, last_actor + 1)]
        used = max(
            [i + 1 for i, name in enumerate(names) if name]
            + [a + 1 for item in rows for a in item.marked],
            default=0,
        )
        name, sources = self.sheet.name, self.reader.sources
        for a in range(used):
            sources[_ref("actor", "", a)] = _location(name, name_row + 1, first_actor + a + 1)
        self.reader.source(
            FieldRef("sheet", spec.SHEET_PROCEDURE),
            self.sheet,
            rows[0].row if rows else data_row,
            cols.get("description", first_actor),
        )
        for index, item in enumerate(rows):
            excel_row = item.row + 1
            for a in range(used):
                where = _location(name, excel_row, first_actor + a + 1)
                sources[_ref("step", "actor", index, a)] = where
            if used:
                shown = item.marked[0] if item.marked else 0
                where = _location(name, excel_row, first_actor + shown + 1)
                sources[_ref("step", "actor", index)] = where
        return tuple(Actor(name) for name in names[:used]), tuple(item.step for item in rows)

    def _missing(self, key: str) -> None:
        self.reader.report(
            "FORM_LABEL_MISSING",
            self.sheet.name,
            ref=FieldRef("step", key),
            label=_COLUMN_LABELS[key],
            sheet_name=self.sheet.name,
        )

    def _find_retyped(
        self,
        columns: dict[str, tuple[int, int]],
        keys: Sequence[str],
        skip: set[tuple[int, int]] | frozenset[tuple[int, int]] = frozenset(),
    ) -> None:
        """Add to ``columns`` the headings of ``keys`` that were retyped, found by
        resemblance in the header rows (never in ``skip``: the pelaksana names). A
        required heading found neither exactly nor so is reported missing."""
        assert self.header is not None
        top = self.header.row
        region = range(top, min(top + _SUBHEADING_ROWS + 1, self.sheet.height))
        used = set(columns.values()) | skip
        for key in keys:
            if key in columns:
                continue
            names = [normalise_label(text) for text in spec.COLUMN_VARIANTS[key]]
            best: tuple[float, int, int] | None = None
            for r in region:
                for c, value in enumerate(self.sheet.rows[r]):
                    if (r, c) in used or not isinstance(value, str):
                        continue
                    if not 0 < len(value) <= _MAX_LABEL_CHARS:
                        continue
                    score = max(_similarity(_key(value), n) for n in names)
                    if score >= _ANYWHERE_SIMILARITY and (best is None or score > best[0]):
                        best = (score, r, c)
            if best is None:
                if key != "actors":
                    self._missing(key)
                continue
            _, r, c = best
            columns[key] = (r, c)
            used.add((r, c))
            text = _text(self.sheet.get(r, c))
            self.reader.report(
                "FORM_LABEL_EDITED",
                self.sheet.name,
                (r, c),
                ref=FieldRef("step", key),
                value=text,
                found=text,
                label=_COLUMN_LABELS[key],
            )

    def _actor_columns(self, columns: dict[str, tuple[int, int]]) -> tuple[int, int, int]:
        """(first, last) pelaksana column and the row of their names.

        The columns run across the Pelaksana heading's merged span, or, when the merge is
        not known (.ods) or was undone, up to the next heading on its right.
        """
        assert self.header is not None
        heading = columns.get("actors")
        if heading is None:
            self._missing("actors")
            # Without the heading, the pelaksana are whatever lies between the uraian and
            # the Mutu Baku columns.
            start = columns.get("description", (self.header.row, 0))[1] + 1
            top = self.header.row
        else:
            top, start = heading
        end_row, end_col = self.merges.end(top, start)
        if end_col == start:
            right = [c for key, (_, c) in columns.items() if c > start and key != "actors"]
            end_col = min(right) - 1 if right else max(start, self.sheet.width - 1)
        name_row = end_row + 1
        # A heading merged down over two rows loses its merge in .ods: the names are then
        # one row further down, in a row that is no step (no No, no uraian).
        below = name_row + 1
        if (
            not self._has_text(name_row, start, end_col)
            and self._has_text(below, start, end_col)
            and all(
                _is_empty(self.sheet.get(below, columns[key][1]))
                for key in ("number", "description")
                if key in columns
            )
        ):
            name_row = below
        return start, end_col, name_row

    def _has_text(self, row: int, first: int, last: int) -> bool:
        return any(isinstance(self.sheet.get(row, c), str) for c in range(first, last + 1))

    def _is_column_numbers(self, row: int, cols: dict[str, int]) -> bool:
        """The row of column numbers (1, 2, 3, ...) Lampiran II prints under the headings."""
        description = cols.get("description")
        if description is None or row >= self.sheet.height:
            return False
        cells = self.sheet.rows[row]
        if not isinstance(self.sheet.get(row, description), int | float):
            return False
        return all(
            _is_empty(v) or (isinstance(v, int | float) and not isinstance(v, bool)) for v in cells
        )

    def _step_rows(
        self, first_row: int, cols: dict[str, int], first_actor: int, last_actor: int
    ) -> Iterator[_StepRow]:
        number_col = cols.get("number")
        content_cols = [c for key, c in cols.items() if key not in ("number", "actors", "quality")]
        content_cols.extend(range(first_actor, last_actor + 1))
        blank_run = 0
        count = 0
        for row in range(first_row, self.sheet.height):
            cells = self.sheet.rows[row]
            width = len(cells)
            filled = False
            for c in content_cols:
                value = cells[c] if c < width else None
                if value is not None and value != "" and not _is_empty(value):
                    filled = True
                    break
            if not filled:
                numbered = number_col is not None and not _is_empty(self.sheet.get(row, number_col))
                # A printed row with only its number is an unused step row, not the end.
                blank_run = 0 if numbered else blank_run + 1
                if blank_run >= _END_OF_TABLE_RUN:
                    return
                continue
            blank_run = 0
            yield self._step(row, count, cols, first_actor, last_actor)
            count += 1

    def _step(
        self, row: int, index: int, cols: dict[str, int], first_actor: int, last_actor: int
    ) -> _StepRow:
        reader, sheet = self.reader, self.sheet
        name = sheet.name
        sources = reader.sources
        cells = sheet.rows[row]
        width = len(cells)
        raw: dict[str, CellValue] = dict.fromkeys(_STEP_KEYS)
        for key in _STEP_KEYS:
            col = cols.get(key)
            if col is not None:
                sources[_ref("step", key, index)] = _location(name, row + 1, col + 1)
                raw[key] = cells[col] if col < width else None

        def ref(key: str, actor: int | None = None) -> FieldRef:
            return _ref("step", key, index, actor)

        number = _whole_number(raw["number"])
        if number is None:
            number = index + 1
            # Without a No column (reported once as a missing label) there is nothing to
            # say about each step's number.
            if "number" in cols:
                where = (row, cols["number"])
                if _is_empty(raw["number"]):
                    reader.report(
                        "FORM_STEP_NUMBER_MISSING", name, where, ref=ref("number"), number=number
                    )
                else:
                    reader.report(
                        "FORM_STEP_NUMBER_INVALID",
                        name,
                        where,
                        ref=ref("number"),
                        value=_text(raw["number"]),
                        number=number,
                    )

        marked: list[int] = []
        symbols: list[Symbol | None] = []
        for col in range(first_actor, min(last_actor + 1, width)):
            value = cells[col]
            if value is None or value == "" or _is_empty(value):
                continue
            actor = col - first_actor
            symbol = _symbol(value) if isinstance(value, str) else None
            if symbol is None and not is_plain_mark(value):
                reader.report(
                    "FORM_SYMBOL_UNKNOWN",
                    name,
                    (row, col),
                    ref=ref("actor", actor),
                    value=_text(value),
                    step=number,
                    actor=self._actor_label(actor, first_actor),
                )
            marked.append(actor)
            symbols.append(symbol)
        if len(marked) > 1:
            reader.report(
                "FORM_STEP_MULTIPLE_ACTORS",
                name,
                (row, first_actor + marked[1]),
                ref=ref("actor", marked[1]),
                value=_text(cells[first_actor + marked[1]]),
                step=number,
                count=len(marked),
                actors=", ".join(self._actor_label(a, first_actor) for a in marked),
            )

        raw_duration = raw["duration"]
        duration: Duration | None = None
        try:
            duration = (
                _duration(raw_duration)
                if isinstance(raw_duration, str)
                else parse_duration(raw_duration)
            )
        except ValueError:
            reader.report(
                "FORM_DURATION_INVALID",
                name,
                (row, cols["duration"]),
                ref=ref("duration"),
                value=_text(raw_duration),
                step=number,
            )
        targets: dict[str, int | None] = {}
        for key, branch in (("yes_target", "Ya"), ("no_target", "Tidak")):
            targets[key] = _whole_number(raw[key])
            if targets[key] is None and not _is_empty(raw[key]):
                reader.report(
                    "FORM_TARGET_INVALID",
                    name,
                    (row, cols[key]),
                    ref=ref(key),
                    value=_text(raw[key]),
                    step=number,
                    branch=branch,
                )
        step = Step(
            number=number,
            description=_text(raw["description"]),
            actor=marked[0] if marked else None,
            symbol=symbols[0] if symbols else None,
            requirements=_text(raw["requirements"]),
            duration=duration,
            output=_text(raw["output"]),
            note=_text(raw["note"]),
            yes_target=targets["yes_target"],
            no_target=targets["no_target"],
        )
        return _StepRow(row, step, marked)

    def _actor_label(self, actor: int, first_actor: int) -> str:
        """The pelaksana as a person knows it: its jabatan, or its position."""
        name = _text(self.sheet.get(self.name_row, first_actor + actor))
        return name or f"pelaksana ke-{actor + 1}"
