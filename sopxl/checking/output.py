"""What ``sopxl check`` tells a person on the terminal and a program through ``--json``.

Everything here works from :class:`~sopxl.findings.FileReport` values only and returns
values; nothing is printed. The order of files is the caller's (``sopxl check`` sorts
them); the order of findings within a file is fixed by :func:`ordered_findings`, which the
findings workbook and the returned copies use too, so a finding has the same number
everywhere. The JSON schema is documented in ``docs/check-json.md``.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from sopxl.findings import FileReport, Finding
from sopxl.forms import sop_spec as spec
from sopxl.model.severity import Severity

JSON_SCHEMA = "sopxl.check/1"
"""Version of the ``--json`` document. Within version 1 keys are only ever added."""

FINDING_KEYS = (
    "file",
    "sheet",
    "cell",
    "row",
    "column",
    "code",
    "severity",
    "reference",
    "message",
    "value",
)
"""The keys of one finding object of the JSON document, in the order they are emitted."""

FILE_KEYS = ("file", "status", "galat", "peringatan")
"""The keys of one file object of the JSON document, in the order they are emitted."""

# The form's own sheets in the order a person reads them; other sheet names follow,
# alphabetically. File-level findings (no sheet) come first.
_SHEET_ORDER = (spec.SHEET_TITLE, spec.SHEET_IDENTITY, spec.SHEET_PROCEDURE, spec.SHEET_GUIDE)


class FileStatus(enum.Enum):
    """The verdict on one checked file. The value is what ``--json`` emits."""

    PASSED = "lulus"
    TO_FIX = "perlu_perbaikan"
    UNREADABLE = "tidak_terbaca"

    @property
    def label(self) -> str:
        """The word a person reads (terminal, findings workbook, returned copy)."""
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    FileStatus.PASSED: "LULUS",
    FileStatus.TO_FIX: "PERLU PERBAIKAN",
    FileStatus.UNREADABLE: "TIDAK TERBACA",
}

SEVERITY_LABELS = {Severity.ERROR: "Galat", Severity.WARNING: "Peringatan"}
"""Capitalised severity words for the start of a sentence or a cell."""


def status_of(report: FileReport) -> FileStatus:
    """TIDAK TERBACA when the file could not be read at all; otherwise PERLU PERBAIKAN when
    it has at least one galat, else LULUS (peringatan alone do not block)."""
    if not report.readable:
        return FileStatus.UNREADABLE
    if report.errors:
        return FileStatus.TO_FIX
    return FileStatus.PASSED


def _sheet_rank(sheet: str | None) -> tuple[int, str]:
    if sheet is None:
        return (0, "")
    if sheet in _SHEET_ORDER:
        return (1 + _SHEET_ORDER.index(sheet), "")
    return (1 + len(_SHEET_ORDER), sheet.casefold())


def ordered_findings(report: FileReport) -> list[Finding]:
    """The report's findings in reading order: file-level first, then sheet by sheet (the
    form's sheets in their order, others by name), top to bottom, left to right.

    Findings at the same place keep the order they were produced in (the sort is stable),
    so the result is deterministic whenever the checker is.
    """
    return sorted(
        report.findings,
        key=lambda f: (*_sheet_rank(f.sheet), f.row or 0, f.column or 0),
    )


def summary_lines(reports: Sequence[FileReport]) -> list[str]:
    """Lines for the terminal: one per file (status, galat and peringatan counts), then
    the totals. An unreadable file's line also says why, since no other output will.
    """
    if not reports:
        return ["Tidak ada berkas yang diperiksa."]
    width = min(max(len(r.file) for r in reports), 60)
    status_width = max(len(s.label) for s in FileStatus)
    lines = []
    for report in reports:
        status = status_of(report)
        line = (
            f"{report.file:<{width}}  {status.label:<{status_width}}  "
            f"{report.errors} galat, {report.warnings} peringatan"
        )
        if status is FileStatus.UNREADABLE and report.findings:
            line += f" — {ordered_findings(report)[0].message}"
        lines.append(line.rstrip())
    counts = {status: 0 for status in FileStatus}
    for report in reports:
        counts[status_of(report)] += 1
    errors = sum(r.errors for r in reports)
    warnings = sum(r.warnings for r in reports)
    lines.append("")
    lines.append(
        f"Diperiksa {len(reports)} berkas: {counts[FileStatus.PASSED]} lulus, "
        f"{counts[FileStatus.TO_FIX]} perlu perbaikan, "
        f"{counts[FileStatus.UNREADABLE]} tidak terbaca."
    )
    lines.append(f"Jumlah temuan: {errors} galat, {warnings} peringatan.")
    return lines


DETAIL_LIMIT = 20
"""Findings listed per file on the terminal before "... dan N temuan lain"."""


def by_importance(report: FileReport) -> list[Finding]:
    """The report's findings, galat before peringatan, each in reading order."""
    ordered = ordered_findings(report)
    return sorted(ordered, key=lambda f: f.severity is not Severity.ERROR)


def finding_line(item: Finding) -> str:
    """One finding as a person reads it: ``Lembar!Sel  galat  KODE  pesan``."""
    if item.cell and item.sheet:
        place = f"{item.sheet}!{item.cell}"
    elif item.sheet:
        place = item.sheet
    else:
        place = "(berkas)"
    return f"{place}  {item.severity.value}  {item.code}  {item.message}"


def detail_lines(reports: Sequence[FileReport], limit: int = DETAIL_LIMIT) -> list[str]:
    """Lines for the terminal: each file's line of :func:`summary_lines`, then its
    findings (galat first, then peringatan, each in reading order) indented below it, at
    most ``limit`` per file and then "... dan N temuan lain — lihat --report"; then the
    totals."""
    if not reports:
        return summary_lines(reports)
    summary = summary_lines(reports)
    heads, totals = summary[: len(reports)], summary[len(reports) :]
    lines: list[str] = []
    for head, report in zip(heads, reports, strict=True):
        lines.append(head)
        if not report.readable:
            continue  # its one line already says why
        findings = by_importance(report)
        lines.extend(f"  {finding_line(item)}" for item in findings[:limit])
        if len(findings) > limit:
            lines.append(f"  ... dan {len(findings) - limit} temuan lain — lihat --report")
    return lines + totals


def finding_json(report: FileReport, finding: Finding) -> dict[str, Any]:
    """One finding as a JSON object with exactly :data:`FINDING_KEYS`.

    ``file`` is the report's file, so it always matches an entry of ``files``.
    """
    return {
        "file": report.file,
        "sheet": finding.sheet,
        "cell": finding.cell,
        "row": finding.row,
        "column": finding.column,
        "code": finding.code,
        "severity": finding.severity.value,
        "reference": finding.reference,
        "message": finding.message,
        "value": finding.value,
    }


def findings_json(reports: Sequence[FileReport]) -> dict[str, Any]:
    """The ``--json`` document: ``{"schema", "files", "findings"}`` (see
    ``docs/check-json.md``). Only JSON types are used, so ``json.dumps`` needs no help."""
    files = [
        {
            "file": report.file,
            "status": status_of(report).value,
            "galat": report.errors,
            "peringatan": report.warnings,
        }
        for report in reports
    ]
    findings = [
        finding_json(report, finding) for report in reports for finding in ordered_findings(report)
    ]
    return {"schema": JSON_SCHEMA, "files": files, "findings": findings}
