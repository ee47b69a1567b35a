"""Batched writes of an import: the number of SQL round trips grows with the number of
files, not of titles (over a network each round trip costs a millisecond or more).

- rows go in one statement per table and file: on PostgreSQL one ``INSERT ... SELECT
  FROM unnest(...)`` with a typed array per column (one round trip, parsed once, however
  many rows); on SQLite one ``executemany`` handed straight to the driver (in-process, no
  round trip to save, but SQLAlchemy's per-row parameter handling would cost more than
  the insert itself);
- ids come from SQLite's highest rowid (we hold the write lock) or from one PostgreSQL
  ``nextval`` query, so rows are inserted with their ids and nothing is read back;
- codes are assigned per bagian in memory: one query for the highest numbers given, one
  to see whether a generated code is already taken, one insert;
- updates of many rows with the same columns go as one statement the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Table, bindparam, func, select
from sqlalchemy.engine import Dialect

from sopxl.register import schema as s

if TYPE_CHECKING:
    from sopxl.register.apply import Session

CHUNK = 900
"""Values per ``IN (...)`` list: well under every database's limit of bound parameters."""

Processor = Callable[[Any], Any] | None


def chunks(items: Sequence[Any]) -> list[Sequence[Any]]:
    return [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]


_PROCESSORS: dict[tuple[str, str, tuple[str, ...]], tuple[Processor, ...]] = {}


def _processors(dialect: Dialect, table: Table, keys: tuple[str, ...]) -> tuple[Processor, ...]:
    """Each column's conversion of a Python value for the driver (e.g. a datetime as text
    on SQLite), as SQLAlchemy would apply it."""
    key = (dialect.name, table.name, keys)
    found = _PROCESSORS.get(key)
    if found is None:
        found = _PROCESSORS[key] = tuple(table.c[k].type.bind_processor(dialect) for k in keys)
    return found


def _column(values: list[Any], processor: Processor) -> list[Any]:
    if processor is None:
        return values
    return [None if v is None else processor(v) for v in values]


def _array_type(dialect: Dialect, table: Table, key: str) -> str:
    return f"{table.c[key].type.compile(dialect=dialect)}[]"


def _unnest(dialect: Dialect, table: Table, keys: tuple[str, ...]) -> str:
    """``unnest(%(p0)s::TYPE[], ...)``: one typed array parameter per column."""
    arrays = ", ".join(
        f"CAST(%(p{i})s AS {_array_type(dialect, table, k)})" for i, k in enumerate(keys)
    )
    return f"unnest({arrays})"


