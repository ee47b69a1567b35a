"""Writes the sample folder: filled SOP forms, forms with one documented defect each, and
forms that vary the layout but must still read cleanly.

    python -m sopxl.samples samples          # regenerate samples/ (what `make samples` runs)
    python -m sopxl.samples samples --xls    # also remake the legacy .xls (needs LibreOffice)

Layout of the folder:

- ``<stem>.xlsx``: every example of :data:`sopxl.examples.ALL_EXAMPLES`, clean;
- ``bermasalah/``: one defect per file; ``bermasalah/README.md`` lists, for each file, the
  defect, the finding codes the check must report, their kind and their cell;
- ``variasi/``: forms a person plausibly changed (dates typed as text, inserted rows, steps
  added below the printed rows, a renamed sheet) that must read cleanly, listed the same
  way in ``variasi/README.md``.

Some files are made by editing the written workbook with openpyxl. That is acceptable for
test material only (sopxl never saves a user's workbook); the result is made byte-stable
by fixing the modification date and the zip entry dates. Files that need LibreOffice
(:data:`STATIC_FILES`) are committed and not remade by :func:`write_samples`.
"""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sopxl.examples import (
    ALL_EXAMPLES,
    cuti_pegawai,
    disposisi_surat,
    ktp_el,
    pengadaan_langsung,
    sktm,
    surat_keluar,
    surat_masuk,
)
from sopxl.findings import column_letter
from sopxl.forms import sop_spec as spec
from sopxl.forms.sop_form import write_sop_form
from sopxl.forms.sop_layout import Cell, SopFormLayout
from sopxl.messages import rule
from sopxl.model.sop import Actor, Sop, Step, Symbol
from sopxl.parsing.durations import format_duration

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

PROBLEMS_DIR = "bermasalah"
VARIANTS_DIR = "variasi"
LEGACY_XLS = f"{PROBLEMS_DIR}/format-lama.xls"
STATIC_FILES: tuple[str, ...] = (LEGACY_XLS,)
"""Committed fixtures (paths relative to the sample folder) that need LibreOffice to make;
:func:`write_samples` leaves them alone, :func:`write_legacy_xls` remakes them."""

TABLE_HEADER = "| Berkas | Cacat | Kode temuan | Jenis | Sel |"
NO_CELL = "-"

_STABLE_DATE = (2012, 4, 30, 0, 0, 0)
_STABLE_TIMESTAMP = "2012-04-30T00:00:00Z"


@dataclass(frozen=True)
class Expected:
    """A finding the check must report: its code and its cell (``Sheet!A1``), if any."""

    code: str
    cell: str | None = None

    @property
    def kind(self) -> str:
        """``galat`` or ``peringatan``, from the message catalogue."""
        return rule(self.code).severity.value


@dataclass(frozen=True)
class SampleFile:
    """One file of ``bermasalah/`` or ``variasi/`` and what checking it must report."""

    file: str
    defect: str
    findings: tuple[Expected, ...] = ()

    def table_row(self) -> str:
        codes = ", ".join(f.code for f in self.findings) or NO_CELL
        kinds = ", ".join(f.kind for f in self.findings) or NO_CELL
        cells = ", ".join(f.cell or NO_CELL for f in self.findings) or NO_CELL
        return f"| {self.file} | {self.defect} | {codes} | {kinds} | {cells} |"


def _cell(cell: Cell) -> str:
    sheet, row, col = cell
    return f"{sheet}!{column_letter(col + 1)}{row + 1}"


# --- Making workbook files byte-stable after openpyxl -----------------------------------


