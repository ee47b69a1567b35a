"""Rules on the identity sheet (Lampiran II angka 2, Cara Pengisian (1)-(12) and (18)).

Required fields and lists filled, the code's pattern, the NIP, and the dates of the
header in order and not in the future.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Final

from sopxl.checking.rules.context import RuleContext, _blank
from sopxl.errors import InputError
from sopxl.findings import FieldRef, Finding
from sopxl.messages import rules as catalogue
from sopxl.model import sop_fields

_MONTHS: Final = (
    *("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus"),
    *("September", "Oktober", "November", "Desember"),
)


def _tanggal(day: date) -> str:
    """A date as Indonesian officials write it: ``20 Januari 2025``."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def identity_filled(ctx: RuleContext) -> Iterator[Finding]:
    """Every required identity field and the Pengesahan block are filled (galat)."""
    ident = ctx.sop.identity
    for key in catalogue.REQUIRED_IDENTITY:
        value: object = getattr(ident, key)
        if value is None or (isinstance(value, str) and _blank(value)):
            yield ctx.report(f"IDENT_{key.upper()}_MISSING", FieldRef("identity", key))
    for field in sop_fields.APPROVAL_FIELDS:
        if _blank(getattr(ident.approval, field.key)):
            yield ctx.report(
                f"APPROVAL_{field.key.upper()}_MISSING", FieldRef("approval", field.key)
            )


def lists_filled(ctx: RuleContext) -> Iterator[Finding]:
    """Dasar Hukum holds at least one regulation (galat, Pasal 9(2)a); every other list of
    Lampiran II angka 2 holds at least one entry (peringatan).

    An entry of only "-" does not count in Dasar Hukum (every SOP rests on a regulation);
    in every other list it is how a person writes "none applies" and is accepted. The
    finding points at the list's first entry cell.
    """
    ident = ctx.sop.identity
    for item in sop_fields.LISTS:
        entries: tuple[str, ...] = getattr(ident, item.key)
        if item.key == "legal_basis":
            filled = any(not _blank(entry) for entry in entries)
        else:
            filled = any(entry.strip() for entry in entries)
        if not filled:
            yield ctx.report(f"LIST_{item.key.upper()}_EMPTY", FieldRef("list", item.key, index=0))


def code_pattern(ctx: RuleContext) -> Iterator[Finding]:
    """A filled Nomor SOP matches the configured pattern in full (galat, Pasal 8(2))."""
    code = ctx.sop.identity.code.strip()
    if _blank(code):
        return
    try:
        pattern = re.compile(ctx.config.code_pattern)
    except re.error as exc:
        raise InputError(
            f"Pola Nomor SOP '{ctx.config.code_pattern}' pada pengaturan tidak sah: {exc}."
        ) from exc
    if pattern.fullmatch(code) is None:
        yield ctx.report(
            "IDENT_CODE_PATTERN",
            FieldRef("identity", "code"),
            value=code,
            sop_code=code,
            example=ctx.config.code_example,
        )


def nip_valid(ctx: RuleContext) -> Iterator[Finding]:
    """A filled NIP is 18 digits once spaces are removed (galat, Cara Pengisian (18))."""
    nip = ctx.sop.identity.approval.nip
    if _blank(nip):
        return
    digits = "".join(nip.split())
    if not (len(digits) == 18 and digits.isascii() and digits.isdigit()):
        yield ctx.report("APPROVAL_NIP_INVALID", FieldRef("approval", "nip"), value=nip, nip=nip)


def dates_in_order(ctx: RuleContext) -> Iterator[Finding]:
    """Tanggal Pembuatan is on or before Tanggal Pengesahan; a Tanggal Revisi is strictly
    after Tanggal Pembuatan (galat). Missing dates are reported elsewhere, not here."""
    ident = ctx.sop.identity
    made, approved, revised = ident.made_on, ident.approved_on, ident.revised_on
    if made is not None and approved is not None and made > approved:
        yield ctx.report(
            "DATE_MADE_AFTER_APPROVED",
            FieldRef("identity", "made_on"),
            value=made.isoformat(),
            made_on=_tanggal(made),
            approved_on=_tanggal(approved),
        )
    if made is not None and revised is not None and revised <= made:
        yield ctx.report(
            "DATE_REVISED_NOT_AFTER_MADE",
            FieldRef("identity", "revised_on"),
            value=revised.isoformat(),
            revised_on=_tanggal(revised),
            made_on=_tanggal(made),
        )


def dates_not_future(ctx: RuleContext) -> Iterator[Finding]:
    """No date of the header lies after the reference date (peringatan: usually a typo in
    the year; a planned Tanggal Pengesahan is possible, hence not galat)."""
    today = ctx.config.reference_date()
    ident = ctx.sop.identity
    for field in sop_fields.HEADER_FIELDS:
        if field.kind != "date":
            continue
        day: date | None = getattr(ident, field.key)
        if day is not None and day > today:
            yield ctx.report(
                "DATE_IN_FUTURE",
                FieldRef("identity", field.key),
                value=day.isoformat(),
                label=field.label,
                date=_tanggal(day),
                today=_tanggal(today),
            )
