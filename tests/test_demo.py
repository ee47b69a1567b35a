"""``sopxl demo``: the tour of ``make demo`` without make."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from sopxl import demo
from sopxl.cli import cli
from sopxl.demo import MARKER


def test_demo_from_generated_samples_writes_the_tour(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the repository's samples (as from a wheel) the SOP forms are generated."""
    monkeypatch.setattr(demo, "find_samples", lambda: None)
    out = tmp_path / "demo"
    result = CliRunner().invoke(cli, ["demo", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    for name in ("formulir-sop-kosong.xlsx", "laporan-pemeriksaan.xlsx", "diagram-ktp-el.svg"):
        assert (out / name).is_file(), name
    assert any((out / "dokumen").glob("*.pdf"))
    assert (out / "ruang-kerja" / "sopxl.toml").is_file()
    assert "langkah register dengan contoh itu dilewati" in result.output
    # Run again: the demo's own folder is emptied and written again.
    again = CliRunner().invoke(cli, ["demo", str(out)])
    assert again.exit_code == 0, again.output


def test_demo_never_empties_a_folder_it_did_not_write(tmp_path: Path) -> None:
    keep = tmp_path / "penting.txt"
    keep.write_text("jangan dihapus", encoding="utf-8")
    result = CliRunner().invoke(cli, ["demo", str(tmp_path)])
    assert result.exit_code == 2 and "berisi berkas lain" in result.output
    assert keep.read_text(encoding="utf-8") == "jangan dihapus"
    assert not (tmp_path / MARKER).exists()
