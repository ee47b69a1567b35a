"""XLSX backend: the official Uraian Prosedur sheet with the flowchart laid over it.

The sheet has the table of Lampiran II section 3 (headings repeated on every printed
page, A4 landscape); the flowchart of each page is a transparent PNG placed over the
pelaksana columns from the page's first row. Column widths and row heights are set in
whole pixels and the geometry is laid out on exactly those sizes, so the symbols sit in
their cells in Excel and LibreOffice alike. A manual page break starts each flowchart
page, and the sheet prints at a fixed scale (Excel ignores manual breaks under
"fit to page").
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

from sopxl.forms import sop_spec as spec
from sopxl.model.sop import Sop
from sopxl.render.draw import draw_flow
from sopxl.render.geometry import Diagram, FlowFrame, FlowStyle, Page, layout_flowchart
from sopxl.render.metrics import wrap
from sopxl.render.png import SUPERSAMPLE, PillowPainter
from sopxl.render.table import TableLayout, body_height, table_layout
from sopxl.xlsx.save import save_workbook
from sopxl.xlsx.workbook import check, open_workbook

PX_PER_PT = 4 / 3  # Excel lays out at 96 pixels an inch, 72 points an inch
IMAGE_SCALE = 2  # image pixels per sheet pixel: sharp when zoomed and printed
XLSX_STYLE = FlowStyle(min_row_height=45.0, strip_height=30.0)
"""Row sizes that are whole pixels (45 pt = 60 px, 30 pt = 40 px)."""

HEADING_ROWS = (4, 5, 6)
FIRST_BODY_ROW = 7
PRINT_SCALE = 90


@dataclass(frozen=True)
class PlacedImage:
    """Where one flowchart page went: zero-based anchor cell, size in sheet pixels."""

    page: int
    row: int
    col: int
    width_px: int
    height_px: int


def _pt(px: int) -> float:
    return px / PX_PER_PT


def _px(pt: float) -> int:
    return round(pt * PX_PER_PT)


def _up_to_pixel(pt: float) -> float:
    """Round a height in points up to whole pixels."""
    return _pt(math.ceil(pt * PX_PER_PT - 1e-9))


def xlsx_diagram(sop: Sop, table: TableLayout, steps_per_page: int) -> Diagram:
    """The flowchart laid out on the sheet's pixel-exact columns and rows."""
    frame = FlowFrame(
        actor_count=table.actor_count,
        column_width=_pt(_px(table.actor_width)),
        row_heights=tuple(_up_to_pixel(h) for h in table.row_heights),
        steps_per_page=steps_per_page,
        body_height=body_height(table),
    )
    return layout_flowchart(sop, frame, XLSX_STYLE)


def page_image(page: Page) -> bytes:
    """A transparent PNG of one page's flowchart, :data:`IMAGE_SCALE` x the sheet size."""
    from PIL import Image, ImageDraw

    scale = PX_PER_PT * IMAGE_SCALE
    big = scale * SUPERSAMPLE
    width, height = _px(page.width) * IMAGE_SCALE, _px(page.height) * IMAGE_SCALE
    image = Image.new("RGBA", (width * SUPERSAMPLE, height * SUPERSAMPLE), (255, 255, 255, 0))
    draw_flow(PillowPainter(ImageDraw.Draw(image), big), page)
    final = image.resize((width, height), Image.Resampling.LANCZOS)
    buffer = BytesIO()
    final.save(buffer, format="PNG")
    return buffer.getvalue()


def write_xlsx(
    path: Path, sop: Sop, steps_per_page: int, watermark: str = ""
) -> tuple[PlacedImage, ...]:
    """Write the procedure sheet of ``sop`` with its flowchart to ``path``; returns where
    each flowchart page image was anchored. ``watermark`` goes into every page's header."""
    table = table_layout(sop, lambda text, width, size: wrap(text, width, size))
    diagram = xlsx_diagram(sop, table, steps_per_page)
    title = f"Uraian Prosedur {sop.identity.title}".strip()
    workbook = open_workbook(path, title, "sop-uraian-prosedur", "1")
    # An official document names its agency as author, never the tool.
    properties = {**workbook.doc_properties, "author": sop.identity.agency or ""}
    check(workbook.set_properties(properties), "properti dokumen")
    placed = _write_sheet(workbook, sop, table, diagram)
    if watermark:
        from sopxl.render.watermark import xlsx_mark

        xlsx_mark(workbook.worksheets()[0], watermark)
    save_workbook(workbook)
    return placed


def _formats(workbook: Any) -> dict[str, Any]:
    base = {"font_name": "Arial", "font_size": 8, "border": 1, "text_wrap": True}
    return {
        "title": workbook.add_format({"font_name": "Arial", "bold": True, "font_size": 12}),
        "caption": workbook.add_format({"font_name": "Arial", "font_size": 9}),
        "heading": workbook.add_format(
            {**base, "bold": True, "align": "center", "valign": "vcenter", "bg_color": "#D9E1F2"}
        ),
        "column_number": workbook.add_format(
            {**base, "font_size": 7, "align": "center", "valign": "vcenter"}
        ),
        "text": workbook.add_format({**base, "valign": "top"}),
        "number": workbook.add_format({**base, "align": "center", "valign": "top"}),
        "blank": workbook.add_format({**base}),
    }


