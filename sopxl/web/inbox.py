"""The verification inbox: keep an uploaded form, check it, and show findings in context.

An upload is written once under ``<workspace>/web/unggahan/`` with a name no other upload
can have (never overwritten), checked by :func:`sopxl.checking.run.check_file` (the very
guards and rules of ``sopxl check``), and its returned copy written by the library's
:func:`~sopxl.checking.returned.write_returned_copy`. The findings kept are the ``--json``
objects of :func:`sopxl.checking.output.finding_json`, so the page and the CLI agree.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePath
from typing import IO, TYPE_CHECKING, Any

from sopxl.errors import OperationalError, UsageError, reason
from sopxl.register.workspace import Workspace
from sopxl.web.store import Account, WebStore

if TYPE_CHECKING:
    from sopxl.register.store import Register

UPLOAD_SUFFIXES = (".xlsx", ".xlsm", ".ods")
MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_FILES = 20
WEB_DIR = "web"
UPLOAD_DIR = "unggahan"
COPY_DIR = "catatan"
CONTEXT_ROWS = 3
CONTEXT_COLUMNS = 3


@dataclass(frozen=True)
class Upload:
    """One file as received: its name on the sender's computer and a stream of bytes."""

    name: str
    stream: IO[bytes]


def safe_name(name: str) -> str:
    """A file name safe on Windows and POSIX: the last part of the sender's path, with
    anything but letters, digits, dot, dash and underscore replaced."""
    base = re.split(r"[\\/]", name)[-1]
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", base).strip("._") or "berkas"
    stem, dot, suffix = cleaned.rpartition(".")
    if not dot:
        return cleaned[:80]
    return f"{stem[:80]}.{suffix[:8]}"


def refusal(upload_name: str) -> str | None:
    """Why a file of that name is not accepted at all (wrong type), or ``None``."""
    if PurePath(upload_name).suffix.lower() not in UPLOAD_SUFFIXES:
        return (
            f"{upload_name}: bukan formulir SOP yang dapat diperiksa (hanya .xlsx, .xlsm "
            "atau .ods)."
        )
    return None


def _store_file(workspace: Workspace, owner: str, upload: Upload) -> tuple[Path, str, int]:
    """Write ``upload`` to a new file; refuse it when larger than :data:`MAX_FILE_BYTES`."""
    now = datetime.now()
    folder = workspace.root / WEB_DIR / UPLOAD_DIR / owner / now.strftime("%Y-%m")
    name = f"{now:%Y%m%d-%H%M%S}-{secrets.token_hex(4)}-{safe_name(upload.name)}"
    digest = hashlib.sha256()
    size = 0
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / name
        with open(path, "xb") as out:  # "x": never replaces an existing file
            while chunk := upload.stream.read(1 << 16):
                size += len(chunk)
                if size > MAX_FILE_BYTES:
                    break
                digest.update(chunk)
                out.write(chunk)
        if size > MAX_FILE_BYTES:
            path.unlink()
            raise UsageError(
                f"{upload.name}: lebih besar dari {MAX_FILE_BYTES // (1024 * 1024)} MB."
            )
    except OSError as error:
        raise OperationalError(f"Unggahan tidak dapat disimpan: {reason(error)}") from error
    return path, digest.hexdigest(), size


def relative(workspace: Workspace, path: Path) -> str:
    return path.relative_to(workspace.root).as_posix()


def absolute(workspace: Workspace, stored: str) -> Path:
    return workspace.root.joinpath(*PurePath(stored).parts)


def _recognised(path: Path) -> tuple[str | None, dict[str, str]]:
    """The register's kind of the file (``None`` when unreadable or none) and its stamp,
    by the importer's own :func:`~sopxl.kinds.recognise`."""
    from sopxl.kinds import recognise
    from sopxl.reading.grid import UnreadableFile
    from sopxl.reading.loading.files import load_workbook_data

    try:
        data = load_workbook_data(path, lazy=True)
    except UnreadableFile:
        return None, {}
    kind = recognise(data)
    return (kind.stamp if kind is not None else None), dict(data.stamp)


