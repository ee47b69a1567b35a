"""Tests for sopxl.checking.rules: an SOP checked against Perbup Kukar 57/2012.

Every case starts from the realistic sample ``surat_masuk()`` (which must be clean),
changes one thing, and asserts which cell of a sopxl-written form each finding points at.
In the sample form: identity values in column F (Nomor SOP F3 ... Nama SOP F8), SKPD /
Unit Kerja / Bagian in C5-C7, lists from row 11, Pengesahan F27-F29; on the procedure
sheet pelaksana names in row 5 (C = Kepala Dinas, D = Sekretaris, E = Kepala Sub Bagian
Umum, F = Pengadministrasi Umum, G = unnamed) and step n in row 6 + n: A No, B Uraian,
C-G pelaksana, H Kelengkapan, I Waktu, J Output, K Ket, M Ya, N Tidak.

Sample steps: 1 Terminator (F), 2 Keputusan (F, Ya 3 / Tidak 4), 3 Proses (C),
4 File (F), 5 Dokumen (E), 6 Proses (D), 7 Terminator (F).
"""

from __future__ import annotations

import re
import string
from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from sopxl.checking.config import CheckConfig
from sopxl.checking.rules import check_sop
from sopxl.findings import FieldRef, Finding, finding
from sopxl.messages import catalogue, rule
from sopxl.messages import rules as rule_catalogue
from sopxl.model.flow import FlowEdge, flow_of
from sopxl.model.severity import Severity
from sopxl.model.sop import Actor, Duration, Sop, Step, Symbol
from sopxl.xlsx import refs
from sopxl_demo.examples import minutes, surat_masuk
from tests.rule_fixtures import (
    CONFIG,
    FILE,
    ID,
    PERMENPAN,
    PROC,
    TODAY,
    check,
    flatten,
    sources_for,
    with_approval,
    with_identity,
    with_step,
    with_steps,
)

Flat = list[tuple[str | None, str | None, str]]

# ---------------------------------------------------------------------------------------
# The sample and the fixture
# ---------------------------------------------------------------------------------------


def test_sample_sop_is_clean() -> None:
    assert check(surat_masuk()) == []


def test_sources_point_at_the_cells_the_form_writer_filled(filled_form: Path) -> None:
    sop = surat_masuk()
    sources = sources_for(sop)
    workbook = openpyxl.load_workbook(filled_form)

    def cell(ref: FieldRef) -> object:
        loc = sources[ref]
        return workbook[loc.sheet][refs.cell(loc.row - 1, loc.column - 1)].value

    assert cell(FieldRef("identity", "code")) == sop.identity.code
    assert cell(FieldRef("approval", "nip")) == sop.identity.approval.nip
    assert cell(FieldRef("list", "records", index=1)) == sop.identity.records[1]
    assert cell(FieldRef("actor", index=3)) == "Pengadministrasi Umum"
    assert cell(FieldRef("step", "output", index=2)) == "Surat diterima Kepala Dinas"
    assert cell(FieldRef("step", "actor", index=3, actor=3)) == "File"
    assert cell(FieldRef("step", "yes_target", index=1)) == 3


# ---------------------------------------------------------------------------------------
# Every rule: a failing case with the exact cells
# ---------------------------------------------------------------------------------------

TWO_ACTORS = (Actor("Kepala Sub Bagian Umum"), Actor("Pengadministrasi Umum"))


def _one_actor_does_everything() -> Sop:
    sop = replace(surat_masuk(), actors=TWO_ACTORS)
    return with_steps((replace(step, actor=1) for step in sop.steps), sop)


def _alternating(actors: tuple[Actor, Actor]) -> Sop:
    """The sample performed by two pelaksana columns, taking turns by step."""
    sop = replace(surat_masuk(), actors=actors)
    return with_steps((replace(step, actor=step.number % 2) for step in sop.steps), sop)


