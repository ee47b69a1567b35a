"""Readers of the register's workbooks: recognise a workbook's kind, read the
organisation master and the inventaris judul SOP by their labels.

Readers are pure: they see a :class:`WorkbookData` and return a value and findings.
Checks that need the register (does this unit kerja exist?) are made when the file is
applied (:mod:`sopxl.register.apply`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TypeVar

from sopxl.findings import Finding, finding
from sopxl.forms import inventory_spec as inv_spec
from sopxl.forms import lifecycle_spec, org_spec
from sopxl.model.codes import SEGMENT_RE
from sopxl.model.inventory import (
    CRITERIA,
    PASAL_9_CRITERIA,
    Inventory,
    InventoryEntry,
    Service,
    SopKind,
)
from sopxl.model.organisation import AgencyRow, OrgMaster, SectionRow, UnitRow
from sopxl.parsing.labels import normalise_label
from sopxl.reading.grid import SheetGrid, WorkbookData

KIND_ORG = org_spec.KIND
KIND_INVENTORY = inv_spec.KIND
KIND_SOP = "sop"
KINDS = (KIND_ORG, KIND_INVENTORY, KIND_SOP, *lifecycle_spec.BY_KIND)
HEADER_SCAN_ROWS = 40
_T = TypeVar("_T")


def make_finding(
    code: str,
    file: str,
    *,
    sheet: str | None = None,
    row: int | None = None,
    column: int | None = None,
    value: object = None,
    **params: object,
) -> Finding:
    """A finding whose offending ``value`` is also the message parameter ``given``."""
    if value is not None:
        params["given"] = value
    made = finding(code, file, sheet=sheet, row=row, column=column, value=value)
    return replace(made, params=tuple(sorted((k, str(v)) for k, v in params.items())))


def _labels(*texts: str) -> frozenset[str]:
    return frozenset(normalise_label(text) for text in texts)


def _row_labels(sheet: SheetGrid, rows: int = HEADER_SCAN_ROWS) -> set[str]:
    found: set[str] = set()
    for row in sheet.rows[:rows]:
        found.update(normalise_label(value) for value in row if isinstance(value, str))
    return found


def recognise(data: WorkbookData) -> str | None:
    """The kind of a workbook: its ``sopxl_kind`` stamp, else guessed from its sheet names
    and labels (a stamp may be lost when a person copies the sheets to a new workbook).
    ``None`` when it is none of the register's kinds."""
    stamped = data.stamp.get("sopxl_kind", "")
    if stamped in KINDS:
        return stamped
    if stamped:
        return None  # another sopxl workbook (an export): never guess it is an input
    names = {normalise_label(sheet.name) for sheet in data.sheets}
    if _labels(org_spec.SHEET_AGENCIES, org_spec.SHEET_SECTIONS) <= names:
        return KIND_ORG
    for form in lifecycle_spec.FORMS:
        if normalise_label(form.sheet) in names:
            return form.kind
    for sheet in data.sheets:
        labels = _row_labels(sheet)
        if _labels("Judul SOP", "Pelayanan") <= labels or (
            normalise_label(sheet.name) == normalise_label(inv_spec.SHEET_MAIN)
        ):
            return KIND_INVENTORY
    if names & _labels("Identitas SOP", "Uraian Prosedur"):
        return KIND_SOP
    for sheet in data.sheets:
        if _labels("Nomor SOP", "Nama SOP") <= _row_labels(sheet) or (
            _labels("No SOP", "Nama SOP") <= _row_labels(sheet)
        ):
            return KIND_SOP
    return None


@dataclass(frozen=True)
class HeaderMatch:
    """Where a table's header was found: its row (zero-based) and each key's column."""

    row: int
    columns: dict[str, int]


