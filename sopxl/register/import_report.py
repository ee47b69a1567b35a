"""What ``sopxl import`` reports: per file, and for the batch."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sopxl.findings import Finding
from sopxl.model.severity import Severity
from sopxl.register.apply import REFUSED, TitleChange

MAX_DUPLICATES_PRINTED = 5
"""The duplicate findings printed after an import (the full list: ``sopxl export
duplicates``)."""


@dataclass(frozen=True)
class FileResult:
    """What the import did with one file. ``outcome``: baru, berubah, tetap or ditolak."""

    path: Path
    kind: str | None
    outcome: str
    label: str = "berkas"
    """What the file was taken for (its kind's label: ``inventaris judul SOP``, ...)."""
    findings: tuple[Finding, ...] = ()
    agency_code: str = ""
    summary: str = ""
    new: tuple[TitleChange, ...] = ()
    changed: tuple[TitleChange, ...] = ()
    reinstated: tuple[TitleChange, ...] = ()
    withdrawn: tuple[TitleChange, ...] = ()
    unchanged: int = 0
    coded_copy: Path | None = None

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.ERROR)


@dataclass(frozen=True)
class DuplicateLine:
    """One duplicate finding printed after an import: two titles with their places, or
    the first title of a group of ``size`` titles."""

    score: int
    title: str
    place: str
    other_title: str
    other_place: str
    size: int
    reason: str


@dataclass(frozen=True)
class DuplicateSummary:
    """The duplicate groups and pairs involving a batch: how many, and the top few."""

    count: int = 0
    groups: int = 0
    top: tuple[DuplicateLine, ...] = ()


@dataclass(frozen=True)
class ImportReport:
    """The result of one ``sopxl import``. ``committed`` is false for a dry run and for a
    batch that changed nothing."""

    files: tuple[FileResult, ...]
    missing: tuple[Path, ...] = ()
    dry_run: bool = False
    committed: bool = False
    run_id: int | None = None
    duplicates: int = 0
    duplicate_groups: int = 0
    duplicate_top: tuple[DuplicateLine, ...] = ()
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds spent per stage: baca, register, duplikat, salinan (for benchmarks)."""

    @property
    def refused(self) -> tuple[FileResult, ...]:
        return tuple(f for f in self.files if f.outcome == REFUSED)

    @property
    def unreadable(self) -> tuple[FileResult, ...]:
        """The files that could not be read at all (also among :attr:`refused`)."""
        from sopxl.messages.files import UNREADABLE_CODES

        return tuple(r for r in self.files if any(f.code in UNREADABLE_CODES for f in r.findings))

    @property
    def exit_code(self) -> int:
        """0 all files went in, 1 some were refused, 3 a path given does not exist or a file
        could not be read at all (before 1: the batch has input to fix first), 5 sopxl
        failed on a file (a bug; see :mod:`sopxl.exitcodes`)."""
        if any(f.code == "INTERNAL_ERROR" for r in self.files for f in r.findings):
            return 5
        if self.missing or self.unreadable:
            return 3
        return 1 if self.refused else 0
