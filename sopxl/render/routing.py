"""Route planning for :func:`sopxl.render.geometry.layout_flowchart` (see its module
docstring for the rules): pagination, symbol placement, and for every arrow its kind,
the sides it leaves and enters by, its lane or its connectors. The plan is then built
into a diagram (slots, points, labels) by :mod:`sopxl.render.assembly`. Internal: use
:func:`~sopxl.render.geometry.layout_flowchart`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from sopxl.model.flow import FlowEdge, flow_edges
from sopxl.model.sop import Sop, Symbol
from sopxl.render.assembly import assemble
from sopxl.render.geometry import (
    Diagram,
    FlowFrame,
    FlowStyle,
    NodeKey,
    Row,
    SymbolBox,
    connector_letter,
)
from sopxl.render.paging import paginate
from sopxl.render.shapes import Rect, symbol_shape

LEFT = -1
RIGHT = 1
DOWN = 0
MAX_PER_SIDE = 2
"""Most lines touching one side of a symbol (entering or leaving)."""


# --- internal planning state ------------------------------------------------------------


@dataclass
class Request:
    """A claim on one side of a node: a route leaves or enters there. ``direction`` is
    where the route goes vertically once it turns (-1 up, +1 down, 0 not at all) and
    ``reach`` how far from the node's centre it turns."""

    piece: int
    direction: int
    reach: float
    y: float = 0.0


