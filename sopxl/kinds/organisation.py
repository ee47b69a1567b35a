"""The organisation master (SKPD, unit kerja, bagian): the register's tree of agencies."""

from __future__ import annotations

from pathlib import Path

from sopxl.findings import Finding
from sopxl.forms import org_spec
from sopxl.kinds.base import Batch, Context, Kind, Read
from sopxl.reading.grid import WorkbookData, text_findings
from sopxl.reading.labels import label_set, sheet_names
from sopxl.register.apply import ApplyResult, Session, apply_org_master
from sopxl.register.lengths import org_lengths
from sopxl.register.org_rules import check_org_master
from sopxl.register.readers import OrgReading, read_org_master


class Organisation(Kind[OrgReading]):
    stamp = org_spec.KIND
    version = org_spec.VERSION
    label = "master organisasi"
    rank = 0
    spec = org_spec

    def recognise(self, data: WorkbookData) -> bool:
        return label_set(org_spec.SHEET_AGENCIES, org_spec.SHEET_SECTIONS) <= sheet_names(data)

    def read(self, path: Path, data: WorkbookData, context: Context) -> Read[OrgReading]:
        found = text_findings(data, str(path))
        reading, read = read_org_master(data)
        return Read(reading, (*found, *read))

    def check(self, value: OrgReading, file: str, context: Context) -> list[Finding]:
        return [*check_org_master(value, file), *org_lengths(value.master, file)]

    def apply(self, session: Session, value: OrgReading, path: Path, batch: Batch) -> ApplyResult:
        return apply_org_master(session, value.master)


KIND = Organisation()
