"""Spots for the small texts of a flowchart page: Ya/Tidak on a decision's branches and
the page notes of off-page connectors ("ke hal. 3").

A text gets the first candidate spot, best first, whose box stays on the page and
touches no flow line, no row line of the table, no symbol, no connector and no text
placed before it. Pure geometry; widths are measured with the
drawing's font (Vera), so the real text is never wider than its box.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from sopxl.render.geometry import NOTE_SAMPLE, ConnectorMark, FlowStyle, Route
from sopxl.render.shapes import Point, Rect

Segment = tuple[Point, Point]
Spot = tuple[Point, str, Rect]
"""(baseline anchor, alignment "left"/"right"/"center", box)."""


def text_width(text: str, size: float) -> float:
    """The width of a short text in the drawing's font, plus a point of air."""
    from sopxl.render.metrics import text_width as measure

    return measure(text, size) + 1.0


def cap_height(size: float) -> float:
    return size * 0.8


def spot(at: Point, align: str, width: float, size: float) -> Spot:
    """The spot of a text of ``width`` whose baseline anchor is ``at``."""
    x, baseline = at
    left = x if align == "left" else x - width if align == "right" else x - width / 2
    cap = cap_height(size)
    return (at, align, Rect(left, baseline - cap, width, cap + 1.5))


STRICT_TRIES = 24
"""How many of the best spots are tried clear of the soft lines before accepting one
that crosses them (further spots are too far from their line to be worth it)."""


@dataclass
class Clearance:
    """What a text must keep clear of on one page."""

    width: float
    height: float
    segments: list[Segment] = field(default_factory=list)
    rects: list[Rect] = field(default_factory=list)
    soft: list[Segment] = field(default_factory=list)
    """Lines a text had better not cross (the table's column lines), but may."""

    def free(self, box: Rect, strict: bool = False) -> bool:
        left, top, right, bottom = box.x, box.y, box.right, box.bottom
        if left < 0.5 or top < 0.5 or right > self.width - 0.5 or bottom > self.height - 0.5:
            return False
        lines = self.segments + self.soft if strict else self.segments
        for (ax, ay), (bx, by) in lines:  # axis-parallel: compare bounding boxes
            if (
                (ax if ax < bx else bx) <= right
                and (ax if ax > bx else bx) >= left
                and (ay if ay < by else by) <= bottom
                and (ay if ay > by else by) >= top
            ):
                return False
        return not any(rects_meet(box, other) for other in self.rects)

    def take(self, spots: Iterable[Spot]) -> Spot | None:
        """The first of the best :data:`STRICT_TRIES` spots clear of the soft lines too,
        else the first free spot; now taken. ``None`` when every spot is blocked.
        Spots are generated only as far as needed."""
        stream = iter(spots)
        best = list(itertools.islice(stream, STRICT_TRIES))
        found = next((c for c in best if self.free(c[2], strict=True)), None)
        if found is None:
            found = next((c for c in itertools.chain(best, stream) if self.free(c[2])), None)
        if found is not None:
            self.rects.append(found[2])
        return found


def row_segments(width: float, row_edges: Sequence[float]) -> list[Segment]:
    """The table's row lines across the pelaksana area (a text crossing one would seem
    to belong to another step's row)."""
    return [((0.0, y), (width, y)) for y in row_edges]


def column_segments(height: float, column_width: float, columns: int) -> list[Segment]:
    """The table's column lines: a text avoids them when it can, and may cross a thin
    one where nothing else is free, as in hand-drawn SOPs."""
    return [((k * column_width, 0.0), (k * column_width, height)) for k in range(columns + 1)]


