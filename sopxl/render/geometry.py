"""Pure layout of an SOP flowchart: pages, rows, symbols, orthogonal routes, connectors.

The flowchart lives in the pelaksana columns of the Uraian Prosedur table (Lampiran II
section 3): one row per step, one column per pelaksana. :func:`layout_flowchart` turns an
:class:`~sopxl.model.sop.Sop` and the size of those columns and rows into a :class:`Diagram`,
a frozen value that every backend draws and that tests check without pixels.

Coordinates are points, local to a page's pelaksana area: x grows to the right from the
left edge of the first pelaksana column, y grows downwards from the top of the page's
first row (or of its connector strip). How routes are laid out:

* Each row holds exactly one symbol, so a horizontal line at a row's height meets no
  symbol but that row's own. Routes therefore run horizontally only at the height of one
  of their own symbols, and vertically either at a symbol's centre line between two
  consecutive rows, or along a *lane*: a track in the gutter beside the symbols, which
  no symbol ever enters. That is why no route crosses a symbol.
* Two routes never share a lane track over overlapping heights, and the routes leaving or
  entering the same side of a symbol get distinct *slots* (heights), ordered so that the
  ones turning farthest do not cross the nearer ones.
* A line crossing a page break ends in a lettered off-page connector (Konektor beda
  halaman) and resumes from its twin on the other page; a route that would climb more
  than :attr:`FlowStyle.long_span` rows, or finds no free lane, is replaced by a pair of
  numbered on-page connectors (Konektor dalam satu halaman) placed in free cells of the
  rows of its two ends.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sopxl.model.flow import FlowEdge
from sopxl.model.sop import Sop, Symbol
from sopxl.render.shapes import Point, Rect, Shape


@dataclass(frozen=True)
class FlowStyle:
    """Sizes of the drawing, in points. The defaults suit A4 landscape with 6-8 steps."""

    max_symbol_width: float = 84.0
    symbol_height: float = 28.0
    min_gutter: float = 10.0
    track_gap: float = 3.0
    border_clear: float = 4.5
    min_row_height: float = 44.0
    strip_height: float = 30.0
    connector_size: float = 14.0
    slot_gap: float = 6.0
    arrow_length: float = 5.0
    arrow_width: float = 4.0
    long_span: int = 8
    label_size: float = 6.5
    note_size: float = 5.5
    min_label_size: float = 5.0
    """Ya/Tidak shrink down to this size where no spot is clear at ``label_size``."""
    min_note_size: float = 4.5
    """A page note shrinks down to this size (and then drops its "ke"/"dari")."""
    row_growth: float = 12.0
    """How much taller a crowded row gets, per round, when a text finds no clear spot."""
    growth_rounds: int = 3


@dataclass(frozen=True)
class FlowFrame:
    """The space the flowchart gets: ``actor_count`` columns of ``column_width`` points,
    and at least ``row_heights[i]`` points for the row of step ``i`` (the table's text
    may need more than a symbol does; missing entries mean "no wish").

    ``steps_per_page`` caps the steps on a page and ``body_height`` the height of a
    page's pelaksana area; ``None`` for both puts every step on one page. A row may
    get taller than wished, when its Ya/Tidak or page notes need the room.
    """

    actor_count: int
    column_width: float
    row_heights: tuple[float, ...] = ()
    steps_per_page: int | None = None
    body_height: float | None = None
    first_page: int = 1
    """The printed number of the diagram's first page: the connectors' page notes
    ("ke hal. 4") count from it."""


@dataclass(frozen=True)
class NodeKey:
    """Names a route's end: a step's symbol (``kind="step"``, ``index`` into
    :attr:`Sop.steps`) or a connector (``kind="connector"``, index into
    :attr:`Diagram.connectors`)."""

    kind: str
    index: int


@dataclass(frozen=True)
class Row:
    """The row of one step on a page: ``top`` and ``height`` in page coordinates."""

    step_index: int
    number: int
    top: float
    height: float

    @property
    def bottom(self) -> float:
        return self.top + self.height


@dataclass(frozen=True)
class SymbolBox:
    """A step's symbol: in column ``actor`` at the step's row, its number written in it."""

    step_index: int
    number: int
    symbol: Symbol
    actor: int
    rect: Rect
    shape: Shape
    text: str


@dataclass(frozen=True)
class ConnectorMark:
    """A connector: ``off_page`` (pentagon, lettered) or on-page (circle, numbered).
    ``end`` is "out" where the line leaves and "in" where it resumes; the twin has the
    same ``label`` and sits on page ``twin_page``. ``edge`` indexes
    :attr:`Diagram.edges`. An off-page connector names its twin's page in a note
    ("ke hal. 3", "dari hal. 2", see :func:`connector_note`): ``note``, written
    ``note_size`` points high in ``note_box``, its baseline's ``note_align`` end
    ("left", "center", "right") at ``note_at``; in a
    crowded spot the note is smaller, or just "hal. 3" (the connector's arrow says
    which way)."""

    index: int
    page: int
    label: str
    off_page: bool
    end: str
    edge: int
    rect: Rect
    shape: Shape
    twin_page: int = -1
    note: str = ""
    note_size: float = 5.5
    note_at: Point | None = None
    note_align: str = "center"
    note_box: Rect | None = None


def connector_note(mark: ConnectorMark, first_page: int = 1) -> str:
    """The note beside an off-page connector: the printed page its twin is on, when the
    diagram's first page is printed as page ``first_page`` ("" for on-page ones)."""
    if not mark.off_page:
        return ""
    page = mark.twin_page + first_page
    return f"ke hal. {page}" if mark.end == "out" else f"dari hal. {page}"


