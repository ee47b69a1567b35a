"""Reading the procedure sheet of an SOP form: the table's header, pelaksana and steps.

The table is found by its column headings (retyped ones by resemblance), the pelaksana
by the Pelaksana heading's span, and the steps row by row below the header until a run
of empty rows; each step's cells are read into a :class:`~sopxl.model.sop.Step`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import TYPE_CHECKING, Final

from sopxl.findings import FieldRef
from sopxl.forms import sop_spec as spec
from sopxl.model.sop import Actor, Duration, Step, Symbol
from sopxl.parsing.durations import parse_duration
from sopxl.parsing.labels import normalise_label
from sopxl.parsing.symbols import is_plain_mark
from sopxl.reading.grid import CellValue, SheetGrid, cell_text
from sopxl.reading.labels import (
    _ANYWHERE_SIMILARITY,
    _COLUMN_LABELS,
    _HEADER_KINDS,
    _MAX_LABEL_CHARS,
    _REQUIRED_COLUMNS,
    _STEP_KEYS,
    _column_kind,
    _similarity,
    label_key,
)
from sopxl.reading.sop.cells import (
    Merges,
    StepTable,
    duration_of,
    field_ref,
    is_empty,
    location_of,
    new_step,
    symbol_of,
    whole_number,
)

if TYPE_CHECKING:
    from sopxl.reading.sop.reader import FormReader

# The procedure header is looked for in this many rows of a sheet.
_HEADER_SEARCH_ROWS: Final = 200
# The table ends after this many consecutive rows with nothing in them at all. A single
# blank row is not the end: people leave gaps between groups of steps.
_END_OF_TABLE_RUN: Final = 3
# Sub-headings (actor names, Mutu Baku columns, Ya/Tidak) sit at most this far below the
# header row.
_SUBHEADING_ROWS: Final = 2
# A cell of only a dash (also the en/em dash AutoCorrect makes of it) means "nothing here".
_DASH_TEXTS: Final = frozenset({"-", "\u2013", "\u2014"})


def _is_blank(text: str) -> bool:
    stripped = text.strip()
    return not stripped or stripped in _DASH_TEXTS


def _is_dash(value: CellValue) -> bool:
    return isinstance(value, str) and value.strip() in _DASH_TEXTS


@dataclass
class ProcedureHeader:
    """Where the procedure table's headings are (zero-based)."""

    row: int
    columns: dict[str, tuple[int, int]]  # column key -> heading cell


def find_header(sheet: SheetGrid) -> ProcedureHeader | None:
    """The first row holding two table headings, one of them Uraian Prosedur or
    Pelaksana, with the headings found there and in the rows just below."""
    for r, row in enumerate(sheet.rows[:_HEADER_SEARCH_ROWS]):
        # Most cells are "": only the others are looked at.
        kinds = _HEADER_KINDS.intersection([_column_kind(value) for value in row if value])
        if len(kinds) >= 2 and not kinds.isdisjoint(("description", "actors")):
            columns: dict[str, tuple[int, int]] = {}
            for rr in range(r, min(r + _SUBHEADING_ROWS + 1, sheet.height)):
                for c, value in enumerate(sheet.rows[rr]):
                    kind = _column_kind(value) if value else None
                    if kind is not None and kind not in columns:
                        columns[kind] = (rr, c)
            return ProcedureHeader(r, columns)
    return None


