"""Finding and loading workbook files (.xlsx, .xlsm, .ods) into :class:`WorkbookData`.

Loading is guarded: every file is recognised by its content, and refused with a catalogue
code (``FILE_*``) before python-calamine sees it when it is not a workbook we accept or
could exhaust memory or time. The guards only touch what is cheap: the first bytes of the
file, the zip central directory, and each XML part inflated once with a bounded stream
(the heavy XML parsing of sheets stays in calamine). Why each guard exists:

- calamine builds a dense grid up to the farthest cell: one cell at ``XFD1048576`` in a
  17 KB file makes it allocate 512 GB and *abort the whole process* (not an exception),
  so cell addresses are checked from the sheet bytes, not from ``<dimension>`` alone;
- an .ods row repeated a million times is expanded cell by cell by calamine, so the
  repeats in content.xml are counted first (LibreOffice's usual trailing *empty* repeats
  are not expanded and are allowed);
- a central directory can lie about sizes, so parts are inflated with a cap and checked
  against their declared size and CRC.
"""

from __future__ import annotations

import html
import os
import posixpath
import re
import stat
import struct
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO, NamedTuple
from xml.parsers import expat

from sopxl.reading.grid import SheetGrid, UnreadableFile, WorkbookData

SUFFIXES = (".xlsx", ".xlsm", ".ods")
"""Suffixes of the workbooks sopxl reads (compared case-insensitively)."""

FOLDER_SUFFIXES = (*SUFFIXES, ".xls")
"""Suffixes looked for inside folders: legacy .xls files too, so that an SKPD that sent one
hears that it must be saved again as .xlsx instead of being silently passed over."""

_MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Sizes beyond which a file is refused rather than read. The defaults are generous
    for an SOP form (a few hundred rows, a few dozen columns, well under 1 MB)."""

    max_parts: int = 10_000
    """Entries in the zip (each costs memory before anything is read)."""
    max_directory_bytes: int = 4 * _MB
    """Size of the zip central directory."""
    max_total_bytes: int = 100 * _MB
    """Declared (and actual) uncompressed size of all entries together."""
    max_part_bytes: int = 30 * _MB
    """Uncompressed size of any one XML part (a sheet, sharedStrings.xml, content.xml)."""
    max_ratio: int = 100
    """Compression ratio beyond which an entry larger than ``ratio_floor_bytes`` is a bomb."""
    ratio_floor_bytes: int = 4 * _MB
    max_rows: int = 20_000
    max_columns: int = 16_384
    max_cells: int = 2_000_000
    """Rows x columns of the grid a sheet would become (addresses are never shifted, so
    this counts from A1 to the farthest cell)."""


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

    def add(path: Path) -> None:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            files.append(path)

    for path in paths:
        if path.is_dir():
            for found in _search_folder(path):
                add(found)
        elif path.exists():
            add(path)
        else:
            missing.append(path)
    return FoundWorkbooks(tuple(files), tuple(missing))


def _search_folder(folder: Path) -> Iterator[Path]:
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError:
        return
    subfolders: list[Path] = []
    for entry in entries:
        if entry.name.startswith((".", "~$")):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                subfolders.append(Path(entry.path))
            elif entry.is_file() and entry.name.lower().endswith(FOLDER_SUFFIXES):
                yield Path(entry.path)
        except OSError:
            continue
    # Files of a folder before its subfolders, so a person reads the listing top-down.
    for subfolder in subfolders:
        yield from _search_folder(subfolder)


def load_workbook_data(path: Path, limits: Limits = Limits()) -> WorkbookData:
    """Read every sheet's values, its merges and the sopxl stamp.

    Raises :class:`UnreadableFile` (and nothing else, short of ``KeyboardInterrupt``) with
    one of the ``FILE_*`` codes of :mod:`sopxl.messages.files` when the file is not an
    accepted workbook, is damaged, hostile or beyond ``limits``. The file is only read.
    """
    try:
        with open(path, "rb") as handle:
            size = _regular_file_size(handle)
            if size == 0:
                raise UnreadableFile("FILE_EMPTY")
            head = handle.read(512)
            if not head.startswith(_ZIP_MAGIC):
                _refuse_non_zip(handle, head)
            guarded = _guard_zip(handle, size, limits)
            sheets = _read_values(path, handle, guarded.format)
    except UnreadableFile:
        raise
    except OSError as error:
        raise UnreadableFile("FILE_UNREADABLE", detail=_os_detail(error)) from error
    except MemoryError as error:
        raise UnreadableFile("FILE_UNREADABLE", detail="memori tidak cukup") from error
    except (zlib.error, struct.error, EOFError) as error:
        raise UnreadableFile("FILE_TRUNCATED") from error
    except Exception as error:  # whatever else a damaged file provokes: never a traceback
        raise UnreadableFile("FILE_UNREADABLE", detail="strukturnya tidak dikenal") from error
    if not any(_has_value(sheet) for sheet in sheets):
        raise UnreadableFile("FILE_EMPTY")
    return WorkbookData(path=path, format=guarded.format, sheets=sheets, stamp=guarded.stamp)


# --- recognising what a file is --------------------------------------------------------

_ZIP_MAGIC = b"PK\x03\x04"
_EMPTY_ZIP_MAGIC = b"PK\x05\x06"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "dokumen PDF"),
    (b"\x89PNG", "gambar PNG"),
    (b"\xff\xd8\xff", "gambar JPEG"),
    (b"GIF8", "gambar GIF"),
    (b"BM", "gambar BMP"),
    (b"II*\x00", "gambar TIFF"),
    (b"MM\x00*", "gambar TIFF"),
    (b"{\\rtf", "dokumen RTF"),
    (b"Rar!", "arsip RAR"),
    (b"7z\xbc\xaf", "arsip 7-Zip"),
    (b"\x1f\x8b", "arsip GZIP"),
    (b"MZ", "program Windows (.exe)"),
    (_EMPTY_ZIP_MAGIC, "arsip ZIP kosong"),
)


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


def _refuse_non_zip(handle: IO[bytes], head: bytes) -> None:
    """Every accepted format is a zip; name what this file is instead."""
    if head.startswith(_OLE_MAGIC):
        _refuse_ole(handle)
    for magic, detail in _SIGNATURES:
        if head.startswith(magic):
            raise UnreadableFile("FILE_NOT_WORKBOOK", detail=detail)
    raise UnreadableFile("FILE_NOT_WORKBOOK", detail=_text_kind(head))


def _text_kind(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head[2:].decode("utf-16-le" if head[0] == 0xFF else "utf-16-be", "ignore")
    elif b"\x00" in head:
        return "jenis berkas tidak dikenal"
    else:
        text = head.decode("utf-8", "ignore")
    lowered = text.lstrip("\ufeff \t\r\n").lower()
    if lowered.startswith(("<!doctype html", "<html")) or "<html" in lowered:
        # Web applications often export an HTML table under an .xls name.
        return "halaman web (HTML), bukan workbook asli"
    if lowered.startswith("<?xml") or lowered.startswith("<"):
        if "urn:schemas-microsoft-com:office:spreadsheet" in lowered:
            return "XML Spreadsheet 2003"
        return "berkas XML"
    return "berkas teks, misalnya CSV"


def _refuse_ole(handle: IO[bytes]) -> None:
    """OLE2 compound files: Excel 97-2003, an encrypted OOXML package, or another Office
    document. Decided by the names of the streams in the compound file's directory."""
    try:
        names = _ole_stream_names(handle)
    except (OSError, struct.error, ValueError):
        names = set()
    if names & {"EncryptionInfo", "EncryptedPackage"}:
        raise UnreadableFile("FILE_ENCRYPTED")
    if "WordDocument" in names:
        raise UnreadableFile("FILE_NOT_WORKBOOK", detail="dokumen Word lama (.doc)")
    if "PowerPoint Document" in names:
        raise UnreadableFile("FILE_NOT_WORKBOOK", detail="presentasi PowerPoint lama (.ppt)")
    # "Workbook"/"Book" streams, and damaged compound files too: an old Excel file is by
    # far the likeliest, and the remedy (save as .xlsx) is the same.
    raise UnreadableFile("FILE_LEGACY_XLS")


_FREE_SECTORS = 0xFFFFFFFA  # sector ids from here up are markers, not sectors


def _ole_stream_names(handle: IO[bytes]) -> set[str]:
    """The entry names of a compound file's directory ([MS-CFB] 2.2, 2.6), following the
    directory's sector chain through the FAT; bounded so a looping chain cannot hang."""
    handle.seek(0)
    header = handle.read(512)
    shift = struct.unpack_from("<H", header, 0x1E)[0]
    if shift not in (9, 12):
        raise ValueError("sector size")
    sector_size = 1 << shift
    fat_count, first_directory = struct.unpack_from("<II", header, 0x2C)
    fat_sectors = list(struct.unpack_from("<109I", header, 0x4C))[: min(fat_count, 109)]
    per_sector = sector_size // 4

    def read_sector(sector: int) -> bytes:
        handle.seek((sector + 1) * sector_size)
        data = handle.read(sector_size)
        if len(data) < sector_size:
            raise ValueError("truncated")
        return data

    fat_cache: dict[int, tuple[int, ...]] = {}

    def next_sector(sector: int) -> int:
        index, offset = divmod(sector, per_sector)
        if index >= len(fat_sectors):
            # The directory of a huge file may need DIFAT sectors: not worth it for a refusal.
            raise ValueError("fat beyond header")
        if index not in fat_cache:
            fat_cache[index] = struct.unpack(f"<{per_sector}I", read_sector(fat_sectors[index]))
        return int(fat_cache[index][offset])

    names: set[str] = set()
    sector = first_directory
    visited: set[int] = set()
    while sector < _FREE_SECTORS and sector not in visited and len(visited) < 4096:
        visited.add(sector)
        data = read_sector(sector)
        for start in range(0, sector_size, 128):
            length = struct.unpack_from("<H", data, start + 64)[0]
            if 2 <= length <= 64:
                names.add(data[start : start + length - 2].decode("utf-16-le", "replace"))
        sector = next_sector(sector)
    return names


