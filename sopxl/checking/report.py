"""The findings workbook of ``sopxl check --report``, for the koordinator.

Two sheets: "Ringkasan" (one row per file: status and counts, with the SOP's SKPD, name
and number when the file could be read) and "Temuan" (one row per finding). Each file
name links to the file itself, and on "Temuan" to the very cell of the finding, so the
koordinator can jump from a row to the person's workbook. Both tables have filters, a
frozen header and print on A4 landscape with the header repeated.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sopxl.checking.output import FileStatus, ordered_findings, status_of
from sopxl.findings import FileReport, Finding
from sopxl.model.severity import Severity
from sopxl.model.sop import Identity
from sopxl.text import clean, has_control
from sopxl.xlsx import refs
from sopxl.xlsx.save import save_workbook
from sopxl.xlsx.textfit import Cell, fit_height
from sopxl.xlsx.workbook import (
    HEADING_FILL,
    cell_text,
    check,
    check_output_file,
    open_workbook,
    print_a4,
    stamp_names,
)

KIND = "laporan-pemeriksaan"
VERSION = "1"
TITLE = "Laporan Pemeriksaan Formulir SOP"

FONT_SIZE = 9

SHEET_SUMMARY = "Ringkasan"
SHEET_FINDINGS = "Temuan"

SUMMARY_COLUMNS = (
    ("No", 5),
    ("Berkas", 40),
    ("Status", 18),
    ("Galat", 7),
    ("Peringatan", 11),
    ("SKPD", 30),
    ("Nama SOP", 36),
    ("Nomor SOP", 15),
)
FINDINGS_COLUMNS = (
    ("No", 5),
    ("Berkas", 28),
    ("Lembar", 14),
    ("Sel", 6),
    ("Kode", 22),
    ("Jenis", 11),
    ("Dasar (Pasal)", 24),
    ("Pesan", 55),
    ("Nilai", 20),
)

ERROR_FILL = "#F8CBAD"
WARNING_FILL = "#FFE699"
PASSED_FILL = "#C6EFCE"
UNREADABLE_FILL = "#D9D9D9"

# Excel refuses a link longer than this (XlsxWriter then only warns and drops it) and
# more than this many links on one sheet; past either, the file name is written as text.
MAX_LINK_CHARS = 2079
MAX_LINKS_PER_SHEET = 65530

# Characters that must be percent-encoded in a link target: XlsxWriter's own list plus
# "#", which it would otherwise take for the start of a cell location. "%" comes first so
# that the escapes added afterwards are not escaped again.
_LINK_ESCAPES = (
    ("%", "%25"),
    ("#", "%23"),
    ('"', "%22"),
    (" ", "%20"),
    ("<", "%3c"),
    (">", "%3e"),
    ("[", "%5b"),
    ("]", "%5d"),
    ("^", "%5e"),
    ("`", "%60"),
    ("{", "%7b"),
    ("}", "%7d"),
)


def write_findings_report(reports: Sequence[FileReport], path: Path) -> None:
    """Write the findings workbook for ``reports`` to ``path`` (an ``.xlsx`` file).

    Links to the checked files are relative to ``path``'s folder (absolute when that is
    impossible, e.g. another drive on Windows), so they keep working when the report and
    the files are moved together. Every text that came from a person's file (file names,
    values, SOP names) is written as text, never as a formula or a link target.

    Raises :class:`UsageError` when ``path`` does not end in ``.xlsx`` and
    :class:`OperationalError` when it cannot be written.
    """
    check_output_file(path)
    base_dir = Path(os.path.abspath(path.parent))
    workbook = open_workbook(path, TITLE, KIND, VERSION)
    formats = _Formats(workbook)
    summary = workbook.add_worksheet(SHEET_SUMMARY)
    findings = workbook.add_worksheet(SHEET_FINDINGS)
    _write_summary(summary, formats, reports, base_dir)
    _write_findings(findings, formats, reports, base_dir)
    summary.activate()
    stamp_names(workbook, KIND, VERSION)
    save_workbook(workbook)


class _Formats:
    """The cell formats of the findings workbook, created once per workbook."""

    def __init__(self, workbook: Any) -> None:
        base = {
            "font_name": "Arial",
            "font_size": FONT_SIZE,
            "valign": "top",
            "text_wrap": True,
            "border": 1,
            "border_color": "#A6A6A6",
        }
        self.header = workbook.add_format(
            {**base, "bold": True, "bg_color": HEADING_FILL, "valign": "vcenter"}
        )
        self.text = workbook.add_format(base)
        self.center = workbook.add_format({**base, "align": "center"})
        self.number = workbook.add_format({**base, "align": "center", "num_format": "0"})
        self.link = workbook.add_format({**base, "font_color": "#0563C1", "underline": 1})
        self.total_label = workbook.add_format({**base, "bold": True})
        self.total_number = workbook.add_format(
            {**base, "bold": True, "align": "center", "num_format": "0"}
        )
        self.error_row = workbook.add_format({"bg_color": ERROR_FILL})
        self.warning_row = workbook.add_format({"bg_color": WARNING_FILL})
        self.status = {
            FileStatus.PASSED: workbook.add_format({"bg_color": PASSED_FILL}),
            FileStatus.TO_FIX: workbook.add_format({"bg_color": ERROR_FILL}),
            FileStatus.UNREADABLE: workbook.add_format({"bg_color": UNREADABLE_FILL}),
        }


@dataclass
class _Links:
    """Writes links to the checked files on one sheet, within Excel's limits."""

    base_dir: Path
    count: int = 0

    def write(
        self, sheet: Any, row: int, col: int, file: str, location: str | None, formats: _Formats
    ) -> None:
        """Write ``file`` as a link to it (and to ``location`` in it, e.g. ``'Sheet'!C7``);
        as plain text when Excel could not hold the link."""
        target = file_link_target(file, self.base_dir)
        url = f"external:{target}" + (f"#{location}" if location else "")
        if len(url) > MAX_LINK_CHARS or self.count >= MAX_LINKS_PER_SHEET or has_control(url):
            # A name with control characters cannot be a link: shown without them.
            check(sheet.write_string(row, col, cell_text(file), formats.text), "nama berkas")
            return
        self.count += 1
        check(sheet.write_url(row, col, url, formats.link, string=file), "tautan berkas")