def _stable_zip(data: bytes, path: Path) -> None:
    """Write the zip ``data`` to ``path`` with fixed entry dates and modification time."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>" + _STABLE_TIMESTAMP.encode() + rb"\g<2>",
                    content,
                )
            entry = zipfile.ZipInfo(info.filename, date_time=_STABLE_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, content)
    path.write_bytes(out.getvalue())


def _tamper(path: Path, edit: Callable[[Workbook], None]) -> None:
    """Apply ``edit`` to the workbook at ``path`` with openpyxl and save it stably."""
    import openpyxl

    workbook = openpyxl.load_workbook(path)
    edit(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    _stable_zip(buffer.getvalue(), path)


def _insert_rows(sheet: Worksheet, before: int, amount: int = 1) -> None:
    """Insert rows above 1-based row ``before`` as Excel would: merged ranges and data
    validations below move down, those spanning the insertion grow."""
    from openpyxl.worksheet.cell_range import CellRange, MultiCellRange

    def moved(coord: str) -> str:
        cells = CellRange(coord)
        if cells.min_row >= before:
            cells.shift(row_shift=amount)
        elif cells.max_row >= before:
            cells.expand(down=amount)
        return cells.coord

    merged = [str(r.coord) for r in sheet.merged_cells.ranges]
    for coord in merged:
        sheet.merged_cells.remove(coord)
    sheet.insert_rows(before, amount)
    for coord in merged:
        sheet.merge_cells(moved(coord))
    for validation in sheet.data_validations.dataValidation:
        validation.sqref = MultiCellRange([moved(str(r.coord)) for r in validation.sqref.ranges])


def _shift_formula_rows(workbook: Workbook, sheet_name: str, before: int, amount: int) -> None:
    """Move references to rows >= ``before`` of ``sheet_name`` in every formula down."""
    pattern = re.compile(rf"('{re.escape(sheet_name)}'!\$?[A-Z]+\$?)(\d+)")

    def shift(match: re.Match[str]) -> str:
        row = int(match.group(2))
        return f"{match.group(1)}{row + amount if row >= before else row}"

    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.value = pattern.sub(shift, cell.value)


# --- The problem forms ("bermasalah") ---------------------------------------------------


def _with_step(sop: Sop, number: int, **changes: Any) -> Sop:
    steps = tuple(
        dataclasses.replace(step, **changes) if step.number == number else step
        for step in sop.steps
    )
    return dataclasses.replace(sop, steps=steps)


def _with_identity(sop: Sop, **changes: Any) -> Sop:
    return dataclasses.replace(sop, identity=dataclasses.replace(sop.identity, **changes))


def _procedure_cell(layout: SopFormLayout, step: int, column: str, actor: int = 0) -> str:
    return _cell(layout.step_cell(step - 1, column, actor))


ProblemMaker = Callable[[Path], SampleFile]


def _no_legal_basis(folder: Path) -> SampleFile:
    name = "tanpa-dasar-hukum.xlsx"
    layout = write_sop_form(folder / name, _with_identity(disposisi_surat(), legal_basis=()))
    cell = _cell(layout.list_item_cell("legal_basis", 0))
    return SampleFile(name, "Dasar Hukum dikosongkan", (Expected("LIST_LEGAL_BASIS_EMPTY", cell),))


def _approved_before_made(folder: Path) -> SampleFile:
    name = "pengesahan-sebelum-pembuatan.xlsx"
    sop = _with_identity(surat_keluar(), approved_on=date(2025, 1, 20))
    layout = write_sop_form(folder / name, sop)
    return SampleFile(
        name,
        "Tanggal Pengesahan 20 Januari 2025 sebelum Tanggal Pembuatan 3 Februari 2025",
        (Expected("DATE_MADE_AFTER_APPROVED", _cell(layout.identity_cell("made_on"))),),
    )


def _bad_code(folder: Path) -> SampleFile:
    name = "nomor-sop-tidak-sesuai.xlsx"
    layout = write_sop_form(folder / name, _with_identity(cuti_pegawai(), code="SOP/UMUM/1"))
    return SampleFile(
        name,
        "Nomor SOP 'SOP/UMUM/1' tidak sesuai pola 00.00.00.000",
        (Expected("IDENT_CODE_PATTERN", _cell(layout.identity_cell("code"))),),
    )


def _decision_without_no(folder: Path) -> SampleFile:
    name = "keputusan-tanpa-tidak.xlsx"
    layout = write_sop_form(folder / name, _with_step(sktm(), 6, no_target=None))
    return SampleFile(
        name,
        "Langkah 6 (Pengambilan Keputusan) tanpa tujuan Tidak",
        (Expected("DECISION_TARGET_MISSING", _procedure_cell(layout, 6, "no_target")),),
    )


def _unknown_target(folder: Path) -> SampleFile:
    name = "tujuan-tidak-ada.xlsx"
    layout = write_sop_form(folder / name, _with_step(pengadaan_langsung(), 5, no_target=15))
    return SampleFile(
        name,
        "Langkah 5: tujuan Tidak ke langkah 15, padahal hanya ada 12 langkah",
        (Expected("DECISION_TARGET_UNKNOWN", _procedure_cell(layout, 5, "no_target")),),
    )


def _unreachable_step(folder: Path) -> SampleFile:
    name = "langkah-tak-tercapai.xlsx"
    layout = write_sop_form(folder / name, _with_step(cuti_pegawai(), 6, yes_target=8))
    return SampleFile(
        name,
        "Langkah 6: tujuan Ya ke langkah 8 (seharusnya 7), sehingga langkah 7 tidak "
        "pernah tercapai",
        (Expected("STEP_UNREACHABLE", _procedure_cell(layout, 7, "number")),),
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
        (Expected("ACTORS_TOO_FEW", _cell(layout.actor_name_cell(0))),),
    )


def _end_not_terminator(folder: Path) -> SampleFile:
    name = "langkah-akhir-bukan-terminator.xlsx"
    sop = _with_step(disposisi_surat(), 8, symbol=Symbol.MANUAL_ARCHIVE)
    layout = write_sop_form(folder / name, sop)
    return SampleFile(
        name,
        "Langkah terakhir (8) memakai Arsip Manual, bukan Terminator",
        (Expected("FLOW_END_NOT_TERMINATOR", _procedure_cell(layout, 8, "actor", 4)),),
    )


def _missing_output(folder: Path) -> SampleFile:
    name = "langkah-tanpa-output.xlsx"
    layout = write_sop_form(folder / name, _with_step(surat_keluar(), 4, output=""))
    return SampleFile(
        name,
        "Langkah 4 tanpa Output",
        (Expected("STEP_OUTPUT_MISSING", _procedure_cell(layout, 4, "output")),),
    )


def _no_steps(folder: Path) -> SampleFile:
    name = "tanpa-langkah.xlsx"
    layout = write_sop_form(folder / name, dataclasses.replace(sktm(), steps=()))
    return SampleFile(
        name,
        "Uraian Prosedur tanpa langkah (hanya nomor baris dan jabatan pelaksana); sel = "
        "Uraian Prosedur langkah pertama",
        (Expected("STEPS_EMPTY", _procedure_cell(layout, 1, "description")),),
    )


def _tampered(
    folder: Path, name: str, sop: Sop, edit: Callable[[Workbook, SopFormLayout], None]
) -> SopFormLayout:
    path = folder / name
    layout = write_sop_form(path, sop)
    _tamper(path, lambda workbook: edit(workbook, layout))
    return layout


def _set(workbook: Workbook, cell: Cell, value: str | int | None) -> None:
    sheet, row, col = cell
    workbook[sheet].cell(row + 1, col + 1).value = value


def _unreadable_duration(folder: Path) -> SampleFile:
    name = "waktu-tidak-terbaca.xlsx"

    def edit(workbook: Workbook, layout: SopFormLayout) -> None:
        _set(workbook, layout.step_cell(6, "duration"), "secepatnya")

    layout = _tampered(folder, name, cuti_pegawai(), edit)
    return SampleFile(
        name,
        "Waktu langkah 7 ditulis 'secepatnya' (tanpa angka dan satuan)",
        (Expected("FORM_DURATION_INVALID", _procedure_cell(layout, 7, "duration")),),
    )


def _label_deleted(folder: Path) -> SampleFile:
    name = "label-nomor-sop-dihapus.xlsx"

    def edit(workbook: Workbook, layout: SopFormLayout) -> None:
        _, row, _ = layout.identity_cell("code")
        _set(workbook, (spec.SHEET_IDENTITY, row, 3), None)

    layout = _tampered(folder, name, sktm(), edit)
    _, row, _ = layout.identity_cell("code")
    return SampleFile(
        name,
        f"Label 'Nomor SOP' (semula di {_cell((spec.SHEET_IDENTITY, row, 3))}) dihapus; "
        "isiannya tetap ada",
        (Expected("FORM_LABEL_MISSING"),),
    )


def _label_edited(folder: Path) -> SampleFile:
    name = "label-tgl-buat.xlsx"

    def label_cell(layout: SopFormLayout) -> Cell:
        _, row, _ = layout.identity_cell("made_on")
        return (spec.SHEET_IDENTITY, row, 3)

    layout = _tampered(
        folder,
        name,
        pengadaan_langsung(),
        lambda workbook, layout: _set(workbook, label_cell(layout), "Tgl Buat"),
    )
    return SampleFile(
        name,
        "Label 'Tanggal Pembuatan' diubah menjadi 'Tgl Buat'",
        (Expected("FORM_LABEL_EDITED", _cell(label_cell(layout))),),
    )


def _two_actors(folder: Path) -> SampleFile:
    name = "dua-pelaksana.xlsx"

    def edit(workbook: Workbook, layout: SopFormLayout) -> None:
        _set(workbook, layout.step_cell(5, "actor", 2), Symbol.DOCUMENT.label)

    layout = _tampered(folder, name, surat_keluar(), edit)
    return SampleFile(
        name,
        "Langkah 6 ditandai di dua kolom pelaksana (Kepala Subbagian Tata Usaha Pimpinan "
        "dan Pengadministrasi Umum); sel = kolom kedua yang ditandai",
        (Expected("FORM_STEP_MULTIPLE_ACTORS", _procedure_cell(layout, 6, "actor", 3)),),
    )


def _unknown_symbol(folder: Path) -> SampleFile:
    name = "simbol-panah.xlsx"
    sop = pengadaan_langsung()
    actor = sop.steps[7].actor or 0

    def edit(workbook: Workbook, layout: SopFormLayout) -> None:
        _set(workbook, layout.step_cell(7, "actor", actor), "Panah")

    layout = _tampered(folder, name, sop, edit)
    return SampleFile(
        name,
        "Langkah 8 ditandai 'Panah', bukan simbol Lampiran II",
        (Expected("FORM_SYMBOL_UNKNOWN", _procedure_cell(layout, 8, "actor", actor)),),
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


# --- The variations that must read cleanly ("variasi") ----------------------------------


def _dates_as_text(folder: Path) -> SampleFile:
    name = "tanggal-teks.xlsx"

    def edit(workbook: Workbook, layout: SopFormLayout) -> None:
        _set(workbook, layout.identity_cell("made_on"), "3 Februari 2025")
        _set(workbook, layout.identity_cell("approved_on"), "17/02/2025")

    _tampered(folder, name, surat_keluar(), edit)
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
        _insert_rows(workbook[spec.SHEET_IDENTITY], 2)
        _shift_formula_rows(workbook, spec.SHEET_IDENTITY, 2, 1)
        # Procedure sheet: a blank row above the table, then a new step after step 5,
        # with the steps below renumbered as a person would.
        procedure = workbook[spec.SHEET_PROCEDURE]
        _insert_rows(procedure, layout.HEADING_ROW + 1)
        new_row = layout.step_row(5) + 2  # 1-based, one lower for the row above
        _insert_rows(procedure, new_row)
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

    _tampered(folder, name, sop, edit)
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
    _tamper(folder / name, lambda workbook: edit(workbook, layout))
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

    _tampered(folder, name, sktm(), edit)
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


# --- READMEs ----------------------------------------------------------------------------

_PROBLEMS_INTRO = """\
# Formulir SOP bermasalah

