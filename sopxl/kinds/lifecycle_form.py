"""What the four lifecycle forms (Status SOP, monitoring, evaluasi, pengawasan) share:
one reader and one application, parameterised by the form's spec."""

from __future__ import annotations

from pathlib import Path

from sopxl.findings import Finding
from sopxl.forms import lifecycle_spec
from sopxl.kinds.base import Batch, Context, Kind, Read
from sopxl.kinds.lifecycle_apply import apply_lifecycle
from sopxl.lifecycle.checks import check_reading
from sopxl.lifecycle.lengths import lifecycle_lengths
from sopxl.lifecycle.reader import LifecycleReading, read_lifecycle
from sopxl.reading.grid import WorkbookData, text_findings
from sopxl.reading.labels import label_set, sheet_names
from sopxl.register.apply import ApplyResult, Session


class LifecycleForm(Kind[LifecycleReading]):
    """A lifecycle form; a subclass sets ``spec`` (its :class:`FormSpec`), label, rank."""

    version = lifecycle_spec.VERSION
    spec: lifecycle_spec.FormSpec

    def recognise(self, data: WorkbookData) -> bool:
        return bool(label_set(self.spec.sheet) & sheet_names(data))

    def read(self, path: Path, data: WorkbookData, context: Context) -> Read[LifecycleReading]:
        found = text_findings(data, str(path))
        reading = read_lifecycle(data, self.spec)
        key = f"{reading.period.key}/{reading.agency_code}" if reading.period is not None else ""
        return Read(reading, (*found, *reading.findings), key)

    def check(self, value: LifecycleReading, file: str, context: Context) -> list[Finding]:
        return [*check_reading(value, context.today), *lifecycle_lengths(value)]

    def apply(
        self, session: Session, value: LifecycleReading, path: Path, batch: Batch
    ) -> ApplyResult:
        return apply_lifecycle(session, value)
