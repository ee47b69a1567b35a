"""Real-shaped SOP forms typed into the blank template by LibreOffice Calc itself and saved
by it as .xlsx and .ods (tests/libreoffice_fill.py, through the UNO API), then checked and
imported: the verdict a secretary's form gets is the one the regulation supports.

The forms have what real SOPs have: no Bagian, "-" in the lists that do not apply and in
Tanggal Revisi, dates typed as Indonesian text, a step done by two pelaksana, "3 Menit",
a v tick, and (one of them) a Nomor SOP the register gave another title.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from sopxl.checking.run import check_file
from sopxl.forms.sop_layout import Cell, SopFormLayout
from sopxl.kinds.importer import import_paths
from sopxl_demo.examples import surat_masuk
from tests.conftest import ROOT
from tests.register_fixtures import UMUM, entry, import_entries, make_workspace

TEMPLATE = ROOT / "workbook_templates" / "formulir-sop.xlsx"
FILLER = Path(__file__).with_name("libreoffice_fill.py")
SYSTEM_PYTHON = "/usr/bin/python3"


def _uno_python() -> str:
    """Debian's python with python3-uno and LibreOffice (skip without, fail on CI)."""
    ok = shutil.which("soffice") is not None and (
        subprocess.run(
            [SYSTEM_PYTHON, "-c", "import uno"], capture_output=True, check=False
        ).returncode
        == 0
        if Path(SYSTEM_PYTHON).exists()
        else False
    )
    if not ok:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice with python3-uno is required on CI (.ci/run installs it)")
        pytest.skip("LibreOffice with python3-uno is not installed")
    return SYSTEM_PYTHON


def _a1(cell: Cell) -> tuple[str, str]:
    from xlsxwriter.utility import xl_rowcol_to_cell

    sheet, row, col = cell
    return sheet, str(xl_rowcol_to_cell(row, col))


