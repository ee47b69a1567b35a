"""Spots for the small texts of a flowchart page: Ya/Tidak on a decision's branches and
the page notes of off-page connectors ("ke hal. 3").

A text gets the first candidate spot, best first, whose box stays on the page and
touches no flow line, no row line of the table, no symbol, no connector and no text
placed before it; where the full-sized text finds none it is tried smaller (a page note
also without its "ke"/"dari"). A text that finds no clear spot at all still goes on the
page, and its row is reported, so the layout can make the row taller and try again.
Pure geometry; widths are measured with the drawing's font (Vera), so the real text is
never wider than its box.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, partial

from sopxl.render.geometry import (
    ConnectorMark,
    FlowStyle,
    NodeKey,
    Route,
    connector_note,
    short_note,
)
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


LINE_AIR = 1.0
"""Room between a text and a line beside it: half the line's width and a hair, so no
letter touches the stroke (a text's box is its letters' extent, not more)."""

LAST_REACH = 80.0
"""How far from its line the last resort looks for a spot clear of symbols and texts."""

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
    rows: list[float] = field(default_factory=list)
    """The heights of the row lines: a text looked for around a point stays in the
    point's row (in another row it would seem to belong to another step)."""

    def band(self, y: float) -> tuple[float, float]:
        """The top and bottom of the row (or strip) holding height ``y``."""
        above = [edge for edge in self.rows if edge <= y]
        below = [edge for edge in self.rows if edge > y]
        return max(above, default=0.0), min(below, default=self.height)

    def inside(self, box: Rect) -> bool:
        """On the page, half a point from its edges."""
        return (
            box.x >= 0.5
            and box.y >= 0.5
            and box.right <= self.width - 0.5
            and box.bottom <= self.height - 0.5
        )

    def apart(self, box: Rect) -> bool:
        """Touching no symbol, connector or text placed before."""
        return not any(rects_meet(box, other) for other in self.rects)

    def free(self, box: Rect, strict: bool = False) -> bool:
        """On the page, apart from every rect, touching no line and keeping
        :data:`LINE_AIR` from flow lines beside it; ``strict``: touching no soft line
        either."""
        if not self.inside(box) or any(rects_meet(box, other) for other in self.rects):
            return False
        air = LINE_AIR
        if _hits(self.segments, box.x - air, box.y, box.right + air, box.bottom):
            return False
        return not (strict and _hits(self.soft, box.x, box.y, box.right, box.bottom))

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


def _hits(lines: Sequence[Segment], left: float, top: float, right: float, bottom: float) -> bool:
    """Whether an axis-parallel line touches the box (compared as bounding boxes)."""
    for (ax, ay), (bx, by) in lines:
        if (
            (ax if ax < bx else bx) <= right
            and (ax if ax > bx else bx) >= left
            and (ay if ay < by else by) <= bottom
            and (ay if ay > by else by) >= top
        ):
            return True
    return False


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


def nearby_spots(origin: Point, width: float, size: float, reach: float = 40.0) -> Iterator[Spot]:
    """Last resort in a crowded row: spots around ``origin``, nearest first, up to
    ``reach`` points away across and down."""
    x0, y0 = origin
    for dx, dy, align in _nearby_offsets(width, size, reach):
        yield spot((x0 + dx, y0 + dy), align, width, size)


Anchor = tuple[float, float, str]
"""A baseline anchor's offset from an origin, and the text's alignment there."""


