"""The library API every front end stands on (``docs/api.md``): its example runs, the CLI
reaches the library only through it, and the library prints nothing."""

from __future__ import annotations

import ast
import os
import re
from pathlib import Path

import pytest

from sopxl import api

ROOT = Path(__file__).resolve().parent.parent
FRONT_END = [*sorted((ROOT / "sopxl" / "commands").glob("*.py")), ROOT / "sopxl" / "cli.py"]

# What a front end may import besides sopxl.api, and why:
ALLOWED = {
    "sopxl": "the version string",
    "sopxl.cli_i18n": "click's own words in Indonesian",
    "sopxl.errors": "the one exception base the CLI catches",
    "sopxl.exitcodes": "the exit-code table",
    "sopxl.text": "cleaning text for the terminal",
    "sopxl.parsing.dates": "a date option typed the Indonesian way",
}
ALLOWED_PREFIXES = (
    "sopxl.api",
    "sopxl.commands",  # the CLI's own modules
    "sopxl.web",  # `sopxl serve` and `sopxl akun` start and manage the web front end
    "sopxl_demo",  # `sopxl demo` runs the sample journey (a package outside the library)
)


def _imports(path: Path) -> list[tuple[str, str, int]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                found.append((node.module, alias.name, node.lineno))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                found.append((alias.name, "", node.lineno))
    return found


def test_front_ends_use_only_public_library_entry_points() -> None:
    wrong = []
    for path in FRONT_END:
        for module, name, line in _imports(path):
            if not module.startswith(("sopxl", "sopxl_demo")):
                continue
            where = f"{path.relative_to(ROOT)}:{line} {module} {name}"
            private = name.startswith("_") and not name.endswith("__")
            if private or any(part.startswith("_") for part in module.split(".")):
                wrong.append(f"{where}: private name")
            elif module not in ALLOWED and not module.startswith(ALLOWED_PREFIXES):
                wrong.append(f"{where}: not through sopxl.api")
    assert wrong == []


def test_every_public_name_of_the_api_resolves() -> None:
    for name in api.__all__:
        assert getattr(api, name) is not None
    with pytest.raises(AttributeError):
        api.no_such_call  # noqa: B018


def _example() -> str:
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.S)
    assert len(blocks) == 1
    return blocks[0]


def test_the_documented_example_runs_and_prints_only_its_own_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SOPXL_WORKSPACE", raising=False)
    monkeypatch.delenv("SOPXL_DB", raising=False)
    exec(compile(_example(), "docs/api.md", "exec"), {})
    out, err = capsys.readouterr()
    lines = out.splitlines()
    # Exactly the example's four print() calls: the library itself printed nothing.
    assert len(lines) == 4, out
    assert lines[0].startswith("Formulir SOP ditulis ke formulir.xlsx")
    assert re.fullmatch(r"[\w ]+ [A-Z]+\d+ [A-Z_]+", lines[1]), lines[1]  # sheet, cell, code
    assert lines[-1].endswith("SKPD di register")
    assert err == ""
    assert (tmp_path / "inventaris.xlsx").stat().st_size > 0


def test_a_failed_output_is_a_note_and_exit_code_4_with_the_findings_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if os.geteuid() == 0:
        # root writes anywhere; a file where the report's folder should be fails for all
        blocker = tmp_path / "berkas"
        blocker.write_text("x", encoding="utf-8")
        report = blocker / "sub" / "temuan.xlsx"
    else:
        locked = tmp_path / "terkunci"
        locked.mkdir(mode=0o500)
        report = locked / "temuan.xlsx"
    form = ROOT / "samples" / "sop-surat-masuk.xlsx"
    result = api.check_files([form], report_path=report)
    assert result.exit_code == 4
    assert any(note.startswith("Galat: Tidak dapat menulis keluaran") for note in result.notes)
    assert result.reports and result.reports[0].file.endswith("sop-surat-masuk.xlsx")
    assert capsys.readouterr() == ("", "")


def test_a_report_that_cannot_be_saved_keeps_the_findings_too(tmp_path: Path) -> None:
    report = tmp_path / "temuan.xlsx"
    report.mkdir()  # a folder where the workbook should go: the save itself fails
    form = ROOT / "samples" / "sop-surat-masuk.xlsx"
    result = api.check_files([form], report_path=report)
    assert result.exit_code == 4
    assert any("temuan.xlsx" in note for note in result.notes), result.notes
    assert result.reports and result.to_json()["files"][0]["file"].endswith("sop-surat-masuk.xlsx")
