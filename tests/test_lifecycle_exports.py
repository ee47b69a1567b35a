"""Review-due arithmetic (Pasal 20), the supervision, evaluation and Bupati report
exports, revision forms, the CLI, migration of a version 1 register, the samples."""

from __future__ import annotations

import sqlite3
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from sopxl.cli import cli
from sopxl.errors import UsageError
from sopxl.forms import lifecycle_spec as spec
from sopxl.lifecycle.exports import export_evaluation, export_review_due, export_supervision
from sopxl.model.lifecycle import Period, add_years, parse_period, review_due, review_state
from sopxl.register.store import open_register
from sopxl.register.workspace import Workspace
from tests.test_lifecycle_forms import (
    AS_WRITTEN,
    ENACTED,
    EVAL_HEADER,
    GAJI,
    GOOD,
    KEPT,
    SUP_HEADER,
    SURAT,
    codes,
    make_workspace,
    run_import,
    write_form,
)

ROOT = Path(__file__).resolve().parent.parent

# --- Pasal 20: the review arithmetic ----------------------------------------------------


def test_two_years_after_a_leap_day_is_the_28th_of_february() -> None:
    assert add_years(date(2024, 2, 29), 2) == date(2026, 2, 28)
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)
    assert review_due(date(2024, 2, 29)) == date(2026, 2, 28)
    assert review_due(date(2023, 3, 1), last_review=date(2025, 1, 15)) == date(2027, 1, 15)


@pytest.mark.parametrize(
    ("as_of", "within", "state"),
    [
        (date(2026, 2, 28), 0, "jatuh tempo"),  # due on the day itself
        (date(2026, 3, 1), 0, "jatuh tempo"),
        (date(2026, 2, 27), 0, None),
        (date(2026, 2, 27), 1, "segera"),
        (date(2025, 12, 30), 60, "segera"),
        (date(2025, 12, 29), 60, None),
    ],
)
def test_review_state_around_the_as_of_boundary(as_of: date, within: int, state: str) -> None:
    assert review_state(date(2026, 2, 28), as_of, within) == state


def test_periods_are_read_as_people_write_them() -> None:
    assert parse_period("2026") == Period(2026)
    assert parse_period("2026q3") == parse_period("2026-TW3") == Period(2026, 3)
    assert Period(2026, 2).label == "Triwulan II Tahun 2026"
    assert (Period(2024, 1).end, Period(2026, 4).end) == (date(2024, 3, 31), date(2026, 12, 31))
    with pytest.raises(UsageError, match="triwulan"):
        parse_period("2026", "quarter")
    with pytest.raises(UsageError, match="tidak dikenal"):
        parse_period("Q1 2026")


# --- consolidated exports ---------------------------------------------------------------


