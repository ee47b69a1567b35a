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
    """``text`` broken into lines no wider than ``width``. A word longer than the width
    is hyphenated at Indonesian syllable boundaries (see :mod:`sopxl.render.hyphenate`),
    the hyphen written; only a piece with no break point narrow enough (a long number,
    an acronym in a very narrow column) is cut by characters, and then also ends in a
    hyphen. Nothing sticks out of its cell. Newlines are kept."""
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
            current = word
            while len(current) > 1 and text_width(current, size, bold) > width:
                head, current = _break_word(current, width, size, bold)
                lines.append(head)
        lines.append(current)
    while len(lines) > 1 and lines[-1] == "":
        lines.pop()
    return lines


def _break_word(word: str, width: float, size: float, bold: bool) -> tuple[str, str]:
    """The widest head of ``word`` that fits ``width`` with its hyphen, and the rest."""
    from sopxl.render.hyphenate import split_word

    split = split_word(word, lambda head: text_width(head, size, bold) <= width)
    if split is not None:
        return split
    # No syllable break fits: cut by characters, still marking the cut with a hyphen.
    cut = 1
    while cut < len(word) - 1 and text_width(word[: cut + 1] + "-", size, bold) <= width:
        cut += 1
    return word[:cut] + "-", word[cut:]