def _loop_without_exit() -> Sop:
    # 3 becomes an alternative end; 4 -> 5 -> 6 -> {4, 5} can never leave; 7 is cut off.
    sop = with_step(3, symbol=Symbol.TERMINATOR)
    return with_step(6, sop, symbol=Symbol.DECISION, yes_target=4, no_target=5)


FAILING = [
    # --- identity (Lampiran II angka 2) ---
    pytest.param(
        with_identity(agency=""), CONFIG, [(ID, "C5", "IDENT_AGENCY_MISSING")], id="agency"
    ),
    pytest.param(with_identity(unit="  "), CONFIG, [(ID, "C6", "IDENT_UNIT_MISSING")], id="unit"),
    pytest.param(with_identity(code=""), CONFIG, [(ID, "F3", "IDENT_CODE_MISSING")], id="code"),
    pytest.param(
        with_identity(made_on=None), CONFIG, [(ID, "F4", "IDENT_MADE_ON_MISSING")], id="made-on"
    ),
    pytest.param(
        with_identity(approved_on=None),
        CONFIG,
        [(ID, "F6", "IDENT_APPROVED_ON_MISSING")],
        id="approved-on",
    ),
    pytest.param(
        with_identity(approved_by=""),
        CONFIG,
        [(ID, "F7", "IDENT_APPROVED_BY_MISSING")],
        id="approved-by",
    ),
    pytest.param(with_identity(title=""), CONFIG, [(ID, "F8", "IDENT_TITLE_MISSING")], id="title"),
    pytest.param(
        with_approval(position=""), CONFIG, [(ID, "F27", "APPROVAL_POSITION_MISSING")], id="jabatan"
    ),
    pytest.param(with_approval(name=""), CONFIG, [(ID, "F28", "APPROVAL_NAME_MISSING")], id="nama"),
    pytest.param(with_approval(nip=""), CONFIG, [(ID, "F29", "APPROVAL_NIP_MISSING")], id="nip"),
    # --- lists ---
    pytest.param(
        with_identity(legal_basis=()),
        CONFIG,
        [(ID, "B11", "LIST_LEGAL_BASIS_EMPTY")],
        id="dasar-hukum",
    ),
    pytest.param(
        with_identity(legal_basis=("-", " ")),
        CONFIG,
        [(ID, "B11", "LIST_LEGAL_BASIS_EMPTY")],
        id="dasar-hukum-dash",
    ),
    pytest.param(
        with_identity(qualifications=()),
        CONFIG,
        [(ID, "E11", "LIST_QUALIFICATIONS_EMPTY")],
        id="kualifikasi",
    ),
    pytest.param(
        with_identity(related=()), CONFIG, [(ID, "B16", "LIST_RELATED_EMPTY")], id="keterkaitan"
    ),
    pytest.param(
        with_identity(equipment=()), CONFIG, [(ID, "E16", "LIST_EQUIPMENT_EMPTY")], id="peralatan"
    ),
    pytest.param(
        with_identity(cautions=()), CONFIG, [(ID, "B21", "LIST_CAUTIONS_EMPTY")], id="peringatan"
    ),
    pytest.param(
        with_identity(records=()), CONFIG, [(ID, "E21", "LIST_RECORDS_EMPTY")], id="pencatatan"
    ),
    # --- Nomor SOP, NIP, dates ---
    pytest.param(
        with_identity(code="SOP.SEK.01.01"), CONFIG, [(ID, "F3", "IDENT_CODE_PATTERN")], id="pola"
    ),
    pytest.param(
        with_approval(nip="19680512199403100"),
        CONFIG,
        [(ID, "F29", "APPROVAL_NIP_INVALID")],
        id="nip-17-digits",
    ),
    pytest.param(
        with_approval(nip="196805121994031OO7"),
        CONFIG,
        [(ID, "F29", "APPROVAL_NIP_INVALID")],
        id="nip-letters",
    ),
    pytest.param(
        with_approval(nip="19680512.199403.1.007"),
        CONFIG,
        [(ID, "F29", "APPROVAL_NIP_INVALID")],
        id="nip-dots",
    ),
    pytest.param(
        with_identity(made_on=date(2025, 1, 21)),
        CONFIG,
        [(ID, "F4", "DATE_MADE_AFTER_APPROVED")],
        id="made-after-approved",
    ),
    pytest.param(
        with_identity(revised_on=date(2025, 1, 6)),
        CONFIG,
        [(ID, "F5", "DATE_REVISED_NOT_AFTER_MADE")],
        id="revised-same-day",
    ),
    pytest.param(
        with_identity(revised_on=date(2024, 12, 1)),
        CONFIG,
        [(ID, "F5", "DATE_REVISED_NOT_AFTER_MADE")],
        id="revised-before-made",
    ),
    pytest.param(
        with_identity(approved_on=date(2025, 7, 1)),
        CONFIG,
        [(ID, "F6", "DATE_IN_FUTURE")],
        id="future",
    ),
    pytest.param(
        with_identity(made_on=date(2052, 1, 6), approved_on=date(2052, 1, 20)),
        CONFIG,
        [(ID, "F4", "DATE_IN_FUTURE"), (ID, "F6", "DATE_IN_FUTURE")],
        id="future-year-typo",
    ),
    # --- steps and pelaksana ---
    pytest.param(
        with_steps([]), CONFIG, [(PROC, "B7", "STEPS_EMPTY")], id="no-steps-skips-step-rules"
    ),
    pytest.param(
        _one_actor_does_everything(),
        CONFIG,
        [(PROC, "C5", "ACTOR_UNUSED"), (PROC, "D5", "ACTORS_TOO_FEW")],
        id="one-actor",
    ),
    pytest.param(
        _alternating((Actor("Staf"), Actor(" staf "))),
        CONFIG,
        [(PROC, "C5", "ACTORS_TOO_FEW")],
        id="same-jabatan-twice",
    ),
    pytest.param(
        replace(surat_masuk(), actors=(*surat_masuk().actors[:2], Actor(""), Actor("Staf"))),
        CONFIG,
        [(PROC, "E5", "ACTOR_NAME_MISSING")],
        id="actor-unnamed",
    ),
    pytest.param(
        replace(surat_masuk(), actors=(*surat_masuk().actors, Actor("Bendahara"))),
        CONFIG,
        [(PROC, "G5", "ACTOR_UNUSED")],
        id="actor-unused",
    ),
    pytest.param(
        with_step(3, description=""),
        CONFIG,
        [(PROC, "B9", "STEP_DESCRIPTION_MISSING")],
        id="uraian",
    ),
    pytest.param(
        with_step(4, actor=None, symbol=None),
        CONFIG,
        [(PROC, "C10", "STEP_ACTOR_MISSING")],
        id="no-actor",
    ),
    pytest.param(
        with_step(4, symbol=None), CONFIG, [(PROC, "F10", "STEP_SYMBOL_MISSING")], id="plain-mark"
    ),
    pytest.param(
        with_step(3, output=""), CONFIG, [(PROC, "J9", "STEP_OUTPUT_MISSING")], id="output"
    ),
    pytest.param(
        with_step(3, output=" - "), CONFIG, [(PROC, "J9", "STEP_OUTPUT_MISSING")], id="output-dash"
    ),
    pytest.param(
        with_step(3, duration=None), CONFIG, [(PROC, "I9", "STEP_DURATION_MISSING")], id="waktu"
    ),
    pytest.param(
        with_step(6, number=5), CONFIG, [(PROC, "A12", "STEP_NUMBER_DUPLICATE")], id="duplicate-no"
    ),
    # --- flow ---
    pytest.param(
        with_step(1, symbol=Symbol.PROCESS),
        CONFIG,
        [(PROC, "F7", "FLOW_START_NOT_TERMINATOR")],
        id="start",
    ),
    pytest.param(
        with_step(7, symbol=Symbol.MANUAL_ARCHIVE),
        CONFIG,
        [(PROC, "F13", "FLOW_END_NOT_TERMINATOR")],
        id="end",
    ),
    pytest.param(
        with_step(2, yes_target=None),
        CONFIG,
        [(PROC, "M8", "DECISION_TARGET_MISSING")],
        id="decision-ya-missing",
    ),
    pytest.param(
        with_step(2, yes_target=None, no_target=None),
        CONFIG,
        [(PROC, "M8", "DECISION_TARGET_MISSING"), (PROC, "N8", "DECISION_TARGET_MISSING")],
        id="decision-both-missing",
    ),
    pytest.param(
        with_step(2, no_target=9),
        CONFIG,
        [(PROC, "N8", "DECISION_TARGET_UNKNOWN")],
        id="decision-unknown",
    ),
    pytest.param(
        with_step(2, yes_target=2),
        CONFIG,
        [(PROC, "M8", "DECISION_TARGET_SELF")],
        id="decision-self",
    ),
    pytest.param(
        with_step(2, yes_target=4),
        CONFIG,
        [(PROC, "N8", "DECISION_TARGETS_SAME"), (PROC, "A9", "STEP_UNREACHABLE")],
        id="decision-same",
    ),
    pytest.param(
        with_step(3, yes_target=5),
        CONFIG,
        [(PROC, "M9", "TARGET_ON_NON_DECISION")],
        id="target-on-process",
    ),
    pytest.param(
        with_step(2, yes_target=4, no_target=5),
        CONFIG,
        [(PROC, "A9", "STEP_UNREACHABLE")],
        id="skipped-step",
    ),
    pytest.param(
        with_step(6, symbol=Symbol.TERMINATOR),
        CONFIG,
        [(PROC, "A13", "STEP_UNREACHABLE")],
        id="after-a-middle-terminator",
    ),
    pytest.param(
        _loop_without_exit(),
        CONFIG,
        [
            (PROC, "A10", "STEP_DEAD_END"),
            (PROC, "A11", "STEP_DEAD_END"),
            (PROC, "A12", "STEP_DEAD_END"),
            (PROC, "A13", "STEP_UNREACHABLE"),
        ],
        id="loop-without-exit",
    ),
    # --- profile permenpan ---
    pytest.param(
        surat_masuk(),
        PERMENPAN,
        [(PROC, "F10", "PERMENPAN_SYMBOL"), (PROC, "E11", "PERMENPAN_SYMBOL")],
        id="permenpan-symbols",
    ),
    pytest.param(
        with_step(
            6,
            with_step(4, with_step(5, symbol=Symbol.PROCESS), symbol=Symbol.PROCESS),
            description="Sekretaris mendisposisikan surat kepada bidang terkait",
        ),
        PERMENPAN,
        [(PROC, "B12", "PERMENPAN_ACTIVITY_SUBJECT")],
        id="permenpan-subject",
    ),
]