# --- the zip container -----------------------------------------------------------------

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
_STAMP_PREFIX = "sopxl_"
_HEAD_BYTES = 16 * 1024
"""Head of a sheet: its prolog and, right after the root element, ``<dimension>``."""
_PROLOG_BYTES = 1024
"""Head of any other part: real prologs are one line; a DOCTYPE must come before the root."""
_DEFLATE_MAX_RATIO = 1032
# Signature, flags, method, CRC, sizes, name/extra/comment lengths, local header offset.
_DIRECTORY_ENTRY = struct.Struct("<I4xHH4xIIIHHH8xI")
_LOCAL_HEADER_SIZE = 30
_UTF8_NAMES = 0x800
_ENCRYPTED_ENTRY = 0x1
_STORED, _DEFLATED = 0, 8


class _Entry(NamedTuple):
    flags: int
    method: int
    crc: int
    compressed: int
    size: int
    offset: int


@dataclass(frozen=True)
class _Guarded:
    format: str
    stamp: dict[str, str]


class _Zip:
    """A zip read by hand: its central directory, and its parts inflated with a cap.

    zipfile is not used: it loads a directory of any size before we could refuse it,
    silently keeps one of two entries with the same name (where calamine may read the
    other), and costs more than this for the few entries of a form."""

    def __init__(self, handle: IO[bytes], size: int, limits: Limits) -> None:
        self.handle = handle
        self.limits = limits
        self.entries = _read_central_directory(handle, size, limits)
        self.inflated = 0
        self.done: set[str] = set()

    def read(
        self,
        name: str,
        too_big: Callable[[str], UnreadableFile],
        on_head: Callable[[bytes], None] | None = None,
    ) -> bytes:
        """The part's bytes, inflated at most to ``max_part_bytes`` (``too_big`` gives the
        refusal) whatever the directory declares; ``on_head`` sees the first bytes before
        the rest is inflated. A size or CRC differing from the directory is damage."""
        entry = self.entries[name]
        bound = self.limits.max_part_bytes
        self._open(entry)
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        chunks: list[bytes] = []
        produced = 0
        remaining = entry.compressed
        head_pending = on_head is not None
        while remaining > 0:
            compressed = self.handle.read(min(remaining, 256 * 1024))
            if not compressed:
                raise UnreadableFile("FILE_TRUNCATED")
            remaining -= len(compressed)
            # max_length caps each call's output, so a bomb never fills memory.
            if entry.method == _DEFLATED:
                compressed = inflater.decompress(compressed, bound + 1 - produced)
            chunks.append(compressed)
            produced += len(compressed)
            if produced > bound:
                raise too_big(f"lebih dari {_megabytes(bound)}")
            if head_pending and produced >= _HEAD_BYTES and on_head is not None:
                head_pending = False
                on_head(b"".join(chunks)[:_HEAD_BYTES])
        data = b"".join(chunks)
        if head_pending and on_head is not None:
            on_head(data)
        if entry.method == _DEFLATED and not inflater.eof:
            raise UnreadableFile("FILE_TRUNCATED")
        if len(data) != entry.size or zlib.crc32(data) != entry.crc:
            raise UnreadableFile("FILE_TRUNCATED")
        self.done.add(name)
        self.inflated += len(data)
        if self.inflated > self.limits.max_total_bytes:
            raise _zip_bomb(self.inflated, self.limits.max_total_bytes)
        return data

    def read_small(self, name: str) -> bytes:
        """A part that is small in any real workbook; checked for a DTD."""
        return self.read(name, lambda size: _part_too_large(name, size, self.limits), _no_dtd(name))

    def check(self, name: str) -> None:
        """Guard a part that neither calamine nor sopxl parses: only a DTD in its head is
        refused (cheaply), unless its compressed size could inflate beyond the limit
        (deflate expands at most ``_DEFLATE_MAX_RATIO`` times): then it is read in full."""
        entry = self.entries[name]
        if entry.compressed * _DEFLATE_MAX_RATIO > self.limits.max_part_bytes:
            self.read_small(name)
            return
        self._open(entry)
        head = self.handle.read(min(entry.compressed, _PROLOG_BYTES))
        if entry.method == _DEFLATED:
            head = zlib.decompressobj(-zlib.MAX_WBITS).decompress(head, _PROLOG_BYTES)
        _no_dtd(name, _PROLOG_BYTES)(head)

    def _open(self, entry: _Entry) -> None:
        """Position the handle at the entry's data, after its local header."""
        if entry.flags & _ENCRYPTED_ENTRY:
            raise UnreadableFile("FILE_ENCRYPTED")
        if entry.method not in (_STORED, _DEFLATED):
            raise UnreadableFile("FILE_UNREADABLE", detail="metode pemampatan ZIP tidak dikenal")
        self.handle.seek(entry.offset)
        local = self.handle.read(_LOCAL_HEADER_SIZE)
        if len(local) < _LOCAL_HEADER_SIZE or not local.startswith(_ZIP_MAGIC):
            raise UnreadableFile("FILE_TRUNCATED")
        name_length, extra_length = struct.unpack_from("<HH", local, 26)
        self.handle.seek(name_length + extra_length, os.SEEK_CUR)


