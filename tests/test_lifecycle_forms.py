"""Lifecycle forms (Pasal 12-21): generate -> fill -> import -> recorded, every check,
wrong period or SKPD, re-import replacing answers while keeping history."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from sopxl.cli import cli
from sopxl.forms import lifecycle_spec as spec
from sopxl.forms.lifecycle_form import FormRow, layout, write_lifecycle_form
from sopxl.kinds.importer import ImportReport, import_paths
from sopxl.lifecycle.exports import supervision_summary
from sopxl.lifecycle.frames import answers_frame, forms_frame, status_frame
from sopxl.model.lifecycle import Answer, Period
from sopxl.register.store import open_register
from sopxl.register.workspace import Workspace
from tests.register_fixtures import KELAHIRAN, KEUANGAN, TU_SETDA, UMUM, entry, import_entries
from tests.register_fixtures import make_workspace as make_base

NOW = datetime(2026, 11, 28, 9, 0)
DISDUKCAPIL = "Dinas Kependudukan dan Pencatatan Sipil"
# Codes the fixture workspace gives (sequential per bagian, inventories imported in order).
SURAT, GAJI, LAHIR, SETDA_SOP = "12.01.02.001", "12.01.03.001", "12.03.01.001", "01.03.01.001"
ENACTED: dict[str, Answer] = {
    "verified_by": "Sekretaris",
    "verified_on": date(2025, 2, 3),
    "trial_on": date(2025, 2, 17),
    "trial_result": "Sesuai",
    "decree_number": "100.3.3.2/K.101/2025",
    "decree_on": date(2025, 3, 10),
    "socialised_on": date(2025, 3, 24),
    "distributed_to": "Seluruh pegawai Sekretariat",
    "trained_on": date(2025, 4, 7),
    "training_form": "Bimbingan Teknis",
}
GOOD: dict[str, Answer] = {
    "method": "Observasi",
    "monitored_on": date(2025, 10, 6),
    "assessment": spec.GOOD,
    "assessor": "Kepala Sub Bagian Umum",
}
ALL_YES: dict[str, Answer] = {key: True for key, _ in spec.CRITERIA}
KEPT: dict[str, Answer] = {**ALL_YES, "recommendation": spec.KEEP}
EVAL_HEADER: dict[str, Answer] = {"evaluated_on": date(2025, 12, 15), "evaluators": "Sekretaris"}
AS_WRITTEN: dict[str, Answer] = {"as_written": True, "supervisor": "Sekretaris"}
SUP_HEADER: dict[str, Answer] = {
    "reported_on": date(2025, 4, 5),
    "reported_to": "Kepala Dinas",
}


def make_workspace(root: Path) -> Workspace:
    """SKPD 12 with three coded SOPs, SKPD 01 with one."""
    workspace = make_base(root)
    import_entries(
        workspace,
        "12",
        [entry(UMUM, "Surat Masuk"), entry(KEUANGAN, "Pembayaran Gaji"), entry(KELAHIRAN, "Akta")],
        name="inv12.xlsx",
    )
    import_entries(workspace, "01", [entry(TU_SETDA, "Agenda Pimpinan")], name="inv01.xlsx")
    return workspace


@pytest.fixture
def ws(database: str, tmp_path: Path) -> Workspace:
    return make_workspace(tmp_path / "ruang")


TITLES = {
    SURAT: "Surat Masuk",
    GAJI: "Pembayaran Gaji",
    LAHIR: "Akta",
    SETDA_SOP: "Agenda Pimpinan",
}


def write_form(
    path: Path,
    form: spec.FormSpec,
    period: Period,
    rows: Mapping[str, Mapping[str, Answer]],
    header: Mapping[str, Answer] | None = None,
    agency: str = "12",
) -> Path:
    """A filled form as an SKPD returns it, written with sopxl's own writer."""
    items = [FormRow(code, TITLES.get(code, "SOP"), dict(values)) for code, values in rows.items()]
    name = DISDUKCAPIL if agency == "12" else "Sekretariat Daerah"
    write_lifecycle_form(path, form, agency, name, period, items, header or {})
    return path


