"""Where each field of the SOP form sits in a workbook that sopxl writes.

Coordinates are zero-based (row, column). The writer places cells with this layout, and a
returned copy uses it to point a finding at the cell of the rebuilt form. Readers do not
use it: they find fields by label, because people move things.
"""

from __future__ import annotations

from dataclasses import dataclass

from sopxl.findings import FieldRef
from sopxl.forms import sop_spec as spec
from sopxl.model import sop_fields

MIN_ACTORS = 2
MAX_ACTORS = 20
MIN_STEPS = 1
MAX_STEPS = 500
MIN_LIST_ROWS = 1
MAX_LIST_ROWS = 50

DEFAULT_ACTORS = 5
DEFAULT_STEPS = 15
DEFAULT_LIST_ROWS = 4

Cell = tuple[str, int, int]
"""(sheet name, zero-based row, zero-based column)."""


@dataclass(frozen=True)
class SopFormLayout:
    """Geometry of one SOP form: ``actors`` pelaksana columns, ``steps`` step rows and
    ``list_rows`` entries for each numbered list of the identity sheet."""

    actors: int = DEFAULT_ACTORS
    steps: int = DEFAULT_STEPS
    list_rows: int = DEFAULT_LIST_ROWS

    def __post_init__(self) -> None:
        for name, value, low, high in (
            ("actors", self.actors, MIN_ACTORS, MAX_ACTORS),
            ("steps", self.steps, MIN_STEPS, MAX_STEPS),
            ("list_rows", self.list_rows, MIN_LIST_ROWS, MAX_LIST_ROWS),
        ):
            if not low <= value <= high:
                raise ValueError(f"{name} must be between {low} and {high}, got {value}")

    # --- identity sheet -----------------------------------------------------------------
    # Columns: A number | B-C left text | D number | E label | F value.
    IDENTITY_COLUMNS = (4.5, 17.0, 38.0, 4.5, 20.0, 40.0)
    HEADER_FIRST_ROW = 2

    def header_field_cell(self, index: int) -> Cell:
        """Value cell of the ``index``-th field of :data:`sop_fields.HEADER_FIELDS`."""
        return (spec.SHEET_IDENTITY, self.HEADER_FIRST_ROW + index, 5)

    def agency_field_cell(self, index: int) -> Cell:
        """Value cell of the ``index``-th field of :data:`sop_fields.AGENCY_FIELDS`."""
        return (spec.SHEET_IDENTITY, self.HEADER_FIRST_ROW + 2 + index, 2)

    @property
    def lists_first_row(self) -> int:
        return self.HEADER_FIRST_ROW + len(sop_fields.HEADER_FIELDS) + 1

    def list_heading_row(self, pair: int) -> int:
        """Row of the headings of the ``pair``-th pair of lists."""
        return self.lists_first_row + pair * (self.list_rows + 1)

    def list_item_cell(self, key: str, item: int) -> Cell:
        """Value cell of entry ``item`` (zero-based) of the list ``key``."""
        for pair_index, pair in enumerate(sop_fields.LIST_PAIRS):
            for side, list_spec in enumerate(pair):
                if list_spec.key == key:
                    row = self.list_heading_row(pair_index) + 1 + item
                    return (spec.SHEET_IDENTITY, row, 1 if side == 0 else 4)
        raise KeyError(key)

    @property
    def approval_heading_row(self) -> int:
        return self.list_heading_row(len(sop_fields.LIST_PAIRS)) + 1

    def approval_field_cell(self, index: int) -> Cell:
        """Value cell of the ``index``-th field of :data:`sop_fields.APPROVAL_FIELDS`."""
        return (spec.SHEET_IDENTITY, self.approval_heading_row + 1 + index, 5)

    @property
    def identity_last_row(self) -> int:
        return self.approval_heading_row + len(sop_fields.APPROVAL_FIELDS)

    def identity_cell(self, key: str) -> Cell:
        """Value cell of a single identity field by its model key (``code``, ``nip``...)."""
        for index, field in enumerate(sop_fields.HEADER_FIELDS):
            if field.key == key:
                return self.header_field_cell(index)
        for index, field in enumerate(sop_fields.AGENCY_FIELDS):
            if field.key == key:
                return self.agency_field_cell(index)
        for index, field in enumerate(sop_fields.APPROVAL_FIELDS):
            if field.key == key:
                return self.approval_field_cell(index)
        raise KeyError(key)

    # --- procedure sheet ----------------------------------------------------------------
    HEADING_ROW = 3  # "No | Uraian Prosedur | Pelaksana | Mutu Baku | Ket"
    ACTOR_NAME_ROW = 4  # actor names typed in, and the Mutu Baku sub-headings
    COLUMN_NUMBER_ROW = 5  # 1, 2, 3, ... under the headings (Lampiran II)
    FIRST_STEP_ROW = 6

    COL_NUMBER = 0
    COL_DESCRIPTION = 1
    FIRST_ACTOR_COL = 2

    @property
    def col_requirements(self) -> int:
        return self.FIRST_ACTOR_COL + self.actors

    @property
    def col_duration(self) -> int:
        return self.col_requirements + 1

    @property
    def col_output(self) -> int:
        return self.col_requirements + 2

    @property
    def col_note(self) -> int:
        return self.col_requirements + 3

    @property
    def col_yes(self) -> int:
        """First helper column, outside the print area."""
        return self.col_note + 2

    @property
    def col_no(self) -> int:
        return self.col_yes + 1

    @property
    def last_step_row(self) -> int:
        return self.FIRST_STEP_ROW + self.steps - 1

    def actor_name_cell(self, actor: int) -> Cell:
        return (spec.SHEET_PROCEDURE, self.ACTOR_NAME_ROW, self.FIRST_ACTOR_COL + actor)

    def step_row(self, step_index: int) -> int:
        """Row of the ``step_index``-th (zero-based) step row."""
        return self.FIRST_STEP_ROW + step_index

    def step_cell(self, step_index: int, column: str, actor: int = 0) -> Cell:
        """Cell of ``column`` (a model field name, or ``actor``) in a step row."""
        columns = {
            "number": self.COL_NUMBER,
            "description": self.COL_DESCRIPTION,
            "actor": self.FIRST_ACTOR_COL + actor,
            "requirements": self.col_requirements,
            "duration": self.col_duration,
            "output": self.col_output,
            "note": self.col_note,
            "yes_target": self.col_yes,
            "no_target": self.col_no,
        }
        return (spec.SHEET_PROCEDURE, self.step_row(step_index), columns[column])

    def cell_for(self, ref: FieldRef) -> Cell | None:
        """The cell of this layout that shows the field ``ref``, or ``None`` when the field
        has no single cell here (a whole sheet, a list entry beyond the printed rows)."""
        try:
            if ref.area == "identity":
                return self.identity_cell(ref.key)
            if ref.area == "approval":
                return self.identity_cell(ref.key)
            if ref.area == "list" and ref.index is not None and ref.index < self.list_rows:
                return self.list_item_cell(ref.key, ref.index)
            if ref.area == "actor" and ref.index is not None and ref.index < self.actors:
                return self.actor_name_cell(ref.index)
            if ref.area == "step" and ref.index is not None and ref.index < self.steps:
                actor = ref.actor or 0
                if ref.key == "actor" and actor >= self.actors:
                    return None
                return self.step_cell(ref.index, ref.key, actor)
        except KeyError:
            return None
        return None