def _read_central_directory(handle: IO[bytes], size: int, limits: Limits) -> dict[str, _Entry]:
    """The entries by name ([APPNOTE] 4.3.12-16), refusing from the end record alone a
    directory too large to load; entries are located as zipfile does when data precedes
    the zip (a self-extracting archive)."""
    tail_size = min(size, 22 + 65_535)
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    at = tail.rfind(_EMPTY_ZIP_MAGIC)
    if at < 0 or len(tail) - at < 22:
        raise UnreadableFile("FILE_TRUNCATED")
    count, directory_size, directory_offset = struct.unpack_from("<HII", tail, at + 10)
    end_record = size - tail_size + at
    if at >= 20 and tail[at - 20 : at - 16] == b"PK\x06\x07":
        # Zip64: the real figures are in the zip64 end record the locator points at.
        (record,) = struct.unpack_from("<Q", tail, at - 12)
        handle.seek(record)
        zip64 = handle.read(56)
        if len(zip64) < 56 or not zip64.startswith(b"PK\x06\x06"):
            raise UnreadableFile("FILE_TRUNCATED")
        count, directory_size, directory_offset = struct.unpack_from("<QQQ", zip64, 32)
        end_record = record
    if count > limits.max_parts:
        limit = _count(limits.max_parts, "bagian")
        raise UnreadableFile("FILE_ZIP_BOMB", size=_count(count, "bagian"), limit=limit)
    if directory_size > limits.max_directory_bytes:
        raise _zip_bomb(directory_size, limits.max_directory_bytes)
    shift = end_record - directory_size - directory_offset
    if shift < 0:
        raise UnreadableFile("FILE_TRUNCATED")
    handle.seek(directory_offset + shift)
    directory = handle.read(directory_size)
    if len(directory) < directory_size:
        raise UnreadableFile("FILE_TRUNCATED")
    entries: dict[str, _Entry] = {}
    position = 0
    for _ in range(count):
        (
            signature,
            flags,
            method,
            crc,
            compressed,
            declared,
            name_length,
            extra_length,
            comment_length,
            offset,
        ) = _DIRECTORY_ENTRY.unpack_from(directory, position)
        if signature != 0x02014B50:
            raise UnreadableFile("FILE_TRUNCATED")
        start = position + _DIRECTORY_ENTRY.size
        raw_name = directory[start : start + name_length]
        name = raw_name.decode("utf-8" if flags & _UTF8_NAMES else "cp437", "replace")
        if 0xFFFFFFFF in (compressed, declared, offset):
            extra = directory[start + name_length : start + name_length + extra_length]
            declared, compressed, offset = _zip64_sizes(extra, declared, compressed, offset)
        if name in entries:
            # Two parts of one name: calamine might read the one we did not check.
            raise UnreadableFile("FILE_UNREADABLE", detail=f"bagian {name} muncul dua kali")
        entries[name] = _Entry(flags, method, crc, compressed, declared, offset + shift)
        position = start + name_length + extra_length + comment_length
    return entries


def _zip64_sizes(extra: bytes, size: int, compressed: int, offset: int) -> tuple[int, int, int]:
    """Sizes and offset from the zip64 extra field: each value that is 0xFFFFFFFF in the
    directory is there, in this order ([APPNOTE] 4.5.3)."""
    position = 0
    while position + 4 <= len(extra):
        kind, length = struct.unpack_from("<HH", extra, position)
        if kind == 0x0001:
            values = iter(struct.unpack_from(f"<{length // 8}Q", extra, position + 4))
            size = next(values) if size == 0xFFFFFFFF else size
            compressed = next(values) if compressed == 0xFFFFFFFF else compressed
            offset = next(values) if offset == 0xFFFFFFFF else offset
            break
        position += 4 + length
    return size, compressed, offset


