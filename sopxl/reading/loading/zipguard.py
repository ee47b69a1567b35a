"""The zip container read by hand: its central directory, and its parts inflated with a cap.

A central directory can lie about sizes, so its figures are checked before anything is
inflated (entry count, directory size, total and per-part sizes, compression ratio: the
zip-bomb limits of :class:`~sopxl.reading.loading.limits.Limits`), then each part is inflated
with a bounded stream and checked against its declared size and CRC. Parts are sliced
from the file mapped into memory (see :class:`GuardedZip`).
"""

from __future__ import annotations

import mmap
import struct
import zlib
from collections.abc import Callable, Sequence
from typing import NamedTuple

from sopxl.reading.grid import UnreadableFile
from sopxl.reading.loading.limits import Limits, count_text, megabytes, part_too_large, zip_bomb
from sopxl.reading.loading.sniff import EMPTY_ZIP_MAGIC, ZIP_MAGIC
from sopxl.reading.loading.xmlguard import HEAD_BYTES, no_dtd

_PROLOG_BYTES = 1024
"""Head of any other part: real prologs are one line; a DOCTYPE must come before the root."""
_DEFLATE_MAX_RATIO = 1032
# Signature, flags, method, CRC, sizes, name/extra/comment lengths, local header offset.
_DIRECTORY_ENTRY = struct.Struct("<I4xHH4xIIIHHH8xI")
_LOCAL_HEADER_SIZE = 30
# What :meth:`GuardedZip.stored_copy` writes ([APPNOTE] 4.3.7, 4.3.12, 4.3.16).
_LOCAL_HEADER = struct.Struct("<IHHHHHIIIHH")
_DIRECTORY_HEADER = struct.Struct("<IHHHHHHIIIHHHHHII")
_END_RECORD = struct.Struct("<IHHHHIIH")
_LOCAL_SIGNATURE, _DIRECTORY_SIGNATURE, _END_SIGNATURE = 0x04034B50, 0x02014B50, 0x06054B50
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


_CHECKED: dict[tuple[int, int, int, bytes], bytes] = {}
"""Small parts already inflated and checked (no DTD, size and CRC as declared), keyed by
their stored bytes, method, CRC and size: see :meth:`GuardedZip.read_small`."""
_CHECKED_PARTS = 64
_CHECKED_PART_BYTES = 64 * 1024
REMEMBERED_BYTES = 256 * 1024
"""Only parts stored in at most 64 KB that inflate to at most this are remembered, 64 at
the most: 20 MB whatever a batch holds. The caches of what is read from such parts (sheet
map, stamps) take no larger input either."""

Buffer = bytes | mmap.mmap
"""The whole file: read-only mapped from disk (or bytes). Slices are copies of just them."""


