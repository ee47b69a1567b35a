"""Finding and loading workbook files (.xlsx, .xlsm, .ods) into :class:`WorkbookData`.

This is the public entry of reading files: :data:`SUFFIXES`, :data:`FOLDER_SUFFIXES`,
:class:`Limits`, :class:`FoundWorkbooks`, :func:`find_workbooks` and
:func:`load_workbook_data`. Here too is the walk through each accepted format's parts:
which are read, how each is guarded, and the format and stamp that result.

Loading is guarded: every file is recognised by its content, and refused with a catalogue
code (``FILE_*``) before python-calamine sees it when it is not a workbook we accept or
could exhaust memory or time. The guards only touch what is cheap: the first bytes of the
file (:mod:`~sopxl.reading.loading.sniff`), the zip central directory
(:mod:`~sopxl.reading.loading.zipguard`), and each XML part inflated once with a bounded stream
(the heavy XML parsing of sheets stays in calamine, which is handed the inflated parts
stored, so that nothing is inflated twice). Why each guard exists:

- calamine builds a dense grid up to the farthest cell: one cell at ``XFD1048576`` in a
  17 KB file makes it allocate 512 GB and *abort the whole process* (not an exception),
  so cell addresses are checked from the sheet bytes, not from ``<dimension>`` alone
  (:mod:`~sopxl.reading.loading.extent`; each worksheet part is guarded by
  :mod:`~sopxl.reading.loading.sheetguard`, at once or when its sheet is first loaded);
- an .ods row repeated a million times is expanded cell by cell by calamine, so the
  repeats in content.xml are counted first (LibreOffice's usual trailing *empty* repeats
  are not expanded and are allowed);
- a central directory can lie about sizes, so parts are inflated with a cap and checked
  against their declared size and CRC;
- no XML part may declare a DTD or an entity (:mod:`~sopxl.reading.loading.xmlguard`).
"""

from __future__ import annotations

import io
import mmap
import os
import stat
import struct
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import IO, NamedTuple

from sopxl.reading.grid import SheetGrid, UnreadableFile, WorkbookData, clean_rows
from sopxl.reading.loading.extent import check_grid_size, ods_extents, worksheet_name
from sopxl.reading.loading.limits import Limits, megabytes, sheet_too_large
from sopxl.reading.loading.sheetguard import LazySheetGuard, guard_sheet_part
from sopxl.reading.loading.sniff import ZIP_MAGIC, refuse_non_zip
from sopxl.reading.loading.stamp import (
    STAMP_PREFIX,
    add_stamp,
    defined_name_stamps,
    named_expression_stamps,
)
from sopxl.reading.loading.xmlguard import (
    CUSTOM_PROPERTIES_NS,
    HEAD_BYTES,
    ODF_META_NS,
    xml_elements,
)
from sopxl.reading.loading.zipguard import (
    REMEMBERED_BYTES,
    Buffer,
    GuardedZip,
    check_declared_sizes,
)

__all__ = [
    "FOLDER_SUFFIXES",
    "SUFFIXES",
    "FoundWorkbooks",
    "Limits",
    "find_workbooks",
    "load_workbook_data",
]

SUFFIXES = (".xlsx", ".xlsm", ".ods")
"""Suffixes of the workbooks sopxl reads (compared case-insensitively)."""

FOLDER_SUFFIXES = (*SUFFIXES, ".xls")
"""Suffixes looked for inside folders: legacy .xls files too, so that an SKPD that sent one
hears that it must be saved again as .xlsx instead of being silently passed over."""


class FoundWorkbooks(NamedTuple):
    """What :func:`find_workbooks` found. Unpacks as ``files, missing``."""

    files: tuple[Path, ...]
    """Files to load, in a deterministic order, each once."""
    missing: tuple[Path, ...]
    """Arguments that do not exist."""


def find_workbooks(paths: Sequence[Path]) -> FoundWorkbooks:
    """Expand PATH arguments into files to load.

    A file given explicitly is always returned, whatever its suffix (so an ``.xls`` gets its
    own message when loaded). A folder is searched recursively, in sorted order, for
    ``.xlsx``, ``.xlsm`` and ``.ods`` files (any case), skipping hidden files and folders
    and Office lock files (``~$...``). Symlinked folders are not followed, and a folder
    that cannot be listed (no permission) is passed over. A file reached twice is returned
    once, at its first position. Never raises for a bad path.
    """
    files: list[Path] = []
    missing: list[Path] = []
    seen: set[str] = set()

    def add(path: Path, key: str) -> None:
        if key not in seen:
            seen.add(key)
            files.append(path)

    for path in paths:
        if path.is_dir():
            for found, key in _search_folder(path, os.path.realpath(path)):
                add(found, key)
        elif path.exists():
            add(path, os.path.realpath(path))
        else:
            missing.append(path)
    return FoundWorkbooks(tuple(files), tuple(missing))


