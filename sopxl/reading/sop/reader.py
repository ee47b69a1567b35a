"""Reads a filled Lampiran II SOP form into the model, by its labels.

People insert rows, add steps below the printed table, merge and unmerge cells, rename
sheets, type dates as text and retype labels. So nothing here trusts a coordinate: the
identity fields are found by their labels (and the glossary's variants, all declared in
:mod:`sopxl.forms.sop_spec`), the procedure table by its column headings. Every field read
is recorded in :attr:`SopReading.sources` with the cell it came from, so that findings on
the model can point at the person's own cell.

The reader reports only what it meets while reading (``FORM_*`` codes: sheets, labels,
values that cannot be understood); whether the SOP satisfies the regulation is for the
rules. It is linear in the number of cells: each candidate label cell is normalised once.

The reading is split by idea: :mod:`~sopxl.reading.labels` (what is looked for and how a
label is matched), :mod:`~sopxl.reading.sop.identity` (the identity sheet),
:mod:`~sopxl.reading.sop.procedure` (the procedure table) and
:mod:`~sopxl.reading.sop.cells` (cells as typed). This module finds the sheets and holds
one reading's findings and sources.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from sopxl.findings import FieldRef, Finding, Location, SourceMap, finding
from sopxl.forms import sop_spec as spec
from sopxl.model.sop import Actor, Identity, Sop, Step
from sopxl.reading.grid import SheetGrid, WorkbookData
from sopxl.reading.labels import _Index
from sopxl.reading.sop.cells import Sources, StepTable, location_of
from sopxl.reading.sop.identity import IdentityReader
from sopxl.reading.sop.procedure import ProcedureHeader, ProcedureReader, find_header

__all__ = ["SopReading", "read_sop"]


@dataclass(frozen=True)
class SopReading:
    """What reading one workbook gave.

    ``sop`` is ``None`` only when the workbook is not an SOP form at all (no identity and
    no procedure sheet, or stamped as another kind of template). ``findings`` are the
    reader's own ``FORM_*`` findings, in reading order. ``sources`` maps every field read
    to the cell (1-based) it was read from; see :func:`read_sop` for the refs it holds.
    The steps' cells in it are worked out from the table when asked for.
    """

    sop: Sop | None
    findings: tuple[Finding, ...] = ()
    sources: SourceMap = field(default_factory=dict)
    # The submitted table's size: pelaksana columns under its heading and step rows (used
    # or numbered), so a rebuilt copy keeps them; None without a procedure table.
    form_size: tuple[int, int] | None = None


# An identity sheet found by content must carry at least this many known labels.
_MIN_IDENTITY_LABELS: Final = 3

# Sheets of our own template that never hold input: never searched for content.
_AUX_SHEETS: Final = frozenset({spec.SHEET_TITLE, spec.SHEET_GUIDE, spec.SHEET_LISTS})


# ---------------------------------------------------------------------------------------
# The reader
# ---------------------------------------------------------------------------------------


def read_sop(data: WorkbookData) -> SopReading:
    """Read an SOP form (the sopxl template, or a hand-made Lampiran II form) by labels.

    Sheets are found by name first ("Identitas SOP", "Uraian Prosedur", also renamed
    slightly: case, punctuation, a copy suffix, "Prosedur"), then by content; a sheet read
    under another name gives FORM_SHEET_RENAMED. Identity and procedure may share one sheet
    (identity above the table). A stamp of another template kind gives FORM_KIND_MISMATCH
    and no SOP; an unknown version FORM_VERSION_UNKNOWN, and the form is read all the same.

    ``sources`` holds, 1-based: ``FieldRef("identity", key)`` and
    ``FieldRef("approval", key)`` at the value cell (where it would be typed when empty);
    ``FieldRef("list", key, index=i)`` at each entry read, and at the first entry's cell
    for an empty list (``index=0``); ``FieldRef("actor", index=a)`` at each pelaksana name
    cell; for each step ``i`` ``FieldRef("step", key, index=i)`` for number, description,
    requirements, duration, output, note, yes_target and no_target, and
    ``FieldRef("step", "actor", index=i, actor=a)`` for every pelaksana cell of its row,
    ``actor=None`` meaning the marked cell (the first pelaksana cell when none is marked);
    ``FieldRef("sheet", "Uraian Prosedur")`` at the first step row. A field whose label
    was not found has no source.

    Never raises for anything about the workbook's content.
    """
    return FormReader(data).read()


class FormReader:
    """One reading of one workbook: finds the sheets and collects findings and sources."""

    def __init__(self, data: WorkbookData) -> None:
        self.data = data
        self.file = str(data.path)
        self.findings: list[Finding] = []
        # Fields recorded one by one; the steps' cells follow from the table's geometry.
        self.sources: dict[FieldRef, Location] = {}
        self.steps: StepTable | None = None
        self.form_size: tuple[int, int] | None = None
        self._headers: dict[str, ProcedureHeader | None] = {}

    # --- findings and sources ------------------------------------------------------------

    def report(
        self,
        code: str,
        sheet: str | None,
        cell: tuple[int, int] | None = None,
        *,
        ref: FieldRef | None = None,
        value: object = None,
        **params: object,
    ) -> None:
        row, col = (cell[0] + 1, cell[1] + 1) if cell is not None else (None, None)
        self.findings.append(
            finding(
                code, self.file, sheet=sheet, row=row, column=col, value=value, ref=ref, **params
            )
        )

    def source(self, ref: FieldRef, sheet: SheetGrid, row: int, col: int) -> None:
        self.sources[ref] = location_of(sheet.name, row + 1, col + 1)

    # --- the whole workbook --------------------------------------------------------------

    def read(self) -> SopReading:
        stamp = self.data.stamp
        kind = stamp.get(spec.NAME_KIND)
        if kind is not None and kind != spec.KIND:
            self.report("FORM_KIND_MISMATCH", None, kind=kind)
            return SopReading(None, tuple(self.findings), {})
        version = stamp.get(spec.NAME_VERSION)
        if version is not None and version != spec.VERSION:
            self.report("FORM_VERSION_UNKNOWN", None, version=version, expected=spec.VERSION)

        procedure = self._find_procedure()
        table = self.header(procedure) if procedure is not None else None
        identity, index = self._find_identity(procedure, table)
        if identity is None and procedure is None:
            self.report("FORM_NOT_SOP", None)
            return SopReading(None, tuple(self.findings), {})

        if identity is None:
            self._sheet_missing(spec.SHEET_IDENTITY)
            ident = Identity()
        else:
            self._renamed(identity, spec.SHEET_IDENTITY)
            assert index is not None
            ident = IdentityReader(self, identity, index).read()
        actors: tuple[Actor, ...] = ()
        steps: tuple[Step, ...] = ()
        if procedure is None:
            self._sheet_missing(spec.SHEET_PROCEDURE)
        else:
            self._renamed(procedure, spec.SHEET_PROCEDURE)
            actors, steps = ProcedureReader(self, procedure, table).read()
        self._sheets_not_read(identity, procedure)
        sop = Sop(identity=ident, actors=actors, steps=steps)
        return SopReading(
            sop, tuple(self.findings), Sources(self.sources, self.steps), self.form_size
        )

    def _sheets_not_read(self, *read: SheetGrid | None) -> None:
        from sopxl.reading.unread import sheets_not_read

        names = [sheet.name for sheet in read if sheet is not None]
        main = " dan ".join(f"'{name}'" for name in dict.fromkeys(names))
        template = (*_AUX_SHEETS, spec.SHEET_IDENTITY, spec.SHEET_PROCEDURE, spec.SHEET_NOTES)
        self.findings.extend(sheets_not_read(self.data, set(names), template, self.file, main))

    def _sheet_missing(self, name: str) -> None:
        self.report("FORM_SHEET_MISSING", None, ref=FieldRef("sheet", name), expected=name)

    def _renamed(self, sheet: SheetGrid, expected: str) -> None:
        if sheet.name != expected:
            self.report(
                "FORM_SHEET_RENAMED",
                sheet.name,
                ref=FieldRef("sheet", expected),
                found=sheet.name,
                expected=expected,
            )

    def _visible(self) -> list[SheetGrid]:
        """Every visible sheet (all loaded): only when a sheet is not where it belongs."""
        return [s for s in self.data.sheets if not s.hidden]

    def _find_procedure(self) -> SheetGrid | None:
        """The exact name; else a sheet named like it with the table; else any sheet with
        the table; else a sheet named like it (its headings are then reported missing)."""
        exact = self.data.sheet(spec.SHEET_PROCEDURE)
        if exact is not None:
            return exact
        visible = self._visible()
        # "URAIAN PROSEDUR", "Uraian_Prosedur", "Uraian Prosedur (2)", "Prosedur"; but
        # not "Informasi Prosedur", the identity sheet's heading.
        named = [
            s
            for s in visible
            if "prosedur" in s.name.casefold() and "informasi" not in s.name.casefold()
        ]
        for sheet in named:
            if self.header(sheet) is not None:
                return sheet
        for sheet in visible:
            if sheet.name not in _AUX_SHEETS and self.header(sheet) is not None:
                return sheet
        return named[0] if named else None

    def header(self, sheet: SheetGrid) -> ProcedureHeader | None:
        """The procedure table's header on ``sheet``, looked for once per sheet."""
        if sheet.name not in self._headers:
            self._headers[sheet.name] = find_header(sheet)
        return self._headers[sheet.name]

    def _find_identity(
        self, procedure: SheetGrid | None, table: ProcedureHeader | None
    ) -> tuple[SheetGrid | None, _Index | None]:
        """The exact name; else a sheet named "Identitas..."; else the visible sheet with
        the most identity labels (above the procedure table when it is that sheet)."""

        def index(sheet: SheetGrid) -> _Index:
            stop = table.row if sheet is procedure and table is not None else sheet.height
            return _Index(sheet, stop)

        exact = self.data.sheet(spec.SHEET_IDENTITY)
        if exact is not None:
            return exact, index(exact)
        visible = self._visible()
        for sheet in visible:
            if "identitas" in sheet.name.casefold():
                return sheet, index(sheet)
        best: tuple[int, SheetGrid, _Index] | None = None
        for sheet in visible:
            if sheet.name in _AUX_SHEETS:
                continue
            candidate = index(sheet)
            score = candidate.score()
            if score >= _MIN_IDENTITY_LABELS and (best is None or score > best[0]):
                best = (score, sheet, candidate)
        return (best[1], best[2]) if best is not None else (None, None)
