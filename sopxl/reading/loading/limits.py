"""The sizes beyond which a workbook file is refused, and the refusals that name them.

:class:`Limits` (re-exported by :mod:`sopxl.reading.loading.files`) bounds what loading may cost;
the helpers below build the ``FILE_*`` refusals with sizes written as people read them
(``1,5 MB``, ``20.000 baris``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sopxl.reading.grid import UnreadableFile

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


# --- refusals and sizes as people read them --------------------------------------------


def sheet_too_large(sheet: str, size: str, limit: str) -> UnreadableFile:
    # Not "sheet": callers spread params into finding(), whose ``sheet`` is the location.
    return UnreadableFile("FILE_TOO_LARGE", sheet_name=sheet, size=size, limit=limit)


def part_too_large(part: str, size: str, limits: Limits) -> UnreadableFile:
    return UnreadableFile(
        "FILE_PART_TOO_LARGE", part=part, size=size, limit=megabytes(limits.max_part_bytes)
    )


def zip_bomb(size: int, limit: int) -> UnreadableFile:
    return UnreadableFile("FILE_ZIP_BOMB", size=megabytes(size), limit=megabytes(limit))


def megabytes(size: int) -> str:
    return f"{size / _MB:.1f} MB".replace(".", ",")


def count_text(number: int, unit: str) -> str:
    return f"{number:,} {unit}".replace(",", ".")
