"""SVG backend: the stand-alone flowchart as hand-written SVG, from the same geometry.

Written directly (no library): every text a person typed is XML-escaped, numbers are
rounded to 0.01 pt so the file is small and byte-stable.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from sopxl.model.sop import Sop
from sopxl.render.draw import INK, draw_picture, picture_layout
from sopxl.render.geometry import Diagram
from sopxl.render.shapes import Point
from sopxl.text import clean

FONT_FAMILY = "'Bitstream Vera Sans', 'DejaVu Sans', Verdana, sans-serif"


def _n(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _points(points: Sequence[Point]) -> str:
    return " ".join(f"{_n(x)},{_n(y)}" for x, y in points)


class SvgPainter:
    """A :class:`~sopxl.render.draw.Painter` collecting SVG elements (units: points)."""

    def __init__(self) -> None:
        self.elements: list[str] = []

    def polyline(self, points: Sequence[Point], width: float, color: str = INK) -> None:
        self.elements.append(
            f'<polyline points="{_points(points)}" fill="none" stroke="{color}" '
            f'stroke-width="{_n(width)}" stroke-linejoin="round"/>'
        )

    def polygon(
        self, points: Sequence[Point], fill: str | None, stroke: str | None, width: float
    ) -> None:
        stroke_part = f'stroke="{stroke}" stroke-width="{_n(width)}"' if stroke else 'stroke="none"'
        self.elements.append(
            f'<polygon points="{_points(points)}" fill="{fill or "none"}" {stroke_part}/>'
        )

    def text(
        self,
        at: Point,
        text: str,
        size: float,
        align: str = "center",
        bold: bool = False,
        color: str = INK,
    ) -> None:
        anchor = {"left": "start", "right": "end"}.get(align, "middle")
        weight = ' font-weight="bold"' if bold else ""
        self.elements.append(
            f'<text x="{_n(at[0])}" y="{_n(at[1])}" font-size="{_n(size)}" '
            f'text-anchor="{anchor}" fill="{color}"{weight}>{escape(clean(text))}</text>'
        )


def svg_text(sop: Sop, diagram: Diagram, with_text: bool = False) -> str:
    """The flowchart picture of ``sop`` as an SVG document (sized in points); with the
    step text beside it when ``with_text``."""
    picture = picture_layout(sop, diagram, with_text=with_text)
    painter = SvgPainter()
    draw_picture(painter, picture)
    title = sop.identity.title or "Diagram alir SOP"
    width, height = _n(picture.width), _n(picture.height)
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{width}pt" '
        f'height="{height}pt" viewBox="0 0 {width} {height}" '
        f"font-family={quoteattr(FONT_FAMILY)}>\n"
        f"<title>{escape(clean(title))}</title>\n"
    )
    return head + "\n".join(painter.elements) + "\n</svg>\n"


def write_svg(path: Path, sop: Sop, diagram: Diagram, with_text: bool = False) -> None:
    """Write the flowchart picture of ``sop`` to ``path`` (UTF-8)."""
    from sopxl.xlsx.save import write_bytes

    write_bytes(path, svg_text(sop, diagram, with_text).encode("utf-8"))
