"""Rules on the steps (Lampiran II angka 3) and the pelaksana.

At least one step; enough pelaksana, each named and used; each step's fields filled;
step numbers unique.
"""

from __future__ import annotations

from collections.abc import Iterator

from sopxl.checking.rules.context import RuleContext, _blank, _step_ref
from sopxl.findings import FieldRef, Finding
from sopxl.forms import sop_spec as spec
from sopxl.model.sop import Sop, Step


def steps_present(ctx: RuleContext) -> Iterator[Finding]:
    """The Uraian Prosedur holds at least one step (galat, Pasal 10(1))."""
    if not ctx.sop.steps:
        yield ctx.report("STEPS_EMPTY", FieldRef("sheet", spec.SHEET_PROCEDURE))


def _steps_by_actor(sop: Sop) -> dict[int, list[Step]]:
    by_actor: dict[int, list[Step]] = {}
    for step in sop.steps:
        if step.actor is not None:
            by_actor.setdefault(step.actor, []).append(step)
    return by_actor


def actors_enough(ctx: RuleContext) -> Iterator[Finding]:
    """The steps involve at least two different pelaksana (galat, Pasal 9(3)c).

    Counted are the pelaksana the steps actually mark, not the names in the header; two
    columns with the same jabatan are one party. When no step marks any pelaksana at all,
    every step already has STEP_ACTOR_MISSING and this rule stays silent.
    """
    by_actor = _steps_by_actor(ctx.sop)
    parties = {ctx.actor_label(actor).casefold() for actor in by_actor}
    if len(parties) == 1:
        actor = min(by_actor)
        yield ctx.report(
            "ACTORS_TOO_FEW", FieldRef("actor", index=actor), actor=ctx.actor_label(actor)
        )


def actors_named_and_used(ctx: RuleContext) -> Iterator[Finding]:
    """A pelaksana column a step uses has a jabatan (galat); a named pelaksana that no step
    uses is peringatan (Lampiran II Uraian Prosedur (2))."""
    sop = ctx.sop
    by_actor = _steps_by_actor(sop)
    for actor in range(max(len(sop.actors), max(by_actor, default=-1) + 1)):
        named = actor < len(sop.actors) and not _blank(sop.actors[actor].name)
        steps = by_actor.get(actor, [])
        if steps and not named:
            yield ctx.report(
                "ACTOR_NAME_MISSING",
                FieldRef("actor", index=actor),
                position=actor + 1,
                steps=", ".join(str(step.number) for step in steps),
            )
        elif named and not steps:
            name = sop.actors[actor].name.strip()
            yield ctx.report("ACTOR_UNUSED", FieldRef("actor", index=actor), value=name, actor=name)


def step_fields(ctx: RuleContext) -> Iterator[Finding]:
    """Every step has an uraian, one marked pelaksana with a Lampiran II symbol, an output
    and a waktu (galat; Cara Pengisian (13), (14), (16), (17); Pasal 4(5)).

    A pelaksana marked without a symbol (an "x" or "v" tick) reaches the model as an
    ``actor`` with ``symbol`` ``None``. An output of only "-" is missing; a waktu of "-"
    (no measurable time) is filled.
    """
    for index, step in enumerate(ctx.sop.steps):
        if _blank(step.description):
            yield ctx.report(
                "STEP_DESCRIPTION_MISSING", _step_ref(index, "description"), step=step.number
            )
        if step.actor is None:
            yield ctx.report("STEP_ACTOR_MISSING", _step_ref(index, "actor"), step=step.number)
        elif step.symbol is None:
            yield ctx.report(
                "STEP_SYMBOL_MISSING",
                _step_ref(index, "actor", step.actor),
                step=step.number,
                actor=ctx.actor_label(step.actor),
            )
        if step.duration is None:
            yield ctx.report(
                "STEP_DURATION_MISSING", _step_ref(index, "duration"), step=step.number
            )
        if _blank(step.output):
            yield ctx.report("STEP_OUTPUT_MISSING", _step_ref(index, "output"), step=step.number)


def step_numbers_unique(ctx: RuleContext) -> Iterator[Finding]:
    """No two steps share a No (galat); the second and later uses are reported."""
    seen: set[int] = set()
    for index, step in enumerate(ctx.sop.steps):
        if step.number in seen:
            yield ctx.report(
                "STEP_NUMBER_DUPLICATE",
                _step_ref(index, "number"),
                value=step.number,
                step=step.number,
            )
        seen.add(step.number)
