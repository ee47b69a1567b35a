"""Batched writes of an import: the number of SQL round trips grows with the number of
files, not of titles (over a network each round trip costs a millisecond or more).

- a file's rows go together (:func:`write_together`): on PostgreSQL one statement, each
  table's ``INSERT ... SELECT FROM jsonb_array_elements(...)`` (or ``UPDATE ... FROM``) a
  ``WITH`` part with its rows as one JSON text of arrays (one round trip, parsed once,
  however many rows; the JSON is made in C, where psycopg would adapt a list per column
  value by value); on SQLite one ``executemany`` per table handed straight to the driver
  (in-process, no round trip to save, but SQLAlchemy's per-row parameter handling would
  cost more than the insert itself);
- ids come from SQLite's highest rowid (we hold the write lock) or from one PostgreSQL
  ``nextval`` query, so rows are inserted with their ids and nothing is read back;
- codes are assigned per bagian in memory: one query for the highest numbers given, one
  to see whether a generated code is already taken, one insert;
- updates of many rows with the same columns go as one part the same way.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
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


def _source(dialect: Dialect, table: Table, keys: tuple[str, ...], name: str) -> str:
    """The rows of the JSON parameter ``name`` (an array of arrays, values in the order of
    ``keys``) as a subquery ``x`` with those columns. Each value is cast to its column's
    type without a length: the insert or update then refuses an over-long text (an
    explicit cast to ``VARCHAR(n)`` would cut it). Arrays rather than objects, as
    ``jsonb`` (whose ``->>`` finds an array element directly; on ``json`` it rescans the
    text for every column): 100 titles go in 0.5 ms against 0.8 ms with
    ``json_to_recordset``, which builds a hash table per object, and the text does not
    repeat the column names."""
    quote = dialect.identifier_preparer.quote
    columns = ", ".join(
        f"CAST(e->>{i} AS {_base_type(table, k, dialect)}) AS {quote(k)}"
        for i, k in enumerate(keys)
    )
    return f"(SELECT {columns} FROM jsonb_array_elements(CAST(%({name})s AS jsonb)) AS e) AS x"


def _base_type(table: Table, key: str, dialect: Dialect) -> str:
    return re.sub(r"\(.*?\)", "", table.c[key].type.compile(dialect=dialect))


def _tuples(
    rows: Sequence[dict[str, Any]], keys: tuple[str, ...], processors: tuple[Processor, ...]
) -> list[Any]:
    """Each row's values in the order of ``keys``, converted for the driver."""
    if any(processors):
        # Column by column, so the conversions run in map() rather than a Python loop.
        columns = [
            list(map(itemgetter(k), rows)) if p is None else list(map(p, map(itemgetter(k), rows)))
            for k, p in zip(keys, processors, strict=True)
        ]
        return list(zip(*columns, strict=True))
    get = itemgetter(*keys) if len(keys) > 1 else lambda row: (row[keys[0]],)
    return list(map(get, rows))


def _json(
    rows: Sequence[dict[str, Any]], keys: tuple[str, ...], processors: tuple[Processor, ...]
) -> str:
    """``rows`` as a JSON array of arrays (built in C by :func:`json.dumps`: psycopg would
    adapt a Python list per column value by value)."""
    return json.dumps(_tuples(rows, keys, processors), ensure_ascii=False, default=_json_value)


def _json_value(value: object) -> object:
    if isinstance(value, (date, datetime, time)):
        return value.isoformat()
    raise TypeError(f"cannot send {type(value).__name__} as JSON")


@dataclass(frozen=True)
class Rows:
    """Rows for one statement: inserted into ``table``, or (``update``) their values set
    on the rows of ``table`` with their ``id``. Every row has the same keys."""

    table: Table
    rows: Sequence[dict[str, Any]]
    update: bool = False


