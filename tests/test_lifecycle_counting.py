"""Lifecycle forms filled and saved by LibreOffice Calc itself (.xlsx and .ods), and the
figures of the evaluation export and the report to the Bupati against a hand-computed
example.

The example (year 2025):
- SKPD 12: SOPs A-D in force (Keputusan Bupati in 2025), E only verified and trialled,
  F never started; SKPD 01: SOP X in force; SKPD 03: one SOP, not in force.
- Evaluation: A all Ya; B "Mudah dipahami" Tidak; C all Ya; D "Mudah dilaksanakan" and
  "Semua orang ..." Tidak; X all Ya. E is answered anyway (not in force: kept, not
  counted, no warning), F left empty (no warning).
  "Mudah dipahami": 4 SOPs of 5 = 80 % (not the mean of 75 % and 100 % = 87.5 %);
  all Ya: 7 + 6 + 7 + 5 + 7 = 32 of 35 = 91.4 % (not the mean of 25/28 and 7/7 = 94.6 %).
- Monitoring: SKPD 12 monitors A and B, SKPD 01 monitors X: 3 of 5 SOPs in force = 60 %.
- Supervision: SKPD 12 reports Q1, SKPD 01 Q1 and Q2: 3 of 8 quarters = 37.5 % over the
  two SKPDs with SOPs in force; SKPD 03 is listed apart, not counted as 0 %.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from xlsxwriter.utility import xl_col_to_name

from sopxl.forms import lifecycle_spec as spec
from sopxl.forms.lifecycle_form import FormRow, layout, write_lifecycle_form
from sopxl.kinds.importer import ImportReport, import_paths
from sopxl.lifecycle.exports import evaluation_frames, evaluation_totals, export_evaluation
from sopxl.lifecycle.report import export_report
from sopxl.lifecycle.templates import write_lifecycle_templates
from sopxl.model.lifecycle import Answer, Period
from sopxl.model.organisation import AgencyRow, OrgMaster, SectionRow, UnitRow
from sopxl.register.store import open_register
from sopxl.register.workspace import Workspace
from tests.register_fixtures import SMALL, entry, make_workspace, write_inventory

NOW = datetime(2026, 1, 20, 9, 0)
MASTER = OrgMaster(
    agencies=(*SMALL.agencies, AgencyRow("03", "Sekretariat DPRD", "SETWAN")),
    units=(*SMALL.units, UnitRow("03", "01", "Bagian Umum DPRD")),
    sections=(*SMALL.sections, SectionRow("03", "01", "01", "Sub Bagian Rumah Tangga")),
)
A, B, C, D = "12.01.02.001", "12.01.02.002", "12.01.02.003", "12.01.03.001"
E, F, X, W = "12.03.01.001", "12.03.01.002", "01.03.01.001", "03.01.01.001"
ORDER = (A, B, C, D, E, F)  # SKPD 12's rows (by Nomor SOP); evaluation: rows 14 to 19
ENACTED: dict[str, Answer] = {
    "verified_by": "Sekretaris",
    "verified_on": date(2025, 2, 3),
    "trial_on": date(2025, 2, 17),
    "trial_result": "Sesuai",
    "decree_number": "100.3.3.2/K.101/2025",
    "decree_on": date(2025, 3, 10),
}
TRIALLED = {k: v for k, v in ENACTED.items() if k not in ("decree_number", "decree_on")}
YES = {key: True for key, _ in spec.CRITERIA}


def _lo_python() -> str:
    """Debian's python3 with python3-uno (the venv cannot import uno)."""
    if shutil.which("soffice") and os.path.exists("/usr/bin/python3"):
        probe = subprocess.run(["/usr/bin/python3", "-c", "import uno"], capture_output=True)
        if probe.returncode == 0:
            return "/usr/bin/python3"
    if os.environ.get("CI"):
        pytest.fail("LibreOffice and python3-uno are required on CI (.ci/run installs them)")
    pytest.skip("LibreOffice or python3-uno is not installed")