@pytest.fixture(scope="module")
def filled(database: str, tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    """SKPD 12: SURAT enacted on 29 February 2024, GAJI in 2025; monitoring, evaluation
    (GAJI to be revised) and supervision of Q1 (with a deviation) and Q2 of 2025."""
    ws = make_workspace(tmp_path_factory.mktemp("lc") / "ruang")
    leap = {
        **ENACTED,
        "verified_on": date(2024, 1, 10),
        "trial_on": date(2024, 1, 20),
        "decree_on": date(2024, 2, 29),
        "socialised_on": date(2024, 3, 5),
        "trained_on": date(2024, 3, 20),
    }
    revise = {**KEPT, "c_doable": False, "recommendation": spec.REVISE, "notes": "Sederhanakan."}
    deviation = {
        "as_written": False,
        "deviations": "Berkas tanpa paraf",
        "action": "Teguran",
        "supervisor": "Sekretaris",
    }
    forms = [
        write_form(ws.root / "s.xlsx", spec.STATUS, Period(2025), {SURAT: leap, GAJI: ENACTED}),
        write_form(ws.root / "m.xlsx", spec.MONITORING, Period(2025), {SURAT: GOOD}),
        write_form(
            ws.root / "e.xlsx",
            spec.EVALUATION,
            Period(2025),
            {SURAT: KEPT, GAJI: revise},
            EVAL_HEADER,
        ),
        write_form(
            ws.root / "q1.xlsx",
            spec.SUPERVISION,
            Period(2025, 1),
            {SURAT: deviation},
            SUP_HEADER,
        ),
        write_form(
            ws.root / "q2.xlsx",
            spec.SUPERVISION,
            Period(2025, 2),
            {SURAT: AS_WRITTEN, GAJI: AS_WRITTEN},
            {**SUP_HEADER, "reported_on": date(2025, 7, 2)},
        ),
    ]
    report = run_import(ws, *forms)
    assert not report.refused, codes(report)
    return ws


def _cells(path: Path, sheet: str) -> list[tuple[object, ...]]:
    """Every non-empty row of ``sheet``, its empty cells left out."""
    book = openpyxl.load_workbook(path)
    rows = book[sheet].iter_rows(values_only=True)
    return [tuple(c for c in r if c is not None) for r in rows if any(c is not None for c in r)]


def _rows(path: Path, sheet: str) -> list[tuple[object, ...]]:
    """The table's rows (up to the first empty row: notes and lists follow below)."""
    book = openpyxl.load_workbook(path)
    rows = []
    for row in book[sheet].iter_rows(min_row=5, values_only=True):
        if not any(row):
            break
        rows.append(row)
    return rows


@pytest.mark.parametrize(
    ("as_of", "listed"),
    [(date(2026, 2, 27), []), (date(2026, 2, 28), [SURAT])],
    ids=["day-before", "due-day"],
)
def test_review_due_export_around_a_leap_day(
    filled: Workspace, tmp_path: Path, as_of: date, listed: list[str]
) -> None:
    register = open_register(filled.db_url)
    try:
        rows = export_review_due(register, tmp_path / "k.xlsx", as_of, within=0)
    finally:
        register.close()
    assert rows["code"].tolist() == listed
    assert [r[2] for r in _rows(tmp_path / "k.xlsx", "Kaji Ulang")] == listed


def test_supervision_export_shows_who_reported_which_quarter(
    filled: Workspace, tmp_path: Path
) -> None:
    register = open_register(filled.db_url)
    try:
        export_supervision(register, tmp_path / "p.xlsx", 2025)
    finally:
        register.close()
    summary = {r[0]: r[2:] for r in _rows(tmp_path / "p.xlsx", "Rekap")}
    assert summary["12"] == (1, 2, 0, 0, 2, 1)  # SOPs per quarter, quarters, deviating
    assert summary["01"] == (0, 0, 0, 0, 0, 0)
    (finding,) = _rows(tmp_path / "p.xlsx", "Temuan")
    assert finding[2:7] == ("TW I", SURAT, "Surat Masuk", "Tidak", "Berkas tanpa paraf")


def test_evaluation_export_gives_shares_recommendations_and_revisions(
    filled: Workspace, tmp_path: Path
) -> None:
    register = open_register(filled.db_url)
    try:
        export_evaluation(register, tmp_path / "e.xlsx", 2025)
    finally:
        register.close()
    (skpd, total) = _rows(tmp_path / "e.xlsx", "Per SKPD")
    assert skpd[:5] == ("12", "DISDUKCAPIL", 2, 1.0, 1.0)
    assert skpd[5] == 0.5  # "Mudah dilaksanakan": one Ya of two
    assert skpd[11:15] == (1, 1, 0, 0)
    assert skpd[15:] == (datetime(2025, 12, 15), "Sekretaris")  # the evaluation header
    assert total[0] == "Kabupaten"
    assert [r[2] for r in _rows(tmp_path / "e.xlsx", "Perlu Disempurnakan")] == [GAJI]


def test_report_to_the_bupati(filled: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "laporan.xlsx"
    result = CliRunner().invoke(
        cli, ["export", "report", "--workspace", str(filled.root), "--year", "2025", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    stages = {r[0]: r[2:] for r in _rows(out, "Tahapan")}
    assert stages["12"] == (3, 2, 2, 2, 2, 2, 2)
    coverage = {r[0]: r[2:] for r in _rows(out, "Monitoring dan Pengawasan")}
    assert coverage["12"] == (2, 1, 0.5, 1, 0, 2, 0.5, 1)
    review = {r[0]: r[2:] for r in _rows(out, "Kaji Ulang")}
    assert review["12"] == (2, 0)  # SURAT is due only in February 2026
    assert set(stages) == set(review) == {"01", "12", "Jumlah"}
    # SKPD 01 has no SOP in force: listed under the coverage table, not counted in it.
    assert set(coverage) == {"12", "Jumlah"}
    assert ("01", "SETDA", "1 SOP bernomor, belum ada yang ditetapkan") in _cells(
        out, "Monitoring dan Pengawasan"
    )
    with zipfile.ZipFile(out) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        # No chart for the review backlog: nothing is overdue by the end of 2025.
        assert len(charts) == 3
        for name in charts:  # horizontal bars, every SKPD's label shown
            xml = archive.read(name).decode()
            assert '<c:barDir val="bar"/>' in xml and '<c:tickLblSkip val="1"/>' in xml
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[:2] == ["Sampul", "Ringkasan"]
    assert book["Tahapan"].page_setup.paperSize == 9
    assert book["Tahapan"].page_setup.orientation == "landscape"
    summary = " ".join(
        str(c) for r in book["Ringkasan"].iter_rows(values_only=True) for c in r if c
    )
    assert "terdapat 4 judul SOP bernomor pada 2 dari 2 SKPD" in summary
    assert "Semua SKPD telah mempunyai judul SOP bernomor" in summary
    assert "Tidak ada tunggakan kaji ulang per 31 Desember 2025" in summary
    assert "KEPALA BAGIAN ORGANISASI" in summary and "NIP." in summary
    assert book["Grafik Tahapan"]["A2"].value == "Semua SKPD ditampilkan."
    assert book["Grafik Evaluasi"]["A2"].value == (
        "1 SKPD belum mengirim formulir evaluasi dan tidak ditampilkan."
    )
    for name in book.sheetnames:
        footer = book[name].oddFooter
        text = " ".join(str(part.text or "") for part in (footer.left, footer.center, footer.right))
        assert "sopxl" not in text and "Halaman" in text, (name, text)


def test_report_says_plainly_when_a_year_has_no_data(filled: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "laporan-2019.xlsx"
    result = CliRunner().invoke(
        cli, ["export", "report", "--workspace", str(filled.root), "--year", "2019", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(out)
    summary = " ".join(
        str(c) for r in book["Ringkasan"].iter_rows(values_only=True) for c in r if c
    )
    assert "Untuk tahun 2019 register SOP belum memuat data pelaksanaan apa pun" in summary
    # Every SKPD is still in the tables, with nothing dated in the year.
    stages = {r[0]: r[2:] for r in _rows(out, "Tahapan")}
    assert set(stages) == {"01", "12", "Jumlah"}
    assert stages["12"][2:] == (0, 0, 0, 0, 0)  # nothing verified ... trained by 2019
    listed = _cells(out, "Monitoring dan Pengawasan")
    assert {row[0] for row in listed} >= {"01", "12"}


def test_revision_forms_carry_the_revision_date(filled: Workspace, tmp_path: Path) -> None:
    from sopxl.checking.run import check_file

    result = CliRunner().invoke(
        cli,
        [
            "template",
            "revision",
            "--workspace",
            str(filled.root),
            "--year",
            "2025",
            "--tanggal-revisi",
            "2026-01-15",
            "-o",
            str(tmp_path / "revisi"),
        ],
    )
    assert result.exit_code == 0, result.output
    (path,) = sorted((tmp_path / "revisi").iterdir())
    sop = check_file(path).sop
    assert sop is not None
    assert (sop.identity.code, sop.identity.revised_on) == (GAJI, date(2026, 1, 15))


def test_forms_for_every_skpd_skip_those_without_sops(filled: Workspace, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "template",
            "supervision",
            "--workspace",
            str(filled.root),
            "--all",
            "--period",
            "2026Q1",
            "-o",
            str(tmp_path / "f"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert [p.name for p in sorted((tmp_path / "f").iterdir())] == [
        "pengawasan-sop-01-setda-2026q1.xlsx",
        "pengawasan-sop-12-disdukcapil-2026q1.xlsx",
    ]


@pytest.mark.parametrize(
    "args",
    [
        ["template", "supervision", "--agency", "12", "--period", "2026"],
        ["template", "status", "--agency", "12", "--all", "--period", "2026"],
        ["export", "review-due", "--as-of", "kemarin"],
    ],
)
def test_usage_errors_say_what_to_write(filled: Workspace, tmp_path: Path, args: list[str]) -> None:
    result = CliRunner().invoke(
        cli, [*args, "--workspace", str(filled.root), "-o", str(tmp_path / "x.xlsx")]
    )
    assert result.exit_code == 2
    assert "Galat:" in result.output


# --- schema version 1 ------------------------------------------------------------------


def test_a_version_1_register_gains_the_lifecycle_tables(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "lama")
    database = ws.db_url.removeprefix("sqlite:///")
    lifecycle = (
        "lifecycle_forms",
        "status_answers",
        "monitoring_answers",
        "evaluation_answers",
        "supervision_answers",
    )
    with sqlite3.connect(database) as conn:
        for table in lifecycle:
            conn.execute(f"DROP TABLE {table}")
        conn.execute("UPDATE sopxl_meta SET value = '1' WHERE key = 'schema_version'")
        conn.execute("DROP TABLE alembic_version")  # version 1 came before Alembic
    enacted = write_form(ws.root / "s.xlsx", spec.STATUS, Period(2025), {SURAT: ENACTED})
    assert run_import(ws, enacted).files[0].outcome == "baru"
    with sqlite3.connect(database) as conn:
        version = conn.execute("SELECT value FROM sopxl_meta").fetchone()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        titles = conn.execute("SELECT COUNT(*) FROM titles").fetchone()
    assert version == ("3",) and set(lifecycle) <= tables and titles == (4,)


# --- samples -----------------------------------------------------------------------------


def test_committed_samples_are_what_the_generator_writes_and_import_cleanly(
    tmp_path: Path,
) -> None:
    from sopxl.kinds.importer import import_paths
    from sopxl.register.workspace import init_workspace
    from sopxl_demo.lifecycle import write_lifecycle_samples
    from tests.xlsx_compare import xlsx_differences

    ws = init_workspace(tmp_path / "ruang")
    import_paths(ws, [ROOT / "samples" / "organisasi", ROOT / "samples" / "inventaris"])
    written = write_lifecycle_samples(ws, tmp_path / "lc")
    committed = sorted(p.name for p in (ROOT / "samples" / "lifecycle").glob("*.xlsx"))
    assert sorted(p.name for p in written) == committed
    for path in written:
        assert not xlsx_differences(path, ROOT / "samples" / "lifecycle" / path.name), path.name
    report = import_paths(ws, [tmp_path / "lc"])
    assert not [f for r in report.files for f in r.findings], codes(report)
