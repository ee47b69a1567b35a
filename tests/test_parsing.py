"""Tests for sopxl.parsing: the values people really type into SOP workbooks."""

from __future__ import annotations

import contextlib
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sopxl.model.sop import Duration, Symbol, TimeUnit
from sopxl.parsing.dates import parse_date
from sopxl.parsing.durations import format_duration, parse_duration
from sopxl.parsing.labels import normalise_label
from sopxl.parsing.symbols import is_plain_mark, parse_symbol

# ---------------------------------------------------------------------------------------
# parse_date
# ---------------------------------------------------------------------------------------

APRIL_30 = date(2012, 4, 30)


@pytest.mark.parametrize("value", [None, "", " ", "\t\n", "-", " - ", "\u2013", "\u2014"])
def test_parse_date_empty_is_none(value: object) -> None:
    assert parse_date(value) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime(2012, 4, 30, 13, 45, 10), APRIL_30),
        (datetime(2012, 4, 30), APRIL_30),
        (APRIL_30, APRIL_30),
    ],
)
def test_parse_date_date_objects(value: object, expected: date) -> None:
    result = parse_date(value)
    assert result == expected
    # A datetime must come back as a plain date, not as the datetime itself.
    assert type(result) is date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1, date(1900, 1, 1)),
        (2, date(1900, 1, 2)),
        (59, date(1900, 2, 28)),
        (61, date(1900, 3, 1)),
        (41029, APRIL_30),
        (41029.0, APRIL_30),
        (41029.999, APRIL_30),  # the time of day is dropped, never rounded up
        (Decimal("41029.5"), APRIL_30),
        (45658, date(2025, 1, 1)),
        (2958465, date(9999, 12, 31)),
        (1.5, date(1900, 1, 1)),
    ],
)
def test_parse_date_excel_serials(value: object, expected: date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        0,
        -1,
        0.5,
        60,  # Excel's fictitious 1900-02-29
        2958466,
        float("nan"),
        float("inf"),
        Decimal("NaN"),
        True,
        False,
    ],
)
def test_parse_date_bad_numbers(value: object) -> None:
    with pytest.raises(ValueError):
        parse_date(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Month names, Indonesian and English, in any case.
        ("30 April 2012", APRIL_30),
        ("30 april 2012", APRIL_30),
        ("30 APRIL 2012", APRIL_30),
        ("  30 April 2012  ", APRIL_30),
        ("30  April\u00a02012", APRIL_30),
        ("30 Apr 2012", APRIL_30),
        ("30 Apr. 2012", APRIL_30),
        ("30-Apr-2012", APRIL_30),
        ("30-apr-12", APRIL_30),
        ("30/Apr/2012", APRIL_30),
        ("April 30, 2012", APRIL_30),
        ("April 30 2012", APRIL_30),
        ("Apr 30, 2012", APRIL_30),
        ("April 30th, 2012", APRIL_30),
        ("30th April 2012", APRIL_30),
        ("1 Januari 2012", date(2012, 1, 1)),
        ("1 Jan 2012", date(2012, 1, 1)),
        ("1 January 2012", date(2012, 1, 1)),
        ("1 Februari 2012", date(2012, 2, 1)),
        ("1 Pebruari 2012", date(2012, 2, 1)),
        ("1 Feb 2012", date(2012, 2, 1)),
        ("1 Peb 2012", date(2012, 2, 1)),
        ("29 February 2012", date(2012, 2, 29)),
        ("1 Maret 2012", date(2012, 3, 1)),
        ("1 Mar 2012", date(2012, 3, 1)),
        ("1 March 2012", date(2012, 3, 1)),
        ("1 Mei 2012", date(2012, 5, 1)),
        ("1 May 2012", date(2012, 5, 1)),
        ("1 Juni 2012", date(2012, 6, 1)),
        ("1 Jun 2012", date(2012, 6, 1)),
        ("1 June 2012", date(2012, 6, 1)),
        ("1 Juli 2012", date(2012, 7, 1)),
        ("1 Jul 2012", date(2012, 7, 1)),
        ("1 July 2012", date(2012, 7, 1)),
        ("30 Agustus 2012", date(2012, 8, 30)),
        ("30 Agt 2012", date(2012, 8, 30)),
        ("30 Agu 2012", date(2012, 8, 30)),
        ("30 Ags 2012", date(2012, 8, 30)),
        ("30 Aug 2012", date(2012, 8, 30)),
        ("30 August 2012", date(2012, 8, 30)),
        ("3 September 2012", date(2012, 9, 3)),
        ("3 Sep 2012", date(2012, 9, 3)),
        ("3 Sept 2012", date(2012, 9, 3)),
        ("3 Sept. 2012", date(2012, 9, 3)),
        ("1 Oktober 2012", date(2012, 10, 1)),
        ("1 Okt 2012", date(2012, 10, 1)),
        ("1 Oct 2012", date(2012, 10, 1)),
        ("1 October 2012", date(2012, 10, 1)),
        ("1 November 2012", date(2012, 11, 1)),
        ("1 Nopember 2012", date(2012, 11, 1)),
        ("1 Nov 2012", date(2012, 11, 1)),
        ("1 Nop 2012", date(2012, 11, 1)),
        ("1 Desember 2012", date(2012, 12, 1)),
        ("1 Des 2012", date(2012, 12, 1)),
        ("1 Dec 2012", date(2012, 12, 1)),
        ("1 December 2012", date(2012, 12, 1)),
        # A weekday in front, Indonesian or English; it is not checked against the date.
        ("Senin, 30 April 2012", APRIL_30),
        ("Senin 30 April 2012", APRIL_30),
        ("Monday, 30 April 2012", APRIL_30),
        ("Monday, April 30, 2012", APRIL_30),
        ("Selasa, 1 Mei 2012", date(2012, 5, 1)),
        ("Rabu, 2 Mei 2012", date(2012, 5, 2)),
        ("Kamis, 3 Mei 2012", date(2012, 5, 3)),
        ("Jumat, 4 Mei 2012", date(2012, 5, 4)),
        ("Jum'at, 4 Mei 2012", date(2012, 5, 4)),
        ("Jum\u2019at, 4 Mei 2012", date(2012, 5, 4)),
        ("Sabtu, 5 Mei 2012", date(2012, 5, 5)),
        ("Minggu, 6 Mei 2012", date(2012, 5, 6)),
        ("Ahad, 6 Mei 2012", date(2012, 5, 6)),
        ("Kamis, 30 April 2012", APRIL_30),
        ("Senin, 30-04-2012", APRIL_30),
        # Numeric dates are day first.
        ("30-04-2012", APRIL_30),
        ("30/04/2012", APRIL_30),
        ("30/4/2012", APRIL_30),
        ("30.04.2012", APRIL_30),
        ("30\u201304\u20132012", APRIL_30),  # AutoCorrect's en dashes
        ("1/2/2012", date(2012, 2, 1)),
        ("01-02-2012", date(2012, 2, 1)),
        ("30-04-12", APRIL_30),
        ("30/04/69", date(2069, 4, 30)),
        ("30/04/70", date(1970, 4, 30)),
        ("30/04/99", date(1999, 4, 30)),
        ("1/1/00", date(2000, 1, 1)),
        ("30 April 12", APRIL_30),
        # ISO, also with the time that str(datetime) and CSV exports add.
        ("2012-04-30", APRIL_30),
        ("2012-4-30", APRIL_30),
        ("2012/04/30", APRIL_30),
        ("2012-04-30 00:00:00", APRIL_30),
        ("2012-04-30T08:15", APRIL_30),
    ],
)
def test_parse_date_text(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "31 Februari 2012",
        "29 Februari 2013",
        "31 April 2012",
        "31-04-2012",
        "2012-02-30",
        "0 Januari 2012",
        "32 Januari 2012",
        "30-13-2012",
        "30 Foo 2012",
        "30 Aprill 2012",
        "April 2012",
        "April 2012 2012",
        "Mei 2012",
        "30 April",
        "2012",
        "41029",  # a serial typed as text is not guessed
        "30-04/2012",  # mixed separators
        "30-04-201",
        "30 April 2012 M",
        "30 April 2012, Tenggarong",
        "Tenggarong, 30 April 2012",
        "Senin",
        "belum ditetapkan",
        "x",
        "--",
    ],
)
def test_parse_date_rejects_text(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


@pytest.mark.parametrize("value", [object(), [2012, 4, 30], (2012, 4, 30), b"30-04-2012"])
def test_parse_date_rejects_other_types(value: object) -> None:
    with pytest.raises(ValueError):
        parse_date(value)


_INDONESIAN_MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


@given(st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)))
def test_parse_date_text_and_serial_agree(day: date) -> None:
    serial = (day - date(1899, 12, 30)).days
    assert parse_date(serial) == day
    assert parse_date(float(serial) + 0.25) == day
    assert parse_date(f"{day.day:02d}-{day.month:02d}-{day.year}") == day
    assert parse_date(f"{day.day} {_INDONESIAN_MONTHS[day.month - 1]} {day.year}") == day
    assert parse_date(day.isoformat()) == day


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(1900, 2, 28)))
def test_parse_date_serials_before_fake_leap_day(day: date) -> None:
    assert parse_date((day - date(1899, 12, 31)).days) == day


