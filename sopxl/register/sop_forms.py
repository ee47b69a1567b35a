"""Pre-filled SOP forms for the coded titles of an SKPD (``sopxl template sop --agency``).

Pasal 9 ayat (1): an SOP is written on the basis of its name and code number. Each form
carries the SKPD, unit kerja, bagian, Nomor SOP, Nama SOP and the dasar hukum listed in
the inventory, so the writer starts from what the register holds.
"""

from __future__ import annotations

import re
from pathlib import Path

from sopxl.errors import InputError
from sopxl.model.sop import Identity, Sop
from sopxl.register.store import open_register
from sopxl.register.workspace import Workspace
from sopxl.xlsx.names import slug
from sopxl.xlsx.save import make_folder

MAX_NAME = 80


def _file_name(code: str, title: str) -> str:
    return f"{slug(f'{code} {title}', limit=MAX_NAME)}.xlsx"


def agency_sops(workspace: Workspace, agency_code: str) -> list[Sop]:
    """A partial SOP (identity only) for every active coded title of the SKPD, by code."""
    register = open_register(workspace.db_url, create=False)
    try:
        outline = register.agency_outline(agency_code)
        frame = register.inventory_frame(agency_code)
    finally:
        register.close()
    if frame.empty:
        raise InputError(
            f"SKPD '{agency_code}' ({outline.name}) belum mempunyai judul SOP bernomor. "
            "Impor inventaris judul SOP-nya terlebih dahulu."
        )
    sops = []
    for record in frame.sort_values("code", kind="stable").itertuples():
        basis = tuple(
            line.strip() for line in re.split(r"[\n;]+", str(record.legal_basis)) if line.strip()
        )
        sops.append(
            Sop(
                identity=Identity(
                    agency=outline.name,
                    unit=str(record.unit),
                    section=str(record.section),
                    code=str(record.code),
                    title=str(record.title),
                    legal_basis=basis,
                )
            )
        )
    return sops


def write_agency_sop_forms(workspace: Workspace, agency_code: str, out_dir: Path) -> list[Path]:
    """Write one pre-filled SOP form per coded title of SKPD ``agency_code`` into
    ``out_dir`` (created when missing); return the paths in code order."""
    from sopxl.forms.sop_form import write_sop_form

    sops = agency_sops(workspace, agency_code)
    written: list[Path] = []
    make_folder(out_dir)
    for sop in sops:
        path = out_dir / _file_name(sop.identity.code, sop.identity.title)
        write_sop_form(path, sop)
        written.append(path)
    return written