def run_import(ws: Workspace, *paths: Path) -> ImportReport:
    return import_paths(ws, list(paths), now=NOW)


def codes(report: ImportReport) -> list[str]:
    return [f.code for result in report.files for f in result.findings]


def enact(ws: Workspace, *sop_codes: str) -> None:
    path = write_form(
        ws.root / "status.xlsx", spec.STATUS, Period(2025), {c: ENACTED for c in sop_codes}
    )
    report = run_import(ws, path)
    assert report.committed and not report.refused, codes(report)


def recorded(ws: Workspace, kind: str, period: str | None = None) -> list[dict[str, object]]:
    register = open_register(ws.db_url)
    try:
        return answers_frame(register, kind, period).to_dict("records")  # type: ignore[return-value]
    finally:
        register.close()


# --- round trips ----------------------------------------------------------------------


def _fill_with_openpyxl(path: Path, answers: Mapping[str, Mapping[str, object]]) -> None:
    """Type answers into a generated form, finding columns by their labels."""
    book = openpyxl.load_workbook(path)
    sheet = book[spec.STATUS.sheet]
    labels = {c.label: c.key for c in spec.STATUS.columns}
    columns: dict[str, int] = {}
    code_rows: dict[str, int] = {}
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value in labels:
                columns.setdefault(labels[cell.value], cell.column)
    for row in sheet.iter_rows(min_col=columns["code"], max_col=columns["code"]):
        if isinstance(row[0].value, str) and row[0].value in answers:
            code_rows[row[0].value] = row[0].row
    for code, values in answers.items():
        for key, value in values.items():
            sheet.cell(code_rows[code], columns[key]).value = value
    book.save(path)


