"""Recognising what a file is from its first bytes, when it is not a workbook we accept.

Every accepted format is a zip; anything else is named for the person (a PDF, an image,
an HTML table saved as .xls, a CSV...). An OLE2 compound file is told apart by the stream
names of its directory ([MS-CFB]): an Excel 97-2003 workbook, an encrypted OOXML package,
or another Office document.
"""

from __future__ import annotations

import struct
from typing import IO

from sopxl.reading.grid import UnreadableFile

ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
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
    (EMPTY_ZIP_MAGIC, "arsip ZIP kosong"),
)


def refuse_non_zip(handle: IO[bytes], head: bytes) -> None:
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
