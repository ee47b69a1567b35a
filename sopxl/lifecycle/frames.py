"""The lifecycle records of the register as pandas DataFrames (usable without the CLI).

Only *current* forms count (the last import for a kind, SKPD and period); superseded
forms stay in the register as history and are left out here unless asked for.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pandas as pd
from sqlalchemy import select

from sopxl.forms import lifecycle_spec as spec
from sopxl.register import schema as s
from sopxl.register.store import Register, result_frame


def answers_frame(
    register: Register,
    kind: str,
    period: str | None = None,
    history: bool = False,
    columns: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Every recorded answer row of forms of ``kind`` (a ``sopxl_kind``), optionally of
    periods starting with ``period`` (``2026`` gives the year and its quarters).

    Columns: agency_code, agency, agency_short, period, code, title, title_id, row, the
    form's answer fields, its header fields, imported_at, form_id, superseded (with
    ``history`` only: superseded forms are otherwise left out). ``columns``: only those
    (the same rows, in the same order): a count over 24,000 answer rows reads a few
    columns rather than every one.
    """
    form = spec.BY_KIND[kind]
    f, a, t, c, r = s.lifecycle_forms, s.agencies, s.titles, s.codes, s.runs
    table = s.ANSWER_TABLES[kind]
    every = (
        a.c.code.label("agency_code"),
        a.c.name.label("agency"),
        a.c.short_name.label("agency_short"),
        f.c.period,
        c.c.code,
        t.c.title,
        t.c.id.label("title_id"),
        table.c.row,
        *(table.c[column.key] for column in form.inputs),
        *(f.c[item.key] for item in form.header_fields),
        r.c.started_at.label("imported_at"),
        f.c.id.label("form_id"),
        f.c.superseded_run.is_not(None).label("superseded"),
    )
    chosen: tuple[Any, ...] = every
    if columns is not None:
        by_name = {column.name: column for column in every}
        chosen = tuple(by_name[name] for name in columns)
    query = (
        select(*chosen)
        .select_from(
            table.join(f, table.c.form_id == f.c.id)
            .join(a, f.c.agency_id == a.c.id)
            .join(t, table.c.title_id == t.c.id)
            .outerjoin(c, c.c.title_id == t.c.id)
            .join(r, f.c.run_id == r.c.id)
        )
        .where(f.c.kind == kind)
        .order_by(a.c.code, f.c.period, f.c.id, c.c.code)
    )
    if period is not None:
        query = query.where(f.c.period.startswith(period))
    if not history:
        query = query.where(f.c.superseded_run.is_(None))
    with register.reading() as conn:
        return result_frame(conn.execute(query))


def forms_frame(register: Register, kind: str | None = None) -> pd.DataFrame:
    """Every imported lifecycle form: kind, agency_code, period, path, imported_at,
    superseded_at (``None`` for the current one), answered (rows recorded)."""
    f, a, r = s.lifecycle_forms, s.agencies, s.runs
    later = r.alias("later")
    query = (
        select(
            f.c.id.label("form_id"),
            f.c.kind,
            a.c.code.label("agency_code"),
            f.c.period,
            f.c.path,
            r.c.started_at.label("imported_at"),
            later.c.started_at.label("superseded_at"),
            *(f.c[key] for key in ("evaluated_on", "evaluators", "reported_on", "reported_to")),
        )
        .select_from(
            f.join(a, f.c.agency_id == a.c.id)
            .join(r, f.c.run_id == r.c.id)
            .outerjoin(later, f.c.superseded_run == later.c.id)
        )
        .order_by(f.c.id)
    )
    if kind is not None:
        query = query.where(f.c.kind == kind)
    with register.reading() as conn:
        return result_frame(conn.execute(query))


def status_frame(
    register: Register, year: int | None = None, answers: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Each SOP's latest recorded status: from the current Status SOP form of the latest
    year (up to ``year``) that lists it. Same columns as :func:`answers_frame`.
    ``answers``: ``answers_frame(register, "status_sop")`` when the caller has read it
    already (a report needs the status of several years: it is read once)."""
    frame = answers if answers is not None else answers_frame(register, spec.STATUS.kind)
    if year is not None:
        frame = frame[frame["period"].astype(str) <= str(year)]
    if frame.empty:
        return frame.reset_index(drop=True)
    frame = frame.sort_values(["period", "form_id"], kind="stable")
    return frame.drop_duplicates("title_id", keep="last").reset_index(drop=True)


def enacted_titles(
    register: Register, until: date, status: pd.DataFrame | None = None
) -> dict[int, date]:
    """title id -> Keputusan Bupati date, for SOPs enacted on or before ``until``.
    ``status``: ``status_frame(register, until.year)`` when the caller has it already."""
    frame = status if status is not None else status_frame(register, until.year)
    found: dict[int, date] = {}
    for title_id, decree in zip(
        frame["title_id"].tolist(), frame["decree_on"].tolist(), strict=True
    ):
        if isinstance(decree, date) and decree <= until:
            found[int(title_id)] = decree
    return found
