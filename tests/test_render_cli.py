"""``sopxl render`` as a person runs it: filled forms in, documents out, bad files reported
by name without stopping the batch, Indonesian messages and the promised exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from sopxl.cli import cli
from sopxl.examples import surat_masuk
from sopxl.forms.sop_form import write_sop_form
from sopxl.model import Sop
from sopxl.render.api import RenderOptions, render_sources
from tests.test_render_geometry import long_sop


@pytest.fixture
def forms(tmp_path: Path) -> Path:
    folder = tmp_path / "skpd"
    folder.mkdir()
    write_sop_form(folder / "surat-masuk.xlsx", surat_masuk())
    write_sop_form(folder / "ktp-el.xlsx", long_sop())
    (folder / "rusak.xlsx").write_bytes(b"PK\x03\x04 bukan workbook")
    return folder


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_one_form_to_one_pdf(forms: Path, tmp_path: Path) -> None:
    out = tmp_path / "surat-masuk.pdf"
    code, stdout, stderr = _run("render", str(forms / "surat-masuk.xlsx"), "-o", str(out))
    assert code == 0, stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert f"-> {out}" in stdout
    assert "1 dari 1 SOP dirender" in stderr


@pytest.mark.parametrize("fmt", ["pdf", "xlsx", "svg", "png"])
def test_format_follows_the_output_suffix(forms: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"ktp.{fmt}"
    code, _, stderr = _run("render", str(forms / "ktp-el.xlsx"), "-o", str(out))
    assert code == 0, stderr
    assert out.stat().st_size > 1000


def test_a_folder_goes_on_past_a_bad_file(forms: Path, tmp_path: Path) -> None:
    out = tmp_path / "dokumen"
    code, stdout, stderr = _run(
        "render", str(forms), "-o", str(out), "--format", "png", "--langkah-per-halaman", "6"
    )
    assert code == 3
    assert sorted(p.name for p in out.iterdir()) == ["ktp-el.png", "surat-masuk.png"]
    assert "Merender 1/3" in stderr and "Merender 3/3" in stderr  # progress
    assert f"Galat: {forms / 'rusak.xlsx'}:" in stderr  # names the file, in Indonesian
    assert "2 dari 3 SOP dirender" in stderr
    assert "Traceback" not in stderr + stdout


def test_a_missing_source_is_reported(tmp_path: Path) -> None:
    code, _, stderr = _run("render", str(tmp_path / "tidak-ada.xlsx"), "-o", str(tmp_path))
    assert code == 3
    assert "tidak ditemukan" in stderr


def test_usage_mistakes_exit_2(forms: Path, tmp_path: Path) -> None:
    wrong_suffix = _run(
        "render", str(forms / "ktp-el.xlsx"), "-o", str(tmp_path / "a.pdf"), "--format", "svg"
    )
    assert wrong_suffix[0] == 2
    assert "tidak berakhiran .svg" in wrong_suffix[2]
    many_to_one_file = _run("render", str(forms), "-o", str(tmp_path / "semua.pdf"))
    assert many_to_one_file[0] == 2
    assert "harus berupa folder" in many_to_one_file[2]
    assert _run("render", str(forms), "-o", str(tmp_path), "--format", "doc")[0] == 2
    assert _run("render", str(forms), "-o", str(tmp_path), "--langkah-per-halaman", "0")[0] == 2


def test_library_renders_with_any_reader(tmp_path: Path) -> None:
    """The batch function takes the reader as a parameter, so other sources (a register,
    a test) can feed it SOPs."""
    sources = [tmp_path / "a.xlsx", tmp_path / "b.xlsx"]
    for source in sources:
        source.write_bytes(b"")
    given: dict[str, Sop] = {"a": surat_masuk(), "b": long_sop()}
    seen: list[tuple[int, int]] = []
    report = render_sources(
        sources,
        tmp_path / "out",
        RenderOptions("svg"),
        progress=lambda done, total, _: seen.append((done, total)),
        reader=lambda path: given[path.stem],
    )
    assert report.exit_code == 0
    assert [t.name for _, t in report.written] == ["a.svg", "b.svg"]
    assert seen == [(0, 2), (1, 2), (2, 2)]
