"""What an import writes for an inventaris judul SOP: the SKPD's whole list of titles
(the rules of matching, numbering and withdrawing are in :mod:`sopxl.register.apply`'s
docstring). Rows, codes and events are written in batches (:mod:`sopxl.register.batch`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import Connection, Row, select

from sopxl.findings import Finding, finding
from sopxl.model.inventory import InventoryEntry
from sopxl.parsing.labels import normalise_label
from sopxl.register import schema as s
from sopxl.register.apply import CHANGED, NEW, UNCHANGED, ApplyResult, Session, TitleChange
from sopxl.register.batch import chunks
from sopxl.register.readers import InventoryReading
from sopxl.register.store import STATUS_ACTIVE, STATUS_WITHDRAWN
from sopxl.register.text import SAME_TITLE_THRESHOLD, label_key, title_key


@dataclass(frozen=True)
class ResolvedEntry:
    """An inventory entry with its bagian found in the register."""

    entry: InventoryEntry
    section_id: int
    section: str


def validate_inventory(
    session: Session, reading: InventoryReading, file: str, seen: dict[str, str]
) -> tuple[Row[Any] | None, list[ResolvedEntry], list[Finding]]:
    """Check an inventory against the register: its SKPD, each row's unit kerja and
    bagian, codes typed in rows. ``seen`` maps SKPD codes already imported in this run to
    their file. Returns the SKPD row, the resolved entries and the findings."""
    conn = session.conn
    org = session.organisation()
    inventory = reading.inventory
    assert inventory is not None
    sheet = reading.sheet
    out: list[Finding] = []
    agency = None
    if inventory.agency_code:
        agency = org.by_code.get(inventory.agency_code)
    elif inventory.agency_name:
        wanted = normalise_label(inventory.agency_name)
        for row in org.agencies.values():
            if wanted in (normalise_label(row.name), normalise_label(row.short_name)):
                agency = row
                break
    shown = inventory.agency_code or inventory.agency_name or "(kosong)"
    if agency is None:
        return None, [], [finding("INV_AGENCY_UNKNOWN", file, sheet=sheet, value=shown)]
    if not agency.active:
        merged = ""
        if agency.merged_into_id is not None:
            target = org.agencies[agency.merged_into_id]
            merged = f" dan telah digabung ke {target.code} {target.name}"
        return (
            None,
            [],
            [
                finding(
                    "INV_AGENCY_INACTIVE",
                    file,
                    sheet=sheet,
                    value=f"{agency.code} {agency.name}",
                    merged=merged,
                )
            ],
        )
    if agency.code in seen:
        return (
            None,
            [],
            [
                finding(
                    "INV_AGENCY_TWICE",
                    file,
                    sheet=sheet,
                    value=f"{agency.code} {agency.name}",
                    other=seen[agency.code],
                )
            ],
        )

    family = org.family(agency.id)
    unit_rows = org.active_units(agency.id, family)
    units_by_name: dict[str, Row[Any]] = {}
    for row in unit_rows:
        units_by_name.setdefault(label_key(row.name), row)
        units_by_name.setdefault(label_key(row.code), row)
    section_rows = org.active_sections([r.id for r in unit_rows])
    sections_by_unit: dict[int, dict[str, Row[Any]]] = {}
    sections_anywhere: dict[str, list[Row[Any]]] = {}
    for row in section_rows:
        sections_by_unit.setdefault(row.unit_id, {}).setdefault(label_key(row.name), row)
        sections_by_unit[row.unit_id].setdefault(label_key(row.code), row)
        sections_anywhere.setdefault(label_key(row.name), []).append(row)

    cols = reading.columns
    resolved: list[ResolvedEntry] = []
    code_rows: dict[str, int] = {}
    owners: dict[str, Any] | None = None  # Nomor SOP typed in rows -> owning SKPD
    for number, entry in enumerate(inventory.entries, start=1):
        unit_col, section_col = cols.get("unit"), cols.get("section")
        unit = units_by_name.get(label_key(entry.unit)) if entry.unit else None
        section = None
        if not entry.unit:
            # A bagian whose name is unique in the SKPD names its unit kerja too.
            matches = sections_anywhere.get(label_key(entry.section), [])
            if entry.section and len(matches) == 1:
                section = matches[0]
            else:
                out.append(
                    finding(
                        "INV_UNIT_MISSING",
                        file,
                        sheet=sheet,
                        row=entry.row,
                        column=unit_col,
                        entry=number,
                    )
                )
                continue
        elif unit is None:
            out.append(
                finding(
                    "INV_UNIT_UNKNOWN",
                    file,
                    sheet=sheet,
                    row=entry.row,
                    column=unit_col,
                    value=entry.unit,
                    entry=number,
                )
            )
            continue
        if section is None:
            assert unit is not None
            if not entry.section:
                out.append(
                    finding(
                        "INV_SECTION_MISSING",
                        file,
                        sheet=sheet,
                        row=entry.row,
                        column=section_col,
                        entry=number,
                    )
                )
                continue
            section = sections_by_unit.get(unit.id, {}).get(label_key(entry.section))
            if section is None:
                out.append(
                    finding(
                        "INV_SECTION_UNKNOWN",
                        file,
                        sheet=sheet,
                        row=entry.row,
                        column=section_col,
                        value=entry.section,
                        unit=unit.name,
                        entry=number,
                    )
                )
                continue
        resolved.append(ResolvedEntry(entry, section.id, section.name))
        if entry.code:
            if entry.code in code_rows:
                out.append(
                    finding(
                        "INV_CODE_REPEATED",
                        file,
                        sheet=sheet,
                        row=entry.row,
                        column=cols.get("code"),
                        value=entry.code,
                        entry=number,
                        other_row=code_rows[entry.code],
                    )
                )
                continue
            code_rows[entry.code] = entry.row
            if owners is None:
                owners = _code_owners(conn, [e.code for e in inventory.entries if e.code])
            owner = owners.get(entry.code)
            if owner is None:
                out.append(
                    finding(
                        "INV_CODE_UNKNOWN",
                        file,
                        sheet=sheet,
                        row=entry.row,
                        column=cols.get("code"),
                        value=entry.code,
                        entry=number,
                    )
                )
            elif owner.agency_id not in family:
                out.append(
                    finding(
                        "INV_CODE_FOREIGN",
                        file,
                        sheet=sheet,
                        row=entry.row,
                        column=cols.get("code"),
                        value=entry.code,
                        entry=number,
                        other=f"{owner.code} {owner.name}",
                    )
                )
    return agency, resolved, out


def _code_owners(conn: Connection, codes: list[str]) -> dict[str, Any]:
    """The SKPD owning each of ``codes`` (agency_id, code, name), in one query per chunk."""
    a = s.agencies
    found: dict[str, Any] = {}
    for part in chunks(list(dict.fromkeys(codes))):
        rows = conn.execute(
            select(s.codes.c.code.label("sop_code"), s.titles.c.agency_id, a.c.code, a.c.name)
            .select_from(
                s.codes.join(s.titles, s.codes.c.title_id == s.titles.c.id).join(
                    a, s.titles.c.agency_id == a.c.id
                )
            )
            .where(s.codes.c.code.in_(part))
        ).all()
        for row in rows:
            found[row.sop_code] = row
    return found


_FIELDS = (
    "section_id",
    "title",
    "title_key",
    "kind",
    "service",
    "c_duty",
    "c_routine",
    "c_steps",
    "c_output",
    "c_parties",
    "legal_basis",
    "note",
)


_CRITERIA = ("duty", "routine", "steps", "output", "parties")


def _fields(item: ResolvedEntry) -> dict[str, Any]:
    entry = item.entry
    criteria = dict(entry.criteria)
    return {
        "section_id": item.section_id,
        "title": entry.title,
        "title_key": title_key(entry.title),
        "kind": entry.kind.value if entry.kind else None,
        "service": entry.service.value if entry.service else None,
        **{f"c_{key}": criteria.get(key) for key in _CRITERIA},
        "legal_basis": entry.legal_basis,
        "note": entry.note,
    }


def apply_inventory(session: Session, agency: Row[Any], items: list[ResolvedEntry]) -> ApplyResult:
    """Make the register's titles of ``agency`` what the inventory lists (see the module
    docstring for how rows are matched to registered titles)."""
    conn, t, c = session.conn, s.titles, s.codes
    family = session.organisation().family(agency.id)
    existing = conn.execute(
        select(t, c.c.code)
        .select_from(t.outerjoin(c, c.c.title_id == t.c.id))
        .where(t.c.agency_id.in_(family))
        .order_by(t.c.id)
    ).fetchall()
    by_id = {row.id: row for row in existing}
    by_code = {row.code: row.id for row in existing if row.code}
    claimed: dict[int, int] = {}  # title id -> index of the item
    match: list[int | None] = [None] * len(items)

    for index, item in enumerate(items):
        title_id = by_code.get(item.entry.code) if item.entry.code else None
        if title_id is not None and title_id not in claimed:
            match[index], claimed[title_id] = title_id, index
    by_key: dict[str, list[int]] = {}
    for row in existing:
        by_key.setdefault(row.title_key, []).append(row.id)
    fields = [_fields(item) for item in items]
    for index, item in enumerate(items):
        if match[index] is not None:
            continue
        free = [i for i in by_key.get(fields[index]["title_key"], []) if i not in claimed]
        if free:
            # Prefer the same bagian, then an active title, then the oldest.
            free.sort(
                key=lambda i: (
                    by_id[i].section_id != item.section_id,
                    by_id[i].status != STATUS_ACTIVE,
                    i,
                )
            )
            match[index], claimed[free[0]] = free[0], index
    for index, item in enumerate(items):
        if match[index] is not None:
            continue
        free_rows = [r for r in existing if r.id not in claimed and r.section_id == item.section_id]
        if not free_rows:
            continue
        best = process.extractOne(
            fields[index]["title_key"],
            [r.title_key for r in free_rows],
            scorer=fuzz.token_sort_ratio,
            score_cutoff=SAME_TITLE_THRESHOLD,
        )
        if best is not None:
            title_id = free_rows[best[2]].id
            match[index], claimed[title_id] = title_id, index

    result = ApplyResult(UNCHANGED, agency_id=agency.id, agency_code=agency.code)
    # Batched (sopxl.register.batch): collect the rows first; new titles, their codes,
    # changed and withdrawn titles and events are sent together (on PostgreSQL in one
    # statement) when the file's apply is done.
    fresh = [index for index in range(len(items)) if match[index] is None]
    new_ids = session.insert_many(
        t,
        [
            {
                "agency_id": agency.id,
                "status": STATUS_ACTIVE,
                "stage": "analisis",
                "created_run": session.run_id,
                "updated_run": session.run_id,
                "withdrawn_run": None,
                "form_hash": None,
                "form_version": None,
                "form_run": None,
                "form_revision": 0,
                **fields[index],
            }
            for index in fresh
        ],
        later=True,
        # The bagian of the titles that get a code: new ones and matched ones without.
        sections=[
            item.section_id
            for item, title_id in zip(items, match, strict=True)
            if title_id is None or not by_id[title_id].code
        ],
    )
    ids: list[int] = [0] * len(items)
    for index, title_id in zip(fresh, new_ids, strict=True):
        ids[index] = title_id
    for index, title_id in enumerate(match):
        if title_id is not None:
            ids[index] = title_id
    # Codes in the order of the rows, as one by one: new titles and matched ones without.
    uncoded = [i for i in range(len(items)) if match[i] is None or not by_id[ids[i]].code]
    given = dict(
        zip(
            uncoded,
            session.assign_codes([(ids[i], items[i].section_id) for i in uncoded], later=True),
            strict=True,
        )
    )
    events: list[tuple[int, str, str]] = []
    updates: list[tuple[int, dict[str, Any]]] = []
    coded: list[tuple[InventoryEntry, str]] = []
    for index, item in enumerate(items):
        entry, title_id = item.entry, ids[index]
        code = given.get(index) or by_id[title_id].code
        if match[index] is None:
            events.append((title_id, "didaftarkan", f"Nomor SOP {code}"))
            result.new.append(TitleChange(entry.title, code, entry.row, item.section))
        else:
            old = by_id[title_id]
            differs = [key for key in _FIELDS if getattr(old, key) != fields[index][key]]
            values: dict[str, Any] = {}
            if differs:
                values.update(fields[index], updated_run=session.run_id)
            if old.agency_id != agency.id:
                values["agency_id"] = agency.id
            change = TitleChange(entry.title, code, entry.row, item.section, ", ".join(differs))
            if old.status != STATUS_ACTIVE:
                values.update(status=STATUS_ACTIVE, withdrawn_run=None, updated_run=session.run_id)
                events.append((title_id, "diaktifkan", ""))
                result.reinstated.append(change)
            elif differs:
                events.append((title_id, "diubah", change.detail))
                result.changed.append(change)
            else:
                result.unchanged += 1
            if values:
                updates.append((title_id, values))
        result.titles[title_id] = entry.row
        coded.append((entry, code))
    gone = [
        row
        for row in existing
        if row.id not in claimed and row.status == STATUS_ACTIVE and row.agency_id in family
    ]
    withdrawn = {
        "status": STATUS_WITHDRAWN,
        "withdrawn_run": session.run_id,
        "updated_run": session.run_id,
    }
    for row in gone:
        updates.append((row.id, withdrawn))
        events.append((row.id, "ditarik", ""))
        result.withdrawn.append(TitleChange(row.title, row.code or ""))
    # Sent with the new titles, codes and events when the file's apply is done
    # (Session.end_file).
    session.update_later(t, updates)
    session.events(events, later=True)
    result.coded = coded
    if result.new or result.changed or result.reinstated or result.withdrawn:
        result.outcome = NEW if not existing else CHANGED
    result.summary = (
        f"{len(result.new)} baru, {len(result.changed)} diubah, "
        f"{len(result.reinstated)} diaktifkan kembali, {result.unchanged} tetap, "
        f"{len(result.withdrawn)} ditarik"
    )
    return result
