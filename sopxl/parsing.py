"""Pure parsers for the values people type into SOP workbooks.

Every reader turns raw cell values into model values through these functions, so that a
date, a Waktu, a flowchart symbol or a label is understood the same way whichever form
layout it came from. The functions take whatever a spreadsheet library hands over
(``str``, numbers, ``datetime``, ``None``) and either return a model value, return
``None`` for an empty cell, or raise :class:`ValueError` for a value that was typed but
cannot be understood. The messages of those errors are for developers (English); callers
render their own Indonesian findings from the fact that parsing failed.

Only the standard library is imported here: readers for every layout import this module,
and it must stay cheap to import.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from sopxl.model.sop import Duration, Symbol, TimeUnit

__all__ = [
    "format_duration",
    "is_plain_mark",
    "normalise_label",
    "parse_date",
    "parse_duration",
    "parse_symbol",
]

# ---------------------------------------------------------------------------------------
# Shared text clean-up
# ---------------------------------------------------------------------------------------

# Typographic variants that office software substitutes for what the person typed
# ("AutoCorrect"), mapped to the plain ASCII character the patterns below expect.
_TYPOGRAPHIC: Final = str.maketrans(
    {
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2212": "-",  # minus sign
        "\u2018": "'",  # left single quotation mark
        "\u2019": "'",  # right single quotation mark
        "\u2032": "'",  # prime (minutes)
        "\u00b4": "'",  # acute accent, often typed for the minute mark
        "\u00d7": "x",  # multiplication sign
    }
)

_WHITESPACE: Final = re.compile(r"\s+")


def _clean(text: str) -> str:
    """Casefold, un-typograph and collapse whitespace (including non-breaking spaces)."""
    return _WHITESPACE.sub(" ", text.translate(_TYPOGRAPHIC)).strip().casefold()


# A cell holding only a dash means "nothing applies". Office software turns "-" into an
# en or em dash, so all three count.
_DASHES: Final = frozenset({"-", "\u2013", "\u2014"})


# ---------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------

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
    cleaned = _WEEKDAY_PREFIX.sub("", _clean(text))
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
        if not stripped or stripped in _DASHES:
            return None
        return _date_from_text(stripped)
    raise ValueError(f"not a date: {value!r}")


# ---------------------------------------------------------------------------------------
# Durations (Waktu)
# ---------------------------------------------------------------------------------------

# Amounts keep at most this many decimal places. Exact input such as "1,5" is untouched;
# the limit only rounds results of division ("1/3 jam", "20 detik" -> 0.3333 menit) so
# that a Duration never carries a 28-digit expansion into a rebuilt form.
_AMOUNT_PLACES: Final = 4
_AMOUNT_QUANTUM: Final = Decimal(1).scaleb(-_AMOUNT_PLACES)

# Anything this large is a slip (a year of minutes is about 5e5), and bounding it keeps the
# amount well inside Decimal's default 28-digit precision, where arithmetic is exact.
_MAX_AMOUNT: Final = Decimal(10) ** 12

_SECONDS_PER_MINUTE: Final = Decimal(60)

# Spelling -> (unit, divisor of the amount). Seconds are not a TimeUnit: they are
# held as a fraction of a minute. "hr" is deliberately absent: Indonesians abbreviate
# "hari" with it, English speakers "hour", and the two cannot be told apart.
_UNITS: Final[dict[str, tuple[TimeUnit, Decimal]]] = {
    "detik": (TimeUnit.MINUTE, _SECONDS_PER_MINUTE),
    "dtk": (TimeUnit.MINUTE, _SECONDS_PER_MINUTE),
    "det": (TimeUnit.MINUTE, _SECONDS_PER_MINUTE),
    "second": (TimeUnit.MINUTE, _SECONDS_PER_MINUTE),
    "seconds": (TimeUnit.MINUTE, _SECONDS_PER_MINUTE),
    "sec": (TimeUnit.MINUTE, _SECONDS_PER_MINUTE),
    "menit": (TimeUnit.MINUTE, Decimal(1)),
    "mnt": (TimeUnit.MINUTE, Decimal(1)),
    "min": (TimeUnit.MINUTE, Decimal(1)),
    "mins": (TimeUnit.MINUTE, Decimal(1)),
    "minute": (TimeUnit.MINUTE, Decimal(1)),
    "minutes": (TimeUnit.MINUTE, Decimal(1)),
    "'": (TimeUnit.MINUTE, Decimal(1)),  # 10' is how minutes are written in older forms
    "jam": (TimeUnit.HOUR, Decimal(1)),
    "jam kerja": (TimeUnit.HOUR, Decimal(1)),
    "hour": (TimeUnit.HOUR, Decimal(1)),
    "hours": (TimeUnit.HOUR, Decimal(1)),
    "hari": (TimeUnit.DAY, Decimal(1)),
    "hari kalender": (TimeUnit.DAY, Decimal(1)),
    "day": (TimeUnit.DAY, Decimal(1)),
    "days": (TimeUnit.DAY, Decimal(1)),
    "hari kerja": (TimeUnit.WORKING_DAY, Decimal(1)),
    "hr kerja": (TimeUnit.WORKING_DAY, Decimal(1)),
    "hk": (TimeUnit.WORKING_DAY, Decimal(1)),
    "working day": (TimeUnit.WORKING_DAY, Decimal(1)),
    "working days": (TimeUnit.WORKING_DAY, Decimal(1)),
    "minggu": (TimeUnit.WEEK, Decimal(1)),
    "mgg": (TimeUnit.WEEK, Decimal(1)),
    "pekan": (TimeUnit.WEEK, Decimal(1)),
    "week": (TimeUnit.WEEK, Decimal(1)),
    "weeks": (TimeUnit.WEEK, Decimal(1)),
    "bulan": (TimeUnit.MONTH, Decimal(1)),
    "bln": (TimeUnit.MONTH, Decimal(1)),
    "month": (TimeUnit.MONTH, Decimal(1)),
    "months": (TimeUnit.MONTH, Decimal(1)),
    "tahun": (TimeUnit.YEAR, Decimal(1)),
    "thn": (TimeUnit.YEAR, Decimal(1)),
    "th": (TimeUnit.YEAR, Decimal(1)),
    "year": (TimeUnit.YEAR, Decimal(1)),
    "years": (TimeUnit.YEAR, Decimal(1)),
}

# Rough length of each unit in minutes, used only to notice a range written backwards
# ("2 jam - 30 menit"); a hari kerja counts as a day for that purpose.
_ORDERING_MINUTES: Final[dict[TimeUnit, Decimal]] = {
    TimeUnit.MINUTE: Decimal(1),
    TimeUnit.HOUR: Decimal(60),
    TimeUnit.DAY: Decimal(1440),
    TimeUnit.WORKING_DAY: Decimal(1440),
    TimeUnit.WEEK: Decimal(10080),
    TimeUnit.MONTH: Decimal(43200),
    TimeUnit.YEAR: Decimal(525600),
}

_VULGAR_FRACTIONS: Final[dict[str, Decimal]] = {
    "½": Decimal("0.5"),
    "¼": Decimal("0.25"),
    "¾": Decimal("0.75"),
}

# One number: "1/2", "1½", "1,5" (Indonesian decimal comma), "1.5", "½".
_NUMBER: Final = r"\d+ ?/ ?\d+|\d+ ?[½¼¾]|\d+(?:[.,]\d+)?|[½¼¾]"
# A product such as "1 x 24" or "3x24" (the usual way of writing "within 24 hours").
_PRODUCT: Final = rf"(?:{_NUMBER})(?: ?x ?(?:{_NUMBER}))*"
# Longest spellings first so that "hari kerja" wins over "hari".
_UNIT: Final = "|".join(re.escape(unit) for unit in sorted(_UNITS, key=len, reverse=True))
# Range separators: "5-10", "5 s.d. 10", "5 sd 10", "5 s/d 10", "5 sampai (dengan) 10".
_RANGE_SEPARATOR: Final = r"-|~|s ?[./]? ?d\.?|sampai(?: dengan)?|hingga"
# The unit must end at a word boundary ("5 jamm" is not "5 jam"); the minute mark "'" is
# not a word character, so it is excused from that.
_QUANTITY: Final = rf"(?P<{{name}}>{_PRODUCT}) ?(?:(?P<{{name}}_unit>{_UNIT})(?:(?<=')|\b))?"
_DURATION: Final = re.compile(
    "^"
    + _QUANTITY.format(name="low")
    + rf"(?: ?(?:{_RANGE_SEPARATOR}) ?"
    + _QUANTITY.format(name="high")
    + ")?$"
)

# Words that qualify an amount without changing it: "± 10 menit", "maks. 3 hari",
# "paling lama 1 x 24 jam". The amount is kept as the value of the step.
_QUALIFIER: Final = re.compile(
    r"^(?:±|\+ ?/ ?-|\+-|kurang lebih|lebih kurang|kira-kira|sekitar|kl\.?|maks(?:imal|imum)?\.?"
    r"|max\.?|paling lama|selambat-lambatnya|paling lambat|dalam waktu|dalam) ?"
)
# Indonesian official style spells a number out after it: "3 (tiga) hari kerja".
_SPELLED_NUMBER: Final = re.compile(r"(?<=\d) ?\([^\W\d_][^()\d]*\)")


# "1.000" or "12.500": a dot followed by exactly three digits after a non-zero integer part.
_THOUSANDS_LOOKALIKE: Final = re.compile(r"[1-9]\d{0,2}\.\d{3}")


def _normalise_amount(amount: Decimal) -> Decimal:
    """Canonical form of an amount: Decimal('24') rather than '24.0' or '2.4E+1'."""
    exponent = amount.as_tuple().exponent
    # Only what has more places than the quantum is rounded; exact input stays exact.
    if isinstance(exponent, int) and exponent < -_AMOUNT_PLACES:
        amount = amount.quantize(_AMOUNT_QUANTUM, rounding=ROUND_HALF_UP)
    if amount == amount.to_integral_value():
        return amount.to_integral_value()
    return amount.normalize()


def _number_value(text: str) -> Decimal:
    text = text.replace(" ", "")
    if _THOUSANDS_LOOKALIKE.fullmatch(text):
        # Indonesian writes 1.000 for a thousand; reading it as 1.0 would silently lose
        # three orders of magnitude, so such a number is refused rather than guessed.
        raise ValueError(f"ambiguous number (thousands separator or decimal point): {text!r}")
    if "/" in text:
        numerator, denominator = text.split("/")
        return Decimal(numerator) / Decimal(denominator)
    if text[-1] in _VULGAR_FRACTIONS:
        whole = Decimal(text[:-1]) if len(text) > 1 else Decimal(0)
        return whole + _VULGAR_FRACTIONS[text[-1]]
    return Decimal(text.replace(",", "."))


def _product_value(text: str) -> Decimal:
    result = Decimal(1)
    for factor in re.findall(_NUMBER, text):
        result *= _number_value(factor)
    return result


def _range_value(match: re.Match[str], text: str) -> tuple[Decimal, TimeUnit]:
    """Amount and unit of a matched duration: the upper bound when it is a range.

    May raise ArithmeticError from Decimal; the caller turns that into ValueError.
    """
    has_range = match["high"] is not None
    upper_text = match["high"] if has_range else match["low"]
    upper_unit_text = match["high_unit"] if has_range else match["low_unit"]
    if upper_unit_text is None:
        raise ValueError(f"a duration needs a unit: {text!r}")
    unit, divisor = _UNITS[upper_unit_text]
    amount = _product_value(upper_text) / divisor
    if has_range:
        # A lower bound without its own unit shares the upper bound's ("5-10 menit").
        lower_unit, lower_divisor = _UNITS[match["low_unit"] or upper_unit_text]
        lower = _product_value(match["low"]) / lower_divisor
        if lower * _ORDERING_MINUTES[lower_unit] > amount * _ORDERING_MINUTES[unit]:
            raise ValueError(f"range upper bound is below its lower bound: {text!r}")
    return amount, unit


def parse_duration(value: object) -> Duration | None:
    """Read the Waktu of a step (Cara Pengisian (16)).

    Returns ``None`` when nothing was typed (``None``, empty or blank string) and
    ``Duration(None, None, text)`` for a lone dash ("-", "–", "—"): no time applies.

    Otherwise the text must be an amount followed by a unit and returns
    ``Duration(amount, unit, text)`` where ``text`` is the stripped original and
    ``amount`` is a positive, normalised ``Decimal`` (``Decimal('24')``, never ``'24.0'``)
    with at most four decimal places (only results of division are rounded). Understood:

    * units in Indonesian and English, full or abbreviated: menit/mnt/min/' , jam,
      hari, hari kerja/HK, minggu/pekan, bulan, tahun; seconds (detik/dtk) become a
      fraction of a minute ("30 detik" -> 0.5 menit). "hr" and a bare "m" are rejected as
      ambiguous;
    * numbers with a decimal comma or point ("0,5", "0.5"), fractions ("1/2", "½", "1½");
    * products: "1 x 24 jam" -> 24 jam, "3x24 Jam" -> 72 jam;
    * ranges, of which the upper bound is kept: "5-10 menit", "5 s.d. 10 menit",
      "5 sd 10 menit", "5 s/d 10 menit", "30 menit - 1 jam" (-> 1 jam). A range whose lower
      bound is larger than its upper bound is rejected;
    * a qualifier before the amount, which is dropped: "± 10 menit", "maks. 3 hari",
      "paling lama 1 x 24 jam";
    * a spelled-out number after the digits, as in official style: "3 (tiga) hari kerja".

    A dot followed by exactly three digits ("1.000 menit", "12.500 jam") is refused as
    ambiguous, because Indonesian writes thousands that way; "0.125 jam" and "1,000 jam"
    (decimal comma) are fine. Amounts of 10**12 or more are refused as slips.

    Raises :class:`ValueError` for free text ("Sesuai kebutuhan"), a number without a unit
    (including ``int``/``float``/``Decimal`` cell values: the unit is unknown), a zero
    amount, booleans and any other type.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        # A bare number cell has no unit, and guessing one would invent data.
        # ValueError, not TypeError: callers catch one exception for "cell not understood".
        raise ValueError(f"a duration needs a unit: {value!r}")
    text = value.strip()
    if not text:
        return None
    if text in _DASHES:
        return Duration(amount=None, unit=None, text=text)

    cleaned = _clean(text).rstrip(".").rstrip()
    cleaned = _QUALIFIER.sub("", cleaned)
    cleaned = _SPELLED_NUMBER.sub("", cleaned)
    match = _DURATION.match(cleaned)
    if match is None:
        raise ValueError(f"not a duration: {text!r}")

    try:
        amount, unit = _range_value(match, text)
        amount = _normalise_amount(amount)
    except ArithmeticError as exc:
        # Decimal overflow or a zero denominator: typed, but not a usable amount.
        raise ValueError(f"not a duration: {text!r}") from exc
    if amount <= 0:
        raise ValueError(f"a duration must be positive: {text!r}")
    if amount >= _MAX_AMOUNT:
        raise ValueError(f"a duration is implausibly large: {text!r}")
    return Duration(amount=amount, unit=unit, text=text)


