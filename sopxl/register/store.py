"""Opening the register, its schema version, and what it shows as pandas DataFrames.

SQLite specifics live only here, in the engine's connection events: foreign keys on, a
busy timeout, and ``BEGIN IMMEDIATE`` for write transactions so that two imports running
at once queue instead of both counting the same next number. On PostgreSQL the unique
constraints of :mod:`sopxl.register.schema` catch that race and the importer retries.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd
from sqlalchemy import (
    Connection,
    CursorResult,
    Engine,
    RootTransaction,
    create_engine,
    event,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from sopxl.errors import InputError, OperationalError, reason
from sopxl.model.organisation import AgencyOutline
from sopxl.register import migrate
from sopxl.register import schema as s
from sopxl.register.dberrors import database_error, shown_url

if TYPE_CHECKING:
    from sopxl.register.titles import Matcher

SQLITE_BUSY_SECONDS = 120
"""How long a SQLite statement inside a held transaction waits for readers to finish."""
LOCK_WAIT_SECONDS = 600.0
"""How long an import waits for another to finish before it gives up (``--tunggu``)."""
LOCK_POLL_SECONDS = 0.25
LOCK_TELL_EVERY = 5.0
IMPORT_LOCK_KEY = 0x5F50_0001
"""The PostgreSQL advisory lock key of "an import is changing the register"."""

Waiting = Callable[[float], None]
"""Told how many seconds an import has waited for another one to finish."""
STAGES: tuple[str, ...] = ("identifikasi", "analisis", "penulisan", "verifikasi", "penetapan")
"""Stages of Pasal 5 ayat (2) that the register records, in order."""

STAGE_LABELS = {
    "identifikasi": "Identifikasi",
    "analisis": "Analisis (bernomor)",
    "penulisan": "Penulisan",
    "verifikasi": "Verifikasi",
    "penetapan": "Penetapan",
}
STATUS_ACTIVE = "aktif"
STATUS_WITHDRAWN = "ditarik"

_WRITE = "sopxl_write"


def _sqlite_events(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event (below) emit BEGIN itself: pysqlite's own
        # implicit transactions would start too late and as DEFERRED.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        write = connection.get_execution_options().get(_WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


class Register:
    """An open register. Use :func:`open_register`; close with :meth:`close`."""

    def __init__(self, engine: Engine, url: str = "") -> None:
        self.engine = engine
        self.url = url or engine.url.render_as_string(hide_password=False)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection in a read transaction (a consistent view). A database failure
        becomes :class:`OperationalError` in Indonesian."""
        try:
            with self.engine.connect() as conn, conn.begin():
                yield conn
        except SQLAlchemyError as error:
            raise database_error("Register tidak dapat dibaca", self.url, error) from error

    def write_connection(self) -> Connection:
        """A new connection whose transactions take the write lock at BEGIN (SQLite)."""
        return self.engine.connect().execution_options(**{_WRITE: True})

    def begin_import(
        self, waiting: Waiting | None = None, max_wait: float = LOCK_WAIT_SECONDS
    ) -> tuple[Connection, RootTransaction]:
        """A connection in a write transaction that holds the register's import lock: one
        import at a time changes the register (SQLite: ``BEGIN IMMEDIATE``; PostgreSQL: a
        transaction-scoped advisory lock, released by its commit or rollback). While
        another import holds it, ``waiting`` is told every few seconds how long we have
        waited; after ``max_wait`` seconds :class:`OperationalError` says so."""
        started = time.monotonic()
        told = -LOCK_TELL_EVERY
        dialect = self.engine.dialect.name

        def wait_more() -> None:
            nonlocal told
            waited = time.monotonic() - started
            if waited >= max_wait:
                raise OperationalError(
                    f"Register {shown_url(self.url)} masih dipakai impor lain setelah "
                    f"menunggu {round(waited)} detik; impor ini dibatalkan tanpa mengubah "
                    "apa pun. Ulangi setelah impor lain selesai."
                )
            if waiting is not None and waited - told >= LOCK_TELL_EVERY:
                told = waited
                waiting(waited)
            time.sleep(min(LOCK_POLL_SECONDS, max(0.0, max_wait - waited)))

        while True:
            conn = self.write_connection()
            try:
                if dialect == "sqlite":
                    raw = conn.connection.dbapi_connection
                    assert raw is not None
                    raw.execute(f"PRAGMA busy_timeout = {int(LOCK_POLL_SECONDS * 1000)}")
                    try:
                        transaction = conn.begin()
                    except DBAPIError as error:
                        if (
                            "locked" not in str(error.orig).lower()
                            and "busy" not in str(error.orig).lower()
                        ):
                            raise
                        conn.close()
                        wait_more()
                        continue
                    raw.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_SECONDS * 1000}")
                    return conn, transaction
                transaction = conn.begin()
                if dialect == "postgresql":
                    # Keyed by schema too, so registers in two schemas of one database
                    # do not wait for each other.
                    lock = text(
                        "SELECT pg_try_advisory_xact_lock(:key, hashtext(current_schema()))"
                    )
                    while not conn.execute(lock, {"key": IMPORT_LOCK_KEY}).scalar():
                        wait_more()
                return conn, transaction
            except BaseException:
                conn.close()
                raise

    # --- views -----------------------------------------------------------------------

    def inventory_frame(
        self,
        agency_code: str | None = None,
        include_withdrawn: bool = False,
        columns: Sequence[str] | None = None,
    ) -> pd.DataFrame:
        """Every registered SOP title, one row each, ordered by SKPD, code.

        Columns: agency_code, agency, agency_short, unit_code, unit, section_code,
        section, code, number, title, kind, service, stage, status, legal_basis, note,
        duty, routine, steps, output, parties, registered_at, updated_at, written_at,
        form_revision, title_id; or only ``columns`` of them (the same rows).
        """
        with self.reading() as conn:
            return inventory_frame(conn, agency_code, include_withdrawn, columns)

    def findings_frame(self) -> pd.DataFrame:
        """Findings recorded by imports: run, file, kind, outcome, code, severity, sheet,
        cell, message."""
        f, fi, r = s.findings, s.files, s.runs
        query = (
            select(
                r.c.id.label("run"),
                r.c.started_at.label("imported_at"),
                fi.c.path.label("file"),
                fi.c.kind,
                fi.c.outcome,
                f.c.code,
                f.c.severity,
                f.c.sheet,
                f.c.cell,
                f.c.message,
            )
            .select_from(f.join(fi, f.c.file_id == fi.c.id).join(r, fi.c.run_id == r.c.id))
            .order_by(r.c.id, fi.c.id, f.c.id)
        )
        with self.reading() as conn:
            result = conn.execute(query)
            return result_frame(result)

    def duplicates_frame(
        self, threshold: int = 80, across_agencies: bool = False, matcher: Matcher | None = None
    ) -> pd.DataFrame:
        """Groups and pairs of active titles scoring at least ``threshold`` as one
        procedure (see :func:`sopxl.register.duplicates.duplicates_frame`)."""
        from sopxl.register.duplicates import duplicates_frame

        return duplicates_frame(self.inventory_frame(), threshold, across_agencies, matcher)

    def agencies_frame(self) -> pd.DataFrame:
        """Every SKPD the register knows: code, name, short_name, active, merged_into."""
        a = s.agencies
        successor = a.alias("successor")
        query = (
            select(
                a.c.code,
                a.c.name,
                a.c.short_name,
                a.c.active,
                successor.c.code.label("merged_into"),
            )
            .select_from(a.outerjoin(successor, a.c.merged_into_id == successor.c.id))
            .order_by(a.c.code)
        )
        with self.reading() as conn:
            result = conn.execute(query)
            return result_frame(result)

    def agency_outline(self, code: str) -> AgencyOutline:
        """What the inventory template of SKPD ``code`` is pre-filled with. Raises
        :class:`InputError` for an unknown or inactive SKPD."""
        with self.reading() as conn:
            return agency_outline(conn, code)

    def agency_codes(self) -> list[str]:
        """The codes of the active SKPDs, in order."""
        with self.reading() as conn:
            rows = conn.execute(
                select(s.agencies.c.code).where(s.agencies.c.active).order_by(s.agencies.c.code)
            )
            return [row.code for row in rows]


