"""Neutral values of the organisation master: every SKPD with its unit kerja and bagian.
Readers produce them; the register and the writers consume them.

Row numbers are 1-based, as Excel shows them, so findings can point at the row.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AgencyRow:
    """An SKPD: ``code`` is its No Komponen; ``merged_into`` the code of the SKPD it was
    merged into (empty when it stands on its own)."""

    code: str
    name: str
    short_name: str = ""
    merged_into: str = ""
    row: int = 0


@dataclass(frozen=True)
class UnitRow:
    """A unit kerja of an SKPD, with its code segment."""

    agency: str
    code: str
    name: str
    row: int = 0


@dataclass(frozen=True)
class SectionRow:
    """A bagian (sub bagian, seksi) of a unit kerja, with its code segment."""

    agency: str
    unit: str
    code: str
    name: str
    row: int = 0


@dataclass(frozen=True)
class OrgMaster:
    """The organisation master: every SKPD with its unit kerja and bagian."""

    agencies: tuple[AgencyRow, ...] = ()
    units: tuple[UnitRow, ...] = ()
    sections: tuple[SectionRow, ...] = ()
    sample: bool = False


@dataclass(frozen=True)
class AgencyOutline:
    """What an SKPD's inventaris workbook is pre-filled with: its No Komponen and name, and
    its active unit kerja, each with its bagian, in code order."""

    code: str
    name: str
    short_name: str = ""
    units: tuple[tuple[str, tuple[str, ...]], ...] = ()
