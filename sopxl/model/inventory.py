"""Neutral values of the inventaris judul SOP (Pasal 7 ayat (2)): the candidate SOP
titles of one SKPD with the criteria asked per title. Readers produce them; the register
and the writers consume them.

Row numbers are 1-based, as Excel shows them, so findings can point at the row.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class SopKind(enum.Enum):
    """Jenis SOP (Pasal 1 angka 7 dan 8)."""

    ADMINISTRATIVE = "Administratif"
    TECHNICAL = "Teknis"


class Service(enum.Enum):
    """Jenis pelayanan (Pasal 1 angka 18 dan 19)."""

    INTERNAL = "Internal"
    EXTERNAL = "Eksternal"


CRITERIA: tuple[str, ...] = ("duty", "routine", "steps", "output", "parties")
"""Criteria asked per title: Lampiran I angka 2 huruf a (duty = sesuai tugas dan fungsi,
routine, steps = tahapan kerja jelas, output) and Pasal 9 ayat (3) (routine, output,
parties = melibatkan sekurang-kurangnya 2 pihak)."""

PASAL_9_CRITERIA: tuple[str, ...] = ("routine", "output", "parties")


@dataclass(frozen=True)
class InventoryEntry:
    """One candidate SOP title of an inventaris judul SOP.

    ``criteria`` maps each of :data:`CRITERIA` to ``True`` (Ya), ``False`` (Tidak) or
    ``None`` (not answered). ``code`` is the Nomor SOP read back from a coded copy ("" in
    a fresh inventory).
    """

    unit: str
    section: str
    title: str
    kind: SopKind | None = None
    service: Service | None = None
    criteria: tuple[tuple[str, bool | None], ...] = ()
    legal_basis: str = ""
    note: str = ""
    code: str = ""
    row: int = 0

    def criterion(self, key: str) -> bool | None:
        return dict(self.criteria).get(key)


@dataclass(frozen=True)
class Inventory:
    """An SKPD's inventaris judul SOP (Pasal 7 ayat (2)). ``agency_code`` is its No
    Komponen; ``agency_name`` the name written on the sheet."""

    agency_code: str
    agency_name: str = ""
    entries: tuple[InventoryEntry, ...] = ()