def find_header(
    sheet: SheetGrid,
    columns: Iterable[tuple[str, str, tuple[str, ...]]],
    anchor: str,
    depth: int = 1,
) -> HeaderMatch | None:
    """Find the header row holding the ``anchor`` key's label, then each column's label in
    that row or the ``depth - 1`` rows below it (sub-headings under a merged group)."""
    wanted = {key: _labels(label, *variants) for key, label, variants in columns}
    for row in range(min(sheet.height, HEADER_SCAN_ROWS)):
        texts = [normalise_label(value) for value in sheet.rows[row]]
        if not any(text in wanted[anchor] for text in texts):
            continue
        found: dict[str, int] = {}
        for offset in range(depth):
            for col, value in enumerate(
                sheet.rows[row + offset] if row + offset < sheet.height else ()
            ):
                text = normalise_label(value)
                for key, labels in wanted.items():
                    if key not in found and text in labels:
                        found[key] = col
        return HeaderMatch(row, found)
    return None


def _find_sheet(data: WorkbookData, name: str) -> SheetGrid | None:
    key = normalise_label(name)
    for sheet in data.sheets:
        if normalise_label(sheet.name) == key:
            return sheet
    return None


# --- organisation master ------------------------------------------------------------


@dataclass
class _OrgSheet:
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)


