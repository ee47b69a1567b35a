"""Dates as people type them into a Tanggal cell (see :func:`parse_date`)."""

from __future__ import annotations

import math
import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Final

from sopxl.parsing.common import DASHES, clean_typed

# Excel's 1900 date system: serial 1 is 1900-01-01 and, to stay compatible with Lotus 1-2-3,
# serial 60 is the non-existent 1900-02-29. Serials after it are therefore one day ahead of
# a plain count from 1899-12-31, hence the two bases.
_EXCEL_BASE_EARLY: Final = date(1899, 12, 31)
_EXCEL_BASE: Final = date(1899, 12, 30)
_EXCEL_FAKE_LEAP_DAY: Final = 60
_EXCEL_MAX_SERIAL: Final = 2958465  # 9999-12-31, the last date Excel can show

_MONTHS: Final[dict[str, int]] = {
    # Indonesian, with the old spellings (Pebruari, Nopember) still found in older forms
    # and the abbreviations people use in tables.
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "pebruari": 2,
    "feb": 2,
    "peb": 2,
    "maret": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "agustus": 8,
    "agt": 8,
    "agu": 8,
    "ags": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nopember": 11,
    "nov": 11,
    "nop": 11,
    "desember": 12,
    "des": 12,
    "dec": 12,
    # English names that differ from the Indonesian ones above.
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "october": 10,
    "december": 12,
}

# A weekday written before the date ("Senin, 30 April 2012") is dropped without being
# checked against the date: a wrong weekday is a slip, the date itself is what counts.
_WEEKDAY_PREFIX: Final = re.compile(
    r"^(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s*"
)

# 2012-04-30, optionally with the time part that str(datetime) and CSV exports append.
_ISO_DATE: Final = re.compile(
    r"^(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
    r"(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)
# 30-04-2012, 30/4/2012, 30.04.12: always day first, as in Indonesia. The separator must be
# the same twice so that a slip such as "30-04/2012" is reported rather than guessed.
_NUMERIC_DATE: Final = re.compile(
    r"^(?P<d>\d{1,2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})$"
)
_ORDINAL: Final = r"(?:st|nd|rd|th)?"
# 30 April 2012, 30-Apr-2012, 30 Apr. 2012, 30th April 2012
_DAY_MONTH_YEAR: Final = re.compile(
    rf"^(?P<d>\d{{1,2}}){_ORDINAL}[ \-/.]*(?P<m>[^\W\d_]+)\.?[ \-/.,]*(?P<y>\d{{4}}|\d{{2}})$"
)
# April 30, 2012 (the English order). Day and year must be apart, or "April 2012" would
# read as April 20, 2012.
_MONTH_DAY_YEAR: Final = re.compile(
    rf"^(?P<m>[^\W\d_]+)\.? ?(?P<d>\d{{1,2}}){_ORDINAL}(?: ?, ?| )(?P<y>\d{{4}}|\d{{2}})$"
)


def _full_year(text: str) -> int:
    """Expand a two-digit year the way spreadsheets do (00-69 -> 20xx, 70-99 -> 19xx)."""
    year = int(text)
    if len(text) == 2:
        return 2000 + year if year <= 69 else 1900 + year
    return year


def _make_date(year: int, month: int, day: int, original: str) -> date:
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"impossible date: {original!r}") from exc


def _date_from_serial(value: float | Decimal) -> date:
    """Convert an Excel serial date (1900 date system) to a date, dropping any time part."""
    finite = value.is_finite() if isinstance(value, Decimal) else math.isfinite(value)
    if not finite:
        raise ValueError(f"not a date serial: {value!r}")
    # The integral part is the day; a fractional part is the time of day and is dropped.
    serial = math.floor(value)
    if not 1 <= serial <= _EXCEL_MAX_SERIAL:
        raise ValueError(f"Excel date serial out of range: {value!r}")
    if serial == _EXCEL_FAKE_LEAP_DAY:
        raise ValueError("Excel date serial 60 is 1900-02-29, which does not exist")
    base = _EXCEL_BASE_EARLY if serial < _EXCEL_FAKE_LEAP_DAY else _EXCEL_BASE
    return base + timedelta(days=serial)


def _date_from_text(text: str) -> date:
    cleaned = _WEEKDAY_PREFIX.sub("", clean_typed(text))
    if match := _ISO_DATE.match(cleaned):
        return _make_date(int(match["y"]), int(match["m"]), int(match["d"]), text)
    if match := _NUMERIC_DATE.match(cleaned):
        year = _full_year(match["y"])
        return _make_date(year, int(match["m"]), int(match["d"]), text)
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        if (match := pattern.match(cleaned)) and match["m"] in _MONTHS:
            year = _full_year(match["y"])
            return _make_date(year, _MONTHS[match["m"]], int(match["d"]), text)
    raise ValueError(f"not a date: {text!r}")


def parse_date(value: object) -> date | None:
    """Read a date from a cell value as a spreadsheet library returns it.

    Returns ``None`` when nothing was filled in: ``None``, an empty or blank string, or a
    lone dash ("-", also the en/em dash that AutoCorrect makes of it).

    Accepted values:

    * ``datetime`` (its date; the time is dropped) and ``date`` (itself);
    * ``int``, ``float`` or ``Decimal``: an Excel serial date in the 1900 date system
      (serial 1 = 1900-01-01, up to 2958465 = 9999-12-31); a fractional part is a time of
      day and is dropped. Serial 60, Excel's fictitious 1900-02-29, is rejected;
    * strings as people type them in Indonesia: numeric dates day first ("30-04-2012",
      "30/4/2012", "30.04.12"), ISO ("2012-04-30", optionally with a time), and dates
      with an Indonesian or English month name or abbreviation ("30 April 2012",
      "30-Apr-2012", "1 Pebruari 2012", "30 Agt 2012", "April 30, 2012"), optionally after
      a weekday name ("Senin, 30 April 2012"; the weekday is not checked). A two-digit year
      means 20yy when yy <= 69 and 19yy otherwise.

    Raises :class:`ValueError` for anything else, including booleans, a string of digits
    only, and impossible dates such as "31 Februari 2012".
    """
    if value is None:
        return None
    # bool is a subclass of int, but True is never a date someone meant to type.
    if isinstance(value, bool):
        # ValueError, not TypeError: callers catch one exception for "cell not understood".
        raise ValueError(f"not a date: {value!r}")
    # datetime is a subclass of date, so it must be tested first.
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float | Decimal):
        return _date_from_serial(value)
    if isinstance(value, str):
        stripped = value.strip()
        if not stripped or stripped in DASHES:
            return None
        return _date_from_text(stripped)
    raise ValueError(f"not a date: {value!r}")