@cache
def _nearby_offsets(width: float, size: float, reach: float) -> tuple[Anchor, ...]:
    """The baseline anchors of :func:`nearby_spots` around (0, 0), nearest box first
    (the order does not depend on the origin, so it is sorted once)."""
    cap = cap_height(size)
    found: list[tuple[float, Anchor]] = []
    across, down = int(reach // 2.0), int(reach)
    for i in range(-across, across + 1):
        for j in range(-down, down + 1):
            x, y = 2.0 * i, 1.0 * j + cap / 2
            for align in ("left", "right"):
                box = spot((x, y), align, width, size)[2]
                near = max(box.x, -box.right, 0.0) + max(box.y, -box.bottom, 0.0)
                found.append((near, (x, y, align)))
    found.sort(key=lambda item: item[0])
    return tuple(anchor for _, anchor in found)


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


def sizes(largest: float, smallest: float) -> list[float]:
    """Text sizes to try, largest first, in half points."""
    found = [largest]
    while found[-1] - 0.5 >= smallest - 1e-9:
        found.append(found[-1] - 0.5)
    return found


Variant = tuple[str, float]
"""A text and the size it is tried at."""
Spots = Callable[[float, float], Iterable[Spot]]
"""spots(width, size): candidate spots for a text of that width and size, best first."""


def place_one(
    clearance: Clearance, variants: Sequence[Variant], near: Spots, around: Point
) -> tuple[Variant, Spot, bool]:
    """The first variant (the text, full-sized first) with a clear spot near its line
    (``near``) or, failing that, around ``around`` in its row; ``True`` with it. When no variant
    has one: the nearest spot on the page that meets no symbol, connector or text, if
    any, else the nearest on the page, and ``False`` (the caller makes room)."""
    top, bottom = clearance.band(around[1])

    def in_row(spots: Iterable[Spot]) -> Iterator[Spot]:
        return (s for s in spots if s[2].y >= top and s[2].bottom <= bottom)

    for text, size in variants:
        width = text_width(text, size)
        found = clearance.take(near(width, size)) or clearance.take(
            in_row(nearby_spots(around, width, size))
        )
        if found is not None:
            return (text, size), found, True
    text, size = variants[-1]
    candidates = list(nearby_spots(around, text_width(text, size), size, LAST_REACH))
    inside = [c for c in candidates if clearance.inside(c[2])] or [
        clamped(clearance, candidates[0])
    ]
    best = next((c for c in inside if clearance.apart(c[2])), inside[0])
    clearance.rects.append(best[2])
    return (text, size), best, False


def clamped(clearance: Clearance, candidate: Spot) -> Spot:
    """``candidate`` moved onto the page (on a page too small to hold it, its left and
    top edges stay on)."""
    (x, y), align, box = candidate
    dx = min(clearance.width - 0.5 - box.right, 0.0)
    dx = max(dx, 0.5 - box.x) if box.x + dx < 0.5 else dx
    dy = min(clearance.height - 0.5 - box.bottom, 0.0)
    dy = max(dy, 0.5 - box.y) if box.y + dy < 0.5 else dy
    return ((x + dx, y + dy), align, Rect(box.x + dx, box.y + dy, box.w, box.h))


def place_texts(
    clearance: Clearance,
    routes: list[Route],
    marks: list[ConnectorMark],
    page: int,
    style: FlowStyle,
    first_page: int = 1,
) -> tuple[list[Route], list[NodeKey]]:
    """Place the page notes of page ``page``'s off-page connectors (``marks`` is updated
    in place), then the Ya/Tidak labels of ``routes``, each at the first spot that
    touches no flow or row line, symbol, connector or text placed before it (smaller,
    or a note without "ke"/"dari", where the full-sized text finds none). Returns the
    routes with their labels placed, and the ends (a label's decision, a note's
    connector) whose text found no clear spot at all: their rows need more room."""
    clearance.segments += [seg for r in routes for seg in itertools.pairwise(r.points)]
    clearance.rects += [m.rect for m in marks if m.page == page]
    crowded: list[NodeKey] = []
    note_sizes = sizes(style.note_size, style.min_note_size)
    for number, mark in enumerate(marks):
        if mark.page != page or not mark.off_page:
            continue
        notes = (connector_note(mark, first_page), short_note(mark, first_page))
        variants = [(note, size) for note in notes for size in note_sizes]
        near = partial(note_spots, mark.rect)
        (note, size), found, clear = place_one(
            clearance, variants, near, (mark.rect.cx, mark.rect.cy)
        )
        if not clear:
            crowded.append(NodeKey("connector", number))
        at, align, box = found
        marks[number] = replace(
            mark, note=note, note_size=size, note_at=at, note_align=align, note_box=box
        )
    placed: list[Route] = []
    label_sizes = sizes(style.label_size, style.min_label_size)
    for route in routes:
        if not route.label:
            placed.append(route)
            continue
        (_, size), (at, align, box), clear = place_one(
            clearance,
            [(route.label, size) for size in label_sizes],
            partial(branch_spots, route.points),
            route.points[0],
        )
        if not clear:
            crowded.append(route.start)
        placed.append(
            replace(route, label_at=at, label_align=align, label_box=box, label_size=size)
        )
    return placed, crowded
