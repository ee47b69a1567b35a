"""The committed samples are what the generator writes, and the examples are clean SOPs.

The flow check below is an independent oracle written on the model in plain Python: it
does not use sopxl's rules, so a bug in the rules cannot hide a bad example.
To accept an intended change to the samples: `.venv/bin/python -m sopxl_demo.samples samples`.
"""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

import pytest

from sopxl.messages import catalogue
from sopxl.model.sop import Sop, Symbol
from sopxl_demo.examples import ALL_EXAMPLES, synthetic_sop
from sopxl_demo.samples import (
    PROBLEMS_DIR,
    STATIC_FILES,
    VARIANTS_DIR,
    parse_table,
    write_samples,
)
from tests.conftest import ROOT
from tests.xlsx_compare import xlsx_differences

SAMPLES = ROOT / "samples"
CODE_PATTERN = re.compile(r"^\d{2}\.\d{2}\.\d{2}\.\d{3}$")
LATEST_DATE = date(2026, 11, 27)


def flow_problems(sop: Sop) -> list[str]:
    """Every way ``sop`` breaks the clean-SOP invariants of Lampiran II (empty = clean).

    First step = start; every Terminator other than the first step is an end; a decision
    flows only to its Ya and Tidak targets; any other step flows to the next one.
    """
    steps = sop.steps
    if not steps:
        return ["no steps"]
    problems: list[str] = []
    numbers = [step.number for step in steps]
    if numbers != list(range(1, len(steps) + 1)):
        problems.append(f"steps not numbered 1..n: {numbers}")
    if steps[0].symbol is not Symbol.TERMINATOR:
        problems.append("first step is not a Terminator")
    if steps[-1].symbol is not Symbol.TERMINATOR:
        problems.append("last step is not a Terminator")

    edges: dict[int, list[int]] = {}
    for index, step in enumerate(steps):
        if step.symbol is None or step.actor is None or not 0 <= step.actor < len(sop.actors):
            problems.append(f"step {step.number}: no pelaksana or symbol")
        if not step.description.strip() or not step.output.strip():
            problems.append(f"step {step.number}: uraian or output missing")
        if step.duration is None or step.duration.amount is None:
            problems.append(f"step {step.number}: waktu missing")
        if step.symbol is Symbol.DECISION:
            targets = [step.yes_target, step.no_target]
            if any(target not in numbers for target in targets):
                problems.append(f"step {step.number}: decision targets {targets}")
            if step.number in targets or step.yes_target == step.no_target:
                problems.append(f"step {step.number}: decision does not branch")
            edges[step.number] = [t for t in targets if t is not None and t in numbers]
        else:
            if step.yes_target is not None or step.no_target is not None:
                problems.append(f"step {step.number}: targets on a non-decision")
            is_end = step.symbol is Symbol.TERMINATOR and index > 0
            last = index + 1 == len(steps)
            edges[step.number] = [] if is_end or last else [steps[index + 1].number]

    used = {step.actor for step in steps}
    if len(used) < 2:
        problems.append("fewer than two pelaksana take part")
    if used != set(range(len(sop.actors))):
        problems.append(f"pelaksana columns used {sorted(map(str, used))} of {len(sop.actors)}")

    reached = {numbers[0]}
    pending = [numbers[0]]
    while pending:
        for target in edges[pending.pop()]:
            if target not in reached:
                reached.add(target)
                pending.append(target)
    problems += [f"step {n}: unreachable" for n in numbers if n not in reached]

    ends = {s.number for i, s in enumerate(steps) if i > 0 and s.symbol is Symbol.TERMINATOR}
    finishing = set(ends)
    grew = True
    while grew:
        grew = False
        for number, targets in edges.items():
            if number not in finishing and finishing.intersection(targets):
                finishing.add(number)
                grew = True
    problems += [f"step {n}: cannot reach an end" for n in numbers if n not in finishing]
    return problems


