"""The registry of document kinds sopxl imports.

:data:`KINDS` lists every kind in the order an unstamped workbook is guessed (the first
whose :meth:`~sopxl.kinds.base.Kind.recognise` says yes wins); a kind's ``rank`` orders the
import. Adding a kind: one module implementing :class:`~sopxl.kinds.base.Kind`, and one
line here.
"""

from __future__ import annotations

from typing import Any

from sopxl.kinds import evaluation, inventory, monitoring, organisation, sop, status, supervision
from sopxl.kinds.base import Kind
from sopxl.reading.grid import WorkbookData

KINDS: list[Kind[Any]] = [
    organisation.KIND,
    status.KIND,
    monitoring.KIND,
    evaluation.KIND,
    supervision.KIND,
    inventory.KIND,
    sop.KIND,
]

UNKNOWN_LABEL = "berkas"
"""What a file of no known kind is called."""


def by_stamp(stamp: str | None) -> Kind[Any] | None:
    """The registered kind stamped ``stamp``."""
    return next((kind for kind in KINDS if kind.stamp == stamp), None)


def label(stamp: str | None) -> str:
    """The Indonesian name of a kind (``inventaris judul SOP``), or ``berkas``."""
    kind = by_stamp(stamp)
    return kind.label if kind is not None else UNKNOWN_LABEL


def labels() -> dict[str, str]:
    """Every kind's label by its stamp."""
    return {kind.stamp: kind.label for kind in KINDS}


def known_kinds() -> str:
    """The registered kinds in words, in import order: "master organisasi, inventaris
    judul SOP, ... atau laporan pengawasan SOP" (what a file of no known kind is not)."""
    names = [kind.label for kind in sorted(KINDS, key=lambda kind: kind.rank)]
    return ", ".join(names[:-1]) + " atau " + names[-1] if len(names) > 1 else "".join(names)


def recognise(data: WorkbookData) -> Kind[Any] | None:
    """The kind of a workbook: its ``sopxl_kind`` stamp, else guessed from its sheet names
    and labels (a stamp may be lost when a person copies the sheets to a new workbook).
    ``None`` when it is none of the registered kinds."""
    stamped = data.stamp.get("sopxl_kind", "")
    if stamped:
        # Another sopxl workbook (an export) is never guessed to be an input.
        return by_stamp(stamped)
    return next((kind for kind in KINDS if kind.recognise(data)), None)


__all__ = ["KINDS", "Kind", "by_stamp", "known_kinds", "label", "labels", "recognise"]
