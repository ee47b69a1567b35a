"""The register's organisation (SKPD, unit kerja, bagian) as one import sees it.

An import reads it once, in three queries, instead of asking again for every inventory
(its SKPD, the SKPDs merged into it, their unit kerja and bagian, the segments of each
code). It is valid for the import's transaction: imports hold the register's import lock,
and only an import of the organisation master changes what it holds (which then drops
it, see :meth:`sopxl.register.apply.Session.forget_numbers`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Row, select

from sopxl.register import schema as s


class OrgView:
    """Every SKPD, unit kerja and bagian of the register, active or not."""

    def __init__(self, conn: Connection) -> None:
        a, u, sec = s.agencies, s.units, s.sections
        self.agencies: dict[int, Row[Any]] = {
            row.id: row for row in conn.execute(select(a).order_by(a.c.id))
        }
        self.by_code: dict[str, Row[Any]] = {row.code: row for row in self.agencies.values()}
        self.units: dict[int, Row[Any]] = {
            row.id: row for row in conn.execute(select(u).order_by(u.c.id))
        }
        self.sections: dict[int, Row[Any]] = {
            row.id: row for row in conn.execute(select(sec).order_by(sec.c.id))
        }
        self._children: dict[int, list[int]] = {}
        for row in self.agencies.values():
            if row.merged_into_id is not None:
                self._children.setdefault(row.merged_into_id, []).append(row.id)
        # Active ones by their SKPD and unit kerja: an inventory asks for its own only.
        self._units_of: dict[int, list[Row[Any]]] = {}
        for row in self.units.values():
            if row.active:
                self._units_of.setdefault(row.agency_id, []).append(row)
        self._sections_of: dict[int, list[Row[Any]]] = {}
        for row in self.sections.values():
            if row.active:
                self._sections_of.setdefault(row.unit_id, []).append(row)

    def family(self, agency_id: int) -> list[int]:
        """``agency_id`` and every SKPD merged into it, directly or through others (as
        :func:`sopxl.register.store.agency_family`)."""
        family, todo = [agency_id], [agency_id]
        while todo:
            for child in self._children.get(todo.pop(), []):
                if child not in family:
                    family.append(child)
                    todo.append(child)
        return family

    def active_units(self, agency_id: int, family: list[int]) -> list[Row[Any]]:
        """The active unit kerja of ``family``: ``agency_id``'s own first, then by SKPD
        and code."""
        rows = [r for member in family for r in self._units_of.get(member, ())]
        rows.sort(key=lambda r: (r.agency_id != agency_id, r.agency_id, r.code))
        return rows

    def active_sections(self, unit_ids: list[int]) -> list[Row[Any]]:
        """The active bagian of the unit kerja ``unit_ids``."""
        rows = [r for unit in dict.fromkeys(unit_ids) for r in self._sections_of.get(unit, ())]
        return sorted(rows, key=lambda r: r.id)

    def segments(self, section_id: int) -> tuple[str, str, str]:
        """The codes of bagian ``section_id``'s SKPD, unit kerja and its own."""
        section = self.sections[section_id]
        unit = self.units[section.unit_id]
        return self.agencies[unit.agency_id].code, unit.code, section.code
