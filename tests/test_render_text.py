"""Text in narrow cells and pagination of the procedure pages, as a reader sees them.

A word too long for its column is broken only at an Indonesian syllable (or affix)
boundary, with a hyphen; the steps are spread evenly over the fewest pages the cap allows.
"""

from __future__ import annotations

import itertools

import pytest

from sopxl.model.sop import Actor, Sop, Step, Symbol
from sopxl.render.geometry import FlowFrame, layout_flowchart
from sopxl.render.hyphenate import break_points
from sopxl.render.metrics import text_width, wrap


def _pieces(word: str) -> list[str]:
    points = [0, *break_points(word), len(word)]
    return [word[a:b] for a, b in itertools.pairwise(points)]


@pytest.mark.parametrize(
    ("word", "pieces"),
    [
        ("Pengadministrasi", ["Peng", "ad", "mi", "nis", "tra", "si"]),
        ("Kependudukan", ["Ke", "pen", "du", "duk", "an"]),
        ("masyarakat", ["ma", "sya", "ra", "kat"]),  # the patterns' lone "k" joins "at"
        ("Persyaratan", ["Per", "sya", "rat", "an"]),
        ("KTP-el", ["KTP-", "el"]),  # an acronym breaks only at its own hyphen
        ("SIAK", ["SIAK"]),
        ("F-1.21", ["F-", "1.21"]),
    ],
)
def test_words_break_at_indonesian_syllables(word: str, pieces: list[str]) -> None:
    assert _pieces(word) == pieces


def test_a_long_heading_is_hyphenated_not_cut() -> None:
    lines = wrap("Pengadministrasi Umum", 48, 7.5, bold=True)
    assert lines == ["Pengadmi-", "nistrasi", "Umum"]
    assert all(text_width(line, 7.5, True) <= 48 for line in lines)


@pytest.mark.parametrize("width", [14.0, 22.0, 30.0, 40.0, 55.0, 80.0])
def test_every_line_fits_and_every_break_is_marked(width: float) -> None:
    text = (
        "Pengadministrasi Kependudukan Kepala Subbagian Tata Usaha Pimpinan "
        "Penandatanganan KTP-el 12.02.01.007"
    )
    lines = wrap(text, width, 7.5)
    assert all(text_width(line, 7.5) <= width or len(line) <= 2 for line in lines), lines

    # No letter lost or added: only spaces and hyphens differ.
    def letters(value: str) -> str:
        return value.replace(" ", "").replace("-", "")

    assert letters("".join(lines)) == letters(text)
    words = text.split()
    # No line ends in the middle of a word without a hyphen.
    for line, following in itertools.pairwise(lines):
        last = line.split(" ")[-1]
        ends_a_word = any(word.endswith(last) for word in words)
        assert ends_a_word or last.endswith("-"), (line, following)


def _sop(count: int) -> Sop:
    steps = tuple(
        Step(n, f"Langkah {n}", actor=0, symbol=Symbol.PROCESS) for n in range(1, 1 + count)
    )
    return Sop(actors=(Actor("Staf"),), steps=steps)


@pytest.mark.parametrize(
    ("count", "per_page", "sizes"),
    [
        (9, 7, [5, 4]),
        (9, 5, [5, 4]),
        (8, 7, [4, 4]),
        (7, 7, [7]),
        (15, 7, [5, 5, 5]),
        (16, 7, [6, 5, 5]),
        (22, 7, [6, 6, 5, 5]),
        (3, 1, [1, 1, 1]),
    ],
)
def test_steps_are_spread_evenly_over_the_fewest_pages(
    count: int, per_page: int, sizes: list[int]
) -> None:
    diagram = layout_flowchart(_sop(count), FlowFrame(1, 60.0, steps_per_page=per_page))
    assert [len(page.rows) for page in diagram.pages] == sizes


def test_tall_rows_still_limit_a_page() -> None:
    # Rows of 100 points on a 360-point page: three a page whatever the cap says, and
    # seven steps go 3 + 2 + 2 rather than 3 + 3 + 1.
    frame = FlowFrame(1, 60.0, row_heights=(100.0,) * 7, steps_per_page=7, body_height=360.0)
    diagram = layout_flowchart(_sop(7), frame)
    assert [len(page.rows) for page in diagram.pages] == [3, 2, 2]
