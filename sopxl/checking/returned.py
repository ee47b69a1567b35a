"""The copies of ``sopxl check --return-dir``: each checked SOP sent back to its SKPD.

A returned copy is never the person's file saved again (that could drop what openpyxl or
XlsxWriter cannot carry). It is a new SOP form, rebuilt from the template with the data
that was read from the file, so it is a clean, re-checkable form again. In it:

- a first sheet "Catatan Verifikasi" lists every finding, each with a link to its cell in
  the rebuilt form and the cell it was found at in the submitted file;
- every finding that concerns one field highlights that field's cell in the rebuilt form
  and attaches its message as a comment.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path, PurePath
from typing import Any

from sopxl.checking.output import SEVERITY_LABELS, ordered_findings, status_of
from sopxl.checking.report import SEVERITY_FILLS
from sopxl.findings import FileReport, Finding
from sopxl.forms import sop_spec as spec
from sopxl.forms.sop_form import WORKBOOK_TITLE, CellMark, build_sop_form, layout_for
from sopxl.forms.sop_layout import Cell, SopFormLayout
from sopxl.xlsx import refs
from sopxl.xlsx.save import make_folder, save_workbook
from sopxl.xlsx.tables import Col, Highlight, Link, TableFormats, column_widths, write_table
from sopxl.xlsx.textfit import Cell as TextCell
from sopxl.xlsx.textfit import fit_height, widths_sum
from sopxl.xlsx.workbook import check, open_workbook, write_value

SHEET_NOTES = spec.SHEET_NOTES
NAME_SUFFIX = "-catatan-verifikasi.xlsx"

NOTES_COLUMNS = (
    Col("", "No", 5, "number"),
    Col("severity", "Jenis", 11, center=True),
    Col("code", "Kode", 24),
    Col("sheet", "Lembar", 16),
    Col("cell", "Sel", 7, center=True),
    Col("source", "Sel asal", 12, center=True),
    Col("message", "Pesan", 62),
    Col("reference", "Dasar", 26),
)
_LAST_COL = len(NOTES_COLUMNS) - 1
_FACT_LABEL_COLS = 3
"""The facts above the table: a label over the first three columns, its value over the rest."""
FOOTER = "&L&8Catatan Verifikasi&R&8Halaman &P dari &N"

EXPLANATION = (
    "Salinan ini disusun ulang dari templat formulir SOP dengan isian yang Saudara kirim. "
    "Sel yang perlu diperbaiki berwarna merah muda dan diberi komentar berisi pesannya; "
    "klik alamat di kolom Sel untuk menuju sel tersebut. Kolom Sel asal menunjukkan sel "
    "pada berkas yang dikirim. Galat wajib diperbaiki; peringatan sebaiknya diperbaiki. "
    "Perbaiki isian, lalu kirim kembali formulir untuk diperiksa ulang."
)
NO_FINDINGS = "Tidak ada temuan: formulir ini memenuhi semua pemeriksaan."
NO_CELL = "—"

# Findings whose value is what the person typed and the model could not keep: the copy
# shows it again in the flagged cell (the rebuilt form would otherwise leave it empty).
_TYPED_VALUE_CODES = frozenset(
    {
        "FORM_SYMBOL_UNKNOWN",
        "FORM_STEP_MULTIPLE_ACTORS",
        "STEP_SYMBOL_MISSING",
        "FORM_DURATION_INVALID",
        "FORM_DATE_INVALID",
        "FORM_REVISED_ON_INVALID",
        "FORM_TARGET_INVALID",
        "FORM_STEP_NUMBER_INVALID",
    }
)
# A step's helper columns, right of the printed table.
_HELPER_KEYS = frozenset({"yes_target", "no_target"})

# The sheets of the rebuilt form a link may point at (the hidden list sheet is left out).
_FORM_SHEETS = (spec.SHEET_TITLE, spec.SHEET_IDENTITY, spec.SHEET_PROCEDURE, spec.SHEET_GUIDE)


def returned_names(files: Sequence[str]) -> dict[str, str]:
    """The file name of the returned copy of each of ``files``, unique within the batch.

    The name is the file's stem + ``-catatan-verifikasi.xlsx``. When several files share
    a stem (compared case-insensitively, as Windows does), or when that name is the name
    of one of ``files`` (a copy returned earlier and checked again, which must not be
    overwritten), the file gets a short suffix derived from its path. The names depend
    only on the paths, never on their order or on what the output folder already holds.
    """
    stems = {file: PurePath(file).stem for file in files}
    counts = Counter(stem.casefold() for stem in stems.values())
    taken = {PurePath(file).name.casefold() for file in files}
    names = {}
    for file, stem in stems.items():
        name = f"{stem}{NAME_SUFFIX}"
        if counts[stem.casefold()] > 1 or name.casefold() in taken:
            digest = hashlib.sha1(PurePath(file).as_posix().encode("utf-8")).hexdigest()[:6]
            name = f"{stem}-{digest}{NAME_SUFFIX}"
        names[file] = name
    return names


def returned_paths(
    files: Sequence[str], out_dir: Path, roots: Sequence[Path] = ()
) -> dict[str, Path]:
    """Where the returned copy of each of ``files`` goes, never over another file.

    The copy keeps the folder the file had under the folder it was found in (one of
    ``roots``, the PATH arguments of ``sopxl check``): ``kiriman/dinkes/formulir.xlsx``
    found under ``kiriman`` goes to ``out_dir/dinkes/``. Its name comes from
    :func:`returned_names` (unique within the batch); when that file already exists in
    ``out_dir`` (from an earlier run), ``-2``, ``-3``, ... is added, so nothing is ever
    overwritten.
    """
    names = returned_names(files)
    folders = [root for root in roots if root.is_dir()]
    chosen: dict[str, Path] = {}
    taken: set[str] = set()
    for file in files:
        path = out_dir / _relative_folder(Path(file), folders) / names[file]
        stem = path.name[: -len(".xlsx")]
        number = 1
        while path.exists() or str(path).casefold() in taken:
            number += 1
            path = path.with_name(f"{stem}-{number}.xlsx")
        taken.add(str(path).casefold())
        chosen[file] = path
    return chosen


def _relative_folder(file: Path, roots: Sequence[Path]) -> PurePath:
    """The folder of ``file`` below the first of ``roots`` that holds it, else none."""
    for root in roots:
        for inner, outer in ((file, root), (file.resolve(), root.resolve())):
            try:
                return inner.parent.relative_to(outer)
            except ValueError:
                continue
    return PurePath()


def write_returned_copies(
    reports: Sequence[FileReport], out_dir: Path, roots: Sequence[Path] = ()
) -> list[Path | None]:
    """:func:`write_returned_copy` for every report, where :func:`returned_paths` says.

    Returns the written path for each report, in order (``None`` where no copy is made:
    the file could not be read as an SOP form).
    """
    readable = [report for report in reports if report.sop is not None]
    paths = returned_paths([report.file for report in readable], out_dir, roots)
    return [
        write_returned_copy(report, paths[report.file].parent, paths[report.file].name)
        if report.sop is not None
        else None
        for report in reports
    ]


def write_returned_copy(report: FileReport, out_dir: Path, name: str | None = None) -> Path | None:
    """Write the returned copy of ``report`` into ``out_dir`` and return its path.

    Returns ``None`` (and writes nothing) when no SOP could be read from the file: an
    unreadable file or a workbook that is not an SOP form has nothing to rebuild. ``name``
    is the file name to use (see :func:`returned_names`, which keeps a batch free of
    collisions); by default the file's stem + ``-catatan-verifikasi.xlsx``. ``out_dir`` is
    created when missing. An existing file of the same name is replaced.

    Raises :class:`OperationalError` when the copy cannot be written.
    """
    if report.sop is None:
        return None
    path = out_dir / (name or f"{PurePath(report.file).stem}{NAME_SUFFIX}")
    layout = layout_for(report.sop, _submitted_layout(report))
    findings = ordered_findings(report)
    cells = [_rebuilt_cell(layout, finding) for finding in findings]
    marks = []
    for number, (finding, cell) in enumerate(zip(findings, cells, strict=True), start=1):
        if cell is None:
            continue
        message = f"{number}. {SEVERITY_LABELS[finding.severity]}: {finding.message}"
        typed = finding.value if finding.code in _TYPED_VALUE_CODES else None
        marks.append(CellMark(cell, message, typed))
        ref = finding.ref
        if ref is not None and ref.area == "step" and ref.key in _HELPER_KEYS:
            # The Ya/Tidak columns are outside the printed table: the step's row is marked
            # too, on its No, so the finding shows on paper.
            row_cell = layout.cell_for(ref._replace(key="number", actor=None))
            if row_cell is not None:
                marks.append(CellMark(row_cell, message))
    make_folder(out_dir)
    workbook = open_workbook(path, WORKBOOK_TITLE, spec.KIND, spec.VERSION)
    notes = workbook.add_worksheet(SHEET_NOTES)
    _write_notes(notes, workbook, report, findings, cells)
    build_sop_form(workbook, report.sop, layout, marks, activate=False)
    notes.activate()
    save_workbook(workbook)
    return path


def _submitted_layout(report: FileReport) -> SopFormLayout | None:
    """A layout with the submitted table's pelaksana columns and step rows (within the
    template's bounds), so the copy looks like what the SKPD sent."""
    if report.form_size is None:
        return None
    from sopxl.forms.sop_layout import MAX_ACTORS, MAX_STEPS, MIN_ACTORS, MIN_STEPS

    actors, steps = report.form_size
    return SopFormLayout(
        actors=min(max(actors, MIN_ACTORS), MAX_ACTORS),
        steps=min(max(steps, MIN_STEPS), MAX_STEPS),
    )


