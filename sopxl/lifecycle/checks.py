"""Checks of a lifecycle form's answers that need no register: missing answers, dates
outside the period or in the future, stages out of the order of Pasal 12-16, an unmet
action. Each check yields findings (codes in :mod:`sopxl.messages.lifecycle`).

Which answers a row needs:
- Status SOP: nothing (an empty stage is a stage not yet reached), but each stage's pair
  of answers comes together (date and by whom / result / number / form), and stages
  follow Pasal 12-13: verification, then trial, then the Keputusan Bupati.
- Monitoring, Evaluasi, Pengawasan: a row with any answer needs all of the form's
  required answers, each missing one reported at its own (empty) cell. An answer that
  could not be read is reported once by the reader, never again as missing.
  Whether an empty row is owed an answer depends on the SOP being in force, which only
  the register knows: see :mod:`sopxl.kinds.lifecycle_apply`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

from sopxl.findings import Finding, finding
from sopxl.forms import lifecycle_spec as spec
from sopxl.lifecycle.reader import FormEntry, LifecycleReading
from sopxl.model.lifecycle import GRACE_DAYS, Period

STATUS_PAIRS: tuple[tuple[str, str], ...] = (
    ("verified_by", "verified_on"),
    ("trial_on", "trial_result"),
    ("decree_number", "decree_on"),
    ("socialised_on", "distributed_to"),
    ("trained_on", "training_form"),
)
STATUS_ORDER: tuple[tuple[str, str], ...] = (
    ("verified_on", "trial_on"),
    ("verified_on", "decree_on"),
    ("trial_on", "decree_on"),
)
"""(earlier, later) dates of Pasal 12-13: a pair out of order is a galat."""
AFTER_DECREE = ("socialised_on", "trained_on")
REQUIRED: dict[str, tuple[str, ...]] = {
    spec.MONITORING.kind: ("method", "monitored_on", "assessment", "assessor"),
    spec.EVALUATION.kind: (*(key for key, _ in spec.CRITERIA), "recommendation"),
    spec.SUPERVISION.kind: ("as_written", "supervisor"),
}
At = Callable[..., Finding]
"""Makes a finding at a row's field: ``at(entry, key, code, **params)``."""


def _label(form: spec.FormSpec, key: str) -> str:
    for column in form.columns:
        if column.key == key:
            return column.label
    for item in form.header_fields:
        if item.key == key:
            return item.label
    return key


def check_reading(reading: LifecycleReading, today: date | None = None) -> list[Finding]:
    """Every answer-level finding of ``reading`` (none when its period is unknown)."""
    if reading.period is None:
        return []
    return list(_check(reading, reading.period, today or date.today()))


def _check(reading: LifecycleReading, period: Period, today: date) -> Iterator[Finding]:
    form, file, sheet = reading.form, reading.file, reading.sheet

    def at(entry: FormEntry, key: str, code: str, **params: Any) -> Finding:
        return finding(
            code,
            file,
            sheet=sheet,
            row=entry.row,
            column=reading.columns.get(key),
            sop=entry.code,
            **params,
        )

    if period.start > today:
        yield finding("LC_PERIOD_FUTURE", file, sheet=sheet, period=period.label)
    seen: dict[str, int] = {}
    for entry in reading.entries:
        if entry.code in seen:
            yield at(entry, "code", "LC_SOP_DUPLICATE", other_row=seen[entry.code])
            continue
        seen[entry.code] = entry.row
        yield from _dates(form, entry, period, today, at)
        if form.kind == spec.STATUS.kind:
            yield from _status(form, entry, at)
        elif entry.answered:
            for key in REQUIRED[form.kind]:
                if key not in entry.values and key not in entry.unreadable:
                    yield at(entry, key, "LC_ANSWER_MISSING", label=_label(form, key))
            yield from _rules(form, entry, at)
    yield from _header(reading, period, today)


def _dates(
    form: spec.FormSpec, entry: FormEntry, period: Period, today: date, at: At
) -> Iterator[Finding]:
    for key, value in entry.values.items():
        if not isinstance(value, date):
            continue
        label = _label(form, key)
        # A status row records the SOP's whole history; other forms' dates lie in the period.
        early = form.kind != spec.STATUS.kind and value < period.start
        if early or value > period.end:
            yield at(
                entry,
                key,
                "LC_DATE_OUTSIDE_PERIOD",
                label=label,
                value=f"{value:%d/%m/%Y}",
                period=period.label,
            )
        elif value > today:
            yield at(entry, key, "LC_DATE_FUTURE", label=label, value=f"{value:%d/%m/%Y}")


