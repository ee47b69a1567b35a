"""``sopxl export duplicates``: the titles of the register that are the same procedure
written twice (Lampiran I angka 3 huruf b and angka 5), for the koordinator to settle.

Two sheets, written with the same helpers as the other register exports: "Pasangan" (each
pair once, both sides' SKPD, unit kerja, bagian, Nomor SOP and title, score, verdict and
reason, highest score first) and "Kelompok" (three or more titles of one procedure as one
group, one row per title). A pair whose side is a group names the group.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sopxl.register.duplicates import Entry, search
from sopxl.register.store import Register
from sopxl.register.titles import verdict
from sopxl.register.workspace import Workspace
from sopxl.xlsx.save import save_workbook
from sopxl.xlsx.tables import Col, TableFormats, write_table
from sopxl.xlsx.workbook import check_output_file, long_date, open_workbook, stamp_names

EXPORT_VERSION = "1"
KIND_DUPLICATES_EXPORT = "ekspor_duplikat"
SHEET_PAIRS = "Pasangan"
SHEET_GROUPS = "Kelompok"
NONE_FOUND = "Tidak ada judul yang sama atau mirip."

# One side of a pair (or a member of a group): frame key, header, width.
_SIDE = (
    ("agency", "SKPD", 26),
    ("unit", "Unit Kerja", 18),
    ("section", "Bagian", 20),
    ("code", "Nomor SOP", 13),
    ("title", "Judul SOP", 34),
)
_VERDICT = (
    Col("score", "Skor", 6, "int"),
    Col("verdict", "Putusan", 11, center=True),
    Col("reason", "Alasan", 30),
)
_PAIR_COLUMNS = (
    Col("", "No", 5, "number"),
    *_VERDICT,
    *(Col(f"{key}1", f"{label} (1)", width) for key, label, width in _SIDE),
    *(Col(f"{key}2", f"{label} (2)", width) for key, label, width in _SIDE),
)
_GROUP_COLUMNS = (
    Col("group", "Kelompok", 9, "int"),
    *_VERDICT,
    *(Col(key, label, width) for key, label, width in _SIDE),
)


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
    when = long_date((now or datetime.now()).date())
    scope = "antar-SKPD" if across_agencies else "dalam dan antar-SKPD"
    subheading = (
        f"{workspace.regency}; {scope}; ambang skor {threshold}; keadaan register per {when}"
    )
    pair_rows = []
    for entry in pairs:
        assert entry.b is not None
        row = _verdict(entry, threshold)
        for side, title, members in (("1", entry.a, entry.members), ("2", entry.b, entry.others)):
            row.update(_side(records[title], side))
            if members:
                row[f"title{side}"] = _with_others(records, title, members, number)
        pair_rows.append(row)
    group_rows = [
        {"group": n, **_verdict(entry, threshold), **_side(records[title])}
        for n, entry in enumerate(groups, start=1)
        for title in entry.members
    ]
    for name, rows, columns, what in (
        (SHEET_PAIRS, pair_rows, _PAIR_COLUMNS, "PASANGAN"),
        (SHEET_GROUPS, group_rows, _GROUP_COLUMNS, "KELOMPOK"),
    ):
        write_table(
            workbook.add_worksheet(name),
            formats,
            rows,
            columns,
            f"JUDUL SOP SAMA ATAU MIRIP: {what}",
            subheading,
            empty=NONE_FOUND,
        )
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


def _verdict(entry: Entry, threshold: int) -> dict[str, object]:
    return {
        "score": entry.score,
        "verdict": verdict(entry.score, threshold),
        "reason": entry.reason,
    }


def _side(record: Mapping[Any, Any], suffix: str = "") -> dict[str, object]:
    """The place and title of one title of the register, under keys ending in ``suffix``."""
    return {
        f"{key}{suffix}": "" if record.get(key) is None else str(record.get(key))
        for key, _, _ in _SIDE
    }
