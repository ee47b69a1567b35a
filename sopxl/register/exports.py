"""Exports of the register: the regency-wide inventory of SOP titles and the table
"Nama dan Kode Nomor SOP" (Lampiran I angka 3) for the Keputusan Bupati (Pasal 8 ayat (2)).

Both are written fresh with XlsxWriter under sopxl's safe options: what people typed is
written as text, never as a formula or a link.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd

from sopxl.errors import InputError
from sopxl.register.store import STAGE_LABELS, STAGES, Register
from sopxl.xlsx.charts import BarSeries, bar_chart_sheet
from sopxl.xlsx.names import sheet_name
from sopxl.xlsx.save import save_workbook
from sopxl.xlsx.tables import Col, TableFormats, write_table
from sopxl.xlsx.workbook import (
    OFFICIAL_FOOTER,
    check,
    check_output_file,
    long_date,
    open_workbook,
    stamp_names,
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
DECREE_HEADER_ROW = 7
"""Below the three lines of the Lampiran (nomor and tanggal typed in before signing)."""

# The columns of the title tables.
_COLUMNS: tuple[Col, ...] = (
    Col("", "No", 5, "number"),
    Col("agency_code", "Kode Komponen", 10),
    Col("agency", "SKPD", 34),
    Col("unit", "Unit Kerja", 26),
    Col("section", "Bagian", 28),
    Col("code", "Nomor SOP", 16),
    Col("title", "Judul SOP", 46),
    Col("kind", "Jenis SOP", 13),
    Col("service", "Pelayanan", 11),
    Col("stage_label", "Tahap", 18),
    Col("registered_at", "Tanggal Didaftarkan", 13, "date"),
    Col("updated_at", "Tanggal Diubah", 13, "date"),
    Col("written_at", "Tanggal Penulisan", 13, "date"),
)
_AGENCY_COLUMNS = ("agency_code", "agency")


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
    when = long_date((now or datetime.now()).date())
    taken = {SHEET_SUMMARY.casefold(), SHEET_ALL.casefold()}
    summary = workbook.add_worksheet(SHEET_SUMMARY)
    chart_sheet = workbook.add_worksheet(SHEET_CHART)
    all_sheet = workbook.add_worksheet(SHEET_ALL)
    write_table(
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
        columns = tuple(c for c in _COLUMNS if c.key not in _AGENCY_COLUMNS)
        sheet = workbook.add_worksheet(sheet_name(str(row.short_name or row.code), taken))
        write_table(
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
    empty = counts[counts[stages].sum(axis=1) == 0]
    if len(empty):
        names = ", ".join(f"{a.agency} ({a.agency_code})" for a in empty.itertuples())
        note = f"{len(empty)} SKPD belum mempunyai judul SOP (tanpa lembar sendiri): {names}."
    else:
        note = "Semua SKPD telah mempunyai judul SOP."
    write_table(
        sheet,
        formats,
        counts.assign(total=counts[stages].sum(axis=1)),
        (
            Col("agency_code", "Kode Komponen", 10),
            Col("agency", "SKPD", 40),
            *(Col(stage, STAGE_LABELS[stage], 14, "int") for stage in stages),
            Col("total", "Jumlah", 10, "int"),
        ),
        f"REKAP INVENTARIS JUDUL SOP {regency.upper()}",
        f"Jumlah judul SOP per SKPD dan tahap; keadaan register per {when}",
        total="Jumlah",
        sum_formulas=True,
        notes=[note],
        freeze_columns=2,
    )
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
    lines = (
        f"LAMPIRAN KEPUTUSAN BUPATI {regency.upper().removeprefix('KABUPATEN ')}",
        "NOMOR   :",
        "TANGGAL :",
    )
    for row, text in enumerate(lines):
        check(sheet.write_string(row, 1, text, formats.plain), "lampiran")
    # An official document: no filters, the page number in the footer and no tool name
    # (Pasal 8 ayat (2)).
    write_table(
        sheet,
        formats,
        frame,
        (
            Col("", DECREE_COLUMNS[0], 7, "number"),
            Col("title", DECREE_COLUMNS[1], 70),
            Col("code", DECREE_COLUMNS[2], 22, center=True),
        ),
        DECREE_HEADING,
        f"SATUAN KERJA PERANGKAT DAERAH: {outline.name.upper()}",
        header_row=DECREE_HEADER_ROW,
        filters=False,
        freeze=False,
        landscape=False,
        footer=OFFICIAL_FOOTER,
        print_area=True,
    )
    # Not protected: the Keputusan's own number and date are typed in before signing.
    stamp_names(workbook, KIND_DECREE_EXPORT, EXPORT_VERSION, {"sopxl_agency": agency_code})
    save_workbook(workbook)
    return frame[["title", "code"]]