@pytest.mark.parametrize(("sop", "config", "expected"), FAILING)
def test_rule_reports_the_cell(sop: Sop, config: CheckConfig, expected: Flat) -> None:
    assert flatten(check(sop, config)) == expected


def test_every_rule_code_has_a_failing_case() -> None:
    produced = {code for case in FAILING for _, _, code in case.values[2]}  # type: ignore[union-attr]
    assert produced == {entry.code for entry in rule_catalogue.RULES}


# ---------------------------------------------------------------------------------------
# Every rule: the nearby values that are fine
# ---------------------------------------------------------------------------------------

CLEAN = [
    pytest.param(with_identity(related=("-",)), CONFIG, id="keterkaitan-dash-means-none"),
    pytest.param(with_identity(revised_on=None), CONFIG, id="never-revised"),
    pytest.param(with_identity(revised_on=date(2025, 3, 3)), CONFIG, id="revised-later"),
    pytest.param(with_identity(made_on=date(2025, 1, 20)), CONFIG, id="made-on-approval-day"),
    pytest.param(with_identity(approved_on=TODAY, made_on=TODAY), CONFIG, id="approved-today"),
    pytest.param(with_identity(code=" 12.01.02.001 "), CONFIG, id="code-with-spaces"),
    pytest.param(
        with_identity(code="SOP-025/17000/2025"),
        CheckConfig(today=TODAY, code_pattern=r"SOP-\d{3}/\d{5}/\d{4}", code_example="x"),
        id="configured-pattern",
    ),
    pytest.param(with_approval(nip="19680512 199403 1 007"), CONFIG, id="nip-with-spaces"),
    # Bagian is no field of Lampiran II angka 2: empty or "-" is no finding.
    pytest.param(with_identity(section=""), CONFIG, id="no-bagian"),
    pytest.param(with_identity(section="-"), CONFIG, id="bagian-dash"),
    # "-" is how a person writes "none" in a list other than Dasar Hukum.
    pytest.param(
        with_identity(qualifications=("-",), cautions=("\u2013",), records=("-",)),
        CONFIG,
        id="lists-dash-mean-none",
    ),
    pytest.param(
        replace(surat_masuk(), actors=(*surat_masuk().actors, Actor(""))),
        CONFIG,
        id="unnamed-unused-column",
    ),
    pytest.param(_alternating(TWO_ACTORS), CONFIG, id="exactly-two-actors"),
    pytest.param(
        with_step(3, duration=Duration(None, None, "-")), CONFIG, id="waktu-dash-means-none"
    ),
    pytest.param(with_step(3, symbol=Symbol.TERMINATOR), CONFIG, id="alternative-end"),
    pytest.param(
        with_step(6, symbol=Symbol.DECISION, yes_target=7, no_target=4, description="Menyetujui?"),
        CONFIG,
        id="loop-back-with-exit",
    ),
    pytest.param(
        with_step(5, with_step(4, symbol=Symbol.PROCESS), symbol=Symbol.PROCESS),
        PERMENPAN,
        id="permenpan-only-its-symbols",
    ),
    pytest.param(
        with_step(6, description="Sekretaris mendisposisikan surat"),
        CONFIG,
        id="subject-is-fine-under-perbup",
    ),
]


