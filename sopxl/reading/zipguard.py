"""The zip container read by hand: its central directory, and its parts inflated with a cap.

A central directory can lie about sizes, so its figures are checked before anything is
inflated (entry count, directory size, total and per-part sizes, compression ratio: the
zip-bomb limits of :class:`~sopxl.reading.limits.Limits`), then each part is inflated
with a bounded stream and checked against its declared size and CRC.
"""

from __future__ import annotations

import os
import struct
import zlib
from collections.abc import Callable, Sequence
from typing import IO, NamedTuple

from sopxl.reading.grid import UnreadableFile
from sopxl.reading.limits import Limits, _count, _megabytes, _part_too_large, _zip_bomb
from sopxl.reading.sniff import _EMPTY_ZIP_MAGIC, _ZIP_MAGIC
from sopxl.reading.xmlguard import _HEAD_BYTES, _no_dtd

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
