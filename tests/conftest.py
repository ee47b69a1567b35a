"""Shared fixtures: freshly generated SOP forms, opened with openpyxl."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook

from sopxl.forms.sop_form import write_sop_form
from sopxl_demo.examples import surat_masuk
from tests.pg_cluster import PostgresUnavailable, Server, postgres_server

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def blank_form(tmp_path: Path) -> Path:
    path = tmp_path / "formulir-sop.xlsx"
    write_sop_form(path)
    return path


@pytest.fixture
def filled_form(tmp_path: Path) -> Path:
    path = tmp_path / "surat-masuk.xlsx"
    write_sop_form(path, surat_masuk())
    return path


def load(path: Path) -> Workbook:
    return openpyxl.load_workbook(path)


# --- the register's database: SQLite and PostgreSQL ------------------------------------


@pytest.fixture(scope="session")
def postgres() -> Iterator[Server]:
    """A PostgreSQL server to create test databases on (see tests/pg_cluster.py). Missing
    PostgreSQL fails the run under CI (CI=true) and skips the test elsewhere."""
    try:
        manager = postgres_server()
        server = manager.__enter__()
    except PostgresUnavailable as error:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL is needed under CI: {error}")
        pytest.skip(f"PostgreSQL unavailable: {error}")
    try:
        yield server
    finally:
        manager.__exit__(None, None, None)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest) -> Iterator[str]:
    """Run a module's tests once per database: workspaces made by
    :func:`tests.register_fixtures.make_workspace` get a fresh register on it."""
    from tests import register_fixtures

    if request.param == "postgresql":
        server: Server = request.getfixturevalue("postgres")
        register_fixtures.use_database(server.new_register)
    else:
        register_fixtures.use_database(None)
    yield str(request.param)


@pytest.fixture(autouse=True)
def _database_of_the_test(request: pytest.FixtureRequest) -> Iterator[None]:
    """Only a test that asks for ``database`` gets its workspaces on PostgreSQL (a module
    fixture that asks for it has already set it up for its own workspace)."""
    from tests import register_fixtures

    if "database" in request.fixturenames and request.getfixturevalue("database") == "postgresql":
        server: Server = request.getfixturevalue("postgres")
        register_fixtures.use_database(server.new_register)
    else:
        register_fixtures.use_database(None)
    yield
    register_fixtures.use_database(None)