def other_kind_refusal(upload_name: str, kind: str, stamp: dict[str, str], agency: str) -> str:
    """Why an SKPD may not send this form of ``kind`` (not stamped for its SKPD), or ""."""
    from sopxl.forms import org_spec
    from sopxl.forms.inventory_spec import NAME_AGENCY
    from sopxl.kinds import by_stamp

    known = by_stamp(kind)
    label = known.label if known is not None else kind
    if kind == org_spec.KIND:
        return f"{upload_name}: {label} hanya diimpor oleh koordinator, bukan dikirim SKPD."
    stamped = stamp.get(NAME_AGENCY, "").strip()
    if stamped != agency:
        whose = f"SKPD {stamped}" if stamped else "SKPD mana pun (tanpa cap SKPD)"
        return (
            f"{upload_name}: {label} ini dibuat untuk {whose}, bukan SKPD Anda ({agency}). "
            "Unduh formulir SKPD Anda dari halaman ini, isi, lalu unggah lagi."
        )
    return ""


@dataclass(frozen=True)
class Checked:
    """What the inbox keeps of one check: the ``--json`` findings and the verdict."""

    status: str
    errors: int
    warnings: int
    findings: list[dict[str, Any]]
    sop_code: str = ""
    sop_title: str = ""
    kind: str | None = None
    has_copy: bool = False


def _check_sop(path: Path, workspace: Workspace, register: Register, account: Account) -> Checked:
    """An SOP form (or what is no form at all): the rules of ``sopxl check``, plus the
    register's word when its Nomor SOP or Nama SOP is another SKPD's."""
    from dataclasses import replace

    from sopxl.checking.output import finding_json, ordered_findings, status_of
    from sopxl.checking.run import check_file

    report = check_file(path, workspace.check_config())
    if report.sop is not None and account.agency_code:
        from sopxl.register.sop_match import other_agency_findings

        with register.reading() as conn:
            found = other_agency_findings(conn, report, account.agency_code)
        report = replace(report, findings=(*report.findings, *found))
    identity = report.sop.identity if report.sop is not None else None
    return Checked(
        status=status_of(report).value,
        errors=report.errors,
        warnings=report.warnings,
        findings=[finding_json(report, item) for item in ordered_findings(report)],
        sop_code=identity.code if identity else "",
        sop_title=identity.title if identity else "",
        has_copy=report.sop is not None,
    )


def _check_other(path: Path, workspace: Workspace, kind: str) -> Checked:
    """An inventory or lifecycle form: a dry run of ``sopxl import`` of this one file, so
    the SKPD sees the findings ``sopxl import --dry-run`` gives the koordinator."""
    from sopxl.checking.output import finding_json
    from sopxl.findings import FileReport
    from sopxl.kinds.importer import REFUSED, import_paths
    from sopxl.model.severity import Severity

    result = import_paths(workspace, [path], dry_run=True).files[0]
    report = FileReport(str(path), result.findings)
    ordered = sorted(result.findings, key=lambda f: (f.sheet or "", f.row or 0, f.column or 0))
    return Checked(
        status="perlu_perbaikan" if result.outcome == REFUSED else "lulus",
        errors=result.errors,
        warnings=sum(1 for f in result.findings if f.severity is Severity.WARNING),
        findings=[finding_json(report, item) for item in ordered],
        sop_title=result.summary,
        kind=result.kind or kind,
    )


