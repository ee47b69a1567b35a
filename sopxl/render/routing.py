"""Route planning for :func:`sopxl.render.geometry.layout_flowchart` (see its module
docstring for the rules): pagination, symbol placement, lanes, slots, connectors and
label spots. Internal: use :func:`~sopxl.render.geometry.layout_flowchart`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from sopxl.model import Sop, Symbol
from sopxl.render.flow import FlowEdge, flow_edges
from sopxl.render.geometry import (
    ConnectorMark,
    Diagram,
    FlowFrame,
    FlowStyle,
    NodeKey,
    Page,
    Route,
    Row,
    SymbolBox,
    connector_letter,
)
from sopxl.render.shapes import (
    Point,
    Rect,
    Shape,
    circle_shape,
    pentagon_shape,
    ray_exit,
    symbol_shape,
)

LEFT = -1
RIGHT = 1


# --- internal planning state ------------------------------------------------------------


@dataclass
class _Request:
    """A claim on one side of a node: a route leaves or enters there. ``direction`` is
    where the route goes vertically once it turns (-1 up, +1 down, 0 not at all) and
    ``reach`` how far from the node's centre it turns."""

    piece: int
    direction: int
    reach: float
    y: float = 0.0


@dataclass
class _Piece:
    """One route piece to be built once every slot is known."""

    edge: int
    kind: str  # "straight", "elbow", "lane", "to_connector", "from_connector"
    start: NodeKey
    end: NodeKey
    page: int
    lane_x: float = 0.0
    start_side: int = 0
    end_side: int = 0
    label: str | None = None


@dataclass
class _Connector:
    page: int
    label: str
    off_page: bool
    end: str
    edge: int
    cx: float
    cy: float | None  # None: at the height of the slot of the route that touches it
    radius: float
    slot: tuple[NodeKey, int, int] | None = None  # (node, side, piece) whose slot sets cy


