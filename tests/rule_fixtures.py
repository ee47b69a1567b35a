"""Helpers for the rule tests: SOP variants of the sample, and where a form puts fields.

:func:`sources_for` mirrors what the form reader returns for a form sopxl wrote: identity
and Pengesahan fields at their value cells (filled or not); each list entry written, and
the first entry's cell for an empty list; the pelaksana headings up to the last one named
or marked; for each step every column and each pelaksana cell, and its pelaksana as a
whole (``FieldRef("step", "actor", index=i)``) at the marked cell, or the row's first
pelaksana cell when none is marked; the procedure table as a whole
(``FieldRef("sheet", "Uraian Prosedur")``) at the first step row's Uraian cell. All
1-based, as Excel shows them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from sopxl.checking.config import CheckConfig
from sopxl.checking.rules import check_sop
from sopxl.findings import FieldRef, Finding, Location
from sopxl.forms import sop_spec as spec
from sopxl.forms.sop_form import layout_for
from sopxl.forms.sop_layout import Cell
from sopxl.model import sop_fields
from sopxl.model.sop import Sop, Step
from sopxl_demo.examples import surat_masuk

FILE = "surat-masuk.xlsx"
TODAY = date(2025, 6, 30)
CONFIG = CheckConfig(today=TODAY)
PERMENPAN = CheckConfig(today=TODAY, profile="permenpan")

ID = spec.SHEET_IDENTITY
PROC = spec.SHEET_PROCEDURE

STEP_KEYS = (
    "number",
    "description",
    "requirements",
    "duration",
    "output",
    "note",
    "yes_target",
    "no_target",
)


def sources_for(sop: Sop) -> dict[FieldRef, Location]:
    """The SourceMap the reader gives for ``sop`` written by ``write_sop_form``."""
    layout = layout_for(sop)
    cells: dict[FieldRef, Cell | None] = {}
    for ref in (
        *(FieldRef("identity", f.key) for f in sop_fields.AGENCY_FIELDS + sop_fields.HEADER_FIELDS),
        *(FieldRef("approval", f.key) for f in sop_fields.APPROVAL_FIELDS),
        *(
            FieldRef("list", item.key, index=entry)
            for item in sop_fields.LISTS
            for entry in range(max(1, len(getattr(sop.identity, item.key))))
        ),
    ):
        cells[ref] = layout.cell_for(ref)
    # The reader reads pelaksana columns up to the last one named or marked.
    used = [index for index, actor in enumerate(sop.actors) if actor.name.strip()]
    used += [step.actor for step in sop.steps if step.actor is not None]
    columns = max(used, default=-1) + 1
    for actor in range(columns):
        cells[FieldRef("actor", index=actor)] = layout.actor_name_cell(actor)
    cells[FieldRef("sheet", spec.SHEET_PROCEDURE)] = layout.step_cell(0, "description")
    for index, step in enumerate(sop.steps):
        for key in STEP_KEYS:
            cells[FieldRef("step", key, index=index)] = layout.step_cell(index, key)
        for actor in range(columns):
            ref = FieldRef("step", "actor", index=index, actor=actor)
            cells[ref] = layout.step_cell(index, "actor", actor)
        marked = step.actor if step.actor is not None else 0
        cells[FieldRef("step", "actor", index=index)] = layout.step_cell(index, "actor", marked)
    sources: dict[FieldRef, Location] = {}
    for ref, cell in cells.items():
        assert cell is not None, ref
        sheet, row, column = cell
        sources[ref] = Location(sheet, row + 1, column + 1)
    return sources


def check(sop: Sop, config: CheckConfig = CONFIG, already: Iterable[Finding] = ()) -> list[Finding]:
    """``check_sop`` on ``sop`` as read back from a sopxl-written form."""
    return check_sop(sop, sources_for(sop), FILE, config, already)


def flatten(findings: Iterable[Finding]) -> list[tuple[str | None, str | None, str]]:
    """(sheet, cell, code) of each finding, in order: what a person would look for."""
    return [(item.sheet, item.cell, item.code) for item in findings]


def with_identity(sop: Sop | None = None, **changes: Any) -> Sop:
    """The sample (or ``sop``) with identity fields changed."""
    sop = sop or surat_masuk()
    return replace(sop, identity=replace(sop.identity, **changes))


def with_approval(**changes: Any) -> Sop:
    """The sample with Pengesahan fields changed."""
    sop = surat_masuk()
    return with_identity(sop, approval=replace(sop.identity.approval, **changes))


def with_step(number: int, sop: Sop | None = None, /, **changes: Any) -> Sop:
    """The sample (or ``sop``) with the step numbered ``number`` changed."""
    sop = sop or surat_masuk()
    steps = tuple(replace(step, **changes) if step.number == number else step for step in sop.steps)
    assert sop.step_numbered(number) is not None, f"the SOP has no step {number}"
    return replace(sop, steps=steps)


def with_steps(steps: Iterable[Step], sop: Sop | None = None) -> Sop:
    """The sample (or ``sop``) with its steps replaced."""
    return replace(sop or surat_masuk(), steps=tuple(steps))
