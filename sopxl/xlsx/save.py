"""Writing output files so that nothing half-written is ever left where a person looks.

Every workbook, PDF, image and SVG sopxl writes goes through :func:`atomic_output`: the
writer writes a temporary file in the target folder, and only a complete file is renamed
onto the target name (a rename within one folder is atomic). A file already at that name
is therefore replaced only by a complete one; a write that fails (disk full, no permission,
a path too long, Ctrl-C, a bug) leaves the target as it was and removes the temporary file.
A process killed outright (``kill -9``, power loss) can leave only a hidden temporary file
(``.sopxl-*.tmp``), which no sopxl command reads as a workbook.

Workbooks built with XlsxWriter need nothing more than :func:`sopxl.xlsx.workbook.open_workbook`
(which points XlsxWriter at a temporary name beside the target) and :func:`save_workbook`
(the one place a workbook is written: closed, checked, renamed into place)::

    workbook = open_workbook(path, title, kind, version)
    ...  # build the sheets
    save_workbook(workbook)
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, NoReturn

from sopxl.errors import OperationalError, reason

TEMPORARY_PREFIX = ".sopxl-"
TEMPORARY_SUFFIX = ".tmp"


class OutputNotWritten(OperationalError):
    """An output file could not be written; the message says which and why, in Indonesian.
    Whatever was at the path before is still there."""


def temporary_name() -> str:
    """A short hidden name (a long target name must not make the temporary one too long)."""
    # os.urandom, as secrets.token_hex does, without importing secrets (hmac, hashlib,
    # OpenSSL): every command imports this module, and that cost ~5 ms at each start.
    return f"{TEMPORARY_PREFIX}{os.getpid()}-{os.urandom(4).hex()}{TEMPORARY_SUFFIX}"


@contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Yield a temporary path in ``path``'s folder to write to; when the block ends without
    an exception, move the file written there to ``path``.

    Raises :class:`OutputNotWritten` (exit code 4) for an operating-system error (also one
    wrapped by a library), re-raises anything else; either way the temporary file is gone
    and ``path`` untouched.
    """
    path = Path(path)
    temporary = temporary_path(path)
    try:
        yield temporary
        _commit(temporary, path)
    except BaseException as error:
        _fail(error, temporary, path)


def temporary_path(path: Path) -> Path:
    """Where to write the file that will become ``path``."""
    return Path(path).parent / temporary_name()


def save_workbook(workbook: Any) -> None:
    """Write an XlsxWriter workbook made by :func:`sopxl.xlsx.workbook.open_workbook` to its
    target, atomically (see :func:`atomic_output`). Its ``close()`` does the same, so a
    writer that closes the workbook itself is just as safe."""
    workbook.close()


def finish(temporary: Path, target: Path, write: Callable[[], object]) -> None:
    """Run ``write`` (which writes ``temporary``), then move the result onto ``target``;
    on any failure remove ``temporary`` and raise as :func:`atomic_output` does."""
    try:
        write()
        _commit(temporary, target)
    except BaseException as error:
        _fail(error, temporary, target)


def _commit(temporary: Path, path: Path) -> None:
    if not temporary.exists():
        raise OutputNotWritten(
            f"Berkas {path} tidak ditulis: penulisnya tidak menghasilkan apa pun."
        )
    _flush(temporary)
    os.replace(temporary, path)


def _fail(error: BaseException, temporary: Path, path: Path) -> NoReturn:
    _remove(temporary)
    if isinstance(error, OperationalError) or not _is_os_error(error):
        raise error
    raise OutputNotWritten(f"Berkas {path} tidak dapat ditulis: {reason(error)}.") from error


def make_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) for output files unless it exists; raise
    :class:`OutputNotWritten` saying which folder and why when it cannot be made."""
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputNotWritten(f"Folder {folder} tidak dapat dibuat: {reason(error)}.") from error


def write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (SVG text, a finished PNG)."""
    with atomic_output(path) as temporary:
        temporary.write_bytes(data)


def _flush(path: Path) -> None:
    """Force the bytes to disk before the rename, so a crash cannot leave the new name
    pointing at a file whose data never reached the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    with suppress(OSError):
        path.unlink(missing_ok=True)


def _is_os_error(error: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError):
            return True
        wrapped = next((a for a in current.args if isinstance(a, BaseException)), None)
        current = wrapped or current.__cause__ or current.__context__
    return False
