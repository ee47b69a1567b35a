"""``sopxl import``: load organisation masters, inventories and SOP forms into the register.

Decisions (see docs/register.md):
- Each file is checked first; a file with a galat is refused whole, with its findings, and
  the other files go in. A refused file writes nothing.
- The whole batch is one transaction. A crash or Ctrl-C half-way leaves the register as it
  was; a file that trips over a bug of ours is undone alone and refused, so one bad file
  never stops the batch (``Session.begin_file``: an inventory keeps its writes until its
  apply is done, other kinds write under a savepoint).
- A batch that would change nothing (the same content again) is rolled back, so the
  register stays byte-for-byte the same; ``--dry-run`` always rolls back.
- Files are applied in a fixed order (organisation masters, then inventories by SKPD code,
  then SOP forms, each by path), so the same input always gives the same codes.
- Two imports at once: SQLite takes the write lock at BEGIN (the second waits); on other
  databases a clash on a unique code makes the batch retry from the start.
"""

from __future__ import annotations

import hashlib
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError

from sopxl.collect import few_collections
from sopxl.findings import Finding, finding
from sopxl.kinds import KINDS, known_kinds, label, recognise
from sopxl.kinds.base import Batch, Context, Kind
from sopxl.reading.grid import UnreadableFile, text_findings
from sopxl.register.apply import CHANGED, NEW, REFUSED, UNCHANGED, ApplyResult, Session, refused
from sopxl.register.dberrors import database_error
from sopxl.register.import_duplicates import TitlePlace, report_duplicates
from sopxl.register.import_log import record_files, write_copies
from sopxl.register.import_report import DuplicateSummary, FileResult, ImportReport
from sopxl.register.store import LOCK_WAIT_SECONDS, Register, Waiting, open_register
from sopxl.register.workspace import Workspace

MAX_ATTEMPTS = 6
_UNKNOWN_RANK = max(kind.rank for kind in KINDS) + 1
"""Files of no known kind (or not read at all) are logged last."""

Progress = Callable[[str, int, int, Path], None]
"""Called with (stage "baca" or "impor", files done, files in all, the file)."""


@dataclass
class Prepared:
    """A file read and checked before the transaction opens (reading is the slow part):
    its kind (``None``: not recognised, or not read at all) and that kind's value."""

    path: Path
    sha256: str
    kind: Kind[Any] | None = None
    value: Any = None
    findings: list[Finding] = field(default_factory=list)
    sort_key: str = ""

    @property
    def stamp(self) -> str | None:
        return self.kind.stamp if self.kind is not None else None

    def order(self) -> tuple[int, str, str]:
        rank = self.kind.rank if self.kind is not None else _UNKNOWN_RANK
        return (rank, self.sort_key, str(self.path))

    def title_place(self) -> TitlePlace | None:
        if self.kind is None or self.value is None:
            return None
        place = self.kind.title_place(self.value)
        return None if place is None else TitlePlace(str(self.path), *place)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return ""
    return digest.hexdigest()


def _prepare(path: Path, context: Context) -> Prepared:
    try:
        return _read(path, context)
    except Exception as error:  # a bug of ours must not stop the batch: say so, go on
        from sopxl.checking.run import internal_error_finding

        return Prepared(path, "", findings=[internal_error_finding(str(path), error)])


def _read(path: Path, context: Context) -> Prepared:
    from sopxl.reading.loading.files import load_workbook_data

    file = str(path)
    prepared = Prepared(path, _sha256(path))
    try:
        data = load_workbook_data(path)
    except UnreadableFile as error:
        prepared.findings.append(
            replace(finding(error.code, file), params=tuple(sorted(error.params.items())))
        )
        return prepared
    kind = prepared.kind = recognise(data)
    if kind is None:
        # What it holds is said even so (a control character, a text over Excel's limit).
        prepared.findings.extend(text_findings(data, file))
        prepared.findings.append(finding("IMPORT_KIND_UNKNOWN", file, kinds=known_kinds()))
        return prepared
    version = kind.future_version(data)
    if version is not None:
        prepared.findings.append(
            finding(
                "IMPORT_KIND_FUTURE", file, kind=kind.stamp, version=version, expected=kind.version
            )
        )
        return prepared
    read = kind.read(path, data, context)
    prepared.value, prepared.sort_key = read.value, read.sort_key
    prepared.findings.extend(read.findings)
    if read.value is not None:
        prepared.findings.extend(kind.check(read.value, file, context))
    return prepared