def insert_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) in one statement (see the module
    docstring)."""
    if not rows:
        return
    dialect = conn.dialect
    keys = tuple(rows[0])
    if dialect.name not in ("sqlite", "postgresql"):
        conn.execute(table.insert(), list(rows))
        return
    quote = dialect.identifier_preparer.quote
    names = ", ".join(quote(k) for k in keys)
    target = dialect.identifier_preparer.format_table(table)
    processors = _processors(dialect, table, keys)
    if dialect.name == "postgresql":
        sql = f"INSERT INTO {target} ({names}) SELECT * FROM {_unnest(dialect, table, keys)}"
        conn.exec_driver_sql(
            sql,
            {
                f"p{i}": _column([row[k] for row in rows], processor)
                for i, (k, processor) in enumerate(zip(keys, processors, strict=True))
            },
        )
        return
    marks = ", ".join("?" for _ in keys)
    get = itemgetter(*keys) if len(keys) > 1 else lambda row: (row[keys[0]],)
    params: list[Any] = list(map(get, rows))
    converted = [(i, p) for i, p in enumerate(processors) if p is not None]
    if converted:
        for index, values in enumerate(params):
            values = list(values)
            for i, processor in converted:
                if values[i] is not None:
                    values[i] = processor(values[i])
            params[index] = tuple(values)
    conn.exec_driver_sql(f"INSERT INTO {target} ({names}) VALUES ({marks})", params)


def insert_many(
    conn: Connection,
    table: Table,
    rows: list[dict[str, Any]],
    last_ids: dict[str, int] | None = None,
) -> list[int]:
    """Insert ``rows`` and return their primary keys in the order of ``rows``.

    On SQLite the ids follow the table's highest one (an import holds the write lock);
    ``last_ids`` remembers it per table for the rest of the transaction, so that only the
    first insert of a table asks (a savepoint rolled back leaves a gap, never a clash)."""
    if not rows:
        return []
    if conn.dialect.name == "postgresql":
        # Take the ids from the table's sequence in one query.
        sequence = func.pg_get_serial_sequence(table.name, "id")
        numbers = select(func.nextval(sequence)).select_from(func.generate_series(1, len(rows)))
        ids = [int(row[0]) for row in conn.execute(numbers)]
    else:
        before = last_ids.get(table.name) if last_ids is not None else None
        if before is None:
            before = conn.execute(select(func.max(table.c.id))).scalar() or 0
        ids = list(range(before + 1, before + len(rows) + 1))
        if last_ids is not None:
            last_ids[table.name] = ids[-1]
    insert_rows(conn, table, [{"id": i, **row} for row, i in zip(rows, ids, strict=True)])
    return ids


def update_many(conn: Connection, table: Table, changes: list[tuple[int, dict[str, Any]]]) -> None:
    """Apply ``changes`` (row id, new values): one statement per set of columns."""
    groups: dict[tuple[str, ...], list[tuple[int, dict[str, Any]]]] = {}
    for row_id, values in changes:
        groups.setdefault(tuple(sorted(values)), []).append((row_id, values))
    dialect = conn.dialect
    for keys, items in groups.items():
        if dialect.name == "postgresql":
            target = dialect.identifier_preparer.format_table(table)
            quote = dialect.identifier_preparer.quote
            every = ("id", *keys)
            names = ", ".join(f"c{i}" for i in range(len(every)))
            sets = ", ".join(f"{quote(k)} = v.c{i}" for i, k in enumerate(every) if i)
            processors = _processors(dialect, table, every)
            columns = [[row_id for row_id, _ in items]] + [
                [values[k] for _, values in items] for k in keys
            ]
            conn.exec_driver_sql(
                f"UPDATE {target} SET {sets} FROM {_unnest(dialect, table, every)} "
                f"AS v({names}) WHERE {target}.{quote('id')} = v.c0",
                {
                    f"p{i}": _column(column, processor)
                    for i, (column, processor) in enumerate(zip(columns, processors, strict=True))
                },
            )
            continue
        statement = (
            table.update()
            .where(table.c.id == bindparam("b_id"))
            .values({k: bindparam(f"b_{k}") for k in keys})
        )
        conn.execute(
            statement,
            [
                {"b_id": row_id, **{f"b_{k}": v for k, v in values.items()}}
                for row_id, values in items
            ],
        )


def assign_codes(session: Session, wanted: list[tuple[int, int]]) -> list[str]:
    """See :meth:`sopxl.register.apply.Session.assign_codes`."""
    conn, c = session.conn, s.codes
    numbers: dict[int, int] = session._next_number
    organisation = session.organisation()
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
    year = session.now.year
    pattern = session.pattern.format
    segments = {section: organisation.segments(section) for section in sections}

    def make(section: int, number: int) -> str:
        komponen, unit, bagian = segments[section]
        return pattern(komponen, unit, bagian, number, year)

    # First choice of every title; which of them exist already, in one query.
    planned: dict[int, int] = {section: numbers[section] for section in sections}
    first: list[str] = []
    for _title, section in wanted:
        planned[section] += 1
        first.append(make(section, planned[section]))
    asked = set(first)
    taken = _taken(conn, first)
    codes: list[str] = []
    rows: list[dict[str, Any]] = []
    for title_id, section in wanted:
        number = numbers[section] + 1
        code = make(section, number)
        # A pattern without {bagian} (or a renamed segment) can make a code that another
        # bagian already has: skip to the next number, never reuse a code.
        while code in taken or (code not in asked and _taken(conn, [code])):
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
    insert_rows(conn, c, rows)
    return codes


def _taken(conn: Connection, codes: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for part in chunks(list(dict.fromkeys(codes))):
        found.update(
            row[0] for row in conn.execute(select(s.codes.c.code).where(s.codes.c.code.in_(part)))
        )
    return found
