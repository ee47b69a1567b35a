"""The inventaris judul SOP workbook declared once (Pasal 7 ayat (2); Lampiran I angka 2).

One workbook per SKPD, pre-filled with its name and No Komponen, in which the secretary
lists candidate SOP titles with their unit kerja, bagian, jenis (Pasal 1 angka 7-8),
pelayanan (Pasal 1 angka 18-19) and the criteria of Pasal 9 ayat (3) and Lampiran I
angka 2 huruf a. The Nomor SOP column is filled by sopxl in the coded copy.
"""

from __future__ import annotations

from dataclasses import dataclass

from sopxl.model.inventory import Service, SopKind

KIND = "inventaris"
VERSION = "1"

SHEET_MAIN = "Inventaris Judul SOP"
SHEET_GUIDE = "Petunjuk Pengisian"
SHEET_LISTS = "Daftar Pilihan"

HEADING = "INVENTARIS JUDUL STANDAR OPERASIONAL PROSEDUR (SOP)"
SUBHEADING = "PEMERINTAH KABUPATEN KUTAI KARTANEGARA"
AGENCY_LABEL = "SKPD"
AGENCY_CODE_LABEL = "Kode Komponen"
AGENCY_CODE_VARIANTS = ("No Komponen", "Kode SKPD")
AGENCY_LABEL_VARIANTS = ("SKPD", "Satuan Kerja Perangkat Daerah", "Perangkat Daerah", "OPD")
NOTE = (
    "Isi sel berwarna kuning, satu judul SOP per baris. Kolom Nomor SOP diisi oleh Bagian "
    "Organisasi setelah analisis kebutuhan SOP (Pasal 8); pada salinan bernomor jangan "
    "mengubah Nomor SOP: perbaikan judul tetap memakai nomornya. Hapus baris untuk menarik "
    "judul."
)

HEADING_ROW = 0
SUBHEADING_ROW = 1
AGENCY_ROW = 3
AGENCY_CODE_ROW = 4
NOTE_ROW = 5
HEADER_ROW = 7
SUBHEADER_ROW = 8
COLUMN_NUMBER_ROW = 9
FIRST_ENTRY_ROW = 10
DEFAULT_ROWS = 100
MAX_ROWS = 2000

YES = "Ya"
NO = "Tidak"
YES_NO: tuple[str, str] = (YES, NO)
KIND_CHOICES: tuple[str, ...] = tuple(kind.value for kind in SopKind)
SERVICE_CHOICES: tuple[str, ...] = tuple(service.value for service in Service)

NAME_UNITS = "sopxl_unit_kerja"
NAME_SECTIONS = "sopxl_bagian"
NAME_KINDS = "sopxl_jenis"
NAME_SERVICES = "sopxl_pelayanan"
NAME_YES_NO = "sopxl_ya_tidak"
NAME_AGENCY = "sopxl_agency"
"""Extra stamp: the No Komponen of the SKPD the workbook was made for."""

CRITERIA_GROUP = "Kriteria (Pasal 9 ayat (3); Lampiran I angka 2 huruf a)"


@dataclass(frozen=True)
class Column:
    """A column of the inventory table. ``kind``: ``number`` (row number, locked), ``text``,
    ``unit``/``section`` (dropdowns of the SKPD's own), ``choice`` (closed list named
    ``choices``), ``criterion`` (Ya/Tidak, under the criteria group heading), ``code``
    (Nomor SOP, locked, filled by sopxl)."""

    key: str
    label: str
    width: float
    kind: str
    message: tuple[str, str]
    variants: tuple[str, ...] = ()
    choices: str = ""


