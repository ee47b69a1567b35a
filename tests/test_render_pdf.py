"""The SOP form prints as intended: LibreOffice headless turns it into A4 PDF pages."""

from __future__ import annotations

import re
from pathlib import Path

from sopxl.forms.sop_form import write_sop_form
from sopxl_demo.examples import surat_masuk
from tests.office import convert, page_sizes


def _orientations(pages: list[tuple[int, int]]) -> str:
    """One letter a page: P portrait, L landscape; anything not A4 fails."""
    letters = []
    for width, height in pages:
        size = sorted((round(width), round(height)))
        assert size == [595, 842], f"page is not A4: {width} x {height}"
        letters.append("L" if width > height else "P")
    return "".join(letters)


def test_filled_form_prints_on_a4_with_a_landscape_procedure(tmp_path: Path) -> None:
    xlsx = tmp_path / "surat-masuk.xlsx"
    write_sop_form(xlsx, surat_masuk())
    layout = _orientations(page_sizes(convert(xlsx, "pdf", tmp_path)))
    # Halaman Judul and Identitas SOP on one portrait page each, the Uraian Prosedur on
    # landscape pages (how many depends on the font metrics of the machine), then the
    # Petunjuk Pengisian in portrait.
    assert re.fullmatch(r"PPL{1,2}P{1,3}", layout), layout


def test_long_procedure_spans_several_landscape_pages(tmp_path: Path) -> None:
    from sopxl.forms.sop_layout import SopFormLayout

    xlsx = tmp_path / "panjang.xlsx"
    write_sop_form(xlsx, layout=SopFormLayout(actors=6, steps=40))
    pages = page_sizes(convert(xlsx, "pdf", tmp_path))
    landscape_pages = [p for p in pages if p[0] > p[1]]
    assert len(landscape_pages) >= 3
