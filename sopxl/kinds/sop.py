"""The SOP form of Lampiran II: checked like ``sopxl check``, its Nomor SOP registered."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sopxl.findings import FileReport
from sopxl.forms import sop_spec
from sopxl.kinds.base import Batch, Context, Kind, Read
from sopxl.model import sop_fields
from sopxl.reading.grid import WorkbookData
from sopxl.reading.labels import label_set, sheet_names, top_labels
from sopxl.register.apply import ApplyResult, Session, apply_sop_form

_CODE = next(f for f in sop_fields.HEADER_FIELDS if f.key == "code")
_TITLE = next(f for f in sop_fields.HEADER_FIELDS if f.key == "title")


@dataclass(frozen=True)
class SopReading:
    """The check of the form (its findings, the SOP read) and the workbook it read."""

    report: FileReport
    data: WorkbookData


class SopForm(Kind[SopReading]):
    stamp = sop_spec.KIND
    version = sop_spec.VERSION
    label = "formulir SOP"
    rank = 2
    spec = sop_spec

    def recognise(self, data: WorkbookData) -> bool:
        if sheet_names(data) & label_set(sop_spec.SHEET_IDENTITY, sop_spec.SHEET_PROCEDURE):
            return True
        title = label_set(_TITLE.label)
        codes = label_set(_CODE.label, *_CODE.variants)
        for sheet in data.sheets:
            found = top_labels(sheet)
            if title <= found and codes & found:
                return True
        return False

    def read(self, path: Path, data: WorkbookData, context: Context) -> Read[SopReading]:
        # The check reads the form again and reports its text and its version itself.
        from sopxl.checking.run import check_file

        report = check_file(path, context.workspace.check_config())
        return Read(SopReading(report, data), report.findings)

    def apply(self, session: Session, value: SopReading, path: Path, batch: Batch) -> ApplyResult:
        return apply_sop_form(session, value.report, value.data)

    def future_version(self, data: WorkbookData) -> str | None:
        return None  # the SOP check says it itself


KIND = SopForm()