class GuardedZip:
    """A zip read by hand: its central directory, and its parts inflated with a cap.

    zipfile is not used: it loads a directory of any size before we could refuse it,
    silently keeps one of two entries with the same name (where calamine may read the
    other), and costs more than this for the few entries of a form. The file is mapped
    into memory rather than read through a handle: a part costs a slice, not a seek and a
    read for its local header and another for its data (this was a fifth of checking a
    form), and only the pages touched are ever loaded."""

    def __init__(self, buffer: Buffer, limits: Limits) -> None:
        self.buffer = buffer
        self.limits = limits
        self.entries = _read_central_directory(buffer, limits)
        self.inflated = 0
        self.done: dict[str, bytes] = {}
        """The parts read so far, inflated and checked, by name."""

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
        compressed = self._compressed(entry)
        if entry.method == _STORED:
            if len(compressed) > bound:
                raise too_big(f"lebih dari {megabytes(bound)}")
            if on_head is not None:
                on_head(compressed[:HEAD_BYTES])
            data = compressed
        else:
            # max_length caps each call's output, so a bomb never fills memory.
            inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            if on_head is None:
                data = inflater.decompress(compressed, bound + 1)
            else:
                head = inflater.decompress(compressed, HEAD_BYTES)
                on_head(head)
                rest = inflater.decompress(inflater.unconsumed_tail, max(1, bound + 1 - len(head)))
                data = head + rest
            if len(data) > bound:
                raise too_big(f"lebih dari {megabytes(bound)}")
            if not inflater.eof:
                raise UnreadableFile("FILE_TRUNCATED")
        if len(data) != entry.size or zlib.crc32(data) != entry.crc:
            raise UnreadableFile("FILE_TRUNCATED")
        self._accept(name, data)
        return data

    def _accept(self, name: str, data: bytes) -> None:
        self.done[name] = data
        self.inflated += len(data)
        if self.inflated > self.limits.max_total_bytes:
            raise zip_bomb(self.inflated, self.limits.max_total_bytes)

    def read_small(self, name: str) -> bytes:
        """A part that is small in any real workbook; checked for a DTD.

        Forms of one batch mostly come from one template, so most of these parts (the
        workbook, its relationships, styles, content types, custom properties) are the
        same bytes from file to file: a part whose stored bytes, method, CRC and size are
        those of a part already inflated and checked gives the same result, and is taken
        from :data:`_CHECKED` instead of being inflated again."""
        entry = self.entries[name]
        key: tuple[int, int, int, bytes] | None = None
        if entry.compressed <= _CHECKED_PART_BYTES:
            key = (entry.method, entry.crc, entry.size, self._compressed(entry))
            data = _CHECKED.get(key)
            if data is not None and len(data) <= self.limits.max_part_bytes:
                self._accept(name, data)
                return data
        data = self.read(name, lambda size: part_too_large(name, size, self.limits), no_dtd(name))
        if key is not None and len(data) <= REMEMBERED_BYTES:
            if len(_CHECKED) >= _CHECKED_PARTS:
                _CHECKED.clear()  # bounded whatever a batch holds; one call, thread-safe
            _CHECKED[key] = data
        return data

    def check(self, name: str) -> None:
        """Guard a part that neither calamine nor sopxl parses: only a DTD in its head is
        refused (cheaply), unless its compressed size could inflate beyond the limit
        (deflate expands at most ``_DEFLATE_MAX_RATIO`` times): then it is read in full."""
        entry = self.entries[name]
        if entry.compressed * _DEFLATE_MAX_RATIO > self.limits.max_part_bytes:
            self.read_small(name)
            return
        start = self._data_start(entry)
        head = self.buffer[start : start + min(entry.compressed, _PROLOG_BYTES)]
        if entry.method == _DEFLATED:
            head = zlib.decompressobj(-zlib.MAX_WBITS).decompress(head, _PROLOG_BYTES)
        no_dtd(name, _PROLOG_BYTES)(head)

    def stored_copy(self) -> bytes:
        """The zip again for calamine, with every part read so far *stored* (its checked
        bytes, not compressed) and every other part copied as it is: calamine then inflates
        nothing the guards have inflated already (a fifth of what it spends on a form).

        A part whose local header is broken is left out, like a part calamine would fail
        on only if it read it. Names are written as UTF-8, whatever their encoding was.
        """
        local_parts: list[bytes] = []
        directory: list[bytes] = []
        offset = 0
        for name, entry in self.entries.items():
            data = self.done.get(name)
            if data is not None:
                method, body, flags = _STORED, data, _UTF8_NAMES
            else:
                start = self._raw_start(entry)
                body = self.buffer[start : start + entry.compressed] if start >= 0 else b""
                if len(body) != entry.compressed:
                    continue
                method, flags = entry.method, _UTF8_NAMES | (entry.flags & _ENCRYPTED_ENTRY)
            raw_name = name.encode("utf-8")
            # Flags, method, time, date, CRC, sizes, name and extra lengths: in both headers.
            fields = (flags, method, 0, 0, entry.crc, len(body), entry.size, len(raw_name), 0)
            header = _LOCAL_HEADER.pack(_LOCAL_SIGNATURE, 20, *fields)
            # ... then comment length, disk, attributes and where the local header is.
            entry_header = _DIRECTORY_HEADER.pack(
                _DIRECTORY_SIGNATURE, 20, 20, *fields, 0, 0, 0, 0, offset
            )
            directory += (entry_header, raw_name)
            local_parts += (header, raw_name, body)
            offset += len(header) + len(raw_name) + len(body)
        central = b"".join(directory)
        count = len(directory) // 2
        end = _END_RECORD.pack(_END_SIGNATURE, 0, 0, count, count, len(central), offset, 0)
        return b"".join((*local_parts, central, end))

    def _raw_start(self, entry: _Entry) -> int:
        """Where the entry's data starts, or -1 when its local header is broken."""
        offset = entry.offset
        if offset < 0 or self.buffer[offset : offset + 4] != ZIP_MAGIC:
            return -1
        if offset + _LOCAL_HEADER_SIZE > len(self.buffer):
            return -1
        name_length: int
        extra_length: int
        name_length, extra_length = struct.unpack_from("<HH", self.buffer, offset + 26)
        return offset + _LOCAL_HEADER_SIZE + name_length + extra_length

    def _compressed(self, entry: _Entry) -> bytes:
        start = self._data_start(entry)
        data = self.buffer[start : start + entry.compressed]
        if len(data) < entry.compressed:
            raise UnreadableFile("FILE_TRUNCATED")
        return data

    def _data_start(self, entry: _Entry) -> int:
        """Where the entry's data starts, after its local header."""
        if entry.flags & _ENCRYPTED_ENTRY:
            raise UnreadableFile("FILE_ENCRYPTED")
        if entry.method not in (_STORED, _DEFLATED):
            raise UnreadableFile("FILE_UNREADABLE", detail="metode pemampatan ZIP tidak dikenal")
        start = self._raw_start(entry)
        if start < 0:
            raise UnreadableFile("FILE_TRUNCATED")
        return start


