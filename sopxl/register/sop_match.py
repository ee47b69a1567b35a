"""Matching an SOP form to the register's titles, for import: where a finding on one of
the form's identity fields goes, the titles of the form's SKPD, and the closest of them to
propose when the form's title matches none ("Maksud Anda ...?").

Closeness is rapidfuzz's token_sort_ratio on the titles' keys, kept local and small: the
register's duplicate matcher is its own module.
"""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import Connection, Row, select

from sopxl.findings import FileReport, Finding
from sopxl.parsing.labels import normalise_label
from sopxl.register import schema as s
from sopxl.register.store import STATUS_ACTIVE, agency_family
from sopxl.register.text import title_key

# How many registered titles SOP_UNREGISTERED proposes, and how alike they must be.
_SUGGESTIONS = 3
_SUGGESTION_CUTOFF = 50


def at_field(
    report: FileReport, key: str, code: str, value: object = None, **params: object
) -> Finding:
    """A finding of import on the identity field ``key`` of the form, at its cell."""
    from sopxl.findings import FieldRef, finding

    ref = FieldRef("identity", key)
    message: dict[str, Any] = dict(params)  # only message parameters, by the callers
    loc = report.sources.get(ref) if report.sources is not None else None
    if loc is None:
        return finding(code, report.file, value=value, ref=ref, **message)
    return finding(
        code,
        report.file,
        sheet=loc.sheet,
        row=loc.row,
        column=loc.column,
        value=value,
        ref=ref,
        **message,
    )


def agency_titles(conn: Connection, agency_name: str) -> list[Row[Any]] | None:
    """The active titles (with their code, if any) of the SKPD named ``agency_name`` on a
    form (its name or abbreviation), and of the SKPD merged into it; ``None`` when the
    register knows no such SKPD."""
    a, t, c = s.agencies, s.titles, s.codes
    wanted = normalise_label(agency_name)
    if not wanted:
        return None
    agency = next(
        (
            row
            for row in conn.execute(select(a))
            if wanted in (normalise_label(row.name), normalise_label(row.short_name))
        ),
        None,
    )
    if agency is None:
        return None
    return list(
        conn.execute(
            select(t, c.c.code)
            .select_from(t.outerjoin(c, c.c.title_id == t.c.id))
            .where(t.c.agency_id.in_(agency_family(conn, agency.id)), t.c.status == STATUS_ACTIVE)
        ).fetchall()
    )


def suggestion(title: str, rows: list[Row[Any]]) -> str:
    """ "Maksud Anda ...?" with the registered titles of the SKPD closest to ``title``."""
    if not title or not rows:
        return ""
    close = process.extract(
        title_key(title),
        [r.title_key for r in rows],
        scorer=fuzz.token_sort_ratio,
        score_cutoff=_SUGGESTION_CUTOFF,
        limit=_SUGGESTIONS,
    )
    if not close:
        return ""
    named = "; ".join(
        f"'{rows[index].title}' ({rows[index].code or 'belum bernomor'})" for _, _, index in close
    )
    return f" Maksud Anda: {named}?"


def other_agency_findings(conn: Connection, report: FileReport, agency_code: str) -> list[Finding]:
    """Warnings (SOP_OTHER_AGENCY) for a form sent by SKPD ``agency_code`` whose Nomor SOP,
    or else whose Nama SOP, is a registered title of another SKPD (not one merged into
    it): the import would refuse or misfile it, so the SKPD hears it before sending."""
    a, t, c = s.agencies, s.titles, s.codes
    sop = report.sop
    own = conn.execute(select(a.c.id).where(a.c.code == agency_code)).scalar()
    if sop is None or own is None:
        return []
    family = set(agency_family(conn, own))
    ident = sop.identity
    code = ident.code.strip()
    query = select(t.c.title, t.c.agency_id, c.c.code, a.c.name, a.c.short_name).select_from(
        t.outerjoin(c, c.c.title_id == t.c.id).join(a, a.c.id == t.c.agency_id)
    )
    if code not in ("", "-", "\u2013", "\u2014"):
        row = conn.execute(query.where(c.c.code == code)).first()
        if row is not None:
            if row.agency_id in family:
                return []
            return [_other_agency(report, "code", code, row)]
    key = title_key(ident.title) if ident.title else ""
    if not key:
        return []
    rows = conn.execute(query.where(t.c.title_key == key, t.c.status == STATUS_ACTIVE)).fetchall()
    if not rows or any(r.agency_id in family for r in rows):
        return []
    return [_other_agency(report, "title", ident.title, rows[0])]


def _other_agency(report: FileReport, key: str, value: str, row: Any) -> Finding:
    return at_field(
        report,
        key,
        "SOP_OTHER_AGENCY",
        value=value,
        field="Nomor SOP" if key == "code" else "Nama SOP",
        title=row.title,
        number=row.code or "belum bernomor",
        other=row.short_name or row.name,
    )