@pytest.mark.parametrize(("sop", "config"), CLEAN)
def test_rule_accepts(sop: Sop, config: CheckConfig) -> None:
    assert flatten(check(sop, config)) == []


# ---------------------------------------------------------------------------------------
# Profile permenpan: active verb without a subject
# ---------------------------------------------------------------------------------------


def _permenpan_sample(description: str) -> Sop:
    sop = with_step(5, with_step(4, symbol=Symbol.PROCESS), symbol=Symbol.PROCESS)
    return with_step(6, sop, description=description)


@pytest.mark.parametrize(
    "description",
    [
        "Kepala Dinas menandatangani surat",  # the SOP's own jabatan
        "Pengadministrasi Umum mencatat surat",  # a jabatan not in the word list
        "Petugas mencatat surat",
        "Surat didisposisikan kepada bidang",  # no verb first
        "Didisposisikan kepada bidang",  # passive
        "Berkas diperiksa kelengkapannya",  # a noun that looks like ber-
    ],
)
def test_permenpan_flags_a_subject_or_a_missing_verb(description: str) -> None:
    assert flatten(check(_permenpan_sample(description), PERMENPAN)) == [
        (PROC, "B12", "PERMENPAN_ACTIVITY_SUBJECT")
    ]


@pytest.mark.parametrize(
    "description",
    [
        "Mendisposisikan surat kepada bidang terkait",
        "Berkoordinasi dengan bidang terkait",
        "Tanda tangani lembar disposisi",
        "Verifikasi kelengkapan berkas",
        "Sampaikan surat kepada bidang",
        "Distribusikan surat kepada bidang",
        "Terima surat",
        "Datang ke loket PATEN membawa surat pengantar",
        "Selesai",
    ],
)
def test_permenpan_accepts_an_active_verb(description: str) -> None:
    assert check(_permenpan_sample(description), PERMENPAN) == []