class ProcedureReader:
    """Reads the pelaksana and the steps of the procedure table below its header."""

    def __init__(
        self, reader: FormReader, sheet: SheetGrid, header: ProcedureHeader | None
    ) -> None:
        self.reader = reader
        self.sheet = sheet
        self.header = header
        self.merges = Merges(sheet)
        self.name_row = 0  # the row of the pelaksana names, once the header is read
        self.marked_columns = 0  # pelaksana columns up to the last one marked in a step
        self.table_rows = 0  # step rows of the table, used or only numbered

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
        rows, steps = self._read_steps(data_row, cols, first_actor, last_actor)
        self.reader.form_size = (last_actor - first_actor + 1, self.table_rows)
        self._not_read(data_row, max([*cols.values(), last_actor]))

        # Pelaksana columns run to the last one named or marked: the template prints more
        # columns than most SOPs use.
        names = [cell_text(self.sheet.get(name_row, c)) for c in range(first_actor, last_actor + 1)]
        named = max((i + 1 for i, name in enumerate(names) if name), default=0)
        used = max(named, self.marked_columns)
        name, sources = self.sheet.name, self.reader.sources
        for a in range(used):
            sources[field_ref("actor", "", a)] = location_of(
                name, name_row + 1, first_actor + a + 1
            )
        self.reader.source(
            FieldRef("sheet", spec.SHEET_PROCEDURE),
            self.sheet,
            rows[0] if rows else data_row,
            cols.get("description", first_actor),
        )
        table = StepTable(
            name,
            rows=tuple(rows),
            columns={key: cols[key] for key in _STEP_KEYS if key in cols},
            first_actor=first_actor,
            actors=used,
            steps=tuple(steps),
        )
        self.reader.steps = table
        return tuple(Actor(name) for name in names[:used]), table.steps

    def _not_read(self, data_row: int, last_col: int) -> None:
        """A peringatan for values right of the table along its rows, and below its end."""
        from sopxl.reading.unread import columns_not_read, rows_not_read

        end = data_row + self.table_rows
        self.reader.findings.extend(
            columns_not_read(self.sheet, data_row, end, range(last_col + 1), self.reader.file)
        )
        self.reader.findings.extend(rows_not_read(self.sheet, end, self.reader.file))

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
                    score = max(_similarity(label_key(value), n) for n in names)
                    if score >= _ANYWHERE_SIMILARITY and (best is None or score > best[0]):
                        best = (score, r, c)
            if best is None:
                if key != "actors":
                    self._missing(key)
                continue
            _, r, c = best
            columns[key] = (r, c)
            used.add((r, c))
            text = cell_text(self.sheet.get(r, c))
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
                is_empty(self.sheet.get(below, columns[key][1]))
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
        for value in cells:  # each a number (not a bool) or empty
            if value is None or value == "":
                continue
            if isinstance(value, int | float) and not isinstance(value, bool):
                continue
            if not (isinstance(value, str) and value.isspace()):
                return False
        return True

    def _read_steps(
        self, first_row: int, cols: dict[str, int], first_actor: int, last_actor: int
    ) -> tuple[list[int], list[Step]]:
        """The steps below the header, and the row (zero-based) each was read from."""
        number_col = cols.get("number")
        content_cols = [c for key, c in cols.items() if key not in ("number", "actors", "quality")]
        content_cols.extend(range(first_actor, last_actor + 1))
        # Each step's fields are fetched from its row in one C call: a column the table
        # lacks (-1) reads the None that pads the row's end, as does one past a short row.
        fetch = itemgetter(*(cols.get(key, -1) for key in _STEP_KEYS))
        pad = (None,) * (max(cols.values(), default=0) + 2)
        rows: list[int] = []
        steps: list[Step] = []
        blank_run = 0
        last_row = first_row - 1
        sheet_rows = self.sheet.rows
        for row in range(first_row, len(sheet_rows)):
            cells = sheet_rows[row]
            width = len(cells)
            filled = False
            for c in content_cols:
                value = cells[c] if c < width else None
                # Not is_empty(value), spelt out: most cells are "" or plain text.
                if value == "" or value is None or (isinstance(value, str) and value.isspace()):
                    continue
                filled = True
                break
            if not filled:
                numbered = number_col is not None and not is_empty(self.sheet.get(row, number_col))
                # A printed row with only its number is an unused step row, not the end.
                blank_run = 0 if numbered else blank_run + 1
                if numbered:
                    last_row = row
                if blank_run >= _END_OF_TABLE_RUN:
                    break
                continue
            blank_run = 0
            last_row = row
            raw = fetch(cells + pad)
            step = self._step(row, len(steps), cells, raw, cols, first_actor, last_actor)
            rows.append(row)
            steps.append(step)
        self.table_rows = last_row - first_row + 1
        return rows, steps

    def _step(
        self,
        row: int,
        index: int,
        cells: tuple[CellValue, ...],
        raw: tuple[CellValue, ...],
        cols: dict[str, int],
        first_actor: int,
        last_actor: int,
    ) -> Step:
        """The step in ``row`` (its ``cells``; ``raw`` those of the ``_STEP_KEYS``
        columns)."""
        reader, name = self.reader, self.sheet.name
        (
            raw_number,
            description,
            requirements,
            raw_duration,
            output,
            note,
            raw_yes,
            raw_no,
        ) = raw

        number = whole_number(raw_number)
        if number is None:
            number = index + 1
            # Without a No column (reported once as a missing label) there is nothing to
            # say about each step's number.
            if "number" in cols:
                where = (row, cols["number"])
                if is_empty(raw_number):
                    reader.report(
                        "FORM_STEP_NUMBER_MISSING",
                        name,
                        where,
                        ref=field_ref("step", "number", index),
                        number=number,
                    )
                else:
                    reader.report(
                        "FORM_STEP_NUMBER_INVALID",
                        name,
                        where,
                        ref=field_ref("step", "number", index),
                        value=cell_text(raw_number),
                        number=number,
                    )

        marked: list[int] = []
        symbol: Symbol | None = None
        for actor, value in enumerate(cells[first_actor : last_actor + 1]):
            if value == "" or value is None or (isinstance(value, str) and _is_blank(value)):
                continue  # "-" in a column the step does not use means "not this one"
            col = first_actor + actor
            found = symbol_of(value) if isinstance(value, str) else None
            if found is None and not is_plain_mark(value):
                reader.report(
                    "FORM_SYMBOL_UNKNOWN",
                    name,
                    (row, col),
                    ref=field_ref("step", "actor", index, actor),
                    value=cell_text(value),
                    step=number,
                    actor=self._actor_label(actor, first_actor),
                )
            if not marked:
                symbol = found
                if found is None and is_plain_mark(value):
                    # Reported here, with the tick as typed; the rule that would say the
                    # same from the model (without the value) then stays silent.
                    reader.report(
                        "STEP_SYMBOL_MISSING",
                        name,
                        (row, col),
                        ref=field_ref("step", "actor", index, actor),
                        value=cell_text(value),
                        step=number,
                        actor=self._actor_label(actor, first_actor),
                    )
            marked.append(actor)
        if len(marked) > 1:
            reader.report(
                "FORM_STEP_MULTIPLE_ACTORS",
                name,
                (row, first_actor + marked[1]),
                ref=field_ref("step", "actor", index, marked[1]),
                value=cell_text(cells[first_actor + marked[1]]),
                step=number,
                count=len(marked),
                actors=", ".join(self._actor_label(a, first_actor) for a in marked),
            )

        duration: Duration | None = None
        if raw_duration is not None and raw_duration != "":
            try:
                duration = (
                    duration_of(raw_duration)
                    if isinstance(raw_duration, str)
                    else parse_duration(raw_duration)
                )
            except ValueError:
                reader.report(
                    "FORM_DURATION_INVALID",
                    name,
                    (row, cols["duration"]),
                    ref=field_ref("step", "duration", index),
                    value=cell_text(raw_duration),
                    step=number,
                )
        yes_target = (
            None
            if raw_yes is None or raw_yes == "" or _is_dash(raw_yes)  # most steps: no decision
            else self._target(raw_yes, "yes_target", "Ya", row, cols, index, number)
        )
        no_target = (
            None
            if raw_no is None or raw_no == "" or _is_dash(raw_no)
            else self._target(raw_no, "no_target", "Tidak", row, cols, index, number)
        )
        # Most cells are plain text: stripped here rather than through cell_text.
        step = new_step(
            number,
            description.strip() if type(description) is str else cell_text(description),
            marked[0] if marked else None,
            symbol,
            requirements.strip() if type(requirements) is str else cell_text(requirements),
            duration,
            output.strip() if type(output) is str else cell_text(output),
            note.strip() if type(note) is str else cell_text(note),
            yes_target,
            no_target,
        )
        if marked and marked[-1] >= self.marked_columns:
            self.marked_columns = marked[-1] + 1
        return step

    def _target(
        self,
        value: CellValue,
        key: str,
        branch: str,
        row: int,
        cols: dict[str, int],
        index: int,
        number: int,
    ) -> int | None:
        """A Ya/Tidak target step number (``value`` not empty); an unreadable one is
        reported."""
        target = whole_number(value)
        if target is None and not is_empty(value):
            self.reader.report(
                "FORM_TARGET_INVALID",
                self.sheet.name,
                (row, cols[key]),
                ref=field_ref("step", key, index),
                value=cell_text(value),
                step=number,
                branch=branch,
            )
        return target

    def _actor_label(self, actor: int, first_actor: int) -> str:
        """The pelaksana as a person knows it: its jabatan, or its position."""
        name = cell_text(self.sheet.get(self.name_row, first_actor + actor))
        return name or f"pelaksana ke-{actor + 1}"