def branch_spots(points: Sequence[Point], width: float, size: float) -> Iterator[Spot]:
    """Where a branch's label may go, best first: just past the symbol beside the first
    segment, then further along that segment and the next ones, on either side."""
    cap = cap_height(size)
    for a, b in itertools.pairwise(points):
        length = abs(b[0] - a[0]) + abs(b[1] - a[1])
        along = width if a[1] == b[1] else cap + 1.5  # the label's extent along the line
        offsets = [0.5 + k for k in range(int(max(length - along - 0.5, 0.0)) + 1)]
        if a[1] == b[1]:  # horizontal
            direction = 1 if b[0] >= a[0] else -1
            align = "left" if direction > 0 else "right"
            for offset in offsets:
                x = a[0] + direction * offset
                yield spot((x, a[1] - 1.5), align, width, size)  # above
                yield spot((x, a[1] + 1.5 + cap), align, width, size)  # below
        else:
            direction = 1 if b[1] >= a[1] else -1
            for offset in offsets:
                y = a[1] + direction * (offset + (cap if direction > 0 else 0.0))
                yield spot((a[0] + 2.5, y), "left", width, size)
                yield spot((a[0] - 2.5, y), "right", width, size)


def nearby_spots(origin: Point, width: float, size: float, reach: float = 40.0) -> list[Spot]:
    """Last resort in a crowded row: spots around ``origin``, nearest first."""
    cap = cap_height(size)
    found: list[tuple[float, Spot]] = []
    steps = int(reach // 2.0)
    for i in range(-steps, steps + 1):
        for j in range(-steps, steps + 1):
            x, y = origin[0] + 2.0 * i, origin[1] + 1.0 * j
            for align in ("left", "right"):
                candidate = spot((x, y + cap / 2), align, width, size)
                box = candidate[2]
                near_x = max(box.x - origin[0], origin[0] - box.right, 0.0)
                near_y = max(box.y - origin[1], origin[1] - box.bottom, 0.0)
                found.append((near_x + near_y, candidate))
    found.sort(key=lambda item: item[0])
    return [candidate for _, candidate in found]


def note_spots(box: Rect, width: float, size: float) -> Iterator[Spot]:
    """Where a connector's page note may go: under it, over it, then beside it."""
    cap = cap_height(size)
    yield spot((box.cx, box.bottom + 1.0 + cap), "center", width, size)
    yield spot((box.cx, box.y - 2.0), "center", width, size)
    middle = box.cy + cap / 2
    yield spot((box.right + 1.5, middle), "left", width, size)
    yield spot((box.x - 1.5, middle), "right", width, size)


def rects_meet(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def meets(rect: Rect, segment: Segment) -> bool:
    """True when an axis-parallel segment touches the rectangle."""
    (ax, ay), (bx, by) = segment
    return (
        min(ax, bx) <= rect.right
        and max(ax, bx) >= rect.x
        and min(ay, by) <= rect.bottom
        and max(ay, by) >= rect.y
    )


def place_texts(
    clearance: Clearance,
    routes: list[Route],
    marks: list[ConnectorMark],
    page: int,
    style: FlowStyle,
) -> list[Route]:
    """Place the page notes of page ``page``'s off-page connectors (``marks`` is updated
    in place), then the Ya/Tidak labels of ``routes``, each at the first spot that
    touches no flow or row line, symbol, connector or text placed before it; returns
    the routes with their labels placed."""
    clearance.segments += [seg for r in routes for seg in itertools.pairwise(r.points)]
    clearance.rects += [m.rect for m in marks if m.page == page]
    size = style.note_size
    note_w = text_width(NOTE_SAMPLE, size)
    for number, mark in enumerate(marks):
        if mark.page != page or not mark.off_page:
            continue
        found = clearance.take(note_spots(mark.rect, note_w, size))
        if found is None:
            nearby = nearby_spots((mark.rect.cx, mark.rect.cy), note_w, size)
            found = clearance.take(nearby) or nearby[0]
        marks[number] = replace(mark, note_at=found[0], note_box=found[2])
    placed: list[Route] = []
    size = style.label_size
    for route in routes:
        if not route.label:
            placed.append(route)
            continue
        label_w = text_width(route.label, size)
        found = clearance.take(branch_spots(route.points, label_w, size))
        if found is None:
            nearby = nearby_spots(route.points[0], label_w, size)
            found = clearance.take(nearby) or nearby[0]
        at, align, box = found
        placed.append(replace(route, label_at=at, label_align=align, label_box=box))
    return placed
