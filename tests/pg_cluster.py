"""A throwaway PostgreSQL cluster for the tests and the register benchmark.

``SOPXL_TEST_POSTGRES_URL`` names a server (an account that may create databases) to use
instead, as CI does with the Debian cluster. Otherwise :func:`start_cluster` runs
``initdb`` into a temporary folder and starts a server on a free loopback port (as the
``postgres`` account when we run as root, since PostgreSQL refuses to run as root).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ENV_URL = "SOPXL_TEST_POSTGRES_URL"


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server could be found or started."""


def _bindir() -> Path | None:
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "initdb").is_file():
            return candidate
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    """A server we may create databases on. ``admin_url`` connects to ``postgres``.

    Every test register is a schema of one database made for this test session (a schema
    costs nothing; a database copies its 7 MB template), reached through a URL that sets
    ``search_path``; :meth:`new_database` makes a whole database when a test needs one."""

    admin_url: str
    _names: Iterator[int] = field(default_factory=itertools.count)
    created: list[str] = field(default_factory=list)
    _session_db: str = ""

    def url_for(self, database: str, schema: str = "") -> str:
        base, _, query = self.admin_url.partition("?")
        head = base.rsplit("/", 1)[0]
        params = [query] if query else []
        if schema:
            params.append(f"options=-csearch_path%3D{schema}")
        return f"{head}/{database}" + (f"?{'&'.join(params)}" if params else "")

    def _name(self) -> str:
        return f"sopxl_t{os.getpid()}_{next(self._names)}_{uuid.uuid4().hex[:6]}"

    def new_database(self) -> str:
        """Create an empty database and return its SQLAlchemy URL."""
        import psycopg

        name = self._name()
        with psycopg.connect(_libpq(self.admin_url), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        self.created.append(name)
        return self.url_for(name)

    def new_register(self) -> str:
        """A URL of an empty register: a fresh schema of this session's database."""
        import psycopg

        if not self._session_db:
            self._session_db = self.new_database().rsplit("/", 1)[1]
        schema = self._name()
        url = self.url_for(self._session_db)
        with psycopg.connect(_libpq(url), autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
        return self.url_for(self._session_db, schema)

    def drop_created(self) -> None:
        import psycopg

        with psycopg.connect(_libpq(self.admin_url), autocommit=True) as conn:
            for name in self.created:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.created.clear()
        self._session_db = ""


def _libpq(url: str) -> str:
    """A SQLAlchemy URL as libpq takes it (without the ``+psycopg`` driver name)."""
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


@contextlib.contextmanager
def postgres_server() -> Iterator[Server]:
    """The server named by ``SOPXL_TEST_POSTGRES_URL``, else a throwaway cluster."""
    url = os.environ.get(ENV_URL)
    if url:
        server = Server(url)
        try:
            yield server
        finally:
            server.drop_created()
        return
    with start_cluster() as server:
        yield server


@contextlib.contextmanager
def start_cluster() -> Iterator[Server]:
    """initdb + pg_ctl start in a temporary folder; stopped and removed on exit."""
    bindir = _bindir()
    if bindir is None:
        raise PostgresUnavailable("PostgreSQL (initdb, pg_ctl) is not installed")
    try:
        import psycopg  # noqa: F401
    except ImportError as error:
        raise PostgresUnavailable("psycopg is not installed") from error
    root = Path(tempfile.mkdtemp(prefix="sopxl-pg-"))
    as_root = os.geteuid() == 0
    prefix: list[str] = []
    if as_root:
        import pwd

        account = pwd.getpwnam("postgres")
        os.chown(root, account.pw_uid, account.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    data, port = root / "data", _free_port()

    def run(*args: str) -> None:
        done = subprocess.run([*prefix, *args], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise PostgresUnavailable(f"{args[0]} failed: {done.stderr.strip()}")

    try:
        run(str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8")
        options = (
            f"-p {port} -c listen_addresses=127.0.0.1 -k {root} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=400"
        )
        run(
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(root / "log"),
            "-o",
            options,
            "-w",
            "start",
        )
    except PostgresUnavailable:
        shutil.rmtree(root, ignore_errors=True)
        raise
    server = Server(f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres")
    try:
        yield server
    finally:
        subprocess.run(
            [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(root, ignore_errors=True)
