"""``sopxl render`` as a person runs it: filled forms in, documents out, bad files reported
by name without stopping the batch, Indonesian messages and the promised exit codes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from sopxl.api import render_files
from sopxl.cli import cli
from sopxl.forms.sop_form import write_sop_form
from sopxl.model.sop import Sop
from sopxl.parsing.durations import parse_duration
from sopxl.render.api import RenderOptions
from sopxl_demo.examples import surat_masuk
from tests.test_render_geometry import long_sop


def complete(sop: Sop) -> Sop:
    """``sop`` with the identity of a real SOP and every step's Waktu and Output filled,
    so that it passes the check that ``sopxl render`` makes first."""
    identity = replace(surat_masuk().identity, title=sop.identity.title or "SOP Panjang")
    steps = tuple(
        replace(step, duration=parse_duration("10 menit"), output=step.output or "Berkas")
        for step in sop.steps
    )
    return replace(sop, identity=identity, steps=steps)


@pytest.fixture
def forms(tmp_path: Path) -> Path:
    folder = tmp_path / "skpd"
    folder.mkdir()
    write_sop_form(folder / "surat-masuk.xlsx", surat_masuk())
    write_sop_form(folder / "ktp-el.xlsx", complete(long_sop()))
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


def test_the_library_call_returns_what_the_command_prints(forms: Path, tmp_path: Path) -> None:
    """The CLI prints the API's result: the same call gives a front end the files written,
    the unreadable one named, and the exit code, and prints nothing itself."""
    seen: list[tuple[int, int]] = []
    result = render_files(
        [str(forms)],
        tmp_path / "out",
        fmt="svg",
        progress=lambda done, total, _: seen.append((done, total)),
    )
    assert result.exit_code == 3  # rusak.xlsx cannot be read; the other two are drawn
    assert sorted(path.name for path in result.written) == ["ktp-el.svg", "surat-masuk.svg"]
    assert all("<svg" in path.read_text(encoding="utf-8")[:300] for path in result.written)
    assert any("rusak.xlsx" in note for note in result.notes)
    assert result.notes[-1].startswith("2 dari 3 SOP dirender")
    assert seen[-1] == (3, 3)


# --- Pasal 12: a form with galat is not drawn as an official document ------------------

BROKEN = Path(__file__).parent.parent / "samples" / "bermasalah" / "langkah-tanpa-output.xlsx"


def test_a_form_with_galat_is_refused_with_its_findings(tmp_path: Path) -> None:
    out = tmp_path / "sop.pdf"
    code, _, stderr = _run("render", str(BROKEN), "-o", str(out))
    assert code == 1
    assert not out.exists()
    assert "Uraian Prosedur!J10  galat  STEP_OUTPUT_MISSING" in stderr
    assert "--draf" in stderr and "0 dari 1 SOP dirender" in stderr


def _marked_pixels_per_page(pdf: Path, folder: Path) -> list[int]:
    """For each page of ``pdf``, the pixels of the draft mark's pale red (as poppler
    draws the page): rotated text is not extracted as one string, so it is looked at."""
    import subprocess

    from PIL import Image

    from tests.office import _tool

    folder.mkdir()
    subprocess.run([_tool("pdftoppm"), "-r", "40", "-png", str(pdf), str(folder / "p")], check=True)
    counts = []
    for page in sorted(folder.glob("p-*.png")):
        with Image.open(page) as image:
            rgb = image.convert("RGB")
            raw = rgb.tobytes()
            triples = zip(raw[0::3], raw[1::3], raw[2::3], strict=True)
            counts.append(
                sum(1 for r, g, b in triples if r > 220 and 140 < g < 215 and abs(g - b) < 20)
            )
    return counts


def test_a_draft_is_marked_on_every_pdf_page(tmp_path: Path) -> None:
    out = tmp_path / "sop.pdf"
    code, stdout, _ = _run("render", str(BROKEN), "-o", str(out), "--draf")
    assert code == 0 and "(DRAF: memuat galat)" in stdout
    marked = _marked_pixels_per_page(out, tmp_path / "draf")
    assert len(marked) >= 3 and min(marked) > 500, marked
    clean = tmp_path / "bersih.pdf"
    write_sop_form(tmp_path / "bersih.xlsx", surat_masuk())
    assert _run("render", str(tmp_path / "bersih.xlsx"), "-o", str(clean), "--draf")[0] == 0
    assert max(_marked_pixels_per_page(clean, tmp_path / "bersih")) < 50


@pytest.mark.parametrize("fmt", ["xlsx", "svg", "png"])
def test_a_draft_is_marked_in_every_format(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"sop.{fmt}"
    plain = tmp_path / f"tanpa-tanda.{fmt}"
    assert _run("render", str(BROKEN), "-o", str(out), "--draf")[0] == 0
    from sopxl.reading.loading.files import load_workbook_data
    from sopxl.reading.sop.reader import read_sop

    sop = read_sop(load_workbook_data(BROKEN)).sop
    assert sop is not None
    from sopxl.render.api import render_sop

    render_sop(sop, plain, RenderOptions(fmt))
    if fmt == "xlsx":
        import openpyxl

        sheet = openpyxl.load_workbook(out).worksheets[0]
        assert "DRAF — BELUM LULUS VERIFIKASI" in sheet.oddHeader.center.text
    elif fmt == "svg":
        assert out.read_text(encoding="utf-8").count("DRAF — BELUM LULUS VERIFIKASI") >= 1
        assert "DRAF" not in plain.read_text(encoding="utf-8")
    else:
        from PIL import Image, ImageChops

        with Image.open(out) as marked, Image.open(plain) as bare:
            assert marked.size == bare.size
            diff = ImageChops.difference(marked.convert("RGB"), bare.convert("RGB"))
            box = diff.getbbox()
            assert box is not None and box[2] - box[0] > marked.size[0] // 2  # spans it


def test_png_with_step_text_is_wider(forms: Path, tmp_path: Path) -> None:
    from PIL import Image

    plain, slides = tmp_path / "polos.png", tmp_path / "paparan.png"
    source = str(forms / "surat-masuk.xlsx")
    assert _run("render", source, "-o", str(plain))[0] == 0
    code, _, stderr = _run("render", source, "-o", str(slides), "--dengan-uraian")
    assert code == 0, stderr
    with Image.open(plain) as a, Image.open(slides) as b:
        assert b.width > a.width + 300  # the No and Uraian Prosedur columns
    code, _, stderr = _run("render", source, "-o", str(tmp_path / "x.pdf"), "--dengan-uraian")
    assert code == 2 and "hanya untuk format svg dan png" in stderr
