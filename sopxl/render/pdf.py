"""PDF backend: the whole official SOP document of Lampiran II, on A4 landscape.

Halaman Judul (section 1), Informasi Prosedur / identity page (section 2), then the Uraian
Prosedur pages (section 3) with the flowchart drawn in the pelaksana columns, the table
header repeated on every page. Vector drawing with reportlab; the Vera TTF fonts shipped
inside reportlab are embedded (subset), so the text is selectable and prints the same
everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import Any

from sopxl.forms import sop_spec as spec
from sopxl.model import sop_fields
from sopxl.model.sop import Sop
from sopxl.render.draw import INK, PAPER, draw_flow
from sopxl.render.geometry import Diagram, FlowFrame, Page, layout_flowchart
from sopxl.render.metrics import font_name, register_fonts, wrap
from sopxl.render.shapes import Point
from sopxl.render.table import (
    A4_LANDSCAPE,
    CAPTION_HEIGHT,
    HEADING_SIZE,
    LEADING,
    MARGIN,
    PADDING,
    TEXT_SIZE,
    TableLayout,
    body_height,
    table_layout,
)
from sopxl.xlsx.workbook import long_date

HEADING_FILL = "#D9E1F2"
DEFAULT_STEPS_PER_PAGE = 7


def tanggal(day: date | None) -> str:
    """A date as Indonesian officials write it (``20 Januari 2025``); "-" when absent."""
    if day is None:
        return "-"
    return long_date(day)


@cache
def _color(hex_color: str) -> Any:
    # Parsing a colour string is the slowest part of a reportlab page: parse each once.
    from reportlab.lib.colors import HexColor

    return HexColor(hex_color)


class CanvasPainter:
    """A :class:`~sopxl.render.draw.Painter` on a reportlab canvas, with y measured
    downwards from the top of the page (reportlab's runs upwards)."""

    def __init__(self, canvas: Any, page_height: float) -> None:
        self.canvas = canvas
        self.top = page_height
        self._fill: str | None = None
        self._stroke: str | None = None

    def new_page(self) -> None:
        """Start the next page (reportlab forgets colours at a page break)."""
        self.canvas.showPage()
        self._fill = self._stroke = None

    def _set_fill(self, color: str) -> None:
        if color != self._fill:
            self.canvas.setFillColor(_color(color))
            self._fill = color

    def _set_stroke(self, color: str) -> None:
        if color != self._stroke:
            self.canvas.setStrokeColor(_color(color))
            self._stroke = color

    def _path(self, points: Sequence[Point], close: bool) -> Any:
        path = self.canvas.beginPath()
        (x, y), rest = points[0], points[1:]
        path.moveTo(x, self.top - y)
        for x, y in rest:
            path.lineTo(x, self.top - y)
        if close:
            path.close()
        return path

    def polyline(self, points: Sequence[Point], width: float, color: str = INK) -> None:
        if len(points) < 2:
            return
        self._set_stroke(color)
        self.canvas.setLineWidth(width)
        self.canvas.drawPath(self._path(points, close=False), stroke=1, fill=0)

    def polygon(
        self, points: Sequence[Point], fill: str | None, stroke: str | None, width: float
    ) -> None:
        if len(points) < 3:
            return
        if fill:
            self._set_fill(fill)
        if stroke:
            self._set_stroke(stroke)
            self.canvas.setLineWidth(width)
        self.canvas.drawPath(
            self._path(points, close=True), stroke=1 if stroke else 0, fill=1 if fill else 0
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
        self._set_fill(color)
        self.canvas.setFont(font_name(bold), size)
        x, y = at[0], self.top - at[1]
        if align == "left":
            self.canvas.drawString(x, y, text)
        elif align == "right":
            self.canvas.drawRightString(x, y, text)
        else:
            self.canvas.drawCentredString(x, y, text)

    def rect(self, x: float, y: float, w: float, h: float, fill: str | None = None) -> None:
        """A cell: thin black frame, optionally filled."""
        self.polygon([(x, y), (x + w, y), (x + w, y + h), (x, y + h)], fill, INK, 0.5)

    def lines(
        self,
        x: float,
        y: float,
        lines: Sequence[str],
        size: float = TEXT_SIZE,
        align: str = "left",
        bold: bool = False,
    ) -> float:
        """Write ``lines`` from the top ``y`` down; returns the y below the last line."""
        for line in lines:
            y += LEADING if size <= TEXT_SIZE else size * 1.25
            self.text((x, y - 2.0), line, size, align=align, bold=bold)
        return y


@dataclass(frozen=True)
class PdfOptions:
    """How the document is laid out: ``steps_per_page`` is the most steps on one
    procedure page (6-8 is usual; fewer when the steps' text is long)."""

    steps_per_page: int = DEFAULT_STEPS_PER_PAGE
    watermark: str = ""  # drawn across every page (sopxl.render.watermark)


def document_diagram(
    sop: Sop, options: PdfOptions, table: TableLayout, first_page: int = 1
) -> Diagram:
    """The flowchart laid out to fit the procedure pages of the PDF, the first of them
    printed as page ``first_page``."""
    frame = FlowFrame(
        actor_count=table.actor_count,
        column_width=table.actor_width,
        row_heights=table.row_heights,
        steps_per_page=options.steps_per_page,
        body_height=body_height(table),
        first_page=first_page,
    )
    return layout_flowchart(sop, frame)


def pdf_bytes(sop: Sop, options: PdfOptions | None = None) -> bytes:
    """The official SOP document of ``sop`` as PDF bytes (byte-stable for equal input)."""
    from sopxl.render.watermark import watermark_canvas

    options = options or PdfOptions()
    Canvas = watermark_canvas(options.watermark)
    register_fonts()
    table = table_layout(sop, lambda text, width, size: wrap(text, width, size))
    identity_pages = _identity_pages(sop)
    # The title page and the identity pages come before the procedure pages.
    diagram = document_diagram(sop, options, table, first_page=2 + len(identity_pages))
    total = 1 + len(identity_pages) + len(diagram.pages)

    buffer = BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=A4_LANDSCAPE,
        invariant=1,
        pageCompression=1,
        # Without it reportlab names Helvetica, unembedded, on every page. (The stubs
        # type this argument as a float by mistake.)
        initialFontName=font_name(),  # type: ignore[arg-type]
        initialFontSize=TEXT_SIZE,
    )
    title = sop.identity.title or "Standar Operasional Prosedur"
    canvas.setTitle(f"SOP {sop.identity.code} {title}".replace("  ", " "))
    # An official document: it names its agency, never the tool that typeset it.
    canvas.setAuthor(sop.identity.agency or "")
    canvas.setSubject("Standar Operasional Prosedur (Lampiran II Perbup Kukar 57/2012)")
    canvas.setCreator(sop.identity.agency or "")
    painter = CanvasPainter(canvas, A4_LANDSCAPE[1])
    number = 1
    _title_page(painter, sop)
    _footer(painter, sop, number, total)
    for blocks in identity_pages:
        painter.new_page()
        number += 1
        _draw_identity(painter, blocks)
        _footer(painter, sop, number, total)
    for page in diagram.pages:
        painter.new_page()
        number += 1
        _procedure_page(painter, sop, table, page, len(diagram.pages))
        _footer(painter, sop, number, total)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_pdf(path: Path, sop: Sop, options: PdfOptions | None = None) -> None:
    """Write the official SOP document of ``sop`` to ``path``."""
    from sopxl.xlsx.save import write_bytes

    write_bytes(path, pdf_bytes(sop, options))


# --- pages ------------------------------------------------------------------------------

PAGE_W, PAGE_H = A4_LANDSCAPE
CONTENT_W = PAGE_W - 2 * MARGIN


def _footer(painter: CanvasPainter, sop: Sop, number: int, total: int) -> None:
    y = PAGE_H - MARGIN + 10
    code = sop.identity.code
    left = f"Nomor SOP: {code}" if code else "Standar Operasional Prosedur"
    painter.text((MARGIN, y), left, 7, align="left")
    painter.text((PAGE_W - MARGIN, y), f"Halaman {number} dari {total}", 7, align="right")


def _centred(painter: CanvasPainter, y: float, text: str, size: float, bold: bool) -> float:
    for line in wrap(text, CONTENT_W - 120, size, bold):
        y += size * 1.3
        painter.text((PAGE_W / 2, y), line, size, bold=bold)
    return y


def _title_page(painter: CanvasPainter, sop: Sop) -> None:
    """Halaman Judul (Lampiran II section 1), as the SOP form's title sheet words it."""
    ident = sop.identity
    y = MARGIN + 40
    y = _centred(painter, y, f"PEMERINTAH {spec.REGENCY}", 14, True)
    if ident.agency:
        y = _centred(painter, y + 4, ident.agency.upper(), 13, True)
    y = _centred(painter, y + 70, spec.TITLE_HEADING, 24, True)
    y = _centred(painter, y + 4, "(SOP)", 16, True)
    y = _centred(painter, y + 40, ident.title or "-", 16, True)
    if ident.code:
        y = _centred(painter, y + 14, f"Nomor: {ident.code}", 12, False)
    for line in (ident.unit, ident.section):
        if line:
            y = _centred(painter, y + 4, line, 12, False)
    year = ident.approved_on or ident.made_on
    _centred(painter, PAGE_H - MARGIN - 90, spec.REGENCY, 14, True)
    if year:
        _centred(painter, PAGE_H - MARGIN - 70, str(year.year), 12, False)


# --- identity page (Lampiran II section 2) ----------------------------------------------

LEFT_W = CONTENT_W * 0.42
LABEL_W = 120.0
VALUE_W = CONTENT_W - LEFT_W - LABEL_W
HALF_W = CONTENT_W / 2


@dataclass(frozen=True)
class _Block:
    """One horizontal band of the identity page and its height."""

    kind: str  # "header", "pair_heading", "pair_items", "approval"
    height: float
    payload: tuple[Any, ...]


def _numbered(items: tuple[str, ...], width: float) -> list[str]:
    if not items:
        return ["-"]
    lines: list[str] = []
    for number, item in enumerate(items, start=1):
        wrapped = wrap(item, width - 12, TEXT_SIZE + 0.5)
        lines.append(f"{number}.\t{wrapped[0]}")
        lines.extend(f"\t{rest}" for rest in wrapped[1:])
    return lines


def _identity_blocks(sop: Sop) -> list[_Block]:
    ident = sop.identity
    size = TEXT_SIZE + 0.5
    values = {
        "code": ident.code or "-",
        "made_on": tanggal(ident.made_on),
        "revised_on": tanggal(ident.revised_on),
        "approved_on": tanggal(ident.approved_on),
        "approved_by": ident.approved_by or "-",
        "title": ident.title or "-",
    }
    rows = []
    for field_spec in sop_fields.HEADER_FIELDS:
        lines = wrap(values[field_spec.key], VALUE_W - 2 * PADDING, size, bold=True)
        rows.append((field_spec.label, tuple(lines), max(len(lines), 1) * 11 + 8))
    agency_lines = [
        *wrap(spec.AGENCY_BLOCK_LABEL, LEFT_W - 12, 10, bold=True),
        "",
        *wrap((ident.agency or "-").upper(), LEFT_W - 12, 10, bold=True),
        *[
            line
            for part in (ident.unit, ident.section)
            if part
            for line in wrap(part, LEFT_W - 12, 9)
        ],
    ]
    header_h = max(sum(r[2] for r in rows), len(agency_lines) * 13 + 16)
    blocks = [_Block("header", header_h, (tuple(agency_lines), tuple(rows)))]
    for left, right in sop_fields.LIST_PAIRS:
        blocks.append(_Block("pair_heading", 16, (left.label, right.label)))
        left_lines = _numbered(getattr(ident, left.key), HALF_W - 2 * PADDING)
        right_lines = _numbered(getattr(ident, right.key), HALF_W - 2 * PADDING)
        height = max(len(left_lines), len(right_lines)) * 11 + 8
        blocks.append(_Block("pair_items", height, (tuple(left_lines), tuple(right_lines))))
    approval = ident.approval
    if approval.name or approval.position:
        blocks.append(_Block("approval", 96, (approval.position, approval.name, approval.nip)))
    return blocks


def _identity_pages(sop: Sop) -> list[list[_Block]]:
    """The identity blocks cut into pages (long lists flow on to another page)."""
    room = PAGE_H - 2 * MARGIN - CAPTION_HEIGHT - 20
    pages: list[list[_Block]] = [[]]
    used = 0.0
    for block in _identity_blocks(sop):
        if pages[-1] and used + block.height > room:
            pages.append([])
            used = 0.0
        pages[-1].append(block)
        used += block.height
    return pages


def _draw_identity(painter: CanvasPainter, blocks: list[_Block]) -> None:
    y = MARGIN
    y = _centred(painter, y, spec.IDENTITY_HEADING, 12, True) + 14
    x = MARGIN
    size = TEXT_SIZE + 0.5
    for block in blocks:
        if block.kind == "header":
            agency_lines, rows = block.payload
            painter.rect(x, y, LEFT_W, block.height)
            ty = y + 8
            for line in agency_lines:
                ty += 13
                if line:
                    painter.text((x + LEFT_W / 2, ty), line, 10 if ty < y + 60 else 9, bold=True)
            ry = y
            for index, (label, lines, height) in enumerate(rows):
                last = index == len(rows) - 1
                height = block.height - (ry - y) if last else height
                painter.rect(x + LEFT_W, ry, LABEL_W, height, HEADING_FILL)
                painter.rect(x + LEFT_W + LABEL_W, ry, VALUE_W, height)
                painter.text((x + LEFT_W + PADDING, ry + 12), label, size, align="left")
                ly = ry + 12
                for line in lines:
                    painter.text((x + LEFT_W + LABEL_W + PADDING, ly), line, size, "left", True)
                    ly += 11
                ry += height
        elif block.kind == "pair_heading":
            for offset, label in zip((0.0, HALF_W), block.payload, strict=True):
                painter.rect(x + offset, y, HALF_W, block.height, HEADING_FILL)
                painter.text((x + offset + PADDING, y + 11), label, size, align="left", bold=True)
        elif block.kind == "pair_items":
            for offset, lines in zip((0.0, HALF_W), block.payload, strict=True):
                painter.rect(x + offset, y, HALF_W, block.height)
                ly = y + 11
                for line in lines:
                    number, _, text = line.partition("\t")
                    painter.text((x + offset + PADDING, ly), number, size, align="left")
                    painter.text((x + offset + PADDING + 12, ly), text, size, align="left")
                    ly += 11
        else:
            position, name, nip = block.payload
            sx = x + CONTENT_W - 260
            sy = y + 20
            painter.text((sx + 130, sy), f"{spec.APPROVAL_HEADING},", size)
            painter.text((sx + 130, sy + 11), position or "-", size, bold=True)
            painter.text((sx + 130, sy + 62), name or "-", size, bold=True)
            if nip:
                painter.text((sx + 130, sy + 73), f"NIP. {nip}", size)
        y += block.height


# --- procedure pages (Lampiran II section 3) --------------------------------------------


def _procedure_page(
    painter: CanvasPainter,
    sop: Sop,
    table: TableLayout,
    page: Page,
    pages: int,
) -> None:
    ident = sop.identity
    x0 = MARGIN
    y = MARGIN
    painter.text((x0, y + 12), spec.PROCEDURE_HEADING, 11, align="left", bold=True)
    if pages > 1:
        painter.text((x0 + table.width, y + 12), f"({page.number}/{pages})", 8, align="right")
    painter.text((x0, y + 24), f"Nama SOP: {ident.title or '-'}", 8, align="left")
    if ident.code:
        painter.text((x0, y + 34), f"Nomor SOP: {ident.code}", 8, align="left")
    y += CAPTION_HEIGHT
    _table_header(painter, table, x0, y)
    body = y + table.header_height
    _table_body(painter, table, page, x0, body)
    if not page.rows:
        painter.text((x0 + PADDING, body + 14), "Belum ada langkah prosedur.", TEXT_SIZE, "left")
    draw_flow(painter, page, x0 + table.actor_x, body)


def _table_header(painter: CanvasPainter, table: TableLayout, x0: float, y: float) -> None:
    """The heading rows, repeated on every procedure page: headings, pelaksana names and
    Mutu Baku sub-headings, then the column numbers (1, 2, 3, ...) as Lampiran II has."""
    h1, h2, h3 = table.header_heights
    size = HEADING_SIZE

    def cell(x: float, top: float, w: float, h: float, lines: Sequence[str]) -> None:
        painter.rect(x0 + x, top, w, h, HEADING_FILL)
        block = len(lines) * LEADING
        ty = top + (h - block) / 2
        for line in lines:
            ty += LEADING
            painter.text((x0 + x + w / 2, ty - 2.0), line, size, bold=True)

    number = table.column("number")
    description = table.column("description")
    cell(number.x, y, number.width, h1 + h2, [spec.COL_NUMBER])
    cell(description.x, y, description.width, h1 + h2, [spec.COL_DESCRIPTION])
    if table.actor_count:
        cell(table.actor_x, y, table.actor_width * table.actor_count, h1, [spec.COL_ACTORS])
        for i, lines in enumerate(table.actor_headings):
            cell(table.actor_x + i * table.actor_width, y + h1, table.actor_width, h2, lines)
    requirements, duration = table.column("requirements"), table.column("duration")
    output, note = table.column("output"), table.column("note")
    cell(requirements.x, y, output.right - requirements.x, h1, [spec.COL_QUALITY])
    cell(
        requirements.x,
        y + h1,
        requirements.width,
        h2,
        wrap(spec.COL_REQUIREMENTS, requirements.width - 2 * PADDING, size, bold=True),
    )
    cell(duration.x, y + h1, duration.width, h2, [spec.COL_DURATION])
    cell(output.x, y + h1, output.width, h2, [spec.COL_OUTPUT])
    cell(note.x, y, note.width, h1 + h2, [spec.COL_NOTE])
    for index, column in enumerate(table.columns, start=1):
        painter.rect(x0 + column.x, y + h1 + h2, column.width, h3)
        painter.text((x0 + column.x + column.width / 2, y + h1 + h2 + h3 - 3), str(index), 6.5)


def _table_body(
    painter: CanvasPainter, table: TableLayout, page: Page, x0: float, top: float
) -> None:
    """Grid and text of the page's step rows; connector strips are plain bands."""
    bottom = top + page.height
    painter.polygon(
        [(x0, top), (x0 + table.width, top), (x0 + table.width, bottom), (x0, bottom)],
        PAPER,
        INK,
        0.5,
    )
    for column in table.columns[1:]:
        painter.polyline([(x0 + column.x, top), (x0 + column.x, bottom)], 0.5)
    for row in page.rows:
        painter.polyline([(x0, top + row.top), (x0 + table.width, top + row.top)], 0.5)
        painter.polyline([(x0, top + row.bottom), (x0 + table.width, top + row.bottom)], 0.5)
        cells = table.cells[row.step_index]
        number = table.column("number")
        painter.lines(
            x0 + number.x + number.width / 2,
            top + row.top + PADDING,
            cells["number"],
            align="center",
        )
        for key in ("description", "requirements", "duration", "output", "note"):
            column = table.column(key)
            painter.lines(x0 + column.x + PADDING, top + row.top + PADDING, cells[key])
