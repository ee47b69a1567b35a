"""PNG backend: the stand-alone flowchart drawn with Pillow from the same geometry.

Pillow draws without anti-aliasing, so the picture is drawn at :data:`SUPERSAMPLE` times
the wanted resolution and scaled down, which smooths lines and diagonals.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import Any

from sopxl.model.sop import Sop
from sopxl.render.draw import INK, Painter, draw_picture, picture_layout
from sopxl.render.fonts import font_path
from sopxl.render.geometry import Diagram
from sopxl.render.shapes import Point

DEFAULT_DPI = 150
SUPERSAMPLE = 3


@cache
def _font(pixels: int, bold: bool) -> Any:
    from PIL import ImageFont

    return ImageFont.truetype(str(font_path(bold=bold)), max(pixels, 1))


class PillowPainter:
    """A :class:`~sopxl.render.draw.Painter` on a Pillow image, ``scale`` pixels a point."""

    def __init__(self, draw: Any, scale: float) -> None:
        self.draw = draw
        self.scale = scale

    def _xy(self, points: Sequence[Point]) -> list[tuple[float, float]]:
        return [(x * self.scale, y * self.scale) for x, y in points]

    def polyline(self, points: Sequence[Point], width: float, color: str = INK) -> None:
        self.draw.line(
            self._xy(points), fill=color, width=max(1, round(width * self.scale)), joint="curve"
        )

    def polygon(
        self, points: Sequence[Point], fill: str | None, stroke: str | None, width: float
    ) -> None:
        self.draw.polygon(
            self._xy(points),
            fill=fill,
            outline=stroke,
            width=max(1, round(width * self.scale)) if stroke else 0,
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
        anchor = {"left": "ls", "right": "rs"}.get(align, "ms")
        font = _font(round(size * self.scale), bold)
        self.draw.text(
            (at[0] * self.scale, at[1] * self.scale), text, fill=color, font=font, anchor=anchor
        )


def png_bytes(sop: Sop, diagram: Diagram, dpi: int = DEFAULT_DPI, with_text: bool = False) -> bytes:
    """The flowchart picture of ``sop`` as PNG bytes at ``dpi`` (1 pt = dpi/72 pixels);
    with the step text beside it when ``with_text``."""
    from PIL import Image, ImageDraw

    picture = picture_layout(sop, diagram, with_text=with_text)
    big = dpi / 72 * SUPERSAMPLE
    size = (max(1, round(picture.width * big)), max(1, round(picture.height * big)))
    image = Image.new("RGB", size, "white")
    painter: Painter = PillowPainter(ImageDraw.Draw(image), big)
    draw_picture(painter, picture)
    final = image.resize(
        (max(1, round(size[0] / SUPERSAMPLE)), max(1, round(size[1] / SUPERSAMPLE))),
        Image.Resampling.LANCZOS,
    )
    buffer = BytesIO()
    final.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()


def write_png(
    path: Path, sop: Sop, diagram: Diagram, dpi: int = DEFAULT_DPI, with_text: bool = False
) -> None:
    """Write the flowchart picture of ``sop`` to ``path``."""
    from sopxl.xlsx.save import write_bytes

    write_bytes(path, png_bytes(sop, diagram, dpi, with_text))
