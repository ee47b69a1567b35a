"""What an import reports to a person, as lines of text: the terminal of ``sopxl import``
and the koordinator's page of ``sopxl serve`` show the same lines from the same
:class:`~sopxl.register.import_report.ImportReport`."""

from __future__ import annotations

from sopxl.model.severity import Severity
from sopxl.register.import_report import FileResult, ImportReport

OUTCOMES = ("baru", "berubah", "tetap", "ditolak")


def kind_label(result: FileResult) -> str:
    """What the file was taken for (``inventaris judul SOP``, ...), or ``berkas``."""
    return result.label


def file_lines(result: FileResult) -> list[str]:
    """The headline of one file, its title changes (``+`` new, ``~`` changed,
    ``^`` reinstated, ``-`` withdrawn), its findings and its coded copy."""
    agency = f" SKPD {result.agency_code}" if result.agency_code else ""
    summary = f": {result.summary}" if result.summary else ""
    lines = [f"[{result.outcome}] {kind_label(result)}{agency} {result.path}{summary}"]
    for sign, items in (
        ("+", result.new),
        ("~", result.changed),
        ("^", result.reinstated),
        ("-", result.withdrawn),
    ):
        for item in items:
            detail = f" (diubah: {item.detail})" if sign == "~" and item.detail else ""
            lines.append(f"    {sign} {item.code:<20} {item.title}{detail}")
    for found in result.findings:
        where = ""
        if found.sheet:
            where = (
                f"{found.sheet}!{found.cell}"
                if found.cell
                else (f"{found.sheet} baris {found.row}" if found.row else found.sheet)
            )
        severity = "galat" if found.severity is Severity.ERROR else "peringatan"
        lines.append(f"    {severity:<10} {where:<28} {found.code}: {found.message}")
    if result.coded_copy:
        lines.append(f"    Salinan bernomor: {result.coded_copy}")
    return lines


def outcome_counts(report: ImportReport) -> dict[str, int]:
    counts = {name: 0 for name in OUTCOMES}
    for result in report.files:
        counts[result.outcome] = counts.get(result.outcome, 0) + 1
    return counts


def summary_lines(report: ImportReport) -> list[str]:
    """The closing lines: counts per outcome, codes given, the duplicate titles found,
    and whether anything was saved."""
    counts = outcome_counts(report)
    codes = sum(len(r.new) for r in report.files if r.kind == "inventaris")
    lines = [
        f"Ringkasan: {len(report.files)} berkas: {counts['baru']} baru, {counts['berubah']} "
        f"berubah, {counts['tetap']} tetap, {counts['ditolak']} ditolak; {codes} Nomor SOP "
        f"{'akan diberikan' if report.dry_run else 'diberikan'}."
    ]
    lines.extend(duplicate_lines(report))
    if report.dry_run:
        lines.append("Uji coba (--dry-run): tidak ada yang disimpan ke register.")
    elif not report.committed:
        lines.append("Tidak ada perubahan: register tetap seperti semula.")
    return lines


def duplicate_lines(report: ImportReport) -> list[str]:
    """The duplicate titles the import found: counts, then the highest pairs and groups."""
    if not report.duplicates:
        return ["Judul sama/mirip: tidak ada."]
    pairs = report.duplicates - report.duplicate_groups
    lines = [
        f"Judul sama/mirip: {report.duplicates} temuan ({report.duplicate_groups} kelompok "
        f"berisi 3 judul atau lebih, {pairs} pasangan). Yang tertinggi:"
    ]
    for line in report.duplicate_top:
        if line.size:
            group = f"kelompok {line.size} judul: {line.title} ({line.place})"
            lines.append(f"  {line.score:3d}  {group}")
        else:
            lines.append(f"  {line.score:3d}  {line.title} ({line.place})")
            lines.append(f"       ~ {line.other_title} ({line.other_place})")
        lines.append(f"       alasan: {line.reason}")
    lines.append("Daftar lengkap: sopxl export duplicates -o duplikat.xlsx")
    return lines


def report_lines(report: ImportReport) -> list[str]:
    """Every line ``sopxl import`` prints, in order."""
    lines = [line for result in report.files for line in file_lines(result)]
    lines.extend(f"[ditolak] {path}: berkas atau folder tidak ada." for path in report.missing)
    lines.extend(summary_lines(report))
    return lines
