"""Reading the identity sheet of an SOP form: its fields, numbered lists and Pengesahan.

Labels are found exactly first, then retyped ones by resemblance (in the slot their found
neighbours leave for them, or anywhere on the sheet); each field's value is the filled
cell right of its label, and each list's entries are the rows below its heading.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Final

from sopxl.findings import FieldRef
from sopxl.model import sop_fields
from sopxl.model.sop import Approval, Identity
from sopxl.parsing.dates import parse_date
from sopxl.reading.grid import CellValue, SheetGrid, cell_text
from sopxl.reading.labels import (
    _ANYWHERE_SIMILARITY,
    _APPROVAL_HEADING_KEY,
    _GROUPS,
    _HEADING_KEYS,
    _HEADING_LIKE_LABELS,
    _IDENTITY_TARGETS,
    _LABEL_KEYS,
    _LIST_TARGETS,
    _SLOT_SIMILARITY,
    _Index,
    _Label,
    _similarity,
    _Target,
)
from sopxl.reading.sop.cells import Merges, field_ref, location_of

if TYPE_CHECKING:
    from sopxl.reading.sop.reader import FormReader

# How far right of a label (after its merged span) a value may sit: the template puts it
# right beside the label, an unmerged label leaves one empty cell, a ":" column another.
_VALUE_REACH: Final = 3

# A list entry's own number ("1.", "2)", "(3)", "a.", "-") in the list's number column.
_LIST_NUMBERING: Final = re.compile(r"^(?:\(?\d{1,3}[.)]?\)?|\(?[a-z][.)]|[-•*·])$")


@lru_cache(maxsize=256)  # the same few numbers in every list of every form
def _is_numbering(text: str) -> bool:
    """Whether ``text`` (stripped) is only a list entry's number."""
    return _LIST_NUMBERING.match(text.casefold()) is not None