@dataclass
class Piece:
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
class PlannedConnector:
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

        self.pages: list[list[int]] = paginate(
            [self._row_height(i) for i in range(len(sop.steps))],
            frame.steps_per_page,
            None if frame.body_height is None else frame.body_height - 2 * style.strip_height,
        )
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
        self.pieces: list[Piece] = []
        self.requests: dict[tuple[NodeKey, int], list[Request]] = defaultdict(list)
        self.lanes: dict[tuple[int, float], list[tuple[float, float]]] = defaultdict(list)
        self.spans: dict[int, list[tuple[float, float]]] = defaultdict(list)  # by step row
        self.circles: dict[int, list[tuple[float, float]]] = defaultdict(list)
        self.connectors: list[PlannedConnector] = []
        self.exits: dict[int, set[int]] = defaultdict(set)  # sides a step's lines leave by
        self.pending: dict[int, int] = defaultdict(int)  # branches still to leave by a side
        self.off_letters = 0
        self.on_numbers = 0

    # --- frame ------------------------------------------------------------------------

    def _row_height(self, index: int) -> float:
        wishes = self.frame.row_heights
        wish = wishes[index] if index < len(wishes) else 0.0
        return max(self.style.min_row_height, wish)

    def _tracks(self) -> tuple[float, ...]:
        """Lane positions: inside each column's gutters, at least ``border_clear`` from
        the column line (a line beside it reads as running on it) and an arrowhead's
        length from the symbols (so an arrow entering a symbol's side shows its head);
        in a gutter too narrow for that, its middle."""
        gutter = (self.width - self.symbol_w) / 2
        first, gap = self.style.border_clear, self.style.track_gap
        room = gutter - self.style.arrow_length - first
        count = int(room // gap) + 1 if room >= 0 else 0
        offsets = [first + gap * k for k in range(count)] if count else [gutter / 2]
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
            if target != source + 1 and self._is_decision(source):
                self.pending[source] += 1
        # Short loops first: they take the tracks nearest their symbols.
        lane_edges.sort(key=lambda n: abs(self.edges[n].target - self.edges[n].source))
        for number in lane_edges:
            if not self._plan_lane(number, self.edges[number]):
                cell_edges.append((number, False))
        self._plan_cell_pairs(cell_edges)

    def _key(self, index: int) -> NodeKey:
        return NodeKey("step", index)

    def _add_piece(self, piece: Piece) -> int:
        self.pieces.append(piece)
        return len(self.pieces) - 1

    def _span(self, row_index: int, x0: float, x1: float) -> None:
        self.spans[row_index].append((min(x0, x1), max(x0, x1)))

    def _plan_short(self, number: int, edge: FlowEdge) -> None:
        src, tgt = self.boxes[edge.source], self.boxes[edge.target]
        page = self.page_of[edge.source]
        if src.actor == tgt.actor:
            self.exits[edge.source].add(DOWN)
            self._add_piece(
                Piece(
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
        self.exits[edge.source].add(side)
        piece = self._add_piece(
            Piece(
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
        self.requests[(self._key(src.step_index), side)].append(Request(piece, 1, reach))
        self._span(src.step_index, src.rect.cx, tgt.rect.cx)

    def _plan_strip_pair(self, number: int, edge: FlowEdge) -> None:
        """A consecutive step on the next page: straight down into a connector in the
        bottom strip, and on from its twin in the next page's top strip."""
        src, tgt = self.boxes[edge.source], self.boxes[edge.target]
        label = connector_letter(self.off_letters)
        self.off_letters += 1
        src_page, tgt_page = self.page_of[edge.source], self.page_of[edge.target]
        self.exits[edge.source].add(DOWN)
        bottom_strip = self.strips[src_page][1]
        out_cy = self.heights[src_page] - bottom_strip / 2
        in_cy = self.strips[tgt_page][0] / 2
        out_index = self._connector(
            PlannedConnector(src_page, label, True, "out", number, src.rect.cx, out_cy, self.radius)
        )
        in_index = self._connector(
            PlannedConnector(tgt_page, label, True, "in", number, tgt.rect.cx, in_cy, self.radius)
        )
        self._add_piece(
            Piece(
                number,
                "straight",
                self._key(src.step_index),
                NodeKey("connector", out_index),
                src_page,
                label=edge.label,
            )
        )
        self._add_piece(
            Piece(
                number,
                "straight",
                NodeKey("connector", in_index),
                self._key(tgt.step_index),
                tgt_page,
            )
        )

    def _connector(self, connector: PlannedConnector) -> int:
        self.connectors.append(connector)
        return len(self.connectors) - 1

    def _side_load(self, key: NodeKey, side: int) -> int:
        return len(self.requests.get((key, side), ()))

    def _has_room(self, key: NodeKey, side: int) -> bool:
        return self._side_load(key, side) < MAX_PER_SIDE

    def _is_decision(self, index: int) -> bool:
        return self.sop.steps[index].symbol is Symbol.DECISION

    def _may_leave(self, index: int, side: int) -> bool:
        """A decision's two branches never leave by the same side."""
        return not self._is_decision(index) or side not in self.exits[index]

    def _spares(self, index: int, side: int = 0, taken: int = 0, leaving: bool = False) -> int:
        """How many of step ``index``'s left and right sides a branch of it could still
        leave by (side free of its other branch, and under :data:`MAX_PER_SIDE`) once
        ``taken`` more lines touch ``side`` (``leaving``: one of them is a branch)."""
        key = self._key(index)
        exits = self.exits[index] | ({side} if leaving else set())
        count = 0
        for each in (LEFT, RIGHT):
            load = self._side_load(key, each) + (taken if each == side else 0)
            count += load < MAX_PER_SIDE and each not in exits
        return count

    def _leaves_room(self, index: int, side: int, taken: int = 1, leaving: bool = False) -> bool:
        """Whether ``taken`` lines may touch ``side`` of step ``index`` and still leave a
        decision's branches not yet planned a side each (or as many as they had): a
        line entering a decision must not take the side its other branch will need."""
        if not self._is_decision(index):
            return True
        pending = self.pending[index] - leaving
        if pending <= 0:
            return True
        after = self._spares(index, side, taken, leaving)
        return after >= min(pending, self._spares(index))

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
            if not self._lane_fits(edge, side_s, side_t):
                continue
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
        self.exits[edge.source].add(side_s)
        self.pending[edge.source] -= 1
        piece = self._add_piece(
            Piece(
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
        self.requests[(src_key, side_s)].append(Request(piece, down, abs(x - src.rect.cx)))
        self.requests[(tgt_key, side_t)].append(Request(piece, -down, abs(x - tgt.rect.cx)))
        self._span(src.step_index, src.rect.cx, x)
        self._span(tgt.step_index, tgt.rect.cx, x)
        return True

    def _lane_fits(self, edge: FlowEdge, side_s: int, side_t: int) -> bool:
        """Whether a lane may leave ``edge``'s source by ``side_s`` and enter its
        target by ``side_t``: Ya and Tidak leave a decision by different sides, at most
        :data:`MAX_PER_SIDE` lines a side, and a decision keeps a side for each of its
        branches still to come."""
        source, target = edge.source, edge.target
        if not self._may_leave(source, side_s):
            return False
        key_s, key_t = self._key(source), self._key(target)
        if source == target and side_s == side_t:
            return self._side_load(key_s, side_s) + 2 <= MAX_PER_SIDE and self._leaves_room(
                source, side_s, 2, leaving=True
            )
        return (
            self._has_room(key_s, side_s)
            and self._has_room(key_t, side_t)
            and self._leaves_room(source, side_s, leaving=True)
            and self._leaves_room(target, side_t)
        )

    def _page_row(self, index: int) -> int:
        return self.pages[self.page_of[index]].index(index)

    def _plan_cell_pairs(self, cell_edges: list[tuple[int, bool]]) -> None:
        """Two connectors per edge, in free cells of the rows of the edge's ends. The
        ends where a decision's branch leaves go first: such a branch may leave by one
        side only (the other branch took the other), so it gets that side before other
        connectors fill it."""
        ends: list[tuple[int, int, str, bool, str]] = []  # (edge, step, label, off, end)
        for number, off_page in cell_edges:
            edge = self.edges[number]
            if off_page:
                label = connector_letter(self.off_letters)
                self.off_letters += 1
            else:
                self.on_numbers += 1
                label = str(self.on_numbers)
            ends.append((number, edge.source, label, off_page, "out"))
            ends.append((number, edge.target, label, off_page, "in"))
        ends.sort(key=lambda end: not (end[4] == "out" and self._is_decision(end[1])))
        for number, _step, label, off_page, end in ends:
            edge = self.edges[number]
            src, tgt = self.boxes[edge.source], self.boxes[edge.target]
            if end == "out":
                toward = RIGHT if tgt.actor >= src.actor else LEFT
                self._cell_end(number, edge, src, label, off_page, "out", toward)
            else:
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
        key = self._key(box.step_index)
        allowed = [
            side
            for side in (prefer, -prefer)
            if end == "in" or self._may_leave(box.step_index, side)
        ]
        roomy = [side for side in allowed if self._has_room(key, side)]
        spared = [
            side for side in roomy if self._leaves_room(box.step_index, side, leaving=end == "out")
        ]
        side, cx = self._free_cell(box, spared or roomy or allowed)
        if end == "out":
            self.exits[box.step_index].add(side)
            self.pending[box.step_index] -= 1
        page = self.page_of[box.step_index]
        column_cx = (box.actor + 0.5) * self.width
        in_gutter = abs(cx - column_cx) < self.width / 2
        radius = self._gutter_radius() if in_gutter else self.radius
        index = self._connector(
            PlannedConnector(page, label, off_page, end, number, cx, None, radius)
        )
        connector_key = NodeKey("connector", index)
        if end == "out":
            piece = self._add_piece(
                Piece(
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
                Piece(number, "from_connector", connector_key, key, page, end_side=side)
            )
        self.requests[(key, side)].append(Request(piece, 0, abs(cx - box.rect.cx)))
        self.connectors[index].slot = (key, side, piece)
        self._span(box.step_index, box.rect.cx, cx)
        self.circles[box.step_index].append((cx - radius, cx + radius))

    def _gutter_radius(self) -> float:
        gutter = (self.width - self.symbol_w) / 2
        return max(1.5, min(self.radius, gutter / 2 - 1.0))

    def _free_cell(self, box: SymbolBox, sides: list[int]) -> tuple[int, float]:
        """The nearest column of the box's row, on ``sides`` (best first), where a
        connector meets no route and its stub passes no other connector."""
        own = box.actor
        half = self.radius + 2.0
        for side in sides:
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
        # Beside the symbol, in its own column's gutter, when no lane runs there.
        for side in sides:
            cx = self._gutter_x(box, side)
            if self._gutter_free(box, cx):
                return side, cx
        # A crowded row (every other cell has a line through it): take the nearest cell
        # holding no connector yet, even if a line passes it, rather than fail.
        for distance in range(1, self.actors):
            for side in sides:
                column = own + side * distance
                if not 0 <= column < self.actors:
                    continue
                cx = (column + 0.5) * self.width
                if not any(
                    a < cx + half and cx - half < b for a, b in self.circles[box.step_index]
                ):
                    return side, cx
        side = sides[0] if sides else RIGHT
        return side, self._gutter_x(box, side)

    def _gutter_x(self, box: SymbolBox, side: int) -> float:
        """The middle of the gutter beside ``box`` (a connector there shrinks to fit,
        see :meth:`_gutter_radius`)."""
        if side == RIGHT:
            return (box.rect.right + (box.actor + 1) * self.width) / 2
        return (box.rect.x + box.actor * self.width) / 2

    def _gutter_free(self, box: SymbolBox, cx: float) -> bool:
        half = self._gutter_radius() + 1.0
        row = self.rows[box.step_index]
        page = self.page_of[box.step_index]
        for (lane_page, x), spans in self.lanes.items():
            near = lane_page == page and abs(x - cx) <= half
            if near and any(a < row.bottom and row.top < b for a, b in spans):
                return False
        return not any(a < cx + half and cx - half < b for a, b in self.circles[box.step_index])

    def build(self) -> tuple[Diagram, set[int]]:
        """Plan every route, then build the diagram (:mod:`sopxl.render.assembly`);
        with it, the steps whose rows had no clear spot for a text."""
        self.plan()
        return assemble(self)


def layout(sop: Sop, frame: FlowFrame, style: FlowStyle) -> Diagram:
    """The diagram of ``sop`` in ``frame``. Where a Ya/Tidak or page note finds no clear
    spot, the rows concerned get :attr:`FlowStyle.row_growth` taller and the layout is
    made again (pages may then break elsewhere), for up to
    :attr:`FlowStyle.growth_rounds` rounds; the last layout is kept."""
    planner = Planner(sop, frame, style)
    diagram, crowded = planner.build()
    for _ in range(style.growth_rounds):
        if not crowded:
            break
        wishes = [planner.rows[i].height for i in range(len(sop.steps))]
        for index in crowded:
            wishes[index] += style.row_growth
        planner = Planner(sop, replace(frame, row_heights=tuple(wishes)), style)
        diagram, crowded = planner.build()
    return diagram
