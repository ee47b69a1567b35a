"""One cell-to-text conversion: a NIP typed as a number reads the same in every workbook.

An 18-digit NIP typed into a General cell is kept by the spreadsheet as a number with 15
significant digits (198503102010121004 shows as 198503102010121000). The SOP reader and the
register readers must both give the digits the spreadsheet shows, never the binary float's
own tail (198503102010120992).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import openpyxl
from openpyxl.workbook.workbook import Workbook

from sopxl.forms import inventory_spec
from sopxl.reading.grid import cell_text
from sopxl.reading.loading.files import load_workbook_data
from sopxl.register.readers import read_inventory
from sopxl_demo.examples import surat_masuk
from tests.register_fixtures import UMUM, entry, write_inventory
from tests.sop_fixtures import IDENTITY, filled_form, read, set_cells

TYPED = 198503102010121004
SHOWN = "198503102010121000"


def test_an_18_digit_number_reads_as_the_digits_the_spreadsheet_kept() -> None:
    assert cell_text(float(TYPED)) == SHOWN
    assert cell_text(1.96805121994031e17) == "196805121994031000"
    assert cell_text(12.0) == "12" and cell_text(12) == "12" and cell_text(1.5) == "1.5"
    assert cell_text("  teks\nbaris  ") == "teks\nbaris" and cell_text(None) == ""


def test_a_nip_typed_as_a_number_reads_alike_in_an_sop_form_and_a_register_workbook(
    tmp_path: Path,
) -> None:
    def edit(workbook: Workbook) -> None:
        set_cells(workbook[IDENTITY], {"F29": TYPED})  # the NIP of the Kepala SKPD

    (tmp_path / "sop").mkdir()
    reading = read(filled_form(tmp_path / "sop", edit=edit))
    assert reading.sop is not None
    assert reading.sop.identity.approval == dataclasses.replace(
        surat_masuk().identity.approval, nip=SHOWN
    )

    # The same number typed as an SOP title in an SKPD's inventaris judul SOP.
    path = write_inventory(tmp_path / "inv.xlsx", "12", [entry(UMUM, "Judul Sementara")])
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[inventory_spec.SHEET_MAIN]
    (cell,) = [c for row in sheet.iter_rows() for c in row if c.value == "Judul Sementara"]
    cell.value = TYPED
    workbook.save(path)
    inventory = read_inventory(load_workbook_data(path)).inventory
    assert inventory is not None
    assert [e.title for e in inventory.entries] == [SHOWN]
