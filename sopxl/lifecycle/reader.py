"""Read a returned lifecycle form by its labels into a :class:`LifecycleReading`.

The reader is pure: it sees a :class:`WorkbookData` and returns values and findings about
the file alone (unreadable dates, choices not on the list, stamp and visible labels that
disagree). Checks of the answers are in :mod:`sopxl.lifecycle.checks`; checks against
the register are made when the form is applied (:mod:`sopxl.kinds.lifecycle_apply`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sopxl.findings import Finding, finding
from sopxl.forms import lifecycle_spec as spec
from sopxl.model.lifecycle import Answer, Period, period_from_label
from sopxl.parsing.dates import parse_date
from sopxl.parsing.labels import normalise_label
from sopxl.reading.grid import CellValue, SheetGrid, WorkbookData, cell_text
from sopxl.reading.labels import HeaderMatch, find_header, label_cell, label_set

_YES = frozenset(normalise_label(t) for t in ("Ya", "Y", "Yes", "V", "√", "✓", "1", "Benar"))
_NOT_IN_FORCE = normalise_label(spec.NOT_IN_FORCE)
_NO = frozenset(normalise_label(t) for t in ("Tidak", "T", "Tdk", "No", "N", "X", "0", "-"))


class _Unreadable:
    """What :func:`_parse` returns for an answer it reported as unreadable."""


UNREADABLE = _Unreadable()


@dataclass(frozen=True)
class FormEntry:
    """One SOP row as read. ``row`` is Excel's row; ``values`` hold parsed answers (text,
    :class:`date`, ``bool``) for the answered fields only; ``unreadable`` the keys of
    fields that hold something unreadable (already a finding: not "missing" as well);
    ``marked_not_in_force`` a row the template marked *Belum berlaku*."""

    row: int
    code: str
    title: str
    values: dict[str, Answer] = field(default_factory=dict)
    unreadable: frozenset[str] = frozenset()
    marked_not_in_force: bool = False

    @property
    def answered(self) -> bool:
        """Something was typed in the row (readable or not)."""
        return bool(self.values or self.unreadable)


@dataclass(frozen=True)
class LifecycleReading:
    """What the reader found. ``period`` is ``None`` when it could not be read (then a
    galat is among ``findings``). ``columns`` and ``header_cells`` are 1-based places
    for later findings."""

    form: spec.FormSpec
    file: str
    agency_code: str
    period: Period | None
    header: dict[str, Answer]
    entries: tuple[FormEntry, ...]
    findings: tuple[Finding, ...]
    sheet: str = ""
    columns: dict[str, int] = field(default_factory=dict)
    header_cells: dict[str, tuple[int, int]] = field(default_factory=dict)
    header_unreadable: frozenset[str] = frozenset()
    """Header fields holding something unreadable (already a finding)."""


def _find_table(data: WorkbookData, form: spec.FormSpec) -> tuple[SheetGrid | None, object]:
    columns = [(c.key, c.label, c.variants) for c in form.columns]
    named = [s for s in data.sheets if normalise_label(s.name) == normalise_label(form.sheet)]
    for sheet in [*named, *(s for s in data.sheets if s not in named)]:
        header = find_header(sheet, columns, "code", depth=2)
        if header is not None:
            return sheet, header
    return None, None


def read_lifecycle(data: WorkbookData, form: spec.FormSpec) -> LifecycleReading:
    """Read ``data`` as a ``form`` workbook, finding every field by its label."""
    file = str(data.path)
    sheet, found = _find_table(data, form)
    if sheet is None or not isinstance(found, HeaderMatch):
        missing = finding("LC_HEADER_MISSING", file, sheet=form.sheet, label="Nomor SOP")
        return LifecycleReading(form, file, "", None, {}, (), (missing,))
    header: HeaderMatch = found
    out: list[Finding] = []
    for column in form.columns:
        if column.kind != "number" and column.key not in header.columns:
            out.append(finding("LC_HEADER_MISSING", file, sheet=sheet.name, label=column.label))
    if out:
        return LifecycleReading(form, file, "", None, {}, (), tuple(out), sheet.name)

    agency_code = _agency(data, sheet, file, out)
    period = _period(data, sheet, form, file, out)
    values: dict[str, Answer] = {}
    places: dict[str, tuple[int, int]] = {}
    header_unreadable: set[str] = set()
    for item in form.header_fields:
        cell = label_cell(sheet, label_set(item.label, *item.variants))
        if cell is None:
            out.append(finding("LC_HEADER_MISSING", file, sheet=sheet.name, label=item.label))
            continue
        places[item.key] = (cell[0] + 1, cell[1] + 1)
        raw = sheet.get(*cell)
        parsed = _parse(item.kind, item.label, (), raw, file, sheet.name, cell, out)
        if isinstance(parsed, _Unreadable):
            header_unreadable.add(item.key)
        elif parsed is not None and parsed != "":
            values[item.key] = parsed

    cols = header.columns
    known = label_set(*(t for c in form.columns for t in (c.label, c.group, *c.variants) if t))
    entries: list[FormEntry] = []
    for row in range(header.row + 1, sheet.height):
        texts = {key: sheet.text(row, col) for key, col in cols.items()}
        if all(
            (t.startswith("(") and t.endswith(")")) or normalise_label(t) in known
            for t in texts.values()
            if t
        ):
            continue  # sub-headings, the row of column numbers (1), (2), ..., empty rows
        answers: dict[str, Answer] = {}
        unreadable: set[str] = set()
        first_input = sheet.text(row, cols[form.inputs[0].key])
        marked = normalise_label(first_input).startswith(_NOT_IN_FORCE)
        for column in form.inputs:
            col = cols[column.key]
            if marked and column is form.inputs[0]:
                continue  # the template's "Belum berlaku" over the row's input cells
            parsed = _parse(
                column.kind,
                column.label,
                column.choices,
                sheet.get(row, col),
                file,
                sheet.name,
                (row, col),
                out,
            )
            if isinstance(parsed, _Unreadable):
                unreadable.add(column.key)
            elif parsed is not None and parsed != "":
                answers[column.key] = parsed
        code, title = texts.get("code", ""), texts.get("title", "")
        if not (code or title or answers or unreadable):
            continue
        if not code:
            out.append(
                finding(
                    "LC_CODE_MISSING",
                    file,
                    sheet=sheet.name,
                    row=row + 1,
                    column=cols["code"] + 1,
                    title=title or "-",
                )
            )
            continue
        entries.append(FormEntry(row + 1, code, title, answers, frozenset(unreadable), marked))
    out.extend(_not_read(data, sheet, form, header.row + 1, cols.values(), file))
    return LifecycleReading(
        form,
        file,
        agency_code,
        period,
        values,
        tuple(entries),
        tuple(out),
        sheet.name,
        {key: col + 1 for key, col in cols.items()},
        places,
        frozenset(header_unreadable),
    )


def _not_read(
    data: WorkbookData,
    sheet: SheetGrid,
    form: spec.FormSpec,
    first_row: int,
    columns: Iterable[int],
    file: str,
) -> list[Finding]:
    """A peringatan for another sheet with values and for values beside the table."""
    from sopxl.reading.unread import columns_not_read, sheets_not_read

    template = (form.sheet, spec.SHEET_GUIDE, spec.SHEET_LISTS)
    out = sheets_not_read(data, {sheet.name}, template, file, f"'{sheet.name}'")
    out.extend(columns_not_read(sheet, first_row, sheet.height, set(columns), file))
    return out


def _agency(data: WorkbookData, sheet: SheetGrid, file: str, out: list[Finding]) -> str:
    stamped = data.stamp.get(spec.NAME_AGENCY, "").strip()
    cell = label_cell(sheet, label_set(spec.AGENCY_CODE_LABEL, *spec.AGENCY_CODE_VARIANTS))
    shown = sheet.text(*cell) if cell is not None else ""
    if stamped and shown and stamped != shown:
        out.append(
            finding(
                "LC_STAMP_MISMATCH",
                file,
                sheet=sheet.name,
                row=cell[0] + 1 if cell else None,
                column=cell[1] + 1 if cell else None,
                label=spec.AGENCY_CODE_LABEL,
                shown=shown,
                stamped=stamped,
            )
        )
    code = stamped or shown
    if not code:
        where: dict[str, Any] = {"row": cell[0] + 1, "column": cell[1] + 1} if cell else {}
        out.append(finding("LC_AGENCY_MISSING", file, sheet=sheet.name, **where))
    return code


def _period(
    data: WorkbookData, sheet: SheetGrid, form: spec.FormSpec, file: str, out: list[Finding]
) -> Period | None:
    stamped_text = data.stamp.get(spec.NAME_PERIOD, "").strip()
    stamped = period_from_label(stamped_text) if stamped_text else None
    cell = label_cell(sheet, label_set(spec.PERIOD_LABEL, *spec.PERIOD_VARIANTS))
    shown_text = sheet.text(*cell) if cell is not None else ""
    shown = period_from_label(shown_text) if shown_text else None
    where: dict[str, Any] = {"row": cell[0] + 1, "column": cell[1] + 1} if cell is not None else {}
    if stamped and shown and stamped != shown:
        out.append(
            finding(
                "LC_STAMP_MISMATCH",
                file,
                sheet=sheet.name,
                label=spec.PERIOD_LABEL,
                shown=shown.label,
                stamped=stamped.label,
                **where,
            )
        )
    period = stamped or shown
    if period is None:
        out.append(finding("LC_PERIOD_MISSING", file, sheet=sheet.name, **where))
        return None
    wanted_quarter = form.period == "quarter"
    if (period.quarter is not None) != wanted_quarter:
        out.append(
            finding(
                "LC_PERIOD_KIND",
                file,
                sheet=sheet.name,
                period=period.label,
                expected="triwulan" if wanted_quarter else "tahun",
                **where,
            )
        )
        return None
    return period


def _parse(
    kind: str,
    label: str,
    choices: tuple[str, ...],
    raw: CellValue,
    file: str,
    sheet: str,
    cell: tuple[int, int],
    out: list[Finding],
) -> Answer | _Unreadable:
    """The answer in ``raw`` as ``kind`` says; a finding (and :data:`UNREADABLE`) when
    unreadable. Choices match whatever the case and spacing ("ya", " Ya ")."""
    text = cell_text(raw)
    where: dict[str, Any] = {"sheet": sheet, "row": cell[0] + 1, "column": cell[1] + 1}
    if kind == "date":
        try:
            day = parse_date(raw)
        except ValueError:
            out.append(finding("LC_DATE_INVALID", file, value=text, label=label, **where))
            return UNREADABLE
        return day if isinstance(day, date) else None
    if not text:
        return None
    if kind == "yes_no":
        key = normalise_label(text)
        if key in _YES:
            return True
        if key in _NO:
            return False
        choices = spec.YES_NO
    elif kind == "choice":
        key = normalise_label(text)
        for choice in choices:
            if normalise_label(choice) == key:
                return choice
    else:
        return text
    out.append(
        finding(
            "LC_CHOICE_INVALID",
            file,
            value=text,
            label=label,
            choices=", ".join(choices),
            **where,
        )
    )
    return UNREADABLE
