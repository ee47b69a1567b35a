"""The flowchart's geometry, checked without pixels.

Every symbol sits inside its pelaksana's column and its step's row; every arrow starts and
ends on the edge of a symbol or connector, runs only horizontally and vertically, and
never crosses a symbol; no two arrows overlap; every line crossing a page break ends in an
off-page connector whose twin, with the same letter, is on the other page. The sample
SOPs here are also used by the other rendering tests.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sopxl.model.flow import FlowEdge, flow_edges
from sopxl.model.sop import Actor, Identity, Sop, Step, Symbol
from sopxl.render.geometry import Diagram, FlowFrame, NodeKey, layout_flowchart
from sopxl.render.shapes import Point, distance_to_outline, inside_outline
from sopxl_demo import examples

S = Symbol

# --- samples ---------------------------------------------------------------------------

ACTORS_7 = (
    "Kepala Dinas",
    "Sekretaris",
    "Kepala Bidang Pelayanan",
    "Kepala Seksi Pendaftaran",
    "Verifikator",
    "Operator SIAK",
    "Petugas Loket",
)


def _sop(title: str, actors: tuple[str, ...], rows: list[tuple[object, ...]]) -> Sop:
    """Steps from (actor, symbol, description[, yes, no]) tuples, numbered from 1."""
    steps = []
    for number, row in enumerate(rows, start=1):
        actor, symbol, text = row[0], row[1], row[2]
        yes = row[3] if len(row) > 3 else None
        no = row[4] if len(row) > 4 else None
        steps.append(
            Step(
                number,
                str(text),
                actor=actor,  # type: ignore[arg-type]
                symbol=symbol,  # type: ignore[arg-type]
                yes_target=yes,  # type: ignore[arg-type]
                no_target=no,  # type: ignore[arg-type]
                duration=None,
                output=f"Hasil langkah {number}",
            )
        )
    identity = Identity(
        agency="Dinas Kependudukan dan Pencatatan Sipil",
        unit="Bidang Pelayanan Pendaftaran Penduduk",
        section="Seksi Identitas Penduduk",
        code="12.02.01.007",
        title=title,
        approved_by="Kepala Dinas Kependudukan dan Pencatatan Sipil",
        legal_basis=("Undang-Undang Nomor 24 Tahun 2013 tentang Administrasi Kependudukan",),
    )
    return Sop(identity=identity, actors=tuple(Actor(a) for a in actors), steps=tuple(steps))


def long_sop() -> Sop:
    """24 steps, 7 pelaksana, decisions with back edges within and across pages."""
    rows: list[tuple[object, ...]] = [
        (6, S.TERMINATOR, "Menerima berkas permohonan KTP-el dari pemohon"),
        (6, S.PROCESS, "Memeriksa kelengkapan berkas dan mencatat dalam buku register"),
        (5, S.DOCUMENT, "Mencetak tanda terima permohonan"),
        (4, S.DECISION, "Memverifikasi keabsahan dokumen: lengkap dan sah?", 5, 2),
        (3, S.PROCESS, "Memaraf lembar verifikasi"),
        (3, S.MULTI_DOCUMENT, "Menggandakan formulir F-1.21 untuk arsip"),
        (2, S.DECISION, "Menelaah hasil verifikasi: disetujui?", 8, 5),
        (1, S.PROCESS, "Meneruskan berkas kepada Kepala Dinas"),
        (0, S.PROCESS, "Menandatangani surat pengantar perekaman"),
        (0, S.DECISION, "Apakah data kependudukan sudah padan?", 11, 3),
        (1, S.DOCUMENT, "Menerbitkan surat pengantar"),
        (6, S.FILE, "Merekam data pada aplikasi SIAK"),
        (5, S.MANUAL_ARCHIVE, "Mengarsipkan berkas asli"),
        (4, S.DECISION, "Apakah perekaman biometrik berhasil?", 16, 15),
        (4, S.PROCESS, "Mengulang perekaman biometrik"),
        (2, S.PROCESS, "Memeriksa hasil perekaman"),
        (1, S.DECISION, "Apakah blangko tersedia?", 18, 12),
        (3, S.PROCESS, "Mencetak KTP-el"),
        (6, S.DOCUMENT, "Mencatat penyerahan dalam buku ekspedisi"),
        (5, S.DECISION, "Apakah hasil cetak terbaca dengan baik?", 21, 19),
        (5, S.PROCESS, "Melakukan kontrol mutu hasil cetak"),
        (0, S.MULTI_DOCUMENT, "Menggandakan laporan harian pencetakan"),
        (6, S.MANUAL_ARCHIVE, "Mengarsipkan tanda terima pengambilan"),
        (6, S.TERMINATOR, "Menyerahkan KTP-el kepada pemohon"),
    ]
    return _sop("Pelayanan Penerbitan KTP Elektronik", ACTORS_7, rows)


def loops_sop() -> Sop:
    """One page, 6 pelaksana, crowded decisions: loops to itself, to the previous step,
    long jumps forward and back, and two decisions in a row."""
    actors = ACTORS_7[:6]
    rows: list[tuple[object, ...]] = [
        (5, S.TERMINATOR, "Mulai"),
        (5, S.DECISION, "Berkas lengkap?", 3, 1),
        (4, S.DECISION, "Data sesuai?", 4, 2),
        (4, S.PROCESS, "Memproses"),
        (0, S.DECISION, "Disetujui?", 6, 2),
        (2, S.DECISION, "Perlu paraf ulang?", 5, 7),
        (2, S.DOCUMENT, "Mencetak"),
        (3, S.DECISION, "Cetakan baik?", 9, 7),
        (1, S.FILE, "Menyimpan"),
        (5, S.TERMINATOR, "Selesai"),
    ]
    return _sop("Verifikasi Berkas Berulang", actors, rows)


def flawed_sop() -> Sop:
    """What a half-filled form gives: a missing actor, an actor beyond the columns, no
    symbol, a decision pointing at a step that does not exist, a duplicated number."""
    steps = (
        Step(1, "Mulai", actor=0, symbol=S.TERMINATOR),
        Step(2, "Tanpa pelaksana", actor=None, symbol=S.PROCESS),
        Step(3, "Pelaksana di luar kolom", actor=9, symbol=S.PROCESS),
        Step(4, "Tanpa simbol", actor=1, symbol=None),
        Step(
            5,
            "Keputusan ke langkah yang tidak ada",
            actor=1,
            symbol=S.DECISION,
            yes_target=99,
            no_target=4,
        ),
        Step(5, "Nomor ganda", actor=0, symbol=S.PROCESS),
        Step(7, "Keputusan tanpa tujuan", actor=0, symbol=S.DECISION),
        Step(8, "Selesai", actor=1, symbol=S.TERMINATOR),
    )
    return Sop(
        identity=Identity(title="SOP Belum Lengkap"),
        actors=(Actor("Kepala"), Actor("Staf")),
        steps=steps,
    )


def example_sops() -> list[tuple[str, Sop]]:
    """Every example SOP in :mod:`sopxl_demo.examples` (more are added over time)."""
    found = [(name, builder()) for name, builder in examples.ALL_EXAMPLES.items()]
    assert len(found) >= 7
    return found


SAMPLES: list[tuple[str, Sop]] = [
    *example_sops(),
    ("long", long_sop()),
    ("loops", loops_sop()),
    ("flawed", flawed_sop()),
]

# --- checks ----------------------------------------------------------------------------

EPS = 0.01


def _frame(sop: Sop, per_page: int | None, width: float = 60.0) -> FlowFrame:
    return FlowFrame(len(sop.actors), width, steps_per_page=per_page)


def _segments(points: tuple[Point, ...]) -> list[tuple[Point, Point]]:
    return list(itertools.pairwise(points))


def _samples_along(a: Point, b: Point, step: float = 0.25) -> list[Point]:
    length = math.dist(a, b)
    count = max(1, int(length / step))
    return [
        (a[0] + (b[0] - a[0]) * i / count, a[1] + (b[1] - a[1]) * i / count)
        for i in range(count + 1)
    ]


def _overlap(s: tuple[Point, Point], t: tuple[Point, Point]) -> float:
    """Length shared by two axis-parallel segments lying on the same line."""
    (a, b), (c, d) = s, t
    if a[0] == b[0] == c[0] == d[0]:
        lo, hi = max(min(a[1], b[1]), min(c[1], d[1])), min(max(a[1], b[1]), max(c[1], d[1]))
        return max(0.0, hi - lo)
    if a[1] == b[1] == c[1] == d[1]:
        lo, hi = max(min(a[0], b[0]), min(c[0], d[0])), min(max(a[0], b[0]), max(c[0], d[0]))
        return max(0.0, hi - lo)
    return 0.0


def assert_sound(sop: Sop, diagram: Diagram, connectors_clear: bool = True) -> None:
    """Every geometric promise the renderer makes, for one diagram.

    ``connectors_clear=False`` lets a line pass a connector: in a row where every other
    cell already has a line through it (random SOPs with two pelaksana and many jumps), a
    connector has nowhere clear to go. Symbols are never crossed.
    """
    edges = set(diagram.edges)
    assert edges == {e for e in flow_edges(sop) if _placed(sop, e)}
    for page in diagram.pages:
        width = page.column_width
        rows = {row.step_index: row for row in page.rows}
        assert all(r.bottom <= page.height - page.bottom_strip + EPS for r in page.rows)
        for box in page.symbols:
            step = sop.steps[box.step_index]
            assert box.actor == step.actor
            row = rows[box.step_index]
            assert box.actor * width - EPS <= box.rect.x
            assert box.rect.right <= (box.actor + 1) * width + EPS
            assert row.top - EPS <= box.rect.y and box.rect.bottom <= row.bottom + EPS
            assert box.text == str(step.number)
        for route in page.routes:
            start = diagram.shape_of(route.start).outline
            end = diagram.shape_of(route.end).outline
            assert distance_to_outline(start, route.points[0]) < EPS, route
            assert distance_to_outline(end, route.points[-1]) < EPS, route
            assert route.arrow[0] == route.points[-1]
            for a, b in _segments(route.points):
                assert a[0] == b[0] or a[1] == b[1], f"diagonal segment in {route}"
                assert 0 <= a[0] <= page.width and 0 <= a[1] <= page.height, route
            obstacles = [(b.rect, b.shape.outline) for b in page.symbols]
            if connectors_clear:
                obstacles += [(c.rect, c.shape.outline) for c in page.connectors]
            for rect, outline in obstacles:
                for a, b in _segments(route.points):
                    if (
                        max(a[0], b[0]) < rect.x
                        or min(a[0], b[0]) > rect.right
                        or max(a[1], b[1]) < rect.y
                        or min(a[1], b[1]) > rect.bottom
                    ):
                        continue
                    for point in _samples_along(a, b):
                        assert not (
                            inside_outline(outline, point)
                            and distance_to_outline(outline, point) > 0.05
                        ), f"route {route.points} crosses a symbol at {point}"
        for i, first in enumerate(page.routes):
            for second in page.routes[i + 1 :]:
                for s in _segments(first.points):
                    for t in _segments(second.points):
                        assert _overlap(s, t) < 0.5, (first.points, second.points)
    _assert_connectors(diagram)


def _placed(sop: Sop, edge: FlowEdge) -> bool:
    def ok(index: int) -> bool:
        actor = sop.steps[index].actor
        return actor is not None and 0 <= actor < len(sop.actors)

    return ok(edge.source) and ok(edge.target)


def _page_of(diagram: Diagram) -> dict[int, int]:
    return {row.step_index: page.number for page in diagram.pages for row in page.rows}


def _assert_connectors(diagram: Diagram) -> None:
    page_of = _page_of(diagram)
    by_label: dict[tuple[bool, str], list[tuple[str, int, int]]] = {}
    for mark in diagram.connectors:
        by_label.setdefault((mark.off_page, mark.label), []).append(
            (mark.end, mark.page + 1, mark.edge)
        )
    for (off_page, label), ends in by_label.items():
        assert sorted(end for end, _, _ in ends) == ["in", "out"], (label, ends)
        (_, page_a, edge_a), (_, page_b, edge_b) = ends
        assert edge_a == edge_b
        assert (page_a != page_b) == off_page, label
    for number, edge in enumerate(diagram.edges):
        crosses = page_of[edge.source] != page_of[edge.target]
        marks = [m for m in diagram.connectors if m.edge == number]
        if crosses:
            assert [m.off_page for m in marks] == [True, True], edge
            out = next(m for m in marks if m.end == "out")
            assert out.page + 1 == page_of[edge.source]


# --- tests -----------------------------------------------------------------------------


@pytest.mark.parametrize("per_page", [None, 6, 7, 8])
@pytest.mark.parametrize(("name", "sop"), SAMPLES, ids=[n for n, _ in SAMPLES])
def test_samples_are_sound(name: str, sop: Sop, per_page: int | None) -> None:
    assert_sound(sop, layout_flowchart(sop, _frame(sop, per_page)))


def test_pages_hold_the_configured_number_of_steps() -> None:
    sop = long_sop()
    diagram = layout_flowchart(sop, _frame(sop, 7))
    # 24 steps need four pages of at most 7; they are spread evenly, not 7 + 7 + 7 + 3.
    assert [len(p.rows) for p in diagram.pages] == [6, 6, 6, 6]
    assert [p.step_indices[0] for p in diagram.pages] == [0, 6, 12, 18]


def test_page_breaks_get_lettered_connector_pairs() -> None:
    sop = long_sop()
    diagram = layout_flowchart(sop, _frame(sop, 7))
    off = [m for m in diagram.connectors if m.off_page]
    letters = Counter(m.label for m in off)
    # 7 -> 8, 14 -> 15, 14 -> 16 and 21 -> 22 run on across the breaks (pages hold
    # steps 1-7, 8-14, 15-21, 22-24); 10 -> 3 and 17 -> 12 go back to earlier pages.
    assert set(letters) == {"A", "B", "C", "D", "E", "F"}
    assert set(letters.values()) == {2}
    first = diagram.pages[0]
    assert first.bottom_strip > 0 and first.top_strip == 0
    assert diagram.pages[-1].bottom_strip == 0


def test_long_back_edges_use_on_page_connectors() -> None:
    sop = long_sop()
    diagram = layout_flowchart(sop, _frame(sop, None))
    on_page = [m for m in diagram.connectors if not m.off_page]
    # 10 -> 3 climbs 7 rows (a lane); 17 -> 12 five; none climbs past the limit of 8...
    assert on_page == []
    # ...until the limit is lowered.
    from sopxl.render.geometry import FlowStyle

    tight = layout_flowchart(sop, _frame(sop, None), FlowStyle(long_span=4))
    labels = Counter(m.label for m in tight.connectors if not m.off_page)
    assert labels and set(labels.values()) == {2}
    assert_sound(sop, tight)


def test_decisions_carry_ya_and_tidak_labels() -> None:
    sop = loops_sop()
    diagram = layout_flowchart(sop, _frame(sop, None))
    labelled = Counter(r.label for p in diagram.pages for r in p.routes if r.label)
    decisions = sum(1 for s in sop.steps if s.symbol is S.DECISION)
    assert labelled["Ya"] + labelled.get("Ya/Tidak", 0) == decisions
    assert labelled["Tidak"] + labelled.get("Ya/Tidak", 0) == decisions


def test_flawed_sop_draws_what_it_can() -> None:
    sop = flawed_sop()
    diagram = layout_flowchart(sop, _frame(sop, None))
    page = diagram.pages[0]
    assert len(page.rows) == 8
    assert {b.number for b in page.symbols} == {1, 4, 5, 7, 8}
    assert {(e.source, e.target) for e in diagram.edges} == {(4, 3), (3, 4), (5, 6)}
    unknown = next(b for b in page.symbols if b.number == 4)
    assert unknown.symbol is S.PROCESS


def test_no_steps_and_no_actors_give_an_empty_page() -> None:
    diagram = layout_flowchart(Sop(), FlowFrame(0, 60.0, steps_per_page=7))
    assert len(diagram.pages) == 1 and diagram.pages[0].rows == ()


def test_route_ends_are_named() -> None:
    sop = examples.surat_masuk()
    diagram = layout_flowchart(sop, _frame(sop, None))
    ends = {(r.start, r.end) for r in diagram.pages[0].routes}
    assert (NodeKey("step", 1), NodeKey("step", 3)) in ends


@st.composite
def random_sops(draw: st.DrawFn) -> Sop:
    actors = draw(st.integers(1, 8))
    count = draw(st.integers(1, 30))
    steps = []
    for number in range(1, count + 1):
        symbol = draw(st.sampled_from(list(Symbol)))
        yes = no = None
        if symbol is Symbol.DECISION:
            yes = draw(st.integers(1, count + 1))
            no = draw(st.integers(1, count + 1))
        steps.append(
            Step(
                number,
                actor=draw(st.integers(0, actors - 1)),
                symbol=symbol,
                yes_target=yes,
                no_target=no,
            )
        )
    return Sop(actors=tuple(Actor(f"P{i}") for i in range(actors)), steps=tuple(steps))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    sop=random_sops(),
    per_page=st.sampled_from([None, 3, 6, 8]),
    width=st.sampled_from([40.0, 60.0, 110.0]),
)
def test_any_sop_is_sound(sop: Sop, per_page: int | None, width: float) -> None:
    assert_sound(sop, layout_flowchart(sop, _frame(sop, per_page, width)), connectors_clear=False)