def _guard_zip(handle: IO[bytes], size: int, limits: Limits) -> _Guarded:
    archive = _Zip(handle, size, limits)
    names = archive.entries
    if "mimetype" in names:
        mimetype = archive.read_small("mimetype").strip()
        if mimetype.startswith(_ODS_MIME):
            return _guard_ods(archive)
        for prefix, detail in _ODF_KINDS:
            if mimetype.startswith(prefix):
                raise UnreadableFile("FILE_NOT_WORKBOOK", detail=detail)
    if "xl/workbook.xml" in names:
        return _guard_ooxml(archive)
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


def _check_declared_sizes(archive: _Zip, xml_parts: Sequence[str]) -> None:
    """Decide from the central directory, before inflating, that a zip is a bomb."""
    limits = archive.limits
    entries = archive.entries.values()
    total = sum(entry.size for entry in entries)
    if total > limits.max_total_bytes:
        raise _zip_bomb(total, limits.max_total_bytes)
    for entry in entries:
        ratio = entry.size / max(entry.compressed, 1)
        if entry.size > limits.ratio_floor_bytes and ratio > limits.max_ratio:
            raise UnreadableFile(
                "FILE_ZIP_BOMB",
                size=f"{_megabytes(entry.size)} ({ratio:.0f} kali ukuran termampatnya)",
                limit=f"{limits.max_ratio} kali",
            )
    for name in xml_parts:
        declared = archive.entries[name].size
        if declared > limits.max_part_bytes:
            raise _part_too_large(name, _megabytes(declared), limits)


# --- Office Open XML (.xlsx, .xlsm) ----------------------------------------------------

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
# Starts with a literal, not "<", so the search skips through the head at C speed.
_DIMENSION = re.compile(rb"dimension\s[^>]*?ref=[\"']([^\"']*)[\"']")
_A1 = re.compile(r"\$?([A-Za-z]+)\$?([0-9]+)")
# Any unprefixed cell tag but the plain <c r="A1234"> (one letter, at most four digits)
# that Excel, LibreOffice, XlsxWriter and openpyxl write for a form; prefixed tags (<x:c>)
# are caught by looking for ":c". One cheap pass that finds nothing in a normal form.
_UNUSUAL_CELL = re.compile(rb'<c(?![A-Za-z]| r="[A-Z][0-9]{1,4}")')
_SMALL_GRID = (9_999, 26)
_CELL_ROW = re.compile(rb"\br\s*=\s*[\"'][A-Za-z]+([0-9]+)[\"']")
_CELL_COLUMN = re.compile(rb"\br\s*=\s*[\"']([A-Za-z]+)[0-9]+[\"']")
_CELL_TAG = re.compile(rb"<(?:[\w.-]+:)?c[\s/>]")
_ROW_TAG = re.compile(rb"<(?:[\w.-]+:)?row[\s/>]")
_CUSTOM_PART = "docProps/custom.xml"
_UNPARSED_PARTS = frozenset({"docProps/core.xml", "docProps/app.xml"})


def _guard_ooxml(archive: _Zip) -> _Guarded:
    limits = archive.limits
    names = archive.entries
    workbook = archive.read_small("xl/workbook.xml")
    if _STRICT in workbook[:_HEAD_BYTES]:
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
            sheet = _sheet_name(archive, workbook, part)
            raise _too_large(sheet, _megabytes(declared), _megabytes(limits.max_part_bytes))
    xml_parts = [name for name in names if name.lower().endswith((".xml", ".rels"))]
    _check_declared_sizes(archive, xml_parts)
    # Document metadata that nobody parses cannot hurt: not even inflated.
    xml_parts = [name for name in xml_parts if name not in _UNPARSED_PARTS]

    custom = archive.read_small(_CUSTOM_PART) if _CUSTOM_PART in names else b""
    for name in xml_parts:
        if name in sheet_parts:
            refusal = _SheetRefusal(archive, workbook, name)
            data = archive.read(name, refusal.too_big, refusal.check_head)
            _check_sheet_extent(data, refusal)
        elif name in archive.done:
            continue
        elif _parsed_by_calamine(name):
            # calamine does not check CRCs: a damaged part would be read as wrong values.
            archive.read_small(name)
        else:
            archive.check(name)
    stamp = _defined_name_stamps(workbook)
    if _STAMP_PREFIX.encode() in custom:
        for attributes, text in _elements(custom, _CUSTOM_PART, f"{_CUSTOM} property"):
            _add_stamp(stamp, attributes.get("name", ""), text.strip())
    return _Guarded("xlsm" if macro else "xlsx", stamp)


def _parsed_by_calamine(name: str) -> bool:
    """The parts calamine may parse (found by feeding it broken parts): the package rels
    and everything of the workbook but its theme."""
    return name == "_rels/.rels" or (name.startswith("xl/") and not name.startswith("xl/theme/"))


