"""Drawing a laid-out flowchart through a minimal painter, so PDF, SVG and PNG agree.

A backend supplies a :class:`Painter` (reportlab canvas, SVG text, Pillow image) and
calls :func:`draw_flow` for a page's pelaksana area; :func:`picture_layout` and
:func:`draw_picture` make the stand-alone flowchart picture of SVG and PNG: the SOP's
name, a heading with the pelaksana names, and the pages one below another.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from sopxl.model.sop import Sop
from sopxl.render.geometry import Diagram, Page
from sopxl.render.metrics import wrap
from sopxl.render.shapes import Point

INK = "#000000"
PAPER = "#FFFFFF"
GRID = "#808080"
HEADING_FILL = "#D9E1F2"
LINE_WIDTH = 0.8
SYMBOL_TEXT = 7.5


class Painter(Protocol):
    """What a backend can draw. Coordinates are points, y downwards; a text's ``at`` is
    the left end, centre or right end (``align``) of its baseline."""

    def polyline(self, points: Sequence[Point], width: float, color: str = INK) -> None: ...

    def polygon(
        self, points: Sequence[Point], fill: str | None, stroke: str | None, width: float
    ) -> None: ...

    def text(
        self,
        at: Point,
        text: str,
        size: float,
        align: str = "center",
        bold: bool = False,
        color: str = INK,
    ) -> None: ...


def _shift(points: Sequence[Point], dx: float, dy: float) -> list[Point]:
    return [(x + dx, y + dy) for x, y in points]


def draw_flow(painter: Painter, page: Page, dx: float = 0.0, dy: float = 0.0) -> None:
    """Draw ``page``'s routes, symbols, connectors and labels, offset by (dx, dy). The
    notes of off-page connectors ("ke hal. 4") count pages from the layout's
    :attr:`~sopxl.render.geometry.FlowFrame.first_page`.

    Routes go first and symbols over them, filled white, so a line never shows through a
    symbol; labels go last so no line hides them.
    """
    for route in page.routes:
        painter.polyline(_shift(route.points, dx, dy), LINE_WIDTH)
        painter.polygon(_shift(route.arrow, dx, dy), INK, INK, 0.3)
    for box in page.symbols:
        painter.polygon(_shift(box.shape.outline, dx, dy), PAPER, INK, LINE_WIDTH)
        for detail in box.shape.details:
            painter.polyline(_shift(detail, dx, dy), LINE_WIDTH)
        size = min(SYMBOL_TEXT, box.rect.h * 0.45)
        x, y = box.shape.text_at
        painter.text((x + dx, y + dy + size * 0.35), box.text, size)
    for mark in page.connectors:
        painter.polygon(_shift(mark.shape.outline, dx, dy), PAPER, INK, LINE_WIDTH)
        size = min(SYMBOL_TEXT, mark.rect.h * 0.6)
        x, y = mark.shape.text_at
        painter.text((x + dx, y + dy + size * 0.35), mark.label, size, bold=True)
        if mark.note_at is not None:
            x, y = mark.note_at
            painter.text((x + dx, y + dy), mark.note, mark.note_size, align=mark.note_align)
    for route in page.routes:
        if route.label and route.label_at:
            x, y = route.label_at
            painter.text((x + dx, y + dy), route.label, route.label_size, align=route.label_align)


@dataclass(frozen=True)
class Picture:
    """Placement of a stand-alone flowchart picture: its size, the title lines, the
    pelaksana headings (lines per column) and each page's top-left corner."""

    width: float
    height: float
    margin: float
    title: tuple[str, ...]
    heading_height: float
    headings: tuple[tuple[str, ...], ...]
    panels: tuple[tuple[Page, float], ...]  # page, y of its heading band
    steps: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """With the step text (``--dengan-uraian``): per step, its number and the wrapped
    lines of its Uraian Prosedur, drawn in two columns left of the flowchart."""

    @property
    def text_width(self) -> float:
        """Width of the No and Uraian Prosedur columns (0 without the step text)."""
        return NUMBER_WIDTH + DESCRIPTION_WIDTH if self.steps else 0.0


TITLE_SIZE = 10.0
HEADING_SIZE = 7.0
CAPTION_SIZE = 7.0
STEP_TEXT = 7.5
STEP_LEADING = 9.0
NUMBER_WIDTH = 22.0
DESCRIPTION_WIDTH = 190.0


def step_lines(sop: Sop) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each step's number and its description wrapped to the picture's text column."""
    return tuple(
        (str(step.number), tuple(wrap(step.description, DESCRIPTION_WIDTH - 6, STEP_TEXT)))
        for step in sop.steps
    )


def step_row_heights(sop: Sop) -> tuple[float, ...]:
    """The height each step's row needs for its wrapped description."""
    return tuple(len(lines) * STEP_LEADING + 8.0 for _, lines in step_lines(sop))


