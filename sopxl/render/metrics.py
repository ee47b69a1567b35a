"""Text measuring and wrapping with the embedded Vera font, shared by every backend."""

from __future__ import annotations

from functools import cache

from sopxl.render.fonts import font_path

FONT = "SopxlVera"
FONT_BOLD = "SopxlVera-Bold"
FONT_ITALIC = "SopxlVera-Italic"


@cache
def register_fonts() -> None:
    """Register the Vera TTFs with reportlab once per process (idempotent)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT, str(font_path())))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(font_path(bold=True))))
    pdfmetrics.registerFont(TTFont(FONT_ITALIC, str(font_path(italic=True))))


def font_name(bold: bool = False, italic: bool = False) -> str:
    register_fonts()
    return FONT_BOLD if bold else FONT_ITALIC if italic else FONT


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width of ``text`` in points at ``size``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, font_name(bold), size))


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (a word longer than the width
    is cut by characters, so nothing ever sticks out of its cell). Newlines are kept."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if text_width(candidate, size, bold) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = ""
            for char in word:
                if current and text_width(current + char, size, bold) > width:
                    lines.append(current)
                    current = ""
                current += char
        lines.append(current)
    while len(lines) > 1 and lines[-1] == "":
        lines.pop()
    return lines