# ---------------------------------------------------------------------------------------
# parse_duration
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [None, "", " ", "\t\n"])
def test_parse_duration_nothing_typed(value: object) -> None:
    assert parse_duration(value) is None


@pytest.mark.parametrize(("value", "text"), [("-", "-"), (" - ", "-"), ("–", "–"), ("—", "—")])
def test_parse_duration_dash_means_no_time(value: str, text: str) -> None:
    result = parse_duration(value)
    assert result == Duration(amount=None, unit=None, text=text)
    assert result.is_none


M, H, D, WD = TimeUnit.MINUTE, TimeUnit.HOUR, TimeUnit.DAY, TimeUnit.WORKING_DAY


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("5 menit", "5", M),
        ("5 Menit", "5", M),
        ("5 MENIT", "5", M),
        ("5menit", "5", M),
        ("5 mnt", "5", M),
        ("5 min", "5", M),
        ("5 minutes", "5", M),
        ("5 menit.", "5", M),
        ("15  menit", "15", M),
        ("10'", "10", M),
        ("10 '", "10", M),
        ("10\u2019", "10", M),  # AutoCorrect's curly apostrophe
        ("10\u2032", "10", M),  # prime
        ("2 Jam", "2", H),
        ("2 jam", "2", H),
        ("2 jam kerja", "2", H),
        ("2 hours", "2", H),
        ("1 hari kerja", "1", WD),
        ("1 Hari Kerja", "1", WD),
        ("1 HK", "1", WD),
        ("14 hk", "14", WD),
        ("1 working day", "1", WD),
        ("3 hari", "3", D),
        ("3 hari kalender", "3", D),
        ("3 days", "3", D),
        ("1 minggu", "1", TimeUnit.WEEK),
        ("1 pekan", "1", TimeUnit.WEEK),
        ("1 bulan", "1", TimeUnit.MONTH),
        ("1 bln", "1", TimeUnit.MONTH),
        ("1 tahun", "1", TimeUnit.YEAR),
        ("1 thn", "1", TimeUnit.YEAR),
        # Products: "within 1 x 24 hours".
        ("1 x 24 jam", "24", H),
        ("1x24 jam", "24", H),
        ("1 X 24 Jam", "24", H),
        ("1 \u00d7 24 jam", "24", H),
        ("3 x 24 Jam", "72", H),
        ("2x24jam", "48", H),
        ("1 x 24 jam kerja", "24", H),
        # Fractions and decimals, with the Indonesian decimal comma.
        ("½ jam", "0.5", H),
        ("1/2 jam", "0.5", H),
        ("1 / 2 jam", "0.5", H),
        ("0,5 jam", "0.5", H),
        ("0.5 jam", "0.5", H),
        ("1,5 jam", "1.5", H),
        ("1½ jam", "1.5", H),
        ("1 ½ jam", "1.5", H),
        ("¼ jam", "0.25", H),
        ("¾ jam", "0.75", H),
        ("2,50 jam", "2.5", H),
        ("2,0 jam", "2", H),
        ("1/3 jam", "0.3333", H),
        ("2/3 jam", "0.6667", H),
        ("0.125 jam", "0.125", H),
        ("1,000 jam", "1", H),
        ("1.25 jam", "1.25", H),
        ("1000 menit", "1000", M),
        # Ranges: the upper bound is kept.
        ("5-10 menit", "10", M),
        ("5 - 10 menit", "10", M),
        ("5\u201310 menit", "10", M),
        ("5 s.d. 10 menit", "10", M),
        ("5 s.d 10 menit", "10", M),
        ("5 s/d 10 menit", "10", M),
        ("5 sd 10 menit", "10", M),
        ("5 S/D 10 Menit", "10", M),
        ("5 sampai 10 menit", "10", M),
        ("5 sampai dengan 10 menit", "10", M),
        ("5 hingga 10 menit", "10", M),
        ("5 menit - 10 menit", "10", M),
        ("5 menit s.d. 10 menit", "10", M),
        ("30 menit - 1 jam", "1", H),
        ("1 - 2 hari kerja", "2", WD),
        ("1-3 x 24 jam", "72", H),
        ("5-5 menit", "5", M),
        ("0-5 menit", "5", M),
        # Seconds are held as a fraction of a minute.
        ("30 detik", "0.5", M),
        ("30 Detik", "0.5", M),
        ("45 dtk", "0.75", M),
        ("90 detik", "1.5", M),
        ("120 detik", "2", M),
        ("20 detik", "0.3333", M),
        ("30-60 detik", "1", M),
        # Qualifiers that do not change the amount.
        ("± 10 menit", "10", M),
        ("±10 menit", "10", M),
        ("+/- 10 menit", "10", M),
        ("kurang lebih 10 menit", "10", M),
        ("Maks. 3 hari", "3", D),
        ("maksimal 3 hari kerja", "3", WD),
        ("paling lama 1 x 24 jam", "24", H),
        ("Selambat-lambatnya 7 hari kerja", "7", WD),
        # Official style spells the number out.
        ("3 (tiga) hari kerja", "3", WD),
        ("3 (tiga) hari", "3", D),
        ("1 (satu) jam", "1", H),
        ("15 (lima belas) menit", "15", M),
    ],
)
def test_parse_duration_text(text: str, amount: str, unit: TimeUnit) -> None:
    result = parse_duration(text)
    assert result is not None
    # Comparing the strings also checks the normal form: Decimal('24'), never '24.0'.
    assert str(result.amount) == amount
    assert result.unit is unit
    assert result.text == text.strip()


