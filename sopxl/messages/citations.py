"""The text of Perbup Kukar 57/2012 that every galat rests on.

A galat stops a form (or a file of the register) from going on, so it must rest on what
the regulation says, not on a habit of the tool. Each galat code maps here to the words
of the regulation it enforces, quoted verbatim; several quotes are joined by
:data:`SEPARATOR`. :func:`sopxl.messages.catalogue` writes them into the catalogue
entries (:attr:`Rule.citation`). ``tests/test_regulation.py`` proves every galat has a
citation and that each quote occurs, word for word, in ``docs/perbup-kukar-57-2012.md``.
A finding whose ground cannot be quoted is a peringatan.

Kept in one table, apart from the areas' message modules, so the whole audit reads in
one place.
"""

from __future__ import annotations

from typing import Final

SEPARATOR: Final = " … "

# --- the quotes, named by what they say ------------------------------------------------
VERIFY: Final = (
    "Rancangan SOP yang telah dibuat oleh Pelaksana sebagaimana dimaksud dalam Pasal 11 "
    "ayat (1) di verifikasi."
)
FORMAT: Final = "Format SOP sebagaimana dimaksud pada ayat (1) tercantum dalam Lampiran II"
FORM_TABLE: Final = "SOP dibuat dalam bentuk tabel, tertulis dan diagram alur."
SKPD_BLOCK: Final = "Informasi Prosedur yang akan distandarkan SATUAN KERJA PERANGKAT DAERAH"
NUMBER: Final = (
    "Diisi dengan nomor Standar Operasional Prosedur, yaitu (No Komponen, Unit Kerja, "
    "Bagian, No Standar Operasional Prosedur)"
)
NUMBER_DECREED: Final = (
    "Hasil analisis dibuat dalam format nama dan kode nomor SOP yang ditetapkan dengan "
    "Keputusan Bupati."
)
BASED_ON_NUMBER: Final = (
    "SOP disusun berdasarkan nama dan kode nomor SOP sebagaimana dimaksud dalam Pasal 8 ayat (2)."
)
MADE_ON: Final = "Tanggal Pembuatan Diisi dengan tanggal pengesahan Standar Operasional Prosedur"
APPROVED_ON: Final = "Tanggal pengesahan Diisi dengan tanggal mulai berlaku"
APPROVED_BY: Final = "Disahkan oleh Diisi dengan jabatan yang berkompeten yang mengesahkan"
TITLE: Final = "Nama Standar Operasional Prosedur Diisi dengan nama prosedur yang akan distandarkan"
LEGAL_BASIS: Final = (
    "mengacu pada peraturan perundang-undangan yang berlaku"
    + SEPARATOR
    + "Dasar hukum Diisi dengan peraturan perundang-undangan yang menjadi dasar disusunnya "
    "Standar Operasional Prosedur"
)
SIGNED: Final = "Pengesahan Diisi dengan Nama dan tandatangan Kepala SKPD"
STEPS: Final = (
    "Uraian prosedur Langkah kegiatan secara rinci dan sistematis dari prosedur yang distandarkan"
)
START_TO_END: Final = (
    "Diisi dengan proses sejak dari kegiatan mulai dilakukan sampai dengan kegiatan selesai "
    "dan keluaran dihasilkan"
)
TWO_PARTIES: Final = "kegiatannya melibatkan sekurang-kurangnya 2 (dua) orang pihak"
ACTOR: Final = "Pelaksana Diisi dengan jabatan yang melakukan suatu proses/aktivitas"
DURATION: Final = (
    "Waktu Diisi dengan lama waktu yang dibutuhkan dalam melakukan suatu proses/kegiatan"
)
OUTPUT: Final = "Output Diisi dengan hasil/keluaran dari suatu proses/kegiatan"
SYMBOLS: Final = "Untuk menggambarkan aliran aktivitas tersebut, digunakan simbol sebagai berikut"
TERMINATOR: Final = (
    "Terminator Simbol ini digunakan untuk menggambarkan awal/mulai dan akhir suatu bagan alir."
)
DECISION: Final = (
    "Pengambilan Keputusan Simbol ini digunakan untuk menggambarkan keputusan yang harus "
    "dibuat dalam proses pelaksanaan kegiatan."
    + SEPARATOR
    + "Garis alir Simbol ini digunakan untuk menggambarkan arah proses pelaksanaan kegiatan."
)
ORGANISATION: Final = (
    "Identifikasi kebutuhan SOP pada masing-masing SKPD yang dirumuskan dan disusun menurut "
    "tingkatan unit kerja dengan mengacu pada tugas dan fungsi SKPD."
)
INVENTORY: Final = "Hasil identifikasi kebutuhan SOP dirumuskan dalam dokumen inventaris judul SOP."
REPORTED: Final = "Hasil pelaksanaan SOP pada SKPD dilaporkan kepada Bupati."
DECREED_AFTER: Final = (
    "Rancangan SOP yang telah dilakukan verifikasi dan ujicoba ditetapkan menjadi SOP dengan "
    "Keputusan Bupati."
)
MONITORING: Final = "menentukan cara untuk meningkatkan hasil pelaksanaan"
PERIODS: Final = (
    "Evaluasi dilaksanakan sebagai bahan penyempurnaan SOP dan dilakukan setiap akhir tahun."
    + SEPARATOR
    + "Hasil pengawasan pelaksanaan SOP dilaporkan kepada Kepala SKPD setiap triwulan."
)


def _all(codes: str, text: str) -> dict[str, str]:
    return dict.fromkeys(codes.split(), text)


