"""The Waktu of a step (Cara Pengisian (16)): parsed into a :class:`Duration` and written
back in canonical Indonesian."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from sopxl.model.sop import Duration, TimeUnit
from sopxl.parsing.common import DASHES, clean_typed

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
    if text in DASHES:
        return Duration(amount=None, unit=None, text=text)

    cleaned = clean_typed(text).rstrip(".").rstrip()
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