def insert_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) in one statement (see the module
    docstring)."""
    write_together(conn, [Rows(table, rows)])


def _postgres_sql(dialect: Dialect, part: Rows, name: str) -> str:
    """One part as PostgreSQL SQL taking its rows as the JSON parameter ``name``."""
    table, keys = part.table, tuple(part.rows[0])
    quote = dialect.identifier_preparer.quote
    target = dialect.identifier_preparer.format_table(table)
    source = _source(dialect, table, keys, name)
    if part.update:
        sets = ", ".join(f"{quote(k)} = x.{quote(k)}" for k in keys if k != "id")
        same = f"{target}.{quote('id')} = x.{quote('id')}"
        return f"UPDATE {target} SET {sets} FROM {source} WHERE {same}"
    names = ", ".join(quote(k) for k in keys)
    return f"INSERT INTO {target} ({names}) SELECT {names} FROM {source}"


def _sqlite_statement(dialect: Dialect, part: Rows) -> tuple[str, list[Any]]:
    """One part as SQLite SQL with ``?`` marks and its rows as parameter tuples, handed
    straight to the driver's ``executemany``."""
    table, rows = part.table, part.rows
    keys = tuple(rows[0])
    if part.update:
        keys = (*(k for k in keys if k != "id"), "id")
    params = _tuples(rows, keys, _processors(dialect, table, keys))
    quote = dialect.identifier_preparer.quote
    target = dialect.identifier_preparer.format_table(table)
    if part.update:
        sets = ", ".join(f"{quote(k)} = ?" for k in keys[:-1])
        return f"UPDATE {target} SET {sets} WHERE {quote('id')} = ?", params
    names = ", ".join(quote(k) for k in keys)
    marks = ", ".join("?" for _ in keys)
    return f"INSERT INTO {target} ({names}) VALUES ({marks})", params


def write_together(conn: Connection, parts: Sequence[Rows]) -> None:
    """Send ``parts`` in order. PostgreSQL gets them in one statement (each part but the
    last a ``WITH`` part: one round trip, and all or nothing; foreign keys are checked
    when the whole statement is done, so a row may refer to one inserted by an earlier
    part; no two parts may change the same row). SQLite gets one ``executemany`` per
    part, every statement built before the first is sent, so that a bug of ours cannot
    stop the writes half-way."""
    parts = [part for part in parts if part.rows]
    if not parts:
        return
    dialect = conn.dialect
    if dialect.name == "postgresql":
        statements: list[str] = []
        params: dict[str, str] = {}
        for index, part in enumerate(parts):
            keys = tuple(part.rows[0])
            statements.append(_postgres_sql(dialect, part, f"rows{index}"))
            params[f"rows{index}"] = _json(part.rows, keys, _processors(dialect, part.table, keys))
        head = ", ".join(f"part{i} AS ({sql})" for i, sql in enumerate(statements[:-1]))
        conn.exec_driver_sql(f"WITH {head} {statements[-1]}" if head else statements[0], params)
        return
    if dialect.name == "sqlite":
        prepared = [_sqlite_statement(dialect, part) for part in parts]
        for sql, rows in prepared:
            conn.exec_driver_sql(sql, rows)
        return
    core = [(_core_statement(part), _core_rows(part)) for part in parts]
    for statement, rows in core:
        conn.execute(statement, rows)


def _core_statement(part: Rows) -> Any:
    """A part as a SQLAlchemy statement (databases other than SQLite and PostgreSQL)."""
    table = part.table
    if not part.update:
        return table.insert()
    keys = [k for k in part.rows[0] if k != "id"]
    return (
        table.update()
        .where(table.c.id == bindparam("b_id"))
        .values({k: bindparam(f"b_{k}") for k in keys})
    )


def _core_rows(part: Rows) -> list[dict[str, Any]]:
    if not part.update:
        return list(part.rows)
    return [{f"b_{k}": v for k, v in row.items()} for row in part.rows]


def new_ids(
    conn: Connection, table: Table, count: int, last_ids: dict[str, int] | None = None
) -> list[int]:
    """Ids for ``count`` new rows of ``table``: from one PostgreSQL ``nextval`` query, or
    on SQLite following the table's highest one (an import holds the write lock);
    ``last_ids`` remembers that per table for the rest of the transaction, so only the
    first insert of a table asks (a savepoint rolled back leaves a gap, never a clash)."""
    if not count:
        return []
    if conn.dialect.name == "postgresql":
        sequence = func.pg_get_serial_sequence(table.name, "id")
        numbers = select(func.nextval(sequence)).select_from(func.generate_series(1, count))
        return [int(row[0]) for row in conn.execute(numbers)]
    before = last_ids.get(table.name) if last_ids is not None else None
    if before is None:
        before = conn.execute(select(func.max(table.c.id))).scalar() or 0
    if last_ids is not None:
        last_ids[table.name] = before + count
    return list(range(before + 1, before + count + 1))


def insert_many(
    conn: Connection,
    table: Table,
    rows: list[dict[str, Any]],
    last_ids: dict[str, int] | None = None,
) -> list[int]:
    """Insert ``rows`` with ids from :func:`new_ids` and return those, in order."""
    ids = new_ids(conn, table, len(rows), last_ids)
    insert_rows(conn, table, with_ids(rows, ids))
    return ids


def with_ids(rows: list[dict[str, Any]], ids: list[int]) -> list[dict[str, Any]]:
    return [{"id": i, **row} for row, i in zip(rows, ids, strict=True)]