def file_link_target(file: str, base_dir: Path) -> str:
    """The target of a link from a workbook in ``base_dir`` to ``file``: relative when
    possible, percent-encoded where Excel requires it (spaces, ``#``, ``%`` ...).

    Non-ASCII letters are kept as they are, as Excel itself writes them.
    """
    absolute = os.path.abspath(file)
    try:
        target = os.path.relpath(absolute, base_dir)
    except ValueError:  # on Windows, a file on another drive has no relative path
        target = absolute
    for char, escape in _LINK_ESCAPES:
        target = target.replace(char, escape)
    return target


def row_height(cells: Iterable[tuple[str | None, float]], font_size: float) -> float:
    """The height in points of a row whose wrapped cells hold these (text, column width)
    pairs, at least one line (see :mod:`sopxl.xlsx.textfit`): neither XlsxWriter nor
    LibreOffice's import fits a row to its wrapped text."""
    return fit_height(Cell(text, width, font_size) for text, width in cells)


def cell_location(sheet: str, cell: str) -> str:
    """A link location (``'Uraian Prosedur'!J9``) for a cell of a sheet."""
    quoted = sheet.replace("'", "''")
    return f"'{quoted}'!{cell}"


def _headers(sheet: Any, formats: _Formats, columns: Sequence[tuple[str, float]]) -> None:
    for col, (heading, width) in enumerate(columns):
        check(sheet.write_string(0, col, heading, formats.header), "judul kolom")
        check(sheet.set_column(col, col, width), "lebar kolom")
    check(sheet.set_row(0, 24), "tinggi baris judul")


def _text(sheet: Any, row: int, col: int, value: str | None, fmt: Any) -> None:
    """Text a person wrote (or a message): always a string cell, blank when empty."""
    if value:
        check(sheet.write_string(row, col, value, fmt), "teks")
    else:
        check(sheet.write_blank(row, col, None, fmt), "sel kosong")


def _table_setup(sheet: Any, last_row: int, last_col: int, title: str) -> None:
    """Filters, frozen header and A4 landscape printing with the header on every page."""
    check(sheet.autofilter(0, 0, max(last_row, 0), last_col), "filter")
    sheet.freeze_panes(1, 0)
    print_a4(sheet, landscape=True, repeat=(0, 0), margins=(0.4, 0.4, 0.7, 0.6))
    check(sheet.set_header(f"&L&9&B{TITLE}&R&9{clean(title)}"), "kepala halaman")


def _write_summary(
    sheet: Any, formats: _Formats, reports: Sequence[FileReport], base_dir: Path
) -> None:
    _headers(sheet, formats, SUMMARY_COLUMNS)
    links = _Links(base_dir)
    for index, report in enumerate(reports, start=1):
        row = index
        status = status_of(report)
        ident = report.sop.identity if report.sop is not None else None
        check(sheet.write_number(row, 0, index, formats.number), "No")
        links.write(sheet, row, 1, report.file, None, formats)
        check(sheet.write_string(row, 2, status.label, formats.text), "status")
        check(sheet.write_number(row, 3, report.errors, formats.number), "galat")
        check(sheet.write_number(row, 4, report.warnings, formats.number), "peringatan")
        _text(sheet, row, 5, ident.agency if ident else None, formats.text)
        _text(sheet, row, 6, ident.title if ident else None, formats.text)
        _text(sheet, row, 7, ident.code if ident else None, formats.text)
        texts = (report.file, status.label, None, None, *(_sop_texts(ident)))
        _fit(sheet, row, texts, SUMMARY_COLUMNS[1:])
    last = len(reports)
    if reports:
        for status, fmt in formats.status.items():
            check(
                sheet.conditional_format(
                    1,
                    2,
                    last,
                    2,
                    {"type": "cell", "criteria": "==", "value": f'"{status.label}"', "format": fmt},
                ),
                "warna status",
            )
    _table_setup(sheet, last, len(SUMMARY_COLUMNS) - 1, SHEET_SUMMARY)
    _write_totals(sheet, formats, reports, last + 2)


