"""Lengths checked when a file is read, not when the register refuses a row.

A value longer than its register column would otherwise fail the whole import batch on
PostgreSQL (SQLite stores it anyway): here it becomes a galat at its cell, that file is
refused, and the rest of the batch goes in, the same on both databases.
"""

from __future__ import annotations

from sopxl.findings import Finding, finding
from sopxl.forms import org_spec
from sopxl.model.organisation import OrgMaster
from sopxl.register import schema as s
from sopxl.register.readers import InventoryReading


def limit(column: object) -> int | None:
    """The declared length of a register column (None: unbounded text)."""
    length = getattr(getattr(column, "type", None), "length", None)
    return int(length) if length else None


def check_length(
    out: list[Finding],
    file: str,
    value: str,
    column: object,
    label: str,
    *,
    sheet: str | None,
    row: int | None,
    col: int | None = None,
) -> None:
    """Append a ``VALUE_TOO_LONG`` galat to ``out`` when ``value`` is longer than the
    register ``column`` holds."""
    most = limit(column)
    if most is not None and len(value) > most:
        out.append(
            finding(
                "VALUE_TOO_LONG",
                file,
                sheet=sheet,
                row=row,
                column=col,
                label=label,
                length=len(value),
                limit=most,
            )
        )


def inventory_lengths(reading: InventoryReading, file: str) -> list[Finding]:
    """Galat for each title of an inventory too long for the register."""
    out: list[Finding] = []
    if reading.inventory is None:
        return out
    col = reading.columns.get("title")
    for entry in reading.inventory.entries:
        check_length(
            out,
            file,
            entry.title,
            s.titles.c.title,
            "Judul SOP",
            sheet=reading.sheet,
            row=entry.row or None,
            col=col,
        )
    return out


def org_lengths(master: OrgMaster, file: str) -> list[Finding]:
    """Galat for each code or name of an organisation master too long for the register."""
    out: list[Finding] = []
    a, u, sec = s.agencies.c, s.units.c, s.sections.c
    for agency in master.agencies:
        for value, column, label in (
            (agency.code, a.code, "Kode SKPD"),
            (agency.name, a.name, "Nama SKPD"),
            (agency.short_name, a.short_name, "Singkatan SKPD"),
        ):
            check_length(
                out, file, value, column, label, sheet=org_spec.SHEET_AGENCIES, row=agency.row
            )
    for unit in master.units:
        for value, column, label in (
            (unit.code, u.code, "Kode unit kerja"),
            (unit.name, u.name, "Nama unit kerja"),
        ):
            check_length(out, file, value, column, label, sheet=org_spec.SHEET_UNITS, row=unit.row)
    for section in master.sections:
        for value, column, label in (
            (section.code, sec.code, "Kode bagian"),
            (section.name, sec.name, "Nama bagian"),
        ):
            check_length(
                out, file, value, column, label, sheet=org_spec.SHEET_SECTIONS, row=section.row
            )
    return out