def _sheet_name(archive: _Zip, workbook: bytes, part: str) -> str:
    """The name people see for a worksheet part, for a refusal (so only parsed then);
    the part name when no sheet of the workbook points at it."""
    rels_name = "xl/_rels/workbook.xml.rels"
    if rels_name not in archive.entries:
        return part
    ids = set()
    rels = archive.read_small(rels_name)
    for attributes, _ in _elements(rels, rels_name, f"{_PKG_REL} Relationship"):
        target = attributes.get("Target", "")
        resolved = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        if posixpath.normpath(resolved) == part:
            ids.add(attributes.get("Id"))
    for attributes, _ in _elements(workbook, "xl/workbook.xml", f"{_MAIN} sheet"):
        if attributes.get(f"{_REL} id") in ids:
            return attributes.get("name", part)
    return part


class _SheetRefusal:
    """Refusals for one worksheet part, naming its sheet."""

    def __init__(self, archive: _Zip, workbook: bytes, part: str) -> None:
        self.archive = archive
        self.workbook = workbook
        self.part = part
        self.limits = archive.limits
        self.no_dtd = _no_dtd(part)

    def too_large(self, size: str, limit: str) -> UnreadableFile:
        return _too_large(_sheet_name(self.archive, self.workbook, self.part), size, limit)

    def too_big(self, size: str) -> UnreadableFile:
        return self.too_large(size, _megabytes(self.limits.max_part_bytes))

    def check_head(self, head: bytes) -> None:
        """A DTD, or a ``<dimension>`` beyond the limits: the early refusal of an honest
        huge sheet, before the rest of it is inflated."""
        self.no_dtd(head)
        found = _DIMENSION.search(head)
        cell = found and _A1.fullmatch(found.group(1).decode("ascii", "replace").split(":")[-1])
        if cell:
            self.check_grid(int(cell.group(2)), _column_number(cell.group(1)))

    def check_grid(self, rows: int, columns: int) -> None:
        _check_grid(rows, columns, self.limits, self.too_large)


def _check_grid(
    rows: int, columns: int, limits: Limits, refuse: Callable[[str, str], UnreadableFile]
) -> None:
    """Refuse a grid of ``rows`` x ``columns`` beyond the limits; ``refuse(size, limit)``."""
    if rows > limits.max_rows:
        raise refuse(_count(rows, "baris"), _count(limits.max_rows, "baris"))
    if columns > limits.max_columns:
        raise refuse(_count(columns, "kolom"), _count(limits.max_columns, "kolom"))
    if rows * columns > limits.max_cells:
        raise refuse(_count(rows * columns, "sel"), _count(limits.max_cells, "sel"))


def _check_sheet_extent(data: bytes, refusal: _SheetRefusal) -> None:
    """calamine's grid reaches the farthest cell whatever ``<dimension>`` says; find it
    from the cell addresses in the bytes (C-speed scans, no XML parsing)."""
    limits = refusal.limits
    small_rows, small_columns = _SMALL_GRID
    fits_small = (
        small_rows <= limits.max_rows
        and small_columns <= limits.max_columns
        and small_rows * small_columns <= limits.max_cells
    )
    if fits_small and b":c" not in data and not _UNUSUAL_CELL.search(data):
        return
    rows = max(map(int, set(_CELL_ROW.findall(data))), default=0)
    columns = max(map(_column_number, set(_CELL_COLUMN.findall(data))), default=0)
    addressed = len(_CELL_ROW.findall(data))
    cells = len(_CELL_TAG.findall(data))
    if cells > addressed:
        # calamine places a cell without an address after the previous one, and a row
        # without one after the previous row: bound them generously.
        columns += cells - addressed
        rows += len(_ROW_TAG.findall(data))
    refusal.check_grid(rows, columns)


def _column_number(letters: bytes | str) -> int:
    text = letters.decode("ascii") if isinstance(letters, bytes) else letters
    number = 0
    for letter in text.upper():
        number = number * 26 + ord(letter) - 64
    return number


def _defined_name_stamps(workbook: bytes) -> dict[str, str]:
    """Workbook-level defined names ``sopxl_*`` whose formula is one text constant."""
    stamp: dict[str, str] = {}
    if _STAMP_PREFIX.encode() in workbook:
        for attributes, text in _elements(workbook, "xl/workbook.xml", f"{_MAIN} definedName"):
            if "localSheetId" not in attributes:
                _add_stamp(stamp, attributes.get("name", ""), _text_constant(text))
    return stamp


def _text_constant(formula: str) -> str | None:
    """``"sop"`` (or ``="sop"``) -> ``sop``; anything but one text constant -> None."""
    text = formula.strip().removeprefix("of:").removeprefix("=").strip()
    if len(text) >= 2 and text[0] == text[-1] == '"' and '"' not in text[1:-1].replace('""', ""):
        return text[1:-1].replace('""', '"')
    return None


def _add_stamp(stamp: dict[str, str], name: str, value: str | None) -> None:
    if name.lower().startswith(_STAMP_PREFIX) and value is not None:
        stamp[name.lower()] = value


