"""Database failures in Indonesian: the cause in words a koordinator can act on, never the
password of the register's URL. The raw driver text travels as the error's ``detail``,
shown only with ``sopxl --debug``."""

from __future__ import annotations

import re

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from sopxl.errors import OperationalError

_CAUSES: tuple[tuple[str, str], ...] = (
    # (fragment of the driver's message, lower case; the cause in Indonesian)
    ("password authentication failed", "nama pengguna atau kata sandi ditolak server"),
    ("no password supplied", "server meminta kata sandi, tetapi URL register tidak memuatnya"),
    ("role", "nama pengguna tidak dikenal server"),
    ("does not exist", "basis data atau tabel yang disebut tidak ada di server"),
    ("connection refused", "server basis data tidak menjawab (belum berjalan, atau port salah)"),
    ("could not translate host name", "nama server basis data tidak dikenal"),
    ("name or service not known", "nama server basis data tidak dikenal"),
    ("timeout expired", "server basis data tidak menjawab dalam batas waktu"),
    ("permission denied", "pengguna basis data tidak berhak atas tabel register"),
    ("too many connections", "server basis data sedang melayani terlalu banyak koneksi"),
    ("value too long", "sebuah nilai lebih panjang daripada kolomnya di register"),
    ("file is not a database", "berkas register bukan basis data SQLite atau sudah rusak"),
    ("database disk image is malformed", "berkas register rusak"),
    ("unable to open database file", "berkas register tidak dapat dibuka (folder atau izin)"),
    ("readonly database", "berkas register hanya dapat dibaca"),
    ("disk i/o error", "galat baca/tulis disk pada berkas register"),
    ("database or disk is full", "ruang disk penuh"),
    ("database is locked", "register sedang dipakai proses lain"),
    ("server closed the connection", "koneksi ke server basis data terputus"),
    ("terminating connection", "koneksi ke server basis data terputus"),
    ("deadlock detected", "dua impor saling menunggu (deadlock)"),
    ("could not serialize", "impor lain mengubah data yang sama pada saat yang sama"),
)


def shown_url(url: str) -> str:
    """``url`` fit to print: the password replaced by ``***``."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return re.sub(r"//([^:/@]*):[^@]*@", r"//\1:***@", url)


def hide_secrets(text: str, url: str) -> str:
    """``text`` with the password of ``url`` (if any) blotted out."""
    try:
        password = make_url(url).password
    except ArgumentError:
        password = None
    if password:
        text = text.replace(str(password), "***")
    return re.sub(r"(password\s*=\s*)\S+", r"\1***", text, flags=re.IGNORECASE)


def cause(error: BaseException) -> str:
    """Why the database failed, in Indonesian."""
    if isinstance(error, ModuleNotFoundError):
        return f"driver basis data belum terpasang ({error.name}); pasang 'sopxl[postgresql]'"
    text = str(getattr(error, "orig", None) or error).lower()
    for fragment, words in _CAUSES:
        if fragment in text:
            if fragment == "role" and "does not exist" not in text:
                continue
            return words
    return "galat basis data (jalankan dengan 'sopxl --debug' untuk rinciannya)"


def database_error(doing: str, url: str, error: BaseException) -> OperationalError:
    """An :class:`OperationalError` saying what failed (``doing``, Indonesian), on which
    register and why; the raw text, password removed, as its ``detail``."""
    raw = f"{type(error).__name__}: {error}"
    failure = OperationalError(f"{doing} ({shown_url(url)}): {cause(error)}.")
    failure.detail = hide_secrets(raw, url)
    return failure


def is_database_error(error: BaseException) -> bool:
    return isinstance(error, SQLAlchemyError)