def format_duration(d: Duration) -> str:
    """Canonical Indonesian text of a duration: "5 menit", "1,5 jam", "2 hari kerja", "-".

    The amount is written in plain notation (no exponent, no thousands separator) with a
    decimal comma, followed by the unit's Indonesian name. A duration without an amount
    gives "-". For a positive amount below 10**12 with at most four decimal places (every
    amount :func:`parse_duration` returns), the text is accepted by :func:`parse_duration`,
    which gives back the same amount and unit. Other amounts are formatted all the same.

    Raises :class:`ValueError` when the duration has an amount but no unit.
    """
    if d.amount is None:
        return "-"
    if d.unit is None:
        raise ValueError(f"duration has an amount but no unit: {d!r}")
    amount = d.amount
    # Integral amounts lose their trailing zeros; others are trimmed to their significant
    # places ("1,50" would read as a different precision than "1,5").
    amount = (
        amount.to_integral_value() if amount == amount.to_integral_value() else amount.normalize()
    )
    # format(..., "f") never uses an exponent, which Decimal.__str__ may.
    return f"{format(amount, 'f').replace('.', ',')} {d.unit.value}"


# ---------------------------------------------------------------------------------------
# Flowchart symbols and marks
# ---------------------------------------------------------------------------------------

# Keys are label keys with all spaces removed (see _symbol_key), so "Multi Dokumen",
# "Multidokumen" and "multi-dokumen" meet.
_SYMBOL_ALIASES: Final[dict[str, Symbol]] = {
    "terminator": Symbol.TERMINATOR,
    "terminal": Symbol.TERMINATOR,
    "mulai": Symbol.TERMINATOR,
    "selesai": Symbol.TERMINATOR,
    "mulaiselesai": Symbol.TERMINATOR,
    "terminatormulaiselesai": Symbol.TERMINATOR,
    "start": Symbol.TERMINATOR,
    "end": Symbol.TERMINATOR,
    "startend": Symbol.TERMINATOR,
    "proses": Symbol.PROCESS,
    "process": Symbol.PROCESS,
    "kegiatan": Symbol.PROCESS,
    "aktivitas": Symbol.PROCESS,
    "keputusan": Symbol.DECISION,
    "pengambilankeputusan": Symbol.DECISION,
    "decision": Symbol.DECISION,
    "yatidak": Symbol.DECISION,
    "dokumen": Symbol.DOCUMENT,
    "document": Symbol.DOCUMENT,
    "penggandaandokumen": Symbol.MULTI_DOCUMENT,
    "dokumenganda": Symbol.MULTI_DOCUMENT,
    "multidokumen": Symbol.MULTI_DOCUMENT,
    "multidocument": Symbol.MULTI_DOCUMENT,
    "arsipmanual": Symbol.MANUAL_ARCHIVE,
    "arsip": Symbol.MANUAL_ARCHIVE,
    "manualarchive": Symbol.MANUAL_ARCHIVE,
    "file": Symbol.FILE,
    "data": Symbol.FILE,
    "database": Symbol.FILE,
    "berkaselektronik": Symbol.FILE,
}


