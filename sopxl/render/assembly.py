"""Building the :class:`~sopxl.render.geometry.Diagram` from a finished route plan
(:class:`~sopxl.render.routing.Planner`): slots on each symbol side, the points of each
route, the connectors' marks, the Ya/Tidak labels and page notes, and the pages.
Internal: use :func:`~sopxl.render.geometry.layout_flowchart`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from sopxl.render import labels
from sopxl.render.geometry import ConnectorMark, Diagram, NodeKey, Page, Route
from sopxl.render.shapes import (
    Point,
    Rect,
    Shape,
    arrowhead,
    circle_shape,
    pentagon_shape,
    ray_exit,
)

if TYPE_CHECKING:
    from sopxl.render.routing import Piece, Planner


def assign_slots(plan: Planner) -> None:
    """Spread the routes claiming one side of a symbol over its height: those turning
    up on top, flat ones in the middle, those turning down below, the farthest outside."""
    for (key, _side), requests in plan.requests.items():
        box = plan.boxes[key.index]
        ups = sorted((r for r in requests if r.direction < 0), key=lambda r: r.reach)
        flats = [r for r in requests if r.direction == 0]
        downs = sorted(
            (r for r in requests if r.direction > 0), key=lambda r: r.reach, reverse=True
        )
        ordered = ups + flats + downs
        count = len(ordered)
        gap = min(plan.style.slot_gap, box.rect.h * 0.8 / max(count - 1, 1))
        for i, request in enumerate(ordered):
            request.y = box.rect.cy + (i - (count - 1) / 2) * gap


def slot_y(plan: Planner, key: NodeKey, side: int, piece: int) -> float:
    """The height at which ``piece`` meets side ``side`` of node ``key``."""
    for request in plan.requests[(key, side)]:
        if request.piece == piece:
            return request.y
    raise KeyError((key, side, piece))


def assemble(plan: Planner) -> tuple[Diagram, set[int]]:
    """The frozen diagram of a planned layout (:meth:`Planner.plan` has run), and the
    steps whose rows had no clear spot for a Ya/Tidak or page note."""
    assign_slots(plan)
    marks: list[ConnectorMark] = []
    for index, connector in enumerate(plan.connectors):
        cy = connector.cy
        if cy is None:
            assert connector.slot is not None
            cy = slot_y(plan, *connector.slot)
        r = connector.radius
        rect = Rect(connector.cx - r, cy - r, 2 * r, 2 * r)
        shape = pentagon_shape(rect) if connector.off_page else circle_shape((connector.cx, cy), r)
        marks.append(
            ConnectorMark(
                index,
                connector.page,
                connector.label,
                connector.off_page,
                connector.end,
                connector.edge,
                rect,
                shape,
            )
        )
    pages_of: dict[tuple[bool, str], list[int]] = defaultdict(list)
    for mark in marks:
        pages_of[(mark.off_page, mark.label)].append(mark.page)
    for number, mark in enumerate(marks):
        twins = [p for p in pages_of[(mark.off_page, mark.label)] if p != mark.page]
        marks[number] = replace(mark, twin_page=twins[0] if twins else mark.page)
    routes: dict[int, list[Route]] = defaultdict(list)
    for number, piece in enumerate(plan.pieces):
        routes[piece.page].append(route_of(plan, number, piece, marks))
    crowded: set[int] = set()
    for page_index in range(len(plan.pages)):
        routes[page_index], ends = place_texts(plan, routes[page_index], page_index, marks)
        crowded.update(step_of(end, routes[page_index]) for end in ends)

    pages = []
    for page_index, indices in enumerate(plan.pages):
        top, bottom = plan.strips[page_index]
        pages.append(
            Page(
                number=page_index + 1,
                width=plan.actors * plan.width,
                height=plan.heights[page_index],
                column_width=plan.width,
                actor_count=plan.actors,
                top_strip=top,
                bottom_strip=bottom,
                rows=tuple(plan.rows[i] for i in indices),
                symbols=tuple(plan.boxes[i] for i in indices if i in plan.boxes),
                connectors=tuple(m for m in marks if m.page == page_index),
                routes=tuple(routes[page_index]),
            )
        )
    return Diagram(tuple(pages), plan.edges, tuple(marks), plan.style), crowded


def step_of(end: NodeKey, routes: list[Route]) -> int:
    """The step whose row holds ``end``: a step, or a connector's step (the one at the
    other end of its line)."""
    if end.kind == "step":
        return end.index
    for route in routes:
        if route.start == end:
            return route.end.index
        if route.end == end:
            return route.start.index
    raise KeyError(end)


def outline_of(plan: Planner, key: NodeKey, marks: list[ConnectorMark]) -> tuple[Shape, Rect]:
    if key.kind == "connector":
        return marks[key.index].shape, marks[key.index].rect
    box = plan.boxes[key.index]
    return box.shape, box.rect


def route_of(plan: Planner, number: int, piece: Piece, marks: list[ConnectorMark]) -> Route:
    start_shape, start_rect = outline_of(plan, piece.start, marks)
    end_shape, end_rect = outline_of(plan, piece.end, marks)
    points: list[Point]
    if piece.kind == "straight":
        x = start_rect.cx
        points = [
            ray_exit(start_shape.outline, (x, start_rect.cy), (0, 1)),
            ray_exit(end_shape.outline, (x, end_rect.cy), (0, -1)),
        ]
    elif piece.kind == "elbow":
        y = slot_y(plan, piece.start, piece.start_side, number)
        first = ray_exit(start_shape.outline, (start_rect.cx, y), (piece.start_side, 0))
        points = [
            first,
            (end_rect.cx, y),
            ray_exit(end_shape.outline, (end_rect.cx, end_rect.cy), (0, -1)),
        ]
    elif piece.kind == "lane":
        ys = slot_y(plan, piece.start, piece.start_side, number)
        yt = slot_y(plan, piece.end, piece.end_side, number)
        points = [
            ray_exit(start_shape.outline, (start_rect.cx, ys), (piece.start_side, 0)),
            (piece.lane_x, ys),
            (piece.lane_x, yt),
            ray_exit(end_shape.outline, (end_rect.cx, yt), (piece.end_side, 0)),
        ]
    elif piece.kind == "to_connector":
        y = slot_y(plan, piece.start, piece.start_side, number)
        points = [
            ray_exit(start_shape.outline, (start_rect.cx, y), (piece.start_side, 0)),
            ray_exit(end_shape.outline, (end_rect.cx, y), (-piece.start_side, 0)),
        ]
    else:  # from_connector
        y = slot_y(plan, piece.end, piece.end_side, number)
        points = [
            ray_exit(start_shape.outline, (start_rect.cx, y), (-piece.end_side, 0)),
            ray_exit(end_shape.outline, (end_rect.cx, y), (piece.end_side, 0)),
        ]
    return Route(
        piece.edge,
        piece.start,
        piece.end,
        tuple(points),
        arrowhead(points[-2], points[-1], plan.style.arrow_length, plan.style.arrow_width),
        piece.label,
    )


def place_texts(
    plan: Planner, routes: list[Route], page_index: int, marks: list[ConnectorMark]
) -> tuple[list[Route], list[NodeKey]]:
    """Notes and Ya/Tidak labels of one page (see :func:`labels.place_texts`)."""
    top, bottom = plan.strips[page_index]
    indices = plan.pages[page_index]
    edges = [top, *(plan.rows[i].bottom for i in indices)]
    if bottom:
        edges.append(plan.heights[page_index])
    width = plan.actors * plan.width
    clearance = labels.Clearance(
        width,
        plan.heights[page_index],
        labels.row_segments(width, edges),
        [plan.boxes[i].rect for i in indices if i in plan.boxes],
        labels.column_segments(plan.heights[page_index], plan.width, plan.actors),
        edges,
    )
    return labels.place_texts(
        clearance, routes, marks, page_index, plan.style, plan.frame.first_page
    )
