"""The routing rules of issue 13, checked on the geometry every backend draws.

On every example SOP, every committed sample form, the hand-made hard cases and random
SOPs: Ya and Tidak leave a decision by different sides; at most two lines touch one side
of a symbol; no line runs on a column line; no line, grid line, symbol or connector
touches a Ya/Tidak label or a connector's page note, and none leaves the page; every
off-page connector names the page its twin is on; pages hold balanced shares of steps.
"""

from __future__ import annotations

import itertools
from collections import Counter
from functools import partial
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sopxl.model.sop import Actor, Sop, Step, Symbol
from sopxl.render.api import picture_diagram
from sopxl.render.geometry import (
    Diagram,
    FlowFrame,
    FlowStyle,
    NodeKey,
    Page,
    connector_note,
    layout_flowchart,
)
from sopxl.render.labels import (
    Clearance,
    branch_spots,
    meets,
    place_one,
    rects_meet,
    sizes,
    spot,
    text_width,
)
from sopxl.render.metrics import wrap
from sopxl.render.pdf import PdfOptions, document_diagram
from sopxl.render.shapes import Point, Rect
from sopxl.render.table import table_layout
from tests.test_render_geometry import SAMPLES, assert_sound, random_sops

ROOT = Path(__file__).resolve().parent.parent


def _sample_forms() -> list[tuple[str, Sop]]:
    from sopxl.checking.run import check_file

    forms = sorted((ROOT / "samples").glob("*.xlsx"))
    assert len(forms) >= 7
    read = [(path.stem, check_file(path).sop) for path in forms]
    return [(stem, sop) for stem, sop in read if sop is not None]


ALL = [*SAMPLES, *_sample_forms()]
IDS = [name for name, _ in ALL]


def _document(sop: Sop, per_page: int) -> Diagram:
    table = table_layout(sop, lambda text, width, size: wrap(text, width, size))
    return document_diagram(sop, PdfOptions(per_page), table)


def _layouts(sop: Sop) -> list[Diagram]:
    """The diagram as the PDF and XLSX lay it out (7 and 4 a page), as the pictures do
    (whole, and paged), and in narrow and wide bare frames."""
    return [
        _document(sop, 7),
        _document(sop, 4),
        picture_diagram(sop, None),
        picture_diagram(sop, 5),
        layout_flowchart(sop, FlowFrame(len(sop.actors), 40.0, steps_per_page=6)),
        layout_flowchart(sop, FlowFrame(len(sop.actors), 110.0)),
    ]


# --- the rules --------------------------------------------------------------------------


def _direction(a: Point, b: Point) -> str:
    if a[1] == b[1]:
        return "right" if b[0] > a[0] else "left"
    return "down" if b[1] > a[1] else "up"


FACING = {"right": "left", "left": "right", "down": "top", "up": "bottom"}
LEAVING = {"right": "right", "left": "left", "down": "bottom", "up": "top"}


def _ends(page: Page) -> dict[NodeKey, list[tuple[str, str]]]:
    """Per symbol: the side each of its lines touches it by, and "out" or "in"."""
    ends: dict[NodeKey, list[tuple[str, str]]] = {}
    for route in page.routes:
        if route.start.kind == "step":
            side = LEAVING[_direction(route.points[0], route.points[1])]
            ends.setdefault(route.start, []).append((side, "out"))
        if route.end.kind == "step":
            side = FACING[_direction(route.points[-2], route.points[-1])]
            ends.setdefault(route.end, []).append((side, "in"))
    return ends


def assert_branches_leave_by_different_sides(sop: Sop, diagram: Diagram) -> None:
    for page in diagram.pages:
        ends = _ends(page)
        for box in page.symbols:
            if box.symbol is not Symbol.DECISION:
                continue
            key = NodeKey("step", box.step_index)
            leaving = [side for side, way in ends.get(key, []) if way == "out"]
            assert len(leaving) == len(set(leaving)), (box.number, leaving)


def assert_two_lines_a_side_at_most(diagram: Diagram, strict: bool = True) -> None:
    """At most two lines on any side of a symbol. Not ``strict``: a symbol with more
    than four lines on its left and right together (random SOPs where many decisions
    jump to one step) has no free side left, and only then may a side take a third."""
    for page in diagram.pages:
        for key, sides in _ends(page).items():
            counts = Counter(side for side, _ in sides)
            crowded = counts["left"] + counts["right"] > 4
            if strict or not crowded:
                assert max(counts.values()) <= 2, (key, counts)
            assert counts["top"] <= 1 and counts["bottom"] <= 1, (key, counts)