def test_permenpan_message_quotes_the_activity() -> None:
    (found,) = check(_permenpan_sample("Surat didisposisikan kepada bidang"), PERMENPAN)
    assert "'Surat didisposisikan kepada bidang'" in found.message
    assert found.severity is Severity.WARNING


# ---------------------------------------------------------------------------------------
# check_sop: order, locations, reader findings, configuration
# ---------------------------------------------------------------------------------------


def test_findings_are_ordered_by_sheet_row_column_and_code() -> None:
    sop = with_step(5, with_step(4, symbol=Symbol.PROCESS), symbol=Symbol.PROCESS)
    sop = with_identity(with_step(3, sop, output=""), agency="", code="X")
    sop = with_step(2, sop, yes_target=None)
    sop = with_step(1, sop, symbol=Symbol.FILE)
    assert flatten(check(sop, PERMENPAN)) == [
        (ID, "F3", "IDENT_CODE_PATTERN"),
        (ID, "C5", "IDENT_AGENCY_MISSING"),
        (PROC, "F7", "FLOW_START_NOT_TERMINATOR"),
        (PROC, "F7", "PERMENPAN_SYMBOL"),
        (PROC, "M8", "DECISION_TARGET_MISSING"),
        (PROC, "J9", "STEP_OUTPUT_MISSING"),
    ]


