"""The workspace: created by init, found from the current folder, --workspace,
SOPXL_WORKSPACE; the database URL from --db / SOPXL_DB."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from sopxl.errors import InputError, UsageError
from sopxl.register.workspace import CONFIG_NAME, find_workspace, init_workspace, load_workspace


def test_init_writes_config_org_master_and_register(tmp_path: Path) -> None:
    ws = init_workspace(tmp_path / "kukar", code_pattern="SOP/{komponen}/{nomor:03d}/{tahun}")
    config = tomllib.loads((tmp_path / "kukar" / CONFIG_NAME).read_text(encoding="utf-8"))
    assert config["kabupaten"]["nama"] == "Kabupaten Kutai Kartanegara"
    assert config["nomor_sop"]["pola"] == "SOP/{komponen}/{nomor:03d}/{tahun}"
    assert config["register"]["url"] == "sqlite:///register.sqlite"
    assert ws.org_master_path.is_file()
    assert (tmp_path / "kukar" / "register.sqlite").is_file()
    assert load_workspace(tmp_path / "kukar").db_url == ws.db_url


def test_init_twice_is_refused(tmp_path: Path) -> None:
    init_workspace(tmp_path)
    with pytest.raises(UsageError, match="sudah berisi ruang kerja"):
        init_workspace(tmp_path)


def test_found_from_a_subfolder_and_moved_folder_keeps_its_register(tmp_path: Path) -> None:
    init_workspace(tmp_path / "a")
    (tmp_path / "a" / "kiriman" / "dinas").mkdir(parents=True)
    found = find_workspace(start=tmp_path / "a" / "kiriman" / "dinas", environ={})
    assert found.root == (tmp_path / "a").resolve()
    (tmp_path / "a").rename(tmp_path / "b")
    moved = find_workspace(start=tmp_path / "b", environ={})
    assert moved.db_url == f"sqlite:///{(tmp_path / 'b' / 'register.sqlite').resolve()}"


def test_explicit_then_environment_then_folder(tmp_path: Path) -> None:
    init_workspace(tmp_path / "one")
    init_workspace(tmp_path / "two")
    env = {"SOPXL_WORKSPACE": str(tmp_path / "two")}
    assert find_workspace(start=tmp_path / "one", environ=env).root.name == "two"
    assert find_workspace(tmp_path / "one", start=tmp_path, environ=env).root.name == "one"


def test_db_url_from_option_then_environment(tmp_path: Path) -> None:
    init_workspace(tmp_path)
    env = {"SOPXL_DB": "sqlite:////tmp/lain.sqlite"}
    assert find_workspace(start=tmp_path, environ=env).db_url == "sqlite:////tmp/lain.sqlite"
    chosen = find_workspace(db_url="postgresql://u@h/sopxl", start=tmp_path, environ=env)
    assert chosen.db_url == "postgresql://u@h/sopxl"


def test_missing_workspace_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="sopxl init"):
        find_workspace(start=tmp_path, environ={})


def test_malformed_config_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / CONFIG_NAME).write_text("[nomor_sop\npola = 1", encoding="utf-8")
    with pytest.raises(InputError, match="tidak dapat dibaca"):
        load_workspace(tmp_path)


def test_register_of_another_schema_version_is_refused(tmp_path: Path) -> None:
    import sqlite3

    from sopxl.register.store import open_register

    ws = init_workspace(tmp_path)
    with sqlite3.connect(tmp_path / "register.sqlite") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(InputError, match="sopxl yang lebih baru"):
        open_register(ws.db_url)
    with sqlite3.connect(tmp_path / "register.sqlite") as conn:
        # unchanged: a newer register is left alone
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("9999",)]
        conn.execute("DROP TABLE alembic_version")
        conn.execute("UPDATE sopxl_meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(InputError, match="skema versi 99"):
        open_register(ws.db_url)