def _rebuilt_cell(layout: SopFormLayout, finding: Finding) -> Cell | None:
    """The cell of the rebuilt form that shows the finding's field, if there is one."""
    return layout.cell_for(finding.ref) if finding.ref is not None else None


class _Formats(TableFormats):
    """The table formats plus the title, subtitle and facts of the notes sheet."""

    def __init__(self, workbook: Any) -> None:
        super().__init__(workbook)
        base = {"font_name": "Arial", "font_size": 10, "valign": "top", "text_wrap": True}
        self.title = workbook.add_format(
            {**base, "bold": True, "font_size": 14, "align": "center", "valign": "vcenter"}
        )
        self.subtitle = workbook.add_format({**base, "italic": True, "align": "center"})


def _write_notes(
    sheet: Any,
    workbook: Any,
    report: FileReport,
    findings: Sequence[Finding],
    cells: Sequence[Cell | None],
) -> None:
    assert report.sop is not None
    formats = _Formats(workbook)
    ident = report.sop.identity
    widths = column_widths(NOTES_COLUMNS)
    across = widths_sum(widths)

    check(
        sheet.merge_range(0, 0, 0, _LAST_COL, SHEET_NOTES.upper(), formats.title), "judul catatan"
    )
    title = fit_height([TextCell(SHEET_NOTES.upper(), across, 14, True)], 24)
    check(sheet.set_row(0, title), "tinggi baris")
    check(
        sheet.merge_range(
            1,
            0,
            1,
            _LAST_COL,
            "Hasil pemeriksaan formulir SOP menurut Peraturan Bupati Kutai Kartanegara "
            "Nomor 57 Tahun 2012",
            formats.subtitle,
        ),
        "subjudul",
    )
    facts = (
        ("Berkas yang diperiksa", PurePath(report.file).name),
        ("SKPD", ident.agency),
        ("Nama SOP", ident.title),
        ("Nomor SOP", ident.code),
        ("Hasil", status_of(report).label),
        ("Jumlah temuan", f"{report.errors} galat, {report.warnings} peringatan"),
    )
    row = 3
    value_width = widths_sum(widths[_FACT_LABEL_COLS:])
    for label, value in facts:
        check(
            sheet.merge_range(row, 0, row, _FACT_LABEL_COLS - 1, label, formats.label),
            "label catatan",
        )
        # merge_range writes its text with write(); write the person's text again as a
        # string so that a value such as "=1+1" can never become a formula.
        check(
            sheet.merge_range(row, _FACT_LABEL_COLS, row, _LAST_COL, "", formats.cell),
            "isi catatan",
        )
        write_value(sheet, row, _FACT_LABEL_COLS, value, formats.cell)
        check(sheet.set_row(row, fit_height([TextCell(value, value_width)])), "tinggi baris")
        row += 1
    row += 1
    check(sheet.merge_range(row, 0, row, _LAST_COL, EXPLANATION, formats.note), "penjelasan")
    check(sheet.set_row(row, fit_height([TextCell(EXPLANATION, across)])), "tinggi baris")
    row += 2

    write_table(
        sheet,
        formats,
        [_note_row(finding, cell) for finding, cell in zip(findings, cells, strict=True)],
        NOTES_COLUMNS,
        None,
        header_row=row,
        empty=NO_FINDINGS,
        highlights=[Highlight("severity", s.value, fill) for s, fill in SEVERITY_FILLS.items()],
        # The header is far down, under the facts: frozen, they would fill the screen.
        freeze=False,
        footer=FOOTER,
        print_area=True,
    )


