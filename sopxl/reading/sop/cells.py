"""Cells of an SOP form as a person typed them, for the readers of its sheets.

A cell's text and whole number, its merged span, and the refs and locations that point
at cells (:class:`Sources`, the map of where each field was read). The parses and
objects that recur in every form of a batch are cached here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Final, NamedTuple, TypeVar, overload

from sopxl.findings import FieldRef, Location
from sopxl.model.sop import Duration, Step, Symbol
from sopxl.parsing.durations import parse_duration
from sopxl.parsing.symbols import parse_symbol
from sopxl.reading.grid import CellValue, Merge, SheetGrid

_T = TypeVar("_T")

_WHOLE_NUMBER: Final = re.compile(r"^\d+(?:\.0*)?$")


def is_empty(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def whole_number(value: CellValue) -> int | None:
    """A positive whole number typed in a cell (3, 3.0, "3"), else ``None``."""
    if isinstance(value, float):  # what calamine gives for any number: decided first
        return int(value) if value.is_integer() and value > 0 else None
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value > 0 else None
    if isinstance(value, str) and _WHOLE_NUMBER.match(value.strip()):
        number = int(value.strip().partition(".")[0])
        return number if number > 0 else None
    return None


# Checking a batch reads the same few symbols and Waktu texts thousands of times;
# remembering their parse keeps the reader a small fraction of the time it takes to load
# a workbook. Bounded, so odd input cannot grow them.
@lru_cache(maxsize=1024)
def symbol_of(text: str) -> Symbol | None:
    return parse_symbol(text)


@lru_cache(maxsize=1024)
def duration_of(text: str) -> Duration | None:
    return parse_duration(text)


# The refs and most locations of one form recur in every form of a batch.
@lru_cache(maxsize=65536)
def field_ref(
    area: str, key: str = "", index: int | None = None, actor: int | None = None
) -> FieldRef:
    return FieldRef(area, key, index, actor)


@lru_cache(maxsize=65536)
def location_of(sheet: str, row: int, column: int) -> Location:
    return Location(sheet, row, column)


def new_step(
    number: int,
    description: str,
    actor: int | None,
    symbol: Symbol | None,
    requirements: str,
    duration: Duration | None,
    output: str,
    note: str,
    yes_target: int | None,
    no_target: int | None,
) -> Step:
    """The same :class:`~sopxl.model.sop.Step` as ``Step(number, description, ...)``, made in
    a third of the time.

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``; for
    Step's ten fields that costs more than reading the rest of its row. Step has no
    ``__post_init__``, slots or computed defaults, so filling a new instance's
    ``__dict__`` (as unpickling does) makes an equal object;
    tests/test_sop_reader_sources.py checks that this stays so.
    """
    step = object.__new__(Step)
    step.__dict__.update(
        number=number,
        description=description,
        actor=actor,
        symbol=symbol,
        requirements=requirements,
        duration=duration,
        output=output,
        note=note,
        yes_target=yes_target,
        no_target=no_target,
    )
    return step


@lru_cache(maxsize=64)
def _merge_ends(merged: tuple[Merge, ...]) -> Mapping[tuple[int, int], tuple[int, int]]:
    # The merges of a template recur in every form of a batch: mapped once, shared.
    return {(r0, c0): (r1, c1) for r0, c0, r1, c1 in merged}


class Merges:
    """The merged ranges of a sheet, by top-left cell. Readers that report no merges
    (calamine on .ods) give an empty map, and the reader then works from the values."""

    def __init__(self, sheet: SheetGrid) -> None:
        self.ends = _merge_ends(sheet.merged)  # (first row, first col) -> (last row, last col)

    def end(self, row: int, col: int) -> tuple[int, int]:
        return self.ends.get((row, col), (row, col))


class StepTable(NamedTuple):
    """Where the procedure table's steps were read: what the ``"step"`` refs point at,
    worked out when asked rather than stored cell by cell."""

    sheet: str
    rows: tuple[int, ...]  # the row (zero-based) of each step, by its index
    columns: Mapping[str, int]  # the column (zero-based) of each step key the table has
    first_actor: int  # the column (zero-based) of pelaksana 0
    actors: int  # how many pelaksana columns were read
    steps: tuple[Step, ...]  # each step's actor is its marked column (the first one)

    def location(self, ref: FieldRef) -> Location | None:
        index = ref.index
        if ref.area != "step" or index is None or not 0 <= index < len(self.rows):
            return None
        if ref.key == "actor":
            # The marked cell; the first pelaksana cell when none is marked.
            actor = (self.steps[index].actor or 0) if ref.actor is None else ref.actor
            if not 0 <= actor < self.actors:
                return None
            return location_of(self.sheet, self.rows[index] + 1, self.first_actor + actor + 1)
        column = self.columns.get(ref.key)
        if column is None or ref.actor is not None:
            return None
        return location_of(self.sheet, self.rows[index] + 1, column + 1)

    def refs(self) -> Iterator[FieldRef]:
        """Every ref :meth:`location` answers, step by step."""
        for index in range(len(self.rows)):
            for key in self.columns:
                yield field_ref("step", key, index)
            if self.actors:
                for actor in range(self.actors):
                    yield field_ref("step", "actor", index, actor)
                yield field_ref("step", "actor", index)


class Sources(Mapping[FieldRef, Location]):
    """Where every field of one reading was read: the fields recorded one by one
    (identity, lists, pelaksana names, the procedure sheet) and the procedure table's
    steps, whose cells follow from its geometry."""

    __slots__ = ("_fields", "_steps")

    def __init__(self, fields: dict[FieldRef, Location], steps: StepTable | None) -> None:
        self._fields = fields
        self._steps = steps

    def _find(self, ref: FieldRef) -> Location | None:
        found = self._fields.get(ref)
        if found is None and self._steps is not None:
            return self._steps.location(ref)
        return found

    @overload
    def get(self, ref: FieldRef, /) -> Location | None: ...
    @overload
    def get(self, ref: FieldRef, default: Location | _T, /) -> Location | _T: ...
    def get(self, ref: FieldRef, default: object = None, /) -> object:
        found = self._find(ref)
        return default if found is None else found

    def __getitem__(self, ref: FieldRef) -> Location:
        found = self._find(ref)
        if found is None:
            raise KeyError(ref)
        return found

    def __contains__(self, ref: object) -> bool:
        return isinstance(ref, FieldRef) and self._find(ref) is not None

    def __iter__(self) -> Iterator[FieldRef]:
        yield from self._fields
        if self._steps is not None:
            yield from self._steps.refs()

    def __len__(self) -> int:
        steps = self._steps
        if steps is None:
            return len(self._fields)
        per_step = len(steps.columns) + (steps.actors + 1 if steps.actors else 0)
        return len(self._fields) + len(steps.rows) * per_step

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict(self)!r})"
