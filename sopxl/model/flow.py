"""The flow of an SOP (Lampiran II angka 4): which step leads to which.

One definition, used by the checker (:mod:`sopxl.checking.rules.flow`) and by the
flowchart (:mod:`sopxl.render`):

* the first step by order is the start, whatever its symbol;
* a decision (Pengambilan Keputusan) flows to its Ya and Tidak targets. A target is a
  step number and names the first step carrying that No.; both answers to one step make
  one arrow labelled "Ya/Tidak";
* every Terminator other than the first step is an end: the flow stops there, and a step
  after it is reached only through a decision's target;
* the last step by order, unless it is a decision, is an end too (the table stops);
* every other step flows to the next step by order.

A decision's branch is *broken* when it is missing, names no step, or names the decision
itself (:class:`BranchState`). The flowchart draws what is written (no arrow for a
missing or unknown target, a loop for the decision itself); the checker reports the
branch and, so that one slip is not also reported on every step behind it, lets the
flow go on to the next step there (:attr:`Flow.successors`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Final, NamedTuple

from sopxl.model.sop import Sop, Step, Symbol

# Module constants: an Enum member looked up on its class costs ~7 times more (3.11).
_DECISION: Final = Symbol.DECISION
_TERMINATOR: Final = Symbol.TERMINATOR

YES: Final = "Ya"
NO: Final = "Tidak"
BRANCH_FIELDS: Final = (("yes_target", YES), ("no_target", NO))
"""A decision's two branches: the :class:`~sopxl.model.Step` field and its label."""


class BranchState(Enum):
    """Whether a decision's branch leads somewhere."""

    OK = "ok"
    MISSING = "missing"  # no target written
    SELF = "self"  # the decision's own No.
    UNKNOWN = "unknown"  # a No. no step carries


class Branch(NamedTuple):
    """One answer of a decision: ``field`` ("yes_target"/"no_target"), ``label``
    ("Ya"/"Tidak"), the step ``number`` written, and ``target``, the index into
    :attr:`Sop.steps` of the step it leads to (``None`` when missing or unknown)."""

    field: str
    label: str
    number: int | None
    target: int | None
    state: BranchState


class FlowEdge(NamedTuple):
    """A garis alir from the step at index ``source`` to the step at index ``target``
    (indices into :attr:`Sop.steps`, not step numbers). ``label`` is "Ya", "Tidak",
    "Ya/Tidak" (both answers lead to the same step) or ``None``."""

    source: int
    target: int
    label: str | None = None


def step_positions(sop: Sop) -> dict[int, int]:
    """Each step number -> the index of the first step carrying it (a duplicated number
    still resolves; the checker reports the duplicate)."""
    positions: dict[int, int] = {}
    for index, step in enumerate(sop.steps):
        positions.setdefault(step.number, index)
    return positions


def branches(step: Step, positions: dict[int, int]) -> tuple[Branch, ...]:
    """The Ya and Tidak branches written on ``step`` (whatever its symbol: the checker
    reports targets on a step that is no decision), resolved against ``positions``."""
    found: list[Branch] = []
    for field, label in BRANCH_FIELDS:
        number: int | None = getattr(step, field)
        target = positions.get(number) if number is not None else None
        if number is None:
            state = BranchState.MISSING
        elif number == step.number:
            state = BranchState.SELF
        elif target is None:
            state = BranchState.UNKNOWN
        else:
            state = BranchState.OK
        found.append(Branch(field, label, number, target, state))
    return tuple(found)


@dataclass(frozen=True)
class Flow:
    """The flow of one SOP. ``edges``: the arrows as written, ordered by source then by
    answer (what the flowchart draws). ``ends``: per step, whether the flow stops there.
    ``successors``: per step, where the flow goes on, a broken branch of a decision
    continuing to the next step (what the checker walks)."""

    edges: tuple[FlowEdge, ...]
    ends: tuple[bool, ...]
    successors: tuple[tuple[int, ...], ...]

    def reached(self) -> set[int]:
        """Every step reachable from the first step."""
        return _visit([0] if self.successors else [], self.successors)

    def finishing(self) -> set[int]:
        """Every step from which an end can be reached."""
        predecessors: list[list[int]] = [[] for _ in self.successors]
        for node, targets in enumerate(self.successors):
            for target in targets:
                predecessors[target].append(node)
        return _visit([node for node, end in enumerate(self.ends) if end], predecessors)


def flow_of(sop: Sop) -> Flow:
    """The :class:`Flow` of ``sop`` under the semantics of this module's docstring."""
    steps = sop.steps
    last = len(steps) - 1
    positions = step_positions(sop)
    edges: list[FlowEdge] = []
    ends: list[bool] = []
    successors: list[tuple[int, ...]] = []
    for index, step in enumerate(steps):
        following = (index + 1,) if index < last else ()
        if step.symbol is _DECISION:
            labels: dict[int, str] = {}
            onward: list[int] = []
            for branch in branches(step, positions):
                if branch.target is not None:
                    before = labels.get(branch.target)
                    labels[branch.target] = f"{before}/{branch.label}" if before else branch.label
                found = () if branch.target in (None, index) else (branch.target,)
                # A broken branch (missing, unknown, or the decision's own No.: even one
                # that resolves to an earlier step carrying the same No.) goes on too.
                broken = branch.state is not BranchState.OK
                for successor in (*found, *(following if broken or not found else ())):
                    if successor not in onward:
                        onward.append(successor)
            edges.extend(FlowEdge(index, target, label) for target, label in labels.items())
            successors.append(tuple(onward))
            ends.append(False)
        elif (step.symbol is _TERMINATOR and index != 0) or index == last:
            successors.append(())
            ends.append(True)
        else:
            edges.append(FlowEdge(index, index + 1))
            successors.append(following)
            ends.append(False)
    return Flow(tuple(edges), tuple(ends), tuple(successors))


def flow_edges(sop: Sop) -> tuple[FlowEdge, ...]:
    """The arrows of ``sop``'s flowchart (:attr:`Flow.edges`)."""
    return flow_of(sop).edges


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
