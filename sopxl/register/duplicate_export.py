"""``sopxl export duplicates``: the titles of the register that are the same procedure
written twice (Lampiran I angka 3 huruf b and angka 5), for the koordinator to settle.

Two sheets, written with the same helpers as the other register exports: "Pasangan" (each
pair once, both sides' SKPD, unit kerja, bagian, Nomor SOP and title, score, verdict and
reason, highest score first) and "Kelompok" (three or more titles of one procedure as one
group, one row per title). A pair whose side is a group names the group.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sopxl.register.duplicates import Entry, search
from sopxl.register.exports import FIRST_ROW, HEADER_ROW
from sopxl.register.store import Register
from sopxl.register.titles import verdict
from sopxl.register.workspace import Workspace
from sopxl.xlsx.save import save_workbook
from sopxl.xlsx.tables import TableFormats
from sopxl.xlsx.workbook import check, check_output_file, open_workbook, print_a4, stamp_names
from sopxl.xlsx.workbook import write_value as _write

EXPORT_VERSION = "1"
KIND_DUPLICATES_EXPORT = "ekspor_duplikat"
SHEET_PAIRS = "Pasangan"
SHEET_GROUPS = "Kelompok"

_SIDE = (("SKPD", 26), ("Unit Kerja", 18), ("Bagian", 20), ("Nomor SOP", 13), ("Judul SOP", 34))
_PAIR_HEAD = (("No", 5), ("Skor", 6), ("Putusan", 11), ("Alasan", 30))
_GROUP_HEAD = (("Kelompok", 9), ("Skor", 6), ("Putusan", 11), ("Alasan", 30))


@dataclass(frozen=True)
class DuplicateExport:
    """What :func:`export_duplicates` wrote: how many pairs and groups."""

    pairs: int
    groups: int


def export_duplicates(
    register: Register,
    path: Path,
    workspace: Workspace,
    across_agencies: bool = False,
    now: datetime | None = None,
) -> DuplicateExport:
    """Write the duplicate titles of the register to ``path`` (see the module docstring).
    ``across_agencies`` keeps only pairs and groups spanning two SKPDs or more."""
    check_output_file(path)
    frame = register.inventory_frame()
    threshold = workspace.duplicate_threshold
    found = search(frame["title"].astype(str).tolist(), threshold, workspace.title_matcher())
    agencies = frame["agency_code"].astype(str).tolist()
    entries = found.entries(agencies if across_agencies else None)
    records = frame.to_dict("records")
    groups = [e for e in entries if e.is_group]
    number = {e.members: n for n, e in enumerate(groups, start=1)}
    pairs = [e for e in entries if not e.is_group]

    workbook = open_workbook(
        path, "Judul SOP Sama atau Mirip", KIND_DUPLICATES_EXPORT, EXPORT_VERSION
    )
    formats = TableFormats(workbook)
    when = (now or datetime.now()).strftime("%d/%m/%Y")
    scope = "antar-SKPD" if across_agencies else "dalam dan antar-SKPD"
    subheading = (
        f"{workspace.regency}; {scope}; ambang skor {threshold}; keadaan register per {when}"
    )
    sheet = workbook.add_worksheet(SHEET_PAIRS)
    headers = [*_PAIR_HEAD, *((f"{h} (1)", w) for h, w in _SIDE)]
    headers += [(f"{h} (2)", w) for h, w in _SIDE]
    _heading(sheet, formats, headers, "JUDUL SOP SAMA ATAU MIRIP: PASANGAN", subheading)
    for index, entry in enumerate(pairs):
        row = FIRST_ROW + index
        check(sheet.write_number(row, 0, index + 1, formats.number), "No")
        _verdict(sheet, row, formats, entry, threshold)
        assert entry.b is not None
        for offset, title, members in ((4, entry.a, entry.members), (9, entry.b, entry.others)):
            _side(sheet, row, offset, formats, records[title])
            if members:
                text = _with_others(records, title, members, number)
                _write(sheet, row, offset + 4, text, formats.cell)
        texts = [(entry.reason, 30)]
        for title in (entry.a, entry.b):
            texts += _texts(records[title])
        _fit_row(sheet, row, texts)
    _finish(sheet, len(pairs), len(headers))

    sheet = workbook.add_worksheet(SHEET_GROUPS)
    headers = [*_GROUP_HEAD, *_SIDE]
    _heading(sheet, formats, headers, "JUDUL SOP SAMA ATAU MIRIP: KELOMPOK", subheading)
    row = FIRST_ROW
    for n, entry in enumerate(groups, start=1):
        for title in entry.members:
            check(sheet.write_number(row, 0, n, formats.number), "Kelompok")
            _verdict(sheet, row, formats, entry, threshold)
            _side(sheet, row, 4, formats, records[title])
            _fit_row(sheet, row, [(entry.reason, 30), *_texts(records[title])])
            row += 1
    _finish(sheet, row - FIRST_ROW, len(headers))
    stamp_names(workbook, KIND_DUPLICATES_EXPORT, EXPORT_VERSION)
    save_workbook(workbook)
    return DuplicateExport(len(pairs), len(groups))


def _with_others(
    records: Sequence[Mapping[Any, Any]],
    title: int,
    members: tuple[int, ...],
    number: Mapping[Any, int],
) -> str:
    """The title of a side that stands for several titles of one procedure."""
    text = records[title]["title"]
    if members in number:
        return f"{text} (dan {len(members) - 1} judul lain, kelompok {number[members]})"
    others = ", ".join(str(records[i]["code"]) for i in members if i != title)
    return f"{text} (dan judul yang sama Nomor SOP {others})"


def _heading(
    sheet: Any, formats: TableFormats, headers: list[tuple[str, int]], title: str, sub: str
) -> None:
    last = len(headers) - 1
    check(sheet.merge_range(0, 0, 0, last, title, formats.heading), "judul")
    check(sheet.merge_range(1, 0, 1, last, sub, formats.subheading), "judul")
    for col, (label, width) in enumerate(headers):
        check(sheet.write_string(HEADER_ROW, col, label, formats.header), "judul kolom")
        check(sheet.set_column(col, col, width), "lebar kolom")


def _verdict(sheet: Any, row: int, formats: TableFormats, entry: Entry, threshold: int) -> None:
    check(sheet.write_number(row, 1, entry.score, formats.number), "Skor")
    _write(sheet, row, 2, verdict(entry.score, threshold), formats.cell_center)
    _write(sheet, row, 3, entry.reason, formats.cell)


def _fit_row(sheet: Any, row: int, texts: Sequence[tuple[str, int]]) -> None:
    """Make ``row`` tall enough for its wrapped texts (text, column width)."""
    lines = max((math.ceil(len(text) * 1.1 / max(width, 1)) for text, width in texts), default=1)
    check(sheet.set_row(row, 13 * max(lines, 1)), "tinggi baris")


def _texts(record: Mapping[Any, Any]) -> list[tuple[str, int]]:
    keys = ("agency", "unit", "section", "code", "title")
    return [
        (str(record.get(key) or ""), width) for key, (_, width) in zip(keys, _SIDE, strict=True)
    ]


def _side(
    sheet: Any, row: int, offset: int, formats: TableFormats, record: Mapping[Any, Any]
) -> None:
    for col, key in enumerate(("agency", "unit", "section", "code", "title")):
        value = record.get(key)
        _write(sheet, row, offset + col, "" if value is None else str(value), formats.cell)


def _finish(sheet: Any, rows: int, columns: int) -> None:
    if rows == 0:
        check(
            sheet.write_string(FIRST_ROW, 0, "Tidak ada judul yang sama atau mirip."),
            "keterangan",
        )
    last_row = max(FIRST_ROW, FIRST_ROW + rows - 1)
    check(sheet.autofilter(HEADER_ROW, 0, last_row, columns - 1), "filter")
    sheet.freeze_panes(FIRST_ROW, 0)
    print_a4(sheet, landscape=True, repeat=(HEADER_ROW, HEADER_ROW))
