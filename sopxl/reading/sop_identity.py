"""Reading the identity sheet of an SOP form: its fields, numbered lists and Pengesahan.

Labels are found exactly first, then retyped ones by resemblance (in the slot their found
neighbours leave for them, or anywhere on the sheet); each field's value is the filled
cell right of its label, and each list's entries are the rows below its heading.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Final

from sopxl.findings import FieldRef
from sopxl.forms import sop_spec as spec
from sopxl.model import Approval, Identity
from sopxl.parsing import parse_date
from sopxl.reading.grid import SheetGrid
from sopxl.reading.labels import (
    _ANYWHERE_SIMILARITY,
    _APPROVAL_HEADING_KEY,
    _HEADING_KEYS,
    _HEADING_LIKE_LABELS,
    _IDENTITY_TARGETS,
    _LABEL_KEYS,
    _SLOT_SIMILARITY,
    _Index,
    _Label,
    _similarity,
    _Target,
)
from sopxl.reading.sop_cells import _Merges, _ref, _text

if TYPE_CHECKING:
    from sopxl.reading.sop_reader import _Reader

# How far right of a label (after its merged span) a value may sit: the template puts it
# right beside the label, an unmerged label leaves one empty cell, a ":" column another.
_VALUE_REACH: Final = 3

# A list entry's own number ("1.", "2)", "(3)", "a.", "-") in the list's number column.
_LIST_NUMBERING: Final = re.compile(r"^(?:\(?\d{1,3}[.)]?\)?|\(?[a-z][.)]|[-•*·])$")


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
                value = cells[col]
                if value is None or value == "":  # most cells: nothing to make text of
                    continue
                text = _text(value)
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
