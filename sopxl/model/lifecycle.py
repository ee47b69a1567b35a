"""Lifecycle values: reporting periods (a year, or a quarter of Pasal 19 ayat (2)), the
review due date of Pasal 20 ayat (1) and the answers a lifecycle form holds.

Review arithmetic, decided once here: an SOP enacted (or last reviewed) on day D is due
for review on the same day and month two years later. Two years after 29 February is
**28 February** (the last day of that month, as periods in years are counted when the
month has no such day: the review is never later than two calendar years). An SOP is
*due* on its due date itself (``due <= as_of``), and *due soon* when its due date falls
within ``within`` days after ``as_of`` (``as_of < due <= as_of + within``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from sopxl.errors import UsageError

REVIEW_YEARS = 2
GRACE_DAYS = 31
"""A report about a period may be dated up to this many days after the period ends
(the evaluation at the end of the year, the quarterly supervision report)."""
ROMAN = ("I", "II", "III", "IV")
Answer = str | date | bool | None
"""One answer of a lifecycle form (Status SOP, Monitoring, Evaluasi, Laporan Pengawasan):
text, a date, Ya/Tidak, or nothing."""
_PERIOD_RE = re.compile(r"^\s*(\d{4})\s*(?:[-/ ]?\s*(?:Q|TW|T)\s*([1-4]))?\s*$", re.IGNORECASE)


@dataclass(frozen=True, order=True)
class Period:
    """A year (``quarter`` is ``None``) or one quarter of a year."""

    year: int
    quarter: int | None = None

    @property
    def key(self) -> str:
        """``2026`` or ``2026Q1``: how the period is stamped and stored."""
        return str(self.year) if self.quarter is None else f"{self.year}Q{self.quarter}"

    @property
    def start(self) -> date:
        return date(self.year, 1 if self.quarter is None else 3 * self.quarter - 2, 1)

    @property
    def end(self) -> date:
        if self.quarter is None or self.quarter == 4:
            return date(self.year, 12, 31)
        return date(self.year, 3 * self.quarter + 1, 1) - timedelta(days=1)

    @property
    def label(self) -> str:
        """As a person reads it: ``Tahun 2026``, ``Triwulan I Tahun 2026``."""
        if self.quarter is None:
            return f"Tahun {self.year}"
        return f"Triwulan {ROMAN[self.quarter - 1]} Tahun {self.year}"

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def parse_period(text: str, kind: str | None = None) -> Period:
    """Read ``2026`` or ``2026Q1`` (also ``2026-Q1``, ``2026 TW1``). ``kind`` (``year`` or
    ``quarter``) demands one of them. Raises :class:`UsageError` in Indonesian."""
    match = _PERIOD_RE.match(text or "")
    if match is None or not 1900 <= int(match.group(1)) <= 2999:
        raise UsageError(
            f"Periode '{text}' tidak dikenal: tulis tahun (misalnya 2026) atau triwulan "
            "(misalnya 2026Q1)."
        )
    period = Period(int(match.group(1)), int(match.group(2)) if match.group(2) else None)
    if kind == "year" and period.quarter is not None:
        raise UsageError(f"Formulir ini per tahun: tulis --period {period.year}, bukan {text}.")
    if kind == "quarter" and period.quarter is None:
        raise UsageError(
            f"Laporan pengawasan per triwulan (Pasal 19 ayat (2)): tulis misalnya "
            f"--period {period.year}Q1, bukan {text}."
        )
    return period


def period_from_label(text: str) -> Period | None:
    """The period of a visible label (``Triwulan II Tahun 2026``, ``Tahun 2026``, or a
    key); ``None`` when it cannot be read."""
    found = re.search(r"(?:Triwulan\s+(IV|I{1,3}|[1-4])\s+)?Tahun\s+(\d{4})", text, re.I)
    if found is None:
        try:
            return parse_period(text)
        except UsageError:
            return None
    quarter = found.group(1)
    number = None
    if quarter:
        number = int(quarter) if quarter.isdigit() else ROMAN.index(quarter.upper()) + 1
    return Period(int(found.group(2)), number)


def add_years(day: date, years: int) -> date:
    """``day`` moved ``years`` years on; 29 February becomes 28 February in a common
    year (see the module docstring)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def review_due(enacted: date, last_review: date | None = None) -> date:
    """When the SOP must next be reviewed (Pasal 20 ayat (1)): two years after the later
    of its enactment and its last review."""
    base = max(enacted, last_review) if last_review is not None else enacted
    return add_years(base, REVIEW_YEARS)


def review_state(due: date, as_of: date, within: int) -> str | None:
    """``jatuh tempo`` (due on or before ``as_of``), ``segera`` (due within ``within``
    days after it) or ``None``."""
    if due <= as_of:
        return "jatuh tempo"
    if due <= as_of + timedelta(days=within):
        return "segera"
    return None