class Planner:
    """Lays out one SOP: plans every route (kind, sides, lanes, connectors), then gives
    slots and builds the frozen :class:`~sopxl.render.geometry.Diagram`."""

    def __init__(self, sop: Sop, frame: FlowFrame, style: FlowStyle) -> None:
        self.sop = sop
        self.frame = frame
        self.style = style
        self.width = max(frame.column_width, 1.0)
        self.actors = max(frame.actor_count, 0)
        self.symbol_w = max(10.0, min(style.max_symbol_width, self.width - 2 * style.min_gutter))
        self.symbol_h = min(style.symbol_height, style.min_row_height - 12.0)
        self.radius = max(3.0, min(style.connector_size / 2, self.symbol_w / 2 - 1.0))
        self.tracks = self._tracks()

        self.pages: list[list[int]] = self._paginate()
        multi = len(self.pages) > 1
        self.page_of: dict[int, int] = {}
        self.rows: dict[int, Row] = {}
        self.strips: list[tuple[float, float]] = []
        self.heights: list[float] = []
        for page_index, indices in enumerate(self.pages):
            top = style.strip_height if multi and page_index > 0 else 0.0
            bottom = style.strip_height if multi and page_index < len(self.pages) - 1 else 0.0
            y = top
            for index in indices:
                height = self._row_height(index)
                self.rows[index] = Row(index, sop.steps[index].number, y, height)
                self.page_of[index] = page_index
                y += height
            self.strips.append((top, bottom))
            self.heights.append(y + bottom)

        self.boxes: dict[int, SymbolBox] = {}
        for index, step in enumerate(sop.steps):
            if step.actor is None or not 0 <= step.actor < self.actors:
                continue  # no pelaksana column marked: the checker reports it
            symbol = step.symbol or Symbol.PROCESS
            row = self.rows[index]
            cx = (step.actor + 0.5) * self.width
            rect = Rect(
                cx - self.symbol_w / 2,
                row.top + (row.height - self.symbol_h) / 2,
                self.symbol_w,
                self.symbol_h,
            )
            self.boxes[index] = SymbolBox(
                index,
                step.number,
                symbol,
                step.actor,
                rect,
                symbol_shape(symbol, rect),
                str(step.number),
            )

        self.edges = tuple(
            e for e in flow_edges(sop) if e.source in self.boxes and e.target in self.boxes
        )
        self.pieces: list[_Piece] = []
        self.requests: dict[tuple[NodeKey, int], list[_Request]] = defaultdict(list)
        self.lanes: dict[tuple[int, float], list[tuple[float, float]]] = defaultdict(list)
        self.spans: dict[int, list[tuple[float, float]]] = defaultdict(list)  # by step row
        self.circles: dict[int, list[tuple[float, float]]] = defaultdict(list)
        self.connectors: list[_Connector] = []
        self.off_letters = 0
        self.on_numbers = 0

    # --- frame ------------------------------------------------------------------------

    def _row_height(self, index: int) -> float:
        wishes = self.frame.row_heights
        wish = wishes[index] if index < len(wishes) else 0.0
        return max(self.style.min_row_height, wish)

    def _paginate(self) -> list[list[int]]:
        """Steps cut into pages: as few pages as the cap (``steps_per_page``, a maximum)
        and the page height allow, and the steps spread evenly over them, so 9 steps at
        most 7 a page print 5 + 4, never 7 + 2."""
        count = len(self.sop.steps)
        per_page = self.frame.steps_per_page
        limit = self.frame.body_height
        if count == 0:
            return [[]]
        if per_page is None and limit is None:
            return [list(range(count))]
        room = None if limit is None else limit - 2 * self.style.strip_height
        pages = self._fill_pages(per_page, room)
        if len(pages) == 1:
            return pages
        # The same number of pages, sizes differing by one at most (larger ones first).
        share, extra = divmod(count, len(pages))
        even: list[list[int]] = []
        start = 0
        for number in range(len(pages)):
            size = share + (1 if number < extra else 0)
            even.append(list(range(start, start + size)))
            start += size
        if room is None or all(sum(map(self._row_height, p)) <= room for p in even):
            return even
        # Tall rows: the smallest cap that still needs no more pages.
        cap = per_page or max(len(p) for p in pages)
        for smaller in range(share + 1, cap):
            balanced = self._fill_pages(smaller, room)
            if len(balanced) <= len(pages):
                return balanced
        return pages

    def _fill_pages(self, per_page: int | None, room: float | None) -> list[list[int]]:
        """Fill pages in order, each up to ``per_page`` steps and ``room`` points."""
        pages: list[list[int]] = [[]]
        used = 0.0
        for index in range(len(self.sop.steps)):
            height = self._row_height(index)
            current = pages[-1]
            full = per_page is not None and len(current) >= per_page
            too_tall = room is not None and used + height > room
            if current and (full or too_tall):
                pages.append([])
                used = 0.0
            pages[-1].append(index)
            used += height
        return pages

    def _tracks(self) -> tuple[float, ...]:
        """Lane positions: inside each column's gutters, never on a grid line and never
        within a point of a symbol."""
        gutter = (self.width - self.symbol_w) / 2
        per_side = int((gutter - 2.0) // self.style.track_gap)
        offsets = (
            [self.style.track_gap * k for k in range(1, per_side + 1)]
            if per_side >= 1
            else [gutter / 2]
        )
        tracks: list[float] = []
        for column in range(self.actors):
            left, right = column * self.width, (column + 1) * self.width
            tracks.extend(left + offset for offset in offsets)
            tracks.extend(right - offset for offset in offsets)
        return tuple(sorted(tracks))

    # --- planning -----------------------------------------------------------------------

    def plan(self) -> None:
        lane_edges: list[int] = []
        cell_edges: list[tuple[int, bool]] = []
        for number, edge in enumerate(self.edges):
            source, target = edge.source, edge.target
            same_page = self.page_of[source] == self.page_of[target]
            if target == source + 1 and same_page:
                self._plan_short(number, edge)
            elif target == source + 1:
                self._plan_strip_pair(number, edge)
            elif same_page:
                lane_edges.append(number)
            else:
                cell_edges.append((number, True))
        # Short loops first: they take the tracks nearest their symbols.
        lane_edges.sort(key=lambda n: abs(self.edges[n].target - self.edges[n].source))
        for number in lane_edges:
            if not self._plan_lane(number, self.edges[number]):
                cell_edges.append((number, False))
        for number, off_page in cell_edges:
            self._plan_cell_pair(number, self.edges[number], off_page)

    def _key(self, index: int) -> NodeKey:
        return NodeKey("step", index)

    def _add_piece(self, piece: _Piece) -> int:
        self.pieces.append(piece)
        return len(self.pieces) - 1

    def _span(self, row_index: int, x0: float, x1: float) -> None:
        self.spans[row_index].append((min(x0, x1), max(x0, x1)))

    def _plan_short(self, number: int, edge: FlowEdge) -> None:
        src, tgt = self.boxes[edge.source], self.boxes[edge.target]
        page = self.page_of[edge.source]
        if src.actor == tgt.actor:
            self._add_piece(
                _Piece(
                    number,
                    "straight",
                    self._key(src.step_index),
                    self._key(tgt.step_index),
                    page,
                    label=edge.label,
                )
            )
            return
        side = RIGHT if tgt.rect.cx > src.rect.cx else LEFT
        piece = self._add_piece(
            _Piece(
                number,
                "elbow",
                self._key(src.step_index),
                self._key(tgt.step_index),
                page,
                start_side=side,
                label=edge.label,
            )
        )
        reach = abs(tgt.rect.cx - src.rect.cx)
        self.requests[(self._key(src.step_index), side)].append(_Request(piece, 1, reach))
        self._span(src.step_index, src.rect.cx, tgt.rect.cx)

    def _plan_strip_pair(self, number: int, edge: FlowEdge) -> None:
        """A consecutive step on the next page: straight down into a connector in the
        bottom strip, and on from its twin in the next page's top strip."""
        src, tgt = self.boxes[edge.source], self.boxes[edge.target]
        label = connector_letter(self.off_letters)
        self.off_letters += 1
        src_page, tgt_page = self.page_of[edge.source], self.page_of[edge.target]
        bottom_strip = self.strips[src_page][1]
        out_cy = self.heights[src_page] - bottom_strip / 2
        in_cy = self.strips[tgt_page][0] / 2
        out_index = self._connector(
            _Connector(src_page, label, True, "out", number, src.rect.cx, out_cy, self.radius)
        )
        in_index = self._connector(
            _Connector(tgt_page, label, True, "in", number, tgt.rect.cx, in_cy, self.radius)
        )
        self._add_piece(
            _Piece(
                number,
                "straight",
                self._key(src.step_index),
                NodeKey("connector", out_index),
                src_page,
                label=edge.label,
            )
        )
        self._add_piece(
            _Piece(
                number,
                "straight",
                NodeKey("connector", in_index),
                self._key(tgt.step_index),
                tgt_page,
            )
        )

    def _connector(self, connector: _Connector) -> int:
        self.connectors.append(connector)
        return len(self.connectors) - 1

    def _side_load(self, key: NodeKey, side: int) -> int:
        return len(self.requests.get((key, side), ()))

    def _plan_lane(self, number: int, edge: FlowEdge) -> bool:
        src, tgt = self.boxes[edge.source], self.boxes[edge.target]
        page = self.page_of[edge.source]
        if abs(self._page_row(edge.target) - self._page_row(edge.source)) > self.style.long_span:
            return False
        ys, yt = src.rect.cy, tgt.rect.cy
        lo = min(ys, yt) - self.symbol_h / 2 - 2.0
        hi = max(ys, yt) + self.symbol_h / 2 + 2.0
        src_key, tgt_key = self._key(src.step_index), self._key(tgt.step_index)
        best: tuple[float, float] | None = None
        for x in self.tracks:
            if any(a < hi and lo < b for a, b in self.lanes[(page, x)]):
                continue
            side_s = RIGHT if x > src.rect.cx else LEFT
            side_t = RIGHT if x > tgt.rect.cx else LEFT
            # Spread the branches of a decision over both its sides, and keep loops off
            # sides already busy, before caring about length.
            busy = self._side_load(src_key, side_s) + self._side_load(tgt_key, side_t)
            cost = abs(x - src.rect.cx) + abs(x - tgt.rect.cx) + busy * self.width * 0.6
            if best is None or cost < best[0]:
                best = (cost, x)
        if best is None:
            return False
        x = best[1]
        self.lanes[(page, x)].append((lo, hi))
        side_s = RIGHT if x > src.rect.cx else LEFT
        side_t = RIGHT if x > tgt.rect.cx else LEFT
        piece = self._add_piece(
            _Piece(
                number,
                "lane",
                src_key,
                tgt_key,
                page,
                lane_x=x,
                start_side=side_s,
                end_side=side_t,
                label=edge.label,
            )
        )
        down = 1 if yt > ys else -1
        if edge.source == edge.target:
            down = 1
        self.requests[(src_key, side_s)].append(_Request(piece, down, abs(x - src.rect.cx)))
        self.requests[(tgt_key, side_t)].append(_Request(piece, -down, abs(x - tgt.rect.cx)))
        self._span(src.step_index, src.rect.cx, x)
        self._span(tgt.step_index, tgt.rect.cx, x)
        return True

    def _page_row(self, index: int) -> int:
        return self.pages[self.page_of[index]].index(index)

    def _plan_cell_pair(self, number: int, edge: FlowEdge, off_page: bool) -> None:
        """Two connectors in free cells of the rows of the edge's ends."""
        src, tgt = self.boxes[edge.source], self.boxes[edge.target]
        if off_page:
            label = connector_letter(self.off_letters)
            self.off_letters += 1
        else:
            self.on_numbers += 1
            label = str(self.on_numbers)
        toward = RIGHT if tgt.actor >= src.actor else LEFT
        self._cell_end(number, edge, src, label, off_page, "out", toward)
        back = RIGHT if src.actor >= tgt.actor else LEFT
        self._cell_end(number, edge, tgt, label, off_page, "in", back)

    def _cell_end(
        self,
        number: int,
        edge: FlowEdge,
        box: SymbolBox,
        label: str,
        off_page: bool,
        end: str,
        prefer: int,
    ) -> None:
        side, cx = self._free_cell(box, prefer)
        page = self.page_of[box.step_index]
        key = self._key(box.step_index)
        column_cx = (box.actor + 0.5) * self.width
        in_gutter = abs(cx - column_cx) < self.width / 2
        radius = self._gutter_radius() if in_gutter else self.radius
        index = self._connector(_Connector(page, label, off_page, end, number, cx, None, radius))
        connector_key = NodeKey("connector", index)
        if end == "out":
            piece = self._add_piece(
                _Piece(
                    number,
                    "to_connector",
                    key,
                    connector_key,
                    page,
                    start_side=side,
                    label=edge.label,
                )
            )
        else:
            piece = self._add_piece(
                _Piece(number, "from_connector", connector_key, key, page, end_side=side)
            )
        self.requests[(key, side)].append(_Request(piece, 0, abs(cx - box.rect.cx)))
        self.connectors[index].slot = (key, side, piece)
        self._span(box.step_index, box.rect.cx, cx)
        self.circles[box.step_index].append((cx - radius, cx + radius))

    def _gutter_radius(self) -> float:
        gutter = (self.width - self.symbol_w) / 2
        return max(1.5, min(self.radius, gutter / 2 - 1.0))

    def _free_cell(self, box: SymbolBox, prefer: int) -> tuple[int, float]:
        """The nearest column of the box's row, on the preferred side first, where a
        connector meets no route and its stub passes no other connector."""
        own = box.actor
        half = self.radius + 2.0
        for side in (prefer, -prefer):
            column = own + side
            while 0 <= column < self.actors:
                cx = (column + 0.5) * self.width
                lo, hi = cx - half, cx + half
                stub = (min(box.rect.cx, cx), max(box.rect.cx, cx))
                clear = not any(a < hi and lo < b for a, b in self.spans[box.step_index])
                passes = any(a < stub[1] and stub[0] < b for a, b in self.circles[box.step_index])
                if clear and not passes:
                    return side, cx
                column += side
        # A crowded row (every other cell has a line through it): take the nearest cell
        # holding no connector yet, even if a line passes it, rather than fail.
        for distance in range(1, self.actors):
            for side in (prefer, -prefer):
                column = own + side * distance
                if not 0 <= column < self.actors:
                    continue
                cx = (column + 0.5) * self.width
                if not any(
                    a < cx + half and cx - half < b for a, b in self.circles[box.step_index]
                ):
                    return side, cx
        # One pelaksana only: beside the symbol, in its own column's gutter (the connector
        # shrinks to fit there, see _gutter_radius).
        return RIGHT, (box.rect.right + (own + 1) * self.width) / 2

    # --- building -----------------------------------------------------------------------

    def _assign_slots(self) -> None:
        for (key, _side), requests in self.requests.items():
            box = self.boxes[key.index]
            ups = sorted((r for r in requests if r.direction < 0), key=lambda r: r.reach)
            flats = [r for r in requests if r.direction == 0]
            downs = sorted(
                (r for r in requests if r.direction > 0), key=lambda r: r.reach, reverse=True
            )
            ordered = ups + flats + downs
            count = len(ordered)
            gap = min(self.style.slot_gap, box.rect.h * 0.8 / max(count - 1, 1))
            for i, request in enumerate(ordered):
                request.y = box.rect.cy + (i - (count - 1) / 2) * gap

    def _slot_y(self, key: NodeKey, side: int, piece: int) -> float:
        for request in self.requests[(key, side)]:
            if request.piece == piece:
                return request.y
        raise KeyError((key, side, piece))

    def build(self) -> Diagram:
        self.plan()
        self._assign_slots()
        marks: list[ConnectorMark] = []
        for index, connector in enumerate(self.connectors):
            cy = connector.cy
            if cy is None:
                assert connector.slot is not None
                cy = self._slot_y(*connector.slot)
            r = connector.radius
            rect = Rect(connector.cx - r, cy - r, 2 * r, 2 * r)
            shape = (
                pentagon_shape(rect) if connector.off_page else circle_shape((connector.cx, cy), r)
            )
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
        routes: dict[int, list[Route]] = defaultdict(list)
        for number, piece in enumerate(self.pieces):
            routes[piece.page].append(self._route(number, piece, marks))
        for page_index in list(routes):
            routes[page_index] = self._place_labels(routes[page_index], page_index, marks)

        pages = []
        for page_index, indices in enumerate(self.pages):
            top, bottom = self.strips[page_index]
            pages.append(
                Page(
                    number=page_index + 1,
                    width=self.actors * self.width,
                    height=self.heights[page_index],
                    column_width=self.width,
                    actor_count=self.actors,
                    top_strip=top,
                    bottom_strip=bottom,
                    rows=tuple(self.rows[i] for i in indices),
                    symbols=tuple(self.boxes[i] for i in indices if i in self.boxes),
                    connectors=tuple(m for m in marks if m.page == page_index),
                    routes=tuple(routes[page_index]),
                )
            )
        return Diagram(tuple(pages), self.edges, tuple(marks), self.style)

    def _outline(self, key: NodeKey, marks: list[ConnectorMark]) -> tuple[Shape, Rect]:
        if key.kind == "connector":
            return marks[key.index].shape, marks[key.index].rect
        box = self.boxes[key.index]
        return box.shape, box.rect

    def _route(self, number: int, piece: _Piece, marks: list[ConnectorMark]) -> Route:
        start_shape, start_rect = self._outline(piece.start, marks)
        end_shape, end_rect = self._outline(piece.end, marks)
        points: list[Point]
        if piece.kind == "straight":
            x = start_rect.cx
            points = [
                ray_exit(start_shape.outline, (x, start_rect.cy), (0, 1)),
                ray_exit(end_shape.outline, (x, end_rect.cy), (0, -1)),
            ]
        elif piece.kind == "elbow":
            y = self._slot_y(piece.start, piece.start_side, number)
            first = ray_exit(start_shape.outline, (start_rect.cx, y), (piece.start_side, 0))
            points = [
                first,
                (end_rect.cx, y),
                ray_exit(end_shape.outline, (end_rect.cx, end_rect.cy), (0, -1)),
            ]
        elif piece.kind == "lane":
            ys = self._slot_y(piece.start, piece.start_side, number)
            yt = self._slot_y(piece.end, piece.end_side, number)
            points = [
                ray_exit(start_shape.outline, (start_rect.cx, ys), (piece.start_side, 0)),
                (piece.lane_x, ys),
                (piece.lane_x, yt),
                ray_exit(end_shape.outline, (end_rect.cx, yt), (piece.end_side, 0)),
            ]
        elif piece.kind == "to_connector":
            y = self._slot_y(piece.start, piece.start_side, number)
            points = [
                ray_exit(start_shape.outline, (start_rect.cx, y), (piece.start_side, 0)),
                ray_exit(end_shape.outline, (end_rect.cx, y), (-piece.start_side, 0)),
            ]
        else:  # from_connector
            y = self._slot_y(piece.end, piece.end_side, number)
            points = [
                ray_exit(start_shape.outline, (start_rect.cx, y), (-piece.end_side, 0)),
                ray_exit(end_shape.outline, (end_rect.cx, y), (piece.end_side, 0)),
            ]
        return Route(
            piece.edge,
            piece.start,
            piece.end,
            tuple(points),
            self._arrow(points[-2], points[-1]),
            piece.label,
        )

    def _place_labels(
        self, routes: list[Route], page_index: int, marks: list[ConnectorMark]
    ) -> list[Route]:
        """Give each decision branch's label the first spot near the start of its line
        that touches no line, symbol, connector or other label, and stays on the page."""
        size = self.style.label_size
        taken: list[Rect] = [b.rect for i, b in self.boxes.items() if self.page_of[i] == page_index]
        taken += [m.rect for m in marks if m.page == page_index]
        segments = [seg for r in routes for seg in zip(r.points, r.points[1:], strict=False)]
        width = self.actors * self.width
        placed: list[Route] = []
        for route in routes:
            if not route.label:
                placed.append(route)
                continue
            box_w = label_width(route.label, size)
            candidates = self._label_spots(route, box_w, size)
            chosen = candidates[0]
            for spot in candidates:
                rect = spot[2]
                if (
                    rect.x >= 0
                    and rect.right <= width
                    and not any(_meets(rect, seg) for seg in segments)
                    and not any(_rects_meet(rect, other) for other in taken)
                ):
                    chosen = spot
                    break
            taken.append(chosen[2])
            placed.append(replace(route, label_at=chosen[0], label_align=chosen[1]))
        return placed

    def _label_spots(
        self, route: Route, box_w: float, size: float
    ) -> list[tuple[Point, str, Rect]]:
        """Candidate (baseline anchor, alignment, bounding box) spots, best first."""
        points = route.points
        (x0, y0), (x1, y1) = points[0], points[1]
        cap = size * 0.8
        spots: list[tuple[Point, str, Rect]] = []

        def spot(x: float, baseline: float, align: str) -> None:
            left = x if align == "left" else x - box_w
            spots.append(((x, baseline), align, Rect(left, baseline - cap, box_w, cap + 1.0)))

        if x0 == x1:  # leaves vertically: beside the line, just past the symbol
            down = 1 if y1 > y0 else -1
            base = y0 + 1.5 + cap if down > 0 else y0 - 2.5
            spot(x0 + 2.5, base, "left")
            spot(x0 - 2.5, base, "right")
            return spots
        direction = 1 if x1 > x0 else -1
        align = "left" if direction > 0 else "right"
        near = x0 + direction * 2.0
        spot(near, y0 - 1.5, align)  # above the line, just past the symbol
        spot(near, y0 + 1.5 + cap, align)  # below it
        if len(points) >= 3:
            # Against the lane or the turn, where the line runs on up or down.
            going_up = points[2][1] < y1
            turn = x1 - direction * 2.0
            back = "right" if direction > 0 else "left"
            spot(turn, y1 - 1.5 if not going_up else y1 + 1.5 + cap, back)
            rect = self.boxes[route.start.index].rect if route.start.kind == "step" else None
            if rect is not None:
                spot(turn, rect.y - 2.0 if going_up else rect.bottom + 1.5 + cap, back)
        return spots

    def _arrow(self, before: Point, tip: Point) -> tuple[Point, Point, Point]:
        dx, dy = tip[0] - before[0], tip[1] - before[1]
        length = (dx * dx + dy * dy) ** 0.5 or 1.0
        ux, uy = dx / length, dy / length
        back = min(self.style.arrow_length, length)
        bx, by = tip[0] - ux * back, tip[1] - uy * back
        half = self.style.arrow_width / 2
        return (tip, (bx - uy * half, by + ux * half), (bx + uy * half, by - ux * half))


def label_width(text: str, size: float) -> float:
    """A generous estimate of the width of a Ya/Tidak label (Vera averages 0.6 em)."""
    return len(text) * size * 0.62 + 1.0


def _rects_meet(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def _meets(rect: Rect, segment: tuple[Point, Point]) -> bool:
    """True when an axis-parallel segment touches the rectangle."""
    (ax, ay), (bx, by) = segment
    return (
        min(ax, bx) <= rect.right
        and max(ax, bx) >= rect.x
        and min(ay, by) <= rect.bottom
        and max(ay, by) >= rect.y
    )
