"""Cells of an SOP form as a person typed them, for the readers of its sheets.

A cell's text and whole number, its merged span, and the refs and locations that point
at cells. The parses and objects that recur in every form of a batch are cached here.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Final

from sopxl.findings import FieldRef, Location
from sopxl.model import Duration, Symbol
from sopxl.parsing import normalise_label, parse_duration, parse_symbol
from sopxl.reading.grid import CellValue, SheetGrid

_WHOLE_NUMBER: Final = re.compile(r"^\d+(?:\.0*)?$")


def _is_empty(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: CellValue) -> str:
    """A cell as the text a person typed: stripped, inner newlines kept.

    A number becomes its digits; an integral float (a NIP or code that a spreadsheet
    stored as a number) loses its ``.0`` but no digit, because the shortest repr of a
    float is exactly the (at most 15 significant) digits the spreadsheet kept.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(Decimal(repr(value))))
    return str(value).strip()


def _whole_number(value: CellValue) -> int | None:
    """A positive whole number typed in a cell (3, 3.0, "3"), else ``None``."""
    if isinstance(value, float):  # what calamine gives for any number: decided first
        return int(value) if value.is_integer() and value > 0 else None
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value > 0 else None
    if isinstance(value, str) and _WHOLE_NUMBER.match(value.strip()):
        number = int(value.strip().partition(".")[0])
        return number if number > 0 else None
    return None


# Checking a batch reads the same template labels and the same few symbols and Waktu
# texts thousands of times; remembering their parse keeps the reader a small fraction of
# the time it takes to load a workbook. Bounded, so odd input cannot grow them.
@lru_cache(maxsize=8192)
def _key(text: str) -> str:
    return normalise_label(text)


@lru_cache(maxsize=1024)
def _symbol(text: str) -> Symbol | None:
    return parse_symbol(text)


@lru_cache(maxsize=1024)
def _duration(text: str) -> Duration | None:
    return parse_duration(text)


# The refs and most locations of one form recur in every form of a batch.
@lru_cache(maxsize=65536)
def _ref(area: str, key: str = "", index: int | None = None, actor: int | None = None) -> FieldRef:
    return FieldRef(area, key, index, actor)


@lru_cache(maxsize=65536)
def _location(sheet: str, row: int, column: int) -> Location:
    return Location(sheet, row, column)


class _Merges:
    """The merged ranges of a sheet, by top-left cell. Readers that report no merges
    (calamine on .ods) give an empty map, and the reader then works from the values."""

    def __init__(self, sheet: SheetGrid) -> None:
        self._ends = {(r0, c0): (r1, c1) for r0, c0, r1, c1 in sheet.merged}

    def end(self, row: int, col: int) -> tuple[int, int]:
        return self._ends.get((row, col), (row, col))
