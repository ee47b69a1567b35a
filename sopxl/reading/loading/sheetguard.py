"""Guarding worksheet parts of an .xlsx: at once, or when their sheet is first loaded.

A worksheet part is inflated (bounded), its head checked for a DTD and a ``<dimension>``
beyond the limits, and its cell addresses for the grid calamine would build
(:mod:`~sopxl.reading.loading.extent`). A lazy load guards a part only when its sheet is asked
for, finding the part the way calamine does.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from types import MappingProxyType

from sopxl.reading.loading.extent import SheetRefusal, check_sheet_extent
from sopxl.reading.loading.zipguard import REMEMBERED_BYTES, GuardedZip


def guard_sheet_part(archive: GuardedZip, workbook: bytes, part: str) -> None:
    refusal = SheetRefusal(archive, workbook, part)
    data = archive.read(part, refusal.too_big, refusal.check_head)
    check_sheet_extent(data, refusal)


_SHEET_TAG = re.compile(r"<(?:[\w.-]+:)?sheet\s([^>]*)>")
_RELATIONSHIP_TAG = re.compile(r"<(?:[\w.-]+:)?Relationship\s([^>]*)>")
_ATTRIBUTE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
# A target as Excel, LibreOffice and XlsxWriter write it: no "..", no "./", no "\".
_PLAIN_TARGET = re.compile(r"/?(?:[\w-]+(?:\.[\w-]+)*/)*[\w-]+(?:\.[\w-]+)*")


class LazySheetGuard:
    """Guards a worksheet part when its sheet is first loaded, each part once.

    The part is found the way calamine finds it (workbook.xml's ``<sheet>`` to its
    relationship's target), read cheaply with regular expressions; anything unusual
    about these (a target not plainly a worksheet part, a name or id given twice) and
    every remaining worksheet part is guarded at the first load instead."""

    def __init__(self, archive: GuardedZip, workbook: bytes, rels: bytes, parts: list[str]) -> None:
        self.archive = archive
        self.workbook = workbook
        self.pending = set(parts)
        self.parts = _sheet_parts(workbook, rels, frozenset(parts))

    def guard_known(self, sheets: Iterable[str]) -> None:
        """Guard now those of ``sheets`` whose part is plainly known."""
        for sheet in sheets:
            if self.parts is not None and sheet in self.parts:
                self.guard(sheet)

    def guard(self, sheet: str) -> None:
        part = self.parts.get(sheet) if self.parts is not None else None
        for name in [part] if part is not None else sorted(self.pending):
            if name in self.pending:
                guard_sheet_part(self.archive, self.workbook, name)
                self.pending.discard(name)


def _attributes(raw: str) -> dict[str, str]:
    found = _ATTRIBUTE.findall(raw)
    if "&" not in raw:  # nearly always: no entity to resolve, no call per attribute
        return {key: double or single for key, double, single in found}
    return {key: html.unescape(double or single) for key, double, single in found}


def _sheet_parts(workbook: bytes, rels: bytes, parts: frozenset[str]) -> Mapping[str, str] | None:
    """Each sheet's worksheet part by sheet name, or ``None`` when not plainly known.
    A pure function of parts that are the same in every form of one template: remembered
    when they are small (a hostile workbook.xml of megabytes is not kept)."""
    if len(workbook) + len(rels) <= REMEMBERED_BYTES:
        return _remembered_sheet_parts(workbook, rels, parts)
    return _find_sheet_parts(workbook, rels, parts)


def _find_sheet_parts(
    workbook: bytes, rels: bytes, parts: frozenset[str]
) -> Mapping[str, str] | None:
    targets: dict[str, str] = {}
    # Decoded once, not attribute by attribute.
    for found in _RELATIONSHIP_TAG.finditer(rels.decode("utf-8", "replace")):
        attributes = _attributes(found.group(1))
        key = attributes.get("Id", "")
        if key in targets:
            return None
        targets[key] = attributes.get("Target", "")
    by_name: dict[str, str] = {}
    for found in _SHEET_TAG.finditer(workbook.decode("utf-8", "replace")):
        attributes = _attributes(found.group(1))
        ids = [value for key, value in attributes.items() if key.endswith(":id")]
        name = attributes.get("name")
        if len(ids) != 1 or name is None or name in by_name:
            return None
        target = targets.get(ids[0])
        if target is None or not _PLAIN_TARGET.fullmatch(target):
            return None
        part = target[1:] if target.startswith("/") else f"xl/{target}"
        if part not in parts or part in by_name.values():
            return None
        by_name[name] = part
    return MappingProxyType(by_name)


_remembered_sheet_parts = lru_cache(maxsize=32)(_find_sheet_parts)
