"""One exception base with two branches (bad input vs. operational failure).

The CLI catches :class:`SopxlError`, prints its Indonesian message and exits with the
class's ``exit_code``. Library code never prints.
"""

from __future__ import annotations

import errno


class SopxlError(Exception):
    """Base of every error sopxl raises on purpose. ``str(error)`` is Indonesian.
    ``detail``: technical text (a driver's own message), shown only with ``--debug``."""

    exit_code = 4
    detail: str = ""


class InputError(SopxlError):
    """The input cannot be used: a file that is not a readable workbook, a bad option value."""

    exit_code = 3


class UsageError(SopxlError):
    """The command was called wrongly (an option out of range, a missing argument)."""

    exit_code = 2


class OperationalError(SopxlError):
    """sopxl could not finish its own work: an output could not be written, a library failed."""

    exit_code = 4


class InternalError(SopxlError):
    """A bug of sopxl: not the user's fault, to be reported with the file (exit code 5)."""

    exit_code = 5


_OS_REASONS = {
    errno.ENOENT: "berkas atau folder tidak ada",
    errno.EACCES: "tidak ada izin untuk menulis atau membaca di sana",
    errno.EPERM: "tidak ada izin untuk menulis atau membaca di sana",
    errno.ENOSPC: "ruang disk penuh",
    errno.EROFS: "tempat itu hanya dapat dibaca",
    errno.EISDIR: "yang disebut adalah folder, bukan berkas",
    errno.ENOTDIR: "salah satu bagian jalurnya bukan folder",
    errno.ENAMETOOLONG: "nama berkas terlalu panjang",
    errno.EBUSY: "berkas sedang dipakai program lain",
    errno.EFBIG: "berkas melampaui batas ukuran berkas yang diizinkan (atau ruang disk penuh)",
    errno.EDQUOT: "kuota disk penuh",
}


def reason(error: BaseException) -> str:
    """Why an operation failed, in Indonesian when it is an operating-system error (also one
    wrapped by a library, as XlsxWriter's FileCreateError wraps it); else the error's text."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in _OS_REASONS:
            return _OS_REASONS[current.errno]
        wrapped = next((a for a in current.args if isinstance(a, BaseException)), None)
        current = wrapped or current.__cause__ or current.__context__
    return str(error)