def _sop_texts(ident: Identity | None) -> tuple[str | None, str | None, str | None]:
    if ident is None:
        return (None, None, None)
    return (ident.agency, ident.title, ident.code)


def _fit(
    sheet: Any, row: int, texts: Sequence[str | None], columns: Sequence[tuple[str, float]]
) -> None:
    """Give ``row`` the height its wrapped ``texts`` need in ``columns``."""
    height = row_height(zip(texts, (width for _, width in columns), strict=True), FONT_SIZE)
    check(sheet.set_row(row, height), "tinggi baris")


def _write_totals(sheet: Any, formats: _Formats, reports: Sequence[FileReport], row: int) -> None:
    """Totals below the table, outside the filter range so filtering never hides them."""
    check(sheet.write_string(row, 1, "Jumlah", formats.total_label), "jumlah")
    check(sheet.write_blank(row, 2, None, formats.total_label), "jumlah")
    check(
        sheet.write_number(row, 3, sum(r.errors for r in reports), formats.total_number), "jumlah"
    )
    check(
        sheet.write_number(row, 4, sum(r.warnings for r in reports), formats.total_number), "jumlah"
    )
    statuses = [status_of(r) for r in reports]
    counts = (
        ("Berkas diperiksa", len(reports)),
        ("Lulus", statuses.count(FileStatus.PASSED)),
        ("Perlu perbaikan", statuses.count(FileStatus.TO_FIX)),
        ("Tidak terbaca", statuses.count(FileStatus.UNREADABLE)),
    )
    for offset, (label, count) in enumerate(counts, start=2):
        check(sheet.write_string(row + offset, 1, label, formats.total_label), "jumlah")
        check(sheet.write_number(row + offset, 2, count, formats.total_number), "jumlah")


def _write_findings(
    sheet: Any, formats: _Formats, reports: Sequence[FileReport], base_dir: Path
) -> None:
    _headers(sheet, formats, FINDINGS_COLUMNS)
    links = _Links(base_dir)
    row = 0
    for report in reports:
        for finding in ordered_findings(report):
            row += 1
            _write_finding_row(sheet, formats, links, row, report, finding)
    last_col = len(FINDINGS_COLUMNS) - 1
    if row:
        # Colour whole rows by the Jenis column, so the colour follows an edited Jenis
        # and survives sorting.
        jenis = refs.column([name for name, _ in FINDINGS_COLUMNS].index("Jenis"))
        for severity, fmt in (
            (Severity.ERROR, formats.error_row),
            (Severity.WARNING, formats.warning_row),
        ):
            check(
                sheet.conditional_format(
                    1,
                    0,
                    row,
                    last_col,
                    {
                        "type": "formula",
                        "criteria": f'=${jenis}2="{severity.value}"',
                        "format": fmt,
                    },
                ),
                "warna jenis",
            )
    _table_setup(sheet, row, last_col, SHEET_FINDINGS)


def _write_finding_row(
    sheet: Any,
    formats: _Formats,
    links: _Links,
    row: int,
    report: FileReport,
    finding: Finding,
) -> None:
    cell = finding.cell
    # The link opens the person's file at the finding's cell (or at the top of its sheet).
    location = cell_location(finding.sheet, cell or "A1") if finding.sheet else None
    check(sheet.write_number(row, 0, row, formats.number), "No")
    links.write(sheet, row, 1, report.file, location, formats)
    _text(sheet, row, 2, finding.sheet, formats.text)
    _text(sheet, row, 3, cell, formats.center)
    check(sheet.write_string(row, 4, finding.code, formats.text), "kode")
    check(sheet.write_string(row, 5, finding.severity.value, formats.center), "jenis")
    check(sheet.write_string(row, 6, finding.reference, formats.text), "dasar")
    check(sheet.write_string(row, 7, finding.message, formats.text), "pesan")
    _text(sheet, row, 8, finding.value, formats.text)
    texts = (
        report.file,
        finding.sheet,
        cell,
        finding.code,
        finding.severity.value,
        finding.reference,
        finding.message,
        finding.value,
    )
    _fit(sheet, row, texts, FINDINGS_COLUMNS[1:])
