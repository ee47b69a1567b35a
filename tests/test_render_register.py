"""`sopxl render NOMOR-SOP`: the form behind a code is found through the register."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_register_cli import run

SAMPLES = ROOT / "samples"


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    run(["init", "ruang"], tmp_path, monkeypatch)
    ws = tmp_path / "ruang"
    assert run(["import", "organisasi.xlsx"], ws, monkeypatch)[0] == 0
    assert run(["import", str(SAMPLES / "inventaris")], ws, monkeypatch)[0] == 0
    shutil.copy(SAMPLES / "sop-surat-masuk.xlsx", ws / "kiriman.xlsx")
    # Imported by a relative path: the register must still find it from elsewhere.
    assert run(["import", "kiriman.xlsx"], ws, monkeypatch)[0] == 0
    return ws


def test_render_by_code_finds_the_imported_form(
    workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out = run(
        ["render", "12.01.02.001", "--workspace", str(workspace), "-o", "sop.pdf"],
        tmp_path,
        monkeypatch,
    )
    assert code == 0, out
    assert "kiriman.xlsx -> sop.pdf" in out
    assert (tmp_path / "sop.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("99.99.99.999", "Nomor SOP 99.99.99.999 tidak ada di register."),
        ("12.01.02.002", "Belum ada formulir SOP yang diimpor untuk Nomor SOP 12.01.02.002"),
    ],
)
def test_unknown_or_unwritten_codes_are_explained(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, source: str, message: str
) -> None:
    code, out = run(["render", source, "-o", "x.pdf"], workspace, monkeypatch)
    assert code == 3
    assert message in out


def test_a_moved_or_changed_form_is_not_rendered_silently(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (workspace / "kiriman.xlsx").rename(workspace / "pindah.xlsx")
    code, out = run(["render", "12.01.02.001", "-o", "x.pdf"], workspace, monkeypatch)
    assert code == 3
    assert "sudah dipindah atau diubah" in out
    assert not (workspace / "x.pdf").exists()


def test_the_document_prints_the_bagian_the_register_files_the_sop_under(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess
    from dataclasses import replace

    from sopxl.forms.sop_form import write_sop_form
    from sopxl.register.lookup import registered_section
    from sopxl.register.workspace import load_workspace
    from sopxl_demo.examples import surat_masuk
    from tests.office import _tool

    run(["init", "ruang"], tmp_path, monkeypatch)
    ws = tmp_path / "ruang"
    assert run(["import", "organisasi.xlsx"], ws, monkeypatch)[0] == 0
    assert run(["import", str(SAMPLES / "inventaris")], ws, monkeypatch)[0] == 0
    sop = surat_masuk()
    write_sop_form(
        ws / "tanpa-bagian.xlsx", replace(sop, identity=replace(sop.identity, section=""))
    )
    code, out = run(["import", "tanpa-bagian.xlsx"], ws, monkeypatch)
    assert code == 0, out  # no Bagian: still imported
    section = registered_section(load_workspace(ws), "12.01.02.001")
    assert section
    code, out = run(["render", "12.01.02.001", "-o", "sop.pdf"], ws, monkeypatch)
    assert code == 0, out
    text = subprocess.run(
        [_tool("pdftotext"), str(ws / "sop.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert section in " ".join(text.split())