def assert_no_line_on_a_column_line(diagram: Diagram, clear: float = 4.5) -> None:
    for page in diagram.pages:
        borders = [k * page.column_width for k in range(page.actor_count + 1)]
        for route in page.routes:
            for a, b in itertools.pairwise(route.points):
                if a[0] == b[0] and a[1] != b[1]:
                    gap = min(abs(a[0] - x) for x in borders)
                    assert gap >= clear - 1e-6, (route.points, gap)


def _rows(page: Page) -> list[tuple[Point, Point]]:
    edges = {page.top_strip, *(row.bottom for row in page.rows)}
    if page.bottom_strip:
        edges.add(page.height)
    return [((0.0, y), (page.width, y)) for y in edges]


def assert_texts_are_clear(diagram: Diagram) -> None:
    for page in diagram.pages:
        texts: list[Rect] = []
        for route in page.routes:
            if route.label:
                assert route.label_box is not None
                texts.append(route.label_box)
        for mark in page.connectors:
            if mark.off_page:
                assert mark.note_box is not None
                texts.append(mark.note_box)
        lines = [s for r in page.routes for s in itertools.pairwise(r.points)]
        rows = _rows(page)
        solids = [b.rect for b in page.symbols] + [c.rect for c in page.connectors]
        for i, box in enumerate(texts):
            assert box.x >= 0 and box.right <= page.width, box
            assert box.y >= 0 and box.bottom <= page.height, box
            # Flow lines are 0.8 pt strokes: a text beside one keeps clear of its ink.
            aired = Rect(box.x - 0.5, box.y, box.w + 1.0, box.h)
            assert not any(meets(aired, s) for s in lines), (box, page.number)
            assert not any(meets(box, s) for s in rows), (box, page.number)
            assert not any(rects_meet(box, s) for s in solids), (box, page.number)
            assert not any(rects_meet(box, other) for other in texts[i + 1 :]), box


def assert_connectors_name_their_twin_page(diagram: Diagram, first_page: int = 1) -> None:
    for mark in diagram.connectors:
        if not mark.off_page:
            assert connector_note(mark) == ""
            continue
        twin = next(
            m
            for m in diagram.connectors
            if m.off_page and m.label == mark.label and m.index != mark.index
        )
        assert mark.twin_page == twin.page and twin.twin_page == mark.page
        word = "ke" if mark.end == "out" else "dari"
        assert connector_note(mark) == f"{word} hal. {twin.page + 1}"
        assert connector_note(mark, first_page=3) == f"{word} hal. {twin.page + 3}"
        # What is written: the whole note, or in a crowded spot just the page.
        page = twin.page + first_page
        assert mark.note in (f"{word} hal. {page}", f"hal. {page}"), mark.note


