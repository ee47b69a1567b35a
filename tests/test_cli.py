"""The command line as a person meets it: Indonesian help, version, exit codes."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from sopxl import __version__
from sopxl.cli import cli
from tests.conftest import ROOT

ENGLISH_LEFTOVERS = (
    "Usage:",
    "Options:",
    "Commands:",
    "Show this message",
    "[required]",
    "[default",
    "TEXT",
    "INTEGER",
)


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    yield prefix
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))
        else:
            yield (*prefix, name)


ALL_COMMANDS = list(_commands(cli))


@pytest.mark.parametrize("path", ALL_COMMANDS, ids=lambda p: " ".join(p) or "sopxl")
def test_every_help_is_in_indonesian(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0
    assert "Penggunaan: sopxl" in result.output
    assert "Opsi:" in result.output
    for leftover in ENGLISH_LEFTOVERS:
        assert leftover not in result.output, (path, leftover)


@pytest.mark.parametrize("path", [p for p in ALL_COMMANDS if p], ids=" ".join)
def test_every_command_is_in_the_readme(path: tuple[str, ...]) -> None:
    assert f"sopxl {' '.join(path)}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.output.strip() == f"sopxl versi {__version__}"


def test_python_dash_m_works() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "sopxl", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"sopxl versi {__version__}"


def test_help_imports_no_heavy_library() -> None:
    code = (
        "import sys; from sopxl.cli import cli; "
        "print(sorted(m for m in ('xlsxwriter', 'openpyxl', 'pandas', 'sqlalchemy', "
        "'python_calamine') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_template_sop_writes_prefilled_form(tmp_path: Path) -> None:
    out = tmp_path / "f.xlsx"
    result = CliRunner().invoke(
        cli,
        [
            "template",
            "sop",
            "-o",
            str(out),
            "--skpd",
            "Dinas X",
            "--pelaksana",
            "Kepala",
            "--pelaksana",
            "Staf",
            "--jumlah-langkah",
            "8",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "Formulir SOP ditulis ke" in result.output
    import openpyxl

    wb = openpyxl.load_workbook(out)
    assert wb["Identitas SOP"]["C5"].value == "Dinas X"
    assert wb["Uraian Prosedur"]["C5"].value == "Kepala"
    assert wb["Uraian Prosedur"]["A14"].value == 8


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["template", "sop", "-o", "/folder/yang/tidak/ada/f.xlsx"], 4, "Folder tujuan tidak ada"),
        (["template", "sop", "-o", "f.txt"], 2, "harus berakhiran .xlsx"),
        (
            [
                "template",
                "sop",
                "-o",
                "f.xlsx",
                "--jumlah-pelaksana",
                "2",
                "--pelaksana",
                "A",
                "--pelaksana",
                "B",
                "--pelaksana",
                "C",
            ],
            2,
            "3 pelaksana disebut",
        ),
        (["template", "sop", "-o", "f.xlsx", "--jumlah-langkah", "0"], 2, "di luar rentang"),
        (["template", "sop"], 2, "Opsi belum diisi"),
        (["templat"], 2, "Tidak ada perintah"),
    ],
)
def test_errors_are_indonesian_with_exit_codes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], code: int, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == code, result.output
    assert message in result.output
    assert "Traceback" not in result.output