def test_parse_duration_keeps_original_text_stripped() -> None:
    assert parse_duration("  3 X 24 Jam \n") == Duration(Decimal(72), TimeUnit.HOUR, "3 X 24 Jam")


@pytest.mark.parametrize(
    "text",
    [
        "Sesuai kebutuhan",
        "sesuai jadwal",
        "segera",
        "menit",
        "jam",
        "5",
        "5,5",
        "5m",  # minutes or months?
        "5 hr",  # hari or hour?
        "5 jamm",
        "5 menit 10 detik",
        "5 menit/berkas",
        "5 menit per dokumen",
        "0 menit",
        "0,0 jam",
        "0 x 24 jam",
        "0/2 jam",
        "1/0 jam",
        "10-5 menit",
        "2 jam - 30 menit",
        "-5 menit",
        "5--10 menit",
        "5 - - 10 menit",
        "1.000.000 menit",
        "1.000 menit",  # a thousand, Indonesian style, or one?
        "12.500 jam",
        "1,2,3 jam",
        "x 24 jam",
        "1 x jam",
        "10 ''",
        "9" * 40 + " jam",
        "1000000000000 menit",
        "0,00001 jam",  # rounds to nothing
        "½½ jam",
        "satu jam",
    ],
)
def test_parse_duration_rejects_text(text: str) -> None:
    with pytest.raises(ValueError):
        parse_duration(text)


