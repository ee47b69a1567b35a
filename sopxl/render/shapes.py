"""Outlines of the Lampiran II flowchart symbols as polygons, and points on their edges.

Every backend (PDF, SVG, PNG) draws a symbol from the same outline, so what the geometry
tests check is what a person sees. Coordinates are points with y growing downwards.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from sopxl.model.sop import Symbol

Point = tuple[float, float]

ARC_SEGMENTS = 12
"""Segments per half circle: at symbol sizes the chord error stays under 0.2 pt."""


@dataclass(frozen=True)
class Rect:
    """An axis-aligned rectangle: top-left ``(x, y)``, width ``w``, height ``h``."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def contains(self, point: Point, margin: float = 0.0) -> bool:
        """True when ``point`` lies inside, ``margin`` away from every side."""
        x, y = point
        return (
            self.x + margin <= x <= self.right - margin
            and self.y + margin <= y <= self.bottom - margin
        )


@dataclass(frozen=True)
class Shape:
    """A symbol as drawn: the closed ``outline`` (filled and stroked), ``details`` (open
    polylines stroked on top, e.g. the rim of the File cylinder) and ``text_at``, where
    its number is centred."""

    outline: tuple[Point, ...]
    details: tuple[tuple[Point, ...], ...]
    text_at: Point


def _arc(cx: float, cy: float, rx: float, ry: float, start: float, end: float) -> list[Point]:
    """Points of an elliptical arc from angle ``start`` to ``end`` (radians, y down)."""
    steps = max(2, round(ARC_SEGMENTS * abs(end - start) / math.pi))
    return [
        (
            cx + rx * math.cos(start + (end - start) * i / steps),
            cy + ry * math.sin(start + (end - start) * i / steps),
        )
        for i in range(steps + 1)
    ]


def _wave(left: float, right: float, base: float, amp: float) -> list[Point]:
    """The wavy bottom edge of a Dokumen, from right to left (one full sine period)."""
    steps = 16
    return [
        (right - (right - left) * i / steps, base - amp * math.sin(2 * math.pi * i / steps))
        for i in range(steps + 1)
    ]


def symbol_shape(symbol: Symbol, box: Rect) -> Shape:
    """The outline of ``symbol`` drawn inside ``box`` (it touches the box's top edge and
    both side edges or corners, so ports on the box's sides lie on the outline)."""
    x, y, w, h = box.x, box.y, box.w, box.h
    cx, cy = box.cx, box.cy
    if symbol is Symbol.TERMINATOR:
        r = min(h / 2, w / 2)
        outline = _arc(x + w - r, cy, r, h / 2, -math.pi / 2, math.pi / 2) + _arc(
            x + r, cy, r, h / 2, math.pi / 2, 3 * math.pi / 2
        )
        return Shape(tuple(outline), (), (cx, cy))
    if symbol is Symbol.DECISION:
        return Shape(((cx, y), (x + w, cy), (cx, y + h), (x, cy)), (), (cx, cy))
    if symbol is Symbol.DOCUMENT:
        amp = h * 0.1
        outline = [(x, y), (x + w, y), *_wave(x, x + w, y + h - amp, amp)]
        return Shape(tuple(outline), (), (cx, cy - amp))
    if symbol is Symbol.MULTI_DOCUMENT:
        d = min(w, h) * 0.1
        amp = h * 0.08
        front_right, front_top = x + w - 2 * d, y + 2 * d
        outline = [
            (x, front_top),
            (x + d, front_top),
            (x + d, y + d),
            (x + 2 * d, y + d),
            (x + 2 * d, y),
            (x + w, y),
            (x + w, y + h - 2 * d),
            (x + w - d, y + h - 2 * d),
            (x + w - d, y + h - d),
            (front_right, y + h - d),
            *_wave(x, front_right, y + h - amp, amp),
        ]
        details = (
            ((x + d, front_top), (front_right, front_top), (front_right, y + h - d)),
            ((x + 2 * d, y + d), (x + w - d, y + d), (x + w - d, y + h - 2 * d)),
        )
        return Shape(tuple(outline), details, ((x + front_right) / 2, (front_top + y + h) / 2))
    if symbol is Symbol.MANUAL_ARCHIVE:
        return Shape(((x, y), (x + w, y), (cx, y + h)), (), (cx, y + h * 0.36))
    if symbol is Symbol.FILE:
        e = min(h * 0.14, w * 0.25)
        outline = [
            (x, y + e),
            (x, y + h - e),
            *_arc(cx, y + h - e, w / 2, e, math.pi, 0),
            (x + w, y + e),
            *_arc(cx, y + e, w / 2, e, 0, -math.pi),
        ]
        # Arcs from pi to 0 pass through pi/2, which is downwards (y grows down): the
        # base and the front rim bulge towards the reader as a cylinder's do.
        rim = tuple(_arc(cx, y + e, w / 2, e, math.pi, 0))
        return Shape(tuple(outline), (rim,), (cx, cy + e / 2))
    # Proses, and any step whose symbol is unknown: a plain rectangle.
    return Shape(((x, y), (x + w, y), (x + w, y + h), (x, y + h)), (), (cx, cy))


