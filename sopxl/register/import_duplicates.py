"""The duplicate titles an import reports: the batch's titles against the register's."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sopxl.findings import finding
from sopxl.register.apply import REFUSED, ApplyResult, Session
from sopxl.register.import_report import MAX_DUPLICATES_PRINTED, DuplicateLine, DuplicateSummary
from sopxl.register.store import inventory_frame

if TYPE_CHECKING:
    from sopxl.register.workspace import Workspace

MAX_DUPLICATES_SHOWN = 3
"""Per title, the closest overlapping titles reported by an import."""


@dataclass(frozen=True)
class TitlePlace:
    """Where a file holds its titles: the file, its sheet, the 1-based title column."""

    file: str
    sheet: str | None
    column: int | None


def _place(row: Any) -> str:
    agency = row["agency_short"] or row["agency"]
    return f"{agency}, {row['unit']}, {row['section']}, Nomor SOP {row['code']}"


def report_duplicates(
    session: Session,
    places: Sequence[TitlePlace | None],
    results: list[ApplyResult],
    ws: Workspace,
) -> DuplicateSummary:
    """Add TITLE_DUPLICATE findings to each file (an inventory) whose titles overlap other titles of
    the register (its own SKPD or another), the closest :data:`MAX_DUPLICATES_SHOWN` per
    title; a pair of two titles of the batch is reported at both. Return how many groups
    and pairs (:class:`~sopxl.register.duplicates.Entry`) involve the batch, and the top
    few. ``places[i]`` says where file ``i`` holds its titles (``None``: it brings none)."""
    from sopxl.register.duplicates import search
    from sopxl.register.titles import SAME_SCORE

    owners: dict[int, tuple[int, int]] = {}  # title id -> (result index, row)
    for index, result in enumerate(results):
        if places[index] is not None and result.outcome != REFUSED:
            for title_id, row in result.titles.items():
                owners[title_id] = (index, row)
    if not owners:
        return DuplicateSummary()
    frame = inventory_frame(session.conn)
    ids = frame["title_id"].tolist()
    records = frame.to_dict("records")
    found = search(frame["title"].astype(str).tolist(), ws.duplicate_threshold, ws.title_matcher())
    mine = {position for position, title_id in enumerate(ids) if title_id in owners}
    for position in sorted(mine):
        # The closest few are enough to act on; the full list is `sopxl export duplicates`.
        matches = found.closest(position, MAX_DUPLICATES_SHOWN)
        if not matches:
            continue
        index, row = owners[ids[position]]
        place = places[index]
        assert place is not None  # owners are the files with a place
        a = records[position]
        for score, other in matches:
            b = records[other]
            results[index].findings.append(
                finding(
                    "TITLE_DUPLICATE",
                    place.file,
                    sheet=place.sheet,
                    row=row,
                    column=place.column,
                    title=a["title"],
                    place=_place(a),
                    how="sama dengan" if score >= SAME_SCORE else "mirip dengan",
                    other_title=b["title"],
                    other_place=_place(b),
                    score=score,
                    reason=found.reason(position, other),
                )
            )
    entries = [e for e in found.entries() if e.involves(mine)]
    top = tuple(
        DuplicateLine(
            score=e.score,
            title=records[e.a]["title"],
            place=_place(records[e.a]),
            other_title=records[e.b]["title"] if e.b is not None else "",
            other_place=_place(records[e.b]) if e.b is not None else "",
            size=len(e.members) if e.is_group else 0,
            reason=e.reason,
        )
        for e in entries[:MAX_DUPLICATES_PRINTED]
    )
    return DuplicateSummary(len(entries), sum(e.is_group for e in entries), top)