def read_org_master(data: WorkbookData) -> tuple[OrgMaster | None, list[Finding]]:
    """Read an organisation master. Returns ``None`` and galat findings when a sheet or
    column is missing; otherwise the master and any findings on its rows."""
    from sopxl.reading.unread import columns_not_read, sheets_not_read

    file = str(data.path)
    out: list[Finding] = []
    unread: list[Finding] = []
    tables: dict[str, _OrgSheet] = {}
    sheets: dict[str, str] = {}
    sample = False
    for name, columns in org_spec.SHEETS:
        sheet = _find_sheet(data, name)
        if sheet is None:
            out.append(make_finding("ORG_SHEET_MISSING", file, sheet=name))
            continue
        sheets[name] = sheet.name
        if name == org_spec.SHEET_AGENCIES:
            sample = any(
                isinstance(value, str) and value.strip().startswith(org_spec.SAMPLE_MARK)
                for row in sheet.rows[:5]
                for value in row
            )
        spec_columns = [(c.key, c.label, c.variants) for c in columns]
        header = find_header(sheet, spec_columns, columns[-1].key)
        missing = [
            c for c in columns if c.required and (header is None or c.key not in header.columns)
        ]
        for column in missing:
            out.append(
                make_finding("ORG_HEADER_MISSING", file, sheet=sheet.name, label=column.label)
            )
        if header is None or missing:
            continue
        table = tables.setdefault(name, _OrgSheet())
        unread.extend(
            columns_not_read(sheet, header.row + 1, sheet.height, header.columns.values(), file)
        )
        for row in range(header.row + 1, sheet.height):
            values = {key: sheet.text(row, col) for key, col in header.columns.items()}
            if any(values.values()):
                table.rows.append((row + 1, values))
    if any(f.code.endswith("_MISSING") for f in out):
        return None, out
    template = (*(name for name, _ in org_spec.SHEETS), org_spec.SHEET_GUIDE)
    main = " dan ".join(f"'{name}'" for name, _ in org_spec.SHEETS).replace(" dan ", ", ", 1)
    out.extend(sheets_not_read(data, set(sheets.values()), template, file, main))
    out.extend(unread)
    if sample:
        out.append(make_finding("ORG_SAMPLE", file, sheet=sheets[org_spec.SHEET_AGENCIES]))

    def check_code(sheet: str, row: int, value: str, what: str, name: str) -> bool:
        if not value:
            out.append(
                make_finding("ORG_CODE_MISSING", file, sheet=sheet, row=row, what=what, name=name)
            )
            return False
        if not SEGMENT_RE.match(value):
            out.append(make_finding("ORG_CODE_INVALID", file, sheet=sheet, row=row, value=value))
            return False
        return True

    agencies: list[AgencyRow] = []
    seen_agency: dict[str, int] = {}
    agency_sheet = sheets[org_spec.SHEET_AGENCIES]
    for row, values in tables.get(org_spec.SHEET_AGENCIES, _OrgSheet()).rows:
        code, name = values.get("code", ""), values.get("name", "")
        if not check_code(agency_sheet, row, code, "SKPD", name):
            continue
        if code in seen_agency:
            out.append(
                make_finding(
                    "ORG_CODE_DUPLICATE",
                    file,
                    sheet=agency_sheet,
                    row=row,
                    value=code,
                    what="SKPD",
                    other_row=seen_agency[code],
                )
            )
            continue
        seen_agency[code] = row
        if not name:
            out.append(
                make_finding(
                    "ORG_NAME_MISSING", file, sheet=agency_sheet, row=row, what="SKPD", value=code
                )
            )
            continue
        agencies.append(
            AgencyRow(code, name, values.get("short_name", ""), values.get("merged_into", ""), row)
        )
    for merged in agencies:
        if merged.merged_into and (
            merged.merged_into not in seen_agency or merged.merged_into == merged.code
        ):
            out.append(
                make_finding(
                    "ORG_MERGE_TARGET_UNKNOWN",
                    file,
                    sheet=agency_sheet,
                    row=merged.row,
                    value=merged.merged_into,
                )
            )

    units: list[UnitRow] = []
    seen_unit: dict[tuple[str, str], int] = {}
    unit_sheet = sheets[org_spec.SHEET_UNITS]
    for row, values in tables.get(org_spec.SHEET_UNITS, _OrgSheet()).rows:
        agency, code, name = (
            values.get("agency", ""),
            values.get("code", ""),
            values.get("name", ""),
        )
        if agency not in seen_agency:
            out.append(
                make_finding(
                    "ORG_PARENT_UNKNOWN",
                    file,
                    sheet=unit_sheet,
                    row=row,
                    what="Unit kerja",
                    parent="SKPD",
                    value=agency,
                )
            )
            continue
        if not check_code(unit_sheet, row, code, "Unit kerja", name):
            continue
        if (agency, code) in seen_unit:
            out.append(
                make_finding(
                    "ORG_CODE_DUPLICATE",
                    file,
                    sheet=unit_sheet,
                    row=row,
                    value=code,
                    what="unit kerja",
                    other_row=seen_unit[agency, code],
                )
            )
            continue
        seen_unit[agency, code] = row
        if not name:
            out.append(
                make_finding(
                    "ORG_NAME_MISSING",
                    file,
                    sheet=unit_sheet,
                    row=row,
                    what="Unit kerja",
                    value=code,
                )
            )
            continue
        units.append(UnitRow(agency, code, name, row))

    sections: list[SectionRow] = []
    seen_section: dict[tuple[str, str, str], int] = {}
    section_sheet = sheets[org_spec.SHEET_SECTIONS]
    for row, values in tables.get(org_spec.SHEET_SECTIONS, _OrgSheet()).rows:
        agency, unit = values.get("agency", ""), values.get("unit", "")
        code, name = values.get("code", ""), values.get("name", "")
        if (agency, unit) not in seen_unit:
            out.append(
                make_finding(
                    "ORG_PARENT_UNKNOWN",
                    file,
                    sheet=section_sheet,
                    row=row,
                    what="Bagian",
                    parent="unit kerja",
                    value=f"{agency}/{unit}",
                )
            )
            continue
        if not check_code(section_sheet, row, code, "Bagian", name):
            continue
        key = (agency, unit, code)
        if key in seen_section:
            out.append(
                make_finding(
                    "ORG_CODE_DUPLICATE",
                    file,
                    sheet=section_sheet,
                    row=row,
                    value=code,
                    what="bagian",
                    other_row=seen_section[key],
                )
            )
            continue
        seen_section[key] = row
        if not name:
            out.append(
                make_finding(
                    "ORG_NAME_MISSING",
                    file,
                    sheet=section_sheet,
                    row=row,
                    what="Bagian",
                    value=code,
                )
            )
            continue
        sections.append(SectionRow(agency, unit, code, name, row))
    if not agencies:
        out.append(make_finding("ORG_EMPTY", file, sheet=agency_sheet))
    return OrgMaster(tuple(agencies), tuple(units), tuple(sections), sample), out


# --- inventaris judul SOP -----------------------------------------------------------

