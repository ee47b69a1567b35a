"""The findings workbook of ``sopxl check --report``, for the koordinator.

Two sheets: "Ringkasan" (one row per file: status and counts, with the SOP's SKPD, name
and number when the file could be read) and "Temuan" (one row per finding). Each file
name links to the file itself, and on "Temuan" to the very cell of the finding, so the
koordinator can jump from a row to the person's workbook. Both tables have filters, a
frozen header and print on A4 landscape with the header repeated.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from sopxl.checking.output import FileStatus, ordered_findings, status_of
from sopxl.findings import FileReport, Finding
from sopxl.model.severity import Severity
from sopxl.text import clean
from sopxl.xlsx import refs
from sopxl.xlsx.save import save_workbook
from sopxl.xlsx.tables import Col, Highlight, Link, TableFormats, write_table
from sopxl.xlsx.workbook import check, check_output_file, open_workbook, stamp_names

KIND = "laporan-pemeriksaan"
VERSION = "1"
TITLE = "Laporan Pemeriksaan Formulir SOP"

SHEET_SUMMARY = "Ringkasan"
SHEET_FINDINGS = "Temuan"

SUMMARY_COLUMNS = (
    Col("", "No", 5, "number"),
    Col("file", "Berkas", 40),
    Col("status", "Status", 18),
    Col("errors", "Galat", 7, "int"),
    Col("warnings", "Peringatan", 11, "int"),
    Col("agency", "SKPD", 30),
    Col("title", "Nama SOP", 36),
    Col("code", "Nomor SOP", 15),
)
FINDINGS_COLUMNS = (
    Col("", "No", 5, "number"),
    Col("file", "Berkas", 28),
    Col("sheet", "Lembar", 14),
    Col("cell", "Sel", 6, center=True),
    Col("code", "Kode", 22),
    Col("severity", "Jenis", 11, center=True),
    Col("reference", "Dasar (Pasal)", 24),
    Col("message", "Pesan", 55),
    Col("value", "Nilai", 20),
)

ERROR_FILL = "#F8CBAD"
WARNING_FILL = "#FFE699"
PASSED_FILL = "#C6EFCE"
UNREADABLE_FILL = "#D9D9D9"

STATUS_FILLS = {
    FileStatus.PASSED: PASSED_FILL,
    FileStatus.TO_FIX: ERROR_FILL,
    FileStatus.UNREADABLE: UNREADABLE_FILL,
}
SEVERITY_FILLS = {Severity.ERROR: ERROR_FILL, Severity.WARNING: WARNING_FILL}
MARGINS = (0.4, 0.4, 0.7, 0.6)

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
    formats = TableFormats(workbook)
    summary = workbook.add_worksheet(SHEET_SUMMARY)
    findings = workbook.add_worksheet(SHEET_FINDINGS)
    _write_summary(summary, formats, reports, base_dir)
    _write_findings(findings, formats, reports, base_dir)
    summary.activate()
    stamp_names(workbook, KIND, VERSION)
    save_workbook(workbook)


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


def _file_link(file: str, base_dir: Path, location: str | None = None) -> Link:
    """``file`` as a link to it (and to ``location`` in it, e.g. ``'Sheet'!C7``)."""
    url = f"external:{file_link_target(file, base_dir)}" + (f"#{location}" if location else "")
    return Link(file, url)


def _table(
    sheet: Any,
    formats: TableFormats,
    rows: Sequence[Mapping[str, object]],
    columns: Sequence[Col],
    **how: Any,
) -> int:
    """One sheet's table: header on the first row, filters, frozen header, A4 landscape
    with the header on every page and the report's title in the page header; the last
    data row."""
    _, last = write_table(sheet, formats, rows, columns, None, header_row=0, margins=MARGINS, **how)
    check(sheet.set_header(f"&L&9&B{TITLE}&R&9{clean(sheet.name)}"), "kepala halaman")
    return last


def _write_summary(
    sheet: Any, formats: TableFormats, reports: Sequence[FileReport], base_dir: Path
) -> None:
    rows = []
    for report in reports:
        ident = report.sop.identity if report.sop is not None else None
        rows.append(
            {
                "file": _file_link(report.file, base_dir),
                "status": status_of(report).label,
                "errors": report.errors,
                "warnings": report.warnings,
                "agency": ident.agency if ident else None,
                "title": ident.title if ident else None,
                "code": ident.code if ident else None,
            }
        )
    last = _table(
        sheet,
        formats,
        rows,
        SUMMARY_COLUMNS,
        total="Jumlah",
        highlights=[
            Highlight("status", status.label, fill, whole_row=False)
            for status, fill in STATUS_FILLS.items()
        ],
    )
    # The counts by status, below the total row and outside the filter range.
    statuses = [status_of(r) for r in reports]
    counts = (
        ("Berkas diperiksa", len(reports)),
        ("Lulus", statuses.count(FileStatus.PASSED)),
        ("Perlu perbaikan", statuses.count(FileStatus.TO_FIX)),
        ("Tidak terbaca", statuses.count(FileStatus.UNREADABLE)),
    )
    for row, (label, count) in enumerate(counts, start=max(last, 0) + 3):
        check(sheet.write_string(row, 1, label, formats.label), "jumlah")
        check(sheet.write_number(row, 2, count, formats.total), "jumlah")


def _write_findings(
    sheet: Any, formats: TableFormats, reports: Sequence[FileReport], base_dir: Path
) -> None:
    rows = [
        _finding_row(report, finding, base_dir)
        for report in reports
        for finding in ordered_findings(report)
    ]
    # Whole rows coloured by the Jenis column, so the colour follows an edited Jenis and
    # survives sorting.
    highlights = [Highlight("severity", s.value, fill) for s, fill in SEVERITY_FILLS.items()]
    _table(sheet, formats, rows, FINDINGS_COLUMNS, highlights=highlights)


def _finding_row(report: FileReport, finding: Finding, base_dir: Path) -> dict[str, object]:
    cell = finding.cell
    # The link opens the person's file at the finding's cell (or at the top of its sheet).
    location = refs.on_sheet(finding.sheet, cell or "A1") if finding.sheet else None
    return {
        "file": _file_link(report.file, base_dir, location),
        "sheet": finding.sheet,
        "cell": cell,
        "code": finding.code,
        "severity": finding.severity.value,
        "reference": finding.reference,
        "message": finding.message,
        "value": finding.value,
    }
