"""``sopxl import``: load organisation masters, inventories and SOP forms into the register.

Decisions (see docs/register.md):
- Each file is checked first; a file with a galat is refused whole, with its findings, and
  the other files go in. A refused file writes nothing.
- The whole batch is one transaction. A crash or Ctrl-C half-way leaves the register as it
  was; a file that trips over a bug of ours is rolled back alone (a savepoint) and
  refused, so one bad file never stops the batch.
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
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError

from sopxl.errors import OperationalError, reason
from sopxl.findings import FileReport, Finding
from sopxl.forms import inventory_spec as inv_spec
from sopxl.forms import lifecycle_spec, org_spec
from sopxl.model.inventory import InventoryEntry
from sopxl.model.organisation import OrgMaster
from sopxl.model.severity import Severity
from sopxl.reading.grid import UnreadableFile, WorkbookData
from sopxl.register import schema as s
from sopxl.register.apply import (
    CHANGED,
    NEW,
    REFUSED,
    UNCHANGED,
    ApplyResult,
    Session,
    TitleChange,
    apply_org_master,
    apply_sop_form,
    refused,
)
from sopxl.register.batch import insert_many
from sopxl.register.dberrors import database_error
from sopxl.register.inventory_apply import apply_inventory, validate_inventory
from sopxl.register.lengths import inventory_lengths, org_lengths
from sopxl.register.readers import (
    KIND_INVENTORY,
    KIND_ORG,
    KIND_SOP,
    InventoryReading,
    make_finding,
    read_inventory,
    read_org_master,
    recognise,
)
from sopxl.register.store import (
    LOCK_WAIT_SECONDS,
    Register,
    Waiting,
    inventory_frame,
    open_register,
)
from sopxl.register.workspace import Workspace

if TYPE_CHECKING:
    from sopxl.lifecycle.reader import LifecycleReading

MAX_ATTEMPTS = 6
MAX_DUPLICATES_SHOWN = 3
MAX_DUPLICATES_PRINTED = 5
"""Per title, the closest overlapping titles reported by an import."""
COPIES_FOLDER = "inventaris-bernomor"
KIND_LABELS = {
    KIND_ORG: "master organisasi",
    KIND_INVENTORY: "inventaris judul SOP",
    KIND_SOP: "formulir SOP",
    lifecycle_spec.STATUS.kind: "Status SOP",
    lifecycle_spec.MONITORING.kind: "formulir monitoring SOP",
    lifecycle_spec.EVALUATION.kind: "formulir evaluasi SOP",
    lifecycle_spec.SUPERVISION.kind: "laporan pengawasan SOP",
}

Progress = Callable[[str, int, int, Path], None]
"""Called with (stage "baca" or "impor", files done, files in all, the file)."""


@dataclass(frozen=True)
class FileResult:
    """What the import did with one file. ``outcome``: baru, berubah, tetap or ditolak."""

    path: Path
    kind: str | None
    outcome: str
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


@dataclass
class _Prepared:
    """A file read and parsed before the transaction opens (reading is the slow part)."""

    path: Path
    sha256: str
    kind: str | None
    findings: list[Finding] = field(default_factory=list)
    data: WorkbookData | None = None
    org: OrgMaster | None = None
    inventory: InventoryReading | None = None
    sop: FileReport | None = None
    lifecycle: LifecycleReading | None = None

    def order(self) -> tuple[int, str, str]:
        # Status SOP forms go before the other lifecycle forms, so that monitoring,
        # evaluation and supervision of the same batch see the SOPs it enacts.
        rank = {
            KIND_ORG: 0,
            KIND_INVENTORY: 1,
            KIND_SOP: 2,
            lifecycle_spec.STATUS.kind: 3,
        }.get(self.kind or "", 4 if self.kind in lifecycle_spec.BY_KIND else 5)
        agency = ""
        if self.inventory is not None and self.inventory.inventory is not None:
            agency = self.inventory.inventory.agency_code
        if self.lifecycle is not None and self.lifecycle.period is not None:
            agency = f"{self.lifecycle.period.key}/{self.lifecycle.agency_code}"
        return (rank, agency, str(self.path))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return ""
    return digest.hexdigest()


def _prepare(path: Path, workspace: Workspace, today: date) -> _Prepared:
    try:
        return _read(path, workspace, today)
    except Exception as error:  # a bug of ours must not stop the batch: say so, go on
        from sopxl.checking.run import internal_error_finding

        prepared = _Prepared(path, "", None)
        prepared.findings.append(internal_error_finding(str(path), error))
        return prepared


def _read(path: Path, workspace: Workspace, today: date) -> _Prepared:
    from sopxl.reading.files import load_workbook_data
    from sopxl.reading.grid import text_findings

    file = str(path)
    prepared = _Prepared(path, _sha256(path), None)
    try:
        data = load_workbook_data(path)
    except UnreadableFile as error:
        prepared.findings.append(
            replace(make_finding(error.code, file), params=tuple(sorted(error.params.items())))
        )
        return prepared
    prepared.data = data
    prepared.kind = recognise(data)
    known = {
        KIND_ORG: org_spec.VERSION,
        KIND_INVENTORY: inv_spec.VERSION,
        **{kind: lifecycle_spec.VERSION for kind in lifecycle_spec.BY_KIND},
    }.get(prepared.kind or "")
    version = data.stamp.get("sopxl_version", "")
    if known and version.isdigit() and int(version) > int(known):
        prepared.findings.append(
            make_finding(
                "IMPORT_KIND_FUTURE", file, kind=prepared.kind, version=version, expected=known
            )
        )
        return prepared
    if prepared.kind != KIND_SOP:  # the SOP check reads the form again and says it itself
        prepared.findings.extend(text_findings(data, file))
    if prepared.kind == KIND_ORG:
        prepared.org, found = read_org_master(data)
        prepared.findings.extend(found)
        if prepared.org is not None:
            prepared.findings.extend(org_lengths(prepared.org, file))
    elif prepared.kind == KIND_INVENTORY:
        prepared.inventory = read_inventory(data)
        prepared.findings.extend(prepared.inventory.findings)
        prepared.findings.extend(inventory_lengths(prepared.inventory, file))
    elif prepared.kind == KIND_SOP:
        from sopxl.checking.run import check_file

        prepared.sop = check_file(path, workspace.check_config())
        prepared.findings.extend(prepared.sop.findings)
    elif prepared.kind in lifecycle_spec.BY_KIND:
        from sopxl.lifecycle.checks import check_reading
        from sopxl.lifecycle.lengths import lifecycle_lengths
        from sopxl.lifecycle.reader import read_lifecycle

        reading = read_lifecycle(data, lifecycle_spec.BY_KIND[prepared.kind])
        prepared.lifecycle = reading
        prepared.findings.extend(reading.findings)
        prepared.findings.extend(check_reading(reading, today))
        prepared.findings.extend(lifecycle_lengths(reading))
    else:
        prepared.findings.append(make_finding("IMPORT_KIND_UNKNOWN", file))
    return prepared


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
    from sopxl.reading.files import find_workbooks

    files, missing = find_workbooks(list(paths))
    today = (now or datetime.now()).date()
    timings: dict[str, float] = {}
    clock = time.perf_counter()
    prepared: list[_Prepared] = []
    for index, path in enumerate(files, start=1):
        prepared.append(_prepare(path, workspace, today))
        if progress:
            progress("baca", index, len(files), path)
    prepared.sort(key=_Prepared.order)
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
        copies = {} if dry_run else _write_copies(register, workspace, results, copies_dir)
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
    prepared: list[_Prepared],
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
            seen: dict[str, str] = {}
            for index, prep in enumerate(prepared, start=1):
                results.append(_apply_one(session, prep, seen))
                if progress:
                    progress("impor", index, len(prepared), prep.path)
            searched = time.perf_counter()
            duplicates = _report_duplicates(session, prepared, results, workspace)
            timings["duplikat"] = time.perf_counter() - searched
            recorded = _record_files(session, prepared, results)
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


def _apply_one(session: Session, prep: _Prepared, seen: dict[str, str]) -> ApplyResult:
    file = str(prep.path)
    if refused(prep.findings) or prep.kind is None:
        return ApplyResult(REFUSED, findings=list(prep.findings))
    savepoint = session.conn.begin_nested()
    try:
        result = _apply_kind(session, prep, seen)
    except SQLAlchemyError:
        raise
    except Exception as error:  # a bug of ours must not stop the batch: say so, go on
        savepoint.rollback()
        session.forget_numbers()
        from sopxl.checking.run import internal_error_finding

        return ApplyResult(REFUSED, findings=[internal_error_finding(file, error)])
    if result.outcome == REFUSED:
        savepoint.rollback()
        session.forget_numbers()
    else:
        savepoint.commit()
    return result


def _apply_kind(session: Session, prep: _Prepared, seen: dict[str, str]) -> ApplyResult:
    file = str(prep.path)
    if prep.kind == KIND_ORG:
        assert prep.org is not None
        result = apply_org_master(session, prep.org)
    elif prep.kind == KIND_INVENTORY:
        assert prep.inventory is not None
        agency, items, found = validate_inventory(session, prep.inventory, file, seen)
        if agency is None or refused(found):
            return ApplyResult(REFUSED, findings=[*prep.findings, *found])
        seen[agency.code] = prep.path.name
        result = apply_inventory(session, agency, items)
        result.findings = [*prep.findings, *found]
        return result
    elif prep.lifecycle is not None:
        from sopxl.lifecycle.apply import apply_lifecycle

        result = apply_lifecycle(session, prep.lifecycle)
    else:
        assert prep.sop is not None and prep.data is not None
        result = apply_sop_form(session, prep.sop, prep.data)
        result.findings = [*prep.findings, *result.findings]
        return result
    result.findings = [*prep.findings, *result.findings]
    return result


def _place(row: Any) -> str:
    agency = row["agency_short"] or row["agency"]
    return f"{agency}, {row['unit']}, {row['section']}, Nomor SOP {row['code']}"


def _report_duplicates(
    session: Session, prepared: list[_Prepared], results: list[ApplyResult], ws: Workspace
) -> DuplicateSummary:
    """Add TITLE_DUPLICATE findings to each inventory whose titles overlap other titles of
    the register (its own SKPD or another), the closest :data:`MAX_DUPLICATES_SHOWN` per
    title; a pair of two titles of the batch is reported at both. Return how many groups
    and pairs (:class:`~sopxl.register.duplicates.Entry`) involve the batch, and the top
    few."""
    from sopxl.register.duplicates import search
    from sopxl.register.titles import SAME_SCORE

    owners: dict[int, tuple[int, int]] = {}  # title id -> (result index, row)
    for index, result in enumerate(results):
        if prepared[index].kind == KIND_INVENTORY and result.outcome != REFUSED:
            for title_id, row in result.titles.items():
                owners[title_id] = (index, row)
    if not owners:
        return DuplicateSummary()
    frame = inventory_frame(session.conn)
    ids = frame["title_id"].tolist()
    records = frame.to_dict("records")
    found = search(frame["title"].astype(str).tolist(), ws.duplicate_threshold, ws.title_matcher())
    mine = {position for position, title_id in enumerate(ids) if title_id in owners}
    for position in sorted(mine):
        # The closest few are enough to act on; the full list is `sopxl export duplicates`.
        matches = found.closest(position, MAX_DUPLICATES_SHOWN)
        if not matches:
            continue
        index, row = owners[ids[position]]
        reading = prepared[index].inventory
        sheet = reading.sheet if reading is not None else None
        column = reading.columns.get("title") if reading is not None else None
        a = records[position]
        for score, other in matches:
            b = records[other]
            results[index].findings.append(
                make_finding(
                    "TITLE_DUPLICATE",
                    str(prepared[index].path),
                    sheet=sheet,
                    row=row,
                    column=column,
                    title=a["title"],
                    place=_place(a),
                    how="sama dengan" if score >= SAME_SCORE else "mirip dengan",
                    other_title=b["title"],
                    other_place=_place(b),
                    score=score,
                    reason=found.reason(position, other),
                )
            )
    entries = [e for e in found.entries() if e.involves(mine)]
    top = tuple(
        DuplicateLine(
            score=e.score,
            title=records[e.a]["title"],
            place=_place(records[e.a]),
            other_title=records[e.b]["title"] if e.b is not None else "",
            other_place=_place(records[e.b]) if e.b is not None else "",
            size=len(e.members) if e.is_group else 0,
            reason=e.reason,
        )
        for e in entries[:MAX_DUPLICATES_PRINTED]
    )
    return DuplicateSummary(len(entries), sum(e.is_group for e in entries), top)


def _record_files(session: Session, prepared: list[_Prepared], results: list[ApplyResult]) -> bool:
    """Log each file and its findings in the run. Returns whether any file's content is
    new to the log: a batch that changed nothing and brought nothing new is not kept."""
    conn, f = session.conn, s.files
    known = {
        row.sha256
        for row in conn.execute(
            select(f.c.sha256).where(f.c.sha256.in_([p.sha256 for p in prepared]))
        )
    }
    fresh = any(p.sha256 not in known for p in prepared)
    if not (fresh or session.changed):
        return False
    file_ids = insert_many(
        conn,
        f,
        [
            {
                "run_id": session.run_id,
                # Absolute, so that the form can be found again from any folder.
                "path": str(prep.path.resolve()),
                "sha256": prep.sha256,
                "kind": prep.kind or "tidak dikenal",
                "outcome": result.outcome,
                "agency_id": result.agency_id,
            }
            for prep, result in zip(prepared, results, strict=True)
        ],
    )
    rows = [
        {
            "file_id": file_id,
            "code": item.code,
            "severity": item.severity.value,
            "sheet": item.sheet,
            "cell": item.cell,
            "message": item.message,
        }
        for file_id, result in zip(file_ids, results, strict=True)
        for item in result.findings
    ]
    if rows:
        conn.execute(s.findings.insert(), rows)
    summary = ", ".join(f"{r.outcome}" for r in results)
    conn.execute(s.runs.update().where(s.runs.c.id == session.run_id).values(summary=summary))
    return fresh


def _slug(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z]+", "-", text).strip("-").lower() or "skpd"


def _write_copies(
    register: Register, workspace: Workspace, results: list[ApplyResult], folder: Path | None
) -> dict[int, Path]:
    """Write the coded copy of each accepted inventory: a fresh workbook with its rows as
    sent and the Nomor SOP filled in."""
    from sopxl.forms.inventory_form import write_inventory_form

    folder = folder or workspace.output_dir / COPIES_FOLDER
    written: dict[int, Path] = {}
    for result in results:
        if (
            result.outcome == REFUSED
            or not result.agency_code
            or (not result.coded and not (result.withdrawn))
        ):
            continue
        outline = register.agency_outline(result.agency_code)
        path = folder / f"{outline.code}-{_slug(outline.short_name or outline.name)}-bernomor.xlsx"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            write_inventory_form(path, outline, _entries(result.coded), in_memory=True)
        except OSError as error:
            raise OperationalError(
                f"Impor tersimpan, tetapi salinan bernomor tidak dapat ditulis ke {path}: "
                + reason(error)
            ) from error
        written[id(result)] = path
    return written


def _entries(entries: list[InventoryEntry]) -> list[InventoryEntry]:
    return list(entries)


def _file_result(prep: _Prepared, result: ApplyResult, copy: Path | None) -> FileResult:
    agency = result.agency_code
    return FileResult(
        path=prep.path,
        kind=prep.kind,
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


__all__ = ["CHANGED", "NEW", "REFUSED", "UNCHANGED", "FileResult", "ImportReport", "import_paths"]
