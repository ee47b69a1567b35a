"""Loading files for `sopxl check`: every kind of file a person might send, and hostile ones.

Every file is made here, from a real sopxl form where one is needed. A refusal is checked by
its code and by its Indonesian message having every parameter filled. Hostile files are also
checked to be refused before python-calamine sees them (calamine is replaced by a tripwire)
and, where it matters, within a small amount of memory.
"""

from __future__ import annotations

import mmap
import shutil
import struct
import tracemalloc
import warnings
import zipfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import openpyxl
import pytest
import python_calamine
import xlsxwriter

from sopxl.findings import finding
from sopxl.forms.sop_form import write_sop_form
from sopxl.reading.grid import UnreadableFile, WorkbookData
from sopxl.reading.loading.files import Limits, find_workbooks, load_workbook_data
from sopxl_demo.examples import surat_masuk
from tests.office import convert

MAIN_NS = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRICT_NS = b"http://purl.oclc.org/ooxml/spreadsheetml/main"
SHEET1 = "xl/worksheets/sheet1.xml"  # "Daftar Pilihan", the first sheet of the SOP form
LAUGHS = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (level, b"&lol%d;" % (level - 1) * 10 if level > 1 else b"&lol;")
        for level in range(1, 10)
    )
    + b"]>"
)


# --- helpers ---------------------------------------------------------------------------


@pytest.fixture
def form(tmp_path: Path) -> Path:
    path = tmp_path / "surat-masuk.xlsx"
    write_sop_form(path, surat_masuk())
    return path