COLUMNS: tuple[Column, ...] = (
    Column("number", "No", 5, "number", ("No", "Nomor urut, diisi otomatis."), ("No.",)),
    Column(
        "unit",
        "Unit Kerja",
        24,
        "unit",
        ("Unit Kerja", "Pilih unit kerja SKPD yang melaksanakan prosedur (Pasal 7 ayat (1))."),
        ("Bidang",),
    ),
    Column(
        "section",
        "Bagian",
        26,
        "section",
        ("Bagian", "Pilih bagian/sub bagian/seksi yang melaksanakan prosedur."),
        ("Sub Bagian", "Seksi", "Subbagian"),
    ),
    Column(
        "title",
        "Judul SOP",
        44,
        "text",
        (
            "Judul SOP",
            "Nama prosedur yang akan distandarkan, misalnya Penerimaan dan Pencatatan "
            "Surat Masuk. Satu judul per baris.",
        ),
        ("Nama SOP", "Judul", "Nama Prosedur"),
    ),
    Column(
        "kind",
        "Jenis SOP",
        14,
        "choice",
        (
            "Jenis SOP",
            "Administratif: pekerjaan yang bersifat administratif (Pasal 1 angka 7). Teknis: "
            "standar prosedur yang sangat rinci dan bersifat teknis (Pasal 1 angka 8).",
        ),
        ("Jenis",),
        NAME_KINDS,
    ),
    Column(
        "service",
        "Pelayanan",
        13,
        "choice",
        (
            "Pelayanan",
            "Internal: kepada unit/pegawai di lingkungan pemerintah (Pasal 1 angka 18). "
            "Eksternal: kepada masyarakat atau instansi lain (Pasal 1 angka 19).",
        ),
        ("Jenis Pelayanan", "Pelayanan Internal/Eksternal"),
        NAME_SERVICES,
    ),
    Column(
        "duty",
        "Sesuai Tugas dan Fungsi",
        11,
        "criterion",
        (
            "Sesuai Tugas dan Fungsi",
            "Ya bila prosedur mengacu pada SOTK, tugas dan fungsi unit kerja (Lampiran I "
            "angka 2 huruf a angka 1).",
        ),
        ("Tugas dan Fungsi", "Sesuai Tupoksi"),
        NAME_YES_NO,
    ),
    Column(
        "routine",
        "Rutin/ Berulang",
        10,
        "criterion",
        (
            "Rutin/Berulang",
            "Ya bila kegiatannya dilaksanakan secara rutin atau berulang-ulang (Pasal 9 "
            "ayat (3) huruf a).",
        ),
        ("Rutin/Berulang", "Rutin", "Berulang"),
        NAME_YES_NO,
    ),
    Column(
        "steps",
        "Tahapan Kerja Jelas",
        10,
        "criterion",
        (
            "Tahapan Kerja Jelas",
            "Ya bila prosedur mempunyai tahapan kerja yang jelas (Lampiran I angka 2 huruf a "
            "angka 4).",
        ),
        ("Tahapan Jelas",),
        NAME_YES_NO,
    ),
    Column(
        "output",
        "Output Tertentu",
        10,
        "criterion",
        (
            "Output Tertentu",
            "Ya bila kegiatannya menghasilkan output tertentu yang jelas (Pasal 9 ayat (3) "
            "huruf b).",
        ),
        ("Output", "Menghasilkan Output Tertentu"),
        NAME_YES_NO,
    ),
    Column(
        "parties",
        "Melibatkan ≥ 2 Pihak",
        11,
        "criterion",
        (
            "Melibatkan >= 2 Pihak",
            "Ya bila kegiatannya melibatkan sekurang-kurangnya 2 (dua) orang/pihak (Pasal 9 "
            "ayat (3) huruf c).",
        ),
        ("Melibatkan 2 Pihak", "Melibatkan Minimal 2 Pihak", "Melibatkan >= 2 Pihak"),
        NAME_YES_NO,
    ),
    Column(
        "legal_basis",
        "Dasar Hukum",
        30,
        "text",
        (
            "Dasar Hukum",
            "Peraturan perundang-undangan yang menjadi dasar prosedur (Pasal 9 (2) a).",
        ),
    ),
    Column(
        "note",
        "Keterangan",
        22,
        "text",
        ("Keterangan", "Catatan tambahan (boleh kosong)."),
        ("Ket", "Ket."),
    ),
    Column(
        "code",
        "Nomor SOP",
        18,
        "code",
        (
            "Nomor SOP",
            "Diisi oleh Bagian Organisasi setelah analisis (Pasal 8 ayat (2)): No Komponen, "
            "Unit Kerja, Bagian, No SOP. Jangan diubah.",
        ),
        ("No. SOP", "No SOP", "Kode Nomor SOP"),
    ),
)

CRITERIA_LABELS: dict[str, str] = {c.key: c.label for c in COLUMNS if c.kind == "criterion"}
CHOICE_ERROR = ("Pilihan tidak sah", "Pilih salah satu isian dari daftar.")

GUIDE: tuple[tuple[str, str], ...] = (
    (
        "Tujuan",
        "Inventaris judul SOP adalah hasil identifikasi kebutuhan SOP SKPD (Pasal 7), "
        "disusun menurut tingkatan unit kerja dengan mengacu pada tugas dan fungsi SKPD. "
        "Setelah dianalisis (Pasal 8), setiap judul mendapat Nomor SOP.",
    ),
    (
        "Unit Kerja, Bagian",
        "Pilih dari daftar: daftar berisi unit kerja dan bagian SKPD ini menurut master "
        "organisasi. Bila unit kerja atau bagian belum ada, minta Bagian Organisasi Setda "
        "memperbarui master organisasi.",
    ),
    ("Judul SOP", "Nama prosedur yang akan distandarkan, satu judul per baris, tanpa singkatan."),
    (
        "Jenis SOP",
        "Administratif (Pasal 1 angka 7): prosedur pekerjaan yang bersifat administratif. "
        "Teknis (Pasal 1 angka 8): prosedur yang sangat rinci dan bersifat teknis.",
    ),
    (
        "Pelayanan",
        "Internal (Pasal 1 angka 18): pelayanan kepada unit atau pegawai di lingkungan "
        "pemerintah daerah. Eksternal (Pasal 1 angka 19): pelayanan kepada masyarakat atau "
        "instansi pemerintah lainnya.",
    ),
    (
        "Kriteria",
        "Kegiatan yang memerlukan SOP harus: dilaksanakan secara rutin atau berulang-ulang, "
        "menghasilkan output tertentu, dan melibatkan sekurang-kurangnya 2 (dua) pihak "
        "(Pasal 9 ayat (3)). Prinsip identifikasi (Lampiran I angka 2 huruf a): mengacu pada "
        "SOTK, tugas dan fungsi; rutin; tahapan kerja jelas; output jelas. Jawab Ya atau "
        "Tidak. Judul yang tidak memenuhi kriteria ditandai saat diimpor.",
    ),
    (
        "Nomor SOP",
        "Diisi oleh Bagian Organisasi (No Komponen, Unit Kerja, Bagian, No SOP; Lampiran II "
        "Cara Pengisian (1)). Nomor yang sudah diberikan tidak pernah dipakai ulang. Bila judul "
        "diperbaiki, biarkan nomornya: judul itu tetap memakai nomor yang sama.",
    ),
    (
        "Mengirim",
        "Simpan sebagai .xlsx lalu kirim ke Bagian Organisasi Setda. Satu berkas per SKPD.",
    ),
)
