"""The koordinator's dashboard: the numbers of the report to the Bupati (Pasal 21), for
the screen. They come from :func:`sopxl.lifecycle.report.report_frames`, the very frames
``sopxl export report`` writes, so the page and the workbook never disagree."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from sopxl.register.store import Register


@dataclass(frozen=True)
class Dashboard:
    year: int
    stage_columns: tuple[tuple[str, str], ...]
    stages: list[dict[str, Any]]
    totals: dict[str, int]
    evaluation: list[dict[str, Any]]
    coverage: list[dict[str, Any]]
    review: list[dict[str, Any]]

    @property
    def largest(self) -> int:
        """The largest count of titles of one SKPD (the full width of a bar)."""
        return max((int(row["coded"]) for row in self.stages), default=0) or 1


def _records(frame: Any) -> list[dict[str, Any]]:
    return [{str(k): v for k, v in row.items()} for row in frame.to_dict("records")]


def dashboard_data(register: Register, year: int) -> Dashboard:
    from sopxl.lifecycle.report import STAGE_COLUMNS, report_frames

    frames = report_frames(register, year)
    stages = _records(frames.stages)
    totals = {key: sum(int(row[key]) for row in stages) for key, _ in STAGE_COLUMNS}
    return Dashboard(
        year=year,
        stage_columns=STAGE_COLUMNS,
        stages=stages,
        totals=totals,
        evaluation=_records(frames.evaluation),
        coverage=_records(frames.coverage),
        review=_records(frames.review),
    )


def register_version(register: Register) -> tuple[int, int]:
    """Changes whenever the register does: every import that changes it is a new run."""
    from sqlalchemy import func, select

    from sopxl.register import schema

    with register.reading() as conn:
        row = conn.execute(
            select(func.coalesce(func.max(schema.runs.c.id), 0), func.count(schema.runs.c.id))
        ).one()
    return int(row[0]), int(row[1])


class DashboardCache:
    """The dashboard of each year, computed again only when the register has changed
    (computing it reads every title and this year's lifecycle answers: ~0.2 s for 6,000
    titles). Computed once however many views ask for it at the same moment."""

    LIMIT = 8

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._computing = threading.Lock()
        self._cached: dict[int, tuple[tuple[int, int], Dashboard]] = {}

    def _found(self, year: int, version: tuple[int, int]) -> Dashboard | None:
        with self._lock:
            found = self._cached.get(year)
        return found[1] if found is not None and found[0] == version else None

    def get(self, register: Register, year: int) -> Dashboard:
        version = register_version(register)
        data = self._found(year, version)
        if data is not None:
            return data
        with self._computing:  # a view that arrives meanwhile waits for this one
            data = self._found(year, version)
            if data is None:
                data = dashboard_data(register, year)
                self._store(year, version, data)
        return data

    def _store(self, year: int, version: tuple[int, int], data: Dashboard) -> None:
        with self._lock:
            if len(self._cached) >= self.LIMIT:
                self._cached.clear()
            self._cached[year] = (version, data)
