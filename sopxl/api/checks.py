"""``check``: verify filled SOP forms against Perbup Kukar 57/2012 (Pasal 12)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sopxl.api.result import Result
from sopxl.errors import UsageError, reason
from sopxl.exitcodes import NOT_WRITTEN
from sopxl.findings import FileReport
from sopxl.xlsx.save import OutputNotWritten

Progress = Callable[[int, int, Path], None]
"""Called as ``progress(done, total, path)`` while files are worked through."""


@dataclass(frozen=True)
class CheckResult(Result):
    """A :class:`Result` with the report of every file checked, in order."""

    reports: tuple[FileReport, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The ``--json`` document of ``docs/check-json.md``, derived from the reports."""
        from sopxl.checking.output import findings_json

        return findings_json(self.reports)


def check_files(
    paths: Sequence[Path],
    *,
    profile: str = "perbup",
    code_pattern: str | None = None,
    brief: bool = False,
    jobs: int = 1,
    report_path: Path | None = None,
    return_dir: Path | None = None,
    progress: Progress | None = None,
) -> CheckResult:
    """Check every SOP form in ``paths`` (files, or folders searched for .xlsx, .xlsm and
    .ods). With ``report_path`` also write the findings workbook for the koordinator;
    with ``return_dir`` a marked-up copy of each form to send back (existing files are
    never overwritten). ``brief`` gives one line per file instead of every finding.

    Raises :class:`~sopxl.errors.UsageError` for a bad pattern, an output that is not a
    folder, or no form at all. An output that cannot be written is a note and exit
    code 4; the findings are still in the result.
    """
    from sopxl.checking.config import DEFAULT_CODE_PATTERN, CheckConfig
    from sopxl.checking.output import detail_lines, summary_lines
    from sopxl.checking.run import check_paths

    if code_pattern is not None:
        try:
            re.compile(code_pattern)
        except re.error as error:
            raise UsageError(
                f"--pola-nomor bukan ekspresi reguler yang sah: {reason(error)}"
            ) from error
    config = CheckConfig(
        code_pattern=code_pattern or DEFAULT_CODE_PATTERN,
        code_example=code_pattern or CheckConfig().code_example,
        profile=profile,
    )
    for target in (report_path.parent if report_path else None, return_dir):
        if target is not None and target.exists() and not target.is_dir():
            raise UsageError(f"{target} bukan folder.")

    # Only the findings workbook and the returned copies need each SOP read back.
    keep_sop = report_path is not None or return_dir is not None
    run = check_paths(list(paths), config, jobs=jobs, progress=progress, keep_sop=keep_sop)
    if not run.reports and not run.missing:
        raise UsageError(
            "Tidak ada berkas .xlsx, .xlsm atau .ods di " + ", ".join(str(p) for p in paths) + "."
        )
    notes = [f"Galat: {missing} tidak ditemukan." for missing in run.missing]
    lines = summary_lines(run.reports) if brief else detail_lines(run.reports)
    written: list[Path] = []
    exit_code = run.exit_code
    try:
        if report_path is not None:
            from sopxl.checking.report import write_findings_report

            report_path.parent.mkdir(parents=True, exist_ok=True)
            write_findings_report(run.reports, report_path)
            written.append(report_path)
            lines.append(f"Laporan temuan ditulis ke {report_path}")
        if return_dir is not None:
            from sopxl.checking.returned import write_returned_copies

            return_dir.mkdir(parents=True, exist_ok=True)
            copies = write_returned_copies(run.reports, return_dir, roots=list(paths))
            made = [copy for copy in copies if copy is not None and copy.is_file()]
            written.extend(made)
            lines.append(f"{len(made)} salinan untuk dikirim kembali ditulis ke {return_dir}")
    except OutputNotWritten as error:  # the findings are still shown; the output failed
        notes.append(f"Galat: {error}")
        exit_code = NOT_WRITTEN
    except OSError as error:  # a folder that cannot be made
        notes.append(f"Galat: Tidak dapat menulis keluaran: {reason(error)}")
        exit_code = NOT_WRITTEN
    return CheckResult(
        exit_code=exit_code,
        lines=tuple(lines),
        notes=tuple(notes),
        written=tuple(written),
        reports=run.reports,
    )