def _search_folder(folder: Path, real: str) -> Iterator[tuple[Path, str]]:
    """The workbooks under ``folder``, each with its real path (``real`` is the folder's):
    worked out from the folder's, since folders reached are never symlinks; only a
    symlinked file is resolved (a realpath per file is three system calls)."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError:
        return
    subfolders: list[tuple[Path, str]] = []
    for entry in entries:
        if entry.name.startswith((".", "~$")):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                subfolders.append((Path(entry.path), os.path.join(real, entry.name)))
            elif entry.is_file() and entry.name.lower().endswith(FOLDER_SUFFIXES):
                link = entry.is_symlink()
                key = os.path.realpath(entry.path) if link else os.path.join(real, entry.name)
                yield Path(entry.path), key
        except OSError:
            continue
    # Files of a folder before its subfolders, so a person reads the listing top-down.
    for subfolder, real_subfolder in subfolders:
        yield from _search_folder(subfolder, real_subfolder)


def load_workbook_data(
    path: Path,
    limits: Limits = Limits(),  # noqa: B008 - a frozen dataclass: one shared default is safe
    *,
    lazy: bool = False,
    first: Sequence[str] = (),
) -> WorkbookData:
    """Read every sheet's values, its merges and the sopxl stamp.

    Raises :class:`UnreadableFile` (and nothing else, short of ``KeyboardInterrupt``) with
    one of the ``FILE_*`` codes of :mod:`sopxl.messages.files` when the file is not an
    accepted workbook, is damaged, hostile or beyond ``limits``. The file is only read.

    With ``lazy``, a sheet's values are only read when a reader first asks for the sheet,
    and an .xlsx worksheet part is guarded only then, just before calamine reads it (every
    other guard runs here): that access may then raise :class:`UnreadableFile` too. A
    sheet never asked for is never guarded nor read. Nor is a lazy workbook refused as
    empty (``FILE_EMPTY``) here: ask :meth:`WorkbookData.has_values` when done with it.
    The sheets named in ``first`` (those a reader will surely ask for) are guarded here
    all the same, so that calamine gets them already inflated.
    """
    try:
        with open(path, "rb") as handle:
            size = _regular_file_size(handle)
            if size == 0:
                raise UnreadableFile("FILE_EMPTY")
            head = handle.read(512)
            if not head.startswith(ZIP_MAGIC):
                refuse_non_zip(handle, head)
            # Mapped, not read: only the pages the guards touch are loaded, and calamine
            # reads the very bytes the guards saw. The mapping outlives the handle, and a
            # lazy workbook keeps it for the sheets still to be guarded.
            buffer = _map(handle)
        guarded = _guard_zip(buffer, limits, lazy=lazy, first=first)
        values = _Values(guarded.calamine_bytes or buffer, guarded.format, guarded.guard_sheet)
        if lazy:
            return WorkbookData(
                path, guarded.format, stamp=guarded.stamp, names=values.names, load=values.load
            )
        sheets = tuple(values.load(name) for name, _ in values.names)
    except UnreadableFile:
        raise
    except Exception as error:  # whatever a damaged file provokes: never a traceback
        raise _unreadable(error) from error
    if not any(sheet.has_value() for sheet in sheets):
        raise UnreadableFile("FILE_EMPTY")
    return WorkbookData(path=path, format=guarded.format, sheets=sheets, stamp=guarded.stamp)


def _unreadable(error: Exception) -> UnreadableFile:
    if isinstance(error, OSError):
        return UnreadableFile("FILE_UNREADABLE", detail=_os_detail(error))
    if isinstance(error, MemoryError):
        return UnreadableFile("FILE_UNREADABLE", detail="memori tidak cukup")
    if isinstance(error, zlib.error | struct.error | EOFError):
        return UnreadableFile("FILE_TRUNCATED")
    # whatever else a damaged file provokes: never a traceback
    return UnreadableFile("FILE_UNREADABLE", detail="strukturnya tidak dikenal")


# --- the file on disk ------------------------------------------------------------------


def _map(handle: IO[bytes]) -> Buffer:
    """The whole file, mapped read-only; read into memory where the file system cannot
    map files (some network and virtual file systems), or the file shrank to nothing."""
    try:
        return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        handle.seek(0)
        return handle.read()


def _regular_file_size(handle: IO[bytes]) -> int:
    info = os.fstat(handle.fileno())
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableFile("FILE_UNREADABLE", detail="bukan berkas biasa")
    return info.st_size


def _os_detail(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "berkas tidak ditemukan"
    if isinstance(error, PermissionError):
        return "tidak ada izin untuk membaca berkas"
    if isinstance(error, IsADirectoryError):
        return "ini sebuah folder, bukan berkas"
    return f"galat sistem saat membaca berkas (errno {error.errno})"


# --- which format the zip holds --------------------------------------------------------

_STRICT = b"http://purl.oclc.org/ooxml/spreadsheetml/main"
_MACRO_TYPES = (
    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    b"application/vnd.ms-excel.template.macroEnabled.main+xml",
)
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
_ODF_KINDS = (
    (b"application/vnd.oasis.opendocument.text", "dokumen teks OpenDocument (.odt)"),
    (b"application/vnd.oasis.opendocument.presentation", "presentasi OpenDocument (.odp)"),
    (b"application/vnd.oasis.opendocument.graphics", "gambar OpenDocument (.odg)"),
)


@dataclass(frozen=True)
class _Guarded:
    format: str
    stamp: dict[str, str]
    guard_sheet: Callable[[str], None] | None = None
    """Guards the named sheet's part, for a lazy load that left sheets unguarded."""
    calamine_bytes: bytes | None = None
    """What calamine is to read instead of the file (see :meth:`GuardedZip.stored_copy`)."""


