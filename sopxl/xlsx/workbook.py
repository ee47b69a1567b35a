"""Shared XlsxWriter plumbing for every workbook sopxl writes.

XlsxWriter reports many mistakes (a validation list over 255 characters, an input message
too long, a bad defined name) only by a warning and a negative return code. Everything
here checks those codes and raises, so a template never ships half-built.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

import xlsxwriter

from sopxl.errors import OperationalError, UsageError
from sopxl.text import MAX_CELL_CHARS, clean
from sopxl.xlsx import refs
from sopxl.xlsx.save import finish, temporary_path
from sopxl.xlsx.textfit import fit_width

FIXED_CREATED = datetime(2012, 4, 30, 0, 0, 0)
"""Creation date stamped into generated workbooks so output is byte-stable (the
regulation's own date)."""

INPUT_FILL = "#FFF2CC"
LABEL_FILL = "#D9E1F2"
HEADING_FILL = "#BDD7EE"
HIGHLIGHT_FILL = "#FF9999"

DATE_FORMAT = "[$-421]d mmmm yyyy"
"""Dates shown with Indonesian month names (locale 0421 = id-ID) in Excel and LibreOffice."""
DATE_MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
"""The month names :data:`DATE_FORMAT` prints (id-ID)."""


def long_date(day: date) -> str:
    """A date as Indonesian officials write it, as :data:`DATE_FORMAT` prints it in a
    cell: ``4 Desember 2026``."""
    return f"{day.day} {DATE_MONTHS[day.month - 1]} {day.year}"


DATE_WIDTH = max(fit_width(f"28 {month} 2024") for month in DATE_MONTHS)
"""The column width a :data:`DATE_FORMAT` cell needs at Arial 10 for its longest date
("28 September 2024"): every digit is as wide as another, so the month decides. A
narrower column prints "###" instead of the date."""

MAX_LIST_CHARS = 255
MAX_INPUT_TITLE = 32
MAX_INPUT_MESSAGE = 255


class TemplateBuildError(OperationalError):
    """A workbook could not be built as declared (a bug, never the user's fault)."""


def check_output_file(path: Path) -> None:
    """Refuse an output path sopxl cannot write a workbook to, before any work is done:
    a name not ending in .xlsx (usage) or a folder that does not exist."""
    if path.suffix.lower() != ".xlsx":
        raise UsageError(f"Nama berkas keluaran harus berakhiran .xlsx: {path}")
    if not path.parent.exists():
        raise OperationalError(f"Folder tujuan tidak ada: {path.parent}")


def check(result: object, what: str) -> None:
    """Raise when an XlsxWriter call returned an error code instead of 0/None."""
    if result not in (0, None):
        raise TemplateBuildError(f"Gagal membangun workbook: {what} (kode {result}).")


class _AtomicWorkbook(xlsxwriter.Workbook):  # type: ignore[misc]  # xlsxwriter is untyped
    """An XlsxWriter workbook written to a temporary name beside ``target`` and moved onto
    ``target`` by :meth:`close` only when complete (:mod:`sopxl.xlsx.save`)."""

    def __init__(self, target: Path, options: dict[str, Any]) -> None:
        self.sopxl_target = target
        super().__init__(str(temporary_path(target)), options)

    def close(self) -> None:
        if self.fileclosed:
            return

        def write() -> None:
            check(super(_AtomicWorkbook, self).close(), "menyimpan workbook")

        finish(Path(self.filename), self.sopxl_target, write)


def open_workbook(
    path: Path | str, title: str, kind: str, version: str, *, in_memory: bool = False
) -> Any:
    """A new XlsxWriter workbook with sopxl's safe options, fixed dates and its stamp.
    ``in_memory`` assembles the parts in memory instead of a temporary file per part
    (twice as fast for many small workbooks; the zip's bytes differ, so the committed
    samples and golden files keep the default).

    User text is never turned into formulas, links or numbers. The kind and version go
    into custom document properties here; the defined names are added by the caller
    through :func:`stamp_names`, because they need the workbook's sheets to exist first.

    The workbook is written to a temporary name beside ``path`` and moved onto ``path``
    only when complete: finish it with :func:`sopxl.xlsx.save.save_workbook`.
    """
    workbook = _AtomicWorkbook(
        Path(path),
        {
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
            "in_memory": in_memory,
        },
    )
    check(
        workbook.set_properties(
            {
                "title": clean(title),
                "author": "sopxl",
                "company": "Pemerintah Kabupaten Kutai Kartanegara",
                "created": FIXED_CREATED,
            }
        ),
        "properti dokumen",
    )
    check(workbook.set_custom_property("sopxl_kind", kind), "properti sopxl_kind")
    check(workbook.set_custom_property("sopxl_version", version), "properti sopxl_version")
    return workbook


def stamp_names(workbook: Any, kind: str, version: str, extra: Mapping[str, str] = {}) -> None:
    """Stamp the template kind and version (and any extra stamps) as defined names."""
    stamps = {"sopxl_kind": kind, "sopxl_version": version, **extra}
    for name, value in stamps.items():
        escaped = value.replace('"', '""')
        check(workbook.define_name(name, f'="{escaped}"'), f"nama {name}")


FOOTER = "&L&8Perbup Kukar 57/2012&R&8Halaman &P dari &N"
"""The footer of every printed sopxl sheet unless a sheet names its own document: the
regulation and the page, in words people use (no tool name)."""

OFFICIAL_FOOTER = "&C&8Halaman &P dari &N"
"""The footer of an official document (the table of a Keputusan Bupati, the report to the
Bupati): the page number, nothing else: no tool name, no command."""


def print_a4(
    sheet: Any,
    landscape: bool,
    repeat: tuple[int, int] | None = None,
    footer: str = FOOTER,
    margins: tuple[float, float, float, float] = (0.5, 0.5, 0.6, 0.6),
) -> None:
    """A4, fitted to the page width, with a footer, ``margins`` (left, right, top, bottom,
    inches) and, with ``repeat`` (first, last zero-based row), header rows on every page."""
    sheet.set_paper(9)
    if landscape:
        sheet.set_landscape()
    else:
        sheet.set_portrait()
    sheet.fit_to_pages(1, 0)
    left, right, top, bottom = margins
    check(sheet.set_margins(left=left, right=right, top=top, bottom=bottom), "margin")
    check(sheet.set_footer(footer), "kaki halaman")
    if repeat is not None:
        check(sheet.repeat_rows(*repeat), "baris judul berulang")


def protect_sheet(sheet: Any, insert_rows: bool = True, autofilter: bool = False) -> None:
    """Lock the labels (no password): people may resize columns and rows, insert and delete
    rows where tables grow, and with ``autofilter`` sort and filter."""
    sheet.protect(
        "",
        {
            "format_columns": True,
            "format_rows": True,
            "insert_rows": insert_rows,
            "delete_rows": insert_rows,
            "autofilter": autofilter,
            "sort": autofilter,
        },
    )


def validate(
    sheet: Any, first: tuple[int, int], last: tuple[int, int], options: dict[str, Any]
) -> None:
    """Add a data validation, refusing texts that XlsxWriter would silently drop."""
    title = options.get("input_title", "")
    message = options.get("input_message", "")
    error_title = options.get("error_title", "")
    error_message = options.get("error_message", "")
    if len(title) > MAX_INPUT_TITLE or len(error_title) > MAX_INPUT_TITLE:
        raise TemplateBuildError(f"Judul pesan terlalu panjang: {title or error_title!r}")
    if len(message) > MAX_INPUT_MESSAGE or len(error_message) > MAX_INPUT_MESSAGE:
        raise TemplateBuildError(f"Pesan terlalu panjang: {message or error_message!r}")
    source = options.get("source")
    if isinstance(source, list) and len(",".join(source)) > MAX_LIST_CHARS:
        raise TemplateBuildError("Daftar pilihan lebih dari 255 karakter: pakai nama terdefinisi.")
    where = refs.cell_range(first, last)
    check(
        sheet.data_validation(first[0], first[1], last[0], last[1], options),
        f"validasi {sheet.name}!{where}",
    )


def write_value(
    sheet: Any, row: int, col: int, value: object, fmt: Any, date_fmt: Any | None = None
) -> None:
    """Write a user value of the model: text always as text, dates as dates, numbers as
    numbers, ``None`` as a formatted blank."""
    if value is None or value == "":
        check(sheet.write_blank(row, col, None, fmt), "sel kosong")
    elif isinstance(value, str):
        check(sheet.write_string(row, col, cell_text(value), fmt), "teks")
    elif isinstance(value, datetime | date):
        check(sheet.write_datetime(row, col, value, date_fmt or fmt), "tanggal")
    elif isinstance(value, int | float) and not isinstance(value, bool):
        check(sheet.write_number(row, col, value, fmt), "angka")
    else:
        check(sheet.write_string(row, col, cell_text(str(value)), fmt), "teks")


def cell_text(text: str) -> str:
    """``text`` as a cell may hold it: without control characters (:mod:`sopxl.text`), and
    cut with an ellipsis at Excel's cell limit. Text read from a person's file is refused
    over the limit when read; only text sopxl composes itself can reach the cut."""
    text = clean(text)
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - 1] + "…"
    return text