@pytest.mark.parametrize(
    "value",
    [5, 5.0, Decimal(5), 0, True, False, date(2012, 4, 30), object(), b"5 menit"],
)
def test_parse_duration_rejects_non_text(value: object) -> None:
    with pytest.raises(ValueError):
        parse_duration(value)


# ---------------------------------------------------------------------------------------
# format_duration
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("duration", "expected"),
    [
        (Duration(Decimal(5), M, "5 mnt"), "5 menit"),
        (Duration(Decimal("1.5"), H, ""), "1,5 jam"),
        (Duration(Decimal("1.50"), H, ""), "1,5 jam"),
        (Duration(Decimal("24.0"), H, ""), "24 jam"),
        (Duration(Decimal("2.4E+2"), M, ""), "240 menit"),
        (Duration(Decimal("1E+3"), M, ""), "1000 menit"),
        (Duration(Decimal("0.25"), H, ""), "0,25 jam"),
        (Duration(Decimal(2), WD, "2 HK"), "2 hari kerja"),
        (Duration(Decimal(3), D, ""), "3 hari"),
        (Duration(Decimal(1), TimeUnit.WEEK, ""), "1 minggu"),
        (Duration(Decimal(1), TimeUnit.MONTH, ""), "1 bulan"),
        (Duration(Decimal(1), TimeUnit.YEAR, ""), "1 tahun"),
        (Duration(None, None, "-"), "-"),
        (Duration(None, None, "—"), "-"),
    ],
)
def test_format_duration(duration: Duration, expected: str) -> None:
    assert format_duration(duration) == expected