def picture_layout(
    sop: Sop, diagram: Diagram, margin: float = 12.0, with_text: bool = False
) -> Picture:
    """Where everything goes in the SVG/PNG picture of ``diagram``; ``with_text`` adds
    the No and Uraian Prosedur columns left of the flowchart (for slides). The diagram
    should then have been laid out with :func:`step_row_heights`."""
    first = diagram.pages[0]
    steps = step_lines(sop) if with_text else ()
    text_width = NUMBER_WIDTH + DESCRIPTION_WIDTH if with_text else 0.0
    width = max(first.width + text_width, 120.0) + 2 * margin
    title_text = sop.identity.title or "Diagram alir SOP"
    title = tuple(wrap(title_text, width - 2 * margin, TITLE_SIZE, bold=True))
    headings = tuple(
        tuple(wrap(actor.name, first.column_width - 4, HEADING_SIZE, bold=True))
        for actor in sop.actors[: first.actor_count]
    )
    lines = max((len(h) for h in headings), default=1)
    heading_height = lines * HEADING_SIZE * 1.2 + 8
    y = margin + len(title) * TITLE_SIZE * 1.25 + 6
    panels: list[tuple[Page, float]] = []
    many = len(diagram.pages) > 1
    for page in diagram.pages:
        if many:
            y += CAPTION_SIZE * 1.6
        panels.append((page, y))
        y += heading_height + page.height + 10
    return Picture(
        width, y - 10 + margin, margin, title, heading_height, headings, tuple(panels), steps
    )


def draw_picture(painter: Painter, picture: Picture) -> None:
    """Draw the whole picture: title, then per page a caption (when there are several
    pages), the pelaksana headings, the column lines and the flowchart."""
    m = picture.margin
    painter.polygon(
        [(0, 0), (picture.width, 0), (picture.width, picture.height), (0, picture.height)],
        PAPER,
        None,
        0,
    )
    y = m + TITLE_SIZE
    for line in picture.title:
        painter.text((m, y), line, TITLE_SIZE, align="left", bold=True)
        y += TITLE_SIZE * 1.25
    count = len(picture.panels)
    for page, top in picture.panels:
        if count > 1:
            painter.text(
                (m, top - CAPTION_SIZE * 0.5),
                f"Halaman {page.number} dari {count}",
                CAPTION_SIZE,
                align="left",
            )
        body = top + picture.heading_height
        text_w = picture.text_width
        fx = m + text_w  # left edge of the pelaksana columns
        width = text_w + page.width
        painter.polygon(
            [(m, top), (m + width, top), (m + width, body), (m, body)],
            HEADING_FILL,
            INK,
            0.6,
        )
        ty = top + 4 + HEADING_SIZE
        if picture.steps:
            painter.text((m + NUMBER_WIDTH / 2, ty), "No", HEADING_SIZE, bold=True)
            painter.text(
                (m + NUMBER_WIDTH + DESCRIPTION_WIDTH / 2, ty),
                "Uraian Prosedur",
                HEADING_SIZE,
                bold=True,
            )
        for column, lines in enumerate(picture.headings):
            cx = fx + (column + 0.5) * page.column_width
            ty = top + 4 + HEADING_SIZE
            for line in lines:
                painter.text((cx, ty), line, HEADING_SIZE, bold=True)
                ty += HEADING_SIZE * 1.2
        bottom = body + page.height
        lines_x = [fx + column * page.column_width for column in range(page.actor_count + 1)]
        if picture.steps:
            lines_x += [m, m + NUMBER_WIDTH]
        for x in lines_x:
            painter.polyline([(x, top), (x, bottom)], 0.6, GRID)
        for row in page.rows:
            painter.polyline([(m, body + row.bottom), (m + width, body + row.bottom)], 0.3, GRID)
            if picture.steps and row.step_index < len(picture.steps):
                number, text = picture.steps[row.step_index]
                baseline = body + row.top + 4 + STEP_TEXT
                painter.text((m + NUMBER_WIDTH / 2, baseline), number, STEP_TEXT)
                for line in text:
                    painter.text((m + NUMBER_WIDTH + 3, baseline), line, STEP_TEXT, "left")
                    baseline += STEP_LEADING
        painter.polyline([(m, body), (m + width, body)], 0.6, GRID)
        painter.polyline([(m, bottom), (m + width, bottom)], 0.6, GRID)
        draw_flow(painter, page, fx, body)
