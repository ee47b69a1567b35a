"""One flow for the checker and the flowchart (sopxl/model/flow.py): what ``sopxl check``
says about the flow is what ``sopxl render`` draws."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from sopxl.model.flow import BranchState, FlowEdge, branches, flow_of, step_positions
from sopxl.model.sop import Sop, Step, Symbol
from sopxl.render.geometry import FlowFrame, layout_flowchart
from sopxl_demo.examples import surat_masuk
from tests.rule_fixtures import check
from tests.test_render_geometry import random_sops


@st.composite
def flawed_sops(draw: st.DrawFn) -> Sop:
    """Random SOPs with the slips people make: missing targets, a decision pointing at
    itself, duplicated step numbers."""
    sop = draw(random_sops())
    steps = list(sop.steps)
    for index, step in enumerate(steps):
        if step.symbol is Symbol.DECISION and draw(st.booleans()):
            field = draw(st.sampled_from(["yes_target", "no_target"]))
            value = draw(st.sampled_from([None, step.number]))
            steps[index] = replace(step, **{field: value})
    if len(steps) > 2 and draw(st.booleans()):
        index = draw(st.integers(1, len(steps) - 1))
        steps[index] = replace(steps[index], number=steps[index - 1].number)
    return replace(sop, steps=tuple(steps))


@settings(max_examples=150, deadline=None)
@given(sop=flawed_sops())
def test_the_arrows_are_the_flow_the_checker_walks(sop: Sop) -> None:
    flow = flow_of(sop)
    positions = step_positions(sop)
    for index, step in enumerate(sop.steps):
        drawn = {e.target for e in flow.edges if e.source == index}
        walked = set(flow.successors[index])
        if flow.ends[index]:
            assert not drawn and not walked
            continue
        if step.symbol is not Symbol.DECISION:
            assert drawn == walked == {index + 1}
            continue
        written = branches(step, positions)
        resolved = {b.target for b in written if b.target is not None}
        assert drawn == resolved  # the flowchart draws what is written, a loop included
        broken = [b for b in written if b.state is not BranchState.OK or b.target == index]
        # The checker walks the same, and past a broken branch on to the next step.
        onward = {index + 1} if broken and index + 1 < len(sop.steps) else set()
        assert walked == (resolved - {index}) | onward


def test_a_decision_naming_its_own_duplicated_number_goes_on_to_the_next_step() -> None:
    """Hypothesis found it: the second step numbered 2 decides Tidak -> 2. Its own No.
    (DECISION_TARGET_SELF), though it resolves to the first step 2: the arrow goes there,
    and the flow also goes on to the next step, as past every broken branch."""
    decision = Symbol.DECISION
    sop = Sop(
        steps=(
            Step(1, symbol=Symbol.TERMINATOR),
            Step(2, symbol=decision, yes_target=1, no_target=1),
            Step(2, symbol=decision, yes_target=1, no_target=2),
            Step(4, symbol=Symbol.TERMINATOR),
        )
    )
    flow = flow_of(sop)
    no = branches(sop.steps[2], step_positions(sop))[1]
    assert no.state is BranchState.SELF and no.target == 1
    assert {e.target for e in flow.edges if e.source == 2} == {0, 1}
    assert flow.successors[2] == (0, 1, 3)


def test_a_step_the_checker_calls_unreachable_has_no_arrow_from_the_start() -> None:
    sop = surat_masuk()
    # Step 2 decides: Ya to 4, Tidak to 4; step 3 is then reached by nothing.
    steps = tuple(replace(s, yes_target=4, no_target=4) if s.number == 2 else s for s in sop.steps)
    sop = replace(sop, steps=steps)
    findings = check(sop)
    unreachable = [f for f in findings if f.code == "STEP_UNREACHABLE"]
    assert [f.parameters["step"] for f in unreachable] == ["3"]
    diagram = layout_flowchart(sop, FlowFrame(column_width=60.0, actor_count=len(sop.actors)))
    assert FlowEdge(1, 3, "Ya/Tidak") in diagram.edges
    assert not [e for e in diagram.edges if e.target == 2]


def test_no_steps_make_no_flow() -> None:
    flow = flow_of(Sop(steps=()))
    assert flow.edges == () and flow.reached() == set() and flow.finishing() == set()
    one = flow_of(Sop(steps=(Step(1, symbol=Symbol.TERMINATOR),)))
    assert one.ends == (True,) and one.reached() == {0} == one.finishing()