def _symbol_key(text: str) -> str:
    return normalise_label(text).replace(" ", "")


def parse_symbol(text: object) -> Symbol | None:
    """The flowchart symbol a person typed or picked in a pelaksana column, or ``None``.

    Matching ignores case, spacing and the punctuation that :func:`normalise_label` drops,
    so every :class:`~sopxl.model.sop.Symbol` value is accepted as well as common variants:
    "Mulai", "Selesai", "Mulai/Selesai", "Start", "End" (Terminator); "Process",
    "Kegiatan" (Proses); "Keputusan", "Decision", "Ya/Tidak" (Pengambilan Keputusan);
    "Document" (Dokumen); "Dokumen Ganda", "Multi Dokumen", "Multidokumen" (Penggandaan
    Dokumen); "Arsip" (Arsip Manual); "Data", "Database", "Berkas Elektronik" (File).

    Returns ``None`` for anything else: empty cells, non-strings, and plain ticks such as
    "x" (see :func:`is_plain_mark`). Never raises.
    """
    if not isinstance(text, str):
        return None
    return _SYMBOL_ALIASES.get(_symbol_key(text))


_PLAIN_MARKS: Final = frozenset({"x", "X", "v", "V", "√", "✓", "✔", "●", "*"})


def is_plain_mark(text: object) -> bool:
    """True when ``text`` is a tick that marks an actor's column without naming a symbol.

    Older forms mark the pelaksana with "x", "v", "√", "✓", "✔", "●" or "*" (surrounding
    whitespace ignored). Empty cells, non-strings and everything else give ``False``.
    """
    return isinstance(text, str) and text.strip() in _PLAIN_MARKS


