"""Layout of the Uraian Prosedur table (Lampiran II section 3) on an A4 landscape page.

Columns: No | Uraian Prosedur | Pelaksana 1..N | Mutu Baku (Persyaratan/Kelengkapan, Waktu,
Output) | Ket, with the column-number row under the headings. The pelaksana columns share
what the text columns leave, within limits, and that width is what the flowchart gets.
Row heights come from the wrapped text of each step, so the geometry can give every step
at least the room its words need. Pure: text is measured by the function passed in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sopxl.forms import sop_spec as spec
from sopxl.model.sop import Sop, Step

A4_LANDSCAPE = (841.89, 595.28)
MARGIN = 28.0
TEXT_SIZE = 7.5
LEADING = 9.0
PADDING = 3.0
HEADING_SIZE = 7.5
CAPTION_HEIGHT = 38.0  # "URAIAN PROSEDUR", Nama SOP and Nomor SOP above the table
FOOTER_HEIGHT = 16.0

Wrap = Callable[[str, float, float], list[str]]
"""wrap(text, width, size) -> lines, with the document's font."""


@dataclass(frozen=True)
class Column:
    """A table column: its key, its x (from the table's left edge) and width."""

    key: str
    x: float
    width: float

    @property
    def right(self) -> float:
        return self.x + self.width


@dataclass(frozen=True)
class TableLayout:
    """The procedure table of one SOP: columns, header row heights, the pelaksana area
    (x and column width) and the text lines of every step's cells."""

    width: float
    columns: tuple[Column, ...]
    actor_count: int
    actor_x: float
    actor_width: float
    header_heights: tuple[float, float, float]
    actor_headings: tuple[tuple[str, ...], ...]
    cells: tuple[dict[str, tuple[str, ...]], ...]
    row_heights: tuple[float, ...]

    @property
    def header_height(self) -> float:
        return sum(self.header_heights)

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)


TEXT_KEYS = ("description", "requirements", "duration", "output", "note")


def step_texts(step: Step) -> dict[str, str]:
    """The text of each text column of a step's row."""
    return {
        "number": str(step.number),
        "description": step.description,
        "requirements": step.requirements,
        "duration": step.duration.text if step.duration else "",
        "output": step.output,
        "note": step.note,
    }


def table_layout(sop: Sop, wrap: Wrap, width: float | None = None) -> TableLayout:
    """Columns and row heights of ``sop``'s procedure table, ``width`` points wide
    (A4 landscape between the margins by default)."""
    total = width if width is not None else A4_LANDSCAPE[0] - 2 * MARGIN
    actors = len(sop.actors)
    number_w, duration_w, note_w = 22.0, 44.0, 50.0
    # Text columns shrink as pelaksana columns are added, down to a readable minimum.
    description_w, requirements_w, output_w = (
        (170.0, 92.0, 82.0) if actors <= 6 else (135.0, 74.0, 68.0)
    )
    fixed = number_w + description_w + requirements_w + duration_w + output_w + note_w
    area = total - fixed
    actor_w = area / actors if actors else 0.0
    if actors and actor_w > 96.0:
        # Few pelaksana: give the surplus to the wordy columns instead of empty lanes.
        surplus = area - 96.0 * actors
        actor_w = 96.0
        description_w += surplus * 0.6
        requirements_w += surplus * 0.2
        output_w += surplus * 0.2
    elif not actors:
        description_w += area
    keys_widths: list[tuple[str, float]] = [("number", number_w), ("description", description_w)]
    keys_widths += [(f"actor{i}", actor_w) for i in range(actors)]
    keys_widths += [
        ("requirements", requirements_w),
        ("duration", duration_w),
        ("output", output_w),
        ("note", note_w),
    ]
    columns: list[Column] = []
    x = 0.0
    for key, column_width in keys_widths:
        columns.append(Column(key, x, column_width))
        x += column_width
    by_key = {c.key: c for c in columns}

    headings = tuple(
        tuple(wrap(actor.name or f"Pelaksana {i + 1}", actor_w - 2 * PADDING, HEADING_SIZE))
        for i, actor in enumerate(sop.actors)
    )
    quality = wrap(spec.COL_REQUIREMENTS, requirements_w - 2 * PADDING, HEADING_SIZE)
    lines = max([len(h) for h in headings] + [len(quality), 1])
    header = (16.0, max(22.0, lines * LEADING + 2 * PADDING), 11.0)

    cells: list[dict[str, tuple[str, ...]]] = []
    heights: list[float] = []
    for step in sop.steps:
        texts = step_texts(step)
        wrapped = {
            key: tuple(wrap(texts[key], by_key[key].width - 2 * PADDING, TEXT_SIZE))
            for key in TEXT_KEYS
        }
        wrapped["number"] = (texts["number"],)
        cells.append(wrapped)
        most = max(len(v) for v in wrapped.values())
        heights.append(most * LEADING + 2 * PADDING + 2.0)
    first_actor = by_key["actor0"].x if actors else by_key["description"].right
    return TableLayout(
        width=x,
        columns=tuple(columns),
        actor_count=actors,
        actor_x=first_actor,
        actor_width=actor_w,
        header_heights=header,
        actor_headings=headings,
        cells=tuple(cells),
        row_heights=tuple(heights),
    )


def body_height(layout: TableLayout, page_height: float = A4_LANDSCAPE[1]) -> float:
    """Height left for step rows (and connector strips) on one procedure page."""
    return page_height - 2 * MARGIN - CAPTION_HEIGHT - layout.header_height - FOOTER_HEIGHT
