"""What an import keeps besides the register's content: the log of each file and its
findings in the run, and the coded copy of each accepted inventory."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import select

from sopxl.errors import OperationalError, reason
from sopxl.model.inventory import InventoryEntry
from sopxl.register import schema as s
from sopxl.register.apply import REFUSED, ApplyResult, Session
from sopxl.register.batch import insert_many, insert_rows
from sopxl.register.store import Register
from sopxl.xlsx.names import slug
from sopxl.xlsx.save import OutputNotWritten, make_folder

if TYPE_CHECKING:
    from sopxl.register.workspace import Workspace

COPIES_FOLDER = "inventaris-bernomor"


class LoggedFile(Protocol):
    """A file of the batch as the log records it: path, content hash, kind's stamp."""

    @property
    def path(self) -> Path: ...
    @property
    def sha256(self) -> str: ...
    @property
    def stamp(self) -> str | None: ...


def record_files(
    session: Session, prepared: Sequence[LoggedFile], results: list[ApplyResult]
) -> bool:
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
                "kind": prep.stamp or "tidak dikenal",
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
    insert_rows(conn, s.findings, rows)
    summary = ", ".join(f"{r.outcome}" for r in results)
    conn.execute(s.runs.update().where(s.runs.c.id == session.run_id).values(summary=summary))
    return fresh


def write_copies(
    register: Register, workspace: Workspace, results: list[ApplyResult], folder: Path | None
) -> dict[int, Path]:
    """Write the coded copy of each accepted inventory: a fresh workbook with its rows as
    sent and the Nomor SOP filled in."""
    from sopxl.forms.inventory_form import write_inventory_form
    from sopxl.register.store import agency_outline

    folder = folder or workspace.output_dir / COPIES_FOLDER
    written: dict[int, Path] = {}
    wanted = [
        result
        for result in results
        if result.outcome != REFUSED and result.agency_code and (result.coded or result.withdrawn)
    ]
    if not wanted:
        return written
    with register.reading() as conn:  # one connection for every outline
        outlines = {r.agency_code: agency_outline(conn, r.agency_code) for r in wanted}
    for result in wanted:
        outline = outlines[result.agency_code]
        name = slug(outline.short_name or outline.name, "skpd")
        path = folder / f"{outline.code}-{name}-bernomor.xlsx"
        try:
            make_folder(folder)
            write_inventory_form(path, outline, _entries(result.coded), in_memory=True)
        except OutputNotWritten as error:
            raise OperationalError(
                f"Impor tersimpan, tetapi salinan bernomor tidak dapat ditulis ke {path}: "
                + reason(error)
            ) from error
        written[id(result)] = path
    return written


def _entries(coded: list[tuple[InventoryEntry, str]]) -> list[InventoryEntry]:
    """The inventory's entries with the Nomor SOP each was given."""
    return [entry if entry.code == code else replace(entry, code=code) for entry, code in coded]