def highest_numbers(
    session: Session, sections: Sequence[int], table: Table | None = None, count: int = 0
) -> list[int]:
    """Learn the highest number given in each of ``sections`` (kept by the session for the
    rest of the import). With ``table`` and ``count``: also take ``count`` new ids of
    ``table`` (:func:`new_ids`), on PostgreSQL in the same query, and return them."""
    conn, c = session.conn, s.codes
    numbers: dict[int, int] = session._next_number
    unknown = sorted({x for x in sections if x not in numbers})
    if conn.dialect.name == "postgresql":
        return _highest_numbers_postgres(session, unknown, table, count)
    ids = new_ids(conn, table, count, session._last_ids) if table is not None else []
    for part in chunks(unknown):
        query = (
            select(c.c.section_id, func.max(c.c.number))
            .where(c.c.section_id.in_(part))
            .group_by(c.c.section_id)
        )
        highest = {section: value for section, value in conn.execute(query)}
        for section in part:
            numbers[section] = int(highest.get(section) or 0)
    return ids


def _highest_numbers_postgres(
    session: Session, unknown: list[int], table: Table | None, count: int
) -> list[int]:
    """:func:`highest_numbers` in one query: the bagian as one array parameter, each one's
    highest number read from the end of the (section_id, number) index (a subquery per
    bagian: without statistics, as inside the import's transaction, the planner would
    scan the whole table for a ``GROUP BY``), and the ids after them."""
    if not unknown and not (table is not None and count):
        return []
    conn = session.conn
    prepare = conn.dialect.identifier_preparer
    codes = prepare.format_table(s.codes)
    parts = [
        "SELECT b.id, (SELECT max(c.number) FROM "
        f"{codes} AS c WHERE c.section_id = b.id) FROM "
        "unnest(CAST(%(sections)s AS integer[])) AS b(id)"
    ]
    params: dict[str, Any] = {"sections": unknown}
    if table is not None and count:
        parts.append(
            "SELECT NULL, nextval(pg_get_serial_sequence(%(table)s, 'id')) "
            "FROM generate_series(1, %(count)s)"
        )
        params.update(table=table.name, count=count)
    rows = conn.exec_driver_sql(" UNION ALL ".join(parts), params).all()
    numbers = session._next_number
    for section, value in rows:
        if section is not None:
            numbers[int(section)] = int(value or 0)
    return sorted(int(value) for section, value in rows if section is None)


def assign_codes(
    session: Session, wanted: list[tuple[int, int]]
) -> tuple[list[str], list[dict[str, Any]]]:
    """See :meth:`sopxl.register.apply.Session.assign_codes`: the codes, and the rows of
    ``codes`` to insert."""
    conn, numbers = session.conn, session._next_number
    organisation = session.organisation()
    sections = sorted({section for _title, section in wanted})
    highest_numbers(session, sections)
    year = session.now.year
    numbering = {
        section: session.pattern.numbering(*organisation.segments(section), year)
        for section in sections
    }

    def make(section: int, number: int) -> str:
        return numbering[section](number)

    # First choice of every title; which of them exist already, in one query.
    planned: dict[int, int] = {section: numbers[section] for section in sections}
    first: list[str] = []
    first_numbers: list[int] = []
    for _title, section in wanted:
        planned[section] += 1
        first_numbers.append(planned[section])
        first.append(make(section, planned[section]))
    asked = set(first)
    taken = _taken(conn, first)
    codes: list[str] = []
    rows: list[dict[str, Any]] = []
    for index, (title_id, section) in enumerate(wanted):
        number = numbers[section] + 1
        code = first[index] if number == first_numbers[index] else make(section, number)
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
    return codes, rows


def _taken(conn: Connection, codes: Sequence[str]) -> set[str]:
    """Which of ``codes`` the register has given already."""
    wanted = list(dict.fromkeys(codes))
    if conn.dialect.name == "postgresql":
        # One array parameter, each code looked up in the unique index of codes.code (a
        # subquery per code: without statistics the planner would scan the table).
        table = conn.dialect.identifier_preparer.format_table(s.codes)
        sql = (
            "SELECT w.code FROM unnest(CAST(%(codes)s AS text[])) AS w(code) "
            f"WHERE (SELECT true FROM {table} AS c WHERE c.code = w.code)"
        )
        return {row[0] for row in conn.exec_driver_sql(sql, {"codes": wanted})}
    found: set[str] = set()
    for part in chunks(wanted):
        found.update(
            row[0] for row in conn.execute(select(s.codes.c.code).where(s.codes.c.code.in_(part)))
        )
    return found