def _status(form: spec.FormSpec, entry: FormEntry, at: At) -> Iterator[Finding]:
    values = entry.values
    given = set(values) | entry.unreadable
    for first, second in STATUS_PAIRS:
        if (first in given) != (second in given):
            missing = second if first in given else first
            yield at(entry, missing, "LC_ANSWER_MISSING", label=_label(form, missing))
    for earlier, later in STATUS_ORDER:
        a, b = values.get(earlier), values.get(later)
        if isinstance(a, date) and isinstance(b, date) and b < a:
            code = (
                "LC_DECREE_BEFORE_VERIFICATION"
                if earlier == "verified_on" and later == ("decree_on")
                else "LC_DATE_ORDER"
            )
            yield at(
                entry,
                later,
                code,
                label=_label(form, later),
                value=f"{b:%d/%m/%Y}",
                other=_label(form, earlier),
                other_date=f"{a:%d/%m/%Y}",
            )
    if "decree_on" in values or "decree_number" in values:
        skipped = [key for key in ("verified_on", "trial_on") if key not in given]
        if skipped:
            # At the first empty stage: that is the cell to fill.
            yield at(
                entry,
                skipped[0],
                "LC_STAGE_SKIPPED",
                label=", ".join(_label(form, key) for key in skipped),
            )
    decree = values.get("decree_on")
    if "decree_on" in entry.unreadable:
        return  # already a LC_DATE_INVALID: its order cannot be judged
    for key in AFTER_DECREE:
        value = values.get(key)
        if isinstance(value, date) and (not isinstance(decree, date) or value < decree):
            yield at(entry, key, "LC_BEFORE_DECREE", label=_label(form, key))


def _rules(form: spec.FormSpec, entry: FormEntry, at: At) -> Iterator[Finding]:
    values = entry.values
    if form.kind == spec.MONITORING.kind:
        if values.get("assessment") == spec.NOT_GOOD and "action" not in values:
            yield at(entry, "action", "LC_ACTION_MISSING", label=_label(form, "action"))
    elif form.kind == spec.SUPERVISION.kind:
        if values.get("as_written") is False:
            for key in ("deviations", "action"):
                if key not in values and key not in entry.unreadable:
                    yield at(entry, key, "LC_ACTION_MISSING", label=_label(form, key))
        elif "deviations" in values and "action" not in values:
            yield at(entry, "action", "LC_ACTION_MISSING", label=_label(form, "action"))
    elif form.kind == spec.EVALUATION.kind:
        failed = [label for key, label in spec.CRITERIA if values.get(key) is False]
        if failed and values.get("recommendation") == spec.KEEP:
            yield at(
                entry, "recommendation", "LC_EVALUATION_INCONSISTENT", criteria=", ".join(failed)
            )


def _header(reading: LifecycleReading, period: Period, today: date) -> Iterator[Finding]:
    form = reading.form
    last = period.end + timedelta(days=GRACE_DAYS)
    for item in form.header_fields:
        cell = reading.header_cells.get(item.key)
        if cell is None:
            continue  # already a LC_HEADER_MISSING
        where: dict[str, Any] = {"sheet": reading.sheet, "row": cell[0], "column": cell[1]}
        value = reading.header.get(item.key)
        if item.key in reading.header_unreadable:
            continue  # already a LC_DATE_INVALID: one mistake, one finding
        if value is None:
            yield finding("LC_HEADER_ANSWER_MISSING", reading.file, label=item.label, **where)
        elif isinstance(value, date) and not period.start <= value <= last:
            yield finding(
                "LC_REPORT_DATE_OUTSIDE",
                reading.file,
                label=item.label,
                value=f"{value:%d/%m/%Y}",
                first=f"{period.start:%d/%m/%Y}",
                last=f"{last:%d/%m/%Y}",
                **where,
            )
        elif isinstance(value, date) and value > today:
            yield finding(
                "LC_DATE_FUTURE",
                reading.file,
                label=item.label,
                value=f"{value:%d/%m/%Y}",
                sop="-",
                **where,
            )
