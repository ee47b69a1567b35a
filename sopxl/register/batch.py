"""Batched writes of an import: the number of SQL round trips grows with the number of
files, not of titles (over a network each round trip costs a millisecond or more).

- rows are inserted with one ``executemany``; their ids come from SQLite's rowid order or
  from one PostgreSQL ``nextval`` query;
- codes are assigned per bagian together: one query for the highest numbers given, one for
  the segments, one to see whether a generated code is already taken, one insert;
- updates of many rows with the same columns go as one ``executemany``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, bindparam, func, select

from sopxl.register import schema as s

if TYPE_CHECKING:
    from sopxl.register.apply import Session

CHUNK = 900
"""Values per ``IN (...)`` list: well under every database's limit of bound parameters."""


def chunks(items: Sequence[Any]) -> list[Sequence[Any]]:
    return [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]


def insert_many(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` and return their primary keys in the order of ``rows``."""
    if not rows:
        return []
    if conn.dialect.name == "sqlite":
        # SQLAlchemy cannot batch an ordered RETURNING on SQLite and would send the rows
        # one by one. An import holds the write lock (BEGIN IMMEDIATE), and SQLite gives an
        # INTEGER PRIMARY KEY the highest rowid + 1: the ids follow the highest one.
        before = conn.execute(select(func.max(table.c.id))).scalar() or 0
        conn.execute(table.insert(), rows)
        after = conn.execute(select(func.max(table.c.id))).scalar()
        if after != before + len(rows):
            raise RuntimeError(f"{table.name}: ids {before}..{after} for {len(rows)} rows")
        return list(range(before + 1, after + 1))
    # PostgreSQL: take the ids from the table's sequence in one query, then send the rows as
    # a plain executemany (psycopg pipelines it: one statement, parsed once). A multi-row
    # INSERT ... RETURNING would be longer than psycopg's query cache accepts and parsed
    # afresh for every chunk (about 1 s of a 6,000-title import).
    sequence = func.pg_get_serial_sequence(table.name, "id")
    numbers = select(func.nextval(sequence)).select_from(func.generate_series(1, len(rows)))
    ids = [int(row[0]) for row in conn.execute(numbers)]
    conn.execute(table.insert(), [{**row, "id": i} for row, i in zip(rows, ids, strict=True)])
    return ids


def update_many(conn: Connection, table: Any, changes: list[tuple[int, dict[str, Any]]]) -> None:
    """Apply ``changes`` (row id, new values): one ``executemany`` per set of columns."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row_id, values in changes:
        keys = tuple(sorted(values))
        groups.setdefault(keys, []).append(
            {"b_id": row_id, **{f"b_{k}": v for k, v in values.items()}}
        )
    for keys, params in groups.items():
        statement = (
            table.update()
            .where(table.c.id == bindparam("b_id"))
            .values({k: bindparam(f"b_{k}") for k in keys})
        )
        conn.execute(statement, params)


def assign_codes(session: Session, wanted: list[tuple[int, int]]) -> list[str]:
    """See :meth:`sopxl.register.apply.Session.assign_codes`."""
    conn, c, sec, u, a = session.conn, s.codes, s.sections, s.units, s.agencies
    numbers: dict[int, int] = session._next_number
    segments: dict[int, tuple[str, str, str]] = session._segments
    sections = sorted({section for _title, section in wanted})
    unknown = [x for x in sections if x not in numbers]
    for part in chunks(unknown):
        highest = dict(
            conn.execute(
                select(c.c.section_id, func.max(c.c.number))
                .where(c.c.section_id.in_(part))
                .group_by(c.c.section_id)
            ).all()
        )
        for section in part:
            numbers[section] = int(highest.get(section) or 0)
    missing = [x for x in sections if x not in segments]
    for part in chunks(missing):
        for row in conn.execute(
            select(sec.c.id, a.c.code, u.c.code, sec.c.code)
            .select_from(sec.join(u, sec.c.unit_id == u.c.id).join(a, u.c.agency_id == a.c.id))
            .where(sec.c.id.in_(part))
        ):
            segments[row[0]] = (row[1], row[2], row[3])
    year = session.now.year

    def make(section: int, number: int) -> str:
        komponen, unit, bagian = segments[section]
        return session.pattern.format(komponen, unit, bagian, number, year)

    # First choice of every title; which of them exist already, in one query.
    planned: dict[int, int] = dict(numbers)
    first: list[str] = []
    for _title, section in wanted:
        planned[section] += 1
        first.append(make(section, planned[section]))
    taken = _taken(conn, first)
    codes: list[str] = []
    rows: list[dict[str, Any]] = []
    for title_id, section in wanted:
        number = numbers[section] + 1
        code = make(section, number)
        # A pattern without {bagian} (or a renamed segment) can make a code that another
        # bagian already has: skip to the next number, never reuse a code.
        while code in taken or (code not in first and _taken(conn, [code])):
            taken.add(code)
            number += 1
            code = make(section, number)
        taken.add(code)
        numbers[section] = number
        codes.append(code)
        rows.append(
            {
                "title_id": title_id,
                "section_id": section,
                "number": number,
                "year": year,
                "code": code,
                "run_id": session.run_id,
            }
        )
    conn.execute(c.insert(), rows)
    return codes


def _taken(conn: Connection, codes: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for part in chunks(list(dict.fromkeys(codes))):
        found.update(
            row[0] for row in conn.execute(select(s.codes.c.code).where(s.codes.c.code.in_(part)))
        )
    return found