@pytest.fixture
def no_calamine(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A tripwire: the file must be refused before calamine is asked to open it (checked
    after the test, since the loader turns any error of calamine into a refusal)."""
    calls: list[object] = []

    def tripped(*args: object) -> None:
        calls.append(args)
        raise RuntimeError("calamine was asked to read a file the guards should refuse")

    for opener in ("from_path", "from_filelike"):
        monkeypatch.setattr(python_calamine.CalamineWorkbook, opener, tripped)
    yield
    assert not calls, "calamine was asked to read a file the guards should refuse"


def refused(path: Path, limits: Limits | None = None) -> UnreadableFile:
    """The refusal of ``path``; its message, rendered as the CLI will, is complete."""
    with pytest.raises(UnreadableFile) as caught:
        load_workbook_data(path, limits or Limits())
    error = caught.value
    message = finding(error.code, str(path), **error.params).message
    assert "{" not in message and "}" not in message, message
    return error


def rebuild(
    source: Path,
    target: Path,
    replace: Mapping[str, bytes | Callable[[bytes], bytes]] | None = None,
    add: Mapping[str, bytes] | None = None,
    level: int = 6,
) -> Path:
    """A copy of the zip ``source`` with some parts replaced (by bytes or a function of the
    old bytes) or added."""
    replace = replace or {}
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info.filename)
            change = replace.get(info.filename)
            if change is not None:
                data = change(data) if callable(change) else change
            new.writestr(info.filename, data, zipfile.ZIP_DEFLATED, level)
        for name, data in (add or {}).items():
            new.writestr(name, data, zipfile.ZIP_DEFLATED, level)
    return target


def sheet_xml(rows: bytes, dimension: bytes = b"A1") -> bytes:
    return (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="'
        + MAIN_NS
        + b'"><dimension ref="'
        + dimension
        + b'"/><sheetData>'
        + rows
        + b"</sheetData></worksheet>"
    )


def patch_declared_size(path: Path, name: str, size: int) -> None:
    """Make the central directory (and the local header) lie about ``name``'s size."""
    data = bytearray(path.read_bytes())
    encoded = name.encode()
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    struct.pack_into("<I", data, info.header_offset + 22, size)
    entry = data.find(b"PK\x01\x02")
    while entry >= 0:
        name_length = struct.unpack_from("<H", data, entry + 28)[0]
        if bytes(data[entry + 46 : entry + 46 + name_length]) == encoded:
            struct.pack_into("<I", data, entry + 24, size)
            break
        entry = data.find(b"PK\x01\x02", entry + 4)
    path.write_bytes(bytes(data))


def compound_file(path: Path, streams: tuple[str, ...]) -> Path:
    """A minimal OLE2 compound file ([MS-CFB]) whose directory names ``streams`` (at most
    three): what Excel 97-2003 files and encrypted OOXML packages are made of."""
    assert len(streams) <= 3
    free, end, fat_sector = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<III", header, 0x2C, 1, 1, 0)  # one FAT sector; directory at sector 1
    struct.pack_into("<IIIII", header, 0x38, 4096, end, 0, end, 0)
    struct.pack_into("<109I", header, 0x4C, 0, *([free] * 108))
    fat = struct.pack("<128I", fat_sector, end, *([free] * 126))

    def entry(name: str, kind: int) -> bytes:
        encoded = (name + "\0").encode("utf-16-le")
        return (
            encoded.ljust(64, b"\0")
            + struct.pack("<HBB3I", len(encoded), kind, 1, free, free, free)
            + bytes(36)
            + struct.pack("<IQ", end, 0)
        )

    directory = b"".join([entry("Root Entry", 5), *(entry(name, 2) for name in streams)]).ljust(
        512, b"\0"
    )
    path.write_bytes(bytes(header) + fat + directory)
    return path


ODS_NS = (
    b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    b'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)
ODS_CELL = b'<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>'


def minimal_ods(path: Path, rows: bytes, prolog: bytes = b'<?xml version="1.0"?>') -> Path:
    """A hand-made .ods with one table "Lembar1" holding ``rows``."""
    content = (
        prolog
        + b"<office:document-content "
        + ODS_NS
        + b'><office:body><office:spreadsheet><table:table table:name="Lembar1">'
        + rows
        + b"</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        b'<?xml version="1.0"?><manifest:manifest '
        b'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return path


def text_cells(data: WorkbookData, sheet: str) -> dict[tuple[int, int], str]:
    grid = data.sheet(sheet)
    assert grid is not None
    return {
        (r, c): value
        for r, row in enumerate(grid.rows)
        for c, value in enumerate(row)
        if isinstance(value, str) and value
    }


# --- workbooks that load ---------------------------------------------------------------


def test_a_sopxl_form_loads_with_true_addresses_and_its_stamp(form: Path) -> None:
    data = load_workbook_data(form)

    assert data.format == "xlsx"
    assert data.stamp == {"sopxl_kind": "sop", "sopxl_version": "1"}
    expected = openpyxl.load_workbook(form)
    assert [sheet.name for sheet in data.sheets] == expected.sheetnames
    assert [sheet.hidden for sheet in data.sheets] == [
        expected[name].sheet_state != "visible" for name in expected.sheetnames
    ]
    for sheet in data.sheets:
        for row in expected[sheet.name].iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and not cell.value.startswith("="):
                    # openpyxl is 1-based; the grid is zero-based from A1, never shifted.
                    assert sheet.get(cell.row - 1, cell.column - 1) == cell.value
        assert len(sheet.merged) == len(expected[sheet.name].merged_cells.ranges)


def test_other_sopxl_stamps_come_through_and_foreign_names_do_not(tmp_path: Path) -> None:
    path = tmp_path / "rekap.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    workbook.add_worksheet("Rekap").write_string(0, 0, "Rekap SOP")
    workbook.set_custom_property("sopxl_kind", "inventory")
    workbook.set_custom_property("sopxl_period", "2025")
    workbook.set_custom_property("Company", "Pemkab Kukar")
    assert workbook.define_name("sopxl_agency", '="Dinas ""Kependudukan"""') == 0
    assert workbook.define_name("sopxl_range", "=Rekap!$A$1") == 0
    workbook.close()

    assert load_workbook_data(path).stamp == {
        "sopxl_kind": "inventory",
        "sopxl_period": "2025",
        "sopxl_agency": 'Dinas "Kependudukan"',
    }


def test_defined_name_stamps_are_found_in_any_spelling_of_the_markup() -> None:
    from sopxl.reading.loading.stamp import defined_name_stamps

    workbook = (
        b'<?xml version="1.0"?><x:workbook xmlns:x="m"><x:definedNames>'
        b"<x:definedName name='sopxl_kind' >\"s&amp;p\"</x:definedName >"
        b'<definedName\nname="sopxl_local" localSheetId="0">"no"</definedName>'
        b'<definedName name="sopxl_range">Rekap!$A$1</definedName>'
        b'<definedName name="sopxl_empty"/><definedName name="Sopxl_Version">"1"</definedName>'
        b"</x:definedNames></x:workbook>"
    )
    assert defined_name_stamps(workbook) == {"sopxl_kind": "s&p", "sopxl_version": "1"}


def test_a_macro_enabled_workbook_is_xlsm_by_content(form: Path, tmp_path: Path) -> None:
    macro = b"application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    plain = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    path = rebuild(
        form,
        tmp_path / "makro.xlsx",
        {"[Content_Types].xml": lambda types: types.replace(plain, macro)},
    )

    assert load_workbook_data(path).format == "xlsm"


def test_a_workbook_with_the_wrong_suffix_is_read_by_its_content(
    form: Path, tmp_path: Path
) -> None:
    renamed = tmp_path / "salah-nama.ods"
    shutil.copy(form, renamed)

    data = load_workbook_data(renamed)

    assert data.format == "xlsx"
    assert text_cells(data, "Identitas SOP") == text_cells(
        load_workbook_data(form), "Identitas SOP"
    )


def test_the_libreoffice_ods_of_a_form_loads_with_the_same_values_and_stamp(
    form: Path, tmp_path: Path
) -> None:
    ods = convert(form, "ods", tmp_path / "lo")

    data = load_workbook_data(ods)

    assert data.format == "ods"
    assert data.stamp == {"sopxl_kind": "sop", "sopxl_version": "1"}
    original = load_workbook_data(form)
    assert [s.name for s in data.sheets] == [s.name for s in original.sheets]
    for sheet in ("Identitas SOP", "Uraian Prosedur"):
        assert text_cells(data, sheet) == text_cells(original, sheet)


def test_an_ods_named_expression_is_a_stamp(tmp_path: Path) -> None:
    expression = (
        b'<table:named-expressions><table:named-expression table:name="sopxl_kind" '
        b'table:base-cell-address="$Lembar1.$A$1" table:expression="&quot;sop&quot;"/>'
        b"</table:named-expressions>"
    )
    path = minimal_ods(
        tmp_path / "nama.ods", b"<table:table-row>" + ODS_CELL + b"</table:table-row>"
    )
    path = rebuild(
        path,
        tmp_path / "nama2.ods",
        {
            "content.xml": lambda c: c.replace(
                b"</office:spreadsheet>", expression + b"</office:spreadsheet>"
            )
        },
    )

    assert load_workbook_data(path).stamp == {"sopxl_kind": "sop"}


def test_a_file_system_that_cannot_map_files_still_loads(
    form: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = load_workbook_data(form)

    def unsupported(*args: object, **kwargs: object) -> None:
        raise OSError(19, "No such device")  # what mmap says on such a file system

    monkeypatch.setattr(mmap, "mmap", unsupported)

    assert load_workbook_data(form) == expected
    assert load_workbook_data(form, lazy=True).sheets == expected.sheets


def test_a_lazy_load_reads_only_the_sheets_asked_for_and_the_same_values(form: Path) -> None:
    eager = load_workbook_data(form)
    lazy = load_workbook_data(form, lazy=True)

    assert lazy.sheet_names == tuple(sheet.name for sheet in eager.sheets)
    assert lazy.sheet("Uraian Prosedur") == eager.sheet("Uraian Prosedur")
    assert lazy.sheet("Tidak Ada") is None
    assert lazy.sheets == eager.sheets
    assert (lazy.format, lazy.stamp) == (eager.format, eager.stamp)


def test_a_sheet_damaged_past_the_guards_is_unreadable_when_checked(
    form: Path, tmp_path: Path
) -> None:
    from sopxl.checking.run import check_file

    data = load_workbook_data(form)
    part = f"xl/worksheets/sheet{data.sheet_names.index('Uraian Prosedur') + 1}.xml"
    damaged = rebuild(form, tmp_path / "rusak.xlsx", {part: sheet_xml(b"<row><c r=")})

    report = check_file(damaged)

    assert not report.readable
    assert [f.code for f in report.findings] == ["FILE_UNREADABLE"]


FAR_CELL = (
    b'<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>'
)


@pytest.fixture
def sheet_loads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the sheets calamine is asked to read, in order."""
    loads: list[str] = []
    real = python_calamine.CalamineWorkbook.get_sheet_by_name

    def recorded(workbook: python_calamine.CalamineWorkbook, name: str) -> object:
        loads.append(name)
        return real(workbook, name)

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "get_sheet_by_name", recorded)
    return loads


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (lambda xml: sheet_xml(FAR_CELL), "FILE_TOO_LARGE"),
        (lambda xml: LAUGHS + xml[xml.index(b"?>") + 2 :], "FILE_XML_BOMB"),
    ],
)
def test_a_lazy_load_guards_a_sheet_just_before_calamine_reads_it(
    form: Path,
    tmp_path: Path,
    sheet_loads: list[str],
    change: Callable[[bytes], bytes],
    code: str,
) -> None:
    from sopxl.checking.run import check_file

    part = "xl/worksheets/sheet4.xml"  # "Uraian Prosedur"
    path = rebuild(form, tmp_path / "jahat.xlsx", {part: change})

    data = load_workbook_data(path, lazy=True)
    assert data.sheet("Identitas SOP") is not None
    with pytest.raises(UnreadableFile) as caught:
        data.sheet("Uraian Prosedur")
    report = check_file(path)

    assert caught.value.code == code
    assert "Uraian Prosedur" not in sheet_loads
    assert [f.code for f in report.findings] == [refused(path).code] == [code]
    assert not report.readable


def test_a_lazy_load_neither_guards_nor_reads_a_sheet_never_asked_for(
    form: Path, tmp_path: Path, sheet_loads: list[str]
) -> None:
    path = rebuild(form, tmp_path / "jauh.xlsx", {SHEET1: sheet_xml(FAR_CELL)})

    data = load_workbook_data(path, lazy=True)

    assert data.sheet("Uraian Prosedur") is not None
    assert sheet_loads == ["Uraian Prosedur"]


def test_the_sheets_named_first_are_guarded_at_once_and_read_alike(
    form: Path, tmp_path: Path, sheet_loads: list[str]
) -> None:
    first = ("Identitas SOP", "Uraian Prosedur")
    eager = load_workbook_data(form)
    sheet_loads.clear()
    lazy = load_workbook_data(form, lazy=True, first=first)
    assert sheet_loads == []  # guarded (and inflated for calamine), not read yet
    assert [lazy.sheet(name) for name in first] == [eager.sheet(name) for name in first]
    assert lazy.sheets == eager.sheets

    path = rebuild(form, tmp_path / "jauh.xlsx", {"xl/worksheets/sheet4.xml": sheet_xml(FAR_CELL)})
    with pytest.raises(UnreadableFile) as caught:
        load_workbook_data(path, lazy=True, first=first)
    assert (caught.value.code, caught.value.params["sheet_name"]) == (
        "FILE_TOO_LARGE",
        "Uraian Prosedur",
    )


def test_a_lazy_load_guards_every_sheet_when_a_target_is_unusual(
    form: Path, tmp_path: Path, sheet_loads: list[str]
) -> None:
    def unusual(rels: bytes) -> bytes:
        return rels.replace(b'Target="worksheets/sheet4.xml"', b'Target="./worksheets/sheet4.xml"')

    path = rebuild(
        form,
        tmp_path / "aneh.xlsx",
        {"xl/_rels/workbook.xml.rels": unusual, SHEET1: sheet_xml(FAR_CELL)},
    )

    data = load_workbook_data(path, lazy=True)
    with pytest.raises(UnreadableFile) as caught:
        data.sheet("Uraian Prosedur")

    assert (caught.value.code, caught.value.params["sheet_name"]) == (
        "FILE_TOO_LARGE",
        "Daftar Pilihan",
    )
    assert sheet_loads == []


def test_an_empty_workbook_is_empty_when_checked(tmp_path: Path) -> None:
    from sopxl.checking.run import check_file

    path = tmp_path / "kosong.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    workbook.add_worksheet("Identitas SOP")
    workbook.add_worksheet("Uraian Prosedur").write_string(0, 0, "")
    workbook.close()

    assert [f.code for f in check_file(path).findings] == ["FILE_EMPTY"]
    assert refused(path).code == "FILE_EMPTY"


# --- files that are not an accepted workbook -------------------------------------------


def test_a_zero_byte_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "kosong.xlsx"
    path.write_bytes(b"")

    assert refused(path).code == "FILE_EMPTY"


def test_a_workbook_without_any_value_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "kosong.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    workbook.add_worksheet("Satu")
    formatted = workbook.add_worksheet("Dua")
    formatted.write_blank(5, 3, None, workbook.add_format({"bg_color": "yellow"}))
    workbook.close()

    assert refused(path).code == "FILE_EMPTY"


def test_a_workbook_whose_only_value_is_zero_is_not_empty(tmp_path: Path) -> None:
    path = tmp_path / "nol.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    workbook.add_worksheet().write_number(3, 2, 0)
    workbook.close()

    assert load_workbook_data(path).sheets[0].get(3, 2) == 0


def test_an_excel_97_2003_file_made_by_libreoffice_is_legacy(form: Path, tmp_path: Path) -> None:
    xls = convert(form, "xls", tmp_path / "lo")
    renamed = tmp_path / "dulu-xls.xlsx"
    shutil.copy(xls, renamed)

    assert refused(xls).code == "FILE_LEGACY_XLS"
    assert refused(renamed).code == "FILE_LEGACY_XLS"


@pytest.mark.parametrize(
    ("streams", "code", "detail"),
    [
        (("Workbook", "\x05SummaryInformation"), "FILE_LEGACY_XLS", None),
        (("EncryptionInfo", "EncryptedPackage"), "FILE_ENCRYPTED", None),
        (("WordDocument",), "FILE_NOT_WORKBOOK", "dokumen Word lama (.doc)"),
    ],
)
def test_compound_files_are_told_apart_by_their_streams(
    tmp_path: Path, streams: tuple[str, ...], code: str, detail: str | None
) -> None:
    # Named .xlsx on purpose: an encrypted .xlsx is a compound file, not a zip.
    error = refused(compound_file(tmp_path / "berkas.xlsx", streams))

    assert error.code == code
    assert error.params.get("detail") == detail


def test_a_strict_open_xml_workbook_is_named_as_such(form: Path, tmp_path: Path) -> None:
    def strict(part: bytes) -> bytes:
        return part.replace(MAIN_NS, STRICT_NS)

    sheets = {f"xl/worksheets/sheet{i}.xml": strict for i in range(1, 6)}
    path = rebuild(form, tmp_path / "strict.xlsx", {"xl/workbook.xml": strict, **sheets})

    assert refused(path).code == "FILE_STRICT_OOXML"


def test_a_workbook_cut_in_half_is_truncated(form: Path, tmp_path: Path) -> None:
    path = tmp_path / "terpotong.xlsx"
    data = form.read_bytes()
    path.write_bytes(data[: len(data) // 2])

    assert refused(path).code == "FILE_TRUNCATED"


def test_a_part_with_a_bad_crc_is_truncated(form: Path, tmp_path: Path) -> None:
    path = rebuild(form, tmp_path / "crc.xlsx", level=0)  # stored: a byte of text to flip
    data = bytearray(path.read_bytes())
    at = data.find(b"Kepala Sub Bagian Umum")
    data[at] ^= 0x20
    path.write_bytes(bytes(data))

    assert refused(path).code == "FILE_TRUNCATED"


def test_a_part_seen_in_another_form_is_still_checked_against_its_own_directory(
    form: Path, tmp_path: Path
) -> None:
    """Parts the same as in a form already checked are not inflated again (a batch's forms
    share their template's parts), but only when the directory declares the same CRC and
    size too: a copy whose directory lies about workbook.xml is refused all the same."""
    assert load_workbook_data(form).sheets  # workbook.xml checked and remembered
    data = bytearray(form.read_bytes())
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        (length,) = struct.unpack_from("<H", data, at + 28)
        if data[at + 46 : at + 46 + length] == b"xl/workbook.xml":
            data[at + 16] ^= 0xFF  # the CRC of the central directory entry
            break
        at = data.find(b"PK\x01\x02", at + 4)
    assert at >= 0
    path = tmp_path / "crc-direktori.xlsx"
    path.write_bytes(bytes(data))

    assert refused(path).code == "FILE_TRUNCATED"
    assert load_workbook_data(form).sheets  # the good form still loads


def test_a_part_with_a_dtd_is_refused_each_time(form: Path, tmp_path: Path) -> None:
    """A refusal is never remembered as a checked part."""
    entity = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>'
    path = rebuild(
        form,
        tmp_path / "dtd.xlsx",
        replace={"xl/workbook.xml": lambda old: entity + old.split(b"?>", 1)[1]},
    )
    assert refused(path).code == "FILE_XML_BOMB"
    assert refused(path).code == "FILE_XML_BOMB"


def test_a_broken_local_header_is_truncated(form: Path, tmp_path: Path) -> None:
    path = tmp_path / "header.xlsx"
    data = bytearray(form.read_bytes())
    with zipfile.ZipFile(form) as archive:
        data[archive.getinfo(SHEET1).header_offset] = 0
    path.write_bytes(bytes(data))

    assert refused(path).code == "FILE_TRUNCATED"


def test_a_zip_with_two_parts_of_one_name_is_refused(form: Path, tmp_path: Path) -> None:
    path = tmp_path / "ganda.xlsx"
    shutil.copy(form, path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate we want
        with zipfile.ZipFile(path, "a") as archive:
            archive.writestr(SHEET1, sheet_xml(b'<row r="1"><c r="A1"><v>1</v></c></row>'))

    error = refused(path)

    assert error.code == "FILE_UNREADABLE"
    assert SHEET1 in error.params["detail"]


def write_zip(path: Path, parts: Mapping[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("name", "content", "detail"),
    [
        ("laporan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "dokumen PDF"),
        ("foto.xlsx", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "gambar PNG"),
        ("data.xlsx", b"No;Nama SOP\n1;Surat Masuk\n", "berkas teks, misalnya CSV"),
        ("ekspor.xls", b"<html><body><table><tr><td>1</td></tr></table>", "halaman web (HTML)"),
    ],
)
def test_files_of_other_kinds_say_what_they_look_like(
    tmp_path: Path, name: str, content: bytes, detail: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)

    error = refused(path)

    assert error.code == "FILE_NOT_WORKBOOK"
    assert error.params["detail"].startswith(detail)


@pytest.mark.parametrize(
    ("parts", "detail"),
    [
        (
            {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"},
            "dokumen Word (.docx)",
        ),
        ({"mimetype": b"application/vnd.oasis.opendocument.text"}, "(.odt)"),
        ({"catatan.txt": b"isi"}, "arsip ZIP"),
        ({"formulir/sop.xlsx": b"PK"}, "arsip ZIP berisi workbook; ekstrak dulu isinya"),
    ],
)
def test_zips_that_are_not_spreadsheets_say_what_they_are(
    tmp_path: Path, parts: Mapping[str, bytes], detail: str
) -> None:
    error = refused(write_zip(tmp_path / "bukan.xlsx", parts))

    assert error.code == "FILE_NOT_WORKBOOK"
    assert detail in error.params["detail"]


def test_a_folder_or_missing_file_is_unreadable_not_a_crash(tmp_path: Path) -> None:
    assert refused(tmp_path).code == "FILE_UNREADABLE"
    assert refused(tmp_path / "tidak-ada.xlsx").params["detail"] == "berkas tidak ditemukan"


def test_no_damage_to_a_form_raises_anything_but_unreadable_file(
    form: Path, tmp_path: Path
) -> None:
    original = form.read_bytes()
    damaged = tmp_path / "rusak.xlsx"
    for step in range(0, len(original), max(1, len(original) // 60)):
        for data in (original[:step], original[:step] + b"\xff" * 7 + original[step + 7 :]):
            damaged.write_bytes(data)
            try:
                load_workbook_data(damaged)
            except UnreadableFile as error:
                assert error.code.startswith("FILE_")


# --- hostile files ---------------------------------------------------------------------


def peak_memory(action: Callable[[], UnreadableFile]) -> tuple[UnreadableFile, int]:
    """What ``action`` returned and the peak of memory Python allocated meanwhile."""
    tracemalloc.start()
    try:
        return action(), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def zeros_into(path: Path, name: str, megabytes: int, level: int) -> None:
    chunk = bytes(1024 * 1024)
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=level) as archive,
        archive.open(name, "w") as part,
    ):
        for _ in range(megabytes):
            part.write(chunk)


@pytest.mark.usefixtures("no_calamine")
def test_a_zip_bomb_is_refused_from_the_directory_without_inflating(
    form: Path, tmp_path: Path
) -> None:
    path = tmp_path / "bom.xlsx"
    shutil.copy(form, path)
    zeros_into(path, "xl/media/image1.png", 200, level=1)
    assert path.stat().st_size < 2 * 1024 * 1024  # 200 MB inside

    error, peak = peak_memory(lambda: refused(path))

    assert error.code == "FILE_ZIP_BOMB"
    assert error.params["size"].startswith("200,")  # MB: the bomb and the form's own parts
    assert peak < 2 * 1024 * 1024


@pytest.mark.usefixtures("no_calamine")
def test_a_highly_compressed_part_is_a_zip_bomb(form: Path, tmp_path: Path) -> None:
    path = tmp_path / "rasio.xlsx"
    shutil.copy(form, path)
    zeros_into(path, "xl/media/image1.png", 8, level=9)

    error = refused(path)

    assert error.code == "FILE_ZIP_BOMB"
    assert "kali" in error.params["limit"]


@pytest.mark.usefixtures("no_calamine")
def test_too_many_parts_are_refused_from_the_end_record(form: Path) -> None:
    error = refused(form, Limits(max_parts=5))

    assert error.code == "FILE_ZIP_BOMB"
    assert error.params["size"] == "15 bagian"


@pytest.mark.usefixtures("no_calamine")
def test_a_lying_directory_cannot_make_a_part_inflate_beyond_the_limit(
    form: Path, tmp_path: Path
) -> None:
    rows = b"".join(b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (i, i) for i in range(1, 60_000))
    path = rebuild(form, tmp_path / "bohong.xlsx", {SHEET1: sheet_xml(rows)}, level=9)
    patch_declared_size(path, SHEET1, 1000)  # "1000 bytes": really about 2.5 MB
    limits = Limits(max_part_bytes=512 * 1024, max_rows=100_000, max_cells=10**9)

    error, peak = peak_memory(lambda: refused(path, limits))

    assert error.code == "FILE_TOO_LARGE"
    assert error.params["sheet_name"] == "Daftar Pilihan"
    assert peak < 4 * limits.max_part_bytes


@pytest.mark.parametrize(
    "part",
    ["xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml", "docProps/custom.xml", SHEET1],
)
@pytest.mark.usefixtures("no_calamine")
def test_a_billion_laughs_in_any_parsed_part_is_an_xml_bomb(
    form: Path, tmp_path: Path, part: str
) -> None:
    def bomb(xml: bytes) -> bytes:
        return LAUGHS + xml[xml.index(b"?>") + 2 :].replace(b"<t>", b"<t>&lol9;", 1)

    error = refused(rebuild(form, tmp_path / "tawa.xlsx", {part: bomb}))

    assert error.code == "FILE_XML_BOMB"
    assert error.params["part"] == part


@pytest.mark.usefixtures("no_calamine")
def test_a_doctype_hidden_behind_a_long_comment_is_still_found(form: Path, tmp_path: Path) -> None:
    def hidden(xml: bytes) -> bytes:
        return b"<!--" + b"x" * 40_000 + b"-->" + LAUGHS[LAUGHS.index(b"<!DOCTYPE") :] + xml

    error = refused(rebuild(form, tmp_path / "komentar.xlsx", {"xl/sharedStrings.xml": hidden}))

    assert error.code == "FILE_XML_BOMB"


@pytest.mark.usefixtures("no_calamine")
def test_a_utf16_part_with_a_doctype_is_an_xml_bomb(form: Path, tmp_path: Path) -> None:
    def utf16(xml: bytes) -> bytes:
        text = xml.decode().replace('encoding="UTF-8"', 'encoding="UTF-16"')
        return (LAUGHS.decode().replace("UTF-8", "UTF-16") + text[text.index("?>") + 2 :]).encode(
            "utf-16"
        )

    error = refused(rebuild(form, tmp_path / "utf16.xlsx", {"xl/styles.xml": utf16}))

    assert error.code == "FILE_XML_BOMB"


@pytest.mark.usefixtures("no_calamine")
def test_an_ods_content_with_a_doctype_is_an_xml_bomb(tmp_path: Path) -> None:
    path = minimal_ods(tmp_path / "tawa.ods", b"", prolog=LAUGHS)

    error = refused(path)

    assert (error.code, error.params["part"]) == ("FILE_XML_BOMB", "content.xml")


@pytest.mark.usefixtures("no_calamine")
def test_a_million_row_sheet_is_refused_without_reading_it(form: Path, tmp_path: Path) -> None:
    path = rebuild(form, tmp_path / "sejuta.xlsx", {SHEET1: b""})
    with zipfile.ZipFile(path) as old, zipfile.ZipFile(tmp_path / "sejuta2.xlsx", "w") as new:
        for info in old.infolist():
            if info.filename != SHEET1:
                new.writestr(info.filename, old.read(info.filename), zipfile.ZIP_DEFLATED)
        with new.open(zipfile.ZipInfo(SHEET1), "w") as sheet:
            sheet.write(sheet_xml(b"", b"A1:A1000000").split(b"</sheetData>")[0])
            for start in range(1, 1_000_001, 20_000):
                sheet.write(
                    b"".join(
                        b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (i, i)
                        for i in range(start, start + 20_000)
                    )
                )
            sheet.write(b"</sheetData></worksheet>")

    error, peak = peak_memory(lambda: refused(tmp_path / "sejuta2.xlsx"))

    assert error.code == "FILE_TOO_LARGE"
    assert error.params["sheet_name"] == "Daftar Pilihan"
    assert error.params["size"].endswith("MB")
    assert peak < 2 * 1024 * 1024


@pytest.mark.usefixtures("no_calamine")
def test_a_sheet_whose_dimension_is_beyond_the_limit_is_refused_from_its_head(
    form: Path, tmp_path: Path
) -> None:
    rows = b"".join(b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (i, i) for i in range(1, 501))
    path = rebuild(form, tmp_path / "panjang.xlsx", {SHEET1: sheet_xml(rows, b"A1:A500")})

    error = refused(path, Limits(max_rows=100))

    assert (error.code, error.params["size"], error.params["limit"]) == (
        "FILE_TOO_LARGE",
        "500 baris",
        "100 baris",
    )


@pytest.mark.usefixtures("no_calamine")
def test_one_far_cell_behind_a_lying_dimension_is_refused(form: Path, tmp_path: Path) -> None:
    # Unguarded, calamine allocates the grid A1:XFD1048576 and aborts the whole process.
    rows = (
        b'<row r="1"><c r="A1"><v>1</v></c></row>'
        b'<row r="1048576"><c r="XFD1048576"><v>2</v></c></row>'
    )
    path = rebuild(form, tmp_path / "jauh.xlsx", {SHEET1: sheet_xml(rows, b"A1")})

    error = refused(path)

    assert error.code == "FILE_TOO_LARGE"
    assert error.params["sheet_name"] == "Daftar Pilihan"


@pytest.mark.usefixtures("no_calamine")
def test_a_far_cell_with_a_namespace_prefix_is_refused(form: Path, tmp_path: Path) -> None:
    prefixed = (
        b'<?xml version="1.0"?>\n<x:worksheet xmlns:x="' + MAIN_NS + b'"><x:sheetData>'
        b'<x:row r="1"><x:c r="XFD1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>'
    )
    path = rebuild(form, tmp_path / "awalan.xlsx", {SHEET1: prefixed})

    error = refused(path, Limits(max_columns=1000))

    assert (error.code, error.params["size"]) == ("FILE_TOO_LARGE", "16.384 kolom")


def test_cells_without_addresses_are_bounded_and_otherwise_read(form: Path, tmp_path: Path) -> None:
    rows = b"<row>" + b"<c><v>1</v></c>" * 40 + b"</row>"
    path = rebuild(form, tmp_path / "tanpa-alamat.xlsx", {SHEET1: sheet_xml(rows)})

    assert refused(path, Limits(max_columns=30)).code == "FILE_TOO_LARGE"
    assert load_workbook_data(path).sheets[0].rows[0] == (1.0,) * 40


@pytest.mark.usefixtures("no_calamine")
def test_an_ods_row_repeated_a_million_times_is_refused(tmp_path: Path) -> None:
    rows = (
        b'<table:table-row table:number-rows-repeated="1048576">' + ODS_CELL + b"</table:table-row>"
    )

    error = refused(minimal_ods(tmp_path / "ulang.ods", rows))

    assert (error.code, error.params["sheet_name"]) == ("FILE_TOO_LARGE", "Lembar1")
    assert error.params["size"] == "1.048.576 baris"


@pytest.mark.usefixtures("no_calamine")
def test_an_ods_cell_repeated_across_many_columns_is_refused(tmp_path: Path) -> None:
    cell = ODS_CELL.replace(
        b"<table:table-cell ", b'<table:table-cell table:number-columns-repeated="5000" '
    )
    rows = b"<table:table-row>" + cell + b"</table:table-row>"

    error = refused(minimal_ods(tmp_path / "lebar.ods", rows), Limits(max_columns=1000))

    assert (error.code, error.params["size"]) == ("FILE_TOO_LARGE", "5.000 kolom")


def test_trailing_empty_repeats_of_an_ods_are_not_counted(tmp_path: Path) -> None:
    rows = (
        b"<table:table-row>"
        + ODS_CELL
        + b'<table:table-cell table:number-columns-repeated="16383"/></table:table-row>'
        + b'<table:table-row table:number-rows-repeated="1048575">'
        + b"<table:table-cell/></table:table-row>"
    )

    data = load_workbook_data(minimal_ods(tmp_path / "wajar.ods", rows))

    assert [list(row) for row in data.sheets[0].rows] == [["x"]]


# --- finding files ---------------------------------------------------------------------


def test_folders_are_searched_in_order_and_explicit_files_always_kept(tmp_path: Path) -> None:
    for name in (
        "b.xlsx",
        "A.XLSX",
        "c.ods",
        "d.xlsm",
        "lama.xls",
        "catatan.txt",
        "~$b.xlsx",
        ".tersembunyi.xlsx",
        ".git/x.xlsx",
        "sub/e.xlsx",
        "sub/dalam/f.ods",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"")
    explicit = tmp_path / "lama.xls"
    missing = tmp_path / "tidak-ada.xlsx"

    found = find_workbooks([tmp_path, explicit, missing, tmp_path / "sub" / "e.xlsx"])

    relative = [path.relative_to(tmp_path).as_posix() for path in found.files]
    assert relative == [
        "A.XLSX",
        "b.xlsx",
        "c.ods",
        "d.xlsm",
        "lama.xls",  # found in the folder too: the SKPD must hear it needs saving as .xlsx
        "sub/e.xlsx",
        "sub/dalam/f.ods",
    ]
    assert found.missing == (missing,)
    files, absent = found  # unpacks like the pair the CLI expects
    assert (files, absent) == (found.files, found.missing)


def test_a_file_reached_twice_is_checked_once_whatever_the_way(tmp_path: Path) -> None:
    """Through a symlinked folder given as an argument, a symlinked file inside a folder,
    a path with '..' and the file itself: one file, listed once, at its first place."""
    forms = tmp_path / "kiriman" / "dinas"
    forms.mkdir(parents=True)
    real = forms / "sop.xlsx"
    real.write_bytes(b"")
    (forms / "lain.xlsx").write_bytes(b"")
    (tmp_path / "pintasan").symlink_to(tmp_path / "kiriman")
    (tmp_path / "tautan.xlsx").symlink_to(real)

    found = find_workbooks(
        [
            tmp_path / "pintasan",
            tmp_path / "tautan.xlsx",
            forms / ".." / "dinas" / "sop.xlsx",
            real,
            tmp_path,
        ]
    )

    relative = [path.relative_to(tmp_path).as_posix() for path in found.files]
    assert relative == ["pintasan/dinas/lain.xlsx", "pintasan/dinas/sop.xlsx"]