def result_frame(result: CursorResult[Any]) -> pd.DataFrame:
    """The rows of ``result`` as a DataFrame, one column per selected label. Built from
    plain tuples: handed SQLAlchemy ``Row`` objects, pandas probes every row for attributes
    (``_fields``, ``__array__``, ...), which costs more than the query itself (6,000
    titles: ~25 ms of ~70 ms)."""
    columns = list(result.keys())
    return pd.DataFrame([tuple(row) for row in result], columns=columns)


def _sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for an in-memory database or another server)."""
    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite") or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def open_register(url: str, create: bool = False) -> Register:
    """Open the register at ``url``. Only ``create`` (``sopxl init``) makes one: in an empty
    database its tables are created; without it a missing, emptied or damaged register is
    an error, never silently re-created (a new register would give numbers again that the
    lost one had given). Raises :class:`InputError` for a missing register, a database
    holding other tables or a register of another schema version;
    :class:`OperationalError` (Indonesian cause, no password) when it cannot be reached."""
    shown = shown_url(url)
    try:
        sqlite_file = _sqlite_path(url)
    except ArgumentError as error:
        raise InputError(f"URL register '{shown}' tidak sah: {reason(error)}") from error
    if sqlite_file is not None and not create and not sqlite_file.exists():
        raise InputError(
            f"Register {sqlite_file} tidak ada (terhapus atau dipindah). sopxl tidak membuatnya "
            "lagi diam-diam, karena register baru akan memberi lagi Nomor SOP yang sudah "
            "diberikan: pulihkan berkas itu dari cadangan, atau sebut register yang benar "
            "dengan --db."
        )
    try:
        if sqlite_file is not None:
            engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_SECONDS})
            _sqlite_events(engine)
        else:
            # A command-line run needs no pool; NullPool also closes every connection when
            # its block ends, so a server never keeps idle sessions of finished commands.
            # (An import opens three: this one, its transaction's, and one to read the
            # outlines of its coded copies.)
            engine = create_engine(url, poolclass=NullPool)
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            due = s.meta.name in tables and migrate.needs_upgrade(conn)
    except (SQLAlchemyError, ModuleNotFoundError) as error:
        raise database_error("Register tidak dapat dibuka", url, error) from error
    register = Register(engine, url)
    try:
        if s.meta.name not in tables:
            if tables - {t.name for t in s.metadata.sorted_tables} - {migrate.VERSION_TABLE}:
                raise InputError(f"Basis data {shown} berisi tabel lain dan bukan register sopxl.")
            if not create:
                if tables:
                    raise InputError(
                        f"Register {shown} rusak: tabel versinya (sopxl_meta) hilang. "
                        "Pulihkan register dari cadangan."
                    )
                raise InputError(
                    f"Register {shown} kosong (belum dibuat, atau isinya terhapus). sopxl "
                    "tidak membuatnya lagi diam-diam: pulihkan dari cadangan, atau buat "
                    "register baru dengan 'sopxl init'."
                )
            _upgrade(register, shown)
        elif due:
            _upgrade(register, shown)
    except SQLAlchemyError as error:
        register.close()
        raise database_error("Register tidak dapat dibuka", url, error) from error
    except (InputError, OperationalError):
        register.close()
        raise
    return register


def _upgrade(register: Register, shown: str) -> None:
    """Create or migrate the register (:mod:`sopxl.register.migrate`) in one transaction
    holding the import lock, so an interrupted migration leaves the register as it was
    and two processes never migrate at once."""
    conn, transaction = register.begin_import()
    try:
        if migrate.needs_upgrade(conn):  # another process may have done it meanwhile
            migrate.upgrade(conn, shown)
        transaction.commit()
    except BaseException:
        if transaction.is_active:
            transaction.rollback()
        raise
    finally:
        conn.close()


def agency_family(conn: Connection, agency_id: int) -> list[int]:
    """``agency_id`` and every SKPD merged into it, directly or through others."""
    rows = conn.execute(select(s.agencies.c.id, s.agencies.c.merged_into_id)).fetchall()
    children: dict[int, list[int]] = {}
    for row in rows:
        if row.merged_into_id is not None:
            children.setdefault(row.merged_into_id, []).append(row.id)
    family, todo = [agency_id], [agency_id]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in family:
                family.append(child)
                todo.append(child)
    return family


def agency_outline(conn: Connection, code: str) -> AgencyOutline:
    """The outline of SKPD ``code``: its own unit kerja and bagian and those of SKPDs merged
    into it (their titles are now its titles)."""
    a, u, sec = s.agencies, s.units, s.sections
    agency = conn.execute(select(a).where(a.c.code == code)).first()
    if agency is None:
        raise InputError(
            f"SKPD dengan kode '{code}' tidak ada di register. Impor master "
            "organisasi terlebih dahulu."
        )
    if not agency.active:
        raise InputError(f"SKPD '{code}' ({agency.name}) sudah tidak aktif.")
    family = agency_family(conn, agency.id)
    rows = conn.execute(
        select(u.c.name.label("unit"), sec.c.name.label("section"), u.c.agency_id)
        .select_from(u.outerjoin(sec, (sec.c.unit_id == u.c.id) & sec.c.active))
        .where(u.c.agency_id.in_(family), u.c.active)
        .order_by((u.c.agency_id != agency.id), u.c.agency_id, u.c.code, sec.c.code)
    ).fetchall()
    units: dict[str, list[str]] = {}
    for row in rows:
        sections = units.setdefault(row.unit, [])
        if row.section is not None and row.section not in sections:
            sections.append(row.section)
    return AgencyOutline(
        agency.code,
        agency.name,
        agency.short_name,
        tuple((unit, tuple(sections)) for unit, sections in units.items()),
    )


def inventory_frame(
    conn: Connection,
    agency_code: str | None = None,
    include_withdrawn: bool = False,
    columns: Sequence[str] | None = None,
) -> pd.DataFrame:
    """See :meth:`Register.inventory_frame`; on an open connection (inside an import)."""
    t, c, a, u, sec = s.titles, s.codes, s.agencies, s.units, s.sections
    created = s.runs.alias("created")
    updated = s.runs.alias("updated")
    written = s.runs.alias("written")
    every = (
        a.c.code.label("agency_code"),
        a.c.name.label("agency"),
        a.c.short_name.label("agency_short"),
        u.c.code.label("unit_code"),
        u.c.name.label("unit"),
        sec.c.code.label("section_code"),
        sec.c.name.label("section"),
        c.c.code,
        c.c.number,
        t.c.title,
        t.c.kind,
        t.c.service,
        t.c.stage,
        t.c.status,
        t.c.legal_basis,
        t.c.note,
        t.c.c_duty.label("duty"),
        t.c.c_routine.label("routine"),
        t.c.c_steps.label("steps"),
        t.c.c_output.label("output"),
        t.c.c_parties.label("parties"),
        created.c.started_at.label("registered_at"),
        updated.c.started_at.label("updated_at"),
        written.c.started_at.label("written_at"),
        t.c.form_revision,
        t.c.id.label("title_id"),
    )
    chosen: tuple[Any, ...] = every
    if columns is not None:
        by_name = {column.name: column for column in every}
        chosen = tuple(by_name[name] for name in columns)
    query = (
        select(*chosen)
        .select_from(
            t.join(a, t.c.agency_id == a.c.id)
            .join(sec, t.c.section_id == sec.c.id)
            .join(u, sec.c.unit_id == u.c.id)
            .outerjoin(c, c.c.title_id == t.c.id)
            .join(created, t.c.created_run == created.c.id)
            .join(updated, t.c.updated_run == updated.c.id)
            .outerjoin(written, t.c.form_run == written.c.id)
        )
        .order_by(a.c.code, c.c.code, t.c.id)
    )
    if agency_code is not None:
        query = query.where(a.c.code == agency_code)
    if not include_withdrawn:
        query = query.where(t.c.status == STATUS_ACTIVE)
    return result_frame(conn.execute(query))