def assert_pages_are_balanced(diagram: Diagram, per_page: int | None) -> None:
    """The fewest pages of at most ``per_page`` steps, their sizes differing by one at
    most (9 steps at most 7 a page print 5 + 4, never 7 + 2)."""
    sizes = [len(page.rows) for page in diagram.pages]
    steps = sum(sizes)
    if per_page is None:
        assert len(sizes) == 1
        return
    assert len(sizes) == max(1, -(-steps // per_page)), sizes
    assert max(sizes) - min(sizes) <= 1, sizes


def assert_rules(sop: Sop, diagram: Diagram) -> None:
    assert_branches_leave_by_different_sides(sop, diagram)
    assert_two_lines_a_side_at_most(diagram)
    assert_no_line_on_a_column_line(diagram)
    assert_texts_are_clear(diagram)
    assert_connectors_name_their_twin_page(diagram)


# --- tests ------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "sop"), ALL, ids=IDS)
def test_every_sample_follows_the_routing_rules(name: str, sop: Sop) -> None:
    for diagram in _layouts(sop):
        assert_sound(sop, diagram)
        assert_rules(sop, diagram)
        sizes = [len(page.rows) for page in diagram.pages]
        assert max(sizes) - min(sizes) <= 1, sizes  # balanced pages, even with tall rows


def test_the_rules_can_fail() -> None:
    """The checks above see a broken layout (so they are not vacuous)."""
    from dataclasses import replace

    from tests.test_render_geometry import loops_sop

    sop = loops_sop()
    diagram = layout_flowchart(sop, FlowFrame(len(sop.actors), 60.0))
    page = diagram.pages[0]
    labelled = next(r for r in page.routes if r.label)
    box = labelled.label_box
    assert box is not None
    moved = replace(labelled, label_box=Rect(box.x, labelled.points[0][1] - 1, box.w, box.h))
    broken = replace(page, routes=tuple(moved if r is labelled else r for r in page.routes))
    with pytest.raises(AssertionError):
        assert_texts_are_clear(replace(diagram, pages=(broken,)))
    decision = next(b for b in page.symbols if b.symbol is Symbol.DECISION)
    key = NodeKey("step", decision.step_index)
    out = [r for r in page.routes if r.start == key]
    assert len(out) == 2
    first = out[0]
    mirrored = replace(out[1], points=(first.points[0], first.points[1], *out[1].points[1:]))
    broken = replace(page, routes=tuple(mirrored if r is out[1] else r for r in page.routes))
    with pytest.raises(AssertionError):
        assert_branches_leave_by_different_sides(sop, replace(diagram, pages=(broken,)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    sop=random_sops(),
    per_page=st.sampled_from([None, 3, 6, 8]),
    width=st.sampled_from([40.0, 60.0, 110.0]),
)
def test_random_sops_follow_the_routing_rules(sop: Sop, per_page: int | None, width: float) -> None:
    diagram = layout_flowchart(sop, FlowFrame(len(sop.actors), width, steps_per_page=per_page))
    assert_branches_leave_by_different_sides(sop, diagram)
    assert_no_line_on_a_column_line(diagram)
    assert_connectors_name_their_twin_page(diagram)
    assert_two_lines_a_side_at_most(diagram, strict=False)
    assert_texts_are_clear(diagram)
    assert_pages_are_balanced(diagram, per_page)


# --- crowded narrow columns -------------------------------------------------------------

D, P = Symbol.DECISION, Symbol.PROCESS


def _one_column(rows: list[tuple[Symbol, int | None, int | None]]) -> Sop:
    """One pelaksana; steps from (symbol, Ya target, Tidak target)."""
    steps = tuple(
        Step(number, f"Langkah {number}", actor=0, symbol=symbol, yes_target=yes, no_target=no)
        for number, (symbol, yes, no) in enumerate(rows, start=1)
    )
    return Sop(actors=(Actor("Pelaksana"),), steps=steps)


def crowded_column() -> Sop:
    """Nine steps in one 40-point column, three a page: jumps back and forth across
    pages, and a last decision whose Ya and Tidak both go back to step 4."""
    return _one_column(
        [
            *[(P, None, None), (P, None, None), (D, 10, 8), (Symbol.FILE, None, None)],
            *[(D, 1, 8), (Symbol.MANUAL_ARCHIVE, None, None), (Symbol.DOCUMENT, None, None)],
            *[(Symbol.MULTI_DOCUMENT, None, None), (D, 4, 4)],
        ]
    )


def noted_column() -> Sop:
    """Fourteen steps in one 40-point column, six a page, with decisions jumping back."""
    plain = [(P, None, None)] * 5
    end = (Symbol.TERMINATOR, None, None)
    return _one_column([*plain, end, (D, 2, 4), *plain[:4], (D, 14, 11), *plain[:2]])


def _texts_touching_lines(diagram: Diagram) -> int:
    touching = 0
    for page in diagram.pages:
        segments = [s for r in page.routes for s in itertools.pairwise(r.points)]
        segments += _rows(page)
        boxes = [r.label_box for r in page.routes if r.label_box]
        boxes += [m.note_box for m in page.connectors if m.note_box]
        for box in boxes:
            assert box.x >= 0 and box.right <= page.width, box
            assert box.y >= 0 and box.bottom <= page.height, box
            touching += any(meets(box, s) for s in segments)
    return touching


def test_a_crowded_row_grows_until_its_labels_are_clear() -> None:
    sop = crowded_column()
    frame = FlowFrame(1, 40.0, steps_per_page=3)
    diagram = layout_flowchart(sop, frame)
    assert_sound(sop, diagram, connectors_clear=False)
    assert_rules(sop, diagram)
    rows = [row for page in diagram.pages for row in page.rows]
    assert [row.number for row in rows if row.height > diagram.style.min_row_height] == [9]
    # Without the taller row the last decision's "Ya/Tidak" has no clear spot: it still
    # goes on the page, only over a line.
    cramped = layout_flowchart(sop, frame, FlowStyle(growth_rounds=0))
    assert _texts_touching_lines(cramped) == 1


def test_a_page_note_drops_ke_or_dari_where_the_whole_note_has_no_room() -> None:
    sop = noted_column()
    diagram = layout_flowchart(sop, FlowFrame(1, 40.0, steps_per_page=6))
    assert_rules(sop, diagram)
    notes = [m.note for m in diagram.connectors if m.off_page]
    assert "ke hal. 2" in notes and "dari hal. 1" in notes
    assert [n for n in notes if n.startswith("hal.")] == ["hal. 2", "hal. 2"]
    # The PDF's first procedure page is its third: the notes count from there.
    later = layout_flowchart(sop, FlowFrame(1, 40.0, steps_per_page=6, first_page=3))
    assert_connectors_name_their_twin_page(later, first_page=3)
    assert "ke hal. 4" in [m.note for m in later.connectors]


def test_a_text_with_no_clear_spot_still_stays_on_the_page() -> None:
    # A 30 x 20 point page ruled every 2 points: no text fits between two lines.
    ruled = [((0.0, float(y)), (30.0, float(y))) for y in range(0, 21, 2)]
    clearance = Clearance(30.0, 20.0, ruled)
    for text in ("Tidak", "Ya/Tidak"):
        variants = [(text, size) for size in sizes(6.5, 5.0)]
        near = partial(branch_spots, ((29.0, 10.0), (29.0, 19.0)))
        (_, size), (_, _, box), clear = place_one(clearance, variants, near, (29.0, 10.0))
        assert not clear and size == 5.0
        assert box.x >= 0.5 and box.right <= 29.5
        assert box.y >= 0.5 and box.bottom <= 19.5


class _Recorder:
    """A painter that keeps the texts drawn."""

    def __init__(self) -> None:
        self.texts: list[tuple[Point, str, float, str]] = []

    def polyline(self, points: object, width: float, color: str = "") -> None:
        pass

    def polygon(self, points: object, fill: object, stroke: object, width: float) -> None:
        pass

    def text(
        self,
        at: Point,
        text: str,
        size: float,
        align: str = "center",
        bold: bool = False,
        color: str = "",
    ) -> None:
        self.texts.append((at, text, size, align))


@pytest.mark.parametrize("sop", [crowded_column(), noted_column(), *(s for _, s in SAMPLES)])
def test_each_note_and_label_is_drawn_inside_its_box(sop: Sop) -> None:
    from sopxl.render.draw import draw_flow

    diagram = layout_flowchart(sop, FlowFrame(len(sop.actors), 40.0, steps_per_page=5))
    for page in diagram.pages:
        painter = _Recorder()
        draw_flow(painter, page)
        wanted = [
            (r.label_at, r.label, r.label_size, r.label_align, r.label_box)
            for r in page.routes
            if r.label
        ]
        wanted += [
            (m.note_at, m.note, m.note_size, m.note_align, m.note_box)
            for m in page.connectors
            if m.off_page
        ]
        for at, text, size, align, box in wanted:
            assert (at, text, size, align) in painter.texts
            assert at is not None and box is not None
            drawn = spot(at, align, text_width(text, size), size)[2]
            assert box.x - 1e-6 <= drawn.x and drawn.right <= box.right + 1e-6, text


def test_lines_into_a_decision_leave_its_branches_a_side_each() -> None:
    """Step 10's Ya and Tidak both go back up, so one must leave by its right side;
    steps 11 and 12 jump back into it from the left. Both those lines used to take its
    left side, and Tidak then had to leave by it too: three lines on one side."""
    kinds = [
        (5, Symbol.DOCUMENT, None, None),
        (5, Symbol.FILE, None, None),
        (0, Symbol.MULTI_DOCUMENT, None, None),
        (1, Symbol.MANUAL_ARCHIVE, None, None),
        (4, Symbol.FILE, None, None),
        (4, Symbol.MANUAL_ARCHIVE, None, None),
        (6, D, 4, 1),
        (6, Symbol.MULTI_DOCUMENT, None, None),
        (1, P, None, None),
        (6, D, 3, 1),
        (2, D, 11, 10),
        (2, D, 2, 10),
    ]
    steps = tuple(
        Step(number, actor=actor, symbol=symbol, yes_target=yes, no_target=no)
        for number, (actor, symbol, yes, no) in enumerate(kinds, start=1)
    )
    sop = Sop(actors=tuple(Actor(f"P{i}") for i in range(8)), steps=steps)
    diagram = layout_flowchart(sop, FlowFrame(8, 110.0))
    assert_sound(sop, diagram)
    assert_rules(sop, diagram)
    ends = _ends(diagram.pages[0])[NodeKey("step", 9)]
    assert Counter(side for side, _ in ends) == {"left": 2, "right": 2, "top": 1}
