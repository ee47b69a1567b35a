"""Flow semantics of an SOP: which step leads to which, as the flowchart draws it.

The rules are those the checker applies too: steps run in order; a step that is not a
decision flows to the next step in order, unless it is a Terminator that is not the first
step (an end); a decision flows only to its Ya and Tidak targets. An arrow is never made
to a step that does not exist: a flawed SOP yields the edges that can be drawn, and the
checker reports the rest.
"""

from __future__ import annotations

from dataclasses import dataclass

from sopxl.model.sop import Sop, Symbol

YES = "Ya"
NO = "Tidak"


@dataclass(frozen=True)
class FlowEdge:
    """A garis alir from the step at index ``source`` to the step at index ``target``
    (indices into :attr:`Sop.steps`, not step numbers). ``label`` is "Ya", "Tidak",
    "Ya/Tidak" (both answers lead to the same step) or ``None``."""

    source: int
    target: int
    label: str | None = None


def flow_edges(sop: Sop) -> tuple[FlowEdge, ...]:
    """Every edge of the SOP's flow, ordered by source then by the order of its answers.

    Step numbers resolve to the first step carrying that number, so a duplicated number
    still draws something sensible (the checker reports the duplicate).
    """
    index_of: dict[int, int] = {}
    for index, step in enumerate(sop.steps):
        index_of.setdefault(step.number, index)

    edges: list[FlowEdge] = []
    last = len(sop.steps) - 1
    for index, step in enumerate(sop.steps):
        if step.symbol is Symbol.DECISION:
            found: dict[int, str] = {}
            for label, number in ((YES, step.yes_target), (NO, step.no_target)):
                if number is None or number not in index_of:
                    continue
                target = index_of[number]
                found[target] = f"{found[target]}/{label}" if target in found else label
            edges.extend(FlowEdge(index, target, label) for target, label in found.items())
        elif step.symbol is Symbol.TERMINATOR and index > 0:
            continue
        elif index < last:
            edges.append(FlowEdge(index, index + 1))
    return tuple(edges)
