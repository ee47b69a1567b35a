"""Rules on the flow of the procedure (Lampiran II angka 4), and :func:`flow_graph`.

The flow starts at the first step by order; every Terminator other than the first step
ends it. The rules check its ends, the decisions' Ya and Tidak targets, and that every
step is reachable from the start and can reach an end.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from typing import Final

from sopxl.checking.rules.context import RuleContext, _step_ref
from sopxl.findings import Finding
from sopxl.model.sop import Sop, Symbol

_BRANCHES: Final = (("yes_target", "Ya"), ("no_target", "Tidak"))


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
    a decision is ignored and reported (peringatan)."""
    numbers = {step.number for step in ctx.sop.steps}
    for index, step in enumerate(ctx.sop.steps):
        if step.symbol is not Symbol.DECISION:
            for key, branch in _BRANCHES:
                target: int | None = getattr(step, key)
                if target is not None:
                    yield ctx.report(
                        "TARGET_ON_NON_DECISION",
                        _step_ref(index, key),
                        value=target,
                        step=step.number,
                        branch=branch,
                    )
            continue
        for key, branch in _BRANCHES:
            target = getattr(step, key)
            ref = _step_ref(index, key)
            if target is None:
                yield ctx.report("DECISION_TARGET_MISSING", ref, step=step.number, branch=branch)
            elif target == step.number:
                yield ctx.report(
                    "DECISION_TARGET_SELF", ref, value=target, step=step.number, branch=branch
                )
            elif target not in numbers:
                yield ctx.report(
                    "DECISION_TARGET_UNKNOWN",
                    ref,
                    value=target,
                    step=step.number,
                    branch=branch,
                    target=target,
                )
        same = step.yes_target if step.yes_target == step.no_target else None
        # A missing, self or unknown pair is already reported twice above.
        if same is not None and same != step.number and same in numbers:
            yield ctx.report(
                "DECISION_TARGETS_SAME",
                _step_ref(index, "no_target"),
                value=same,
                step=step.number,
                target=same,
            )


def flow_graph(sop: Sop) -> tuple[list[list[int]], list[bool]]:
    """The flow of ``sop`` as successor lists over step positions, and which are ends.

    Semantics:

    * the first step by order is the start, whatever its symbol;
    * every Terminator other than the first step is an end: the flow stops there, and a
      step after it is reached only through a decision's target;
    * the last step by order, unless it is a decision, is also an end (the table stops);
      if it is not a Terminator that is FLOW_END_NOT_TERMINATOR, not a dead end of every
      step before it;
    * a decision flows only to its Ya and Tidak targets. A target refers to the first step
      with that No. A branch that is missing, unknown or points at the decision itself
      is reported by :func:`decision_targets`; for the flow it continues to the next
      step, so one slip is not also reported on every step behind it;
    * every other step flows to the next step by order.
    """
    steps = sop.steps
    last = len(steps) - 1
    position: dict[int, int] = {}
    for index, step in enumerate(steps):
        position.setdefault(step.number, index)
    successors: list[list[int]] = []
    ends: list[bool] = []
    for index, step in enumerate(steps):
        following = [index + 1] if index < last else []
        if step.symbol is Symbol.DECISION:
            targets: list[int] = []
            for key, _ in _BRANCHES:
                number: int | None = getattr(step, key)
                target = position.get(number) if number is not None else None
                for successor in following if target is None or target == index else [target]:
                    if successor not in targets:
                        targets.append(successor)
            successors.append(targets)
            ends.append(False)
        elif (step.symbol is Symbol.TERMINATOR and index != 0) or index == last:
            successors.append([])
            ends.append(True)
        else:
            successors.append(following)
            ends.append(False)
    return successors, ends


def _visit(starts: Iterable[int], successors: Sequence[Sequence[int]]) -> set[int]:
    """Every node reachable from ``starts`` (breadth-first; no recursion, any size)."""
    seen = set(starts)
    queue = deque(seen)
    while queue:
        node = queue.popleft()
        for successor in successors[node]:
            if successor not in seen:
                seen.add(successor)
                queue.append(successor)
    return seen


def flow_connected(ctx: RuleContext) -> Iterator[Finding]:
    """Every step is reachable from the first step (STEP_UNREACHABLE) and, when reached,
    can go on to an end (STEP_DEAD_END); each bad step is reported once (galat)."""
    successors, ends = flow_graph(ctx.sop)
    reached = _visit([0], successors)
    predecessors: list[list[int]] = [[] for _ in successors]
    for node, targets in enumerate(successors):
        for target in targets:
            predecessors[target].append(node)
    finishing = _visit([node for node, end in enumerate(ends) if end], predecessors)
    for index, step in enumerate(ctx.sop.steps):
        if index not in reached:
            yield ctx.report("STEP_UNREACHABLE", _step_ref(index, "number"), step=step.number)
        elif index not in finishing:
            yield ctx.report("STEP_DEAD_END", _step_ref(index, "number"), step=step.number)
