"""The rules of an organisation master, over the rows as read: every code filled and
well formed, once per parent, every name filled, every parent and merge target known.
Each finding is at the cell that breaks the rule.

A row that breaks a rule is left out of what the rows below may refer to (a unit kerja of
an SKPD whose code is wrong is itself reported as of an unknown SKPD), as when the master
is applied only once none breaks any.
"""

from __future__ import annotations

from typing import Any

from sopxl.findings import Finding, finding
from sopxl.forms import org_spec
from sopxl.model.codes import SEGMENT_RE
from sopxl.register.readers import OrgReading


def check_org_master(reading: OrgReading, file: str) -> list[Finding]:
    """Every rule finding of the master read (none when every row is right)."""
    out: list[Finding] = []

    def at(code: str, sheet: str, row: int, key: str, **params: Any) -> None:
        column = reading.columns.get(sheet, {}).get(key)
        shown = reading.sheets[sheet]
        out.append(finding(code, file, sheet=shown, row=row, column=column, **params))

    def code_ok(sheet: str, row: int, value: str, what: str, name: str) -> bool:
        if not value:
            at("ORG_CODE_MISSING", sheet, row, "code", what=what, name=name)
            return False
        if not SEGMENT_RE.match(value):
            at("ORG_CODE_INVALID", sheet, row, "code", value=value)
            return False
        return True

    master = reading.master
    agencies = org_spec.SHEET_AGENCIES
    valid = 0
    seen_agency: dict[str, int] = {}
    for agency in master.agencies:
        code, row = agency.code, agency.row
        if not code_ok(agencies, row, code, "SKPD", agency.name):
            continue
        if code in seen_agency:
            at(
                "ORG_CODE_DUPLICATE",
                agencies,
                row,
                "code",
                value=code,
                what="SKPD",
                other_row=seen_agency[code],
            )
            continue
        seen_agency[code] = row
        if not agency.name:
            at("ORG_NAME_MISSING", agencies, row, "name", what="SKPD", value=code)
            continue
        valid += 1
    for agency in master.agencies:
        target = agency.merged_into
        if (
            target
            and agency.name
            and seen_agency.get(agency.code) == agency.row
            and (target not in seen_agency or target == agency.code)
        ):
            at("ORG_MERGE_TARGET_UNKNOWN", agencies, agency.row, "merged_into", value=target)

    units = org_spec.SHEET_UNITS
    seen_unit: dict[tuple[str, str], int] = {}
    for unit in master.units:
        row = unit.row
        if unit.agency not in seen_agency:
            at(
                "ORG_PARENT_UNKNOWN",
                units,
                row,
                "agency",
                what="Unit kerja",
                parent="SKPD",
                value=unit.agency,
            )
            continue
        if not code_ok(units, row, unit.code, "Unit kerja", unit.name):
            continue
        if (unit.agency, unit.code) in seen_unit:
            at(
                "ORG_CODE_DUPLICATE",
                units,
                row,
                "code",
                value=unit.code,
                what="unit kerja",
                other_row=seen_unit[unit.agency, unit.code],
            )
            continue
        seen_unit[unit.agency, unit.code] = row
        if not unit.name:
            at("ORG_NAME_MISSING", units, row, "name", what="Unit kerja", value=unit.code)

    sections = org_spec.SHEET_SECTIONS
    seen_section: dict[tuple[str, str, str], int] = {}
    for section in master.sections:
        row = section.row
        if (section.agency, section.unit) not in seen_unit:
            at(
                "ORG_PARENT_UNKNOWN",
                sections,
                row,
                "agency" if section.agency not in seen_agency else "unit",
                what="Bagian",
                parent="unit kerja",
                value=f"{section.agency}/{section.unit}",
            )
            continue
        if not code_ok(sections, row, section.code, "Bagian", section.name):
            continue
        key = (section.agency, section.unit, section.code)
        if key in seen_section:
            at(
                "ORG_CODE_DUPLICATE",
                sections,
                row,
                "code",
                value=section.code,
                what="bagian",
                other_row=seen_section[key],
            )
            continue
        seen_section[key] = row
        if not section.name:
            at("ORG_NAME_MISSING", sections, row, "name", what="Bagian", value=section.code)
    if not valid:
        out.append(finding("ORG_EMPTY", file, sheet=reading.sheets[agencies]))
    return out
