"""The variations (``variasi/``): forms a person plausibly changed (dates typed as text,
inserted rows, steps added below the printed rows, a renamed sheet) that must still read
cleanly."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from sopxl.forms import sop_spec as spec
from sopxl.forms.sop_form import write_sop_form
from sopxl.forms.sop_layout import SopFormLayout
from sopxl.model.sop import Step, Symbol
from sopxl.parsing.durations import format_duration
from sopxl_demo.examples import disposisi_surat, ktp_el, sktm, surat_keluar
from sopxl_demo.samples.problems import ProblemMaker
from sopxl_demo.samples.table import Expected, SampleFile
from sopxl_demo.samples.tamper import insert_rows, set_cell, shift_formula_rows, tamper, tampered

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook

VARIANTS_DIR = "variasi"


def _dates_as_text(folder: Path) -> SampleFile:
    name = "tanggal-teks.xlsx"

    def edit(workbook: Workbook, layout: SopFormLayout) -> None:
        set_cell(workbook, layout.identity_cell("made_on"), "3 Februari 2025")
        set_cell(workbook, layout.identity_cell("approved_on"), "17/02/2025")

    tampered(folder, name, surat_keluar(), edit)
    return SampleFile(name, "Tanggal diketik sebagai teks: '3 Februari 2025', '17/02/2025'")


def _inserted_rows(folder: Path) -> SampleFile:
    name = "baris-disisipkan.xlsx"
    sop = disposisi_surat()
    extra = Step(
        6,
        "Menggandakan surat berdisposisi untuk Inspektur Pembantu terkait",
        actor=3,
        symbol=Symbol.MULTI_DOCUMENT,
        requirements="Surat berdisposisi, mesin fotokopi",
        duration=sop.steps[4].duration,
        output="Salinan surat berdisposisi",
    )

    def edit(workbook: Workbook, layout: SopFormLayout) -> None:
        # Identity sheet: a blank row under the heading shifts every field down.
        insert_rows(workbook[spec.SHEET_IDENTITY], 2)
        shift_formula_rows(workbook, spec.SHEET_IDENTITY, 2, 1)
        # Procedure sheet: a blank row above the table, then a new step after step 5,
        # with the steps below renumbered as a person would.
        procedure = workbook[spec.SHEET_PROCEDURE]
        insert_rows(procedure, layout.HEADING_ROW + 1)
        new_row = layout.step_row(5) + 2  # 1-based, one lower for the row above
        insert_rows(procedure, new_row)
        values: dict[int, str | int] = {
            layout.COL_NUMBER: extra.number,
            layout.COL_DESCRIPTION: extra.description,
            layout.FIRST_ACTOR_COL + 3: Symbol.MULTI_DOCUMENT.label,
            layout.col_requirements: extra.requirements,
            layout.col_duration: format_duration(extra.duration) if extra.duration else "",
            layout.col_output: extra.output,
        }
        for col, value in values.items():
            procedure.cell(new_row, col + 1).value = value
        for index in range(5, layout.steps):
            procedure.cell(layout.step_row(index) + 3, layout.COL_NUMBER + 1).value = index + 2

    tampered(folder, name, sop, edit)
    return SampleFile(
        name,
        "Baris disisipkan: satu baris kosong di bawah judul Identitas SOP, satu di atas tabel "
        "Uraian Prosedur, dan langkah baru 6 di antara langkah 5 dan 6 (langkah berikutnya "
        "dinomori ulang)",
    )


def _steps_below(folder: Path) -> SampleFile:
    name = "langkah-tambahan.xlsx"
    sop = ktp_el()
    printed = 20
    shown = dataclasses.replace(sop, steps=sop.steps[:printed])
    actor_count = len(sop.actors)

    def edit(workbook: Workbook, layout: SopFormLayout) -> None:
        procedure = workbook[spec.SHEET_PROCEDURE]
        for index in range(printed, len(sop.steps)):
            step = sop.steps[index]
            values: dict[int, str | int] = {
                layout.COL_NUMBER: step.number,
                layout.COL_DESCRIPTION: step.description,
                layout.col_requirements: step.requirements,
                layout.col_duration: format_duration(step.duration) if step.duration else "",
                layout.col_output: step.output,
            }
            if step.actor is not None and step.symbol is not None:
                values[layout.FIRST_ACTOR_COL + step.actor] = step.symbol.label
            for col, value in values.items():
                procedure.cell(layout.step_row(index) + 1, col + 1).value = value

    layout = write_sop_form(folder / name, shown, SopFormLayout(actors=actor_count, steps=printed))
    tamper(folder / name, lambda workbook: edit(workbook, layout))
    return SampleFile(
        name,
        f"Langkah 21-23 diketik di bawah {printed} baris langkah yang tersedia (di luar area "
        "cetak, tanpa format)",
    )


def _renamed_sheet(folder: Path) -> SampleFile:
    name = "lembar-diganti-nama.xlsx"

    def edit(workbook: Workbook, layout: SopFormLayout) -> None:
        # openpyxl refuses a name equal but for case to an existing one (itself included)
        # and would append "1", so the sheet passes through a temporary name.
        sheet = workbook[spec.SHEET_PROCEDURE]
        sheet.title = "sementara"
        sheet.title = spec.SHEET_PROCEDURE.upper()

    tampered(folder, name, sktm(), edit)
    return SampleFile(
        name,
        f"Lembar '{spec.SHEET_PROCEDURE}' diganti nama menjadi '{spec.SHEET_PROCEDURE.upper()}'",
        (Expected("FORM_SHEET_RENAMED"),),
    )


VARIANT_MAKERS: tuple[ProblemMaker, ...] = (
    _dates_as_text,
    _inserted_rows,
    _steps_below,
    _renamed_sheet,
)


VARIANTS_INTRO = """\
# Variasi formulir SOP yang tetap harus terbaca

Formulir di folder ini diubah seperti yang biasa dilakukan orang (tanggal diketik sebagai
teks, baris disisipkan, langkah ditambah di bawah baris tercetak, nama lembar diganti).
Semuanya harus terbaca **tanpa galat**; hanya temuan yang tercantum di tabel yang boleh
muncul.

"""
