"""One exit-code table for every command (sopxl/exitcodes.py, README "Kode keluar"):
0 ok, 1 findings/refused, 2 usage, 3 unreadable input, 4 output not written, 5 internal
error, 130 interrupted."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner

from sopxl import exitcodes
from sopxl.cli import cli
from tests.register_fixtures import UMUM, entry, make_workspace, write_inventory

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOOD = SAMPLES / "sop-surat-masuk.xlsx"
WITH_GALAT = SAMPLES / "bermasalah" / "simbol-panah.xlsx"
NOT_EXCEL = SAMPLES / "bermasalah" / "bukan-excel.xlsx"
TOO_LONG = "n" * 300


def run(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args))


def test_the_table_is_in_the_readme_with_every_code() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Kode keluar", 1)[1].split("\n## ", 1)[0]
    rows = dict(re.findall(r"^\| (\d+) \| (.+?) \|$", section, re.MULTILINE))
    assert {int(code): text for code, text in rows.items()} == dict(exitcodes.TABLE)


def test_the_codes_are_the_documented_numbers() -> None:
    assert (
        exitcodes.OK,
        exitcodes.FINDINGS,
        exitcodes.USAGE,
        exitcodes.UNREADABLE,
        exitcodes.NOT_WRITTEN,
        exitcodes.INTERNAL,
        exitcodes.INTERRUPTED,
    ) == (0, 1, 2, 3, 4, 5, 130)


def test_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("check", str(GOOD)).exit_code == 0
    assert run("check", str(WITH_GALAT)).exit_code == 1
    assert run("check", "--jobs", "0", str(GOOD)).exit_code == 2
    assert run("check", "--pola-nomor", "([", str(GOOD)).exit_code == 2
    assert run("check", str(tmp_path / "tidak-ada.xlsx")).exit_code == 3
    assert run("check", str(NOT_EXCEL)).exit_code == 3
    report = tmp_path / f"{TOO_LONG}.xlsx"
    assert run("check", str(GOOD), "--report", str(report)).exit_code == 4

    import sopxl.reading.sop.reader as reader

    def broken(*_: object, **__: object) -> None:
        raise ZeroDivisionError("pembagian dengan nol")

    monkeypatch.setattr(reader, "read_sop", broken)
    result = run("check", str(GOOD), str(NOT_EXCEL))
    assert result.exit_code == 5, result.output
    assert "Traceback" not in result.output
    assert "kesalahan internal" in result.output.lower() or "INTERNAL" in result.output


def test_check_internal_error_names_the_file_and_asks_to_report(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sopxl.reading.sop.reader as reader
    from sopxl.checking.run import check_file

    def broken(*_: object, **__: object) -> None:
        raise ZeroDivisionError("pembagian dengan nol")

    monkeypatch.setattr(reader, "read_sop", broken)
    report = check_file(GOOD)
    (item,) = report.findings
    assert item.code == "INTERNAL_ERROR" and item.file == str(GOOD)
    assert "laporkan" in item.message and "ZeroDivisionError" in item.message


def test_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    workspace = make_workspace(tmp_path / "ws")
    ws = ["--workspace", str(workspace.root)]
    good = write_inventory(tmp_path / "inv.xlsx", "12", [entry(UMUM, "Judul Satu")])
    assert run("import", *ws, "--dry-run", str(good)).exit_code == 0
    assert run("import", *ws, "--dry-run", str(NOT_EXCEL)).exit_code == 3
    bad = write_inventory(tmp_path / "bad.xlsx", "12", [entry(("Bidang Fiktif", "X"), "J")])
    assert run("import", *ws, "--dry-run", str(bad)).exit_code == 1
    assert run("import", *ws, "--tidak-ada").exit_code == 2
    assert run("import", *ws, str(tmp_path / "tidak-ada.xlsx")).exit_code == 3
    assert run("import", "--workspace", str(tmp_path / "bukan"), str(good)).exit_code == 3

    import sopxl.kinds.inventory as inventory_kind

    def broken(*_: object, **__: object) -> None:
        raise KeyError("bug")

    monkeypatch.setattr(inventory_kind, "read_inventory", broken)
    result = run("import", *ws, "--dry-run", str(good))
    assert result.exit_code == 5, result.output
    assert "Traceback" not in result.output


def test_import_with_an_unreadable_file_exits_3_and_imports_the_rest(tmp_path: Path) -> None:
    from sopxl.register.store import open_register

    workspace = make_workspace(tmp_path / "ws")
    good = write_inventory(tmp_path / "inv.xlsx", "12", [entry(UMUM, "Judul Satu")])
    bad = write_inventory(tmp_path / "bad.xlsx", "01", [entry(("Bidang Fiktif", "X"), "J")])
    result = run("import", "--workspace", str(workspace.root), str(good), str(bad), str(NOT_EXCEL))
    assert result.exit_code == 3, result.output
    assert "Traceback" not in result.output and NOT_EXCEL.name in result.output
    frame = open_register(workspace.db_url).inventory_frame()
    assert frame["title"].tolist() == ["Judul Satu"]


def test_render(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("render", str(GOOD), "-o", str(tmp_path / "a.svg")).exit_code == 0
    assert run("render", str(GOOD), "-o", str(tmp_path / "a.doc"), "-f", "x").exit_code == 2
    assert run("render", str(NOT_EXCEL), "-o", str(tmp_path / "b.svg")).exit_code == 3
    assert run("render", str(GOOD), "-o", str(tmp_path / f"{TOO_LONG}.svg")).exit_code == 4

    import sopxl.render.svg as svg

    def broken(*_: object, **__: object) -> str:
        raise IndexError("bug")

    monkeypatch.setattr(svg, "svg_text", broken)
    result = run("render", str(GOOD), "-o", str(tmp_path / "c.svg"))
    assert result.exit_code == 5, result.output
    assert str(GOOD) in result.output and "laporkan" in result.output


def test_template_and_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    workspace = make_workspace(tmp_path / "ws")
    ws = ["--workspace", str(workspace.root)]
    assert run("template", "sop", "-o", str(tmp_path / "f.xlsx")).exit_code == 0
    assert run("template", "sop", "-o", str(tmp_path / "f.txt")).exit_code == 2
    assert run("template", "sop", "-o", str(tmp_path / f"{TOO_LONG}.xlsx")).exit_code == 4
    assert run("export", "inventory", *ws, "-o", str(tmp_path / "e.xlsx")).exit_code == 0
    missing = ["--workspace", str(tmp_path / "bukan")]
    assert run("export", "inventory", *missing, "-o", str(tmp_path / "e.xlsx")).exit_code == 3
    long_target = str(tmp_path / f"{TOO_LONG}.xlsx")
    assert run("export", "inventory", *ws, "-o", long_target).exit_code == 4

    import sopxl.templates as templates

    def broken(*_: object, **__: object) -> None:
        raise AttributeError("bug")

    monkeypatch.setattr(templates, "write_sop_template", broken)
    result = run("template", "sop", "-o", str(tmp_path / "g.xlsx"))
    assert result.exit_code == 5
    assert "Galat internal sopxl (AttributeError: bug)" in result.output
    assert "Traceback" not in result.output


def test_ctrl_c_exits_130_with_a_line_in_indonesian(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sopxl.checking.run as checking

    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(checking, "check_paths", interrupted)
    result = run("check", str(GOOD))
    assert result.exit_code == 130
    assert "Dihentikan (Ctrl-C)" in result.output


def test_a_real_sigint_during_a_check_exits_130(tmp_path: Path) -> None:
    folder = tmp_path / "kiriman"
    folder.mkdir()
    for number in range(300):
        os.link(GOOD, folder / f"sop-{number:03d}.xlsx")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "sopxl", "check", str(folder)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    # The first progress line says the files are being read: then interrupt.
    process.stderr.readline()
    time.sleep(0.2)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "Dihentikan (Ctrl-C)" in stderr
    assert "Traceback" not in stderr


LIFECYCLE_FORMS = {
    "status": "2025",
    "monitoring": "2025",
    "evaluation": "2025",
    "supervision": "2025Q1",
}


def with_titles(tmp_path: Path) -> list[str]:
    """A workspace whose SKPD 12 has one numbered SOP (01 has none): its options."""
    workspace = make_workspace(tmp_path / "ws")
    ws = ["--workspace", str(workspace.root)]
    inventory = write_inventory(tmp_path / "inv.xlsx", "12", [entry(UMUM, "Judul Satu")])
    assert run("import", *ws, str(inventory)).exit_code == 0
    return ws


@pytest.mark.parametrize("form", sorted(LIFECYCLE_FORMS))
def test_lifecycle_template(tmp_path: Path, form: str, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = with_titles(tmp_path)
    period = ["--period", LIFECYCLE_FORMS[form]]
    target = tmp_path / f"{form}.xlsx"
    # An SKPD without numbered SOPs has no form yet: input is missing.
    assert run("template", form, *ws, "--agency", "01", *period, "-o", str(target)).exit_code == 3
    assert run("template", form, *ws, "--agency", "12", *period, "-o", str(target)).exit_code == 0
    assert target.is_file()
    assert run("template", form, *ws, *period, "-o", str(target)).exit_code == 2  # no --agency
    wrong = ["--period", "2025Q9"]
    assert run("template", form, *ws, "--agency", "12", *wrong, "-o", str(target)).exit_code == 2
    missing = ["--workspace", str(tmp_path / "bukan")]
    result = run("template", form, *missing, "--agency", "12", *period, "-o", str(target))
    assert result.exit_code == 3
    long_target = str(tmp_path / f"{TOO_LONG}.xlsx")
    assert run("template", form, *ws, "--agency", "12", *period, "-o", long_target).exit_code == 4

    import sopxl.lifecycle.templates as templates

    def broken(*_: object, **__: object) -> None:
        raise TypeError("bug")

    monkeypatch.setattr(templates, "write_lifecycle_templates", broken)
    result = run("template", form, *ws, "--agency", "12", *period, "-o", str(target))
    assert result.exit_code == 5 and "Traceback" not in result.output


def test_lifecycle_template_revision(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path / "ws")
    ws = ["--workspace", str(workspace.root)]
    out = ["-o", str(tmp_path / "revisi")]
    # Nothing recommended Disempurnakan in 2025: nothing to write from.
    result = run("template", "revision", *ws, "--year", "2025", *out)
    assert result.exit_code == 3 and "Disempurnakan" in result.output
    assert run("template", "revision", *ws, "--year", "dua", *out).exit_code == 2
    missing = ["--workspace", str(tmp_path / "bukan")]
    assert run("template", "revision", *missing, "--year", "2025", *out).exit_code == 3


@pytest.mark.parametrize(
    ("export", "options"),
    [
        ("review-due", ["--as-of", "2026-01-31"]),
        ("supervision", ["--year", "2025"]),
        ("evaluation", ["--year", "2025"]),
        ("report", ["--year", "2025"]),
    ],
)
def test_lifecycle_export(tmp_path: Path, export: str, options: list[str]) -> None:
    workspace = make_workspace(tmp_path / "ws")
    ws = ["--workspace", str(workspace.root)]
    target = tmp_path / f"{export}.xlsx"
    result = run("export", export, *ws, *options, "-o", str(target))
    assert result.exit_code == 0, result.output
    assert target.is_file()
    wrong = ["--as-of", "kemarin"] if export == "review-due" else ["--year", "dua"]
    assert run("export", export, *ws, *wrong, "-o", str(target)).exit_code == 2
    missing = ["--workspace", str(tmp_path / "bukan")]
    assert run("export", export, *missing, *options, "-o", str(target)).exit_code == 3
    long_target = str(tmp_path / f"{TOO_LONG}.xlsx")
    assert run("export", export, *ws, *options, "-o", long_target).exit_code == 4


def test_import_of_lifecycle_forms(tmp_path: Path) -> None:
    ws = with_titles(tmp_path)
    form = tmp_path / "status.xlsx"
    period = ["--period", "2025"]
    assert run("template", "status", *ws, "--agency", "12", *period, "-o", str(form)).exit_code == 0
    assert run("import", *ws, "--dry-run", str(form)).exit_code == 0
    book = openpyxl.load_workbook(form)
    sheet = book["Status SOP"]
    cell = next(c for line in sheet.iter_rows() for c in line if c.value == "Judul Satu")
    sheet.cell(row=cell.row, column=cell.column + 2, value="bukan tanggal")  # a date column
    broken = tmp_path / "status-salah.xlsx"
    book.save(broken)
    result = run("import", *ws, "--dry-run", str(broken))
    assert result.exit_code == 1 and "LC_DATE_INVALID" in result.output, result.output
    assert run("import", *ws, "--dry-run", str(broken), str(NOT_EXCEL)).exit_code == 3