def _typed(code: str, tick: bool = False) -> dict[str, dict[str, str]]:
    """What a secretary types for the surat masuk SOP of Disdukcapil, as Calc receives it."""
    layout = SopFormLayout()
    sop = surat_masuk()
    ident = sop.identity
    cells: dict[Cell, str] = {
        layout.identity_cell("agency"): ident.agency,
        layout.identity_cell("unit"): ident.unit,
        # Bagian left empty: Lampiran II angka 2 has no such field.
        layout.identity_cell("code"): code,
        layout.identity_cell("made_on"): "6 Januari 2025",
        layout.identity_cell("revised_on"): "-",
        layout.identity_cell("approved_on"): "20 Januari 2025",
        layout.identity_cell("approved_by"): ident.approved_by,
        layout.identity_cell("title"): ident.title,
        layout.identity_cell("position"): ident.approval.position,
        layout.identity_cell("name"): ident.approval.name,
        layout.identity_cell("nip"): "19680512 199403 1 007",
    }
    for key in ("legal_basis", "qualifications", "equipment", "records"):
        for index, text in enumerate(getattr(ident, key)):
            cells[layout.list_item_cell(key, index)] = text
    cells[layout.list_item_cell("related", 0)] = "-"
    cells[layout.list_item_cell("cautions", 0)] = "-"
    for index, actor in enumerate(sop.actors):
        cells[layout.actor_name_cell(index)] = actor.name
    for index, step in enumerate(sop.steps):
        assert step.actor is not None and step.symbol is not None
        cells[layout.step_cell(index, "number")] = str(step.number)
        cells[layout.step_cell(index, "description")] = step.description
        cells[layout.step_cell(index, "actor", step.actor)] = step.symbol.label
        cells[layout.step_cell(index, "requirements")] = step.requirements
        cells[layout.step_cell(index, "duration")] = step.duration.text if step.duration else ""
        cells[layout.step_cell(index, "output")] = step.output
        if step.yes_target:
            cells[layout.step_cell(index, "yes_target")] = str(step.yes_target)
            cells[layout.step_cell(index, "no_target")] = str(step.no_target)
    # Step 6: the Sekretaris disposes together with the Kepala Sub Bagian Umum (two marks),
    # typed "3 Menit". With ``tick``, step 4's pelaksana is only ticked with "v".
    cells[layout.step_cell(5, "actor", 2)] = "Proses"
    cells[layout.step_cell(5, "duration")] = "3 Menit"
    if tick:
        cells[layout.step_cell(3, "actor", 3)] = "v"
    by_sheet: dict[str, dict[str, str]] = {}
    for cell, text in cells.items():
        sheet, address = _a1(cell)
        by_sheet.setdefault(sheet, {})[address] = text
    return by_sheet


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The forms as LibreOffice saved them: right and wrong Nomor SOP, .xlsx and .ods."""
    python = _uno_python()
    folder = tmp_path_factory.mktemp("libreoffice")
    jobs, paths = [], {}
    for name, code, tick in (
        ("benar", "12.01.02.002", False),
        ("nomor-lain", "20.01.01.001", False),
        ("centang", "12.01.02.002", True),
    ):
        outputs = [folder / f"{name}.xlsx", folder / f"{name}.ods"]
        jobs.append(
            {
                "source": str(TEMPLATE),
                "sheets": _typed(code, tick),
                "targets": [str(p) for p in outputs],
            }
        )
        paths.update({p.name: p for p in outputs})
    jobs_file = folder / "jobs.json"
    jobs_file.write_text(json.dumps(jobs, ensure_ascii=False), encoding="utf-8")
    done = subprocess.run(
        [python, str(FILLER), str(jobs_file)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    for path in paths.values():
        assert path.stat().st_size > 0, f"LibreOffice did not write {path}"
    return paths


def _flat(path: Path) -> list[tuple[str, str | None, str, str | None]]:
    return sorted((f.code, f.cell, f.severity.value, f.value) for f in check_file(path).findings)


@pytest.mark.parametrize("suffix", [".xlsx", ".ods"])
def test_real_shaped_forms_saved_by_libreoffice_get_the_right_verdict(
    saved: dict[str, Path], suffix: str
) -> None:
    report = check_file(saved[f"benar{suffix}"])
    assert report.readable and report.sop is not None
    ident = report.sop.identity
    assert (ident.section, ident.revised_on) == ("", None)
    assert (ident.made_on.isoformat() if ident.made_on else None) == "2025-01-06"
    assert ident.related == ("-",) and ident.cautions == ("-",)
    assert report.sop.steps[5].duration is not None
    assert report.sop.steps[5].duration.text == "3 Menit"
    # No galat: the form passes; two pelaksana on one step is only a peringatan.
    layout = SopFormLayout()
    second_mark = _a1(layout.step_cell(5, "actor", 2))[1]
    assert _flat(saved[f"benar{suffix}"]) == [
        ("FORM_STEP_MULTIPLE_ACTORS", second_mark, "peringatan", "Proses")
    ]
    # A tick without a symbol is a galat that shows what was typed.
    tick = _a1(layout.step_cell(3, "actor", 3))[1]
    assert _flat(saved[f"centang{suffix}"]) == [
        ("FORM_STEP_MULTIPLE_ACTORS", second_mark, "peringatan", "Proses"),
        ("STEP_SYMBOL_MISSING", tick, "galat", "v"),
    ]


@pytest.mark.parametrize("suffix", [".xlsx", ".ods"])
def test_a_libreoffice_form_is_imported_only_with_the_registered_number(
    saved: dict[str, Path], suffix: str, tmp_path: Path
) -> None:
    ws = make_workspace(tmp_path / "ws")
    titles = [entry(UMUM, "Pengarsipan Dokumen Dinas"), entry(UMUM, surat_masuk().identity.title)]
    assert import_entries(ws, "12", titles).committed
    wrong = import_paths(ws, [saved[f"nomor-lain{suffix}"]])
    refusals = [(f.code, f.cell) for f in wrong.files[0].findings if f.code.startswith("SOP_")]
    assert wrong.files[0].outcome == "ditolak" and refusals == [("SOP_CODE_DIFFERS", "F3")]
    message = next(f.message for f in wrong.files[0].findings if f.code == "SOP_CODE_DIFFERS")
    assert "'20.01.01.001'" in message and "'12.01.02.002'" in message


def test_the_returned_copy_shows_what_was_typed(saved: dict[str, Path], tmp_path: Path) -> None:
    import openpyxl

    from sopxl.checking.returned import write_returned_copy

    copy = write_returned_copy(check_file(saved["centang.ods"]), tmp_path)
    assert copy is not None
    sheet = openpyxl.load_workbook(copy)["Uraian Prosedur"]
    layout = SopFormLayout()
    typed = {
        _a1(layout.step_cell(3, "actor", 3))[1]: "v",  # the tick, flagged
        _a1(layout.step_cell(5, "actor", 1))[1]: "Proses",  # both marks of step 6
        _a1(layout.step_cell(5, "actor", 2))[1]: "Proses",
        _a1(layout.step_cell(5, "duration"))[1]: "3 Menit",  # as typed
    }
    assert {address: sheet[address].value for address in typed} == typed
