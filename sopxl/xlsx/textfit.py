"""Text metrics for every workbook sopxl writes: how many lines a text needs in a wrapped
cell of a given width, and so how tall its row must be.

Neither XlsxWriter nor LibreOffice's import fits a row to wrapped text, and no
spreadsheet grows a merged row by itself: without these heights long values print over
the next row. Every writer computes its heights here, from the same font metrics, so a
form, a findings workbook and an export agree with each other and with the printer.

The metrics are the advance widths of Arial, the font of every sopxl workbook, as
LibreOffice prints it (Liberation Sans, metric-compatible with Arial), in 1/1000 em.
They ship in code so that CI and a laptop compute the same heights whatever fonts are
installed; ``tests/test_textfit.py`` checks them against the TTF when it is present.
Column widths are in Excel's character units (Calibri 11, 7 pixels per digit).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

CHARS = (
    "".join(chr(code) for code in range(32, 127))
    + "".join(chr(code) for code in range(160, 256))
    + "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u2022\u20ac"
)
"""The characters measured: printable ASCII, Latin-1 and common typographic marks."""

_REGULAR = """
278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556
556 556 556 278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 500 667 556 833
722 778 667 778 722 667 611 722 667 944 667 667 611 278 278 278 469 556 333 556 556 500 556
556 278 556 556 222 222 500 222 833 556 556 556 556 333 500 278 556 500 722 500 500 500 334
260 334 584 278 333 556 556 556 556 260 556 333 737 370 556 584 0 737 552 400 549 333 333
333 576 537 278 333 333 365 556 834 834 834 611 667 667 667 667 667 667 1000 722 667 667 667
667 278 278 278 278 722 722 778 778 778 778 778 584 778 722 722 722 722 667 667 611 556 556
556 556 556 556 889 500 556 556 556 556 278 278 278 278 556 556 556 556 556 556 556 549 611
556 556 556 556 500 556 500 222 222 333 333 556 1000 1000 350 556
"""
_BOLD = """
278 333 474 556 556 889 722 238 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556
556 556 556 333 333 584 584 584 611 975 722 722 722 722 667 611 778 722 278 556 722 611 833
722 778 667 778 722 667 611 722 667 944 667 667 611 333 278 333 584 556 333 556 611 556 611
556 333 611 611 278 278 556 278 889 611 611 611 611 389 556 333 611 556 778 556 556 500 389
280 389 584 278 333 556 556 556 556 280 556 333 737 370 556 584 0 737 552 400 549 333 333
333 576 556 278 333 333 365 556 834 834 834 611 722 722 722 722 722 722 1000 722 667 667 667
667 278 278 278 278 722 722 778 778 778 778 778 584 778 722 722 722 722 667 667 611 556 556
556 556 556 556 889 556 556 556 556 556 278 278 278 278 611 611 611 611 611 611 611 549 611
611 611 611 611 556 611 556 278 278 500 500 556 1000 1000 350 556
"""
REGULAR: dict[str, int] = dict(zip(CHARS, map(int, _REGULAR.split()), strict=True))
BOLD: dict[str, int] = dict(zip(CHARS, map(int, _BOLD.split()), strict=True))
UNKNOWN = 1000
"""Width assumed for a character outside the table (a full em: errs on the tall side)."""

CELL_PADDING = 5.0
"""Points lost to the cell's left and right text margins and the grid line."""
LINE_FACTOR = 1.17
"""Line pitch as a multiple of the font size (Arial's ascent + descent + a little)."""
ROW_PADDING = 3.0
"""Points above and below the text of a row."""


def column_points(width: float) -> float:
    """The printed width in points of a column ``width`` characters wide (Excel's unit:
    7 pixels per character plus 5 pixels of margin, 0.75 point per pixel)."""
    if width <= 0:
        return 0.0
    pixels = int(width * 7 + 0.5) + 5 if width >= 1 else int(width * 12 + 0.5)
    return pixels * 0.75