CITATIONS: Final[dict[str, str]] = {
    # A file that cannot be read cannot be verified (Pasal 12 ayat (1)).
    **_all(
        "FILE_LEGACY_XLS FILE_ENCRYPTED FILE_STRICT_OOXML FILE_EMPTY FILE_TRUNCATED "
        "FILE_NOT_WORKBOOK FILE_ZIP_BOMB FILE_XML_BOMB FILE_TOO_LARGE FILE_PART_TOO_LARGE "
        "FILE_UNREADABLE",
        VERIFY,
    ),
    # Nor can a file sopxl failed on (a bug), or one holding text no cell can hold.
    **_all("INTERNAL_ERROR TEXT_TOO_LONG", VERIFY),
    # A value the register cannot hold whole cannot be recorded and verified as written.
    "VALUE_TOO_LONG": VERIFY,
    # The form must be Lampiran II's format for its fields to be read at all.
    **_all("FORM_NOT_SOP FORM_SHEET_MISSING FORM_KIND_MISMATCH FORM_LABEL_MISSING", FORMAT),
    **_all("IMPORT_KIND_UNKNOWN IMPORT_KIND_FUTURE", FORMAT + SEPARATOR + INVENTORY),
    "FORM_DATE_INVALID": MADE_ON + SEPARATOR + APPROVED_ON,
    "FORM_DURATION_INVALID": DURATION,
    "FORM_SYMBOL_UNKNOWN": SYMBOLS,
    "FORM_TARGET_INVALID": DECISION,
    # --- Lampiran II angka 2 ---
    "IDENT_AGENCY_MISSING": SKPD_BLOCK,
    "IDENT_CODE_MISSING": NUMBER,
    "IDENT_MADE_ON_MISSING": MADE_ON,
    "IDENT_APPROVED_ON_MISSING": APPROVED_ON,
    "IDENT_APPROVED_BY_MISSING": APPROVED_BY,
    "IDENT_TITLE_MISSING": TITLE,
    "APPROVAL_NAME_MISSING": SIGNED,
    "LIST_LEGAL_BASIS_EMPTY": LEGAL_BASIS,
    "IDENT_CODE_PATTERN": NUMBER_DECREED + SEPARATOR + NUMBER,
    # Cara Pengisian (2) fills Tanggal Pembuatan with the date of pengesahan.
    "DATE_MADE_AFTER_APPROVED": MADE_ON,
    # --- Lampiran II angka 3 and 4 ---
    "STEPS_EMPTY": FORM_TABLE + SEPARATOR + STEPS,
    "ACTORS_TOO_FEW": TWO_PARTIES,
    "ACTOR_NAME_MISSING": ACTOR,
    "STEP_DESCRIPTION_MISSING": STEPS,
    "STEP_ACTOR_MISSING": ACTOR,
    "STEP_SYMBOL_MISSING": SYMBOLS,
    "STEP_OUTPUT_MISSING": OUTPUT,
    "STEP_DURATION_MISSING": DURATION,
    **_all("FLOW_START_NOT_TERMINATOR FLOW_END_NOT_TERMINATOR", TERMINATOR),
    **_all("DECISION_TARGET_MISSING DECISION_TARGET_UNKNOWN DECISION_TARGET_SELF", DECISION),
    **_all("STEP_UNREACHABLE STEP_DEAD_END", START_TO_END),
    # --- the register: organisation, inventory, Nomor SOP (Pasal 7 to 9) ---
    **_all(
        "ORG_SHEET_MISSING ORG_HEADER_MISSING ORG_CODE_MISSING ORG_NAME_MISSING "
        "ORG_PARENT_UNKNOWN ORG_MERGE_TARGET_UNKNOWN ORG_EMPTY",
        ORGANISATION,
    ),
    **_all("ORG_CODE_INVALID ORG_CODE_DUPLICATE", NUMBER),
    **_all(
        "INV_HEADER_MISSING INV_AGENCY_UNKNOWN INV_AGENCY_INACTIVE INV_AGENCY_TWICE "
        "INV_TITLE_MISSING INV_CHOICE_INVALID",
        INVENTORY,
    ),
    # The inventory's unit kerja and bagian become segments of the Nomor SOP.
    **_all(
        "INV_UNIT_MISSING INV_UNIT_UNKNOWN INV_SECTION_MISSING INV_SECTION_UNKNOWN",
        INVENTORY + SEPARATOR + NUMBER,
    ),
    **_all("SOP_UNREGISTERED SOP_CODE_DIFFERS", BASED_ON_NUMBER),
    # --- after writing: status, monitoring, evaluation, supervision (Pasal 12 to 21) ---
    **_all(
        "LC_HEADER_MISSING LC_STAMP_MISMATCH LC_AGENCY_MISSING LC_FORM_EMPTY "
        "LC_HEADER_ANSWER_MISSING LC_CODE_MISSING LC_SOP_DUPLICATE LC_DATE_INVALID "
        "LC_CHOICE_INVALID LC_ANSWER_MISSING LC_DATE_FUTURE LC_AGENCY_UNKNOWN "
        "LC_SOP_UNKNOWN LC_SOP_OTHER_AGENCY",
        REPORTED,
    ),
    **_all(
        "LC_PERIOD_MISSING LC_PERIOD_KIND LC_PERIOD_FUTURE LC_REPORT_DATE_OUTSIDE "
        "LC_DATE_OUTSIDE_PERIOD",
        PERIODS,
    ),
    **_all(
        "LC_DECREE_BEFORE_VERIFICATION LC_DATE_ORDER LC_STAGE_SKIPPED",
        DECREED_AFTER,
    ),
    "LC_ACTION_MISSING": MONITORING,
}
"""Galat code -> the regulation's words it rests on (verbatim, quotes joined by
:data:`SEPARATOR`)."""