# --- OpenDocument spreadsheet (.ods) ---------------------------------------------------

_META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
_ODS_TABLE = re.compile(rb"<table:table\s[^>]*?table:name=\"([^\"]*)\"")
_ODS_ROW = re.compile(rb"<table:table-row\b([^>]*?)(?:/>|>(.*?)</table:table-row>)", re.DOTALL)
_ODS_CELL = re.compile(
    rb"<table:(?:covered-)?table-cell\b([^>]*?)(?:/>|>(.*?)</table:(?:covered-)?table-cell>)",
    re.DOTALL,
)
_ROWS_REPEATED = re.compile(rb"table:number-rows-repeated=\"([0-9]+)\"")
_COLUMNS_REPEATED = re.compile(rb"table:number-columns-repeated=\"([0-9]+)\"")
_NAMED_EXPRESSION = re.compile(rb"<table:named-expression\s([^>]*)>")
_ATTRIBUTE = re.compile(rb"([\w:.-]+)=\"([^\"]*)\"")


def _guard_ods(archive: _Zip) -> _Guarded:
    limits = archive.limits
    names = archive.entries
    if "content.xml" not in names:
        raise UnreadableFile("FILE_TRUNCATED")
    xml_parts = [name for name in names if name.lower().endswith((".xml", ".rdf"))]
    _check_declared_sizes(archive, xml_parts)
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
    for sheet, rows, columns in _ods_extents(content):
        _check_grid(rows, columns, limits, partial(_too_large, sheet))
    stamp = _named_expression_stamps(content)
    if _STAMP_PREFIX.encode() in meta:
        for attributes, text in _elements(meta, "meta.xml", f"{_META} user-defined"):
            _add_stamp(stamp, attributes.get(f"{_META} name", ""), text.strip())
    return _Guarded("ods", stamp)


def _ods_extents(content: bytes) -> Iterator[tuple[str, int, int]]:
    """(table, rows, columns) up to the last non-empty cell of each table, counting
    repeats: what calamine expands. Trailing empty repeats (LibreOffice writes a million)
    do not count, since calamine does not expand them."""
    starts = list(_ODS_TABLE.finditer(content))
    for index, table in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(content)
        rows = columns = position = 0
        for row in _ODS_ROW.finditer(content, table.end(), end):
            repeated = _ROWS_REPEATED.search(row.group(1))
            count = int(repeated.group(1)) if repeated else 1
            position += count
            body = row.group(2) or b""
            if b"value-type" in body or b"<text:" in body:
                rows = position
                columns = max(columns, _ods_row_width(body))
        yield table.group(1).decode("utf-8", "replace"), rows, columns


def _ods_row_width(body: bytes) -> int:
    if b"columns-repeated" not in body:
        return body.count(b"<table:table-cell") + body.count(b"<table:covered-table-cell")
    width = position = 0
    for cell in _ODS_CELL.finditer(body):
        repeated = _COLUMNS_REPEATED.search(cell.group(1))
        position += int(repeated.group(1)) if repeated else 1
        inner = cell.group(2) or b""
        if b"value-type" in cell.group(1) or b"<text:" in inner:
            width = position
    return width


def _named_expression_stamps(content: bytes) -> dict[str, str]:
    """Named expressions ``sopxl_*`` that are one text constant, found without parsing
    content.xml (it holds every sheet); its prolog was already checked for a DTD, so
    only the predefined and numeric entities can occur."""
    stamp: dict[str, str] = {}
    for found in _NAMED_EXPRESSION.finditer(content):
        attributes = {
            key.decode("utf-8", "replace"): html.unescape(value.decode("utf-8", "replace"))
            for key, value in _ATTRIBUTE.findall(found.group(1))
        }
        value = _text_constant(attributes.get("table:expression", ""))
        _add_stamp(stamp, attributes.get("table:name", ""), value)
    return stamp


# --- XML helpers -----------------------------------------------------------------------

_PROLOG_ITEM = re.compile(r"\s*(<\?.*?\?>|<!--.*?-->)", re.DOTALL)


def _no_dtd(part: str, head_size: int = _HEAD_BYTES) -> Callable[[bytes], None]:
    """A head check refusing a part whose prolog declares a DTD or entities. A DOCTYPE
    can only come before the root element, so the head decides; a prolog that does not
    end within the head is refused too (real parts have a one-line prolog)."""

    def check(head: bytes) -> None:
        # The usual prolog, an XML declaration then the root element, decided on bytes.
        start = head.find(b"?>") + 2 if head.startswith(b"<?xml") else 0
        root = head[start : start + 64].lstrip()
        if root[:1] == b"<" and root[1:2].isalpha():
            return
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = head.decode("utf-16", "ignore")
        else:
            text = head.decode("utf-8", "ignore")
        position = 1 if text.startswith("\ufeff") else 0
        while found := _PROLOG_ITEM.match(text, position):
            position = found.end()
        rest = text[position:].lstrip()
        # "<!" is a DOCTYPE (or a comment not closed within the head); "<?" a processing
        # instruction not closed within it; nothing at all, a prolog longer than the head.
        if rest.startswith(("<!", "<?")) or (not rest and len(head) >= head_size):
            raise UnreadableFile("FILE_XML_BOMB", part=part)

    return check