def _note_row(finding: Finding, cell: Cell | None) -> dict[str, object]:
    """The row of the notes table for ``finding``, shown at ``cell`` of the rebuilt form."""
    if cell is not None:
        sheet_name, cell_row, cell_col = cell
        address = refs.cell(cell_row, cell_col)
        where: object = sheet_name
        at: object = Link(
            address,
            f"internal:{refs.on_sheet(sheet_name, address)}",
            "Menuju sel ini pada formulir",
        )
    elif finding.sheet in _FORM_SHEETS:
        # A finding about a whole sheet of the form links to the top of that sheet.
        assert finding.sheet is not None
        where = Link(
            finding.sheet,
            f"internal:{refs.on_sheet(finding.sheet, 'A1')}",
            "Menuju lembar ini pada formulir",
        )
        at = NO_CELL
    else:
        where, at = finding.sheet or NO_CELL, NO_CELL
    return {
        "severity": finding.severity.value,
        "code": finding.code,
        "sheet": where,
        "cell": at,
        "source": _source_cell(finding, cell),
        "message": finding.message,
        "reference": finding.reference,
    }


def _source_cell(finding: Finding, rebuilt: Cell | None) -> str:
    """Where the finding was in the submitted file; its sheet too when that differs from
    the rebuilt cell's sheet (a renamed sheet)."""
    if finding.cell is None:
        return NO_CELL
    if rebuilt is not None and finding.sheet and finding.sheet != rebuilt[0]:
        return f"{finding.sheet}!{finding.cell}"
    return finding.cell
