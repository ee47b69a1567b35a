"""The output layer's naming and reference helpers: the names people see on files, sheets
and in messages."""

from __future__ import annotations

import pytest

from sopxl.xlsx import refs
from sopxl.xlsx.names import sheet_name, slug


@pytest.mark.parametrize(
    ("text", "fallback", "limit", "expected"),
    [
        ("Disdukcapil", "skpd", None, "disdukcapil"),
        ("  Dinas P & K (Kukar) ", "", None, "dinas-p-k-kukar"),
        ("ÉÉÉ", "skpd", None, "skpd"),
        ("", "", None, ""),
        ("12 Pelayanan Akta Kelahiran", "", 14, "12-pelayanan-a"),
        ("12 Pelayanan Akta", "", 12, "12-pelayanan"),
    ],
)
def test_slug(text: str, fallback: str, limit: int | None, expected: str) -> None:
    assert slug(text, fallback, limit) == expected


def test_slug_never_ends_in_a_dash_when_cut() -> None:
    assert slug("revisi 400.1/2 Pelayanan", limit=13) == "revisi-400-1"


def test_sheet_names_are_valid_and_unique() -> None:
    taken: set[str] = set()
    names = [sheet_name(text, taken) for text in ("Dinas/Kes", "dinas kes", "Dinas Kes", "")]
    assert names == ["Dinas Kes", "dinas kes (2)", "Dinas Kes (3)", "SKPD"]
    long = sheet_name("B" * 40, taken)
    assert len(long) == 31 and len(sheet_name("B" * 40, taken)) == 31


def test_a1_references_from_zero_based() -> None:
    assert refs.column(0) == "A" and refs.column(26) == "AA"
    assert refs.cell(6, 2) == "C7"
    assert refs.cell(0, 0, absolute=True) == "$A$1"
    assert refs.cell_range((1, 0), (9, 3)) == "A2:D10"
    assert refs.sheet_cell("Daftar Pilihan", 1, 1) == "'Daftar Pilihan'!$B$2"
    assert refs.sheet_cell("SKPD's", 0, 0) == "'SKPD''s'!$A$1"
