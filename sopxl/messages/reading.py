"""Catalogue entries for what the SOP form reader meets: sheets, labels, typed values."""

from __future__ import annotations

from sopxl.messages import Rule
from sopxl.model.severity import Severity

E, W = Severity.ERROR, Severity.WARNING
FORMAT = "Lampiran II (format SOP)"

RULES: tuple[Rule, ...] = (
    Rule(
        "FORM_NOT_SOP",
        E,
        FORMAT,
        "Berkas ini bukan formulir SOP: lembar identitas maupun lembar Uraian Prosedur "
        "tidak ditemukan. Gunakan formulir dari 'sopxl template sop'.",
    ),
    Rule(
        "FORM_SHEET_MISSING",
        E,
        FORMAT,
        "Lembar '{expected}' tidak ditemukan. Kembalikan lembar itu dari formulir asli.",
    ),
    Rule(
        "FORM_SHEET_RENAMED",
        W,
        FORMAT,
        "Lembar '{found}' dibaca sebagai lembar '{expected}'. Jangan mengganti nama lembar "
        "formulir.",
    ),
    Rule(
        "FORM_KIND_MISMATCH", E, FORMAT, "Berkas ini adalah templat '{kind}', bukan formulir SOP."
    ),
    Rule(
        "FORM_VERSION_UNKNOWN",
        W,
        FORMAT,
        "Formulir ini versi {version}, sedangkan versi yang dikenal {expected}. Isian tetap "
        "dibaca menurut labelnya; sebaiknya gunakan formulir terbaru.",
    ),
    Rule(
        "FORM_LABEL_MISSING",
        E,
        FORMAT,
        "Label '{label}' tidak ditemukan di lembar '{sheet_name}' (terhapus atau diubah), "
        "sehingga isiannya tidak dapat dibaca. Kembalikan label sesuai formulir asli.",
    ),
    Rule(
        "FORM_LABEL_EDITED",
        W,
        FORMAT,
        "Label '{found}' telah diubah; seharusnya '{label}'. Label formulir tidak boleh diubah.",
    ),
    Rule(
        "FORM_DATE_INVALID",
        E,
        FORMAT,
        "{label} '{value}' bukan tanggal yang dapat dibaca. Tulis tanggal seperti "
        "30/04/2012 atau 30 April 2012.",
    ),
    Rule(
        "FORM_REVISED_ON_INVALID",
        W,
        "Lampiran II Cara Pengisian (3)",
        "{label} '{value}' bukan tanggal yang dapat dibaca, sehingga dianggap kosong. Tulis "
        "tanggal revisi seperti 30/04/2012 atau 30 April 2012, atau - bila SOP belum pernah "
        "direvisi.",
    ),
    Rule(
        "FORM_DURATION_INVALID",
        E,
        "Pasal 4 ayat (5); Lampiran II Cara Pengisian (16)",
        "Waktu langkah {step} '{value}' tidak dapat dibaca. Tulis angka dan satuan, "
        "misalnya 15 menit, 2 jam, 1 hari kerja; tulis - bila tidak ada.",
    ),
    Rule(
        "FORM_SYMBOL_UNKNOWN",
        E,
        "Lampiran II angka 4 (simbol)",
        "Langkah {step}: '{value}' di kolom {actor} bukan simbol Lampiran II. Pilih "
        "Terminator, Proses, Pengambilan Keputusan, Dokumen, Penggandaan Dokumen, Arsip "
        "Manual atau File.",
    ),
    Rule(
        "FORM_STEP_MULTIPLE_ACTORS",
        W,
        "Lampiran II Cara Pengisian (14)",
        "Langkah {step} ditandai di {count} kolom pelaksana ({actors}). Diagram alir "
        "menggambar simbol langkah ini di kolom pelaksana pertama yang ditandai; bila "
        "kegiatannya dilakukan bergantian, pecah menjadi beberapa langkah.",
    ),
    Rule(
        "FORM_STEP_NUMBER_INVALID",
        W,
        "Lampiran II angka 3",
        "No langkah '{value}' bukan bilangan bulat; langkah ini dinomori {number} menurut "
        "urutannya.",
    ),
    Rule(
        "FORM_STEP_NUMBER_MISSING",
        W,
        "Lampiran II angka 3",
        "Langkah ini belum bernomor (kolom No kosong), sehingga dinomori {number} menurut "
        "urutannya. Isi kolom No dengan nomor urut langkah.",
    ),
    Rule(
        "FORM_TARGET_INVALID",
        E,
        "Lampiran II angka 4 (Pengambilan Keputusan)",
        "Langkah {step}: tujuan {branch} '{value}' bukan nomor langkah. Isi dengan nomor "
        "langkah yang dituju.",
    ),
)