def fill_with_libreoffice(jobs: list[dict[str, object]], work: Path) -> None:
    """Type ``cells`` into each ``source`` in LibreOffice Calc and save as ``targets``."""
    job = work / "fill.json"
    job.write_text(json.dumps(jobs), encoding="utf-8")
    script = Path(__file__).with_name("libreoffice_fill.py")
    done = subprocess.run(
        [_lo_python(), str(script), str(job)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    for item in jobs:
        for target in item["targets"]:  # type: ignore[attr-defined]
            assert Path(target).stat().st_size > 0


def cell(form: spec.FormSpec, code: str, key: str) -> str:
    """The cell of ``key`` in the row of SOP ``code`` of SKPD 12's generated form."""
    col = next(i for i, column in enumerate(form.columns) if column.key == key)
    return f"{xl_col_to_name(col)}{layout(form).first + 1 + ORDER.index(code)}"


def header_cell(form: spec.FormSpec, key: str) -> str:
    index = next(i for i, item in enumerate(form.header_fields) if item.key == key)
    return f"C{layout(form).header_fields + index + 1}"


def typed(form: spec.FormSpec, answers: dict[str, dict[str, str]]) -> dict[str, str]:
    return {
        cell(form, code, key): text for code, row in answers.items() for key, text in row.items()
    }


def evaluation(overrides: dict[str, str], recommendation: str = "Tetap") -> dict[str, str]:
    # Case and spacing as people type them: accepted.
    values = {key: ("ya" if i % 2 else " Ya ") for i, (key, _) in enumerate(spec.CRITERIA)}
    return {**values, **overrides, "recommendation": recommendation}


def run_import(ws: Workspace, *paths: Path, dry_run: bool = False) -> ImportReport:
    return import_paths(ws, list(paths), now=NOW, dry_run=dry_run)


def findings(report: ImportReport, name: str) -> list[tuple[str, str | None]]:
    (result,) = [r for r in report.files if Path(r.path).name == name]
    return sorted((f.code, f.cell) for f in result.findings)


def write(
    ws: Workspace,
    name: str,
    form: spec.FormSpec,
    period: Period,
    agency: str,
    rows: dict[str, dict[str, Answer]],
    header: dict[str, Answer] | None = None,
) -> Path:
    names = {"01": "Sekretariat Daerah", "03": "Sekretariat DPRD"}
    path = ws.root / name
    items = [FormRow(code, "SOP", values) for code, values in rows.items()]
    write_lifecycle_form(path, form, agency, names[agency], period, items, header or {})
    return path


@pytest.fixture(scope="module", params=["xlsx", "ods"])
def example(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, object]:
    """The example of the module docstring, SKPD 12's forms typed in LibreOffice and
    saved as ``.xlsx`` or ``.ods``; returns the workspace, the reports and the paths."""
    suffix = request.param
    root = tmp_path_factory.mktemp(f"lo-{suffix}")
    ws = make_workspace(root / "ruang", MASTER)
    inventories = [
        write_inventory(
            root / "inv12.xlsx",
            "12",
            [
                entry(("Sekretariat", "Sub Bagian Umum dan Kepegawaian"), t)
                for t in ("Surat Masuk", "Surat Keluar", "Kearsipan")
            ]
            + [
                entry(("Sekretariat", "Sub Bagian Keuangan"), "Pembayaran Gaji"),
                entry(("Bidang Pelayanan Pencatatan Sipil", "Seksi Kelahiran"), "Akta Kelahiran"),
                entry(("Bidang Pelayanan Pencatatan Sipil", "Seksi Kelahiran"), "Akta Kematian"),
            ],
            MASTER,
        ),
        write_inventory(
            root / "inv01.xlsx",
            "01",
            [entry(("Bagian Umum", "Sub Bagian Tata Usaha Pimpinan"), "Agenda Pimpinan")],
            MASTER,
        ),
        write_inventory(
            root / "inv03.xlsx",
            "03",
            [entry(("Bagian Umum DPRD", "Sub Bagian Rumah Tangga"), "Rapat Paripurna")],
            MASTER,
        ),
    ]
    assert not run_import(ws, *inventories).refused
    # SKPD 01 and 03 report with sopxl's own writer; their status comes first.
    year = Period(2025)
    others = [
        write(ws, "status01.xlsx", spec.STATUS, year, "01", {X: ENACTED}),
        write(ws, "status03.xlsx", spec.STATUS, year, "03", {W: TRIALLED}),
        write(
            ws,
            "eval01.xlsx",
            spec.EVALUATION,
            year,
            "01",
            {X: {**YES, "recommendation": "Tetap"}},
            {"evaluated_on": date(2025, 12, 19), "evaluators": "Asisten Administrasi Umum"},
        ),
        write(
            ws,
            "mon01.xlsx",
            spec.MONITORING,
            year,
            "01",
            {
                X: {
                    "method": "Observasi",
                    "monitored_on": date(2025, 9, 1),
                    "assessment": spec.GOOD,
                    "assessor": "Kepala Bagian Umum",
                }
            },
        ),
        *(
            write(
                ws,
                f"sup01-{q}.xlsx",
                spec.SUPERVISION,
                Period(2025, q),
                "01",
                {X: {"as_written": True, "supervisor": "Kepala Bagian Umum"}},
                {"reported_on": Period(2025, q).end, "reported_to": "Sekretaris Daerah"},
            )
            for q in (1, 2)
        ),
    ]
    assert not run_import(ws, *others).refused
    # SKPD 12's blank forms, made before its Status SOP is imported: every row open.
    blanks = {
        name: write_lifecycle_templates(ws, name, period, "12", root / f"blank-{name}.xlsx")[0]
        for name, period in (
            ("status", "2025"),
            ("evaluation", "2025"),
            ("monitoring", "2025"),
            ("supervision", "2025Q1"),
        )
    }
    status_cells = typed(
        spec.STATUS,
        {
            code: {
                "verified_by": "Sekretaris",
                "verified_on": "2025-02-03",
                "trial_on": "17 Februari 2025",
                "trial_result": "sesuai",
                "decree_number": f"100.3.3.2/K.{i}/2025",
                "decree_on": "2025-03-10",
            }
            for i, code in enumerate((A, B, C, D), start=101)
        }
        | {
            E: {
                "verified_by": "Sekretaris",
                "verified_on": "2025-02-03",
                "trial_on": "2025-02-17",
                "trial_result": "Perlu Penyempurnaan",
            }
        },
    )
    eval_cells = typed(
        spec.EVALUATION,
        {
            A: evaluation({}),
            B: evaluation({"c_understood": "Tidak"}, "Disempurnakan"),
            C: evaluation({}),
            D: evaluation({"c_doable": "tidak", "c_roles": "Tidak"}, " disempurnakan "),
            E: evaluation({}),  # not in force: answered anyway
        },
    ) | {
        header_cell(spec.EVALUATION, "evaluated_on"): "2025-12-15",
        header_cell(spec.EVALUATION, "evaluators"): "Sekretaris dan Koordinator SKPD",
    }
    mon_cells = typed(
        spec.MONITORING,
        {
            code: {
                "method": "Observasi",
                "monitored_on": "2025-10-06",
                "assessment": "Berjalan dengan baik",
                "assessor": "Kepala Sub Bagian Umum",
            }
            for code in (A, B)
        },
    )
    sup_cells = typed(
        spec.SUPERVISION,
        # D is left unanswered: in force per the Status SOP of the same batch.
        {code: {"as_written": "Ya", "supervisor": "Sekretaris"} for code in (A, B, C)},
    ) | {
        header_cell(spec.SUPERVISION, "reported_on"): "2025-04-05",
        header_cell(spec.SUPERVISION, "reported_to"): "Kepala Dinas",
    }
    # The mistakes: G14 left empty, "Disempurnakn" in L15, "Yaa" in E16.
    wrong = typed(
        spec.EVALUATION,
        {
            A: {k: v for k, v in evaluation({}).items() if k != "c_roles"},
            B: evaluation({}, "Disempurnakn"),
            C: evaluation({"c_understood": "Yaa"}),
            D: evaluation({}),
        },
    )
    out = root / "kiriman"
    out.mkdir()
    jobs = [
        {
            "source": str(blanks["status"]),
            "sheet": spec.STATUS.sheet,
            "cells": status_cells,
            "targets": [str(out / f"status12.{suffix}")],
        },
        {
            "source": str(blanks["evaluation"]),
            "sheet": spec.EVALUATION.sheet,
            "cells": eval_cells,
            "targets": [str(out / f"eval12.{suffix}")],
        },
        {
            "source": str(blanks["monitoring"]),
            "sheet": spec.MONITORING.sheet,
            "cells": mon_cells,
            "targets": [str(out / f"mon12.{suffix}")],
        },
        {
            "source": str(blanks["supervision"]),
            "sheet": spec.SUPERVISION.sheet,
            "cells": sup_cells,
            "targets": [str(out / f"sup12.{suffix}")],
        },
        {
            "source": str(blanks["evaluation"]),
            "sheet": spec.EVALUATION.sheet,
            "cells": wrong,
            "targets": [str(root / f"salah12.{suffix}")],
        },
    ]
    fill_with_libreoffice(jobs, root)
    batch = run_import(ws, *sorted(out.iterdir()))  # Status SOP and the rest in one batch
    mistakes = run_import(ws, root / f"salah12.{suffix}", dry_run=True)
    # After the Status SOP: a new evaluation form marks E and F "Belum berlaku"; C's
    # answers are deleted.
    (fresh,) = write_lifecycle_templates(ws, "evaluation", "2025", "12", root / "baru.xlsx")
    fill_with_libreoffice(
        [
            {
                "source": str(fresh),
                "sheet": spec.EVALUATION.sheet,
                # Pre-filled with the batch's answers: C's are deleted.
                "cells": typed(
                    spec.EVALUATION,
                    {A: evaluation({}), B: evaluation({}), C: dict.fromkeys(evaluation({}), "")},
                )
                | {
                    header_cell(spec.EVALUATION, "evaluated_on"): "2025-12-16",
                    header_cell(spec.EVALUATION, "evaluators"): "Sekretaris",
                },
                "targets": [str(root / f"baru12.{suffix}")],
            },
        ],
        root,
    )
    regenerated = run_import(ws, root / f"baru12.{suffix}", dry_run=True)
    return {
        "ws": ws,
        "batch": batch,
        "mistakes": mistakes,
        "regenerated": regenerated,
        "suffix": suffix,
        "fresh": fresh,
        "root": root,
    }


def test_rows_of_sops_not_in_force_draw_no_warning(example: dict[str, object]) -> None:
    batch: ImportReport = example["batch"]  # type: ignore[assignment]
    suffix = example["suffix"]
    assert not batch.refused, [(r.path, findings(batch, Path(r.path).name)) for r in batch.files]
    # E answered, F empty, neither in force: nothing to do, so nothing said.
    assert findings(batch, f"eval12.{suffix}") == []
    assert findings(batch, f"mon12.{suffix}") == []
    assert findings(batch, f"status12.{suffix}") == []
    # Supervision: D is in force by the Status SOP imported in the same batch, so its
    # empty row is warned (at its first empty cell); E and F are not owed anything.
    assert findings(batch, f"sup12.{suffix}") == [
        ("LC_NOT_SUPERVISED", cell(spec.SUPERVISION, D, "as_written"))
    ]


def test_each_finding_at_its_cell_and_one_per_mistake(example: dict[str, object]) -> None:
    mistakes: ImportReport = example["mistakes"]  # type: ignore[assignment]
    suffix = example["suffix"]
    assert findings(mistakes, f"salah12.{suffix}") == [
        ("LC_ANSWER_MISSING", "G14"),  # the empty criterion, at its own cell
        ("LC_CHOICE_INVALID", "E16"),  # "Yaa": only "bukan pilihan yang sah"
        ("LC_CHOICE_INVALID", "L15"),  # "Disempurnakn"
    ]


def test_a_form_made_after_the_status_marks_sops_not_in_force(example: dict[str, object]) -> None:
    sheet = openpyxl.load_workbook(example["fresh"])[spec.EVALUATION.sheet]  # type: ignore[arg-type]
    for code in (E, F):
        marked = sheet[cell(spec.EVALUATION, code, spec.EVALUATION.inputs[0].key)]
        assert marked.value == spec.NOT_IN_FORCE_NOTE and marked.protection.locked
    assert not sheet[cell(spec.EVALUATION, C, "c_understood")].protection.locked
    regenerated: ImportReport = example["regenerated"]  # type: ignore[assignment]
    # Only the SOP in force left unanswered is warned, at its first empty cell.
    assert findings(regenerated, f"baru12.{example['suffix']}") == [("LC_NOT_EVALUATED", "D16")]


def test_evaluation_export_pools_over_sops(example: dict[str, object], tmp_path: Path) -> None:
    ws: Workspace = example["ws"]  # type: ignore[assignment]
    register = open_register(ws.db_url)
    try:
        rows, _ = evaluation_frames(register, 2025)
        totals = evaluation_totals(rows)
        export_evaluation(register, tmp_path / "e.xlsx", 2025)
    finally:
        register.close()
    assert sorted(rows["code"]) == [X, A, B, C, D]  # E answered but not in force: not counted
    assert totals["c_understood"] == pytest.approx(4 / 5)  # 80 %, not 87.5 %
    assert totals["share"] == pytest.approx(32 / 35)  # 91.4 %, not 94.6 %
    sheet = openpyxl.load_workbook(tmp_path / "e.xlsx")["Per SKPD"]
    table = [r for r in sheet.iter_rows(min_row=5, max_row=7, values_only=True)]
    by_code = {r[0]: r for r in table}
    assert by_code["12"][2:5] == (4, 1.0, 0.75) and by_code["01"][2:5] == (1, 1.0, 1.0)
    kabupaten = by_code["Kabupaten"]
    assert kabupaten[2] == 5 and kabupaten[4] == pytest.approx(0.8)
    assert kabupaten[10] == pytest.approx(32 / 35)
    assert kabupaten[11:15] == (3, 2, 0, 0)  # Tetap, Disempurnakan, Dicabut, SOP Baru
    # The evaluation header, as the SKPDs gave it.
    assert by_code["12"][15:17] == (datetime(2025, 12, 15), "Sekretaris dan Koordinator SKPD")
    assert by_code["01"][15:17] == (datetime(2025, 12, 19), "Asisten Administrasi Umum")
    words = " ".join(str(c.value) for row in sheet.iter_rows(min_row=8) for c in row if c.value)
    assert "bukan rata-rata persentase SKPD" in words


def test_report_to_the_bupati_counts_over_sops_and_skpds_with_sops_in_force(
    example: dict[str, object], tmp_path: Path
) -> None:
    ws: Workspace = example["ws"]  # type: ignore[assignment]
    register = open_register(ws.db_url)
    try:
        data = export_report(register, tmp_path / "r.xlsx", 2025)
    finally:
        register.close()
    assert data.coverage_totals["monitored_share"] == pytest.approx(3 / 5)  # not (2/4+1)/2
    assert data.coverage_totals["quarters_share"] == pytest.approx(3 / 8)  # SKPD 03 left out
    assert data.without_in_force["agency_code"].tolist() == ["03"]
    assert data.evaluation_totals["share"] == pytest.approx(32 / 35)
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    sheet = book["Monitoring dan Pengawasan"]
    rows = {r[0]: r for r in sheet.iter_rows(min_row=5, values_only=True) if r[0]}
    assert rows["12"][2:9] == (4, 2, 0.5, 2, 0, 1, 0.25)
    assert rows["01"][2:9] == (1, 1, 1.0, 1, 0, 2, 0.5)
    assert rows["Jumlah"][2:4] == (5, 3) and rows["Jumlah"][4] == pytest.approx(0.6)
    assert rows["Jumlah"][8] == pytest.approx(0.375)
    assert rows["03"][1] == "SETWAN"  # listed apart, below the notes
    assert list(rows).index("03") > list(rows).index("Jumlah")
    evaluation_sheet = {r[0]: r for r in book["Evaluasi"].iter_rows(min_row=5, values_only=True)}
    assert evaluation_sheet["12"][8:10] == (
        datetime(2025, 12, 15),
        "Sekretaris dan Koordinator SKPD",
    )
    assert evaluation_sheet["Jumlah"][3] == pytest.approx(32 / 35)


def test_forms_for_every_skpd_leave_out_those_with_nothing_in_force(
    example: dict[str, object], tmp_path: Path
) -> None:
    ws: Workspace = example["ws"]  # type: ignore[assignment]
    written = write_lifecycle_templates(ws, "evaluation", "2025", None, tmp_path / "semua")
    # SKPD 03 has a coded SOP, only trialled: nothing to evaluate, so no form.
    assert [p.name.split("-")[2] for p in written] == ["01", "12"]
