"""Inventaris judul SOP workbooks pre-filled from the register (``sopxl template
inventory``)."""

from __future__ import annotations

from pathlib import Path

from sopxl.errors import UsageError
from sopxl.register.store import open_register
from sopxl.register.workspace import Workspace
from sopxl.xlsx.names import slug
from sopxl.xlsx.save import make_folder
from sopxl.xlsx.workbook import check_output_file


def inventory_file_name(code: str, short_name: str) -> str:
    """``inventaris-12-disdukcapil.xlsx``."""
    return f"inventaris-{code}-{slug(short_name, 'skpd')}.xlsx"


def write_inventory_templates(
    workspace: Workspace, output: Path, agency: str | None, rows: int = 100
) -> list[Path]:
    """With ``agency``: write its inventory workbook to the file ``output``. Without: one
    workbook per active SKPD into the folder ``output`` (created when missing). Returns
    the paths written."""
    from sopxl.forms.inventory_form import write_inventory_form

    if agency is not None:
        check_output_file(output)
    register = open_register(workspace.db_url, create=False)
    try:
        codes = [agency] if agency is not None else register.agency_codes()
        outlines = [register.agency_outline(code) for code in codes]
    finally:
        register.close()
    if not outlines:
        raise UsageError("Register belum memuat SKPD. Impor master organisasi terlebih dahulu.")
    written: list[Path] = []
    if agency is None:
        make_folder(output)
    for outline in outlines:
        path = (
            output
            if agency is not None
            else output / inventory_file_name(outline.code, outline.short_name or outline.name)
        )
        write_inventory_form(path, outline, rows=rows)
        written.append(path)
    return written