def _guard_zip(
    buffer: Buffer, limits: Limits, *, lazy: bool = False, first: Sequence[str] = ()
) -> _Guarded:
    archive = GuardedZip(buffer, limits)
    names = archive.entries
    if "mimetype" in names:
        mimetype = archive.read_small("mimetype").strip()
        if mimetype.startswith(_ODS_MIME):
            return _guard_ods(archive)
        for prefix, detail in _ODF_KINDS:
            if mimetype.startswith(prefix):
                raise UnreadableFile("FILE_NOT_WORKBOOK", detail=detail)
    if "xl/workbook.xml" in names:
        return _guard_ooxml(archive, lazy=lazy, first=first)
    raise UnreadableFile("FILE_NOT_WORKBOOK", detail=_zip_kind(names))


def _zip_kind(names: Iterable[str]) -> str:
    listed = list(names)
    if "xl/workbook.bin" in listed:
        return "buku kerja biner Excel (.xlsb)"
    if "word/document.xml" in listed:
        return "dokumen Word (.docx)"
    if "ppt/presentation.xml" in listed:
        return "presentasi PowerPoint (.pptx)"
    if "mimetype" in listed or "[Content_Types].xml" in listed:
        return "dokumen perkantoran yang bukan lembar kerja"
    if any(name.lower().endswith(SUFFIXES) for name in listed):
        return "arsip ZIP berisi workbook; ekstrak dulu isinya"
    return "arsip ZIP"


# --- Office Open XML (.xlsx, .xlsm) ----------------------------------------------------

_CUSTOM_PART = "docProps/custom.xml"
_WORKBOOK_RELS = "xl/_rels/workbook.xml.rels"
_UNPARSED_PARTS = frozenset({"docProps/core.xml", "docProps/app.xml"})


def _guard_ooxml(archive: GuardedZip, *, lazy: bool = False, first: Sequence[str] = ()) -> _Guarded:
    limits = archive.limits
    names = archive.entries
    workbook = archive.read_small("xl/workbook.xml")
    if _STRICT in workbook[:HEAD_BYTES]:
        raise UnreadableFile("FILE_STRICT_OOXML")
    macro = False
    if "[Content_Types].xml" in names:
        types = archive.read_small("[Content_Types].xml")
        macro = any(kind in types for kind in _MACRO_TYPES)
    sheet_parts = [name for name in names if name.startswith("xl/worksheets/")]
    sheet_parts = [name for name in sheet_parts if name.endswith(".xml")]
    for part in sheet_parts:
        declared = names[part].size
        if declared > limits.max_part_bytes:
            sheet = worksheet_name(archive, workbook, part)
            raise sheet_too_large(sheet, megabytes(declared), megabytes(limits.max_part_bytes))
    xml_parts = [name for name in names if name.lower().endswith((".xml", ".rels"))]
    check_declared_sizes(archive, xml_parts)
    # Document metadata that nobody parses cannot hurt: not even inflated.
    xml_parts = [name for name in xml_parts if name not in _UNPARSED_PARTS]

    custom = archive.read_small(_CUSTOM_PART) if _CUSTOM_PART in names else b""
    rels = b""
    for name in xml_parts:
        if name in sheet_parts:
            if not lazy:
                guard_sheet_part(archive, workbook, name)
        elif name in archive.done:
            continue
        elif _parsed_by_calamine(name):
            # calamine does not check CRCs: a damaged part would be read as wrong values.
            data = archive.read_small(name)
            rels = data if name == _WORKBOOK_RELS else rels
        else:
            archive.check(name)
    stamp = defined_name_stamps(workbook)
    if STAMP_PREFIX.encode() in custom:
        small = len(custom) <= REMEMBERED_BYTES
        stamp.update(_remembered_custom_stamps(custom) if small else _custom_stamps(custom))
    guard = None
    if lazy:
        lazy_guard = LazySheetGuard(archive, workbook, rels, sheet_parts)
        lazy_guard.guard_known(first)
        guard = lazy_guard.guard
    return _Guarded("xlsm" if macro else "xlsx", stamp, guard, archive.stored_copy())


