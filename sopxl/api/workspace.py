"""The workspace and its register, opened once for every operation that needs them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sopxl.api.result import Result

if TYPE_CHECKING:
    from sopxl.register.store import Register
    from sopxl.register.workspace import Workspace


def find_workspace(workspace: Path | None = None, db: str | None = None) -> Workspace:
    """The workspace named by ``workspace`` (else ``SOPXL_WORKSPACE``, else this folder or
    a parent); ``db`` overrides its register URL. Raises
    :class:`~sopxl.errors.InputError` when there is none."""
    from sopxl.register.workspace import find_workspace as find

    return find(workspace, db)


@contextmanager
def opened_register(workspace: Workspace) -> Iterator[Register]:
    """The workspace's register, open for the ``with`` block and closed after it, also
    when the block fails. The register must exist (``sopxl init`` and an import make it)."""
    from sopxl.register.store import open_register

    register = open_register(workspace.db_url, create=False)
    try:
        yield register
    finally:
        register.close()


def resolve_agency(workspace: Workspace, given: str) -> str:
    """The Kode Komponen of the SKPD named by its code or abbreviation (``--agency``)."""
    from sopxl.register.agencies import resolve_agency as resolve

    return resolve(workspace, given)


def init_workspace(
    directory: Path, *, regency: str, pattern: str, db: str | None, blank: bool
) -> Result:
    """Create a workspace: sopxl.toml, the organisation master and the register."""
    from sopxl.register.dberrors import shown_url
    from sopxl.register.workspace import init_workspace as init

    made = init(directory, regency=regency, code_pattern=pattern, db_url=db, sample=not blank)
    sample_note = "" if blank else " (CONTOH: ganti dengan daftar SOTK resmi)"
    master = f"{made.org_master_path}{sample_note}"
    return Result(
        lines=(
            f"Ruang kerja dibuat di {made.root}",
            f"  Pengaturan       : {made.config_path}",
            f"  Master organisasi: {master}",
            f"  Register         : {shown_url(made.config_db_url)}",
            f"  Contoh Nomor SOP : {made.code_pattern.example}",
            "Langkah berikut: isi master organisasi, lalu 'sopxl import "
            f"{made.org_master_path.name}'.",
        ),
        written=(made.config_path, made.org_master_path),
    )


NO_AGENCIES = "Register belum memuat SKPD: impor master organisasi terlebih dahulu."


def list_agencies(workspace: Workspace) -> Result:
    """The SKPDs of the register: code, abbreviation, titles, name and status."""
    from sopxl.register.agencies import agency_rows

    rows = agency_rows(workspace)
    if not rows:
        return Result(lines=(NO_AGENCIES,))
    code_w = max(4, *(len(r.code) for r in rows))
    short_w = max(9, *(len(r.short_name) for r in rows))
    lines = [f"{'Kode':<{code_w}}  {'Singkatan':<{short_w}}  Judul  Nama SKPD"]
    for row in rows:
        status = (
            ""
            if row.active
            else (f" (digabung ke {row.merged_into})" if row.merged_into else " (tidak aktif)")
        )
        lines.append(
            f"{row.code:<{code_w}}  {row.short_name:<{short_w}}  {row.titles:>5}  "
            f"{row.name}{status}"
        )
    lines.append(f"{len(rows)} SKPD.")
    data = {
        "agencies": [
            {
                "code": row.code,
                "short_name": row.short_name,
                "name": row.name,
                "titles": row.titles,
                "active": row.active,
                "merged_into": row.merged_into,
            }
            for row in rows
        ]
    }
    return Result(lines=tuple(lines), data=data)
