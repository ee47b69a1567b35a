"""The register under bad conditions: over-long values, a lost register, an unreachable
server, another import holding the register."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, inspect, text

from sopxl.cli import cli
from sopxl.kinds.importer import import_paths
from sopxl.register.store import open_register
from sopxl.register.workspace import Workspace
from tests.register_fixtures import TU_SETDA, UMUM, entry, make_workspace, write_inventory


def run(args: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(cli, args)
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def test_over_long_title_refuses_its_file_and_the_rest_goes_in(
    database: str, tmp_path: Path
) -> None:
    ws = make_workspace(tmp_path / "ws")
    long_title = "Penerimaan Surat " + "x" * 490
    bad = write_inventory(tmp_path / "panjang.xlsx", "12", [entry(UMUM, long_title)])
    good = write_inventory(tmp_path / "baik.xlsx", "01", [entry(TU_SETDA, "Agenda Pimpinan")])
    report = import_paths(ws, [bad, good], copies_dir=tmp_path / "salinan")
    outcomes = {f.path.name: f.outcome for f in report.files}
    assert outcomes == {"panjang.xlsx": "ditolak", "baik.xlsx": "baru"}
    refused = next(f for f in report.files if f.outcome == "ditolak")
    assert [(f.code, f.cell) for f in refused.findings if f.severity.value == "galat"] == [
        ("VALUE_TOO_LONG", "D11")
    ]
    assert "507 karakter" in refused.findings[0].message
    assert "paling banyak 500" in refused.findings[0].message
    assert report.committed and report.exit_code == 1
    with open_register(ws.db_url) as register:
        assert register.inventory_frame()["title"].tolist() == ["Agenda Pimpinan"]


def test_over_long_name_in_the_organisation_master_is_a_finding(
    database: str, tmp_path: Path
) -> None:
    from sopxl.forms.org_form import write_org_master
    from tests.register_fixtures import SMALL

    ws = make_workspace(tmp_path / "ws")
    rows = list(SMALL.agencies)
    rows[1] = type(rows[1])(rows[1].code, "Dinas " + "y" * 320, rows[1].short_name)
    write_org_master(ws.org_master_path, type(SMALL)(tuple(rows), SMALL.units, SMALL.sections))
    report = import_paths(ws, [ws.org_master_path])
    assert report.files[0].outcome == "ditolak"
    codes = [f.code for f in report.files[0].findings if f.severity.value == "galat"]
    assert codes == ["VALUE_TOO_LONG"]


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return set(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def test_deleted_emptied_or_damaged_sqlite_register_is_never_recreated(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "ws")
    database = ws.root / "register.sqlite"
    inventory = write_inventory(tmp_path / "inv.xlsx", "12", [entry(UMUM, "Surat Masuk")])
    args = ["import", "--workspace", str(ws.root), str(inventory)]

    database.unlink()
    code, out = run(args)
    assert code == 3 and "tidak ada (terhapus atau dipindah)" in out
    assert not database.exists()

    database.write_bytes(b"")
    code, out = run(args)
    assert code == 3 and "kosong" in out and "sopxl init" in out
    assert database.stat().st_size == 0

    database.write_bytes(b"bukan basis data " * 200)
    code, out = run(args)
    assert code == 4 and "bukan basis data SQLite atau sudah rusak" in out
    assert database.read_bytes().startswith(b"bukan basis data")


def test_emptied_postgresql_register_is_never_recreated(tmp_path: Path, postgres: object) -> None:
    from tests.pg_cluster import Server

    assert isinstance(postgres, Server)
    url = postgres.new_database()
    ws = make_workspace(tmp_path / "ws")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("SELECT 1"))
    engine.dispose()
    code, out = run(
        [
            "export",
            "inventory",
            "--workspace",
            str(ws.root),
            "--db",
            url,
            "-o",
            str(tmp_path / "x.xlsx"),
        ]
    )
    assert code == 3 and "kosong" in out
    assert _tables(url) == set()


def test_unreachable_server_is_said_in_indonesian_without_the_password(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "ws")
    url = "postgresql+psycopg://koordinator:Rahasia-123@127.0.0.1:1/sopxl"
    args = [
        "export",
        "inventory",
        "--workspace",
        str(ws.root),
        "--db",
        url,
        "-o",
        str(tmp_path / "x.xlsx"),
    ]
    code, out = run(args)
    assert code == 4
    assert "server basis data tidak menjawab" in out and "koordinator:***@127.0.0.1:1" in out
    assert "Rahasia-123" not in out and "Rincian teknis" not in out
    assert "OperationalError" not in out and "connection" not in out
    code, out = run(["--debug", *args])
    assert code == 4 and "Rincian teknis" in out and "OperationalError" in out
    assert "Rahasia-123" not in out


def test_waiting_import_says_so_and_ends_clearly(database: str, tmp_path: Path) -> None:
    ws: Workspace = make_workspace(tmp_path / "ws")
    inventory = write_inventory(tmp_path / "inv.xlsx", "12", [entry(UMUM, "Surat Masuk")])
    args = ["import", "--workspace", str(ws.root), "--tunggu", "1", str(inventory)]
    holder = open_register(ws.db_url)
    try:
        conn, transaction = holder.begin_import()
        try:
            code, out = run(args)
        finally:
            transaction.rollback()
            conn.close()
    finally:
        holder.close()
    assert code == 4
    assert "Menunggu impor lain selesai" in out
    assert "masih dipakai impor lain setelah menunggu 1 detik" in out
    assert "tanpa mengubah apa pun" in out
    with open_register(ws.db_url) as register:
        assert register.inventory_frame().empty
    code, out = run(args)
    assert code == 0 and "Menunggu" not in out


@pytest.mark.parametrize("kind", ["inventaris", "master organisasi"])
def test_a_bug_met_in_one_file_undoes_that_file_only(
    database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """A bug of ours met when a file has already written (the organisation master: rows
    sent at once) or kept for later (an inventory: its titles, codes and events) what it
    changes: that file is refused with a message asking to report it, nothing of it stays,
    and the rest of the batch goes in."""
    import sopxl.kinds.inventory
    import sopxl.kinds.organisation
    from sopxl.forms.org_form import write_org_master
    from tests.register_fixtures import KELAHIRAN, SMALL, codes_of, import_entries

    ws = make_workspace(tmp_path / "ws")
    good = write_inventory(tmp_path / "baik.xlsx", "01", [entry(TU_SETDA, "Agenda Pimpinan")])
    entries = [entry(UMUM, "Surat Masuk"), entry(KELAHIRAN, "Akta Kelahiran")]
    if kind == "inventaris":
        bad = write_inventory(tmp_path / "rusak.xlsx", "12", entries)
        module, name = sopxl.kinds.inventory, "apply_inventory"
    else:
        bad = ws.org_master_path
        rows = list(SMALL.agencies)
        rows[1] = type(rows[1])(rows[1].code, "Dinas Baru", rows[1].short_name)
        write_org_master(bad, type(SMALL)(tuple(rows), SMALL.units, SMALL.sections))
        module, name = sopxl.kinds.organisation, "apply_org_master"
    original = getattr(module, name)

    def buggy(session: object, value: Any, *rest: object) -> object:
        result = original(session, value, *rest)
        if getattr(value, "code", "12") == "12":  # the SKPD 12 inventory, or the master
            raise ZeroDivisionError("contoh galat program")
        return result

    monkeypatch.setattr(module, name, buggy)
    report = import_paths(ws, [bad, good], copies_dir=tmp_path / "salinan")
    monkeypatch.undo()
    assert {f.path.name: f.outcome for f in report.files} == {
        bad.name: "ditolak",
        "baik.xlsx": "baru",
    }
    refused = next(f for f in report.files if f.outcome == "ditolak")
    assert [f.code for f in refused.findings] == ["INTERNAL_ERROR"]
    assert "ZeroDivisionError" in refused.findings[0].message
    assert report.committed and codes_of(report) == {"Agenda Pimpinan": "01.03.01.001"}
    with open_register(ws.db_url) as register:
        assert register.inventory_frame()["title"].tolist() == ["Agenda Pimpinan"]
        names = dict(zip(*register.agencies_frame()[["code", "name"]].T.values, strict=True))
    assert names["12"] == SMALL.agencies[1].name
    # The numbers the bad file would have taken are still free.
    again = import_entries(ws, "12", entries, name="lagi.xlsx")
    assert codes_of(again) == {"Surat Masuk": "12.01.02.001", "Akta Kelahiran": "12.03.01.001"}