def receive(
    store: WebStore, workspace: Workspace, register: Register, account: Account, upload: Upload
) -> int:
    """Keep, check and record one upload; return the submission's id.

    An SOP form is checked like ``sopxl check``; an inventory or lifecycle form (recognised
    as ``sopxl import`` recognises it) by a dry run of the import of that file. Raises
    :class:`UsageError` for a file of the wrong type or size, or a form stamped for another
    SKPD (nothing is kept)."""
    from sopxl.forms import sop_spec

    why = refusal(upload.name)
    if why:
        raise UsageError(why)
    owner = account.agency_code or account.username
    path, sha256, size = _store_file(workspace, owner, upload)
    kind, stamp = _recognised(path)
    if kind is not None and kind != sop_spec.KIND:
        why = other_kind_refusal(upload.name, kind, stamp, account.agency_code or "")
        if why:
            path.unlink(missing_ok=True)
            raise UsageError(why)
        checked = _check_other(path, workspace, kind)
    else:
        checked = _check_sop(path, workspace, register, account)
    for item in checked.findings:  # the sender knows the file by its own name
        item["file"] = upload.name
    # Where the returned copy goes: written on its first download (see marked_copy), so
    # that the findings page does not wait for a workbook few will download.
    copy: str | None = None
    if checked.has_copy:
        planned = workspace.root / WEB_DIR / COPY_DIR / path.parent.name / copy_name(path)
        copy = relative(workspace, planned)
    return store.add_submission(
        account_id=account.id,
        agency_code=account.agency_code,
        uploaded_at=datetime.now(),
        original_name=upload.name[:300],
        stored_path=relative(workspace, path),
        sha256=sha256,
        size=size,
        status=checked.status,
        errors=checked.errors,
        warnings=checked.warnings,
        sop_code=checked.sop_code[:100],
        sop_title=checked.sop_title[:500],
        findings=checked.findings,
        copy_path=copy,
        kind=checked.kind,
    )


def copy_name(upload: Path) -> str:
    return f"{upload.stem}-catatan-verifikasi.xlsx"


def marked_copy(workspace: Workspace, stored: str, copy: str) -> Path:
    """The returned copy of the upload kept at ``stored`` (the library's
    :func:`~sopxl.checking.returned.write_returned_copy`), written at ``copy`` the first
    time it is asked for. Written beside and then moved into place, so that a download
    running at the same time never reads half a workbook."""
    import os
    import tempfile

    from sopxl.checking.returned import write_returned_copy
    from sopxl.checking.run import check_file

    target = absolute(workspace, copy)
    if target.is_file():
        return target
    report = check_file(absolute(workspace, stored), workspace.check_config())
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".menulis-") as folder:
        written = write_returned_copy(report, Path(folder), target.name)
        if written is None:
            raise OperationalError("Salinan bertanda tidak dapat dibuat dari berkas ini.")
        os.replace(written, target)
    return target


@dataclass(frozen=True)
class CellContext:
    """The rows around a finding's cell, as text, for a table in the page."""

    sheet: str
    first_row: int  # 1-based, as Excel shows it
    first_column: int
    rows: tuple[tuple[str, ...], ...]
    row: int
    column: int


def finding_contexts(path: Path, findings: tuple[dict[str, Any], ...]) -> list[CellContext | None]:
    """For each finding with a cell, the cells around it in the file as uploaded."""
    from sopxl.reading.grid import UnreadableFile
    from sopxl.reading.loading.files import load_workbook_data

    if not any(item.get("row") and item.get("column") for item in findings):
        return [None] * len(findings)
    try:
        data = load_workbook_data(path, lazy=True)
    except UnreadableFile:
        return [None] * len(findings)
    contexts: list[CellContext | None] = []
    for item in findings:
        sheet_name, row, column = item.get("sheet"), item.get("row"), item.get("column")
        if not (sheet_name and row and column):
            contexts.append(None)
            continue
        try:
            sheet = data.sheet(sheet_name)
        except UnreadableFile:
            sheet = None
        if sheet is None:
            contexts.append(None)
            continue
        first_row = max(1, row - CONTEXT_ROWS)
        first_column = max(1, column - CONTEXT_COLUMNS)
        rows = tuple(
            tuple(
                sheet.text(r - 1, c - 1)[:120]
                for c in range(first_column, column + CONTEXT_COLUMNS + 1)
            )
            for r in range(first_row, row + CONTEXT_ROWS + 1)
        )
        contexts.append(CellContext(sheet_name, first_row, first_column, rows, row, column))
    return contexts