def short_note(mark: ConnectorMark, first_page: int = 1) -> str:
    """The page note without its "ke"/"dari", for a spot too narrow for the whole."""
    return f"hal. {mark.twin_page + first_page}" if mark.off_page else ""


@dataclass(frozen=True)
class Route:
    """A garis alir piece on one page: a polyline from ``start`` to ``end`` (each on the
    outline of a symbol or connector), with an arrowhead (tip, base corners) at its end
    and, for a decision's branch, ``label`` ("Ya"/"Tidak") written ``label_size``
    points high at ``label_at`` (baseline left end when ``label_align`` is "left",
    right end when "right"), inside ``label_box``, which no line, symbol, connector or
    other text touches."""

    edge: int
    start: NodeKey
    end: NodeKey
    points: tuple[Point, ...]
    arrow: tuple[Point, Point, Point]
    label: str | None = None
    label_at: Point | None = None
    label_align: str = "left"
    label_box: Rect | None = None
    label_size: float = 6.5


@dataclass(frozen=True)
class Page:
    """One page of the flowchart: ``width`` x ``height`` points, the connector strips at
    its top and bottom (0 when absent), its rows, symbols, connectors and routes."""

    number: int
    width: float
    height: float
    column_width: float
    actor_count: int
    top_strip: float
    bottom_strip: float
    rows: tuple[Row, ...]
    symbols: tuple[SymbolBox, ...]
    connectors: tuple[ConnectorMark, ...]
    routes: tuple[Route, ...]

    @property
    def step_indices(self) -> tuple[int, ...]:
        return tuple(row.step_index for row in self.rows)


@dataclass(frozen=True)
class Diagram:
    """The whole flowchart: its pages, the flow edges it draws, and every connector."""

    pages: tuple[Page, ...]
    edges: tuple[FlowEdge, ...]
    connectors: tuple[ConnectorMark, ...]
    style: FlowStyle = field(default_factory=FlowStyle)

    def shape_of(self, key: NodeKey) -> Shape:
        """The outline a route end ``key`` lies on."""
        if key.kind == "connector":
            return self.connectors[key.index].shape
        for page in self.pages:
            for box in page.symbols:
                if box.step_index == key.index:
                    return box.shape
        raise KeyError(key)


def connector_letter(index: int) -> str:
    """A, B, ..., Z, AA, AB, ... for the ``index``-th (zero-based) off-page pair."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def layout_flowchart(sop: Sop, frame: FlowFrame, style: FlowStyle | None = None) -> Diagram:
    """Lay out the flowchart of ``sop`` in ``frame``.

    Never raises on a flawed SOP: a step without a pelaksana gets a row but no symbol, an
    arrow to a step that does not exist is left out, and everything else is drawn.
    """
    from sopxl.render.routing import layout

    return layout(sop, frame, style or FlowStyle())