def _elements(data: bytes, part: str, wanted: str) -> list[tuple[dict[str, str], str]]:
    """(attributes, text inside) of each ``wanted`` element (``"namespace local-name"``;
    namespaced attributes are keyed the same way).

    This is defusedxml's defence applied to expat directly: any DTD, entity or external
    reference is refused, so no entity can expand. defusedxml's ElementTree costs about a
    sixth of a whole calamine read per file, mostly in building its parser; this is cheaper
    and builds no tree."""
    found: list[tuple[dict[str, str], str]] = []
    open_text: list[str] | None = None
    depth = 0

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal open_text, depth
        if open_text is not None:
            depth += 1
        elif name == wanted:
            open_text = []
            found.append((attributes, ""))

    def end(name: str) -> None:
        nonlocal open_text, depth
        if open_text is not None:
            if depth:
                depth -= 1
            else:
                found[-1] = (found[-1][0], "".join(open_text))
                open_text = None

    def text(data: str) -> None:
        if open_text is not None:
            open_text.append(data)

    def refuse(*_: object) -> int:
        raise UnreadableFile("FILE_XML_BOMB", part=part)

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    try:
        parser.Parse(data, True)
    except expat.ExpatError as error:
        raise UnreadableFile("FILE_UNREADABLE", detail=f"bagian {part} rusak") from error
    return found


# --- refusals and sizes as people read them --------------------------------------------


def _too_large(sheet: str, size: str, limit: str) -> UnreadableFile:
    # Not "sheet": callers spread params into finding(), whose ``sheet`` is the location.
    return UnreadableFile("FILE_TOO_LARGE", sheet_name=sheet, size=size, limit=limit)


def _part_too_large(part: str, size: str, limits: Limits) -> UnreadableFile:
    return UnreadableFile(
        "FILE_PART_TOO_LARGE", part=part, size=size, limit=_megabytes(limits.max_part_bytes)
    )


def _zip_bomb(size: int, limit: int) -> UnreadableFile:
    return UnreadableFile("FILE_ZIP_BOMB", size=_megabytes(size), limit=_megabytes(limit))


def _megabytes(size: int) -> str:
    return f"{size / _MB:.1f} MB".replace(".", ",")


def _count(number: int, unit: str) -> str:
    return f"{number:,} {unit}".replace(",", ".")


# --- values, once the file is known to be safe -----------------------------------------


_CALAMINE_SUFFIXES = {"xlsx": (".xlsx", ".xlsm"), "xlsm": (".xlsx", ".xlsm"), "ods": (".ods",)}


def _read_values(path: Path, handle: IO[bytes], format_: str) -> tuple[SheetGrid, ...]:
    import python_calamine

    try:
        if path.suffix.lower() in _CALAMINE_SUFFIXES[format_]:
            workbook = python_calamine.CalamineWorkbook.from_path(str(path))
        else:
            # calamine picks its reader by suffix; a renamed file is read by content.
            handle.seek(0)
            workbook = python_calamine.CalamineWorkbook.from_filelike(handle)
        sheets = []
        for meta in workbook.sheets_metadata:
            if meta.typ != python_calamine.SheetTypeEnum.WorkSheet:
                continue  # chart and dialog sheets hold no cells
            sheet = workbook.get_sheet_by_name(meta.name)
            rows = sheet.to_python(skip_empty_area=False)
            merged = tuple((a[0], a[1], b[0], b[1]) for a, b in (sheet.merged_cell_ranges or ()))
            sheets.append(
                SheetGrid(
                    meta.name,
                    tuple(map(tuple, rows)),
                    merged,
                    hidden=meta.visible != python_calamine.SheetVisibleEnum.Visible,
                )
            )
    except (KeyboardInterrupt, SystemExit):
        raise
    except python_calamine.PasswordError as error:
        raise UnreadableFile("FILE_ENCRYPTED") from error
    except python_calamine.ZipError as error:
        raise UnreadableFile("FILE_TRUNCATED") from error
    except BaseException as error:
        # Also pyo3's PanicException, which derives from BaseException: a panic in
        # calamine on one odd file must not end the batch.
        detail = f"isinya tidak dapat ditafsirkan sebagai workbook {format_}"
        raise UnreadableFile("FILE_UNREADABLE", detail=detail) from error
    return tuple(sheets)


def _has_value(sheet: SheetGrid) -> bool:
    # Counting in C: 0 and False are values, only "" and None are empty.
    return any(row.count("") + row.count(None) < len(row) for row in sheet.rows)
