"""Finding the filled SOP form behind a Nomor SOP, so that commands accept a code.

For each title the register keeps a fingerprint of the last SOP form imported for it and
the import run that brought it; the files of that run are known by path. The form is the
file of that run, of that SKPD, that is still where it was and still holds that content.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from sopxl.errors import InputError
from sopxl.findings import FileReport, Finding
from sopxl.forms import sop_spec
from sopxl.register import schema
from sopxl.register.store import open_register
from sopxl.register.workspace import Workspace


def form_file_for_code(workspace: Workspace, code: str) -> Path:
    """The SOP form file last imported for Nomor SOP ``code``.

    Raises :class:`InputError` (Indonesian) when the code is unknown, no form was imported
    for it, or the imported file has since been moved or changed.
    """
    from sopxl.checking.run import check_file
    from sopxl.register.apply import sop_hash

    t, c, f = schema.titles, schema.codes, schema.files
    register = open_register(workspace.db_url, create=False)
    try:
        with register.engine.connect() as conn:
            title = conn.execute(
                select(t.c.form_hash, t.c.form_run, t.c.agency_id)
                .join(c, c.c.title_id == t.c.id)
                .where(c.c.code == code)
            ).first()
            if title is None:
                raise InputError(f"Nomor SOP {code} tidak ada di register.")
            if title.form_hash is None:
                raise InputError(
                    f"Belum ada formulir SOP yang diimpor untuk Nomor SOP {code}: impor dulu "
                    "formulirnya dengan 'sopxl import', atau sebut berkasnya langsung."
                )
            paths = (
                conn.execute(
                    select(f.c.path)
                    .where(f.c.run_id == title.form_run)
                    .where(f.c.kind == sop_spec.KIND)
                    .where(f.c.agency_id == title.agency_id)
                    .order_by(f.c.id.desc())
                )
                .scalars()
                .all()
            )
    finally:
        register.close()
    for text in dict.fromkeys(paths):
        path = Path(text)
        if path.is_file():
            report = check_file(path)
            if report.sop is not None and sop_hash(report) == title.form_hash:
                return path
    where = ", ".join(dict.fromkeys(paths)) or "-"
    raise InputError(
        f"Formulir SOP {code} pernah diimpor dari {where}, tetapi berkas itu sudah dipindah "
        "atau diubah. Sebut berkas formulirnya langsung."
    )


def registered_section(workspace: Workspace, code: str) -> str:
    """The name of the bagian the register files Nomor SOP ``code`` under ("" when the code
    is unknown). Lampiran II has no Bagian field: the register's is the SOP's bagian."""
    t, c, sec = schema.titles, schema.codes, schema.sections
    register = open_register(workspace.db_url, create=False)
    try:
        with register.engine.connect() as conn:
            name = conn.execute(
                select(sec.c.name)
                .select_from(
                    t.join(c, c.c.title_id == t.c.id).join(sec, sec.c.id == t.c.section_id)
                )
                .where(c.c.code == code)
            ).scalar()
    finally:
        register.close()
    return str(name or "")


def other_agency_findings(
    workspace: Workspace, report: FileReport, agency_code: str
) -> list[Finding]:
    """SOP_OTHER_AGENCY warnings for ``report`` sent by SKPD ``agency_code``: see
    :func:`sopxl.register.sop_match.other_agency_findings`."""
    from sopxl.register.sop_match import other_agency_findings as find

    if report.sop is None:
        return []
    register = open_register(workspace.db_url, create=False)
    try:
        with register.engine.connect() as conn:
            return find(conn, report, agency_code)
    finally:
        register.close()
