"""The Halaman Judul and the Identitas SOP sheet (Lampiran II angka 1 and 2)."""

from __future__ import annotations

from typing import Any

from sopxl.forms import sop_spec as spec
from sopxl.forms.sop_layout import SopFormLayout
from sopxl.forms.sop_sheet_common import (
    EARLIEST_DATE,
    LATEST_DATE,
    LIST_TEXT_WIDTH,
    VALUE_WIDTH,
    Formats,
    a4,
    grow_row,
    input_message,
    protect,
)
from sopxl.model import sop_fields
from sopxl.model.sop import Sop
from sopxl.xlsx import refs
from sopxl.xlsx.workbook import check, validate, write_value

# --- Halaman Judul ----------------------------------------------------------------------


def write_title_page(sheet: Any, formats: Formats, sop: Sop, layout: SopFormLayout) -> None:
    ident = sop.identity

    def linked(
        row: int, key: str, value: str, placeholder: str, fmt: Any, prefix: str = ""
    ) -> None:
        _, src_row, src_col = layout.identity_cell(key)
        ref = refs.sheet_cell(spec.SHEET_IDENTITY, src_row, src_col)
        quoted_prefix = prefix.replace('"', '""')
        formula = f'=IF({ref}="","{placeholder}","{quoted_prefix}"&{ref})'
        shown = f"{prefix}{value}" if value else placeholder
        check(sheet.merge_range(row, 0, row, 2, "", fmt), "gabung sel judul")
        check(sheet.write_formula(row, 0, formula, fmt, shown), "rumus halaman judul")

    check(sheet.set_column(0, 0, 8), "lebar kolom")
    check(sheet.set_column(1, 1, 70), "lebar kolom")
    check(sheet.set_column(2, 2, 8), "lebar kolom")
    check(
        sheet.merge_range(1, 0, 1, 2, f"PEMERINTAH {spec.REGENCY}", formats.title_mid),
        "judul pemerintah",
    )
    linked(
        2,
        "agency",
        ident.agency.upper(),
        "(Nama SKPD diisi di lembar Identitas SOP)",
        formats.title_small,
    )
    check(sheet.merge_range(9, 0, 9, 2, spec.TITLE_HEADING, formats.title_big), "judul SOP")
    check(sheet.merge_range(10, 0, 10, 2, "(SOP)", formats.title_mid), "judul SOP")
    linked(13, "title", ident.title, "(Nama SOP diisi di lembar Identitas SOP)", formats.title_mid)
    linked(15, "code", ident.code, "(Nomor SOP)", formats.title_small, prefix="Nomor: ")
    linked(18, "unit", ident.unit, "", formats.title_small)
    linked(19, "section", ident.section, "", formats.title_small)
    check(sheet.merge_range(28, 0, 28, 2, spec.REGENCY, formats.title_mid), "judul kabupaten")
    check(sheet.set_row(9, 36), "tinggi baris")
    check(sheet.set_row(13, 60), "tinggi baris")
    a4(sheet, landscape=False)
    sheet.center_horizontally()
    check(sheet.print_area(0, 0, 30, 2), "area cetak")
    protect(sheet, insert_rows=False)


# --- Identitas SOP ----------------------------------------------------------------------