Setiap berkas di folder ini adalah formulir SOP yang realistis dengan **satu** cacat yang
disengaja. `sopxl check` harus melaporkan tepat temuan yang tercantum di tabel: kode temuan,
jenisnya (galat/peringatan) dan selnya (`Lembar!Sel`; `-` bila temuan tidak menunjuk satu
sel). Beberapa temuan dipisahkan dengan ", ". Berkas dibuat ulang dengan
`python -m sopxl.samples samples`, kecuali `format-lama.xls` yang dibuat dengan LibreOffice
(`--xls`). Penelusuran folder juga mengambil berkas .xls agar SKPD yang mengirimnya
mendapat pesan untuk menyimpannya ulang sebagai .xlsx.

"""

_VARIANTS_INTRO = """\
# Variasi formulir SOP yang tetap harus terbaca

Formulir di folder ini diubah seperti yang biasa dilakukan orang (tanggal diketik sebagai
teks, baris disisipkan, langkah ditambah di bawah baris tercetak, nama lembar diganti).
Semuanya harus terbaca **tanpa galat**; hanya temuan yang tercantum di tabel yang boleh
muncul.

"""


def _table(intro: str, files: Sequence[SampleFile]) -> str:
    rows = [TABLE_HEADER, "|---|---|---|---|---|", *(f.table_row() for f in files)]
    return intro + "\n".join(rows) + "\n"


def _samples_readme() -> str:
    lines = [
        "# Contoh formulir SOP",
        "",
        "Formulir SOP (Lampiran II Perbup Kutai Kartanegara 57/2012) yang telah diisi lengkap",
        "dan bersih dari galat, untuk demo, pelatihan dan tes. Nama SKPD dan dasar hukum nyata;",
        "nama pejabat dan NIP rekaan. Semua berkas dibuat ulang dengan",
        "`python -m sopxl.samples samples`; jangan diedit dengan tangan.",
        "",
        "| Berkas | Nama SOP | SKPD | Langkah | Pelaksana | Keputusan |",
        "|---|---|---|---|---|---|",
    ]
    for stem, build in ALL_EXAMPLES.items():
        sop = build()
        decisions = sum(1 for step in sop.steps if step.symbol is Symbol.DECISION)
        lines.append(
            f"| {stem}.xlsx | {sop.identity.title} | {sop.identity.agency} | "
            f"{len(sop.steps)} | {len(sop.actors)} | {decisions} |"
        )
    lines += [
        "",
        f"- `{PROBLEMS_DIR}/`: formulir dengan satu cacat masing-masing dan temuan yang harus "
        f"dilaporkan (lihat `{PROBLEMS_DIR}/README.md`).",
        f"- `{VARIANTS_DIR}/`: formulir yang diubah tata letaknya tetapi harus tetap terbaca "
        f"(lihat `{VARIANTS_DIR}/README.md`).",
    ]
    return "\n".join(lines) + "\n"


def parse_table(readme: str) -> list[SampleFile]:
    """Read the table of a ``bermasalah``/``variasi`` README back into :class:`SampleFile`s.

    The inverse of the table :func:`write_samples` writes, for tests that run the check
    over the samples and compare. Raises :class:`ValueError` on a malformed row.
    """
    files: list[SampleFile] = []
    rows = [line for line in readme.splitlines() if line.startswith("|")]
    if not rows or rows[0] != TABLE_HEADER:
        raise ValueError("table header not found")
    for line in rows[2:]:
        cells = [cell.strip() for cell in line.strip("|").split(" | ")]
        if len(cells) != 5:
            raise ValueError(f"malformed row: {line!r}")
        name, defect, codes, kinds, places = cells
        if codes == NO_CELL:
            files.append(SampleFile(name, defect))
            continue
        code_list, kind_list, cell_list = (c.split(", ") for c in (codes, kinds, places))
        if not len(code_list) == len(kind_list) == len(cell_list):
            raise ValueError(f"codes, kinds and cells do not line up: {line!r}")
        expected = tuple(
            Expected(code, None if cell == NO_CELL else cell)
            for code, cell in zip(code_list, cell_list, strict=True)
        )
        files.append(SampleFile(name, defect, expected))
    return files


# --- Entry points -----------------------------------------------------------------------


def write_samples(folder: Path) -> list[Path]:
    """Write every sample into ``folder`` and return the paths written.

    Writes ``<stem>.xlsx`` for each example, the problem forms into ``bermasalah/``, the
    variations into ``variasi/``, and the three READMEs. Files listed in
    :data:`STATIC_FILES` are neither written nor removed. Output is byte-stable.
    """
    written: list[Path] = []
    folder.mkdir(parents=True, exist_ok=True)
    for stem, build in ALL_EXAMPLES.items():
        path = folder / f"{stem}.xlsx"
        write_sop_form(path, build())
        written.append(path)

    for subfolder, makers, intro, extra in (
        (PROBLEMS_DIR, PROBLEM_MAKERS, _PROBLEMS_INTRO, (LEGACY_SAMPLE,)),
        (VARIANTS_DIR, VARIANT_MAKERS, _VARIANTS_INTRO, ()),
    ):
        target = folder / subfolder
        target.mkdir(exist_ok=True)
        files = [make(target) for make in makers]
        written += [target / f.file for f in files]
        readme = target / "README.md"
        readme.write_text(_table(intro, [*files, *extra]), encoding="utf-8")
        written.append(readme)

    readme = folder / "README.md"
    readme.write_text(_samples_readme(), encoding="utf-8")
    written.append(readme)
    return written


def write_legacy_xls(folder: Path) -> Path:
    """Remake ``bermasalah/format-lama.xls`` from the surat masuk form with LibreOffice.

    Raises :class:`RuntimeError` when LibreOffice (``soffice``) is missing or fails; the
    committed file then stays as it is.
    """
    soffice = shutil.which("soffice")
    if soffice is None:
        raise RuntimeError("soffice (LibreOffice) not found")
    target = folder / LEGACY_XLS
    with tempfile.TemporaryDirectory(prefix="sopxl-xls-") as temp:
        source = Path(temp) / "format-lama.xlsx"
        write_sop_form(source, surat_masuk())
        profile = Path(temp) / "profile"
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--convert-to",
                "xls",
                "--outdir",
                temp,
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        # LibreOffice exits 0 even when the conversion failed: check the result exists.
        result = Path(temp) / "format-lama.xls"
        if not result.exists():
            raise RuntimeError("LibreOffice did not write format-lama.xls")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(result, target)
    return target


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m sopxl.samples FOLDER [--xls]``."""
    args = list(sys.argv[1:] if argv is None else argv)
    remake_xls = "--xls" in args
    args = [arg for arg in args if arg != "--xls"]
    if len(args) != 1:
        print("Pemakaian: python -m sopxl.samples FOLDER [--xls]", file=sys.stderr)
        return 2
    folder = Path(args[0])
    written = write_samples(folder)
    if remake_xls:
        written.append(write_legacy_xls(folder))
    print(f"{len(written)} berkas contoh ditulis ke {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
