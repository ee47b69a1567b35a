"""Checking files and batches: load, read by label, apply the rules, collect findings.

This is the library behind ``sopxl check``. It prints nothing; progress is reported
through a callback. One bad file never stops a batch: whatever goes wrong with a file
becomes a finding of that file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sopxl.checking.config import CheckConfig
from sopxl.collect import few_collections
from sopxl.exitcodes import INTERNAL
from sopxl.findings import FileReport, Finding, finding
from sopxl.forms import sop_spec as spec
from sopxl.model.severity import Severity

Progress = Callable[[int, int, Path], None]
"""Called after each file with (files done, files in all, the file just checked)."""


_FORM_SHEETS = (spec.SHEET_IDENTITY, spec.SHEET_PROCEDURE)
"""The sheets :func:`~sopxl.reading.sop.reader.read_sop` looks up first, by name."""


def check_file(path: Path, config: CheckConfig | None = None) -> FileReport:
    """Check one file. Never raises for anything about the file itself."""
    config = config or CheckConfig()
    from sopxl.checking.rules import check_sop
    from sopxl.reading.grid import UnreadableFile, text_findings
    from sopxl.reading.loading.files import load_workbook_data
    from sopxl.reading.sop.reader import read_sop

    file = str(path)
    try:
        # Lazy: only the sheets the reader asks for are read (each still guarded first),
        # and the two it always asks for first are handed to calamine already inflated.
        data = load_workbook_data(path, lazy=True, first=_FORM_SHEETS)
        reading = read_sop(data)
        # Decided after reading: the sheets read are then loaded already.
        if not data.has_values():
            raise UnreadableFile("FILE_EMPTY")
    except UnreadableFile as error:
        unreadable = Finding(error.code, file, params=tuple(sorted(error.params.items())))
        return FileReport(file, (unreadable,), readable=False)
    except Exception as error:  # a bug of ours must not stop the batch: say so, go on
        return _internal_error(file, error)
    try:
        read_findings = (*text_findings(data, file), *reading.findings)
        if reading.sop is None:
            return FileReport(file, read_findings, readable=True)
        rule_findings = check_sop(
            reading.sop, reading.sources, file, config, already=reading.findings
        )
    except Exception as error:  # a bug of ours must not stop the batch: say so, go on
        return _internal_error(file, error)
    return FileReport(
        file,
        (*read_findings, *rule_findings),
        readable=True,
        sop=reading.sop,
        sources=reading.sources,
        form_size=reading.form_size,
    )


def _check_file_without_sop(path: Path, config: CheckConfig) -> FileReport:
    """:func:`check_file` for a caller with no use for the SOP read: a worker's report
    then travels light (a pickled SOP is ~50 times larger than the check's findings)."""
    return replace(check_file(path, config), sop=None, sources=None)


def _internal_error(file: str, error: Exception) -> FileReport:
    return FileReport(file, (internal_error_finding(file, error),), readable=False)


def internal_error_finding(file: str, error: BaseException) -> Finding:
    """The finding of a bug of sopxl met while working on ``file`` (never the file's fault:
    exit code 5, not 3)."""
    from sopxl.text import for_terminal

    detail = for_terminal(f"{type(error).__name__}: {error}")[:300]
    return finding("INTERNAL_ERROR", file, detail=detail)


@dataclass(frozen=True)
class CheckRun:
    """The result of checking a batch: one report per file found, in path order, and the
    paths given that do not exist."""

    reports: tuple[FileReport, ...]
    missing: tuple[Path, ...] = ()

    @property
    def exit_code(self) -> int:
        """The exit code of :mod:`sopxl.exitcodes`: 0 no galat, 1 galat found, 3 a file
        could not be read at all (or was missing), 5 sopxl failed on a file (a bug)."""
        if any(f.code == "INTERNAL_ERROR" for r in self.reports for f in r.findings):
            return INTERNAL
        if self.missing or any(not report.readable for report in self.reports):
            return 3
        if any(f.severity is Severity.ERROR for r in self.reports for f in r.findings):
            return 1
        return 0


def check_paths(
    paths: Sequence[Path],
    config: CheckConfig | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
    *,
    keep_sop: bool = True,
) -> CheckRun:
    """Check every workbook found under ``paths`` with ``jobs`` processes.

    Without ``keep_sop`` the reports may come back without their :attr:`FileReport.sop`
    (the findings are the same): worth it with several processes when only findings are
    needed (``--json``, the summary), not the SOP (the findings workbook, returned copies).
    """
    config = config or CheckConfig()
    from sopxl.reading.loading.files import find_workbooks

    files, missing = find_workbooks(paths)
    with few_collections():
        reports = _check_all(files, config, jobs, progress, keep_sop)
    return CheckRun(tuple(reports), tuple(missing))


def _check_all(
    files: Sequence[Path],
    config: CheckConfig,
    jobs: int,
    progress: Progress | None,
    keep_sop: bool,
) -> list[FileReport]:
    reports: list[FileReport] = []
    total = len(files)
    if jobs <= 1 or total < 2:
        # Without keep_sop, no SOP outlives its check: a thousand SOPs kept to the end are
        # some 300,000 objects that every full garbage collection walks, for nothing.
        work = check_file if keep_sop else _check_file_without_sop
        for path in files:
            reports.append(work(path, config))
            if progress:
                progress(len(reports), total, path)
    else:
        # Imported only here: multiprocessing costs a single-process check's start-up.
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            submitted = [
                (chunk, pool.submit(_check_chunk, chunk, config, keep_sop))
                for chunk in _chunks(files, jobs)
            ]
            for chunk, future in submitted:
                for path, report in zip(chunk, future.result(), strict=True):
                    reports.append(report)
                    if progress:
                        progress(len(reports), total, path)
    return reports


_LARGEST_CHUNK = 32
"""Files a worker takes at a time at most: fewer round trips to the parent."""


def _chunks(files: Sequence[Path], jobs: int) -> Iterator[Sequence[Path]]:
    """``files`` in consecutive chunks that shrink towards the end (guided scheduling):
    large while much is left, so the workers seldom wait on the parent, then down to one
    file, so the workers finish together instead of one checking a last large chunk alone
    while the other idles (~3 % of ``sopxl check -j 2`` on 1,000 forms)."""
    start = 0
    while start < len(files):
        size = max(1, min(_LARGEST_CHUNK, (len(files) - start) // (jobs * 4)))
        yield files[start : start + size]
        start += size


def _check_chunk(paths: Sequence[Path], config: CheckConfig, keep_sop: bool) -> list[FileReport]:
    """Check ``paths`` in a worker process, in order."""
    work = check_file if keep_sop else _check_file_without_sop
    return [work(path, config) for path in paths]
