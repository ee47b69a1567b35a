"""Rules on the flow of the procedure (Lampiran II angka 4).

What the flow is (which step leads to which, where it ends, what a decision's target
resolves to) is :mod:`sopxl.model.flow`, shared with the flowchart. The rules check its ends,
the decisions' Ya and Tidak targets, and that every step is reachable from the start and
can reach an end.
"""

from __future__ import annotations

from collections.abc import Iterator

from sopxl.checking.rules.context import RuleContext, _step_ref
from sopxl.findings import Finding
from sopxl.model.flow import BranchState, branches, flow_of, step_positions
from sopxl.model.sop import Symbol

_DECISION = Symbol.DECISION  # looked up once: on its class, ~75 ns a time (3.11)


def flow_ends(ctx: RuleContext) -> Iterator[Finding]:
    """The first step by order and the last step by order use the Terminator (galat).

    A step without a symbol is already reported by
    :func:`~sopxl.checking.rules.steps.step_fields`, so it is not reported again here.
    """
    steps = ctx.sop.steps
    for index, code in (
        (0, "FLOW_START_NOT_TERMINATOR"),
        (len(steps) - 1, "FLOW_END_NOT_TERMINATOR"),
    ):
        step = steps[index]
        if step.symbol is not None and step.symbol is not Symbol.TERMINATOR:
            yield ctx.report(
                code,
                _step_ref(index, "actor", step.actor),
                value=step.symbol.label,
                step=step.number,
                symbol=step.symbol.label,
            )


def decision_targets(ctx: RuleContext) -> Iterator[Finding]:
    """A decision has a Ya and a Tidak target, each an existing step other than itself
    (galat); two equal targets do not branch (peringatan); a target on a step that is not
    a decision is ignored and reported (peringatan). What a target resolves to is
    :func:`sopxl.model.flow.branches`, the same resolution the flowchart draws."""
    positions = step_positions(ctx.sop)
    for index, step in enumerate(ctx.sop.steps):
        if step.symbol is not _DECISION and step.yes_target is None and step.no_target is None:
            continue  # most steps: nothing written, nothing to say (and no branches built)
        written = branches(step, positions)
        if step.symbol is not _DECISION:
            for branch in written:
                if branch.number is not None:
                    yield ctx.report(
                        "TARGET_ON_NON_DECISION",
                        _step_ref(index, branch.field),
                        value=branch.number,
                        step=step.number,
                        branch=branch.label,
                    )
            continue
        for branch in written:
            ref = _step_ref(index, branch.field)
            if branch.state is BranchState.MISSING:
                yield ctx.report(
                    "DECISION_TARGET_MISSING", ref, step=step.number, branch=branch.label
                )
            elif branch.state is BranchState.SELF:
                yield ctx.report(
                    "DECISION_TARGET_SELF",
                    ref,
                    value=branch.number,
                    step=step.number,
                    branch=branch.label,
                )
            elif branch.state is BranchState.UNKNOWN:
                yield ctx.report(
                    "DECISION_TARGET_UNKNOWN",
                    ref,
                    value=branch.number,
                    step=step.number,
                    branch=branch.label,
                    target=branch.number,
                )
        yes, no = written
        # A missing, self or unknown pair is already reported twice above.
        if yes.state is BranchState.OK and no.state is BranchState.OK and yes.number == no.number:
            yield ctx.report(
                "DECISION_TARGETS_SAME",
                _step_ref(index, "no_target"),
                value=no.number,
                step=step.number,
                target=no.number,
            )


def flow_connected(ctx: RuleContext) -> Iterator[Finding]:
    """Every step is reachable from the first step (STEP_UNREACHABLE) and, when reached,
    can go on to an end (STEP_DEAD_END); each bad step is reported once (galat). The
    flow is :func:`sopxl.model.flow.flow_of`'s, the one the flowchart draws."""
    flow = flow_of(ctx.sop)
    reached = flow.reached()
    finishing = flow.finishing()
    for index, step in enumerate(ctx.sop.steps):
        if index not in reached:
            yield ctx.report("STEP_UNREACHABLE", _step_ref(index, "number"), step=step.number)
        elif index not in finishing:
            yield ctx.report("STEP_DEAD_END", _step_ref(index, "number"), step=step.number)
