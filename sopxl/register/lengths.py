"""Lengths checked when a file is read, not when the register refuses a row.

A value longer than its register column would otherwise fail the whole import batch on
PostgreSQL (SQLite stores it anyway): here it becomes a galat at its cell, that file is
refused, and the rest of the batch goes in, the same on both databases.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sopxl.findings import Finding
from sopxl.forms import org_spec
from sopxl.model.organisation import OrgMaster
from sopxl.register import schema as s
from sopxl.register.readers import InventoryReading, make_finding

if TYPE_CHECKING:
    from sopxl.lifecycle.reader import LifecycleReading


def limit(column: object) -> int | None:
    """The declared length of a register column (None: unbounded text)."""
    length = getattr(getattr(column, "type", None), "length", None)
    return int(length) if length else None


def _check(
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
    most = limit(column)
    if most is not None and len(value) > most:
        out.append(
            make_finding(
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
        _check(
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
            _check(out, file, value, column, label, sheet=org_spec.SHEET_AGENCIES, row=agency.row)
    for unit in master.units:
        for value, column, label in (
            (unit.code, u.code, "Kode unit kerja"),
            (unit.name, u.name, "Nama unit kerja"),
        ):
            _check(out, file, value, column, label, sheet=org_spec.SHEET_UNITS, row=unit.row)
    for section in master.sections:
        for value, column, label in (
            (section.code, sec.code, "Kode bagian"),
            (section.name, sec.name, "Nama bagian"),
        ):
            _check(out, file, value, column, label, sheet=org_spec.SHEET_SECTIONS, row=section.row)
    return out


def lifecycle_lengths(reading: LifecycleReading) -> list[Finding]:
    """Galat for each answer of a lifecycle form too long for the register (a Nomor
    Keputusan of 263 characters, say)."""
    from sopxl.forms import lifecycle_spec

    tables = {
        lifecycle_spec.STATUS.kind: s.status_answers,
        lifecycle_spec.MONITORING.kind: s.monitoring_answers,
        lifecycle_spec.EVALUATION.kind: s.evaluation_answers,
        lifecycle_spec.SUPERVISION.kind: s.supervision_answers,
    }
    table = tables.get(reading.form.kind)
    out: list[Finding] = []
    if table is None:
        return out
    labels = {f.key: f.label for f in reading.form.columns}
    for entry in reading.entries:
        for key, value in entry.values.items():
            if isinstance(value, str) and key in table.c:
                _check(
                    out,
                    reading.file,
                    value,
                    table.c[key],
                    labels.get(key, key),
                    sheet=reading.sheet,
                    row=entry.row,
                    col=reading.columns.get(key),
                )
    return out
