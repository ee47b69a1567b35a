"""A text across every page of a rendering: the mark of a draft that has not passed
verification ("DRAF — BELUM LULUS VERIFIKASI", ``sopxl render --draf``).

One function per format, each applied by :func:`sopxl.render.api.render_sop` when
:attr:`~sopxl.render.api.RenderOptions.watermark` is set: PDF pages get it drawn
diagonally before each page closes (:func:`watermark_canvas`), the XLSX sheet in its
printed header of every page, SVG and PNG pictures diagonally, repeated down
long pictures.
"""

from __future__ import annotations

import io
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from sopxl.xlsx.save import write_bytes

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

DRAFT = "DRAF \u2014 BELUM LULUS VERIFIKASI"
"""The mark of a document rendered from a form with galat."""

_RED = (0.78, 0.1, 0.1)
_ANGLE = 30.0  # degrees, rising to the right
# A long picture repeats the mark every this many points.
_REPEAT = 600.0


def watermark_canvas(text: str) -> type[Canvas]:
    """reportlab's Canvas, or (``text`` given) one that draws ``text`` across each page
    just before the page is closed, so it is on every page of the document."""
    from reportlab.pdfgen.canvas import Canvas

    if not text:
        return Canvas

    class _Marked(Canvas):
        def showPage(self) -> None:
            _pdf_mark(self, text)
            super().showPage()

    return _Marked


def _pdf_mark(canvas: Any, text: str) -> None:
    from sopxl.render.metrics import font_name

    width, height = canvas._pagesize
    font = font_name(bold=True)
    # As large as fits along the page's rising diagonal, with a margin.
    size = 0.8 * width / math.cos(math.radians(_ANGLE)) / canvas.stringWidth(text, font, 1)
    size = min(size, height / 8)
    canvas.saveState()
    canvas.setFillColorRGB(*_RED, alpha=0.28)
    canvas.setFont(font, size)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(_ANGLE)
    canvas.drawCentredString(0, -size / 3, text)
    canvas.restoreState()


def xlsx_mark(sheet: Any, text: str) -> None:
    """Put ``text`` in the printed header of every page of ``sheet`` (an XlsxWriter
    worksheet, before the workbook is closed)."""
    sheet.set_header(f'&C&"Arial,Bold"&12&KC00000{text.replace("&", "&&")}', {"margin": 0.15})


def svg_mark(path: Path, text: str) -> None:
    """Add ``text`` diagonally across the SVG picture at ``path``, repeated down it."""
    document = path.read_text(encoding="utf-8")
    width, height = _svg_size(document)
    # Bold sans glyphs average about 0.65 em: the mark spans ~80% of the width.
    size = max(8.0, 0.8 * width / math.cos(math.radians(_ANGLE)) / (0.65 * len(text)))
    size = min(size, max(8.0, height / 4))
    marks = []
    for centre in _centres(height):
        marks.append(
            f'<text x="{width / 2:.1f}" y="{centre:.1f}" font-size="{size:.1f}" '
            f'font-weight="bold" fill="#c71a1a" fill-opacity="0.3" text-anchor="middle" '
            f'transform="rotate({-_ANGLE:.0f} {width / 2:.1f} {centre:.1f})">'
            f"{escape(text)}</text>"
        )
    closing = document.rindex("</svg>")
    marked = document[:closing] + "\n".join(marks) + "\n" + document[closing:]
    write_bytes(path, marked.encode("utf-8"))


def _svg_size(document: str) -> tuple[float, float]:
    import re

    found = re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', document)
    if found is None:
        return (600.0, 400.0)
    return (float(found.group(1)), float(found.group(2)))


def _centres(height: float) -> list[float]:
    count = max(1, math.ceil(height / _REPEAT))
    step = height / count
    return [step * (index + 0.5) for index in range(count)]


def png_mark(path: Path, text: str) -> None:
    """Draw ``text`` diagonally across the PNG picture at ``path``, repeated down it."""
    from PIL import Image, ImageDraw, ImageFont

    from sopxl.render.fonts import font_path

    with Image.open(path) as opened:
        image = opened.convert("RGBA")
    width, height = image.size
    probe = ImageFont.truetype(str(font_path(bold=True)), 100)
    probe_width = probe.getlength(text) / 100
    size = int(0.8 * width / math.cos(math.radians(_ANGLE)) / probe_width)
    size = max(8, min(size, max(8, height // 4)))
    font = ImageFont.truetype(str(font_path(bold=True)), size)
    left, top, right, bottom = font.getbbox(text)
    label = Image.new(
        "RGBA", (math.ceil(right - left) + 8, math.ceil(bottom - top) + 8), (0, 0, 0, 0)
    )
    ImageDraw.Draw(label).text((4 - left, 4 - top), text, font=font, fill=(199, 26, 26, 80))
    label = label.rotate(_ANGLE, expand=True, resample=Image.Resampling.BICUBIC)
    layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
    for centre in _centres(float(height)):
        layer.paste(label, ((width - label.width) // 2, int(centre) - label.height // 2), label)
    image = Image.alpha_composite(image, layer)
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="PNG")
    write_bytes(path, buffer.getvalue())