class IdentityReader:
    """Reads the identity fields, lists and Pengesahan: labels first (exactly, then
    retyped ones by resemblance), then the values beside them and the entries below."""

    def __init__(self, reader: FormReader, sheet: SheetGrid, index: _Index) -> None:
        self.reader = reader
        self.sheet = sheet
        self.index = index
        self.merges = Merges(sheet)
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
        # The columns of the labels on each row: a list ends before the one beside it.
        label_cols: dict[int, list[int]] = {}
        for label in self.labels.values():
            label_cols.setdefault(label.row, []).append(label.col)
        for target in _LIST_TARGETS:
            values[target.ref.key] = self._read_list(target, stops, label_cols)
        for target in _IDENTITY_TARGETS:
            if target.ref not in self.labels:
                self.reader.report(
                    "FORM_LABEL_MISSING",
                    self.sheet.name,
                    ref=target.ref,
                    label=target.label,
                    sheet_name=self.sheet.name,
                )
        approval = Approval(
            **{f.key: str(values.pop(f.key, "")) for f in sop_fields.APPROVAL_FIELDS}
        )
        return Identity(approval=approval, **values)

    # --- labels --------------------------------------------------------------------------

    def _first(self, key: str) -> tuple[int, int] | None:
        cells = self.index.cells.get(key)
        return cells[0] if cells else None

    def _resolve_exact(self, target: _Target, approval_heading: tuple[int, int] | None) -> None:
        """Take the first cell (reading order) with the label or a variant, preferring one
        with a value beside it and, for Pengesahan, one below that heading."""
        candidates: list[tuple[int, int]] = []
        cells = self.index.cells
        for name in target.names:
            if name not in cells:
                continue
            for cell in cells[name]:
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
        label = _Label(row, col, cell_text(self.sheet.rows[row][col]))
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
        if len(self.labels) == len(_IDENTITY_TARGETS):
            return
        missing = [t for t in _IDENTITY_TARGETS if t.ref not in self.labels]
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
        merged = self.merges.ends.get((row, col))
        start = (col if merged is None else merged[1]) + 1
        rows = self.sheet.rows
        cells = rows[row] if row < len(rows) else ()
        for c, value in enumerate(cells[start : start + _VALUE_REACH], start):
            at = (row, c)
            if at in self.label_cells:
                break
            if isinstance(value, str):
                text = value.strip()
                if not text or text == ":":
                    continue
                if at in self.index.keys:  # another label or a heading
                    break
            elif value is None:
                continue
            return at, start
        return None, start

    def _read_fields(self, group: str) -> dict[str, Any]:
        values: dict[str, Any] = {}
        empty: list[tuple[_Target, int, int]] = []
        columns: list[int] = []
        name, sources, rows = self.sheet.name, self.reader.sources, self.sheet.rows
        for target in _GROUPS[group]:
            label = self.labels.get(target.ref)
            if label is None:
                values[target.ref.key] = None if target.kind == "date" else ""
                continue
            cell = label.value
            if cell is None:
                values[target.ref.key] = None if target.kind == "date" else ""
                empty.append((target, label.row, label.start))
                continue
            row, col = cell
            columns.append(col)
            sources[target.ref] = location_of(name, row + 1, col + 1)
            raw = rows[row][col]
            values[target.ref.key] = (
                self._date(target, cell, raw) if target.kind == "date" else cell_text(raw)
            )
        # An empty field points where its siblings' values are, or right of its label.
        common = Counter(columns).most_common(1) if empty else []
        for target, row, start in empty:
            self.reader.source(target.ref, self.sheet, row, common[0][0] if common else start)
        return values

    def _date(self, target: _Target, cell: tuple[int, int], raw: CellValue) -> date | None:
        try:
            return parse_date(raw)
        except ValueError:
            # Tanggal Revisi may honestly be empty (an SOP never revised): what cannot be
            # read there is a peringatan, not a galat.
            optional = target.ref.key == "revised_on"
            self.reader.report(
                "FORM_REVISED_ON_INVALID" if optional else "FORM_DATE_INVALID",
                self.sheet.name,
                cell,
                ref=target.ref,
                value=cell_text(raw),
                label=target.label,
            )
            return None

    # --- lists ---------------------------------------------------------------------------

    def _stop_rows(self) -> list[int]:
        """Rows holding a label or heading: a list ends at the first one below it."""
        rows = {label.row for label in self.labels.values()}
        rows.update(r for key in _HEADING_KEYS for r, _ in self.index.cells.get(key, ()))
        return sorted(rows)

    def _read_list(
        self, target: _Target, stops: Sequence[int], label_cols: dict[int, list[int]]
    ) -> tuple[str, ...]:
        """The entries below a list's heading, up to the next label or heading row; the
        text of each is right of the number column, or in it when it is no number."""
        label = self.labels.get(target.ref)
        if label is None:
            return ()
        heading_row, number_col = label.row, label.col
        end_col = max(self.merges.end(heading_row, number_col)[1], number_col + 2)
        # The list beside it (same heading row) starts where this one must end.
        beside = [col for col in label_cols[heading_row] if col > number_col]
        if beside:
            end_col = min(end_col, min(beside) - 1)
        after = bisect_right(stops, heading_row)
        last_row = stops[after] if after < len(stops) else self.index.stop_row
        entries: list[str] = []
        key, sheet_name, sources = target.ref.key, self.sheet.name, self.reader.sources
        for row, cells in enumerate(self.sheet.rows[heading_row + 1 : last_row], heading_row + 1):
            found: tuple[int, str] | None = None
            for col, value in enumerate(cells[number_col + 1 : end_col + 1], number_col + 1):
                if value is None or value == "":  # most cells: nothing to make text of
                    continue
                text = value.strip() if type(value) is str else cell_text(value)
                if text:
                    found = (col, text)
                    break
            if found is None and number_col < len(cells):
                text = cell_text(cells[number_col])
                if text and not _is_numbering(text):
                    found = (number_col, text)
            if found is not None:
                where = location_of(sheet_name, row + 1, found[0] + 1)
                sources[field_ref("list", key, len(entries))] = where
                entries.append(found[1])
        if not entries:
            text_col = number_col + 1 if number_col + 1 <= end_col else number_col
            self.reader.source(target.ref, self.sheet, heading_row + 1, text_col)
        return tuple(entries)