# ---------------------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------------------

# A leading "(1)", "(a)", "1.", "1.2.", "1)", "a." or "a)". A letter needs a space after
# it so that "a.n. Kepala Dinas" (atas nama) keeps its "a"; a number must not run on
# into a digit so that a label starting with "1.5" is not cut.
_LEADING_NUMBERING: Final = re.compile(
    r"^(?:\( ?(?:\d+|[^\W\d_]) ?\)|\d+(?:\.\d+)*[.)](?!\d)|[^\W\d_][.)](?= ))\s*"
)
# Replaced by a space rather than deleted, so that "Peralatan/Perlengkapan" keeps two words.
_LABEL_PUNCTUATION: Final = re.compile(r"[.,:;/()\-_]+")


def normalise_label(text: object) -> str:
    """A key for matching labels that people may have retyped.

    Casefolds, strips, drops one leading numbering ("(1)", "1.", "a.", "1)"), replaces the
    punctuation . , : ; / ( ) - _ (and en/em dashes) by spaces and collapses whitespace:
    "Tgl. Pembuatan :" -> "tgl pembuatan", "No. SOP" -> "no sop",
    "Peralatan/Perlengkapan" -> "peralatan perlengkapan". ``None`` gives ""; any other
    non-string is converted with ``str`` first. Never raises.
    """
    if text is None:
        return ""
    cleaned = _clean(str(text))
    cleaned = _LEADING_NUMBERING.sub("", cleaned)
    cleaned = _LABEL_PUNCTUATION.sub(" ", cleaned)
    return _WHITESPACE.sub(" ", cleaned).strip()