def test_a_field_without_source_keeps_its_ref_but_no_cell() -> None:
    findings = check_sop(with_identity(agency="", records=()), {}, FILE, CONFIG)
    assert [(f.sheet, f.cell, f.ref, f.file) for f in findings] == [
        (None, None, FieldRef("identity", "agency"), FILE),
        (None, None, FieldRef("list", "records", index=0), FILE),
    ]


def test_an_empty_procedure_sheet_is_named_even_without_source() -> None:
    (found,) = check_sop(with_steps([]), {}, FILE, CONFIG)
    assert (found.sheet, found.cell, found.ref) == (PROC, None, FieldRef("sheet", PROC))


def _reader_finding(code: str, ref: FieldRef) -> Finding:
    return finding(code, FILE, sheet=PROC, value="sebentar", ref=ref, step=3, label="x")


def test_a_field_the_reader_could_not_read_is_not_also_missing() -> None:
    sop = with_identity(with_step(3, duration=None), made_on=None)
    already = [
        _reader_finding("FORM_DURATION_INVALID", FieldRef("step", "duration", index=2)),
        _reader_finding("FORM_DATE_INVALID", FieldRef("identity", "made_on")),
    ]
    assert check(sop, already=already) == []


def test_a_reader_finding_elsewhere_suppresses_nothing() -> None:
    already = [_reader_finding("FORM_DURATION_INVALID", FieldRef("step", "duration", index=3))]
    assert flatten(check(with_step(3, duration=None), already=already)) == [
        (PROC, "I9", "STEP_DURATION_MISSING")
    ]


def test_an_invalid_code_pattern_is_refused_before_any_file_is_read() -> None:
    from sopxl.errors import UsageError

    with pytest.raises(UsageError, match="Pola Nomor SOP"):
        CheckConfig(today=TODAY, code_pattern="([")


def test_the_real_date_is_used_when_none_is_configured() -> None:
    far = with_identity(made_on=date(2099, 1, 1), approved_on=date(2099, 1, 2))
    assert [f.code for f in check(far, CheckConfig())] == ["DATE_IN_FUTURE", "DATE_IN_FUTURE"]


# ---------------------------------------------------------------------------------------
# The flow graph
# ---------------------------------------------------------------------------------------


def test_flow_graph_of_the_sample() -> None:
    flow = flow_of(surat_masuk())
    assert flow.successors == ((1,), (2, 3), (3,), (4,), (5,), (6,), ())
    assert flow.ends == (False, False, False, False, False, False, True)


def test_a_missing_branch_continues_to_the_next_step() -> None:
    """For the checker only: the flowchart draws the one written branch."""
    flow = flow_of(with_step(2, yes_target=None, no_target=7))
    assert flow.successors[1] == (2, 6)
    assert [e for e in flow.edges if e.source == 1] == [FlowEdge(1, 6, "Tidak")]


