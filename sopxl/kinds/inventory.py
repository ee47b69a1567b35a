"""The inventaris judul SOP of one SKPD: the titles the register codes."""

from __future__ import annotations

from pathlib import Path

from sopxl.findings import Finding
from sopxl.forms import inventory_spec as inv_spec
from sopxl.kinds.base import Batch, Context, Kind, Read
from sopxl.reading.grid import WorkbookData, text_findings
from sopxl.reading.labels import label_set, top_labels
from sopxl.register.apply import REFUSED, ApplyResult, Session, refused
from sopxl.register.inventory_apply import apply_inventory, validate_inventory
from sopxl.register.inventory_rules import check_inventory
from sopxl.register.lengths import inventory_lengths
from sopxl.register.readers import InventoryReading, read_inventory

_COLUMN = {column.key: column for column in inv_spec.COLUMNS}


class Inventory(Kind[InventoryReading]):
    stamp = inv_spec.KIND
    version = inv_spec.VERSION
    label = "inventaris judul SOP"
    rank = 1
    spec = inv_spec

    def recognise(self, data: WorkbookData) -> bool:
        wanted = label_set(_COLUMN["title"].label, _COLUMN["service"].label)
        main = label_set(inv_spec.SHEET_MAIN)
        return any(
            wanted <= top_labels(sheet) or label_set(sheet.name) == main for sheet in data.sheets
        )

    def read(self, path: Path, data: WorkbookData, context: Context) -> Read[InventoryReading]:
        found = text_findings(data, str(path))
        reading = read_inventory(data)
        agency = reading.inventory.agency_code if reading.inventory is not None else ""
        return Read(reading, (*found, *reading.findings), agency)

    def check(self, value: InventoryReading, file: str, context: Context) -> list[Finding]:
        rules = check_inventory(value, file)
        return [*rules, *value.unread, *inventory_lengths(value, file)]

    def apply(
        self, session: Session, value: InventoryReading, path: Path, batch: Batch
    ) -> ApplyResult:
        agency, items, found = validate_inventory(session, value, str(path), batch.seen)
        if agency is None or refused(found):
            return ApplyResult(REFUSED, findings=found)
        batch.seen[agency.code] = path.name
        result = apply_inventory(session, agency, items)
        result.findings = found
        return result

    def title_place(self, value: InventoryReading) -> tuple[str | None, int | None]:
        return value.sheet, value.columns.get("title")


KIND = Inventory()