def text_points(text: str, size: float = 10, bold: bool = False) -> float:
    """The width in points of ``text`` on one line in Arial ``size`` (bold or not)."""
    table = BOLD if bold else REGULAR
    return sum(table.get(char, UNKNOWN) for char in text) * size / 1000


def word_width(text: str, size: float = 10, bold: bool = False) -> float:
    """The narrowest column width (Excel's character units, in steps of a half) in which
    no word of ``text`` has to break: a heading such as "Disosialisasikan" must wrap
    between words, never print as "Disosialisasik/an"."""
    return max((fit_width(word, size, bold) for word in text.split()), default=0.5)


def fit_width(text: str, size: float = 10, bold: bool = False) -> float:
    """The narrowest column width (Excel's character units, in steps of a half) in which
    ``text`` prints on one line: what a date or number cell needs, since a spreadsheet
    prints "###" for a value wider than its column rather than wrap it."""
    needed = text_points(text, size, bold)
    width = 0.5
    while column_points(width) - CELL_PADDING < needed:
        width += 0.5
    return width


def wrap(text: str, width: float, size: float = 10, bold: bool = False) -> list[str]:
    """The lines ``text`` prints as in a wrapped cell ``width`` characters wide: broken at
    spaces, a word too long for a line broken where it must, every line break of the text
    kept. Hyphens are not taken as break points: where the printer does break after one,
    the row is a line taller than needed, never too short."""
    room = max(column_points(width) - CELL_PADDING, size)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in _words(paragraph):
            if line and text_points((line + word).rstrip(), size, bold) > room:
                lines.append(line.rstrip())
                line = ""
            line += word
            while text_points(line.rstrip(), size, bold) > room and len(line) > 1:
                cut = _longest_fit(line, room, size, bold)
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line.rstrip())
    return lines


def _words(paragraph: str) -> list[str]:
    """Pieces a line may break after: each word with its trailing spaces."""
    pieces: list[str] = []
    current = ""
    for index, char in enumerate(paragraph):
        current += char
        after = paragraph[index + 1] if index + 1 < len(paragraph) else " "
        if char == " " and after != " ":
            pieces.append(current)
            current = ""
    if current:
        pieces.append(current)
    return pieces


def _longest_fit(text: str, room: float, size: float, bold: bool) -> int:
    cut = 1
    while cut < len(text) and text_points(text[: cut + 1], size, bold) <= room:
        cut += 1
    return cut


def text_lines(text: str, width: float, size: float = 10, bold: bool = False) -> int:
    """How many lines ``text`` needs in a wrapped cell ``width`` characters wide (at least
    one, an empty text included)."""
    return max(1, len(wrap(text, width, size, bold))) if text else 1


def lines_height(lines: int, size: float = 10) -> float:
    """The height in points of a row holding ``lines`` lines of ``size`` point text."""
    return round(lines * size * LINE_FACTOR + ROW_PADDING, 2)


@dataclass(frozen=True)
class Cell:
    """Text in a wrapped cell (or a merged range) ``width`` characters wide."""

    text: str | None
    width: float
    size: float = 10
    bold: bool = False


def fit_height(cells: Iterable[Cell], minimum: float = 0.0) -> float:
    """The height in points of a row whose wrapped cells are ``cells``: tall enough for
    the tallest, at least ``minimum`` and at least one line of the largest font."""
    height = minimum
    for cell in cells:
        lines = text_lines(cell.text or "", cell.width, cell.size, cell.bold)
        height = max(height, lines_height(lines, cell.size))
    return height


def widths_sum(widths: Iterable[float]) -> float:
    """The width, in character units, of a merged range over columns of ``widths``: the
    columns' points together, expressed back in characters (margins counted once each)."""
    points = sum(column_points(w) for w in widths)
    return max(0.0, (points / 0.75 - 5) / 7)
