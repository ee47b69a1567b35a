"""What importing a lifecycle form writes (inside ``sopxl import``'s transaction), through
the register's public API: the apply step of the lifecycle kinds (:mod:`sopxl.kinds`), so
that neither ``lifecycle/`` nor ``register/`` imports the other.

Rules:
- The form's SKPD must be an active SKPD of the register, and every row's Nomor SOP a
  registered code of that SKPD (or of an SKPD merged into it). Otherwise the form is
  refused whole, like any file with a galat.
- One form is current per (kind, SKPD, period). Importing a form with other answers
  supersedes the current one (``superseded_run``) and records the new one; nothing is
  deleted, so earlier answers stay as history. The same answers again change nothing.
- Only answered rows are recorded: an empty row is an SOP not (yet) monitored, evaluated
  or supervised in that period.
- An answer is owed only for an SOP *in force* during the period: an active SOP whose
  Keputusan Bupati, as the current Status SOP forms record it (those of the same batch
  included, as they are applied first), is dated on or before the period's end. An
  unanswered Evaluasi or Pengawasan row of an SOP in force is a peringatan
  (``LC_NOT_EVALUATED``, ``LC_NOT_SUPERVISED``), as is an SOP in force missing from the
  form (``LC_IN_FORCE_MISSING_ROW``) or marked *Belum berlaku* by an older template
  (``LC_MARKED_NOT_IN_FORCE``); a form with SOPs in force and no answer at all is
  refused (``LC_FORM_EMPTY``). Rows of SOPs not in force draw no finding, answered or
  not: the answers are recorded as typed (nothing is lost), and the figures of the
  exports count the SOPs in force.
- A Status SOP form moves each SOP's stage forward (verifikasi, penetapan); a stage never
  moves back, since the register's stage is the furthest stage ever reached.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from sqlalchemy import and_, select

from sopxl.findings import Finding, finding
from sopxl.forms import lifecycle_spec as spec
from sopxl.lifecycle.reader import FormEntry, LifecycleReading
from sopxl.register import schema as s
from sopxl.register.apply import CHANGED, NEW, REFUSED, UNCHANGED, ApplyResult, Session, refused
from sopxl.register.schema import ANSWER_TABLES
from sopxl.register.store import STAGES, STATUS_ACTIVE, agency_family

MAX_LISTED = 5
UNANSWERED_CODE = {
    spec.EVALUATION.kind: "LC_NOT_EVALUATED",
    spec.SUPERVISION.kind: "LC_NOT_SUPERVISED",
}
"""Forms that owe an answer for every SOP in force (Pasal 18 ayat (2), Pasal 19)."""


def content_hash(reading: LifecycleReading) -> str:
    """Equal answers, equal hash (the file's bytes do not matter)."""
    content = (
        sorted(reading.header.items()),
        sorted((e.code, sorted(e.values.items(), key=lambda kv: kv[0])) for e in reading.entries),
    )
    return hashlib.sha256(repr(content).encode("utf-8")).hexdigest()


def enacted_by(conn: Any, title_ids: list[int], until: date) -> dict[int, date]:
    """Each title's Keputusan Bupati date on or before ``until`` as the current Status
    SOP forms record it (the latest period's form that names the title wins)."""
    f, sa = s.lifecycle_forms, s.status_answers
    rows = conn.execute(
        select(sa.c.title_id, sa.c.decree_on, f.c.period)
        .select_from(sa.join(f, sa.c.form_id == f.c.id))
        .where(f.c.superseded_run.is_(None), sa.c.title_id.in_(title_ids))
        .order_by(f.c.period)
    ).fetchall()
    found: dict[int, date] = {}
    for row in rows:
        if row.decree_on is not None and row.decree_on <= until:
            found[row.title_id] = row.decree_on
        elif row.decree_on is None:
            found.pop(row.title_id, None)
    return found


def apply_lifecycle(session: Session, reading: LifecycleReading) -> ApplyResult:
    """Check ``reading`` against the register and record it (see the module docstring)."""
    conn, a, t, c = session.conn, s.agencies, s.titles, s.codes
    form, file, period = reading.form, reading.file, reading.period
    assert period is not None, "a reading without a period has a galat and is refused"
    agency = conn.execute(select(a).where(a.c.code == reading.agency_code)).first()
    if agency is None or not agency.active:
        return ApplyResult(
            REFUSED,
            findings=[
                finding("LC_AGENCY_UNKNOWN", file, sheet=reading.sheet, value=reading.agency_code)
            ],
        )
    family = agency_family(conn, agency.id)
    codes = [entry.code for entry in reading.entries]
    rows = {
        row.code: row
        for row in conn.execute(
            select(t.c.id, t.c.agency_id, t.c.status, t.c.stage, c.c.code, a.c.code.label("owner"))
            .select_from(t.join(c, c.c.title_id == t.c.id).join(a, t.c.agency_id == a.c.id))
            .where(c.c.code.in_(codes))
        )
    }
    out: list[Finding] = []
    resolved: list[tuple[FormEntry, Any]] = []
    code_column = reading.columns.get("code")
    for entry in reading.entries:
        row = rows.get(entry.code)
        where: dict[str, Any] = {"sheet": reading.sheet, "row": entry.row, "column": code_column}
        if row is None:
            out.append(finding("LC_SOP_UNKNOWN", file, sop=entry.code, **where))
        elif row.agency_id not in family:
            out.append(
                finding("LC_SOP_OTHER_AGENCY", file, sop=entry.code, other=row.owner, **where)
            )
        else:
            if row.status != STATUS_ACTIVE:
                out.append(finding("LC_SOP_WITHDRAWN", file, sop=entry.code, **where))
            resolved.append((entry, row))
    answered = [(entry, row) for entry, row in resolved if entry.answered]
    owed = 0
    if form.kind == spec.STATUS.kind:
        out.extend(_missing_rows(conn, family, set(codes), file, reading.sheet))
    else:
        in_force = in_force_titles(conn, family, period.end)
        owed = len(in_force)
        out.extend(_owed_answers(reading, resolved, in_force, conn))
    result = ApplyResult(UNCHANGED, findings=out, agency_id=agency.id, agency_code=agency.code)
    if refused(out):
        result.outcome = REFUSED
        return result
    label = f"{form.sheet} {period.label}"
    result.summary = f"{label}: {len(answered)} SOP dijawab"
    if form.kind != spec.STATUS.kind:
        result.summary += f" ({owed} SOP berlaku)"
    digest = content_hash(reading)
    f = s.lifecycle_forms
    current = conn.execute(
        select(f.c.id, f.c.content_hash).where(
            and_(
                f.c.kind == form.kind,
                f.c.agency_id == agency.id,
                f.c.period == period.key,
                f.c.superseded_run.is_(None),
            )
        )
    ).first()
    if current is not None and current.content_hash == digest:
        result.unchanged = 1
        return result
    if current is not None:
        session.write(f.update().where(f.c.id == current.id).values(superseded_run=session.run_id))
    form_id = session.insert(
        f,
        {
            "kind": form.kind,
            "agency_id": agency.id,
            "period": period.key,
            "run_id": session.run_id,
            "path": file,
            "content_hash": digest,
            "superseded_run": None,
            **{item.key: reading.header.get(item.key) for item in form.header_fields},
        },
    )
    table = ANSWER_TABLES[form.kind]
    keys = [column.key for column in form.inputs]
    if answered:
        session.write(
            table.insert().values(
                [
                    {
                        "form_id": form_id,
                        "title_id": row.id,
                        "row": entry.row,
                        **{key: entry.values.get(key) for key in keys},
                    }
                    for entry, row in answered
                ]
            )
        )
    if form.kind == spec.STATUS.kind:
        _advance_stages(session, answered)
    result.outcome = CHANGED if current is not None else NEW
    if current is not None:
        result.summary += " (menggantikan kiriman sebelumnya)"
    return result


def in_force_titles(conn: Any, family: list[int], until: date) -> dict[int, date]:
    """Active coded SOPs of the SKPDs ``family`` in force on ``until``: title id ->
    Keputusan Bupati date (see :func:`enacted_by`)."""
    t, c = s.titles, s.codes
    ids = [
        int(row.id)
        for row in conn.execute(
            select(t.c.id)
            .select_from(t.join(c, c.c.title_id == t.c.id))
            .where(t.c.agency_id.in_(family), t.c.status == STATUS_ACTIVE)
        )
    ]
    return enacted_by(conn, ids, until) if ids else {}


def _owed_answers(
    reading: LifecycleReading,
    resolved: list[tuple[FormEntry, Any]],
    in_force: dict[int, date],
    conn: Any,
) -> list[Finding]:
    """Findings about answers owed for the SOPs in force (see the module docstring)."""
    form, file = reading.form, reading.file
    out: list[Finding] = []
    first_input = reading.columns.get(form.inputs[0].key)
    unanswered = UNANSWERED_CODE.get(form.kind)
    listed: set[int] = set()
    for entry, row in resolved:
        listed.add(int(row.id))
        if unanswered is None or entry.answered or row.id not in in_force:
            continue
        where: dict[str, Any] = {"sheet": reading.sheet, "row": entry.row, "column": first_input}
        if entry.marked_not_in_force:
            decree = in_force[row.id]
            out.append(
                finding(
                    "LC_MARKED_NOT_IN_FORCE",
                    file,
                    sop=entry.code,
                    decree=f"{decree:%d/%m/%Y}",
                    **where,
                )
            )
        else:
            out.append(finding(unanswered, file, sop=entry.code, **where))
    if in_force and not any(entry.answered for entry, _ in resolved):
        out.append(finding("LC_FORM_EMPTY", file, sheet=reading.sheet, count=len(in_force)))
    absent = sorted(set(in_force) - listed)
    if unanswered is not None and absent:
        c = s.codes
        names = sorted(
            str(row.code) for row in conn.execute(select(c.c.code).where(c.c.title_id.in_(absent)))
        )
        shown = ", ".join(names[:MAX_LISTED]) + (", ..." if len(names) > MAX_LISTED else "")
        out.append(
            finding(
                "LC_IN_FORCE_MISSING_ROW", file, sheet=reading.sheet, count=len(names), sops=shown
            )
        )
    return out


def _missing_rows(
    conn: Any, family: list[int], listed: set[str], file: str, sheet: str
) -> list[Finding]:
    t, c = s.titles, s.codes
    missing = [
        row.code
        for row in conn.execute(
            select(c.c.code)
            .select_from(t.join(c, c.c.title_id == t.c.id))
            .where(t.c.agency_id.in_(family), t.c.status == STATUS_ACTIVE)
            .order_by(c.c.code)
        )
        if row.code not in listed
    ]
    if not missing:
        return []
    shown = ", ".join(missing[:MAX_LISTED]) + (", ..." if len(missing) > MAX_LISTED else "")
    return [finding("LC_SOP_MISSING_ROW", file, sheet=sheet, count=len(missing), sops=shown)]


def _advance_stages(session: Session, answered: list[tuple[FormEntry, Any]]) -> None:
    t = s.titles
    for entry, row in answered:
        values = entry.values
        stage = (
            "penetapan"
            if "decree_on" in values
            else ("verifikasi" if "verified_on" in values else None)
        )
        if stage is None or row.stage not in STAGES:
            continue
        if STAGES.index(stage) > STAGES.index(row.stage):
            session.write(
                t.update().where(t.c.id == row.id).values(stage=stage, updated_run=session.run_id)
            )
            session.event(row.id, stage, f"Status SOP {entry.code}")
