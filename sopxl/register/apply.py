"""What an import writes: the organisation master, an inventory
(:mod:`sopxl.register.inventory_apply`), an SOP form, applied to the register inside the
import's one transaction.

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
from sqlalchemy import Connection, NestedTransaction, select

from sopxl.findings import FileReport, Finding
from sopxl.model.codes import CodePattern
from sopxl.model.inventory import InventoryEntry
from sopxl.model.organisation import OrgMaster
from sopxl.reading.grid import WorkbookData
from sopxl.register import schema as s
from sopxl.register.batch import Rows
from sopxl.register.orgview import OrgView
from sopxl.register.store import STAGES
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
    """What applying one file did. ``coded`` are the inventory's entries, each with its
    code (for the coded copy); ``titles`` maps each title id the file names to its row."""

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
    coded: list[tuple[InventoryEntry, str]] = field(default_factory=list)
    titles: dict[int, int] = field(default_factory=dict)


def refused(findings: list[Finding]) -> bool:
    from sopxl.model.severity import Severity

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
        self._last_ids: dict[str, int] = {}
        self._org: OrgView | None = None
        self._pending: list[Rows] = []
        self._in_file = False
        self._savepoint: NestedTransaction | None = None

    def forget_numbers(self) -> None:
        """Drop cached next numbers, the organisation and rows kept for later (after a
        file's writes were undone, or an organisation master changed it)."""
        self._next_number.clear()
        self._org = None
        self._pending.clear()

    # --- one file's writes ----------------------------------------------------------------

    def begin_file(self) -> None:
        """A file's apply begins. What it writes at once (:meth:`write`, :meth:`insert`,
        :meth:`insert_now`) opens a savepoint before the first such write; what it keeps
        for later (:meth:`insert_later`, :meth:`update_later`) is sent by
        :meth:`end_file`. A file that only keeps its writes for later needs no savepoint:
        nothing of it reaches the register before its apply has succeeded, and then it
        goes in one statement (PostgreSQL) or in statements prepared beforehand, so that
        only the database can fail half-way, which ends the whole batch. (A savepoint
        and its release cost two round trips and a subtransaction on the server, ~1.4 ms
        per inventory on PostgreSQL.)"""
        self._pending.clear()
        self._savepoint = None
        self._in_file = True

    def end_file(self, keep: bool) -> None:
        """A file's apply ended: ``keep`` sends its kept writes and releases its
        savepoint; otherwise both are undone (with the numbers and organisation read,
        which may now be wrong)."""
        if keep:
            self.flush()
            if self._savepoint is not None:
                self._savepoint.commit()
        else:
            if self._savepoint is not None:
                self._savepoint.rollback()
            self.forget_numbers()
        self._savepoint, self._in_file = None, False

    def _writing(self) -> None:
        """Before a write sent at once: the file's savepoint, if it has none yet."""
        self.changed = True
        if self._in_file and self._savepoint is None:
            self._savepoint = self.conn.begin_nested()

    def organisation(self) -> OrgView:
        """The register's SKPD, unit kerja and bagian, read once per import."""
        if self._org is None:
            self._org = OrgView(self.conn)
        return self._org

    def write(self, statement: Any) -> Any:
        self._writing()
        return self.conn.execute(statement)

    def insert(self, table: Any, values: dict[str, Any]) -> int:
        """Insert one row and return its id. Values go as parameters of a statement
        compiled once per table: building ``.values(...)`` per row costs more than the
        insert itself at 6,000 titles."""
        self._writing()
        key = self.conn.execute(table.insert(), values).inserted_primary_key
        assert key is not None
        return int(key[0])

    # --- codes -----------------------------------------------------------------------

    def assign_code(self, title_id: int, section_id: int) -> str:
        """Give ``title_id`` the next number of bagian ``section_id`` and its code."""
        return self.assign_codes([(title_id, section_id)])[0]

    def assign_codes(self, wanted: list[tuple[int, int]], later: bool = False) -> list[str]:
        """Give each (title id, bagian id), in order, the next number of its bagian and
        its code: a few statements for the whole list (see :mod:`sopxl.register.batch`).
        ``later``: the codes' rows are inserted by :meth:`flush`."""
        from sopxl.register.batch import assign_codes

        if not wanted:
            return []
        codes, rows = assign_codes(self, wanted)
        (self.insert_later if later else self.insert_now)(s.codes, rows)
        return codes

    def insert_many(
        self,
        table: Any,
        rows: list[dict[str, Any]],
        later: bool = False,
        sections: list[int] | None = None,
    ) -> list[int]:
        """Insert ``rows`` and return their ids, in order (``later``: by :meth:`flush`).
        ``sections``: bagian that will be given codes next; their highest numbers are
        asked for with the ids (one round trip on PostgreSQL)."""
        from sopxl.register.batch import highest_numbers, new_ids, with_ids

        if sections is not None:
            ids = highest_numbers(self, sections, table, len(rows))
        else:
            ids = new_ids(self.conn, table, len(rows), self._last_ids)
        rows = with_ids(rows, ids)
        (self.insert_later if later else self.insert_now)(table, rows)
        return [row["id"] for row in rows]

    def events(self, items: list[tuple[int, str, str]], later: bool = False) -> None:
        """Record (title id, event, detail) rows (``later``: by :meth:`flush`)."""
        run = self.run_id
        rows = [{"title_id": i, "run_id": run, "event": e, "detail": d} for i, e, d in items]
        (self.insert_later if later else self.insert_now)(s.events, rows)

    def insert_now(self, table: Any, rows: list[dict[str, Any]]) -> None:
        from sopxl.register.batch import insert_rows

        if rows:
            self._writing()
            insert_rows(self.conn, table, rows)

    def insert_later(self, table: Any, rows: list[dict[str, Any]]) -> None:
        """Insert ``rows`` with the file's other kept writes (:meth:`end_file`)."""
        if rows:
            self.changed = True
            self._pending.append(Rows(table, rows))

    def update_later(self, table: Any, changes: list[tuple[int, dict[str, Any]]]) -> None:
        """Set the values of each (row id, values) with the file's other kept writes:
        one statement part per set of columns."""
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for row_id, values in changes:
            groups.setdefault(tuple(sorted(values)), []).append({"id": row_id, **values})
        for rows in groups.values():
            self.changed = True
            self._pending.append(Rows(table, rows, update=True))

    def flush(self) -> None:
        """Send the writes kept for later, in order: on PostgreSQL in one statement."""
        from sopxl.register.batch import write_together

        pending, self._pending = self._pending, []
        write_together(self.conn, pending)

    def event(self, title_id: int, name: str, detail: str = "") -> None:
        self.insert(
            s.events, {"title_id": title_id, "run_id": self.run_id, "event": name, "detail": detail}
        )


# --- organisation master ----------------------------------------------------------------


def apply_org_master(session: Session, master: OrgMaster) -> ApplyResult:
    """Load the organisation master: add, rename, reactivate, merge and deactivate SKPDs,
    unit kerja and bagian, keeping their rows (and so their titles and codes)."""
    conn, a, u, sec = session.conn, s.agencies, s.units, s.sections
    session.forget_numbers()  # what the import read of the organisation changes now
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
