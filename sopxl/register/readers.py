"""Readers of the register's workbooks: the organisation master and the inventaris
judul SOP, read by their labels (which kind a workbook is: :mod:`sopxl.kinds`).

Readers are pure: they see a :class:`WorkbookData` and return a value and findings.
Checks that need the register (does this unit kerja exist?) are made when the file is
applied (:mod:`sopxl.register.apply`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar

from sopxl.findings import Finding, finding
from sopxl.forms import inventory_spec as inv_spec
from sopxl.forms import org_spec
from sopxl.model.inventory import (
    CRITERIA,
    Inventory,
    InventoryEntry,
    Service,
    SopKind,
)
from sopxl.model.organisation import AgencyRow, OrgMaster, SectionRow, UnitRow
from sopxl.reading.grid import CellValue, SheetGrid, WorkbookData, cell_text
from sopxl.reading.labels import HeaderMatch, find_header, find_sheet, label_set, value_beside
from sopxl.register.text import label_key

_T = TypeVar("_T")


# --- organisation master ------------------------------------------------------------


@dataclass(frozen=True)
class OrgReading:
    """An organisation master as read: every filled row of its sheets (checked later by
    :func:`sopxl.register.org_rules.check_org_master`), the sheets' names as found (by the
    spec's sheet name) and each sheet's 1-based column of each key (for findings)."""

    master: OrgMaster
    sheets: dict[str, str] = field(default_factory=dict)
    columns: dict[str, dict[str, int]] = field(default_factory=dict)


def read_org_master(data: WorkbookData) -> tuple[OrgReading | None, list[Finding]]:
    """Read an organisation master. Returns ``None`` and galat findings when a sheet or
    column is missing; otherwise every filled row as read, and what was not read."""
    from sopxl.reading.unread import columns_not_read, sheets_not_read

    file = str(data.path)
    out: list[Finding] = []
    unread: list[Finding] = []
    tables: dict[str, list[tuple[int, dict[str, str]]]] = {}
    sheets: dict[str, str] = {}
    columns_at: dict[str, dict[str, int]] = {}
    sample = False
    for name, columns in org_spec.SHEETS:
        sheet = find_sheet(data, name)
        if sheet is None:
            out.append(finding("ORG_SHEET_MISSING", file, sheet=name))
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
            out.append(finding("ORG_HEADER_MISSING", file, sheet=sheet.name, label=column.label))
        if header is None or missing:
            continue
        columns_at[name] = {key: col + 1 for key, col in header.columns.items()}
        table = tables.setdefault(name, [])
        unread.extend(
            columns_not_read(sheet, header.row + 1, sheet.height, header.columns.values(), file)
        )
        for row in range(header.row + 1, sheet.height):
            values = {key: sheet.text(row, col) for key, col in header.columns.items()}
            if any(values.values()):
                table.append((row + 1, values))
    if any(f.code.endswith("_MISSING") for f in out):
        return None, out
    template = (*(name for name, _ in org_spec.SHEETS), org_spec.SHEET_GUIDE)
    main = " dan ".join(f"'{name}'" for name, _ in org_spec.SHEETS).replace(" dan ", ", ", 1)
    out.extend(sheets_not_read(data, set(sheets.values()), template, file, main))
    out.extend(unread)
    if sample:
        out.append(finding("ORG_SAMPLE", file, sheet=sheets[org_spec.SHEET_AGENCIES]))
    agencies = tuple(
        AgencyRow(
            v.get("code", ""),
            v.get("name", ""),
            v.get("short_name", ""),
            v.get("merged_into", ""),
            row,
        )
        for row, v in tables.get(org_spec.SHEET_AGENCIES, [])
    )
    units = tuple(
        UnitRow(v.get("agency", ""), v.get("code", ""), v.get("name", ""), row)
        for row, v in tables.get(org_spec.SHEET_UNITS, [])
    )
    sections = tuple(
        SectionRow(
            v.get("agency", ""), v.get("unit", ""), v.get("code", ""), v.get("name", ""), row
        )
        for row, v in tables.get(org_spec.SHEET_SECTIONS, [])
    )
    master = OrgMaster(agencies, units, sections, sample)
    return OrgReading(master, sheets, columns_at), out


# --- inventaris judul SOP -----------------------------------------------------------

_KIND_WORDS = {
    SopKind.ADMINISTRATIVE: label_set("Administratif", "Administrasi", "Adm", "SOP Administratif"),
    SopKind.TECHNICAL: label_set("Teknis", "SOP Teknis"),
}
_SERVICE_WORDS = {
    Service.INTERNAL: label_set("Internal", "Pelayanan Internal", "Intern"),
    Service.EXTERNAL: label_set("Eksternal", "External", "Pelayanan Eksternal", "Ekstern"),
}
_YES = label_set("Ya", "Y", "Yes", "V", "√", "✓", "✔", "1", "True", "Benar")
_NO = label_set("Tidak", "T", "Tdk", "No", "N", "X", "0", "False", "-")


@lru_cache(maxsize=1)
def _header_labels() -> frozenset[str]:
    """Every label a column of the inventory's table may carry."""
    return frozenset().union(*(label_set(c.label, *c.variants) for c in inv_spec.COLUMNS))


