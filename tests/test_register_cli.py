"""The register's commands as a person runs them, the samples, and SOP forms imported."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from sopxl.cli import cli
from sopxl.findings import FileReport
from sopxl.model.sop import Identity, Sop
from tests.conftest import ROOT

SAMPLES = ROOT / "samples"


def run(args: list[str], cwd: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    monkeypatch.chdir(cwd)
    monkeypatch.delenv("SOPXL_WORKSPACE", raising=False)
    monkeypatch.delenv("SOPXL_DB", raising=False)
    result = CliRunner().invoke(cli, args)
    assert "Traceback" not in result.output
    return result.exit_code, result.output


def test_whole_path_on_the_samples(
    database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.register_fixtures import new_database_url

    url = new_database_url()
    code, out = run(["init", "ruang", *(["--db", url] if url else [])], tmp_path, monkeypatch)
    assert code == 0 and "01.02.03.004" in out
    ws = tmp_path / "ruang"
    code, out = run(["import", "organisasi.xlsx"], ws, monkeypatch)
    assert code == 0 and "ORG_SAMPLE" in out
    code, out = run(["import", "--dry-run", str(SAMPLES / "inventaris")], ws, monkeypatch)
    assert code == 0 and "+ 12.01.02.001" in out and "tidak ada yang disimpan" in out
    code, out = run(["import", str(SAMPLES / "inventaris")], ws, monkeypatch)
    assert code == 0 and "TITLE_DUPLICATE" in out and "INV_CRITERIA_NOT_MET" in out
    assert (ws / "hasil" / "inventaris-bernomor" / "12-disdukcapil-bernomor.xlsx").is_file()
    code, out = run(["import", str(SAMPLES / "inventaris")], ws, monkeypatch)
    assert "Tidak ada perubahan" in out
    code, out = run(["export", "inventory", "-o", "inv.xlsx"], ws, monkeypatch)
    assert code == 0 and "24 judul SOP" in out
    code, out = run(["export", "decree", "--agency", "12", "-o", "kep.xlsx"], ws, monkeypatch)
    assert code == 0
    code, out = run(["template", "inventory", "--all", "-o", "templat"], ws, monkeypatch)
    assert code == 0 and len(list((ws / "templat").glob("*.xlsx"))) == 53


def test_errors_and_exit_codes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out = run(["import", "x.xlsx"], tmp_path, monkeypatch)
    assert code == 3 and "Ruang kerja sopxl tidak ditemukan" in out
    run(["init"], tmp_path, monkeypatch)
    code, out = run(["template", "inventory", "-o", "a.xlsx"], tmp_path, monkeypatch)
    assert code == 2 and "--agency KODE atau --all" in out
    code, out = run(
        ["template", "inventory", "--agency", "77", "-o", "a.xlsx"], tmp_path, monkeypatch
    )
    assert code == 3 and "tidak ada di register" in out
    (tmp_path / "rusak.xlsx").write_bytes(b"PK\x03\x04 terpotong")
    code, out = run(["import", "rusak.xlsx"], tmp_path, monkeypatch)
    assert code == 3 and "[ditolak]" in out


def test_samples_match_their_generator(tmp_path: Path) -> None:
    from sopxl_demo.inventory import write_register_samples

    for path in write_register_samples(tmp_path):
        committed = SAMPLES / path.relative_to(tmp_path)
        assert path.read_bytes() == committed.read_bytes(), (
            f"run python -m sopxl_demo.inventory samples: {path.name}"
        )


def test_sop_form_is_matched_to_its_title_and_reaches_penulisan(
    database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sopxl.kinds.importer import import_paths
    from sopxl.register.sop_forms import write_agency_sop_forms
    from sopxl.register.store import open_register
    from tests.register_fixtures import UMUM, entry, import_entries, make_workspace

    ws = make_workspace(tmp_path / "ws")
    import_entries(ws, "12", [entry(UMUM, "Penerimaan dan Pencatatan Surat Masuk")])
    form = write_agency_sop_forms(ws, "12", tmp_path / "forms")[0]
    sop = Sop(identity=Identity(code="12.01.02.001", title="Penerimaan dan Pencatatan Surat Masuk"))

    def clean_check(path: Path, config: object) -> FileReport:
        return FileReport(str(path), (), readable=True, sop=sop)

    # The SOP form check is its own engineer's; here only the register's side is tested.
    monkeypatch.setattr("sopxl.checking.run.check_file", clean_check)
    report = import_paths(ws, [form])
    assert [(f.kind, f.outcome) for f in report.files] == [("sop", "baru")]
    frame = open_register(ws.db_url).inventory_frame()
    assert frame["stage"].tolist() == ["penulisan"] and frame["form_revision"].tolist() == [1]
    assert not import_paths(ws, [form]).committed  # same form again: nothing changes

    unknown = Sop(identity=Identity(code="99.99", title="Judul Lain Sekali"))
    monkeypatch.setattr(
        "sopxl.checking.run.check_file",
        lambda path, config: FileReport(str(path), (), readable=True, sop=unknown),
    )
    report = import_paths(ws, [form])
    assert report.files[0].findings[0].code == "SOP_UNREGISTERED"


def test_agency_by_code_or_abbreviation_and_the_skpd_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(["init", "ruang"], tmp_path, monkeypatch)
    ws = tmp_path / "ruang"
    run(["import", "organisasi.xlsx"], ws, monkeypatch)
    run(["import", str(SAMPLES / "inventaris")], ws, monkeypatch)
    code, out = run(["skpd"], ws, monkeypatch)
    assert code == 0
    line = next(row for row in out.splitlines() if row.startswith("12 "))
    assert "DISDUKCAPIL" in line and "Dinas Kependudukan dan Pencatatan Sipil" in line
    for given in ("12", "DISDUKCAPIL", "disdukcapil"):
        target = f"kep-{given}.xlsx"
        code, out = run(["export", "decree", "--agency", given, "-o", target], ws, monkeypatch)
        assert code == 0 and (ws / target).is_file(), out
    code, out = run(["template", "sop", "--agency", "DISDUKCAPIL", "-o", "f"], ws, monkeypatch)
    assert code == 0 and "untuk SKPD 12" in out
    code, out = run(
        ["template", "inventory", "--agency", "Disdukcapil", "-o", "i.xlsx"], ws, monkeypatch
    )
    assert code == 0
    code, out = run(
        ["template", "status", "--agency", "DISDUKCAPIL", "--period", "2025", "-o", "s.xlsx"],
        ws,
        monkeypatch,
    )
    assert code == 0, out
    code, out = run(["export", "decree", "--agency", "DINASX", "-o", "x.xlsx"], ws, monkeypatch)
    assert code == 3 and "sopxl skpd" in out