def _custom_stamps(custom: bytes) -> tuple[tuple[str, str], ...]:
    """The ``sopxl_*`` custom document properties of ``docProps/custom.xml``."""
    stamp: dict[str, str] = {}
    for attributes, text in xml_elements(custom, _CUSTOM_PART, f"{CUSTOM_PROPERTIES_NS} property"):
        add_stamp(stamp, attributes.get("name", ""), text.strip())
    return tuple(stamp.items())


# A pure function of a part that is the same in every form of one template: remembered
# when small (a refusal raises, and is never remembered).
_remembered_custom_stamps = lru_cache(maxsize=32)(_custom_stamps)


def _parsed_by_calamine(name: str) -> bool:
    """The parts calamine may parse (found by feeding it broken parts): the package rels
    and everything of the workbook but its theme."""
    return name == "_rels/.rels" or (name.startswith("xl/") and not name.startswith("xl/theme/"))


# --- OpenDocument spreadsheet (.ods) ---------------------------------------------------


def _guard_ods(archive: GuardedZip) -> _Guarded:
    limits = archive.limits
    names = archive.entries
    if "content.xml" not in names:
        raise UnreadableFile("FILE_TRUNCATED")
    xml_parts = [name for name in names if name.lower().endswith((".xml", ".rdf"))]
    check_declared_sizes(archive, xml_parts)
    content = b""
    meta = b""
    for name in xml_parts:
        if name in archive.done:
            continue
        if name == "content.xml":
            content = archive.read_small(name)
        elif name == "meta.xml":
            meta = archive.read_small(name)
        else:
            archive.read_small(name)  # few and small; which ones calamine parses may change
    for sheet, rows, columns in ods_extents(content):
        check_grid_size(rows, columns, limits, partial(sheet_too_large, sheet))
    stamp = named_expression_stamps(content)
    if STAMP_PREFIX.encode() in meta:
        for attributes, text in xml_elements(meta, "meta.xml", f"{ODF_META_NS} user-defined"):
            add_stamp(stamp, attributes.get(f"{ODF_META_NS} name", ""), text.strip())
    return _Guarded("ods", stamp)


# --- values, once the file is known to be safe -----------------------------------------


class _Values:
    """calamine's view of a guarded workbook: its sheets' names, and each sheet's values
    read on demand. Every failure of calamine is an :class:`UnreadableFile`."""

    def __init__(
        self,
        buffer: mmap.mmap | bytes,
        format_: str,
        guard: Callable[[str], None] | None = None,
    ) -> None:
        import python_calamine

        self.format = format_
        self._guard = guard
        with self._refusals():
            # From the guarded bytes, not the path: a file replaced meanwhile is not read,
            # and calamine recognises the format by content whatever the suffix.
            workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(buffer))
            visible = python_calamine.SheetVisibleEnum.Visible
            self.names = tuple(
                (meta.name, meta.visible != visible)
                for meta in workbook.sheets_metadata
                # chart and dialog sheets hold no cells
                if meta.typ == python_calamine.SheetTypeEnum.WorkSheet
            )
        self._workbook = workbook
        self._hidden = dict(self.names)

    def load(self, name: str) -> SheetGrid:
        if self._guard is not None:
            try:
                self._guard(name)
            except UnreadableFile:
                raise
            except Exception as error:  # whatever a damaged file provokes
                raise _unreadable(error) from error
        with self._refusals():
            sheet = self._workbook.get_sheet_by_name(name)
            rows = sheet.to_python(skip_empty_area=False)
            merged = tuple((a[0], a[1], b[0], b[1]) for a, b in (sheet.merged_cell_ranges or ()))
        values, cleaned, too_long = clean_rows(rows)
        return SheetGrid(
            name, values, merged, hidden=self._hidden[name], cleaned=cleaned, too_long=too_long
        )

    @contextmanager
    def _refusals(self) -> Iterator[None]:
        import python_calamine

        try:
            yield
        except (KeyboardInterrupt, SystemExit):
            raise
        except UnreadableFile:
            raise
        except python_calamine.PasswordError as error:
            raise UnreadableFile("FILE_ENCRYPTED") from error
        except python_calamine.ZipError as error:
            raise UnreadableFile("FILE_TRUNCATED") from error
        except BaseException as error:
            # Also pyo3's PanicException, which derives from BaseException: a panic in
            # calamine on one odd file must not end the batch.
            detail = f"isinya tidak dapat ditafsirkan sebagai workbook {self.format}"
            raise UnreadableFile("FILE_UNREADABLE", detail=detail) from error