def write_identity(sheet: Any, formats: Formats, sop: Sop, layout: SopFormLayout) -> None:
    ident = sop.identity
    heights: dict[int, float] = {}
    for col, width in enumerate(layout.IDENTITY_COLUMNS):
        check(sheet.set_column(col, col, width), "lebar kolom")
    check(sheet.merge_range(0, 0, 0, 5, spec.IDENTITY_HEADING, formats.heading), "judul")

    top = layout.HEADER_FIRST_ROW
    check(
        sheet.merge_range(top, 0, top, 2, f"PEMERINTAH {spec.REGENCY}", formats.label_center),
        "blok SKPD",
    )
    check(
        sheet.merge_range(top + 1, 0, top + 1, 2, spec.AGENCY_BLOCK_LABEL, formats.label_center),
        "blok SKPD",
    )
    for index, field in enumerate(sop_fields.AGENCY_FIELDS):
        _, row, col = layout.agency_field_cell(index)
        check(sheet.merge_range(row, 0, row, 1, field.label, formats.label), "label SKPD")
        write_value(sheet, row, col, getattr(ident, field.key), formats.input)
        grow_row(sheet, row, getattr(ident, field.key), VALUE_WIDTH, heights)
        validate(
            sheet,
            (row, col),
            (row, col),
            {"validate": "any", **input_message(field.key, sop_fields.IDENTITY_INPUT)},
        )
    blank_row = top + 2 + len(sop_fields.AGENCY_FIELDS)
    last_header_row = top + len(sop_fields.HEADER_FIELDS) - 1
    if blank_row <= last_header_row:
        check(
            sheet.merge_range(blank_row, 0, last_header_row, 2, "", formats.plain_border),
            "blok SKPD",
        )

    for index, field in enumerate(sop_fields.HEADER_FIELDS):
        _, row, col = layout.header_field_cell(index)
        check(sheet.merge_range(row, 3, row, 4, field.label, formats.label), "label")
        value = getattr(ident, field.key)
        _write_identity_input(sheet, formats, row, col, field, value)
        if isinstance(value, str):
            grow_row(sheet, row, value, VALUE_WIDTH, heights)

    for pair_index, pair in enumerate(sop_fields.LIST_PAIRS):
        heading_row = layout.list_heading_row(pair_index)
        for side, list_spec in enumerate(pair):
            first_col = 0 if side == 0 else 3
            check(
                sheet.merge_range(
                    heading_row,
                    first_col,
                    heading_row,
                    first_col + 2,
                    list_spec.label,
                    formats.label,
                ),
                "judul daftar",
            )
            items: tuple[str, ...] = getattr(ident, list_spec.key)
            for item in range(layout.list_rows):
                _, row, col = layout.list_item_cell(list_spec.key, item)
                check(
                    sheet.write_string(row, first_col, f"{item + 1}.", formats.list_number),
                    "nomor daftar",
                )
                check(sheet.merge_range(row, col, row, col + 1, "", formats.input), "isian daftar")
                text = items[item] if item < len(items) else ""
                write_value(sheet, row, col, text, formats.input)
                grow_row(sheet, row, text, LIST_TEXT_WIDTH, heights)
            _, first_row, col = layout.list_item_cell(list_spec.key, 0)
            validate(
                sheet,
                (first_row, col),
                (first_row + layout.list_rows - 1, col + 1),
                {"validate": "any", **input_message(list_spec.key, sop_fields.IDENTITY_INPUT)},
            )

    heading = layout.approval_heading_row
    check(
        sheet.merge_range(heading, 3, heading, 5, spec.APPROVAL_HEADING, formats.label_center),
        "judul pengesahan",
    )
    check(
        sheet.merge_range(
            heading,
            0,
            layout.identity_last_row,
            2,
            "Pengesahan (18): diisi dengan nama dan tanda tangan Kepala SKPD. "
            "Tanda tangan dan cap dibubuhkan pada dokumen yang dicetak.",
            formats.note,
        ),
        "catatan pengesahan",
    )
    for index, field in enumerate(sop_fields.APPROVAL_FIELDS):
        _, row, col = layout.approval_field_cell(index)
        check(sheet.merge_range(row, 3, row, 4, field.label, formats.label), "label")
        value = getattr(ident.approval, field.key)
        _write_identity_input(sheet, formats, row, col, field, value)
        if isinstance(value, str):
            grow_row(sheet, row, value, VALUE_WIDTH, heights)

    a4(sheet, landscape=False)
    check(sheet.print_area(0, 0, layout.identity_last_row, 5), "area cetak")
    protect(sheet, insert_rows=True)


def _write_identity_input(
    sheet: Any, formats: Formats, row: int, col: int, field: sop_fields.FieldSpec, value: object
) -> None:
    message = input_message(field.key, sop_fields.IDENTITY_INPUT)
    if field.kind == "date":
        write_value(sheet, row, col, value, formats.input_date, formats.input_date)
        error_title, error_message = spec.ERROR_MESSAGES["date"]
        validate(
            sheet,
            (row, col),
            (row, col),
            {
                "validate": "date",
                "criteria": "between",
                "minimum": EARLIEST_DATE,
                "maximum": LATEST_DATE,
                "error_title": error_title,
                "error_message": error_message,
                **message,
            },
        )
    elif field.kind == "nip":
        write_value(sheet, row, col, value, formats.input)
        error_title, error_message = spec.ERROR_MESSAGES["nip"]
        validate(
            sheet,
            (row, col),
            (row, col),
            {
                "validate": "length",
                "criteria": "between",
                "minimum": 18,
                "maximum": 21,
                "error_title": error_title,
                "error_message": error_message,
                **message,
            },
        )
    else:
        write_value(sheet, row, col, value, formats.input)
        validate(sheet, (row, col), (row, col), {"validate": "any", **message})
