"""``sopxl demo``: the tour of ``make demo`` without make."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from sopxl.cli import cli
from sopxl_demo import tour
from sopxl_demo.tour import MARKER
from tests.conftest import ROOT
from tests.xlsx_compare import xlsx_differences


def test_demo_from_generated_samples_writes_the_whole_tour(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the repository's samples (as from a wheel) every sample is generated first,
    the register and Pasal 12-21 samples included, so no step of the tour is skipped."""
    monkeypatch.setattr(tour, "find_samples", lambda: None)
    out = tmp_path / "demo"
    result = CliRunner().invoke(cli, ["demo", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    for name in (
        "formulir-sop-kosong.xlsx",
        "laporan-pemeriksaan.xlsx",
        "diagram-ktp-el.svg",
        "inventaris-kabupaten.xlsx",
        "nama-kode-sop-disdukcapil.xlsx",
        "kaji-ulang.xlsx",
        "evaluasi-2025.xlsx",
        "laporan-bupati-2025.xlsx",
    ):
        assert (out / name).is_file(), name
    assert any((out / "dokumen").glob("*.pdf"))
    assert (out / "ruang-kerja" / "sopxl.toml").is_file()
    assert "dilewati" not in result.output
    # The generated samples are those committed in samples/ (the scratch workspace that
    # numbered the lifecycle forms is gone).
    generated = out / "contoh"
    for folder in ("inventaris", "organisasi", "lifecycle", "bermasalah", "variasi"):
        committed = sorted(p.name for p in (ROOT / "samples" / folder).glob("*.xlsx"))
        assert sorted(p.name for p in (generated / folder).glob("*.xlsx")) == committed, folder
    for path in (generated / "lifecycle").glob("*.xlsx"):
        assert not xlsx_differences(path, ROOT / "samples" / "lifecycle" / path.name), path.name
    assert not (generated / "ruang-sementara").exists()
    # Run again: the demo's own folder is emptied and written again.
    again = CliRunner().invoke(cli, ["demo", str(out)])
    assert again.exit_code == 0, again.output


def test_demo_without_the_demo_package_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The library runs without sopxl_demo; only 'sopxl demo' needs it, and says so."""
    monkeypatch.setitem(sys.modules, "sopxl_demo.tour", None)
    result = CliRunner().invoke(cli, ["demo", str(tmp_path / "demo")])
    assert result.exit_code == 2, result.output
    assert "Paket contoh 'sopxl_demo' tidak terpasang" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "demo").exists()


def test_the_library_never_imports_the_demo_package() -> None:
    """Importing every module of sopxl (the commands included) loads no sopxl_demo."""
    code = (
        "import importlib, pkgutil, sys, sopxl\n"
        "for m in pkgutil.walk_packages(sopxl.__path__, 'sopxl.'):\n"
        "    if m.name != 'sopxl.__main__':\n"
        "        importlib.import_module(m.name)\n"
        "print(sorted(n for n in sys.modules if n.split('.')[0] == 'sopxl_demo'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.strip() == "[]", done.stdout


def test_demo_never_empties_a_folder_it_did_not_write(tmp_path: Path) -> None:
    keep = tmp_path / "penting.txt"
    keep.write_text("jangan dihapus", encoding="utf-8")
    result = CliRunner().invoke(cli, ["demo", str(tmp_path)])
    assert result.exit_code == 2 and "berisi berkas lain" in result.output
    assert keep.read_text(encoding="utf-8") == "jangan dihapus"
    assert not (tmp_path / MARKER).exists()