_KIND_WORDS = {
    SopKind.ADMINISTRATIVE: _labels("Administratif", "Administrasi", "Adm", "SOP Administratif"),
    SopKind.TECHNICAL: _labels("Teknis", "SOP Teknis"),
}
_SERVICE_WORDS = {
    Service.INTERNAL: _labels("Internal", "Pelayanan Internal", "Intern"),
    Service.EXTERNAL: _labels("Eksternal", "External", "Pelayanan Eksternal", "Ekstern"),
}
_YES = _labels("Ya", "Y", "Yes", "V", "√", "✓", "✔", "1", "True", "Benar")
_NO = _labels("Tidak", "T", "Tdk", "No", "N", "X", "0", "False", "-")


@dataclass(frozen=True)
class InventoryReading:
    """What the inventory reader found: the inventory (``None`` when unreadable), its
    findings, the sheet read and each column's 1-based number (for later findings)."""

    inventory: Inventory | None
    findings: tuple[Finding, ...]
    sheet: str = ""
    columns: dict[str, int] = field(default_factory=dict)


def _label_value(sheet: SheetGrid, labels: frozenset[str]) -> str:
    """The first non-empty cell right of a cell holding one of ``labels``."""
    for row in range(min(sheet.height, HEADER_SCAN_ROWS)):
        cells = sheet.rows[row]
        for col, value in enumerate(cells):
            if normalise_label(value) in labels:
                for right in range(col + 1, len(cells)):
                    text = sheet.text(row, right)
                    if text:
                        return text
                return ""
    return ""


