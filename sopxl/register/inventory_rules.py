"""The rules of an inventaris judul SOP over its rows as read (those that need the
register, its SKPD, unit kerja and bagian, are in :mod:`sopxl.register.inventory_apply`):
every row has a title, Jenis SOP and Pelayanan are chosen from the list, the criteria of
Pasal 9 ayat (3) and the principles are answered and met. Each finding is at its cell.
"""

from __future__ import annotations

from typing import Any

from sopxl.findings import Finding, finding
from sopxl.forms import inventory_spec as inv_spec
from sopxl.model.inventory import CRITERIA, PASAL_9_CRITERIA
from sopxl.register.readers import InventoryReading

_CHOICES = {
    "kind": "Administratif atau Teknis",
    "service": "Internal atau Eksternal",
}
_LABELS = {column.key: column.label for column in inv_spec.COLUMNS}


def check_inventory(reading: InventoryReading, file: str) -> list[Finding]:
    """Every rule finding of the inventory read, row by row, then an empty inventory."""
    if reading.inventory is None:
        return []
    out: list[Finding] = []
    entries = {entry.row: entry for entry in reading.inventory.entries}
    for typed in reading.rows:
        values, entry_no = typed.values, typed.entry

        def flag(
            code: str, key: str, row: int = typed.row, entry: str = entry_no, **params: Any
        ) -> None:
            out.append(
                finding(
                    code,
                    file,
                    sheet=reading.sheet,
                    row=row,
                    column=reading.columns.get(key),
                    entry=entry,
                    **params,
                )
            )

        entry = entries.get(typed.row)
        if entry is None:
            flag("INV_TITLE_MISSING", "title")
            continue
        for key, parsed in (("kind", entry.kind), ("service", entry.service)):
            value = values.get(key, "")
            label, choices = _LABELS[key], _CHOICES[key]
            if value and parsed is None:
                flag("INV_CHOICE_INVALID", key, value=value, label=label, choices=choices)
            elif not value:
                flag("INV_CHOICE_MISSING", key, label=label, choices=choices)
        answers = dict(entry.criteria)
        unanswered: list[str] = []
        for key in CRITERIA:
            raw = values.get(key, "")
            label = inv_spec.CRITERIA_LABELS[key]
            if raw and answers.get(key) is None:
                flag("INV_CHOICE_INVALID", key, value=raw, label=label, choices="Ya atau Tidak")
            elif not raw:
                unanswered.append(label)
        if unanswered:
            flag("INV_CRITERIA_MISSING", "title", label=", ".join(unanswered))
        failed = [
            inv_spec.CRITERIA_LABELS[k]
            for k, v in entry.criteria
            if v is False and k in PASAL_9_CRITERIA
        ]
        if failed:
            flag("INV_CRITERIA_NOT_MET", "title", title=entry.title, criteria=", ".join(failed))
        principles = [
            inv_spec.CRITERIA_LABELS[k]
            for k, v in entry.criteria
            if v is False and k not in PASAL_9_CRITERIA
        ]
        if principles:
            flag(
                "INV_PRINCIPLE_NOT_MET", "title", title=entry.title, criteria=", ".join(principles)
            )
    if not entries:
        out.append(finding("INV_EMPTY", file, sheet=reading.sheet))
    return out
