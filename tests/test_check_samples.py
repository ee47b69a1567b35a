"""`sopxl check` end to end on the committed samples, as the koordinator runs it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from sopxl.checking.config import CheckConfig
from sopxl.checking.returned import write_returned_copy
from sopxl.checking.run import check_file, check_paths
from sopxl.cli import cli
from sopxl.forms.sop_form import write_sop_form
from sopxl_demo.examples import synthetic_sop
from sopxl_demo.samples import parse_table
from tests.conftest import ROOT

SAMPLES = ROOT / "samples"
PROBLEMS = parse_table((SAMPLES / "bermasalah" / "README.md").read_text(encoding="utf-8"))
VARIANTS = parse_table((SAMPLES / "variasi" / "README.md").read_text(encoding="utf-8"))
CLEAN = sorted(SAMPLES.glob("*.xlsx"))


def _found(path: Path) -> list[tuple[str, str | None]]:
    report = check_file(path)
    return sorted((f.code, f"{f.sheet}!{f.cell}" if f.cell else None) for f in report.findings)


@pytest.mark.parametrize("sample", PROBLEMS, ids=lambda s: s.file)
def test_every_documented_defect_is_found_exactly(sample: object) -> None:
    from sopxl_demo.samples import SampleFile

    assert isinstance(sample, SampleFile)
    expected = sorted((e.code, e.cell) for e in sample.findings)
    assert _found(SAMPLES / "bermasalah" / sample.file) == expected


@pytest.mark.parametrize("sample", VARIANTS, ids=lambda s: s.file)
def test_variations_people_make_still_read_cleanly(sample: object) -> None:
    from sopxl_demo.samples import SampleFile

    assert isinstance(sample, SampleFile)
    expected = sorted((e.code, e.cell) for e in sample.findings)
    assert _found(SAMPLES / "variasi" / sample.file) == expected


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_realistic_samples_have_no_finding(path: Path) -> None:
    assert _found(path) == []


def test_returned_copy_checks_the_same_as_the_original(tmp_path: Path) -> None:
    original = SAMPLES / "bermasalah" / "langkah-tanpa-output.xlsx"
    report = check_file(original)
    copy = write_returned_copy(report, tmp_path)
    assert copy is not None
    again = check_file(copy)
    assert [(f.code, f.sheet, f.cell) for f in again.findings] == [
        (f.code, f.sheet, f.cell) for f in report.findings
    ]


def test_batch_goes_on_past_bad_files_in_order() -> None:
    run = check_paths([SAMPLES / "bermasalah"])
    names = [Path(r.file).name for r in run.reports]
    assert names == sorted(names)
    assert len(names) == len(PROBLEMS)
    unreadable = {Path(r.file).name for r in run.reports if not r.readable}
    assert unreadable == {"bukan-excel.xlsx", "terpotong.xlsx", "format-lama.xls"}
    assert run.exit_code == 3


def test_two_processes_give_the_same_reports() -> None:
    single = check_paths([SAMPLES], jobs=1)
    double = check_paths([SAMPLES], jobs=2)
    assert [(r.file, r.findings) for r in single.reports] == [
        (r.file, r.findings) for r in double.reports
    ]


@pytest.mark.parametrize(
    ("paths", "code"),
    [
        (["samples/sop-surat-masuk.xlsx", "samples/sop-sktm.xlsx"], 0),
        (["samples/variasi"], 0),
        (["samples/bermasalah/tanpa-dasar-hukum.xlsx"], 1),
        (["samples/bermasalah/terpotong.xlsx", "samples/sop-sktm.xlsx"], 3),
        (["samples/tidak-ada.xlsx"], 3),
    ],
)
def test_exit_codes(paths: list[str], code: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(cli, ["check", *paths])
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["check"]).exit_code == 2
    assert runner.invoke(cli, ["check", str(tmp_path)]).exit_code == 2  # no workbook there
    bad = runner.invoke(cli, ["check", "--pola-nomor", "(", str(SAMPLES / "sop-sktm.xlsx")])
    assert bad.exit_code == 2
    assert "ekspresi reguler" in bad.output


def test_json_report_and_returned_copies_from_the_cli(tmp_path: Path) -> None:
    report = tmp_path / "laporan" / "temuan.xlsx"
    back = tmp_path / "kembali"
    result = CliRunner().invoke(
        cli,
        [
            "check",
            str(SAMPLES / "bermasalah"),
            "--json",
            "--report",
            str(report),
            "--return-dir",
            str(back),
        ],
    )
    assert result.exit_code == 3
    # stdout is pure JSON; the summary went to stderr.
    data = json.loads(result.stdout)
    assert data["schema"] == "sopxl.check/1"
    codes = {f["code"] for f in data["findings"]}
    assert {"FILE_TRUNCATED", "FILE_LEGACY_XLS", "LIST_LEGAL_BASIS_EMPTY"} <= codes
    assert "Diperiksa" in result.stderr
    summary = openpyxl.load_workbook(report)["Ringkasan"]
    listed = {row[1] for row in summary.iter_rows(min_row=2, values_only=True) if row[1]}
    assert "tanpa-dasar-hukum.xlsx" in {Path(str(name)).name for name in listed}
    copies = sorted(p.name for p in back.iterdir())
    assert "tanpa-dasar-hukum-catatan-verifikasi.xlsx" in copies
    assert not any(name.startswith(("terpotong", "bukan-excel", "format-lama")) for name in copies)
    first = openpyxl.load_workbook(back / "tanpa-dasar-hukum-catatan-verifikasi.xlsx")
    assert first.sheetnames[0] == "Catatan Verifikasi"


def test_permenpan_profile_adds_warnings_only() -> None:
    result = CliRunner().invoke(
        cli,
        ["check", str(SAMPLES / "sop-pengadaan-langsung.xlsx"), "--profile", "permenpan", "--json"],
    )
    data = json.loads(result.stdout)
    assert {f["severity"] for f in data["findings"]} == {"peringatan"}
    assert {f["code"] for f in data["findings"]} <= {
        "PERMENPAN_SYMBOL",
        "PERMENPAN_ACTIVITY_SUBJECT",
    }
    assert "PERMENPAN_SYMBOL" in {f["code"] for f in data["findings"]}
    assert result.exit_code == 0


@settings(max_examples=15, deadline=None)
@given(
    seed=st.integers(min_value=0, max_value=10**6),
    steps=st.integers(min_value=4, max_value=40),
    actors=st.integers(min_value=2, max_value=8),
)
def test_round_trip_template_fill_check_read(
    tmp_path_factory: pytest.TempPathFactory, seed: int, steps: int, actors: int
) -> None:
    """Template -> fill with generated data -> check -> read gives back exactly the data,
    with no finding at all."""
    sop = synthetic_sop(seed, steps=steps, actors=min(actors, steps))
    path = tmp_path_factory.mktemp("rt") / "isian.xlsx"
    write_sop_form(path, sop)
    report = check_file(path, CheckConfig(today=date(2026, 11, 27)))
    assert report.findings == ()
    assert report.sop == sop


def test_findings_without_the_sop_are_the_same_with_two_processes() -> None:
    full = check_paths([SAMPLES / "bermasalah"], jobs=2)
    slim = check_paths([SAMPLES / "bermasalah"], jobs=2, keep_sop=False)
    assert [(r.file, r.findings, r.readable) for r in slim.reports] == [
        (r.file, r.findings, r.readable) for r in full.reports
    ]
    assert all(r.sop is None for r in slim.reports)
    assert any(r.sop is not None for r in full.reports)


def test_a_ya_tidak_finding_also_marks_the_step_in_the_printed_table(tmp_path: Path) -> None:
    from xlsxwriter.utility import xl_rowcol_to_cell

    from sopxl.forms.sop_form import layout_for

    report = check_file(SAMPLES / "bermasalah" / "keputusan-tanpa-tidak.xlsx")
    [decision] = report.findings
    assert decision.code == "DECISION_TARGET_MISSING" and decision.ref is not None
    copy = write_returned_copy(report, tmp_path)
    assert copy is not None and report.sop is not None
    sheet = openpyxl.load_workbook(copy)["Uraian Prosedur"]
    layout = layout_for(report.sop)
    _, row, col = layout.step_cell(decision.ref.index or 0, "number")
    number_cell = sheet[xl_rowcol_to_cell(row, col)]
    assert number_cell.comment is not None
    assert decision.message in number_cell.comment.text
    _, row, col = layout.step_cell(decision.ref.index or 0, "no_target")
    assert sheet[xl_rowcol_to_cell(row, col)].comment is not None  # and the cell itself


def test_a_returned_copy_shows_an_unknown_symbol_as_typed(tmp_path: Path) -> None:
    report = check_file(SAMPLES / "bermasalah" / "simbol-panah.xlsx")
    [unknown] = report.findings
    copy = write_returned_copy(report, tmp_path)
    assert copy is not None and unknown.cell is not None
    # The copy is rebuilt at the same places as the sample form was written.
    assert openpyxl.load_workbook(copy)["Uraian Prosedur"][unknown.cell].value == "Panah"
