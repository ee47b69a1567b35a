"""The SKPD of the register as a person names them: by code (No Komponen) or abbreviation.

``--agency`` accepts either ("12" or "DISDUKCAPIL", any case); :func:`resolve_agency`
turns it into the code every library function takes. :func:`agency_rows` lists the SKPD
for ``sopxl skpd``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from sopxl.errors import InputError
from sopxl.register import schema as s
from sopxl.register.store import open_register
from sopxl.register.workspace import Workspace


@dataclass(frozen=True)
class AgencyListing:
    """One SKPD of the register: code, abbreviation, name, whether it is active, the code
    of the SKPD it was merged into ("" when none) and how many active titles it has."""

    code: str
    short_name: str
    name: str
    active: bool
    merged_into: str
    titles: int


def agency_rows(workspace: Workspace) -> list[AgencyListing]:
    """Every SKPD of the register, in code order."""
    from sqlalchemy import func

    from sopxl.register.store import STATUS_ACTIVE

    a, t = s.agencies, s.titles
    target = a.alias("target")
    counts = (
        select(t.c.agency_id, func.count().label("n"))
        .where(t.c.status == STATUS_ACTIVE)
        .group_by(t.c.agency_id)
        .subquery()
    )
    query = (
        select(
            a.c.code,
            a.c.short_name,
            a.c.name,
            a.c.active,
            target.c.code.label("merged"),
            counts.c.n,
        )
        .select_from(
            a.outerjoin(target, target.c.id == a.c.merged_into_id).outerjoin(
                counts, counts.c.agency_id == a.c.id
            )
        )
        .order_by(a.c.code)
    )
    register = open_register(workspace.db_url, create=False)
    try:
        with register.reading() as conn:
            rows = conn.execute(query).fetchall()
    finally:
        register.close()
    return [
        AgencyListing(
            row.code, row.short_name or "", row.name, bool(row.active), row.merged or "", row.n or 0
        )
        for row in rows
    ]


def resolve_agency(workspace: Workspace, given: str) -> str:
    """The code of the SKPD ``given`` names: its code, or its abbreviation (case and
    surrounding spaces ignored). Raises :class:`InputError` (Indonesian) when no SKPD or
    more than one has it."""
    wanted = given.strip()
    rows = agency_rows(workspace)
    for row in rows:
        if row.code == wanted:
            return row.code
    matches = [
        row for row in rows if row.short_name and row.short_name.casefold() == wanted.casefold()
    ]
    if len(matches) == 1:
        return matches[0].code
    if len(matches) > 1:
        codes = ", ".join(row.code for row in matches)
        raise InputError(f"Singkatan '{given}' dipakai beberapa SKPD ({codes}): sebut kodenya.")
    raise InputError(
        f"SKPD '{given}' tidak ada di register (bukan kode maupun singkatan SKPD). Lihat "
        "daftarnya dengan 'sopxl skpd'."
    )
