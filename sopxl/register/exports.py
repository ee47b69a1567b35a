"""Exports of the register: the regency-wide inventory of SOP titles and the table
"Nama dan Kode Nomor SOP" (Lampiran I angka 3) for the Keputusan Bupati (Pasal 8 ayat (2)).

Both are written fresh with XlsxWriter under sopxl's safe options: what people typed is
written as text, never as a formula or a link.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd

from sopxl.errors import InputError
from sopxl.register.store import STAGE_LABELS, STAGES, Register
from sopxl.xlsx import refs
from sopxl.xlsx.charts import BarSeries, bar_chart_sheet
from sopxl.xlsx.names import sheet_name
from sopxl.xlsx.save import save_workbook
from sopxl.xlsx.tables import TableFormats, write_note, write_titles
from sopxl.xlsx.textfit import Cell, fit_height, widths_sum
from sopxl.xlsx.workbook import (
    OFFICIAL_FOOTER,
    check,
    check_output_file,
    open_workbook,
    print_a4,
    stamp_names,
    write_value,
)

EXPORT_VERSION = "1"
KIND_INVENTORY_EXPORT = "ekspor_inventaris"
KIND_DECREE_EXPORT = "ekspor_keputusan"

SHEET_SUMMARY = "Rekap"
SHEET_ALL = "Semua Judul"
SHEET_CHART = "Grafik"
DECREE_SHEET = "Nama dan Kode Nomor SOP"
DECREE_HEADING = "NAMA DAN KODE NOMOR STANDAR OPERASIONAL PROSEDUR"
DECREE_COLUMNS = ("NO.", "JUDUL SOP", "NOMOR SOP")

# (frame column, header, width, kind) of the title tables.
_COLUMNS: tuple[tuple[str, str, float, str], ...] = (
    ("agency_code", "Kode Komponen", 10, "text"),
    ("agency", "SKPD", 34, "text"),
    ("unit", "Unit Kerja", 26, "text"),
    ("section", "Bagian", 28, "text"),
    ("code", "Nomor SOP", 16, "text"),
    ("title", "Judul SOP", 46, "text"),
    ("kind", "Jenis SOP", 13, "text"),
    ("service", "Pelayanan", 11, "text"),
    ("stage_label", "Tahap", 18, "text"),
    ("registered_at", "Tanggal Didaftarkan", 13, "date"),
    ("updated_at", "Tanggal Diubah", 13, "date"),
    ("written_at", "Tanggal Penulisan", 13, "date"),
)
_AGENCY_COLUMNS = ("agency_code", "agency")
HEADER_ROW = 3
FIRST_ROW = 4


def export_inventory(
    register: Register, path: Path, regency: str, now: datetime | None = None
) -> pd.DataFrame:
    """Write the regency-wide inventory to ``path``: a "Rekap" sheet (titles per SKPD and
    stage, and which SKPDs have none), "Grafik" (a bar chart of the SKPDs with titles on a
    page of its own), "Semua Judul" (every active title) and one sheet per SKPD with
    titles. Returns the inventory frame it wrote."""
    check_output_file(path)
    frame = register.inventory_frame()
    agencies = register.agencies_frame()
    frame = frame.assign(stage_label=[STAGE_LABELS.get(v, v) for v in frame["stage"]])
    workbook = open_workbook(
        path, "Inventaris Judul SOP Kabupaten", KIND_INVENTORY_EXPORT, EXPORT_VERSION
    )
    formats = TableFormats(workbook)
    when = (now or datetime.now()).strftime("%d/%m/%Y")
    taken = {SHEET_SUMMARY.casefold(), SHEET_ALL.casefold()}
    summary = workbook.add_worksheet(SHEET_SUMMARY)
    chart_sheet = workbook.add_worksheet(SHEET_CHART)
    all_sheet = workbook.add_worksheet(SHEET_ALL)
    _title_table(
        all_sheet,
        formats,
        frame,
        _COLUMNS,
        f"INVENTARIS JUDUL SOP {regency.upper()}",
        f"Keadaan register per {when}",
    )
    active = agencies[agencies["active"].astype(bool)]
    for row in active.itertuples():
        rows = frame[frame["agency_code"] == row.code]
        if rows.empty:
            continue  # listed on the Rekap as an SKPD without titles, not an empty sheet
        columns = tuple(c for c in _COLUMNS if c[0] not in _AGENCY_COLUMNS)
        sheet = workbook.add_worksheet(sheet_name(str(row.short_name or row.code), taken))
        _title_table(
            sheet,
            formats,
            rows,
            columns,
            f"INVENTARIS JUDUL SOP: {row.name}",
            f"Kode Komponen {row.code}; keadaan register per {when}",
        )
    counts = _summary(summary, formats, frame, active, regency, when)
    bar_chart_sheet(
        workbook,
        formats,
        chart_sheet,
        f"Judul SOP per SKPD dan tahap, keadaan register per {when}",
        counts,
        [BarSeries(stage, STAGE_LABELS[stage]) for stage in STAGES],
        "Jumlah judul SOP",
        "belum mempunyai judul SOP",
        stacked=True,
    )
    summary.activate()
    stamp_names(workbook, KIND_INVENTORY_EXPORT, EXPORT_VERSION)
    save_workbook(workbook)
    return frame


def _title_table(
    sheet: Any,
    formats: TableFormats,
    frame: pd.DataFrame,
    columns: Sequence[tuple[str, str, float, str]],
    heading: str,
    subheading: str,
) -> None:
    last_col = len(columns)
    widths = [5.0, *(width for _, _, width, _ in columns)]
    write_titles(sheet, formats, widths, heading, subheading)
    check(sheet.write_string(HEADER_ROW, 0, "No", formats.header), "judul kolom")
    check(sheet.set_column(0, 0, 5), "lebar kolom")
    for col, (_, label, width, _) in enumerate(columns, start=1):
        check(sheet.write_string(HEADER_ROW, col, label, formats.header), "judul kolom")
        check(sheet.set_column(col, col, width), "lebar kolom")
    header = fit_height((Cell(label, width, bold=True) for _, label, width, _ in columns), 15)
    check(sheet.set_row(HEADER_ROW, header), "tinggi baris")
    for index, record in enumerate(frame.to_dict("records")):
        row = FIRST_ROW + index
        check(sheet.write_number(row, 0, index + 1, formats.number), "No")
        texts = [
            Cell(str(record.get(key) or ""), width)
            for key, _, width, kind in columns
            if kind == "text" and isinstance(record.get(key), str)
        ]
        check(sheet.set_row(row, fit_height(texts)), "tinggi baris")
        for col, (key, _, _, kind) in enumerate(columns, start=1):
            value = record.get(key)
            if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT:
                value = ""
            if kind == "date" and value != "":
                check(
                    sheet.write_datetime(
                        row, col, pd.Timestamp(value).to_pydatetime(), formats.date
                    ),
                    "tanggal",
                )
            else:
                write_value(sheet, row, col, str(value), formats.cell)
    last_row = max(FIRST_ROW, FIRST_ROW + len(frame) - 1)
    check(sheet.autofilter(HEADER_ROW, 0, last_row, last_col), "filter")
    sheet.freeze_panes(FIRST_ROW, 0)
    print_a4(sheet, landscape=True, repeat=(HEADER_ROW, HEADER_ROW))


def _summary(
    sheet: Any,
    formats: TableFormats,
    frame: pd.DataFrame,
    agencies: pd.DataFrame,
    regency: str,
    when: str,
) -> pd.DataFrame:
    """Write the Rekap (every active SKPD, titles per stage, then the SKPDs without
    titles by name) and return its counts (one row per SKPD, one column per stage)."""
    stages = list(STAGES)
    last_col = len(stages) + 2
    headers = ["Kode Komponen", "SKPD", *[STAGE_LABELS[s] for s in stages], "Jumlah"]
    widths = [10.0, 40.0, *[14.0] * len(stages), 10.0]
    write_titles(
        sheet,
        formats,
        widths,
        f"REKAP INVENTARIS JUDUL SOP {regency.upper()}",
        f"Jumlah judul SOP per SKPD dan tahap; keadaan register per {when}",
    )
    for col, (label, width) in enumerate(zip(headers, widths, strict=True)):
        check(sheet.write_string(HEADER_ROW, col, label, formats.header), "judul kolom")
        check(sheet.set_column(col, col, width), "lebar kolom")
    header = fit_height((Cell(t, w, bold=True) for t, w in zip(headers, widths, strict=True)), 15)
    check(sheet.set_row(HEADER_ROW, header), "tinggi baris")
    grouped = frame.groupby(["agency_code", "stage"]).size() if not frame.empty else None
    counts = pd.DataFrame(
        {
            "agency_code": [str(a.code) for a in agencies.itertuples()],
            "agency": [str(a.short_name or a.name) for a in agencies.itertuples()],
        }
    )
    for stage in stages:
        counts[stage] = [
            int(grouped.get((code, stage), 0)) if grouped is not None else 0
            for code in counts["agency_code"]
        ]
    row = FIRST_ROW
    for record in counts.to_dict("records"):
        write_value(sheet, row, 0, record["agency_code"], formats.cell)
        write_value(sheet, row, 1, record["agency"], formats.cell)
        for col, stage in enumerate(stages, start=2):
            check(sheet.write_number(row, col, record[stage], formats.number), "jumlah")
        total = sum(int(record[stage]) for stage in stages)
        check(sheet.write_number(row, last_col, total, formats.number), "jumlah")
        check(sheet.set_row(row, fit_height([Cell(record["agency"], widths[1])])), "tinggi")
        row += 1
    last = row - 1
    write_value(sheet, row, 1, "Jumlah", formats.label)
    for col in range(2, last_col + 1):
        letter = refs.column(col)
        total = int(frame["stage"].eq(stages[col - 2]).sum()) if col < last_col else len(frame)
        check(
            sheet.write_formula(
                row, col, f"=SUM({letter}{FIRST_ROW + 1}:{letter}{last + 1})", formats.number, total
            ),
            "jumlah total",
        )
    empty = counts[counts[stages].sum(axis=1) == 0]
    if len(empty):
        names = ", ".join(f"{a.agency} ({a.agency_code})" for a in empty.itertuples())
        note = f"{len(empty)} SKPD belum mempunyai judul SOP (tanpa lembar sendiri): {names}."
    else:
        note = "Semua SKPD telah mempunyai judul SOP."
    write_note(sheet, row + 2, note, formats.plain, widths)
    sheet.freeze_panes(FIRST_ROW, 2)
    print_a4(sheet, landscape=True, repeat=(HEADER_ROW, HEADER_ROW))
    return counts


def export_decree(register: Register, path: Path, agency_code: str, regency: str) -> pd.DataFrame:
    """Write the table NAMA DAN KODE NOMOR STANDAR OPERASIONAL PROSEDUR (NO. | JUDUL SOP |
    NOMOR SOP, Lampiran I angka 3) of SKPD ``agency_code``, ordered by Nomor SOP, ready
    to attach to the Keputusan Bupati. Returns the rows written (title, code)."""
    check_output_file(path)
    outline = register.agency_outline(agency_code)
    frame = register.inventory_frame(agency_code)
    if frame.empty:
        raise InputError(
            f"SKPD '{agency_code}' ({outline.name}) belum mempunyai judul SOP bernomor. "
            "Impor inventaris judul SOP-nya terlebih dahulu."
        )
    frame = frame.sort_values(["code"], kind="stable").reset_index(drop=True)
    workbook = open_workbook(path, DECREE_HEADING.title(), KIND_DECREE_EXPORT, EXPORT_VERSION)
    formats = TableFormats(workbook)
    sheet = workbook.add_worksheet(DECREE_SHEET)
    for col, width in enumerate((7, 70, 22)):
        check(sheet.set_column(col, col, width), "lebar kolom")
    lines = (
        f"LAMPIRAN KEPUTUSAN BUPATI {regency.upper().removeprefix('KABUPATEN ')}",
        "NOMOR   :",
        "TANGGAL :",
    )
    for row, text in enumerate(lines):
        check(sheet.write_string(row, 1, text, formats.plain), "lampiran")
    check(sheet.merge_range(4, 0, 4, 2, DECREE_HEADING, formats.heading), "judul")
    check(
        sheet.merge_range(
            5, 0, 5, 2, f"SATUAN KERJA PERANGKAT DAERAH: {outline.name.upper()}", formats.subheading
        ),
        "judul",
    )
    header = 7
    for col, label in enumerate(DECREE_COLUMNS):
        check(sheet.write_string(header, col, label, formats.header), "judul kolom")
    check(
        sheet.set_row(4, fit_height([Cell(DECREE_HEADING, widths_sum((7, 70, 22)), 12, True)])),
        "tinggi",
    )
    agency_line = f"SATUAN KERJA PERANGKAT DAERAH: {outline.name.upper()}"
    check(
        sheet.set_row(5, fit_height([Cell(agency_line, widths_sum((7, 70, 22)), 11, True)])),
        "tinggi",
    )
    for index, record in enumerate(frame.itertuples(), start=1):
        row = header + index
        check(sheet.write_number(row, 0, index, formats.number), "NO.")
        write_value(sheet, row, 1, str(record.title), formats.cell)
        write_value(sheet, row, 2, str(record.code), formats.cell_center)
        height = fit_height([Cell(str(record.title), 70), Cell(str(record.code), 22)])
        check(sheet.set_row(row, height), "tinggi baris")
    # An official document: the page number in the footer, no tool name (Pasal 8 ayat (2)).
    print_a4(sheet, landscape=False, repeat=(header, header), footer=OFFICIAL_FOOTER)
    check(sheet.print_area(0, 0, header + len(frame), 2), "area cetak")
    # Not protected: the Keputusan's own number and date are typed in before signing.
    stamp_names(workbook, KIND_DECREE_EXPORT, EXPORT_VERSION, {"sopxl_agency": agency_code})
    save_workbook(workbook)
    return frame[["title", "code"]]