def _read_central_directory(buffer: Buffer, limits: Limits) -> dict[str, _Entry]:
    """The entries by name ([APPNOTE] 4.3.12-16), refusing from the end record alone a
    directory too large to load; entries are located as zipfile does when data precedes
    the zip (a self-extracting archive)."""
    size = len(buffer)
    at = buffer.rfind(EMPTY_ZIP_MAGIC, max(0, size - (22 + 65_535)))
    if at < 0 or size - at < 22:
        raise UnreadableFile("FILE_TRUNCATED")
    count, directory_size, directory_offset = struct.unpack_from("<HII", buffer, at + 10)
    end_record = at
    if at >= 20 and buffer[at - 20 : at - 16] == b"PK\x06\x07":
        # Zip64: the real figures are in the zip64 end record the locator points at.
        (record,) = struct.unpack_from("<Q", buffer, at - 12)
        zip64 = buffer[record : record + 56]
        if len(zip64) < 56 or not zip64.startswith(b"PK\x06\x06"):
            raise UnreadableFile("FILE_TRUNCATED")
        count, directory_size, directory_offset = struct.unpack_from("<QQQ", zip64, 32)
        end_record = record
    if count > limits.max_parts:
        limit = count_text(limits.max_parts, "bagian")
        raise UnreadableFile("FILE_ZIP_BOMB", size=count_text(count, "bagian"), limit=limit)
    if directory_size > limits.max_directory_bytes:
        raise zip_bomb(directory_size, limits.max_directory_bytes)
    shift = end_record - directory_size - directory_offset
    if shift < 0:
        raise UnreadableFile("FILE_TRUNCATED")
    directory = buffer[directory_offset + shift : directory_offset + shift + directory_size]
    if len(directory) < directory_size:
        raise UnreadableFile("FILE_TRUNCATED")
    entries: dict[str, _Entry] = {}
    position = 0
    for _ in range(count):
        if position + _DIRECTORY_ENTRY.size > directory_size:
            raise UnreadableFile("FILE_TRUNCATED")
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
        if signature != _DIRECTORY_SIGNATURE:
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


def check_declared_sizes(archive: GuardedZip, xml_parts: Sequence[str]) -> None:
    """Decide from the central directory, before inflating, that a zip is a bomb."""
    limits = archive.limits
    entries = archive.entries.values()
    total = sum(entry.size for entry in entries)
    if total > limits.max_total_bytes:
        raise zip_bomb(total, limits.max_total_bytes)
    for entry in entries:
        ratio = entry.size / max(entry.compressed, 1)
        if entry.size > limits.ratio_floor_bytes and ratio > limits.max_ratio:
            raise UnreadableFile(
                "FILE_ZIP_BOMB",
                size=f"{megabytes(entry.size)} ({ratio:.0f} kali ukuran termampatnya)",
                limit=f"{limits.max_ratio} kali",
            )
    for name in xml_parts:
        declared = archive.entries[name].size
        if declared > limits.max_part_bytes:
            raise part_too_large(name, megabytes(declared), limits)
