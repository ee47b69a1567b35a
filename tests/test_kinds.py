"""The document-kind registry: every kind declared once, and a new kind goes through
``sopxl import`` by one module and one line of the registry, nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest
import xlsxwriter
from sqlalchemy import select

import sopxl.kinds as kinds
from sopxl.findings import Finding, finding
from sopxl.kinds.base import Batch, Context, Kind, Read
from sopxl.kinds.importer import import_paths
from sopxl.reading.grid import WorkbookData
from sopxl.reading.labels import label_set, sheet_names
from sopxl.reading.loading.files import load_workbook_data
from sopxl.register import schema as s
from sopxl.register.apply import NEW, REFUSED, ApplyResult, Session
from sopxl.register.import_lines import file_lines
from sopxl.register.store import open_register
from tests.register_fixtures import UMUM, entry, make_workspace, write_inventory

pytestmark = pytest.mark.usefixtures("database")

SHEET = "Catatan Rapat"


class Minutes(Kind[tuple[str, ...]]):
    """A kind only this test knows: a sheet of meeting notes, one per row of column A."""

    stamp = "catatan_rapat"
    version = "1"
    label = "catatan rapat"
    rank = 9
    spec = None

    def __init__(self) -> None:
        self.applied: list[tuple[str, ...]] = []

    def recognise(self, data: WorkbookData) -> bool:
        return bool(label_set(SHEET) & sheet_names(data))

    def read(self, path: Path, data: WorkbookData, context: Context) -> Read[tuple[str, ...]]:
        sheet = data.sheets[0]
        notes = tuple(sheet.text(row, 0) for row in range(1, sheet.height) if sheet.text(row, 0))
        return Read(notes)

    def check(self, value: tuple[str, ...], file: str, context: Context) -> list[Finding]:
        if value:
            return []
        return [finding("INV_HEADER_MISSING", file, sheet=SHEET, row=2, column=1, label="Catatan")]

    def apply(
        self, session: Session, value: tuple[str, ...], path: Path, batch: Batch
    ) -> ApplyResult:
        self.applied.append(value)
        return ApplyResult(NEW, summary=f"{len(value)} catatan")


def write_minutes(path: Path, notes: list[str]) -> Path:
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet(SHEET)
    sheet.write(0, 0, "Catatan")
    for row, note in enumerate(notes, start=1):
        sheet.write(row, 0, note)
    book.close()
    return path


def test_every_kind_has_its_own_stamp_label_and_a_rank_in_import_order() -> None:
    stamps = [kind.stamp for kind in kinds.KINDS]
    assert len(set(stamps)) == len(stamps)
    assert len({kind.label for kind in kinds.KINDS}) == len(stamps)
    assert all(kinds.by_stamp(kind.stamp) is kind for kind in kinds.KINDS)
    rank = {kind.stamp: kind.rank for kind in kinds.KINDS}
    # Organisation before inventories (their units), inventories before SOP forms and
    # lifecycle forms (their titles), Status SOP before the forms that need enacted SOPs.
    assert rank["organisasi"] < rank["inventaris"] < rank["sop"] < rank["status_sop"]
    assert all(
        rank["status_sop"] < r for k, r in rank.items() if k.endswith("_sop") and k != "status_sop"
    )


def test_a_new_kind_is_one_module_and_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    minutes = Minutes()
    monkeypatch.setattr(kinds, "KINDS", [*kinds.KINDS, minutes])
    workspace = make_workspace(tmp_path / "ws")
    good = write_minutes(tmp_path / "rapat.xlsx", ["Rapat pertama", "Rapat kedua"])
    empty = write_minutes(tmp_path / "rapat-kosong.xlsx", [])
    inventory = write_inventory(tmp_path / "inv.xlsx", "12", [entry(UMUM, "Judul Satu")])
    assert kinds.recognise(load_workbook_data(good)) is minutes

    report = import_paths(workspace, [good, inventory, empty])

    by_name = {result.path.name: result for result in report.files}
    # The inventory goes first (rank), the new kind's files after it, each as its kind says.
    assert [r.path.name for r in report.files] == ["inv.xlsx", "rapat-kosong.xlsx", "rapat.xlsx"]
    assert by_name["rapat.xlsx"].outcome == NEW
    assert by_name["rapat.xlsx"].summary == "2 catatan"
    assert minutes.applied == [("Rapat pertama", "Rapat kedua")]
    refused = by_name["rapat-kosong.xlsx"]
    assert refused.outcome == REFUSED
    assert [(f.code, f.cell) for f in refused.findings] == [("INV_HEADER_MISSING", "A2")]
    assert file_lines(by_name["rapat.xlsx"])[0].startswith("[baru] catatan rapat ")
    register = open_register(workspace.db_url)
    try:
        with register.engine.connect() as conn:
            logged = dict(conn.execute(select(s.files.c.path, s.files.c.kind)).all())
    finally:
        register.close()
    assert logged[str(good.resolve())] == "catatan_rapat"
    assert logged[str(empty.resolve())] == "catatan_rapat"


def test_a_file_of_no_kind_is_refused_and_named_berkas(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path / "ws")
    other = write_minutes(tmp_path / "rapat.xlsx", ["Rapat pertama"])
    (result,) = import_paths(workspace, [other], dry_run=True).files
    assert result.outcome == REFUSED and result.label == "berkas"
    assert [f.code for f in result.findings] == ["IMPORT_KIND_UNKNOWN"]
    # The message names every kind it could have been, from the registry.
    message = result.findings[0].message
    assert all(kind.label in message for kind in kinds.KINDS)
    assert "catatan rapat" not in message


def test_the_message_for_no_kind_names_a_newly_registered_kind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kinds, "KINDS", [*kinds.KINDS, Minutes()])
    workspace = make_workspace(tmp_path / "ws")
    stranger = tmp_path / "lain.xlsx"
    book = xlsxwriter.Workbook(str(stranger))
    book.add_worksheet("Lembar Lain").write(0, 0, "Apa saja")
    book.close()
    (result,) = import_paths(workspace, [stranger], dry_run=True).files
    assert "atau catatan rapat yang dikenal sopxl" in result.findings[0].message


def test_the_offending_value_is_one_message_parameter_in_every_area() -> None:
    from sopxl.messages import catalogue

    assert not [r.code for r in catalogue().values() if "{given}" in r.template]
    # Organisation, lifecycle and inventory findings show the value as read.
    for code in ("ORG_CODE_INVALID", "LC_DATE_INVALID", "INV_AGENCY_UNKNOWN"):
        made = finding(code, "x.xlsx", sheet="S", row=3, column=2, value="1 2", label="Tanggal")
        assert "'1 2'" in made.message, made.message
        assert made.value == "1 2"


SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.mark.parametrize(
    ("sample", "stamp"),
    [
        ("organisasi/organisasi-contoh-kukar.xlsx", "organisasi"),
        ("inventaris/inventaris-12-disdukcapil.xlsx", "inventaris"),
        ("sop-surat-masuk.xlsx", "sop"),
        ("lifecycle/status-sop-12-disdukcapil-2025.xlsx", "status_sop"),
        ("lifecycle/monitoring-sop-12-disdukcapil-2025.xlsx", "monitoring_sop"),
        ("lifecycle/evaluasi-sop-12-disdukcapil-2025.xlsx", "evaluasi_sop"),
        ("lifecycle/pengawasan-sop-12-disdukcapil-2025q1.xlsx", "pengawasan_sop"),
    ],
)
def test_each_kind_is_recognised_by_its_stamp_and_without_it(sample: str, stamp: str) -> None:
    from dataclasses import replace

    data = load_workbook_data(SAMPLES / sample)
    kind = kinds.by_stamp(stamp)
    assert kind is not None
    assert kinds.recognise(data) is kind
    # A person copied the sheets into a new workbook: the stamp is lost, the labels stay.
    assert kinds.recognise(replace(data, stamp={})) is kind
    # Another sopxl workbook (an export) is never taken for an input.
    assert kinds.recognise(replace(data, stamp={"sopxl_kind": "ekspor_inventaris"})) is None
