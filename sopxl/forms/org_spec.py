"""The organisation master workbook declared once: sheets, columns, input messages.

The organisation master lists each SKPD (No Komponen, name, short name), its unit kerja and
its bagian with their code segments (Lampiran II Cara Pengisian (1)). The writer draws the
workbook from this module and the reader finds columns with it by label.
"""

from __future__ import annotations

from dataclasses import dataclass

KIND = "organisasi"
VERSION = "1"

SHEET_AGENCIES = "SKPD"
SHEET_UNITS = "Unit Kerja"
SHEET_SECTIONS = "Bagian"
SHEET_GUIDE = "Petunjuk Pengisian"

HEADING = "MASTER ORGANISASI PERANGKAT DAERAH"
SAMPLE_BANNER = (
    "CONTOH: daftar ini hanya contoh dan HARUS diganti dengan daftar SOTK resmi (Peraturan "
    "Daerah/Peraturan Bupati tentang Susunan Organisasi dan Tata Kerja) sebelum kode nomor "
    "SOP ditetapkan."
)
SAMPLE_MARK = "CONTOH:"
"""Start of the banner; the reader reports a sample master by it (stamps may be lost)."""

NOTE = (
    "Isi sel berwarna kuning. Kode ditulis sebagai teks (01, bukan 1). Kode SKPD (No "
    "Komponen), Unit Kerja dan Bagian membentuk Nomor SOP (Lampiran II Cara Pengisian (1)). "
    "Jangan mengubah kode yang sudah dipakai: ubah nama saja bila SKPD berganti nama."
)

HEADING_ROW = 0
NOTE_ROW = 1
HEADER_ROW = 3
FIRST_DATA_ROW = 4
SPARE_ROWS = 30
"""Empty input rows written after the data, so a person can add without inserting rows."""


@dataclass(frozen=True)
class ColumnSpec:
    """A column: ``key`` (model field), ``label`` (header), accepted label ``variants``,
    width, whether it holds a code segment, and its input message (title, text)."""

    key: str
    label: str
    width: float
    is_code: bool
    message: tuple[str, str]
    variants: tuple[str, ...] = ()
    required: bool = True


_AGENCY_CODE = ColumnSpec(
    "agency",
    "Kode Komponen",
    14,
    True,
    ("Kode Komponen", "No Komponen SKPD (segmen pertama Nomor SOP), misalnya 01."),
    ("No Komponen", "Kode SKPD", "Nomor Komponen"),
)
_UNIT_CODE = ColumnSpec(
    "unit",
    "Kode Unit Kerja",
    14,
    True,
    ("Kode Unit Kerja", "Kode unit kerja di dalam SKPD (segmen kedua Nomor SOP), misalnya 02."),
    ("Kode Unit", "Kode Bidang"),
)

AGENCY_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("code", "Kode Komponen", 14, True, _AGENCY_CODE.message, _AGENCY_CODE.variants),
    ColumnSpec(
        "name",
        "Nama SKPD",
        60,
        False,
        ("Nama SKPD", "Nama lengkap SKPD, misalnya Dinas Kependudukan dan Pencatatan Sipil."),
        ("SKPD", "Nama Perangkat Daerah", "Perangkat Daerah"),
    ),
    ColumnSpec(
        "short_name",
        "Singkatan",
        18,
        False,
        ("Singkatan", "Nama singkat SKPD, misalnya DISDUKCAPIL. Dipakai sebagai nama lembar."),
        ("Nama Singkat",),
        required=False,
    ),
    ColumnSpec(
        "merged_into",
        "Digabung ke (Kode Komponen)",
        18,
        True,
        (
            "Digabung ke",
            "Diisi hanya bila SKPD ini dilebur ke SKPD lain: kode komponen SKPD penerusnya. "
            "SOP-nya tetap dengan nomornya.",
        ),
        ("Digabung ke", "Dilebur ke"),
        required=False,
    ),
)

UNIT_COLUMNS: tuple[ColumnSpec, ...] = (
    _AGENCY_CODE,
    ColumnSpec("code", "Kode Unit Kerja", 14, True, _UNIT_CODE.message, _UNIT_CODE.variants),
    ColumnSpec(
        "name",
        "Nama Unit Kerja",
        60,
        False,
        ("Nama Unit Kerja", "Nama unit kerja, misalnya Sekretariat atau Bidang Pelayanan."),
        ("Unit Kerja", "Bidang", "Nama Bidang"),
    ),
)

SECTION_COLUMNS: tuple[ColumnSpec, ...] = (
    _AGENCY_CODE,
    _UNIT_CODE,
    ColumnSpec(
        "code",
        "Kode Bagian",
        14,
        True,
        ("Kode Bagian", "Kode bagian di dalam unit kerja (segmen ketiga Nomor SOP), misal 03."),
        ("Kode Sub Bagian", "Kode Seksi"),
    ),
    ColumnSpec(
        "name",
        "Nama Bagian",
        60,
        False,
        ("Nama Bagian", "Nama bagian, sub bagian atau seksi, misalnya Sub Bagian Umum."),
        ("Bagian", "Sub Bagian", "Seksi", "Nama Sub Bagian", "Nama Seksi"),
    ),
)

SHEETS: tuple[tuple[str, tuple[ColumnSpec, ...]], ...] = (
    (SHEET_AGENCIES, AGENCY_COLUMNS),
    (SHEET_UNITS, UNIT_COLUMNS),
    (SHEET_SECTIONS, SECTION_COLUMNS),
)

CODE_ERROR = (
    "Kode tidak sah",
    "Kode hanya angka atau huruf, tanpa spasi dan tanda baca, paling panjang 10 karakter.",
)

GUIDE: tuple[tuple[str, str], ...] = (
    (
        "SKPD",
        "Satu baris per SKPD: Kode Komponen (No Komponen pada Nomor SOP), nama lengkap dan "
        "singkatan. Bila SKPD berganti nama, ubah namanya saja: kodenya tetap dan SOP-nya "
        "tetap miliknya. Bila SKPD dilebur, isi kolom 'Digabung ke' dengan kode SKPD "
        "penerusnya; SOP-nya berpindah ke SKPD penerus dengan nomor yang sama.",
    ),
    (
        "Unit Kerja",
        "Satu baris per unit kerja (sekretariat, bidang): kode komponen SKPD-nya, kode unit "
        "kerja (segmen kedua Nomor SOP) dan namanya.",
    ),
    (
        "Bagian",
        "Satu baris per bagian (sub bagian, seksi): kode komponen SKPD, kode unit kerja, kode "
        "bagian (segmen ketiga Nomor SOP) dan namanya.",
    ),
    (
        "Impor",
        "Setelah diisi, workbook ini dimuat ke register oleh Bagian Organisasi. SKPD, unit "
        "kerja atau bagian yang dihapus dari daftar ditandai tidak aktif; riwayatnya dan SOP-"
        "nya tidak hilang.",
    ),
)