def read_inventory(data: WorkbookData) -> InventoryReading:
    """Read an SKPD's inventaris judul SOP by its labels."""
    file = str(data.path)
    sheet = _find_sheet(data, inv_spec.SHEET_MAIN)
    columns = [(c.key, c.label, c.variants) for c in inv_spec.COLUMNS]
    header: HeaderMatch | None = None
    candidates = [sheet] if sheet is not None else list(data.sheets)
    for candidate in candidates:
        header = find_header(candidate, columns, "title", depth=2)
        if header is not None:
            sheet = candidate
            break
    if sheet is None or header is None:
        where = sheet.name if sheet is not None else inv_spec.SHEET_MAIN
        return InventoryReading(
            None, (make_finding("INV_HEADER_MISSING", file, sheet=where, label="Judul SOP"),)
        )
    out: list[Finding] = []
    for column in inv_spec.COLUMNS:
        if column.key in ("unit", "section") and column.key not in header.columns:
            out.append(
                make_finding("INV_HEADER_MISSING", file, sheet=sheet.name, label=column.label)
            )
    if out:
        return InventoryReading(None, tuple(out), sheet.name)

    agency_code = data.stamp.get(inv_spec.NAME_AGENCY, "") or _label_value(
        sheet, _labels(inv_spec.AGENCY_CODE_LABEL, "No Komponen", "Kode SKPD")
    )
    agency_name = _label_value(sheet, _labels(*inv_spec.AGENCY_LABEL_VARIANTS))
    cols = header.columns
    header_labels = set().union(*(_labels(c.label, *c.variants) for c in inv_spec.COLUMNS))
    entries: list[InventoryEntry] = []
    for row in range(header.row + 1, sheet.height):

        def text(key: str, row: int = row) -> str:
            return sheet.text(row, cols[key]) if key in cols else ""

        values = {key: text(key) for key in cols if key not in ("number", "code")}
        if not any(values.values()):
            continue
        if all(
            (v.startswith("(") and v.endswith(")")) or normalise_label(v) in header_labels
            for v in values.values()
            if v
        ):
            continue  # sub-headings, or the row of column numbers (1), (2), ...
        excel_row = row + 1
        entry_no = text("number") or str(len(entries) + 1)

        def flag(code: str, key: str, row: int = excel_row, **params: object) -> None:
            column = cols[key] + 1 if key in cols else None
            out.append(make_finding(code, file, sheet=sheet.name, row=row, column=column, **params))

        title = values.get("title", "")
        if not title:
            flag("INV_TITLE_MISSING", "title", entry=entry_no)
            continue
        kind = _choice(values.get("kind", ""), _KIND_WORDS)
        service = _choice(values.get("service", ""), _SERVICE_WORDS)
        for key, value, parsed, choices in (
            ("kind", values.get("kind", ""), kind, "Administratif atau Teknis"),
            ("service", values.get("service", ""), service, "Internal atau Eksternal"),
        ):
            label = inv_spec.COLUMNS[[c.key for c in inv_spec.COLUMNS].index(key)].label
            if value and parsed is None:
                flag(
                    "INV_CHOICE_INVALID",
                    key,
                    value=value,
                    entry=entry_no,
                    label=label,
                    choices=choices,
                )
            elif not value:
                flag(
                    "INV_CHOICE_MISSING",
                    key,
                    entry=entry_no,
                    label=label,
                    choices=choices,
                )
        criteria: list[tuple[str, bool | None]] = []
        unanswered: list[str] = []
        for key in CRITERIA:
            raw = values.get(key, "")
            answer = _yes_no(raw)
            label = inv_spec.CRITERIA_LABELS[key]
            if raw and answer is None:
                flag(
                    "INV_CHOICE_INVALID",
                    key,
                    value=raw,
                    entry=entry_no,
                    label=label,
                    choices="Ya atau Tidak",
                )
            elif not raw:
                unanswered.append(label)
            criteria.append((key, answer))
        if unanswered:
            flag(
                "INV_CRITERIA_MISSING",
                "title",
                entry=entry_no,
                label=", ".join(unanswered),
            )
        failed = [
            inv_spec.CRITERIA_LABELS[k] for k, v in criteria if v is False and k in PASAL_9_CRITERIA
        ]
        if failed:
            flag(
                "INV_CRITERIA_NOT_MET",
                "title",
                entry=entry_no,
                title=title,
                criteria=", ".join(failed),
            )
        principles = [
            inv_spec.CRITERIA_LABELS[k]
            for k, v in criteria
            if v is False and k not in PASAL_9_CRITERIA
        ]
        if principles:
            flag(
                "INV_PRINCIPLE_NOT_MET",
                "title",
                entry=entry_no,
                title=title,
                criteria=", ".join(principles),
            )
        entries.append(
            InventoryEntry(
                unit=values.get("unit", ""),
                section=values.get("section", ""),
                title=title,
                kind=kind,
                service=service,
                criteria=tuple(criteria),
                legal_basis=values.get("legal_basis", ""),
                note=values.get("note", ""),
                code=text("code"),
                row=excel_row,
            )
        )
    if not entries:
        out.append(make_finding("INV_EMPTY", file, sheet=sheet.name))
    out.extend(_not_read(data, sheet, header, file))
    inventory = Inventory(agency_code, agency_name, tuple(entries))
    return InventoryReading(
        inventory, tuple(out), sheet.name, {key: col + 1 for key, col in cols.items()}
    )


def _not_read(
    data: WorkbookData, sheet: SheetGrid, header: HeaderMatch, file: str
) -> list[Finding]:
    """A peringatan for what a person wrote that the inventory reader does not read:
    another sheet with values (titles there are not imported), and each column of the
    table without a known header that holds values (reported at its first filled cell)."""
    from sopxl.reading.unread import columns_not_read, sheets_not_read

    template = (inv_spec.SHEET_MAIN, inv_spec.SHEET_GUIDE, inv_spec.SHEET_LISTS)
    out = sheets_not_read(data, {sheet.name}, template, file, sheet.name, "INV_SHEET_NOT_READ")
    known = set(header.columns.values())
    out.extend(
        columns_not_read(sheet, header.row + 1, sheet.height, known, file, "INV_CELLS_NOT_READ")
    )
    return out


def _choice(value: str, words: dict[_T, frozenset[str]]) -> _T | None:
    key = normalise_label(value)
    for choice, accepted in words.items():
        if key in accepted:
            return choice
    return None


def _yes_no(value: str) -> bool | None:
    key = normalise_label(value)
    if not key:
        return None
    if key in _YES:
        return True
    if key in _NO:
        return False
    return None
