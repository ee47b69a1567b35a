"""The Petunjuk Pengisian sheet: Cara Pengisian (1)-(18), (1)-(3) and the symbol table."""

from __future__ import annotations

from typing import Any

from sopxl.forms import sop_spec as spec
from sopxl.forms.sop_sheet_common import Formats, a4, protect
from sopxl.xlsx.workbook import check

# --- Petunjuk Pengisian -----------------------------------------------------------------


def write_guide(sheet: Any, formats: Formats) -> None:
    check(sheet.set_column(0, 0, 7), "lebar kolom")
    check(sheet.set_column(1, 1, 30), "lebar kolom")
    check(sheet.set_column(2, 2, 70), "lebar kolom")
    check(
        sheet.merge_range(0, 0, 0, 2, "PETUNJUK PENGISIAN FORMULIR SOP", formats.heading), "judul"
    )
    check(sheet.merge_range(1, 0, 1, 2, spec.GUIDE_NOTE, formats.note), "catatan")
    check(sheet.set_row(1, 80), "tinggi baris")
    row = 3
    row = _guide_table(
        sheet,
        formats,
        row,
        "Cara Pengisian Informasi Prosedur (Lampiran II angka 2)",
        ("No", "Isian", "Cara Pengisian"),
        [(f"({n})", label, text) for n, (label, text) in enumerate(spec.IDENTITY_GUIDE, start=1)],
    )
    row = _guide_table(
        sheet,
        formats,
        row + 1,
        "Cara Pengisian Uraian Prosedur (Lampiran II angka 3)",
        ("No", "Isian", "Cara Pengisian"),
        [(f"({n})", label, text) for n, (label, text) in enumerate(spec.PROCEDURE_GUIDE, start=1)],
    )
    _guide_table(
        sheet,
        formats,
        row + 1,
        "Simbol-Simbol (Lampiran II angka 4)",
        ("No", "Sebutan", "Bentuk dan Definisi"),
        [
            (f"{n}.", name, f"Bentuk: {shape.lower()}. {text}")
            for n, (shape, name, text) in enumerate(spec.SYMBOL_GUIDE, start=1)
        ],
    )
    a4(sheet, landscape=False)
    protect(sheet, insert_rows=False)


def _guide_table(
    sheet: Any,
    formats: Formats,
    row: int,
    title: str,
    headings: tuple[str, str, str],
    rows: list[tuple[str, str, str]],
) -> int:
    check(sheet.write_string(row, 0, title, formats.section), "judul tabel")
    row += 1
    for col, text in enumerate(headings):
        check(sheet.write_string(row, col, text, formats.guide_head), "judul tabel")
    for cells in rows:
        row += 1
        for col, text in enumerate(cells):
            check(sheet.write_string(row, col, text, formats.plain_border), "isi tabel")
        lines = len(cells[2]) // 65 + 1 + cells[2].count("\n")
        check(sheet.set_row(row, 13.5 * lines + 2), "tinggi baris")
    return row + 1
