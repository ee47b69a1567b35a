"""The web inbox's own tables: accounts, submissions and the audit log.

They live in the register's database (one place to back up) but under their own
``MetaData`` with a ``web_`` prefix, so that the register's schema (and its migrations) never
see them; they are created with ``checkfirst`` when ``sopxl serve`` or ``sopxl akun`` opens
the workspace. Nothing here renders a page: functions take and return plain values.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Engine,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from sopxl.errors import OperationalError, reason

metadata = MetaData()

accounts = Table(
    "web_accounts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(80), nullable=False, unique=True),
    Column("password_hash", String(200), nullable=False),
    # "koordinator" or "skpd"; an SKPD account has its agency's Kode Komponen.
    Column("role", String(20), nullable=False),
    Column("agency_code", String(20), nullable=True),
    Column("display_name", String(300), nullable=False, default=""),
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", DateTime, nullable=False),
)

submissions = Table(
    "web_submissions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("account_id", Integer, ForeignKey("web_accounts.id"), nullable=False),
    Column("agency_code", String(20), nullable=True),
    Column("uploaded_at", DateTime, nullable=False),
    Column("original_name", String(300), nullable=False),
    # Relative to the workspace folder, with "/" separators on every system.
    Column("stored_path", String(500), nullable=False, unique=True),
    Column("sha256", String(64), nullable=False),
    Column("size", Integer, nullable=False),
    Column("status", String(30), nullable=False),
    Column("errors", Integer, nullable=False, default=0),
    Column("warnings", Integer, nullable=False, default=0),
    Column("sop_code", String(100), nullable=False, default=""),
    Column("sop_title", String(500), nullable=False, default=""),
    Column("findings_json", Text, nullable=False, default="[]"),
    Column("copy_path", String(500), nullable=True),
    Column("imported_at", DateTime, nullable=True),
    Column("import_outcome", String(30), nullable=True),
    # The register's kind of a form other than an SOP form (inventaris, status_sop, ...);
    # NULL for an SOP form (and for every submission kept before other kinds came in).
    Column("kind", String(40), nullable=True),
)

audit = Table(
    "web_audit",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime, nullable=False),
    Column("account_id", Integer, ForeignKey("web_accounts.id"), nullable=True),
    Column("action", String(40), nullable=False),
    Column("detail", Text, nullable=False, default=""),
)

ROLE_COORDINATOR = "koordinator"
ROLE_AGENCY = "skpd"


@dataclass(frozen=True)
class Account:
    id: int
    username: str
    role: str
    agency_code: str | None
    display_name: str
    active: bool

    @property
    def is_coordinator(self) -> bool:
        return self.role == ROLE_COORDINATOR


@dataclass(frozen=True)
class Submission:
    """One uploaded file, as kept: who, when, where, and what the check said."""

    id: int
    account_id: int
    agency_code: str | None
    uploaded_at: datetime
    original_name: str
    stored_path: str
    sha256: str
    size: int
    status: str
    errors: int
    warnings: int
    sop_code: str
    sop_title: str
    findings: tuple[dict[str, Any], ...]
    copy_path: str | None
    imported_at: datetime | None
    import_outcome: str | None
    kind: str | None = None


@dataclass
class _Waiting:
    """A submission row waiting for the group commit of :meth:`WebStore.add_submission`."""

    values: dict[str, Any]
    id: int | None = None
    error: str | None = None
    done: bool = field(default=False)


class WebStore:
    """The web tables of one database. Create with :func:`open_web_store`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._waiting: list[_Waiting] = []
        self._waiting_lock = threading.Lock()
        self._commit_lock = threading.Lock()

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        try:
            with self.engine.begin() as conn:
                yield conn
        except SQLAlchemyError as error:
            raise OperationalError(f"Basis data web gagal: {reason(error)}") from error

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection for reads only: nothing to commit."""
        try:
            with self.engine.connect() as conn:
                yield conn
        except SQLAlchemyError as error:
            raise OperationalError(f"Basis data web gagal: {reason(error)}") from error

    # Accounts -------------------------------------------------------------------------
    def add_account(
        self,
        username: str,
        password_hash: str,
        role: str,
        agency_code: str | None = None,
        display_name: str = "",
    ) -> int:
        with self.begin() as conn:
            result = conn.execute(
                insert(accounts).values(
                    username=username,
                    password_hash=password_hash,
                    role=role,
                    agency_code=agency_code,
                    display_name=display_name,
                    active=True,
                    created_at=datetime.now(),
                )
            )
            key = result.inserted_primary_key
            assert key is not None
            return int(key[0])

    def set_password(self, account_id: int, password_hash: str) -> None:
        with self.begin() as conn:
            conn.execute(
                update(accounts)
                .where(accounts.c.id == account_id)
                .values(password_hash=password_hash)
            )

    def set_active(self, account_id: int, active: bool) -> None:
        with self.begin() as conn:
            conn.execute(update(accounts).where(accounts.c.id == account_id).values(active=active))

    def account_row(self, username: str) -> tuple[Account, str] | None:
        """The account called ``username`` and its password hash."""
        with self.reading() as conn:
            row = conn.execute(select(accounts).where(accounts.c.username == username)).first()
        return None if row is None else (_account(row), row.password_hash)

    def account(self, account_id: int) -> Account | None:
        with self.reading() as conn:
            row = conn.execute(select(accounts).where(accounts.c.id == account_id)).first()
        return None if row is None else _account(row)

    def accounts(self) -> list[Account]:
        with self.reading() as conn:
            rows = conn.execute(select(accounts).order_by(accounts.c.role, accounts.c.username))
            return [_account(row) for row in rows]

    def has_coordinator(self) -> bool:
        with self.reading() as conn:
            row = conn.execute(
                select(accounts.c.id).where(accounts.c.role == ROLE_COORDINATOR)
            ).first()
        return row is not None

    # Submissions ----------------------------------------------------------------------
    def add_submission(self, **values: Any) -> int:
        """Record one submission; return its id once it is committed.

        Group commit: a commit waits for the disk (SQLite: ~10 ms here), and twenty SKPDs
        uploading at once would otherwise wait for twenty commits in a row. Rows that
        arrive while a commit is under way are inserted together by the next one, which
        every one of them waits for. When that transaction fails, each of its uploads gets
        :class:`OperationalError`."""
        values["findings_json"] = json.dumps(values.pop("findings"), ensure_ascii=False)
        mine = _Waiting(values)
        with self._waiting_lock:
            self._waiting.append(mine)
        with self._commit_lock:
            if not mine.done:
                with self._waiting_lock:
                    batch, self._waiting = self._waiting, []
                self._insert_submissions(batch)
        if mine.error is not None:
            raise OperationalError(mine.error)
        assert mine.id is not None
        return mine.id

    def _insert_submissions(self, batch: list[_Waiting]) -> None:
        failure = "Basis data web gagal: kiriman tidak tersimpan."
        try:
            with self.begin() as conn:
                for item in batch:
                    result = conn.execute(insert(submissions).values(**item.values))
                    key = result.inserted_primary_key
                    assert key is not None
                    item.id = int(key[0])
            failure = ""
        except OperationalError as error:
            failure = str(error)
        finally:
            for item in batch:
                if failure:  # nothing of the batch was committed
                    item.id, item.error = None, failure
                item.done = True

    def submission(self, submission_id: int) -> Submission | None:
        with self.reading() as conn:
            row = conn.execute(select(submissions).where(submissions.c.id == submission_id)).first()
        return None if row is None else _submission(row)

    def submissions(
        self,
        agency_code: str | None = None,
        status: str | None = None,
        imported: bool | None = None,
        ids: Sequence[int] | None = None,
        limit: int = 500,
    ) -> list[Submission]:
        """Newest first, filtered by SKPD, check status, imported or not, and ids."""
        query = select(submissions).order_by(submissions.c.id.desc()).limit(limit)
        if agency_code is not None:
            query = query.where(submissions.c.agency_code == agency_code)
        if status:
            query = query.where(submissions.c.status == status)
        if imported is not None:
            column = submissions.c.imported_at
            query = query.where(column.is_not(None) if imported else column.is_(None))
        if ids is not None:
            query = query.where(submissions.c.id.in_(list(ids)))
        with self.reading() as conn:
            return [_submission(row) for row in conn.execute(query)]

    def mark_imported(self, outcomes: dict[int, str], at: datetime) -> None:
        with self.begin() as conn:
            for submission_id, outcome in outcomes.items():
                conn.execute(
                    update(submissions)
                    .where(submissions.c.id == submission_id)
                    .values(imported_at=at, import_outcome=outcome)
                )

    # Audit ----------------------------------------------------------------------------
    def log(self, account_id: int | None, action: str, detail: str = "") -> None:
        with self.begin() as conn:
            conn.execute(
                insert(audit).values(
                    at=datetime.now(), account_id=account_id, action=action, detail=detail
                )
            )

    def audit_log(self, limit: int = 200) -> list[dict[str, Any]]:
        query = (
            select(audit.c.at, audit.c.action, audit.c.detail, accounts.c.username)
            .select_from(audit.outerjoin(accounts, audit.c.account_id == accounts.c.id))
            .order_by(audit.c.id.desc())
            .limit(limit)
        )
        with self.reading() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]


def _account(row: Any) -> Account:
    return Account(
        id=row.id,
        username=row.username,
        role=row.role,
        agency_code=row.agency_code,
        display_name=row.display_name,
        active=bool(row.active),
    )


def _submission(row: Any) -> Submission:
    return Submission(
        id=row.id,
        account_id=row.account_id,
        agency_code=row.agency_code,
        uploaded_at=row.uploaded_at,
        original_name=row.original_name,
        stored_path=row.stored_path,
        sha256=row.sha256,
        size=row.size,
        status=row.status,
        errors=row.errors,
        warnings=row.warnings,
        sop_code=row.sop_code,
        sop_title=row.sop_title,
        findings=tuple(json.loads(row.findings_json)),
        copy_path=row.copy_path,
        imported_at=row.imported_at,
        import_outcome=row.import_outcome,
        kind=row.kind,
    )


def _add_missing_columns(engine: Engine) -> None:
    """Columns added to ``web_submissions`` after its first release: added in place, so a
    workspace served by an earlier sopxl keeps its submissions."""
    from sqlalchemy import inspect, text

    with engine.begin() as conn:
        present = {column["name"] for column in inspect(conn).get_columns(submissions.name)}
        if "kind" not in present:
            conn.execute(text(f"ALTER TABLE {submissions.name} ADD COLUMN kind VARCHAR(40)"))


def open_web_store(db_url: str) -> WebStore:
    """Open the web tables of the database at ``db_url``, creating those missing.

    Raises :class:`InputError` when the database holds no register yet: the web tables
    are never the first in a database (the register refuses a database holding others)."""
    from sqlalchemy import inspect

    from sopxl.errors import InputError
    from sopxl.register.schema import meta
    from sopxl.register.store import SQLITE_BUSY_SECONDS

    try:
        if db_url.startswith("sqlite"):
            engine = create_engine(db_url, connect_args={"timeout": SQLITE_BUSY_SECONDS})
        else:
            engine = create_engine(db_url)
        with engine.connect() as conn:
            has_register = meta.name in inspect(conn).get_table_names()
        if not has_register:
            engine.dispose()
            raise InputError(f"Register {db_url} belum dibuat. Jalankan 'sopxl init'.")
        metadata.create_all(engine, checkfirst=True)
        _add_missing_columns(engine)
    except SQLAlchemyError as error:
        raise OperationalError(
            f"Tabel web di {db_url} tidak dapat dibuat: {reason(error)}"
        ) from error
    return WebStore(engine)
