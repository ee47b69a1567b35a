"""Catalogue entries of the lifecycle forms: Status SOP, Monitoring, Evaluasi tahunan and
Laporan pengawasan triwulan (Pasal 12-21), as ``sopxl import`` checks them."""

from __future__ import annotations

from sopxl.messages import Rule
from sopxl.model.severity import Severity

E, W = Severity.ERROR, Severity.WARNING
FORM = "Pasal 12 s.d. Pasal 21 (formulir pasca penulisan)"
STATUS = "Pasal 12 s.d. Pasal 16"
ORDER = "Pasal 12 dan Pasal 13"
MONITORING = "Pasal 17; Lampiran I angka 9 huruf a"
EVALUATION = "Pasal 18; Lampiran I angka 9 huruf b"
SUPERVISION = "Pasal 19"

RULES: tuple[Rule, ...] = (
    # --- the file and its frame ---------------------------------------------------------
    Rule(
        "LC_HEADER_MISSING",
        E,
        FORM,
        "Label '{label}' tidak ditemukan. Kembalikan label sesuai templat dari 'sopxl template'.",
    ),
    Rule(
        "LC_STAMP_MISMATCH",
        E,
        FORM,
        "{label} yang tertulis ({shown}) berbeda dengan {label} formulir ini ({stamped}). "
        "Formulir untuk SKPD atau periode lain? Isi formulir yang dibuat untuk SKPD dan "
        "periode ini.",
    ),
    Rule("LC_AGENCY_MISSING", E, FORM, "Kode Komponen SKPD tidak ditemukan di formulir."),
    Rule(
        "LC_PERIOD_MISSING",
        E,
        FORM,
        "Periode formulir tidak dapat dibaca (misalnya 'Tahun 2026' atau 'Triwulan I Tahun 2026').",
    ),
    Rule(
        "LC_PERIOD_KIND",
        E,
        FORM,
        "Periode '{period}' tidak sesuai: formulir ini dibuat per {expected}.",
    ),
    Rule(
        "LC_PERIOD_FUTURE",
        E,
        FORM,
        "Periode {period} belum dimulai: formulir tidak dapat dilaporkan sebelum periodenya.",
    ),
    Rule(
        "LC_FORM_EMPTY",
        E,
        FORM,
        "Formulir belum diisi: tidak ada satu SOP pun yang dijawab, padahal {count} SOP "
        "berlaku pada periode ini.",
    ),
    Rule(
        "LC_HEADER_ANSWER_MISSING",
        E,
        FORM,
        "'{label}' belum diisi.",
    ),
    Rule(
        "LC_REPORT_DATE_OUTSIDE",
        E,
        FORM,
        "{label} {value} di luar periode formulir: isi tanggal dari {first} sampai {last}.",
    ),
    # --- one row -----------------------------------------------------------------------
    Rule(
        "LC_CODE_MISSING",
        E,
        FORM,
        "Baris '{title}' tidak mempunyai Nomor SOP. Setiap baris harus memakai Nomor SOP dari "
        "register.",
    ),
    Rule(
        "LC_SOP_DUPLICATE",
        E,
        FORM,
        "SOP {sop} sudah diisi di baris {other_row}. Satu SOP satu baris.",
    ),
    Rule(
        "LC_DATE_INVALID",
        E,
        FORM,
        "'{value}' di kolom {label} bukan tanggal. Ketik tanggal, misalnya 15/03/2026.",
    ),
    Rule(
        "LC_CHOICE_INVALID",
        E,
        FORM,
        "'{value}' di kolom {label} bukan pilihan yang sah. Pilih salah satu: {choices}.",
    ),
    Rule(
        "LC_ANSWER_MISSING",
        E,
        FORM,
        "SOP {sop}: {label} belum diisi.",
    ),
    Rule(
        "LC_DATE_OUTSIDE_PERIOD",
        E,
        FORM,
        "SOP {sop}: {label} {value} di luar periode formulir ({period}).",
    ),
    Rule(
        "LC_DATE_FUTURE",
        E,
        FORM,
        "SOP {sop}: {label} {value} belum terjadi (sesudah hari ini).",
    ),
    # --- Status SOP --------------------------------------------------------------------
    Rule(
        "LC_DECREE_BEFORE_VERIFICATION",
        E,
        ORDER,
        "SOP {sop}: {label} {value} sebelum {other} {other_date}. SOP ditetapkan dengan "
        "Keputusan Bupati sesudah diverifikasi dan diuji coba (Pasal 13).",
    ),
    Rule(
        "LC_DATE_ORDER",
        E,
        ORDER,
        "SOP {sop}: {label} {value} sebelum {other} {other_date}. Urutannya verifikasi, uji "
        "coba, lalu penetapan (Pasal 12 dan 13).",
    ),
    Rule(
        "LC_STAGE_SKIPPED",
        E,
        ORDER,
        "SOP {sop} ditetapkan, tetapi {label} belum diisi: rancangan SOP diverifikasi dan "
        "diuji coba sebelum ditetapkan (Pasal 13).",
    ),
    Rule(
        "LC_BEFORE_DECREE",
        W,
        "Pasal 14 huruf a, Pasal 15 dan Pasal 16",
        "SOP {sop}: {label} sebelum SOP ditetapkan dengan Keputusan Bupati (atau tanggal "
        "penetapannya belum diisi).",
    ),
    # --- Monitoring, Evaluasi, Pengawasan -----------------------------------------------
    Rule(
        "LC_ACTION_MISSING",
        E,
        FORM,
        "SOP {sop}: {label} wajib diisi bila SOP tidak berjalan dengan baik atau ada penyimpangan.",
    ),
    Rule(
        "LC_EVALUATION_INCONSISTENT",
        W,
        EVALUATION,
        "SOP {sop}: rekomendasi Tetap, padahal dijawab Tidak untuk: {criteria}. Periksa "
        "apakah SOP perlu disempurnakan.",
    ),
    Rule(
        "LC_NOT_EVALUATED",
        W,
        "Pasal 18 ayat (2)",
        "SOP {sop} berlaku tetapi belum dievaluasi: setiap SOP yang berlaku dievaluasi setiap "
        "akhir tahun.",
    ),
    Rule(
        "LC_NOT_SUPERVISED",
        W,
        "Pasal 19",
        "SOP {sop} berlaku tetapi tidak dilaporkan: hasil pengawasan setiap SOP yang berlaku "
        "dilaporkan setiap triwulan.",
    ),
    # --- against the register ----------------------------------------------------------
    Rule(
        "LC_AGENCY_UNKNOWN",
        E,
        FORM,
        "SKPD dengan Kode Komponen '{value}' tidak ada (atau tidak aktif) di register.",
    ),
    Rule(
        "LC_SOP_UNKNOWN",
        E,
        FORM,
        "Nomor SOP {sop} tidak ada di register.",
    ),
    Rule(
        "LC_SOP_OTHER_AGENCY",
        E,
        FORM,
        "SOP {sop} milik SKPD {other}, bukan SKPD formulir ini. Formulir SKPD lain?",
    ),
    Rule(
        "LC_SOP_WITHDRAWN",
        W,
        FORM,
        "SOP {sop} sudah ditarik dari inventaris; jawabannya tetap dicatat.",
    ),
    Rule(
        "LC_MARKED_NOT_IN_FORCE",
        W,
        "Pasal 18 ayat (2) dan Pasal 19",
        "SOP {sop} berlaku sejak {decree}, tetapi formulir menandainya belum berlaku. Buat "
        "formulir baru dengan 'sopxl template' (sesudah Status SOP diimpor) dan isi SOP ini.",
    ),
    Rule(
        "LC_IN_FORCE_MISSING_ROW",
        W,
        "Pasal 18 ayat (2) dan Pasal 19",
        "{count} SOP yang berlaku tidak ada di formulir: {sops}. Buat formulir baru dengan "
        "'sopxl template' dan isi SOP tersebut.",
    ),
    Rule(
        "LC_SOP_MISSING_ROW",
        W,
        STATUS,
        "{count} SOP bernomor SKPD ini tidak ada di formulir: {sops}.",
    ),
)