def test_format_duration_rejects_amount_without_unit() -> None:
    with pytest.raises(ValueError):
        format_duration(Duration(Decimal(5), None, "5"))


def test_format_duration_of_a_dash_parses_back() -> None:
    assert parse_duration(format_duration(Duration(None, None, "—"))) == Duration(None, None, "-")


_AMOUNTS = st.decimals(
    min_value=Decimal("0.0001"),
    max_value=Decimal(10) ** 9,
    places=4,
    allow_nan=False,
    allow_infinity=False,
)


@given(amount=_AMOUNTS, unit=st.sampled_from(TimeUnit))
def test_format_then_parse_round_trips(amount: Decimal, unit: TimeUnit) -> None:
    text = format_duration(Duration(amount, unit, ""))
    parsed = parse_duration(text)
    assert parsed is not None
    assert parsed.amount == amount
    assert parsed.unit is unit
    assert parsed.text == text
    # The canonical text is a fixed point.
    assert format_duration(parsed) == text


@given(amount=_AMOUNTS, unit=st.sampled_from(TimeUnit))
def test_parsed_amounts_are_normalised(amount: Decimal, unit: TimeUnit) -> None:
    # Written with the decimal point and a trailing zero, as a careless export would.
    plain = format(amount, "f")
    text = f"{plain}0 {unit.value}" if "." in plain else f"{plain}.0 {unit.value}"
    parsed = parse_duration(text)
    assert parsed is not None
    assert parsed.amount is not None
    exponent = parsed.amount.as_tuple().exponent
    assert isinstance(exponent, int)
    assert exponent <= 0
    assert not str(parsed.amount).endswith("0") or exponent == 0


@given(
    low=st.integers(min_value=1, max_value=1000),
    extra=st.integers(min_value=0, max_value=1000),
    separator=st.sampled_from(["-", " - ", " s.d. ", " sd ", " s/d ", " sampai "]),
)
def test_parse_duration_range_keeps_upper_bound(low: int, extra: int, separator: str) -> None:
    parsed = parse_duration(f"{low}{separator}{low + extra} menit")
    assert parsed is not None
    assert parsed.amount == low + extra
    assert parsed.unit is TimeUnit.MINUTE


# ---------------------------------------------------------------------------------------
# parse_symbol
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("symbol", list(Symbol))
def test_parse_symbol_accepts_every_value(symbol: Symbol) -> None:
    assert parse_symbol(symbol.value) is symbol
    assert parse_symbol(symbol.value.upper()) is symbol
    assert parse_symbol(f"  {symbol.value.lower()}  ") is symbol
    assert parse_symbol(symbol.label.replace(" ", "   ")) is symbol


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mulai", Symbol.TERMINATOR),
        ("Selesai", Symbol.TERMINATOR),
        ("Mulai/Selesai", Symbol.TERMINATOR),
        ("Mulai / Selesai", Symbol.TERMINATOR),
        ("Mulai-Selesai", Symbol.TERMINATOR),
        ("Terminator (Mulai/Selesai)", Symbol.TERMINATOR),
        ("terminator (mulai / selesai)", Symbol.TERMINATOR),
        ("Start", Symbol.TERMINATOR),
        ("End", Symbol.TERMINATOR),
        ("START", Symbol.TERMINATOR),
        ("Proses", Symbol.PROCESS),
        ("proses", Symbol.PROCESS),
        ("Process", Symbol.PROCESS),
        ("Kegiatan", Symbol.PROCESS),
        ("Keputusan", Symbol.DECISION),
        ("Pengambilan Keputusan", Symbol.DECISION),
        ("pengambilan  keputusan", Symbol.DECISION),
        ("Decision", Symbol.DECISION),
        ("Ya/Tidak", Symbol.DECISION),
        ("Ya / Tidak", Symbol.DECISION),
        ("Dokumen", Symbol.DOCUMENT),
        ("Document", Symbol.DOCUMENT),
        ("Penggandaan Dokumen", Symbol.MULTI_DOCUMENT),
        ("Dokumen Ganda", Symbol.MULTI_DOCUMENT),
        ("Multi Dokumen", Symbol.MULTI_DOCUMENT),
        ("Multi-Dokumen", Symbol.MULTI_DOCUMENT),
        ("Multidokumen", Symbol.MULTI_DOCUMENT),
        ("Arsip Manual", Symbol.MANUAL_ARCHIVE),
        ("Arsip", Symbol.MANUAL_ARCHIVE),
        ("File", Symbol.FILE),
        ("FILE", Symbol.FILE),
        ("Data", Symbol.FILE),
        ("Database", Symbol.FILE),
        ("Berkas Elektronik", Symbol.FILE),
        ("Proses\u00a0", Symbol.PROCESS),
    ],
)
def test_parse_symbol_variants(text: str, expected: Symbol) -> None:
    assert parse_symbol(text) is expected


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "   ",
        "x",
        "V",
        "√",
        "-",
        "Konektor",
        "Garis Alir",
        "Proses Dokumen",
        "Mulai Proses",
        "Kepala Dinas",
        1,
        Symbol.PROCESS,
    ],
)
def test_parse_symbol_unknown_is_none(value: object) -> None:
    assert parse_symbol(value) is None