@few_collections()
def import_paths(
    workspace: Workspace,
    paths: Sequence[Path],
    *,
    dry_run: bool = False,
    copies_dir: Path | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
    waiting: Waiting | None = None,
    max_wait: float = LOCK_WAIT_SECONDS,
) -> ImportReport:
    """Import every workbook under ``paths`` into the workspace's register.

    Writes a coded copy of each accepted inventory to ``copies_dir`` (default
    ``<workspace>/hasil/inventaris-bernomor``) unless ``dry_run``. Raises
    :class:`OperationalError` only when the register itself fails (in Indonesian, without
    the URL's password), or when another import holds the register for longer than
    ``max_wait`` seconds (``waiting`` is told while we wait); everything about a file
    becomes a finding of that file.
    """
    from sopxl.reading.loading.files import find_workbooks

    files, missing = find_workbooks(list(paths))
    context = Context(workspace, (now or datetime.now()).date())
    timings: dict[str, float] = {}
    clock = time.perf_counter()
    prepared: list[Prepared] = []
    for index, path in enumerate(files, start=1):
        prepared.append(_prepare(path, context))
        if progress:
            progress("baca", index, len(files), path)
    prepared.sort(key=Prepared.order)
    timings["baca"] = time.perf_counter() - clock
    register = open_register(workspace.db_url)
    url = workspace.db_url
    try:
        for attempt in range(MAX_ATTEMPTS):
            try:
                results, committed, run_id, duplicates = _run(
                    register,
                    workspace,
                    prepared,
                    dry_run,
                    now or datetime.now(),
                    progress,
                    waiting,
                    max_wait,
                    timings,
                )
                break
            except DBAPIError as error:
                if attempt == MAX_ATTEMPTS - 1 or not _retriable(error):
                    raise database_error("Impor gagal", url, error) from error
                # A clash with another import (should the lock not cover it): start again
                # from what the other one wrote.
                if waiting is not None:
                    waiting(0.0)
                time.sleep(0.05 * 2**attempt + random.random() * 0.05)
        clock = time.perf_counter()
        copies = {} if dry_run else write_copies(register, workspace, results, copies_dir)
        timings["salinan"] = time.perf_counter() - clock
    except SQLAlchemyError as error:
        raise database_error("Impor gagal", url, error) from error
    finally:
        register.close()
    final = tuple(
        _file_result(prep, result, copies.get(id(result)))
        for prep, result in zip(prepared, results, strict=True)
    )
    return ImportReport(
        final,
        tuple(missing),
        dry_run,
        committed,
        run_id,
        duplicates.count,
        duplicates.groups,
        duplicates.top,
        timings,
    )


def _retriable(error: DBAPIError) -> bool:
    if isinstance(error, IntegrityError):
        return True
    text = str(error.orig).lower()
    return any(word in text for word in ("locked", "deadlock", "serializ", "busy"))


def _run(
    register: Register,
    workspace: Workspace,
    prepared: list[Prepared],
    dry_run: bool,
    now: datetime,
    progress: Progress | None,
    waiting: Waiting | None,
    max_wait: float,
    timings: dict[str, float],
) -> tuple[list[ApplyResult], bool, int | None, DuplicateSummary]:
    conn, transaction = register.begin_import(waiting, max_wait)
    clock = time.perf_counter()
    try:
        try:
            session = Session(conn, workspace.code_pattern, now)
            results: list[ApplyResult] = []
            batch = Batch()
            for index, prep in enumerate(prepared, start=1):
                results.append(_apply_one(session, prep, batch))
                if progress:
                    progress("impor", index, len(prepared), prep.path)
            searched = time.perf_counter()
            duplicates = report_duplicates(
                session, [p.title_place() for p in prepared], results, workspace
            )
            timings["duplikat"] = time.perf_counter() - searched
            recorded = record_files(session, prepared, results)
            keep = not dry_run and (session.changed or recorded)
            if keep:
                transaction.commit()
            else:
                transaction.rollback()
            timings["register"] = time.perf_counter() - clock - timings["duplikat"]
            return results, keep, session.run_id if keep else None, duplicates
        except BaseException:
            # Ctrl-C, a crash, a clash with another import: nothing of this batch stays.
            if transaction.is_active:
                transaction.rollback()
            raise
    finally:
        conn.close()


def _apply_one(session: Session, prep: Prepared, batch: Batch) -> ApplyResult:
    file = str(prep.path)
    if refused(prep.findings) or prep.kind is None or prep.value is None:
        return ApplyResult(REFUSED, findings=list(prep.findings))
    # What the file writes is undone when it is refused or trips over a bug of ours
    # (Session.begin_file: a savepoint only when it writes before its apply is done).
    session.begin_file()
    try:
        result = prep.kind.apply(session, prep.value, prep.path, batch)
        result.findings = [*prep.findings, *result.findings]
        session.end_file(keep=result.outcome != REFUSED)
    except SQLAlchemyError:
        raise
    except Exception as error:  # a bug of ours must not stop the batch: say so, go on
        session.end_file(keep=False)
        from sopxl.checking.run import internal_error_finding

        return ApplyResult(REFUSED, findings=[internal_error_finding(file, error)])
    return result


def _file_result(prep: Prepared, result: ApplyResult, copy: Path | None) -> FileResult:
    agency = result.agency_code
    return FileResult(
        path=prep.path,
        kind=prep.stamp,
        label=label(prep.stamp),
        outcome=result.outcome,
        findings=tuple(result.findings),
        agency_code=agency,
        summary=result.summary,
        new=tuple(result.new),
        changed=tuple(result.changed),
        reinstated=tuple(result.reinstated),
        withdrawn=tuple(result.withdrawn),
        unchanged=result.unchanged,
        coded_copy=copy,
    )


__all__ = [
    "CHANGED",
    "NEW",
    "REFUSED",
    "UNCHANGED",
    "FileResult",
    "ImportReport",
    "import_paths",
]
