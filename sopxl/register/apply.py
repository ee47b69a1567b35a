"""What an import writes: the organisation master, an inventory, an SOP form, applied to
the register inside the import's one transaction.

Rules held here:
- Nothing is deleted. What leaves the organisation master becomes inactive; a title left
  out of a re-imported inventory is withdrawn (``ditarik``) and keeps its code.
- A re-imported row is the same title when it carries the title's code (the coded copy),
  else when its normalised title is equal, else when it is at least
  :data:`~sopxl.register.text.SAME_TITLE_THRESHOLD` alike to a title of the same bagian
  that the inventory would otherwise withdraw (a spelling fix). It keeps its code.
- A new title gets the next number of its bagian: one more than the highest ever given
  there, withdrawn titles included, so a number is never given twice.
- Every write marks the session changed; an import that changed nothing is rolled back
  so that importing the same content twice leaves the register exactly as it was.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import Connection, Row, select

from sopxl.findings import FileReport, Finding
from sopxl.parsing import normalise_label
from sopxl.reading.grid import WorkbookData
from sopxl.register import schema as s
from sopxl.register.batch import chunks, update_many
from sopxl.register.codes import CodePattern
from sopxl.register.documents import InventoryEntry, OrgMaster
from sopxl.register.readers import InventoryReading, make_finding
from sopxl.register.store import STAGES, STATUS_ACTIVE, STATUS_WITHDRAWN, agency_family
from sopxl.register.text import SAME_TITLE_THRESHOLD, title_key

NEW, CHANGED, UNCHANGED, REFUSED = "baru", "berubah", "tetap", "ditolak"


@dataclass(frozen=True)
class TitleChange:
    """A title an import added, changed, reinstated or withdrew, with its code."""

    title: str
    code: str
    row: int = 0
    section: str = ""
    detail: str = ""


@dataclass
class ApplyResult:
    """What applying one file did. ``coded`` are the inventory's entries with their codes
    (for the coded copy); ``titles`` maps each title id the file names to its row."""

    outcome: str
    findings: list[Finding] = field(default_factory=list)
    new: list[TitleChange] = field(default_factory=list)
    changed: list[TitleChange] = field(default_factory=list)
    reinstated: list[TitleChange] = field(default_factory=list)
    withdrawn: list[TitleChange] = field(default_factory=list)
    unchanged: int = 0
    summary: str = ""
    agency_id: int | None = None
    agency_code: str = ""
    coded: list[InventoryEntry] = field(default_factory=list)
    titles: dict[int, int] = field(default_factory=dict)


def refused(findings: list[Finding]) -> bool:
    from sopxl.findings import Severity

    return any(f.severity is Severity.ERROR for f in findings)


class Session:
    """One import's transaction: the run row, the code pattern, the clock, and whether
    anything was written."""

    def __init__(self, conn: Connection, pattern: CodePattern, now: datetime) -> None:
        self.conn = conn
        self.pattern = pattern
        self.now = now
        self.changed = False
        key = conn.execute(s.runs.insert().values(started_at=now, summary="")).inserted_primary_key
        assert key is not None
        self.run_id: int = int(key[0])
        self._next_number: dict[int, int] = {}
        self._segments: dict[int, tuple[str, str, str]] = {}

    def forget_numbers(self) -> None:
        """Drop cached next numbers (after a savepoint rollback undid some codes)."""
        self._next_number.clear()

    def write(self, statement: Any) -> Any:
        self.changed = True
        return self.conn.execute(statement)

    def insert(self, table: Any, values: dict[str, Any]) -> int:
        """Insert one row and return its id. Values go as parameters of a statement
        compiled once per table: building ``.values(...)`` per row costs more than the
        insert itself at 6,000 titles."""
        self.changed = True
        key = self.conn.execute(table.insert(), values).inserted_primary_key
        assert key is not None
        return int(key[0])

    # --- codes -----------------------------------------------------------------------

    def assign_code(self, title_id: int, section_id: int) -> str:
        """Give ``title_id`` the next number of bagian ``section_id`` and its code."""
        return self.assign_codes([(title_id, section_id)])[0]

    def assign_codes(self, wanted: list[tuple[int, int]]) -> list[str]:
        """Give each (title id, bagian id), in order, the next number of its bagian and
        its code: a few statements for the whole list (see :mod:`sopxl.register.batch`)."""
        from sopxl.register.batch import assign_codes

        if not wanted:
            return []
        self.changed = True
        return assign_codes(self, wanted)

    def insert_many(self, table: Any, rows: list[dict[str, Any]]) -> list[int]:
        """Insert ``rows`` in one statement batch and return their ids, in order."""
        from sopxl.register.batch import insert_many

        if not rows:
            return []
        self.changed = True
        return insert_many(self.conn, table, rows)

    def events(self, items: list[tuple[int, str, str]]) -> None:
        """Record (title id, event, detail) rows in one statement batch."""
        if items:
            self.changed = True
            self.conn.execute(
                s.events.insert(),
                [
                    {"title_id": i, "run_id": self.run_id, "event": e, "detail": d}
                    for i, e, d in items
                ],
            )

    def event(self, title_id: int, name: str, detail: str = "") -> None:
        self.insert(
            s.events, {"title_id": title_id, "run_id": self.run_id, "event": name, "detail": detail}
        )


# --- organisation master ----------------------------------------------------------------


def apply_org_master(session: Session, master: OrgMaster) -> ApplyResult:
    """Load the organisation master: add, rename, reactivate, merge and deactivate SKPDs,
    unit kerja and bagian, keeping their rows (and so their titles and codes)."""
    conn, a, u, sec = session.conn, s.agencies, s.units, s.sections
    counts = {"baru": 0, "diubah": 0, "nonaktif": 0}
    existing = {row.code: row for row in conn.execute(select(a))}
    was_empty = not existing
    ids: dict[str, int] = {}

    def history(agency_id: int, event: str, name: str, short: str, detail: str = "") -> None:
        session.write(
            s.agency_history.insert().values(
                agency_id=agency_id,
                run_id=session.run_id,
                event=event,
                name=name,
                short_name=short,
                detail=detail,
            )
        )

    for row in master.agencies:
        old = existing.get(row.code)
        if old is None:
            agency_id = session.write(
                a.insert().values(
                    code=row.code,
                    name=row.name,
                    short_name=row.short_name,
                    active=True,
                    created_run=session.run_id,
                )
            ).inserted_primary_key[0]
            history(agency_id, "dibuat", row.name, row.short_name)
            counts["baru"] += 1
        else:
            agency_id = old.id
            if (old.name, old.short_name) != (row.name, row.short_name):
                session.write(
                    a.update()
                    .where(a.c.id == old.id)
                    .values(name=row.name, short_name=row.short_name)
                )
                history(agency_id, "diubah", row.name, row.short_name, f"sebelumnya: {old.name}")
                counts["diubah"] += 1
        ids[row.code] = agency_id

    for row in master.agencies:
        agency_id = ids[row.code]
        old = existing.get(row.code)
        target = ids.get(row.merged_into) if row.merged_into else None
        active = target is None
        old_target = old.merged_into_id if old is not None else None
        old_active = old.active if old is not None else True
        if (old_target, old_active) != (target, active):
            session.write(
                a.update().where(a.c.id == agency_id).values(merged_into_id=target, active=active)
            )
            if target is not None:
                history(
                    agency_id,
                    "digabung",
                    row.name,
                    row.short_name,
                    f"digabung ke {row.merged_into}",
                )
                # The SKPD's titles now belong to its successor; codes do not change.
                session.write(
                    s.titles.update()
                    .where(s.titles.c.agency_id == agency_id)
                    .values(agency_id=target)
                )
            elif old is not None:
                history(agency_id, "diaktifkan", row.name, row.short_name)
            if old is not None:
                counts["diubah"] += 1
    listed = {row.code for row in master.agencies}
    for code, old in existing.items():
        if code not in listed and old.active:
            session.write(a.update().where(a.c.id == old.id).values(active=False))
            history(old.id, "dinonaktifkan", old.name, old.short_name)
            counts["nonaktif"] += 1

    unit_ids: dict[tuple[str, str], int] = {}
    unit_rows = {(r.agency_id, r.code): r for r in conn.execute(select(u))}
    seen_units: set[int] = set()
    for unit in master.units:
        key = (ids[unit.agency], unit.code)
        old_unit = unit_rows.get(key)
        if old_unit is None:
            unit_id = session.write(
                u.insert().values(agency_id=key[0], code=unit.code, name=unit.name, active=True)
            ).inserted_primary_key[0]
            counts["baru"] += 1
        else:
            unit_id = old_unit.id
            if old_unit.name != unit.name or not old_unit.active:
                session.write(
                    u.update().where(u.c.id == unit_id).values(name=unit.name, active=True)
                )
                counts["diubah"] += 1
        unit_ids[unit.agency, unit.code] = unit_id
        seen_units.add(unit_id)
    for old_unit in unit_rows.values():
        if (
            old_unit.id not in seen_units
            and old_unit.active
            and _listed_agency_id(old_unit.agency_id, ids, master)
        ):
            session.write(u.update().where(u.c.id == old_unit.id).values(active=False))
            counts["nonaktif"] += 1

    section_rows = {(r.unit_id, r.code): r for r in conn.execute(select(sec))}
    seen_sections: set[int] = set()
    for section in master.sections:
        unit_id = unit_ids[section.agency, section.unit]
        old_section = section_rows.get((unit_id, section.code))
        if old_section is None:
            section_id = session.write(
                sec.insert().values(
                    unit_id=unit_id, code=section.code, name=section.name, active=True
                )
            ).inserted_primary_key[0]
            counts["baru"] += 1
        else:
            section_id = old_section.id
            if old_section.name != section.name or not old_section.active:
                session.write(
                    sec.update()
                    .where(sec.c.id == section_id)
                    .values(name=section.name, active=True)
                )
                counts["diubah"] += 1
        seen_sections.add(section_id)
    for old_section in section_rows.values():
        if (
            old_section.id not in seen_sections
            and old_section.active
            and (old_section.unit_id in seen_units)
        ):
            session.write(sec.update().where(sec.c.id == old_section.id).values(active=False))
            counts["nonaktif"] += 1

    outcome = (NEW if was_empty else CHANGED) if any(counts.values()) else UNCHANGED
    summary = (
        f"{len(master.agencies)} SKPD, {len(master.units)} unit kerja, "
        f"{len(master.sections)} bagian: {counts['baru']} baru, {counts['diubah']} diubah, "
        f"{counts['nonaktif']} dinonaktifkan"
    )
    return ApplyResult(outcome, summary=summary)


def _listed_agency_id(agency_id: int, ids: dict[str, int], master: OrgMaster) -> bool:
    """Units of an SKPD that is still listed are deactivated when left out; those of an
    SKPD that left the master keep their state (its titles still point at them)."""
    return agency_id in ids.values()


# --- inventaris judul SOP -------------------------------------------------------------


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
    conn, a, u, sec = session.conn, s.agencies, s.units, s.sections
    inventory = reading.inventory
    assert inventory is not None
    sheet = reading.sheet
    out: list[Finding] = []
    agency = None
    if inventory.agency_code:
        agency = conn.execute(select(a).where(a.c.code == inventory.agency_code)).first()
    elif inventory.agency_name:
        wanted = normalise_label(inventory.agency_name)
        for row in conn.execute(select(a)):
            if wanted in (normalise_label(row.name), normalise_label(row.short_name)):
                agency = row
                break
    shown = inventory.agency_code or inventory.agency_name or "(kosong)"
    if agency is None:
        return None, [], [make_finding("INV_AGENCY_UNKNOWN", file, sheet=sheet, value=shown)]
    if not agency.active:
        merged = ""
        if agency.merged_into_id is not None:
            target = conn.execute(
                select(a.c.code, a.c.name).where(a.c.id == agency.merged_into_id)
            ).one()
            merged = f" dan telah digabung ke {target.code} {target.name}"
        return (
            None,
            [],
            [
                make_finding(
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
                make_finding(
                    "INV_AGENCY_TWICE",
                    file,
                    sheet=sheet,
                    value=f"{agency.code} {agency.name}",
                    other=seen[agency.code],
                )
            ],
        )

    family = agency_family(conn, agency.id)
    unit_rows = conn.execute(
        select(u)
        .where(u.c.agency_id.in_(family), u.c.active)
        .order_by(u.c.agency_id != agency.id, u.c.agency_id, u.c.code)
    ).fetchall()
    units_by_name: dict[str, Row[Any]] = {}
    for row in unit_rows:
        units_by_name.setdefault(normalise_label(row.name), row)
        units_by_name.setdefault(normalise_label(row.code), row)
    section_rows = conn.execute(
        select(sec).where(sec.c.unit_id.in_([r.id for r in unit_rows]), sec.c.active)
    ).fetchall()
    sections_by_unit: dict[int, dict[str, Row[Any]]] = {}
    sections_anywhere: dict[str, list[Row[Any]]] = {}
    for row in section_rows:
        sections_by_unit.setdefault(row.unit_id, {}).setdefault(normalise_label(row.name), row)
        sections_by_unit[row.unit_id].setdefault(normalise_label(row.code), row)
        sections_anywhere.setdefault(normalise_label(row.name), []).append(row)

    cols = reading.columns
    resolved: list[ResolvedEntry] = []
    code_rows: dict[str, int] = {}
    owners: dict[str, Any] | None = None  # Nomor SOP typed in rows -> owning SKPD
    for number, entry in enumerate(inventory.entries, start=1):
        unit_col, section_col = cols.get("unit"), cols.get("section")
        unit = units_by_name.get(normalise_label(entry.unit)) if entry.unit else None
        section = None
        if not entry.unit:
            # A bagian whose name is unique in the SKPD names its unit kerja too.
            matches = sections_anywhere.get(normalise_label(entry.section), [])
            if entry.section and len(matches) == 1:
                section = matches[0]
            else:
                out.append(
                    make_finding(
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
                make_finding(
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
                    make_finding(
                        "INV_SECTION_MISSING",
                        file,
                        sheet=sheet,
                        row=entry.row,
                        column=section_col,
                        entry=number,
                    )
                )
                continue
            section = sections_by_unit.get(unit.id, {}).get(normalise_label(entry.section))
            if section is None:
                out.append(
                    make_finding(
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
                    make_finding(
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
                    make_finding(
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
                    make_finding(
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


def _fields(item: ResolvedEntry) -> dict[str, Any]:
    entry = item.entry
    return {
        "section_id": item.section_id,
        "title": entry.title,
        "title_key": title_key(entry.title),
        "kind": entry.kind.value if entry.kind else None,
        "service": entry.service.value if entry.service else None,
        **{
            f"c_{key}": entry.criterion(key)
            for key in ("duty", "routine", "steps", "output", "parties")
        },
        "legal_basis": entry.legal_basis,
        "note": entry.note,
    }


def apply_inventory(session: Session, agency: Row[Any], items: list[ResolvedEntry]) -> ApplyResult:
    """Make the register's titles of ``agency`` what the inventory lists (see the module
    docstring for how rows are matched to registered titles)."""
    conn, t, c = session.conn, s.titles, s.codes
    family = agency_family(conn, agency.id)
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
    for index, item in enumerate(items):
        if match[index] is not None:
            continue
        free = [i for i in by_key.get(title_key(item.entry.title), []) if i not in claimed]
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
            title_key(item.entry.title),
            [r.title_key for r in free_rows],
            scorer=fuzz.token_sort_ratio,
            score_cutoff=SAME_TITLE_THRESHOLD,
        )
        if best is not None:
            title_id = free_rows[best[2]].id
            match[index], claimed[title_id] = title_id, index

    result = ApplyResult(UNCHANGED, agency_id=agency.id, agency_code=agency.code)
    # Batched (sopxl.register.batch): collect the rows first, then one statement batch
    # each for new titles, their codes, changed titles, withdrawals and events.
    fields = [_fields(item) for item in items]
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
            session.assign_codes([(ids[i], items[i].section_id) for i in uncoded]),
            strict=True,
        )
    )
    events: list[tuple[int, str, str]] = []
    updates: list[tuple[int, dict[str, Any]]] = []
    coded: list[InventoryEntry] = []
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
        coded.append(_with_code(entry, code))
    gone = [
        row
        for row in existing
        if row.id not in claimed and row.status == STATUS_ACTIVE and row.agency_id in family
    ]
    if gone:
        for part in chunks([row.id for row in gone]):
            session.write(
                t.update()
                .where(t.c.id.in_(part))
                .values(
                    status=STATUS_WITHDRAWN,
                    withdrawn_run=session.run_id,
                    updated_run=session.run_id,
                )
            )
        for row in gone:
            events.append((row.id, "ditarik", ""))
            result.withdrawn.append(TitleChange(row.title, row.code or ""))
    if updates:
        session.changed = True
        update_many(conn, t, updates)
    session.events(events)
    result.coded = coded
    if result.new or result.changed or result.reinstated or result.withdrawn:
        result.outcome = NEW if not existing else CHANGED
    result.summary = (
        f"{len(result.new)} baru, {len(result.changed)} diubah, "
        f"{len(result.reinstated)} diaktifkan kembali, {result.unchanged} tetap, "
        f"{len(result.withdrawn)} ditarik"
    )
    return result


def _with_code(entry: InventoryEntry, code: str) -> InventoryEntry:
    from dataclasses import replace

    return replace(entry, code=code)


# --- SOP forms -----------------------------------------------------------------------


def sop_hash(report: FileReport) -> str:
    """A fingerprint of a form's content: equal content, equal hash."""
    return hashlib.sha256(repr(report.sop).encode("utf-8")).hexdigest()


