"""What the example SOPs are built from: waktu helpers, a compact step builder, and the
laws their Dasar Hukum cite.
"""

from __future__ import annotations

from decimal import Decimal

from sopxl.model.sop import Duration, Step, Symbol, TimeUnit


def minutes(amount: int) -> Duration:
    return Duration(Decimal(amount), TimeUnit.MINUTE, f"{amount} menit")


def hours(amount: int) -> Duration:
    return Duration(Decimal(amount), TimeUnit.HOUR, f"{amount} jam")


def working_days(amount: int) -> Duration:
    return Duration(Decimal(amount), TimeUnit.WORKING_DAY, f"{amount} hari kerja")


def days(amount: int) -> Duration:
    return Duration(Decimal(amount), TimeUnit.DAY, f"{amount} hari")


# --- Compact builders for the examples ---------------------------------------------------

_T = Symbol.TERMINATOR
_P = Symbol.PROCESS
_D = Symbol.DECISION
_DOC = Symbol.DOCUMENT
_MULTI = Symbol.MULTI_DOCUMENT
_ARCHIVE = Symbol.MANUAL_ARCHIVE
_FILE = Symbol.FILE


def _step(
    number: int,
    actor: int,
    symbol: Symbol,
    description: str,
    requirements: str,
    duration: Duration,
    output: str,
    *,
    note: str = "",
    yes: int | None = None,
    no: int | None = None,
) -> Step:
    """A step with its pelaksana column, symbol and mutu baku, in the form's column order."""
    return Step(
        number,
        description,
        actor=actor,
        symbol=symbol,
        requirements=requirements,
        duration=duration,
        output=output,
        note=note,
        yes_target=yes,
        no_target=no,
    )


PERBUP_SOP = "Peraturan Bupati Kutai Kartanegara Nomor 57 Tahun 2012 tentang Pedoman Penyusunan SOP"
UU_ASN = "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara"
UU_KEARSIPAN = "Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan"
UU_PELAYANAN_PUBLIK = "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"
UU_PEMDA = "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah"
PERMENDAGRI_TND = (
    "Peraturan Menteri Dalam Negeri Nomor 1 Tahun 2023 tentang Tata Naskah Dinas di "
    "Lingkungan Pemerintah Daerah"
)