@dataclass(frozen=True)
class InventoryRow:
    """A filled row of the inventory's table as typed: its Excel row, its entry number
    (the No column, else its place among the titled rows) and each column's text."""

    row: int
    entry: str
    values: dict[str, str]


@dataclass(frozen=True)
class InventoryReading:
    """What the inventory reader found: the inventory (``None`` when unreadable, then
    ``findings`` say why), the sheet read, each column's 1-based number, every filled row
    as typed (for the rules, :mod:`sopxl.register.inventory_rules`) and what the reader
    saw but does not read (``unread``, reported after the rules)."""

    inventory: Inventory | None
    findings: tuple[Finding, ...]
    sheet: str = ""
    columns: dict[str, int] = field(default_factory=dict)
    rows: tuple[InventoryRow, ...] = ()
    unread: tuple[Finding, ...] = ()


def read_inventory(data: WorkbookData) -> InventoryReading:
    """Read an SKPD's inventaris judul SOP by its labels: a row with a title is an entry
    (its choices parsed; ``None`` when not one of the list's)."""
    file = str(data.path)
    sheet = find_sheet(data, inv_spec.SHEET_MAIN)
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
            None, (finding("INV_HEADER_MISSING", file, sheet=where, label="Judul SOP"),)
        )
    out: list[Finding] = []
    for column in inv_spec.COLUMNS:
        if column.key in ("unit", "section") and column.key not in header.columns:
            out.append(finding("INV_HEADER_MISSING", file, sheet=sheet.name, label=column.label))
    if out:
        return InventoryReading(None, tuple(out), sheet.name)

    agency_code = data.stamp.get(inv_spec.NAME_AGENCY, "") or value_beside(
        sheet, label_set(inv_spec.AGENCY_CODE_LABEL, *inv_spec.AGENCY_CODE_VARIANTS)
    )
    agency_name = value_beside(sheet, label_set(*inv_spec.AGENCY_LABEL_VARIANTS))
    cols = header.columns
    header_labels = _header_labels()
    entries: list[InventoryEntry] = []
    rows: list[InventoryRow] = []
    # Each row's cells are taken once, and the short words of the choices are keyed
    # through a cache: at 100 rows x 60 files this loop is most of reading an inventory.
    read = [(key, col) for key, col in cols.items() if key not in ("number", "code")]
    number_col, code_col = cols.get("number"), cols.get("code")
    for row in range(header.row + 1, sheet.height):
        cells = sheet.rows[row]
        width = len(cells)

        def text(col: int | None, cells: tuple[CellValue, ...] = cells, width: int = width) -> str:
            if col is None or col >= width:
                return ""
            value = cells[col]
            return value.strip() if type(value) is str else cell_text(value)

        values = {key: text(col) for key, col in read}
        if not any(values.values()):
            continue
        if all(
            (v.startswith("(") and v.endswith(")")) or label_key(v) in header_labels
            for v in values.values()
            if v
        ):
            continue  # sub-headings, or the row of column numbers (1), (2), ...
        excel_row = row + 1
        rows.append(InventoryRow(excel_row, text(number_col) or str(len(entries) + 1), values))
        title = values.get("title", "")
        if not title:
            continue
        entries.append(
            InventoryEntry(
                unit=values.get("unit", ""),
                section=values.get("section", ""),
                title=title,
                kind=_choice(values.get("kind", ""), _KIND_WORDS),
                service=_choice(values.get("service", ""), _SERVICE_WORDS),
                criteria=tuple((key, _yes_no(values.get(key, ""))) for key in CRITERIA),
                legal_basis=values.get("legal_basis", ""),
                note=values.get("note", ""),
                code=text(code_col),
                row=excel_row,
            )
        )
    inventory = Inventory(agency_code, agency_name, tuple(entries))
    return InventoryReading(
        inventory,
        (),
        sheet.name,
        {key: col + 1 for key, col in cols.items()},
        tuple(rows),
        tuple(_not_read(data, sheet, header, file)),
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
    key = label_key(value)
    for choice, accepted in words.items():
        if key in accepted:
            return choice
    return None


def _yes_no(value: str) -> bool | None:
    key = label_key(value)
    if not key:
        return None
    if key in _YES:
        return True
    if key in _NO:
        return False
    return None
