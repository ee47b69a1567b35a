"""Each output format as a person receives it: the PDF's pages, size, fonts and text; the
XLSX's flowchart images anchored over the pelaksana columns; the SVG's shapes; the PNG."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from sopxl.model.sop import Identity, Sop
from sopxl.render.api import RenderOptions, picture_diagram, render_sop
from sopxl.render.draw import picture_layout
from sopxl.render.pdf import PdfOptions, pdf_bytes
from sopxl.render.png import png_bytes
from sopxl.render.svg import svg_text
from sopxl.render.xlsx import write_xlsx
from sopxl_demo.examples import surat_masuk
from tests.test_render_geometry import flawed_sop, long_sop, loops_sop

POPPLER = shutil.which("pdftotext") and shutil.which("pdfinfo") and shutil.which("pdffonts")
needs_poppler = pytest.mark.skipif(
    not POPPLER and not os.environ.get("CI"),
    reason="poppler-utils not installed (.ci/run installs it; CI never skips)",
)


def _poppler(tool: str, pdf: Path, *args: str) -> str:
    assert POPPLER, "CI must have poppler-utils installed"
    result = subprocess.run(
        [tool, *args, str(pdf), "-"] if tool == "pdftotext" else [tool, *args, str(pdf)],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


# --- PDF --------------------------------------------------------------------------------


def _page_count(data: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b", data))


@pytest.mark.parametrize(("per_page", "pages"), [(7, 6), (8, 5), (6, 6), (5, 7)])
def test_pdf_has_title_identity_and_procedure_pages(per_page: int, pages: int) -> None:
    # 24 steps: 4, 3, 4 or 5 procedure pages after the title page and the identity page.
    assert _page_count(pdf_bytes(long_sop(), PdfOptions(per_page))) == pages


def test_pdf_is_byte_stable_and_embeds_its_fonts() -> None:
    data = pdf_bytes(surat_masuk())
    assert data == pdf_bytes(surat_masuk())
    assert data.startswith(b"%PDF")
    assert b"/FontFile2" in data  # TrueType font program embedded
    assert b"/Helvetica" not in data


@needs_poppler
def test_pdf_pages_are_a4_landscape_with_selectable_text(tmp_path: Path) -> None:
    sop = long_sop()
    pdf = render_sop(sop, tmp_path / "ktp.pdf", RenderOptions("pdf", 7))
    info = _poppler("pdfinfo", pdf)
    assert re.search(r"Pages:\s+6", info)
    assert re.search(r"Page size:\s+841\.89 x 595\.28 pts \(A4\)", info)
    fonts = _poppler("pdffonts", pdf).splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # emb column

    text = " ".join(_poppler("pdftotext", pdf, "-layout").split())
    for expected in (
        "STANDAR OPERASIONAL PROSEDUR",
        "PEMERINTAH KABUPATEN KUTAI KARTANEGARA",
        "INFORMASI PROSEDUR YANG AKAN DISTANDARKAN",
        "Nomor SOP 12.02.01.007",
        "Dasar Hukum",
        "Kualifikasi Pelaksana",
        "Pencatatan dan Pendataan",
        "URAIAN PROSEDUR",
        "Uraian Prosedur",
        "Pelaksana",
        "Mutu Baku",
        "Verifikator",  # a pelaksana heading
        "Halaman 6 dari 6",
    ):
        assert expected in text, expected
    pages = _poppler("pdftotext", pdf).split("\f")
    procedure = pages[2:6]
    # The table header is repeated on every procedure page.
    assert all("Uraian Prosedur" in page and "Mutu Baku" in page for page in procedure)
    assert "Menerima berkas permohonan" in procedure[0]
    assert "Menyerahkan KTP-el kepada" in " ".join(procedure[3].split())
    # Off-page connectors name the printed page of their twin.
    assert "ke hal. 4" in pages[2] and "dari hal. 3" in pages[3]
    # An official document: no tool name, no command, not even in its properties.
    assert "sopxl" not in _poppler("pdftotext", pdf).lower()
    assert "sopxl" not in info.lower()


@needs_poppler
def test_pdf_of_a_flawed_sop_still_renders(tmp_path: Path) -> None:
    pdf = render_sop(flawed_sop(), tmp_path / "cacat.pdf")
    assert "Keputusan ke langkah yang tidak ada" in _poppler("pdftotext", pdf)


def test_pdf_of_an_empty_sop_says_so() -> None:
    assert _page_count(pdf_bytes(Sop(identity=Identity(title="Kosong")))) == 3


# --- XLSX -------------------------------------------------------------------------------

EMU_PER_PX = 9525
NS = {
    "xdr": "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
}


def test_xlsx_places_one_flowchart_image_per_page_over_the_pelaksana_columns(
    tmp_path: Path,
) -> None:
    sop = long_sop()
    path = tmp_path / "ktp.xlsx"
    placed = write_xlsx(path, sop, 7)
    assert [p.page for p in placed] == [1, 2, 3, 4]
    with zipfile.ZipFile(path) as archive:
        sheet = ET.fromstring(archive.read("xl/worksheets/sheet1.xml"))
        drawing = ET.fromstring(archive.read("xl/drawings/drawing1.xml"))
        workbook = archive.read("xl/workbook.xml").decode()
        media = [n for n in archive.namelist() if n.startswith("xl/media/")]
    assert len(media) == 4
    anchors = drawing.findall("xdr:twoCellAnchor", NS)
    assert len(anchors) == 4
    col_px = {}
    for col in sheet.findall("m:cols/m:col", NS):
        for index in range(int(col.get("min", "0")), int(col.get("max", "0")) + 1):
            # Stored width = characters + 5 px of padding (182/256 of a character).
            col_px[index - 1] = round((float(col.get("width", "0")) - 182 / 256) * 7) + 5
    row_px = {
        int(row.get("r", "0")) - 1: round(float(row.get("ht", "15")) * 4 / 3)
        for row in sheet.findall("m:sheetData/m:row", NS)
    }
    actors = len(sop.actors)
    for anchor, place in zip(anchors, placed, strict=True):
        start = anchor.find("xdr:from", NS)
        assert start is not None
        assert int(start.findtext("xdr:col", "", NS)) == 2 == place.col  # first pelaksana
        assert int(start.findtext("xdr:row", "", NS)) == place.row
        assert int(start.findtext("xdr:colOff", "", NS)) == 0
        assert int(start.findtext("xdr:rowOff", "", NS)) == 0
        ext = anchor.find("xdr:pic/xdr:spPr/a:xfrm/a:ext", NS)
        assert ext is not None
        # The image spans exactly the pelaksana columns and the page's rows.
        assert int(ext.get("cx", "0")) == sum(col_px[2 + i] for i in range(actors)) * EMU_PER_PX
        rows_px = place.height_px
        next_row = place.row
        total = 0
        while total < rows_px:
            total += row_px[next_row]
            next_row += 1
        assert total == rows_px
        assert int(ext.get("cy", "0")) == rows_px * EMU_PER_PX
    setup = sheet.find("m:pageSetup", NS)
    assert setup is not None
    assert setup.get("paperSize") == "9" and setup.get("orientation") == "landscape"
    breaks = sheet.findall("m:rowBreaks/m:brk", NS)
    assert [int(b.get("id", "0")) for b in breaks] == [p.row for p in placed[1:]]
    assert "_xlnm.Print_Titles" in workbook


def test_xlsx_text_cells_hold_the_steps(tmp_path: Path) -> None:
    import openpyxl

    path = tmp_path / "surat.xlsx"
    write_xlsx(path, surat_masuk(), 7)
    sheet = openpyxl.load_workbook(path)["Uraian Prosedur"]
    values = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "Mendisposisikan surat kepada bidang terkait" in values
    assert "Pengadministrasi Umum" in values
    assert "Persyaratan/ Kelengkapan" in values
    # No tool name in what prints (footer) or in the document's author.
    book = openpyxl.load_workbook(path)
    footer = book["Uraian Prosedur"].oddFooter
    printed = f"{footer.left.text} {footer.center.text} {footer.right.text}".lower()
    assert "sopxl" not in printed and "sopxl" not in " ".join(values).lower()
    assert book.properties.creator == surat_masuk().identity.agency


# --- SVG and PNG ------------------------------------------------------------------------


def test_svg_draws_every_symbol_connector_and_label() -> None:
    sop = long_sop()
    diagram = picture_diagram(sop, 7)
    root = ET.fromstring(svg_text(sop, diagram))
    svg = "{http://www.w3.org/2000/svg}"
    texts = [t.text for t in root.iter(f"{svg}text")]
    for number in range(1, 25):
        assert str(number) in texts
    symbols = sum(len(p.symbols) for p in diagram.pages)
    connectors = len(diagram.connectors)
    routes = sum(len(p.routes) for p in diagram.pages)
    polygons = root.findall(f"{svg}polygon")
    # Background, heading bands, symbols, connectors and one arrowhead per route.
    assert len(polygons) == 1 + len(diagram.pages) + symbols + connectors + routes
    assert texts.count("Ya") >= 1 and texts.count("Tidak") >= 1
    letters = {m.label for m in diagram.connectors if m.off_page}
    assert letters and letters <= set(texts)
    assert "Halaman 4 dari 4" in texts


def test_svg_escapes_what_people_typed() -> None:
    sop = loops_sop()
    sop = Sop(identity=Identity(title='Uji <b>&"tanda"</b>'), actors=sop.actors, steps=sop.steps)
    root = ET.fromstring(svg_text(sop, picture_diagram(sop, None)))
    assert root.findtext("{http://www.w3.org/2000/svg}title") == 'Uji <b>&"tanda"</b>'


def test_png_is_the_picture_at_the_asked_resolution() -> None:
    sop = surat_masuk()
    diagram = picture_diagram(sop, None)
    image = Image.open(BytesIO(png_bytes(sop, diagram, dpi=144)))
    picture = picture_layout(sop, diagram)
    assert image.size == (round(picture.width * 2), round(picture.height * 2))
    grey = image.convert("L")
    dark = sum(grey.histogram()[:100])
    assert dark > 2000  # lines, symbols and text were drawn
    # The inside of the first symbol is white: nothing runs through it.
    box = diagram.pages[0].symbols[0].rect
    m = picture.margin
    top = picture.panels[0][1] + picture.heading_height
    x, y = (m + box.x + box.w * 0.2) * 2, (top + box.y + box.h * 0.3) * 2
    assert grey.getpixel((round(x), round(y))) > 240


def test_svg_with_step_text_puts_each_step_beside_its_symbol() -> None:
    """--dengan-uraian: the No and Uraian Prosedur columns left of the flowchart, each
    step's text at the height of its own row, rows tall enough for the wrapped text."""
    sop = surat_masuk()
    diagram = picture_diagram(sop, None, with_text=True)
    plain = picture_layout(sop, picture_diagram(sop, None))
    picture = picture_layout(sop, diagram, with_text=True)
    assert picture.width == pytest.approx(plain.width + picture.text_width)
    root = ET.fromstring(svg_text(sop, diagram, with_text=True))
    svg = "{http://www.w3.org/2000/svg}"
    texts = {(t.text, float(t.get("x", 0)), float(t.get("y", 0))) for t in root.iter(f"{svg}text")}
    assert any(text == "Uraian Prosedur" for text, _, _ in texts)
    body = picture.panels[0][1] + picture.heading_height
    for row, (number, lines) in zip(diagram.pages[0].rows, picture.steps, strict=True):
        assert lines and " ".join(lines) == " ".join(sop.steps[row.step_index].description.split())
        first = next(y for text, x, y in texts if text == lines[0] and x < picture.text_width)
        assert body + row.top < first < body + row.bottom
        assert row.height >= len(lines) * 9.0 + 8.0 - 1e-6
        assert number == str(sop.steps[row.step_index].number)
    # Without the option the picture is the flowchart alone.
    assert plain.steps == () and plain.text_width == 0.0


def test_step_text_is_only_for_pictures() -> None:
    from sopxl.errors import UsageError

    with pytest.raises(UsageError, match="--dengan-uraian hanya untuk format svg dan png"):
        RenderOptions("pdf", None, with_text=True)