def identity_problems(sop: Sop) -> list[str]:
    """Identity facts every example must get right (code, dates, NIP, lists)."""
    ident = sop.identity
    problems = [
        name
        for name in ("agency", "unit", "section", "code", "approved_by", "title")
        if not getattr(ident, name).strip()
    ]
    if not CODE_PATTERN.match(ident.code):
        problems.append(f"code {ident.code!r}")
    made, approved = ident.made_on, ident.approved_on
    if made is None or approved is None:
        problems.append("dates missing")
    elif not date(2024, 1, 1) <= made <= approved <= LATEST_DATE:
        problems.append(f"dates {made} {approved}")
    elif ident.revised_on is not None and not made < ident.revised_on <= LATEST_DATE:
        problems.append(f"revised {ident.revised_on}")
    if not ident.legal_basis:
        problems.append("no dasar hukum")
    nip = ident.approval.nip
    if not (len(nip) == 18 and nip.isdigit()):
        problems.append(f"NIP {nip!r}")
    else:
        born = date(int(nip[:4]), int(nip[4:6]), int(nip[6:8]))
        appointed_year, appointed_month = int(nip[8:12]), int(nip[12:14])
        if not (18 <= appointed_year - born.year <= 35 and 1 <= appointed_month <= 12):
            problems.append(f"NIP {nip} birth/appointment inconsistent")
        if nip[14] not in "12":
            problems.append(f"NIP {nip} gender digit")
    return problems


# --- (b) the examples are clean -----------------------------------------------------


@pytest.mark.parametrize("stem", sorted(ALL_EXAMPLES))
def test_example_is_a_clean_sop(stem: str) -> None:
    sop = ALL_EXAMPLES[stem]()
    assert flow_problems(sop) == []
    assert identity_problems(sop) == []


def test_examples_cover_what_rendering_needs() -> None:
    sops = [build() for build in ALL_EXAMPLES.values()]
    assert len(sops) >= 6
    symbols = {step.symbol for sop in sops for step in sop.steps}
    assert symbols == set(Symbol)
    assert any(len(sop.actors) >= 6 and 10 <= len(sop.steps) <= 12 for sop in sops)
    assert any(len(sop.steps) >= 20 and len(sop.actors) >= 6 for sop in sops)
    back_edges = [
        step
        for sop in sops
        for step in sop.steps
        if step.no_target is not None and step.no_target < step.number
    ]
    assert back_edges
    assert all(4 <= len(sop.steps) <= 12 or len(sop.steps) >= 20 for sop in sops)


@pytest.mark.parametrize("seed", range(40))
def test_synthetic_sop_is_clean(seed: int) -> None:
    sop = synthetic_sop(seed, steps=30, actors=4 + seed % 2)
    assert len(sop.steps) == 30
    assert len(sop.actors) == 4 + seed % 2
    assert flow_problems(sop) == []
    assert identity_problems(sop) == []


def test_synthetic_sop_is_deterministic_and_varied() -> None:
    assert synthetic_sop(7) == synthetic_sop(7)
    titles = {synthetic_sop(seed).identity.title for seed in range(20)}
    descriptions = {step.description for seed in range(5) for step in synthetic_sop(seed).steps}
    assert len(titles) == 20
    assert len(descriptions) > 60
    assert any(
        step.symbol is Symbol.DECISION for seed in range(5) for step in synthetic_sop(seed).steps
    )


@pytest.mark.parametrize(("steps", "actors"), [(3, 2), (10, 1), (4, 5), (30, 10)])
def test_synthetic_sop_refuses_impossible_sizes(steps: int, actors: int) -> None:
    with pytest.raises(ValueError, match="cannot make"):
        synthetic_sop(1, steps=steps, actors=actors)


def test_the_oracle_sees_a_broken_flow() -> None:
    import dataclasses

    sop = ALL_EXAMPLES["sop-sktm"]()
    skipping = dataclasses.replace(
        sop,
        steps=tuple(
            dataclasses.replace(step, yes_target=5) if step.number == 3 else step
            for step in sop.steps
        ),
    )
    assert flow_problems(skipping) == ["step 4: unreachable"]
    looping = dataclasses.replace(
        sop,
        steps=tuple(
            dataclasses.replace(step, yes_target=2) if step.number == 6 else step
            for step in sop.steps
        ),
    )
    assert "step 6: cannot reach an end" in flow_problems(looping)


# --- (a) committed samples = generator output ---------------------------------------


