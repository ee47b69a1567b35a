"""The reader's map of where each field was read, and the steps it builds for speed."""

from __future__ import annotations

import dataclasses
import inspect
from pathlib import Path

import pytest

from sopxl.findings import FieldRef
from sopxl.model.sop import Step
from sopxl.reading.sop.cells import new_step
from sopxl_demo.examples import surat_masuk
from tests.rule_fixtures import sources_for
from tests.sop_fixtures import filled_form, read

SURAT = surat_masuk()


def test_sources_of_a_sopxl_form_are_those_the_rules_expect(tmp_path: Path) -> None:
    assert dict(read(filled_form(tmp_path)).sources) == sources_for(SURAT)


def test_sources_behave_as_a_mapping(tmp_path: Path) -> None:
    sources = read(filled_form(tmp_path)).sources
    eager = dict(sources)
    assert len(sources) == len(eager) == len(list(sources))
    assert sources == eager
    for ref, location in eager.items():
        assert ref in sources
        assert sources[ref] == location
        assert sources.get(ref) == location

    steps, actors = len(SURAT.steps), len(SURAT.actors)
    absent = (
        FieldRef("step", "description", index=steps),
        FieldRef("step", "description", index=-1),
        FieldRef("step", "description"),
        FieldRef("step", "number", index=0, actor=0),
        FieldRef("step", "actor", index=0, actor=actors),
        FieldRef("step", "actor", index=steps),
        FieldRef("step", "unknown", index=0),
        FieldRef("actor", index=actors),
        FieldRef("identity", "unknown"),
    )
    for ref in absent:
        assert ref not in sources
        assert sources.get(ref) is None
        assert sources.get(ref, "none") == "none"
        with pytest.raises(KeyError):
            sources[ref]


def test_a_step_made_without_its_init_is_the_same_step() -> None:
    # new_step fills a Step's __dict__: only right while Step's __init__ does no more.
    assert not hasattr(Step, "__post_init__")
    assert "__slots__" not in vars(Step)
    fields = [field.name for field in dataclasses.fields(Step)]
    assert list(inspect.signature(new_step).parameters) == fields

    for step in SURAT.steps:
        made = new_step(*(getattr(step, name) for name in fields))
        assert type(made) is Step
        assert made == step
        assert hash(made) == hash(step)
        assert repr(made) == repr(step)
        with pytest.raises(dataclasses.FrozenInstanceError):
            made.number = 0  # type: ignore[misc]