def _long_sop(count: int, *, loop_back: bool) -> Sop:
    def step(number: int) -> Step:
        last = number == count
        symbol = Symbol.TERMINATOR if number in (1, count) else Symbol.PROCESS
        if last and loop_back:
            symbol = Symbol.DECISION
        return Step(
            number,
            f"Memproses berkas tahap {number}",
            actor=number % 2,
            symbol=symbol,
            duration=minutes(5),
            output=f"Berkas tahap {number}",
            yes_target=1 if last and loop_back else None,
            no_target=2 if last and loop_back else None,
        )

    sop = replace(surat_masuk(), actors=TWO_ACTORS)
    return with_steps((step(number) for number in range(1, count + 1)), sop)


def test_a_long_sop_is_checked_without_recursion_limits() -> None:
    assert check_sop(_long_sop(5000, loop_back=False), {}, FILE, CONFIG) == []


def test_a_long_loop_without_exit_reports_every_step_once() -> None:
    findings = check_sop(_long_sop(5000, loop_back=True), {}, FILE, CONFIG)
    assert [f.code for f in findings].count("STEP_DEAD_END") == 5000
    assert {f.code for f in findings} == {"STEP_DEAD_END", "FLOW_END_NOT_TERMINATOR"}


# ---------------------------------------------------------------------------------------
# Messages
# ---------------------------------------------------------------------------------------

# Words that would betray an untranslated message; none of them is Indonesian.
ENGLISH = frozenset(
    {
        *("the", "is", "are", "not", "must", "should", "please", "and", "or", "of", "to"),
        *("with", "without", "from", "step", "steps", "missing", "invalid", "empty"),
        *("field", "value", "error", "warning", "target", "decision"),
    }
)


def _all_failing_findings() -> list[Finding]:
    return [
        item
        for case in FAILING
        for item in check(case.values[0], case.values[1])  # type: ignore[arg-type]
    ]


def test_every_message_is_filled_in_and_indonesian() -> None:
    for item in _all_failing_findings():
        template = rule(item.code).template
        wanted = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        assert wanted <= item.parameters.keys(), (item.code, wanted)
        assert "{" not in item.message and "}" not in item.message, item.message
        words = {word.casefold() for word in re.findall(r"[A-Za-z]+", item.message)}
        assert not words & ENGLISH, (item.code, item.message)


def test_messages_show_dates_and_names_as_people_write_them() -> None:
    (dates,) = check(with_identity(made_on=date(2025, 1, 21)))
    assert "Tanggal Pembuatan (21 Januari 2025)" in dates.message
    assert "Tanggal Pengesahan (20 Januari 2025)" in dates.message
    (unnamed,) = check(with_step(4, symbol=None))
    assert "kolom Pengadministrasi Umum" in unnamed.message
    (pattern,) = check(with_identity(code="SOP.SEK.01.01"))
    assert "'SOP.SEK.01.01'" in pattern.message and "01.02.03.004" in pattern.message
    assert pattern.value == "SOP.SEK.01.01"


def test_severities_follow_the_issue() -> None:
    assert rule("LIST_LEGAL_BASIS_EMPTY").severity is Severity.ERROR
    # Audited against the regulation's text: no text requires these, so no galat.
    for code in (
        "IDENT_UNIT_MISSING",
        "APPROVAL_POSITION_MISSING",
        "APPROVAL_NIP_MISSING",
        "APPROVAL_NIP_INVALID",
        "DATE_REVISED_NOT_AFTER_MADE",
        "STEP_NUMBER_DUPLICATE",
        "FORM_STEP_MULTIPLE_ACTORS",
    ):
        assert rule(code).severity is Severity.WARNING, code
    assert "IDENT_SECTION_MISSING" not in catalogue()
    assert rule("LIST_RELATED_EMPTY").severity is Severity.WARNING
    assert rule("DATE_IN_FUTURE").severity is Severity.WARNING
    assert rule("ACTORS_TOO_FEW").reference == "Pasal 9 ayat (3) huruf c"