def _relative_files(folder: Path) -> set[str]:
    """Files of the sample generator's part of ``folder``: its top level, ``bermasalah/``
    and ``variasi/`` (other subfolders hold other areas' samples)."""
    return {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and (p.parent == folder or p.parent.name in (PROBLEMS_DIR, VARIANTS_DIR))
    }


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("samples")
    write_samples(folder)
    return folder


def test_committed_samples_are_what_the_generator_writes(generated: Path) -> None:
    committed = _relative_files(SAMPLES) - set(STATIC_FILES)
    assert committed == _relative_files(generated)
    for name in sorted(committed):
        actual, expected = generated / name, SAMPLES / name
        if zipfile.is_zipfile(expected):
            differences = xlsx_differences(actual, expected)
            assert not differences, f"{name} differs from the generator:\n{differences}"
        else:
            assert actual.read_bytes() == expected.read_bytes(), f"{name} differs"


def test_static_fixtures_are_committed() -> None:
    for name in STATIC_FILES:
        data = (SAMPLES / name).read_bytes()
        assert data.startswith(b"\xd0\xcf\x11\xe0"), f"{name} is not an OLE2 (.xls) file"


def test_generation_is_byte_stable_and_reports_its_files(generated: Path, tmp_path: Path) -> None:
    written = write_samples(tmp_path)
    assert {p.relative_to(tmp_path).as_posix() for p in written} == _relative_files(tmp_path)
    for name in sorted(_relative_files(tmp_path)):
        assert (tmp_path / name).read_bytes() == (generated / name).read_bytes(), name


# --- (c) the README tables list every file ------------------------------------------


@pytest.mark.parametrize("subfolder", [PROBLEMS_DIR, VARIANTS_DIR])
def test_readme_table_lists_every_file(subfolder: str) -> None:
    folder = SAMPLES / subfolder
    rows = parse_table((folder / "README.md").read_text(encoding="utf-8"))
    listed = [row.file for row in rows]
    assert sorted(listed) == sorted(_relative_files(folder) - {"README.md"})
    assert len(listed) == len(set(listed))
    codes = catalogue()
    for row in rows:
        for expected in row.findings:
            assert expected.code in codes, f"{row.file}: unknown code {expected.code}"
            assert expected.cell is None or re.fullmatch(r"[^!]+![A-Z]+\d+", expected.cell)


def test_every_problem_form_has_one_finding_and_variants_no_galat() -> None:
    problems = parse_table((SAMPLES / PROBLEMS_DIR / "README.md").read_text(encoding="utf-8"))
    variants = parse_table((SAMPLES / VARIANTS_DIR / "README.md").read_text(encoding="utf-8"))
    assert len(problems) >= 10
    for row in problems:
        assert len(row.findings) == 1, f"{row.file}: one defect, one finding"
    for row in variants:
        assert all(f.kind == "peringatan" for f in row.findings), row.file


def test_samples_readme_lists_every_example() -> None:
    readme = (SAMPLES / "README.md").read_text(encoding="utf-8")
    for stem in ALL_EXAMPLES:
        assert f"| {stem}.xlsx |" in readme


def test_module_entry_point(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sopxl_demo.samples

    monkeypatch.setattr(sopxl_demo.samples, "write_samples", lambda folder: [folder / "a.xlsx"])
    assert sopxl_demo.samples.main([str(tmp_path)]) == 0
    assert "1 berkas contoh ditulis" in capsys.readouterr().out
    assert sopxl_demo.samples.main([]) == 2


# --- the speed benchmark's own parts --------------------------------------------------


def test_benchmark_generates_forms_once_and_reads_every_cell(tmp_path: Path) -> None:
    from benchmarks import check_speed

    paths = check_speed.generate_forms(tmp_path, 3, workers=1)
    assert [p.name for p in paths] == [f"sop-sintetis-0000{i}.xlsx" for i in range(3)]
    stamps = [p.stat().st_mtime_ns for p in paths]
    assert check_speed.generate_forms(tmp_path, 3, workers=1) == paths
    assert [p.stat().st_mtime_ns for p in paths] == stamps

    seconds, cells = check_speed.time_bare_read(paths, repeat=2)
    assert seconds > 0
    # Every sheet is read whole, so the 30 step rows of each procedure sheet are in it.
    assert cells > 3 * 30 * 10
    assert cells == sum(check_speed.bare_read([path]) for path in paths)