def circle_shape(center: Point, radius: float) -> Shape:
    """The on-page connector (Konektor dalam satu halaman): a small circle."""
    cx, cy = center
    outline = _arc(cx, cy, radius, radius, 0, 2 * math.pi)[:-1]
    return Shape(tuple(outline), (), center)


def pentagon_shape(box: Rect) -> Shape:
    """The off-page connector (Konektor beda halaman): a pentagon pointing down."""
    x, y, w, h = box.x, box.y, box.w, box.h
    shoulder = y + h * 0.6
    outline = ((x, y), (x + w, y), (x + w, shoulder), (box.cx, y + h), (x, shoulder))
    return Shape(outline, (), (box.cx, y + h * 0.4))


def ray_exit(outline: tuple[Point, ...], origin: Point, direction: Point) -> Point:
    """Where a ray from ``origin`` (inside the outline) along the axis ``direction``
    ((1, 0), (-1, 0), (0, 1) or (0, -1)) leaves the outline: the farthest crossing, so a
    port is always on the outer edge even for non-convex outlines such as a Dokumen."""
    ox, oy = origin
    dx, dy = direction
    best: Point | None = None
    best_t = -1.0
    count = len(outline)
    for i in range(count):
        (ax, ay), (bx, by) = outline[i], outline[(i + 1) % count]
        if dy == 0:
            if (ay - oy) * (by - oy) > 0 or ay == by:
                continue
            t_edge = (oy - ay) / (by - ay)
            px = ax + (bx - ax) * t_edge
            t = (px - ox) * dx
            point = (px, oy)
        else:
            if (ax - ox) * (bx - ox) > 0 or ax == bx:
                continue
            t_edge = (ox - ax) / (bx - ax)
            py = ay + (by - ay) * t_edge
            t = (py - oy) * dy
            point = (ox, py)
        if t >= 0 and t > best_t:
            best, best_t = point, t
    return best if best is not None else origin


def distance_to_outline(outline: tuple[Point, ...], point: Point) -> float:
    """The shortest distance from ``point`` to the outline's edges."""
    px, py = point
    best = math.inf
    count = len(outline)
    for i in range(count):
        (ax, ay), (bx, by) = outline[i], outline[(i + 1) % count]
        vx, vy = bx - ax, by - ay
        length2 = vx * vx + vy * vy
        t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((px - ax) * vx + (py - ay) * vy) / length2))
        best = min(best, math.hypot(px - (ax + t * vx), py - (ay + t * vy)))
    return best


def inside_outline(outline: tuple[Point, ...], point: Point) -> bool:
    """Even-odd point-in-polygon test."""
    px, py = point
    inside = False
    count = len(outline)
    for i in range(count):
        (ax, ay), (bx, by) = outline[i], outline[(i + 1) % count]
        if (ay > py) != (by > py):
            x_cross = ax + (py - ay) * (bx - ax) / (by - ay)
            if px < x_cross:
                inside = not inside
    return inside


def arrowhead(before: Point, tip: Point, length: float, width: float) -> tuple[Point, Point, Point]:
    """The arrowhead (tip, base corners) of a line arriving at ``tip`` from ``before``."""
    dx, dy = tip[0] - before[0], tip[1] - before[1]
    run = (dx * dx + dy * dy) ** 0.5 or 1.0
    ux, uy = dx / run, dy / run
    back = min(length, run)
    bx, by = tip[0] - ux * back, tip[1] - uy * back
    half = width / 2
    return (tip, (bx - uy * half, by + ux * half), (bx + uy * half, by - ux * half))