def apply_sop_form(session: Session, report: FileReport, data: WorkbookData) -> ApplyResult:
    """Record a checked SOP form against its registered title: matched by its Nomor SOP,
    else by its Nama SOP among the titles of its SKPD. The title reaches the stage
    "penulisan"; a changed form raises its revision.

    Refused (galat, Pasal 9 ayat (1)): a form whose Nama SOP matches a registered title
    that carries another Nomor SOP (SOP_CODE_DIFFERS, at the Nomor SOP cell, naming both
    numbers), and a form that matches no title (SOP_UNREGISTERED, at the Nomor SOP or Nama
    SOP cell, with the closest titles of its SKPD). The bagian of the SOP is the one of
    the registered title, whatever the form's Bagian field says (or leaves empty).
    """
    from sopxl.register.sop_match import agency_titles, at_field, suggestion

    conn, t, c = session.conn, s.titles, s.codes
    sop = report.sop
    assert sop is not None
    ident = sop.identity
    code = ident.code.strip()
    given = code not in ("", "-", "\u2013", "\u2014")
    title_row = None
    out: list[Finding] = []
    if given:
        title_row = conn.execute(
            select(t, c.c.code)
            .select_from(t.join(c, c.c.title_id == t.c.id))
            .where(c.c.code == code)
        ).first()
        if title_row is not None and title_key(title_row.title) != title_key(ident.title):
            out.append(
                at_field(
                    report,
                    "title",
                    "SOP_TITLE_DIFFERS",
                    title=ident.title,
                    registered=title_row.title,
                    number=title_row.code,
                )
            )
    found = agency_titles(conn, ident.agency) if title_row is None else []
    rows = found or []
    if title_row is None and ident.title and rows:
        best = process.extractOne(
            title_key(ident.title),
            [r.title_key for r in rows],
            scorer=fuzz.token_sort_ratio,
            score_cutoff=SAME_TITLE_THRESHOLD,
        )
        if best is not None:
            title_row = rows[best[2]]
            if given and title_row.code != code:
                out.append(
                    at_field(
                        report,
                        "code",
                        "SOP_CODE_DIFFERS",
                        value=code,
                        title=title_row.title,
                        number=code,
                        registered=title_row.code or "(belum bernomor)",
                    )
                )
                return ApplyResult(REFUSED, findings=out)
    if title_row is None:
        out.append(
            at_field(
                report,
                "code" if given else "title",
                "SOP_UNREGISTERED",
                title=ident.title or "(tanpa nama)",
                number=code if given else "-",
                suggestion=(
                    suggestion(ident.title, rows)
                    if found is not None
                    else f" SKPD '{ident.agency}' pada formulir tidak dikenal register "
                    "(daftarnya: 'sopxl skpd')."
                ),
            )
        )
        return ApplyResult(REFUSED, findings=out)
    digest = sop_hash(report)
    result = ApplyResult(UNCHANGED, findings=out, agency_id=title_row.agency_id)
    change = TitleChange(title_row.title, title_row.code or "")
    if title_row.form_hash != digest:
        revision = title_row.form_revision + 1
        stage = title_row.stage
        if STAGES.index(stage) < STAGES.index("penulisan"):
            stage = "penulisan"
        session.write(
            t.update()
            .where(t.c.id == title_row.id)
            .values(
                form_hash=digest,
                form_revision=revision,
                stage=stage,
                form_version=data.stamp.get("sopxl_version"),
                form_run=session.run_id,
                updated_run=session.run_id,
            )
        )
        session.event(title_row.id, "penulisan", f"formulir revisi {revision}")
        result.outcome = NEW if revision == 1 else CHANGED
        (result.new if revision == 1 else result.changed).append(change)
    else:
        result.unchanged = 1
    result.summary = f"SOP {change.code} {change.title}"
    return result
