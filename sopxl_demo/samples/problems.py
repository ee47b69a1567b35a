"""The problem forms (``bermasalah/``): realistic SOP forms with one defect each, and
the findings checking each must report."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sopxl.forms import sop_spec as spec
from sopxl.forms.sop_form import write_sop_form
from sopxl.forms.sop_layout import Cell, SopFormLayout
from sopxl.model.sop import Actor, Symbol
from sopxl_demo.examples import (
    cuti_pegawai,
    disposisi_surat,
    pengadaan_langsung,
    sktm,
    surat_keluar,
    surat_masuk,
)
from sopxl_demo.samples.table import Expected, SampleFile
from sopxl_demo.samples.tamper import (
    cell_ref,
    procedure_cell,
    set_cell,
    tampered,
    with_identity,
    with_step,
)

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook

PROBLEMS_DIR = "bermasalah"
ProblemMaker = Callable[[Path], SampleFile]


def _no_legal_basis(folder: Path) -> SampleFile:
    name = "tanpa-dasar-hukum.xlsx"
    layout = write_sop_form(folder / name, with_identity(disposisi_surat(), legal_basis=()))
    cell = cell_ref(layout.list_item_cell("legal_basis", 0))
    return SampleFile(name, "Dasar Hukum dikosongkan", (Expected("LIST_LEGAL_BASIS_EMPTY", cell),))


def _approved_before_made(folder: Path) -> SampleFile:
    name = "pengesahan-sebelum-pembuatan.xlsx"
    sop = with_identity(surat_keluar(), approved_on=date(2025, 1, 20))
    layout = write_sop_form(folder / name, sop)
    return SampleFile(
        name,
        "Tanggal Pengesahan 20 Januari 2025 sebelum Tanggal Pembuatan 3 Februari 2025",
        (Expected("DATE_MADE_AFTER_APPROVED", cell_ref(layout.identity_cell("made_on"))),),
    )


def _bad_code(folder: Path) -> SampleFile:
    name = "nomor-sop-tidak-sesuai.xlsx"
    layout = write_sop_form(folder / name, with_identity(cuti_pegawai(), code="SOP/UMUM/1"))
    return SampleFile(
        name,
        "Nomor SOP 'SOP/UMUM/1' tidak sesuai pola 00.00.00.000",
        (Expected("IDENT_CODE_PATTERN", cell_ref(layout.identity_cell("code"))),),
    )


def _decision_without_no(folder: Path) -> SampleFile:
    name = "keputusan-tanpa-tidak.xlsx"
    layout = write_sop_form(folder / name, with_step(sktm(), 6, no_target=None))
    return SampleFile(
        name,
        "Langkah 6 (Pengambilan Keputusan) tanpa tujuan Tidak",
        (Expected("DECISION_TARGET_MISSING", procedure_cell(layout, 6, "no_target")),),
    )


def _unknown_target(folder: Path) -> SampleFile:
    name = "tujuan-tidak-ada.xlsx"
    layout = write_sop_form(folder / name, with_step(pengadaan_langsung(), 5, no_target=15))
    return SampleFile(
        name,
        "Langkah 5: tujuan Tidak ke langkah 15, padahal hanya ada 12 langkah",
        (Expected("DECISION_TARGET_UNKNOWN", procedure_cell(layout, 5, "no_target")),),
    )


def _unreachable_step(folder: Path) -> SampleFile:
    name = "langkah-tak-tercapai.xlsx"
    layout = write_sop_form(folder / name, with_step(cuti_pegawai(), 6, yes_target=8))
    return SampleFile(
        name,
        "Langkah 6: tujuan Ya ke langkah 8 (seharusnya 7), sehingga langkah 7 tidak "
        "pernah tercapai",
        (Expected("STEP_UNREACHABLE", procedure_cell(layout, 7, "number")),),
    )


def _single_actor(folder: Path) -> SampleFile:
    name = "satu-pelaksana.xlsx"
    sop = surat_masuk()
    sop = dataclasses.replace(
        sop,
        actors=(Actor("Pengadministrasi Umum"),),
        steps=tuple(dataclasses.replace(step, actor=0) for step in sop.steps),
    )
    layout = write_sop_form(folder / name, sop)
    return SampleFile(
        name,
        "Semua langkah dilakukan oleh satu pelaksana (Pengadministrasi Umum)",
        (Expected("ACTORS_TOO_FEW", cell_ref(layout.actor_name_cell(0))),),
    )


def _end_not_terminator(folder: Path) -> SampleFile:
    name = "langkah-akhir-bukan-terminator.xlsx"
    sop = with_step(disposisi_surat(), 8, symbol=Symbol.MANUAL_ARCHIVE)
    layout = write_sop_form(folder / name, sop)
    return SampleFile(
        name,
        "Langkah terakhir (8) memakai Arsip Manual, bukan Terminator",
        (Expected("FLOW_END_NOT_TERMINATOR", procedure_cell(layout, 8, "actor", 4)),),
    )


def _missing_output(folder: Path) -> SampleFile:
    name = "langkah-tanpa-output.xlsx"
    layout = write_sop_form(folder / name, with_step(surat_keluar(), 4, output=""))
    return SampleFile(
        name,
        "Langkah 4 tanpa Output",
        (Expected("STEP_OUTPUT_MISSING", procedure_cell(layout, 4, "output")),),
    )


def _no_steps(folder: Path) -> SampleFile:
    name = "tanpa-langkah.xlsx"
    layout = write_sop_form(folder / name, dataclasses.replace(sktm(), steps=()))
    return SampleFile(
        name,
        "Uraian Prosedur tanpa langkah (hanya nomor baris dan jabatan pelaksana); sel = "
        "Uraian Prosedur langkah pertama",
        (Expected("STEPS_EMPTY", procedure_cell(layout, 1, "description")),),
    )


def _unreadable_duration(folder: Path) -> SampleFile:
    name = "waktu-tidak-terbaca.xlsx"

    def edit(workbook: Workbook, layout: SopFormLayout) -> None:
        set_cell(workbook, layout.step_cell(6, "duration"), "secepatnya")

    layout = tampered(folder, name, cuti_pegawai(), edit)
    return SampleFile(
        name,
        "Waktu langkah 7 ditulis 'secepatnya' (tanpa angka dan satuan)",
        (Expected("FORM_DURATION_INVALID", procedure_cell(layout, 7, "duration")),),
    )


def _label_deleted(folder: Path) -> SampleFile:
    name = "label-nomor-sop-dihapus.xlsx"

    def edit(workbook: Workbook, layout: SopFormLayout) -> None:
        _, row, _ = layout.identity_cell("code")
        set_cell(workbook, (spec.SHEET_IDENTITY, row, 3), None)

    layout = tampered(folder, name, sktm(), edit)
    _, row, _ = layout.identity_cell("code")
    return SampleFile(
        name,
        f"Label 'Nomor SOP' (semula di {cell_ref((spec.SHEET_IDENTITY, row, 3))}) dihapus; "
        "isiannya tetap ada",
        (Expected("FORM_LABEL_MISSING"),),
    )


def _label_edited(folder: Path) -> SampleFile:
    name = "label-tgl-buat.xlsx"

    def label_cell(layout: SopFormLayout) -> Cell:
        _, row, _ = layout.identity_cell("made_on")
        return (spec.SHEET_IDENTITY, row, 3)

    layout = tampered(
        folder,
        name,
        pengadaan_langsung(),
        lambda workbook, layout: set_cell(workbook, label_cell(layout), "Tgl Buat"),
    )
    return SampleFile(
        name,
        "Label 'Tanggal Pembuatan' diubah menjadi 'Tgl Buat'",
        (Expected("FORM_LABEL_EDITED", cell_ref(label_cell(layout))),),
    )


def _two_actors(folder: Path) -> SampleFile:
    name = "dua-pelaksana.xlsx"

    def edit(workbook: Workbook, layout: SopFormLayout) -> None:
        set_cell(workbook, layout.step_cell(5, "actor", 2), Symbol.DOCUMENT.label)

    layout = tampered(folder, name, surat_keluar(), edit)
    return SampleFile(
        name,
        "Langkah 6 ditandai di dua kolom pelaksana (Kepala Subbagian Tata Usaha Pimpinan "
        "dan Pengadministrasi Umum); sel = kolom kedua yang ditandai",
        (Expected("FORM_STEP_MULTIPLE_ACTORS", procedure_cell(layout, 6, "actor", 3)),),
    )


def _unknown_symbol(folder: Path) -> SampleFile:
    name = "simbol-panah.xlsx"
    sop = pengadaan_langsung()
    actor = sop.steps[7].actor or 0

    def edit(workbook: Workbook, layout: SopFormLayout) -> None:
        set_cell(workbook, layout.step_cell(7, "actor", actor), "Panah")

    layout = tampered(folder, name, sop, edit)
    return SampleFile(
        name,
        "Langkah 8 ditandai 'Panah', bukan simbol Lampiran II",
        (Expected("FORM_SYMBOL_UNKNOWN", procedure_cell(layout, 8, "actor", actor)),),
    )


def _truncated(folder: Path) -> SampleFile:
    name = "terpotong.xlsx"
    path = folder / name
    write_sop_form(path, surat_masuk())
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return SampleFile(
        name, "Workbook terpotong di tengah (unduhan tidak selesai)", (Expected("FILE_TRUNCATED"),)
    )


def _text_file(folder: Path) -> SampleFile:
    name = "bukan-excel.xlsx"
    (folder / name).write_bytes(
        b"Yth. Koordinator SOP,\r\n\r\nBersama ini kami kirimkan SOP Penerimaan Surat Masuk.\r\n"
        b"Nomor SOP: 12.01.02.001\r\nNama SOP: Penerimaan dan Pencatatan Surat Masuk\r\n"
    )
    return SampleFile(
        name, "Berkas teks (isi surel) yang diberi akhiran .xlsx", (Expected("FILE_NOT_WORKBOOK"),)
    )


LEGACY_SAMPLE = SampleFile(
    "format-lama.xls",
    "Formulir disimpan sebagai Excel 97-2003 (.xls); berkas tetap, dibuat dengan LibreOffice",
    (Expected("FILE_LEGACY_XLS"),),
)

PROBLEM_MAKERS: tuple[ProblemMaker, ...] = (
    _no_legal_basis,
    _approved_before_made,
    _bad_code,
    _decision_without_no,
    _unknown_target,
    _unreachable_step,
    _single_actor,
    _end_not_terminator,
    _missing_output,
    _unreadable_duration,
    _no_steps,
    _label_deleted,
    _label_edited,
    _two_actors,
    _unknown_symbol,
    _truncated,
    _text_file,
)

PROBLEMS_INTRO = """\
# Formulir SOP bermasalah

Setiap berkas di folder ini adalah formulir SOP yang realistis dengan **satu** cacat yang
disengaja. `sopxl check` harus melaporkan tepat temuan yang tercantum di tabel: kode temuan,
jenisnya (galat/peringatan) dan selnya (`Lembar!Sel`; `-` bila temuan tidak menunjuk satu
sel). Beberapa temuan dipisahkan dengan ", ". Berkas dibuat ulang dengan
`python -m sopxl_demo.samples samples`, kecuali `format-lama.xls` yang dibuat dengan LibreOffice
(`--xls`). Penelusuran folder juga mengambil berkas .xls agar SKPD yang mengirimnya
mendapat pesan untuk menyimpannya ulang sebagai .xlsx.

"""