# ---------------------------------------------------------------------------------------
# is_plain_mark
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["x", "X", "v", "V", "√", "✓", "✔", "●", "*", " x ", "\tV\n"])
def test_is_plain_mark_true(text: str) -> None:
    assert is_plain_mark(text) is True


@pytest.mark.parametrize(
    "value",
    [None, "", " ", "xx", "x x", "y", "-", "Proses", "o", "ok", 1, True, Symbol.PROCESS],
)
def test_is_plain_mark_false(value: object) -> None:
    assert is_plain_mark(value) is False


# ---------------------------------------------------------------------------------------
# normalise_label
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tgl. Pembuatan :", "tgl pembuatan"),
        ("Tgl Pembuatan", "tgl pembuatan"),
        ("TGL. PEMBUATAN:", "tgl pembuatan"),
        ("No. SOP", "no sop"),
        ("Nomor SOP", "nomor sop"),
        ("Peralatan/Perlengkapan", "peralatan perlengkapan"),
        ("Peralatan / Perlengkapan", "peralatan perlengkapan"),
        ("Nama_SOP", "nama sop"),
        ("Pencatatan dan Pendataan;", "pencatatan dan pendataan"),
        ("Mutu Baku (Kelengkapan, Waktu, Output)", "mutu baku kelengkapan waktu output"),
        ("Pelaksana \u2013 Kepala", "pelaksana kepala"),
        ("  Keterkaitan\t\n", "keterkaitan"),
        ("Dasar\u00a0Hukum", "dasar hukum"),
        # Leading numbering.
        ("(1) Nama SOP", "nama sop"),
        ("(a) Nama SOP", "nama sop"),
        ("( 12 ) Keterangan", "keterangan"),
        ("1. Dasar Hukum", "dasar hukum"),
        ("1.Dasar Hukum", "dasar hukum"),
        ("12. Keterangan", "keterangan"),
        ("1) Dasar Hukum", "dasar hukum"),
        ("1.2. Rincian", "rincian"),
        ("a. Kualifikasi Pelaksanaan", "kualifikasi pelaksanaan"),
        ("b) Keterkaitan", "keterkaitan"),
        # Things that look like numbering but are not.
        ("a.n. Kepala Dinas", "a n kepala dinas"),
        ("No. 1", "no 1"),
        ("2012", "2012"),
        # Empties and non-strings.
        (None, ""),
        ("", ""),
        ("  ", ""),
        ("...", ""),
        (12, "12"),
    ],
)
def test_normalise_label(text: object, expected: str) -> None:
    assert normalise_label(text) == expected


@given(st.text())
def test_normalise_label_is_idempotent_and_tidy(text: str) -> None:
    key = normalise_label(text)
    assert key == key.strip()
    assert "  " not in key
    assert not set(key) & set(".,:;/()-_")
    assert key == key.casefold()
    assert normalise_label(key) == key


@given(st.one_of(st.none(), st.text(), st.integers(), st.floats()))
def test_symbol_and_mark_never_raise(value: object) -> None:
    parse_symbol(value)
    is_plain_mark(value)


@given(st.text())
def test_parsers_raise_only_value_error(text: str) -> None:
    for parser in (parse_date, parse_duration):
        with contextlib.suppress(ValueError):
            parser(text)


def test_serial_base_matches_excel() -> None:
    # 2012-04-30 is serial 41029 in Excel; one day later is one serial later.
    assert parse_date(41030) == APRIL_30 + timedelta(days=1)
