"""The SOP form prints as intended: LibreOffice headless turns it into A4 PDF pages."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from sopxl.examples import surat_masuk
from sopxl.forms.sop_form import write_sop_form

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFINFO = shutil.which("pdfinfo")

pytestmark = pytest.mark.skipif(
    (SOFFICE is None or PDFINFO is None) and not os.environ.get("CI"),
    reason="LibreOffice/poppler not installed (.ci/run installs them; CI never skips)",
)


def _to_pdf(xlsx: Path, tmp_path: Path) -> Path:
    assert SOFFICE and PDFINFO, "CI must have LibreOffice and poppler-utils installed"
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(xlsx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / (xlsx.stem + ".pdf")
    # LibreOffice exits 0 even when it failed to load the file: the PDF must exist.
    assert pdf.exists() and pdf.stat().st_size > 1000, "LibreOffice produced no PDF"
    return pdf


def _pages(pdf: Path) -> list[tuple[float, float]]:
    assert PDFINFO
    out = subprocess.run(
        [PDFINFO, "-f", "1", "-l", "99", str(pdf)], check=True, capture_output=True, text=True
    ).stdout
    sizes = []
    for line in out.splitlines():
        if line.startswith("Page") and "size:" in line:
            parts = line.split("size:")[1].split()
            sizes.append((float(parts[0]), float(parts[2])))
    return sizes


def _orientations(pages: list[tuple[float, float]]) -> str:
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
    layout = _orientations(_pages(_to_pdf(xlsx, tmp_path)))
    # Halaman Judul and Identitas SOP on one portrait page each, the Uraian Prosedur on
    # landscape pages (how many depends on the font metrics of the machine), then the
    # Petunjuk Pengisian in portrait.
    assert re.fullmatch(r"PPL{1,2}P{1,3}", layout), layout


def test_long_procedure_spans_several_landscape_pages(tmp_path: Path) -> None:
    from sopxl.forms.sop_layout import SopFormLayout

    xlsx = tmp_path / "panjang.xlsx"
    write_sop_form(xlsx, layout=SopFormLayout(actors=6, steps=40))
    pages = _pages(_to_pdf(xlsx, tmp_path))
    landscape_pages = [p for p in pages if p[0] > p[1]]
    assert len(landscape_pages) >= 3