def test_status_form_is_generated_from_the_register_filled_and_recorded(ws: Workspace) -> None:
    out = ws.root / "status-12.xlsx"
    result = CliRunner().invoke(
        cli,
        [
            "template",
            "status",
            "--workspace",
            str(ws.root),
            "--agency",
            "12",
            "--period",
            "2025",
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(out)
    sheet = book[spec.STATUS.sheet]
    shown = {c.value for row in sheet.iter_rows() for c in row}
    assert {SURAT, GAJI, LAHIR, DISDUKCAPIL, "Tahun 2025"} <= shown
    assert SETDA_SOP not in shown
    assert sheet.protection.sheet
    _fill_with_openpyxl(out, {SURAT: {**ENACTED, "verified_on": "03/02/2025"}})

    report = run_import(ws, out)

    assert report.committed and [r.outcome for r in report.files] == ["baru"], codes(report)
    register = open_register(ws.db_url)
    try:
        status = status_frame(register).set_index("code")
        stages = register.inventory_frame("12").set_index("code")["stage"]
    finally:
        register.close()
    assert status.loc[SURAT, "decree_number"] == "100.3.3.2/K.101/2025"
    assert status.loc[SURAT, "verified_on"] == date(2025, 2, 3)
    assert list(status.index) == [SURAT]  # empty rows are not recorded
    assert stages[SURAT] == "penetapan" and stages[GAJI] == "analisis"


def test_next_years_status_form_carries_the_recorded_status(ws: Workspace) -> None:
    enact(ws, SURAT)
    from sopxl.lifecycle.reader import read_lifecycle
    from sopxl.lifecycle.templates import write_lifecycle_templates
    from sopxl.reading.loading.files import load_workbook_data

    (path,) = write_lifecycle_templates(ws, "status", "2026", "12", ws.root / "s26.xlsx")
    reading = read_lifecycle(load_workbook_data(path), spec.STATUS)
    by_code = {e.code: e.values for e in reading.entries}
    assert by_code[SURAT]["decree_on"] == date(2025, 3, 10)
    assert by_code[GAJI] == {}
    assert reading.period == Period(2026) and reading.agency_code == "12"


@pytest.mark.parametrize(
    ("form", "period", "values", "header", "field", "expected"),
    [
        (spec.MONITORING, Period(2025), GOOD, {}, "assessment", spec.GOOD),
        (spec.EVALUATION, Period(2025), KEPT, EVAL_HEADER, "recommendation", spec.KEEP),
        (spec.SUPERVISION, Period(2025, 1), AS_WRITTEN, SUP_HEADER, "as_written", True),
    ],
    ids=["monitoring", "evaluation", "supervision"],
)
def test_each_form_round_trips(
    ws: Workspace,
    form: spec.FormSpec,
    period: Period,
    values: dict[str, Answer],
    header: dict[str, Answer],
    field: str,
    expected: object,
) -> None:
    enact(ws, SURAT, GAJI)
    from sopxl.lifecycle.templates import write_lifecycle_templates

    name = {f.kind: n for n, f in spec.BY_NAME.items()}[form.kind]
    (blank,) = write_lifecycle_templates(ws, name, period.key, "12", ws.root / "blank.xlsx")
    sheet = openpyxl.load_workbook(blank)[form.sheet]
    shown = {row[1].value: row[3] for row in sheet.iter_rows() if row[1].value in TITLES}
    # Every SOP listed; the one not in force without an input cell.
    assert set(shown) == {SURAT, GAJI, LAHIR}
    assert shown[LAHIR].value == spec.NOT_IN_FORCE_NOTE and shown[LAHIR].protection.locked
    assert shown[SURAT].value is None and not shown[SURAT].protection.locked
    path = write_form(ws.root / "f.xlsx", form, period, {SURAT: values, GAJI: values}, header)

    report = run_import(ws, path)

    assert [r.outcome for r in report.files] == ["baru"], codes(report)
    rows = recorded(ws, form.kind)
    assert [(r["code"], r["period"], r[field]) for r in rows] == [
        (SURAT, period.key, expected),
        (GAJI, period.key, expected),
    ]


# --- checks ---------------------------------------------------------------------------

STATUS_CASES = [
    ({**ENACTED, "decree_on": date(2025, 1, 20)}, "LC_DECREE_BEFORE_VERIFICATION"),
    ({**ENACTED, "trial_on": date(2025, 1, 2)}, "LC_DATE_ORDER"),
    (
        {k: v for k, v in ENACTED.items() if k not in ("trial_on", "trial_result")},
        "LC_STAGE_SKIPPED",
    ),
    ({"verified_by": "Sekretaris"}, "LC_ANSWER_MISSING"),
    ({**ENACTED, "trained_on": date(2026, 1, 5)}, "LC_DATE_OUTSIDE_PERIOD"),
    ({**ENACTED, "socialised_on": date(2025, 3, 1)}, "LC_BEFORE_DECREE"),
]


@pytest.mark.parametrize(("values", "code"), STATUS_CASES, ids=[c for _, c in STATUS_CASES])
def test_status_checks(ws: Workspace, values: dict[str, Answer], code: str) -> None:
    path = write_form(ws.root / "s.xlsx", spec.STATUS, Period(2025), {SURAT: values})
    report = run_import(ws, path)
    assert code in codes(report)
    warning_only = code == "LC_BEFORE_DECREE"
    assert (report.files[0].outcome == "ditolak") is not warning_only


FORM_CASES = [
    (spec.MONITORING, Period(2025), {**GOOD, "assessment": spec.NOT_GOOD}, {}, "LC_ACTION_MISSING"),
    (
        spec.MONITORING,
        Period(2025),
        {k: v for k, v in GOOD.items() if k != "assessor"},
        {},
        "LC_ANSWER_MISSING",
    ),
    (
        spec.MONITORING,
        Period(2025),
        {**GOOD, "monitored_on": date(2024, 12, 30)},
        {},
        "LC_DATE_OUTSIDE_PERIOD",
    ),
    (
        spec.MONITORING,
        Period(2025),
        {**GOOD, "monitored_on": date(2026, 12, 1)},
        {},
        "LC_DATE_OUTSIDE_PERIOD",
    ),
    (
        spec.EVALUATION,
        Period(2025),
        {k: v for k, v in KEPT.items() if k != "c_roles"},
        EVAL_HEADER,
        "LC_ANSWER_MISSING",
    ),
    (
        spec.EVALUATION,
        Period(2025),
        {**KEPT, "c_synergy": False},
        EVAL_HEADER,
        "LC_EVALUATION_INCONSISTENT",
    ),
    (spec.EVALUATION, Period(2025), KEPT, {"evaluators": "Sekretaris"}, "LC_HEADER_ANSWER_MISSING"),
    (
        spec.SUPERVISION,
        Period(2025, 1),
        {**AS_WRITTEN, "as_written": False},
        SUP_HEADER,
        "LC_ACTION_MISSING",
    ),
    (
        spec.SUPERVISION,
        Period(2025, 1),
        AS_WRITTEN,
        {**SUP_HEADER, "reported_on": date(2025, 6, 30)},
        "LC_REPORT_DATE_OUTSIDE",
    ),
    (spec.SUPERVISION, Period(2027, 1), AS_WRITTEN, {}, "LC_PERIOD_FUTURE"),
    (spec.MONITORING, Period(2025), {}, {}, "LC_FORM_EMPTY"),
]


@pytest.mark.parametrize(
    ("form", "period", "values", "header", "code"),
    FORM_CASES,
    ids=[f"{f.file_prefix}-{c}" for f, _, _, _, c in FORM_CASES],
)
def test_form_checks(
    ws: Workspace,
    form: spec.FormSpec,
    period: Period,
    values: dict[str, Answer],
    header: dict[str, Answer],
    code: str,
) -> None:
    enact(ws, SURAT)
    path = write_form(ws.root / "f.xlsx", form, period, {SURAT: values}, header)
    report = run_import(ws, path)
    assert code in codes(report)
    refused = report.files[0].outcome == "ditolak"
    assert refused is (code != "LC_EVALUATION_INCONSISTENT")
    if refused:
        assert recorded(ws, form.kind) == []


def test_unanswered_rows_of_the_evaluation_are_warned_not_refused(ws: Workspace) -> None:
    enact(ws, SURAT, GAJI)
    path = write_form(
        ws.root / "e.xlsx", spec.EVALUATION, Period(2025), {SURAT: KEPT, GAJI: {}}, EVAL_HEADER
    )
    report = run_import(ws, path)
    assert codes(report) == ["LC_NOT_EVALUATED"]
    assert report.files[0].outcome == "baru"


def test_rows_for_sops_that_do_not_exist_or_belong_elsewhere_refuse_the_form(
    ws: Workspace,
) -> None:
    path = write_form(
        ws.root / "s.xlsx",
        spec.STATUS,
        Period(2025),
        {SURAT: ENACTED, "12.09.09.999": ENACTED, SETDA_SOP: ENACTED},
    )
    report = run_import(ws, path)
    found = [(f.code, f.cell) for f in report.files[0].findings]
    assert ("LC_SOP_UNKNOWN", "B13") in found and ("LC_SOP_OTHER_AGENCY", "B14") in found
    assert report.files[0].outcome == "ditolak"
    assert recorded(ws, spec.STATUS.kind) == []  # nothing of a refused form is recorded


def test_duplicate_rows_and_unreadable_cells_are_found(ws: Workspace) -> None:
    path = write_form(ws.root / "m.xlsx", spec.MONITORING, Period(2025), {SURAT: GOOD})
    book = openpyxl.load_workbook(path)
    sheet = book[spec.MONITORING.sheet]
    sheet["B17"], sheet["C17"] = SURAT, "Surat Masuk"  # the same SOP again, with bad answers
    sheet["D17"], sheet["E17"] = "Telepon", "kemarin sore"
    book.save(path)
    report = run_import(ws, path)
    assert {"LC_SOP_DUPLICATE", "LC_CHOICE_INVALID", "LC_DATE_INVALID"} <= set(codes(report))


def _at(form: spec.FormSpec, key: str, row: int) -> str:
    """The cell of field ``key`` in table row ``row`` (Excel's) of ``form``."""
    col = next(i for i, column in enumerate(form.columns) if column.key == key)
    return f"{'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[col]}{row}"


def found(report: ImportReport) -> list[tuple[str, str | None]]:
    return sorted((f.code, f.cell) for result in report.files for f in result.findings)


def test_each_mistake_is_one_finding_at_its_own_cell(ws: Workspace) -> None:
    enact(ws, SURAT, GAJI, LAHIR)
    first = layout(spec.EVALUATION).first + 1
    rows = {
        SURAT: {k: v for k, v in KEPT.items() if k != "c_roles"},  # an empty criterion
        GAJI: {**KEPT, "recommendation": "Disempurnakn"},  # a misspelled choice
        # "Yaa" is a mistake; " ya " and "TIDAK" are Ya and Tidak as people type them.
        LAHIR: {
            **KEPT,
            "c_understood": "Yaa",
            "c_doable": " ya ",
            "c_needs": "TIDAK",
            "recommendation": spec.REVISE,
        },
    }
    path = write_form(ws.root / "e.xlsx", spec.EVALUATION, Period(2025), rows, EVAL_HEADER)
    report = run_import(ws, path)
    assert found(report) == sorted(
        [
            ("LC_ANSWER_MISSING", _at(spec.EVALUATION, "c_roles", first)),  # G14, not D14
            ("LC_CHOICE_INVALID", _at(spec.EVALUATION, "recommendation", first + 1)),
            ("LC_CHOICE_INVALID", _at(spec.EVALUATION, "c_understood", first + 2)),
        ]
    )
    assert _at(spec.EVALUATION, "c_roles", first) == "G14"


def test_an_answer_too_long_for_the_register_is_a_galat_at_its_cell(ws: Workspace) -> None:
    """A Nomor Keputusan of 263 characters (the register holds 200) refuses its form at the
    cell, on SQLite as on PostgreSQL, instead of failing the batch when it is written."""
    decree = "100.3.3.2/K." + "1" * 251
    rows = {SURAT: {**ENACTED, "decree_number": decree}, GAJI: ENACTED}
    path = write_form(ws.root / "s.xlsx", spec.STATUS, Period(2025), rows)
    report = run_import(ws, path)
    first = layout(spec.STATUS).first + 1
    assert found(report) == [("VALUE_TOO_LONG", _at(spec.STATUS, "decree_number", first))]
    assert "263 karakter" in report.files[0].findings[0].message
    assert [f.path.name for f in report.refused] == ["s.xlsx"]
    assert recorded(ws, spec.STATUS.kind) == []


def test_an_unreadable_date_is_one_finding(ws: Workspace) -> None:
    enact(ws, SURAT)
    path = write_form(
        ws.root / "e.xlsx",
        spec.EVALUATION,
        Period(2025),
        {SURAT: KEPT},
        {**EVAL_HEADER, "evaluated_on": "akhir tahun"},
    )
    assert [(f.code, f.cell) for f in run_import(ws, path).files[0].findings] == [
        ("LC_DATE_INVALID", f"C{layout(spec.EVALUATION).header_fields + 1}")
    ]
    status = write_form(
        ws.root / "s.xlsx", spec.STATUS, Period(2025), {SURAT: {**ENACTED, "decree_on": "Maret"}}
    )
    first = layout(spec.STATUS).first + 1
    assert found(run_import(ws, status)) == [
        ("LC_DATE_INVALID", _at(spec.STATUS, "decree_on", first))
    ]


def test_a_stage_skipped_is_reported_at_the_empty_stage(ws: Workspace) -> None:
    values = {k: v for k, v in ENACTED.items() if k not in ("trial_on", "trial_result")}
    path = write_form(ws.root / "s.xlsx", spec.STATUS, Period(2025), {SURAT: values})
    report = run_import(ws, path)
    first = layout(spec.STATUS).first + 1
    assert ("LC_STAGE_SKIPPED", _at(spec.STATUS, "trial_on", first)) in found(report)


def test_only_sops_in_force_owe_an_answer(ws: Workspace) -> None:
    enact(ws, SURAT, GAJI)  # LAHIR has no Keputusan Bupati
    first = layout(spec.SUPERVISION).first + 1
    answered = write_form(
        ws.root / "q1.xlsx",
        spec.SUPERVISION,
        Period(2025, 1),
        {SURAT: AS_WRITTEN, GAJI: {}, LAHIR: AS_WRITTEN},  # LAHIR answered anyway
        SUP_HEADER,
    )
    report = run_import(ws, answered)
    assert found(report) == [("LC_NOT_SUPERVISED", _at(spec.SUPERVISION, "as_written", first + 1))]
    # LAHIR's answer is kept, but only SOPs in force are counted.
    assert {r["code"] for r in recorded(ws, spec.SUPERVISION.kind)} == {SURAT, LAHIR}
    register = open_register(ws.db_url)
    try:
        summary, _ = supervision_summary(register, 2025)
    finally:
        register.close()
    ours = summary[summary["agency_code"] == "12"].iloc[0]
    assert (ours["q1"], ours["quarters"]) == (1, 1)
    left_empty = write_form(
        ws.root / "q2.xlsx",
        spec.SUPERVISION,
        Period(2025, 2),
        {SURAT: AS_WRITTEN, GAJI: AS_WRITTEN, LAHIR: {}},
        {**SUP_HEADER, "reported_on": date(2025, 7, 2)},
    )
    assert found(run_import(ws, left_empty)) == []


def test_a_form_of_an_skpd_without_sops_in_force_may_be_empty(ws: Workspace) -> None:
    path = write_form(ws.root / "m.xlsx", spec.MONITORING, Period(2025), {SURAT: {}, GAJI: {}})
    report = run_import(ws, path)
    assert found(report) == [] and report.files[0].outcome == "baru"
    enact(ws, SURAT)
    path = write_form(ws.root / "m2.xlsx", spec.MONITORING, Period(2025), {SURAT: {}, GAJI: {}})
    assert found(run_import(ws, path)) == [("LC_FORM_EMPTY", None)]


def test_an_sop_in_force_missing_or_marked_not_in_force_is_warned(ws: Workspace) -> None:
    enact(ws, SURAT, GAJI)
    first = layout(spec.EVALUATION).first + 1
    items = [
        FormRow(SURAT, "Surat Masuk", KEPT),
        FormRow(LAHIR, "Akta", {}, in_force=False),  # as an older template laid it out
    ]
    path = ws.root / "e.xlsx"
    write_lifecycle_form(path, spec.EVALUATION, "12", DISDUKCAPIL, Period(2025), items, EVAL_HEADER)
    report = run_import(ws, path)
    assert found(report) == [("LC_IN_FORCE_MISSING_ROW", None)]  # GAJI is not on the form
    items[1] = FormRow(GAJI, "Pembayaran Gaji", {}, in_force=False)
    write_lifecycle_form(path, spec.EVALUATION, "12", DISDUKCAPIL, Period(2025), items, EVAL_HEADER)
    report = run_import(ws, path)
    assert found(report) == [
        ("LC_MARKED_NOT_IN_FORCE", _at(spec.EVALUATION, spec.EVALUATION.inputs[0].key, first + 1))
    ]


# --- the wrong period or SKPD -----------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "value"),
    [("C6", "Tahun 2024"), ("C5", "01")],
    ids=["period", "agency"],
)
def test_a_form_relabelled_for_another_period_or_skpd_is_caught(
    ws: Workspace, cell: str, value: str
) -> None:
    path = write_form(ws.root / "s.xlsx", spec.STATUS, Period(2025), {SURAT: ENACTED})
    book = openpyxl.load_workbook(path)
    book[spec.STATUS.sheet][cell] = value
    book.save(path)
    report = run_import(ws, path)
    assert "LC_STAMP_MISMATCH" in codes(report)
    assert report.files[0].outcome == "ditolak"


def test_another_skpds_form_filled_with_our_sops_is_caught(ws: Workspace) -> None:
    path = write_form(ws.root / "s.xlsx", spec.STATUS, Period(2025), {SURAT: ENACTED}, agency="01")
    report = run_import(ws, path)
    assert codes(report) == ["LC_SOP_OTHER_AGENCY", "LC_SOP_MISSING_ROW"]


def test_a_quarterly_form_stamped_with_a_year_is_refused(ws: Workspace) -> None:
    path = write_form(
        ws.root / "p.xlsx", spec.SUPERVISION, Period(2025), {SURAT: AS_WRITTEN}, SUP_HEADER
    )
    report = run_import(ws, path)
    assert codes(report) == ["LC_PERIOD_KIND"]


def test_last_years_answers_in_this_years_form_are_outside_the_period(ws: Workspace) -> None:
    enact(ws, SURAT)
    last_year = {**GOOD, "monitored_on": date(2024, 10, 6)}
    path = write_form(ws.root / "m.xlsx", spec.MONITORING, Period(2025), {SURAT: last_year})
    report = run_import(ws, path)
    assert [(f.code, f.cell) for f in report.files[0].findings] == [
        ("LC_DATE_OUTSIDE_PERIOD", "E12")
    ]


# --- re-import --------------------------------------------------------------------------


def test_reimporting_a_corrected_form_replaces_the_answers_and_keeps_history(
    ws: Workspace,
) -> None:
    enact(ws, SURAT, GAJI)
    first = write_form(
        ws.root / "m1.xlsx", spec.MONITORING, Period(2025), {SURAT: GOOD, GAJI: GOOD}
    )
    assert run_import(ws, first).files[0].outcome == "baru"
    fixed = {**GOOD, "assessment": spec.NOT_GOOD, "action": "Pendampingan pelaksana"}
    second = write_form(ws.root / "m2.xlsx", spec.MONITORING, Period(2025), {SURAT: fixed})

    report = run_import(ws, second)

    assert report.files[0].outcome == "berubah"
    assert [(r["code"], r["assessment"]) for r in recorded(ws, spec.MONITORING.kind)] == [
        (SURAT, spec.NOT_GOOD)
    ]
    register = open_register(ws.db_url)
    try:
        history = forms_frame(register, spec.MONITORING.kind)
        old = answers_frame(register, spec.MONITORING.kind, history=True)
    finally:
        register.close()
    assert [Path(p).name for p in history["path"]] == ["m1.xlsx", "m2.xlsx"]
    assert history["superseded_at"].notna().tolist() == [True, False]
    assert len(old) == 3  # both rows of the first form are still there


def test_reimporting_the_same_answers_changes_nothing(ws: Workspace) -> None:
    from tests.register_fixtures import snapshot

    enact(ws, SURAT)
    path = write_form(ws.root / "m.xlsx", spec.MONITORING, Period(2025), {SURAT: GOOD})
    run_import(ws, path)
    before = snapshot(ws)
    again = write_form(ws.root / "m-lagi.xlsx", spec.MONITORING, Period(2025), {SURAT: GOOD})
    run_import(ws, path)
    report = run_import(ws, again)  # another file, same answers: recorded as a file only
    assert [r.outcome for r in report.files] == ["tetap"]
    after = snapshot(ws)
    assert after["lifecycle_forms"] == before["lifecycle_forms"]
    assert after["monitoring_answers"] == before["monitoring_answers"]


def test_other_periods_and_skpds_are_kept_apart(ws: Workspace) -> None:
    enact(ws, SURAT)
    q1 = write_form(
        ws.root / "q1.xlsx", spec.SUPERVISION, Period(2025, 1), {SURAT: AS_WRITTEN}, SUP_HEADER
    )
    q2 = write_form(
        ws.root / "q2.xlsx",
        spec.SUPERVISION,
        Period(2025, 2),
        {SURAT: AS_WRITTEN},
        {**SUP_HEADER, "reported_on": date(2025, 7, 3)},
    )
    report = run_import(ws, q1, q2)
    assert [r.outcome for r in report.files] == ["baru", "baru"], codes(report)
    assert [r["period"] for r in recorded(ws, spec.SUPERVISION.kind)] == ["2025Q1", "2025Q2"]
