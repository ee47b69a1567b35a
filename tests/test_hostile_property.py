"""Property: whatever Unicode a person types into any free-text field of a form sopxl
writes (control characters, astral characters, RTL marks, emoji, text that looks like a
formula, text over Excel's cell limit), the workbook opens in openpyxl and sopxl reads
back the same text after the documented cleaning (:mod:`sopxl.text`; the readers strip
surrounding whitespace; a text over the limit is cut with an ellipsis by the writers).

Form kinds: SOP form, inventory, organisation master, and the four lifecycle forms (Status
SOP, monitoring, evaluation, supervision: every text column, every text header field and
the Nama SOP). Examples are few and small, and the cell limit is tried once per kind: the
property runs in seconds.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from sopxl.forms import lifecycle_spec as spec_lc
from sopxl.forms.inventory_form import write_inventory_form
from sopxl.forms.lifecycle_form import FormRow, write_lifecycle_form
from sopxl.forms.org_form import write_org_master
from sopxl.forms.sop_form import write_sop_form
from sopxl.lifecycle.reader import read_lifecycle
from sopxl.model.lifecycle import Answer, Period
from sopxl.model.organisation import AgencyOutline, AgencyRow, OrgMaster, SectionRow, UnitRow
from sopxl.model.sop import Actor, Approval, Step
from sopxl.reading.loading.files import load_workbook_data
from sopxl.reading.sop.reader import read_sop
from sopxl.register.readers import read_inventory, read_org_master
from sopxl.text import MAX_CELL_CHARS
from sopxl.xlsx.workbook import cell_text
from sopxl_demo.examples import surat_masuk
from tests.register_fixtures import ALL_YES, entry

HOSTILE = st.one_of(
    st.text(
        alphabet=st.characters(
            codec=None,
            categories=None,
            exclude_characters=(),
        ),
        min_size=1,
        max_size=30,
    ),
    st.sampled_from(
        [
            "\x1b[31mmerah\x1b[0m",
            "bel\x07\x07",
            "\x85\x9b31m C1",
            "=SUM(A1:A9)",
            '=HYPERLINK("http://x","klik")',
            "+62 812 3456",
            "@ISI",
            "\u202eكتابة عربية\u202c",
            "𝕊𝕆ℙ 👩‍💻 🇮🇩",
            "_x001B_ ditulis apa adanya",
            "a" * (MAX_CELL_CHARS + 5),
        ]
    ),
)
"""Any character (surrogates aside, which no file can hold), or a known troublemaker."""

SETTINGS = settings(
    max_examples=10,
    deadline=None,
    # No shrinking: a failure is reported at once, with the example as generated.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def marked(texts: list[str]) -> list[str]:
    """Each text with a numbered mark: a field never reads as a form label (the readers
    find labels by resemblance, so a text equal to one is a label by design), and two
    fields never hold the same text."""
    return [f"{text} ¶{number}" for number, text in enumerate(texts)]


def expected(text: str) -> str:
    """What sopxl reads back from a cell it wrote ``text`` into."""
    return cell_text(text).strip()


def meaningful(text: str) -> bool:
    """Text the readers keep as typed (a field reduced to nothing, or to a dash, which
    means "none" in Lampiran II, reads as empty by design)."""
    shown = expected(text)
    return bool(shown) and shown not in {"-", "–", "—"}


def opens(path: Path) -> None:
    openpyxl.load_workbook(path).close()


@SETTINGS
@given(texts=st.lists(HOSTILE.filter(meaningful), min_size=12, max_size=12))
def test_sop_form_round_trip(texts: list[str]) -> None:
    texts = marked(texts)
    base = surat_masuk()
    identity = replace(
        base.identity,
        agency=texts[0],
        unit=texts[1],
        section=texts[2],
        title=texts[3],
        approved_by=texts[4],
        legal_basis=(texts[5],),
        cautions=(texts[6],),
        approval=Approval(name=texts[7], nip=base.identity.approval.nip, position=texts[8]),
    )
    first = base.steps[0]
    steps = (
        replace(first, description=texts[9], requirements=texts[10], output=texts[11]),
        *base.steps[1:],
    )
    actors = (Actor(texts[0][:50] + " x"), *base.actors[1:])
    sop = replace(base, identity=identity, steps=steps, actors=actors)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "formulir.xlsx"
        write_sop_form(path, sop)
        opens(path)
        again = read_sop(load_workbook_data(path)).sop
    assert again is not None
    got = again.identity
    assert (got.agency, got.unit, got.section, got.title, got.approved_by) == tuple(
        expected(t) for t in texts[:5]
    )
    assert got.legal_basis == (expected(texts[5]),)
    assert got.cautions == (expected(texts[6]),)
    assert (got.approval.name, got.approval.position) == (expected(texts[7]), expected(texts[8]))
    step: Step = again.steps[0]
    assert (step.description, step.requirements, step.output) == tuple(
        expected(t) for t in texts[9:12]
    )
    assert again.actors[0].name == expected(texts[0][:50] + " x")


@SETTINGS
@given(
    titles=st.lists(HOSTILE.filter(meaningful), min_size=2, max_size=2, unique_by=expected),
    note=HOSTILE.filter(meaningful),
)
def test_inventory_form_round_trip(titles: list[str], note: str) -> None:
    titles, note = marked(titles), f"{note} ¶"
    unit, section = "Sekretariat", "Sub Bagian Umum"
    outline = AgencyOutline("12", "Dinas Uji", "DU", ((unit, (section,)),))
    entries = [replace(entry((unit, section), t), note=note, legal_basis=note) for t in titles]
    assert all(e.criteria == ALL_YES for e in entries)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "inventaris.xlsx"
        write_inventory_form(path, outline, entries, rows=5)
        opens(path)
        reading = read_inventory(load_workbook_data(path))
    assert reading.inventory is not None
    got = reading.inventory.entries
    assert [e.title for e in got] == [expected(t) for t in titles]
    assert {(e.note, e.legal_basis) for e in got} == {(expected(note), expected(note))}


@SETTINGS
@given(names=st.lists(HOSTILE.filter(meaningful), min_size=3, max_size=3))
def test_org_master_round_trip(names: list[str]) -> None:
    names = marked(names)
    master = OrgMaster(
        agencies=(AgencyRow("12", names[0], "DU"),),
        units=(UnitRow("12", "01", names[1]),),
        sections=(SectionRow("12", "01", "02", names[2]),),
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "organisasi.xlsx"
        write_org_master(path, master)
        opens(path)
        reading, _ = read_org_master(load_workbook_data(path))
    assert reading is not None
    got = reading.master
    assert got.agencies[0].name == expected(names[0])
    assert got.units[0].name == expected(names[1])
    assert got.sections[0].name == expected(names[2])


LIFECYCLE_FORMS = (spec_lc.STATUS, spec_lc.MONITORING, spec_lc.EVALUATION, spec_lc.SUPERVISION)


def lifecycle_round_trip(form: spec_lc.FormSpec, texts: list[str]) -> None:
    columns = [c.key for c in form.inputs if c.kind == "text"]
    fields = [f.key for f in form.header_fields if f.kind == "text"]
    texts = marked(texts)
    title, rest = texts[0], texts[1:]
    answers: dict[str, Answer] = dict(zip(columns, rest, strict=False))
    header: dict[str, Answer] = dict(zip(fields, rest[len(columns) :], strict=False))
    row = FormRow("12.01.02.001", title, answers)
    period = Period(2025, 1) if form.period == "quarter" else Period(2025)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{form.file_prefix}.xlsx"
        write_lifecycle_form(path, form, "12", texts[-1], period, [row], header)
        opens(path)
        reading = read_lifecycle(load_workbook_data(path), form)
    (got,) = reading.entries
    assert (got.code, got.title) == ("12.01.02.001", expected(title))
    assert {key: got.values.get(key) for key in columns} == {
        key: expected(text) for key, text in answers.items()
    }
    assert {key: reading.header.get(key) for key in fields} == {
        key: expected(text) for key, text in header.items()
    }


@pytest.mark.parametrize("form", LIFECYCLE_FORMS, ids=lambda form: form.kind)
def test_lifecycle_forms_have_text_fields(form: spec_lc.FormSpec) -> None:
    # The property below covers them all: it needs at most 9 texts per form.
    texts = [c for c in form.inputs if c.kind == "text"] + [
        f for f in form.header_fields if f.kind == "text"
    ]
    assert 1 <= len(texts) <= 8


@pytest.mark.parametrize("form", LIFECYCLE_FORMS, ids=lambda form: form.kind)
@SETTINGS
@given(texts=st.lists(HOSTILE.filter(meaningful), min_size=10, max_size=10))
def test_lifecycle_form_round_trip(form: spec_lc.FormSpec, texts: list[str]) -> None:
    lifecycle_round_trip(form, texts)