def _write_sheet(
    workbook: Any, sop: Sop, table: TableLayout, diagram: Diagram
) -> tuple[PlacedImage, ...]:
    sheet = workbook.add_worksheet(spec.SHEET_PROCEDURE)
    f = _formats(workbook)
    widths = [_px(column.width) for column in table.columns]
    for col, width in enumerate(widths):
        check(sheet.set_column_pixels(col, col, width), "lebar kolom")
    last = len(table.columns) - 1
    ident = sop.identity
    check(sheet.write_string(0, 0, spec.PROCEDURE_HEADING, f["title"]), "judul")
    check(sheet.write_string(1, 0, f"Nama SOP: {ident.title or '-'}", f["caption"]), "nama")
    if ident.code:
        check(sheet.write_string(2, 0, f"Nomor SOP: {ident.code}", f["caption"]), "nomor")
    check(sheet.set_row_pixels(3, 8), "tinggi baris")
    _write_header(sheet, table, f)

    actor_col = 2
    row = FIRST_BODY_ROW
    breaks: list[int] = []
    placed: list[PlacedImage] = []
    for page in diagram.pages:
        if page.number > 1:
            breaks.append(row)
        first = row
        if page.top_strip:
            row = _strip_row(sheet, row, page.top_strip, last, f)
        for page_row in page.rows:
            check(sheet.set_row_pixels(row, _px(page_row.height)), "tinggi baris")
            cells = table.cells[page_row.step_index]
            for col, column in enumerate(table.columns):
                if column.key.startswith("actor"):
                    check(sheet.write_blank(row, col, None, f["blank"]), "sel")
                elif column.key == "number":
                    step = sop.steps[page_row.step_index]
                    check(sheet.write_number(row, col, step.number, f["number"]), "nomor")
                else:
                    text = " ".join(cells[column.key])
                    check(sheet.write_string(row, col, text, f["text"]), "teks")
            row += 1
        if page.bottom_strip:
            row = _strip_row(sheet, row, page.bottom_strip, last, f)
        if table.actor_count and (page.symbols or page.connectors):
            image = page_image(page)
            options = {
                "image_data": BytesIO(image),
                "x_scale": 1 / IMAGE_SCALE,
                "y_scale": 1 / IMAGE_SCALE,
                "object_position": 1,
                "description": f"Diagram alir halaman {page.number}",
                "decorative": False,
            }
            name = f"diagram-alir-{page.number}.png"
            check(sheet.insert_image(first, actor_col, name, options), "gambar diagram alir")
            placed.append(
                PlacedImage(page.number, first, actor_col, _px(page.width), _px(page.height))
            )

    sheet.set_paper(9)  # A4
    sheet.set_landscape()
    sheet.set_print_scale(PRINT_SCALE)
    check(sheet.set_margins(left=0.3, right=0.3, top=0.4, bottom=0.5), "margin")
    check(
        sheet.set_footer("&LNomor SOP: " + _escape_footer(ident.code) + "&RHalaman &P dari &N"),
        "kaki halaman",
    )
    sheet.repeat_rows(HEADING_ROWS[0], HEADING_ROWS[-1])
    if breaks:
        check(sheet.set_h_pagebreaks(breaks), "pemisah halaman")
    check(sheet.print_area(0, 0, max(row - 1, FIRST_BODY_ROW), last), "area cetak")
    sheet.freeze_panes(FIRST_BODY_ROW, 2)
    return tuple(placed)


def _escape_footer(text: str) -> str:
    # "&" starts a control code in Excel headers and footers.
    return text.replace("&", "&&")


def _strip_row(sheet: Any, row: int, height: float, last: int, f: dict[str, Any]) -> int:
    """A connector strip: an empty bordered row where the off-page connectors sit."""
    check(sheet.set_row_pixels(row, _px(height)), "tinggi baris")
    for col in range(last + 1):
        check(sheet.write_blank(row, col, None, f["blank"]), "sel")
    return row + 1


def _write_header(sheet: Any, table: TableLayout, f: dict[str, Any]) -> None:
    top, names, numbers = HEADING_ROWS
    heading = f["heading"]
    cols = {column.key: index for index, column in enumerate(table.columns)}
    check(sheet.merge_range(top, 0, names, 0, spec.COL_NUMBER, heading), "No")
    check(sheet.merge_range(top, 1, names, 1, spec.COL_DESCRIPTION, heading), "Uraian")
    if table.actor_count == 1:
        check(sheet.write_string(top, 2, spec.COL_ACTORS, heading), "Pelaksana")
    elif table.actor_count > 1:
        check(
            sheet.merge_range(top, 2, top, 1 + table.actor_count, spec.COL_ACTORS, heading),
            "Pelaksana",
        )
    for index, lines in enumerate(table.actor_headings):
        check(sheet.write_string(names, 2 + index, " ".join(lines), heading), "pelaksana")
    check(
        sheet.merge_range(
            top, cols["requirements"], top, cols["output"], spec.COL_QUALITY, heading
        ),
        "Mutu Baku",
    )
    check(sheet.write_string(names, cols["requirements"], spec.COL_REQUIREMENTS, heading), "")
    check(sheet.write_string(names, cols["duration"], spec.COL_DURATION, heading), "Waktu")
    check(sheet.write_string(names, cols["output"], spec.COL_OUTPUT, heading), "Output")
    check(sheet.merge_range(top, cols["note"], names, cols["note"], spec.COL_NOTE, heading), "Ket")
    for col in range(len(table.columns)):
        check(sheet.write_number(numbers, col, col + 1, f["column_number"]), "nomor kolom")
    h1, h2, h3 = table.header_heights
    check(sheet.set_row_pixels(top, _px(h1)), "tinggi baris")
    check(sheet.set_row_pixels(names, _px(h2) + 4), "tinggi baris")
    check(sheet.set_row_pixels(numbers, _px(h3)), "tinggi baris")
