"""Catalogue entries of the rules that check an SOP against the regulation."""

from __future__ import annotations

from sopxl.findings import Severity
from sopxl.forms import sop_spec as spec
from sopxl.messages import Rule

E, W = Severity.ERROR, Severity.WARNING


def _cara(n: int | None) -> str:
    return f"Lampiran II Cara Pengisian ({n})" if n else "Lampiran II angka 2"


_REQUIRED_IDENTITY = (
    "agency",
    "unit",
    "section",
    "code",
    "made_on",
    "approved_on",
    "approved_by",
    "title",
)
_IDENTITY_RULES = tuple(
    Rule(
        f"IDENT_{field.key.upper()}_MISSING",
        E,
        _cara(field.guide),
        f"{field.label} belum diisi. {spec.IDENTITY_INPUT[field.key][1]}",
    )
    for field in spec.AGENCY_FIELDS + spec.HEADER_FIELDS
    if field.key in _REQUIRED_IDENTITY
)
_APPROVAL_RULES = tuple(
    Rule(
        f"APPROVAL_{field.key.upper()}_MISSING",
        E,
        _cara(18),
        f"Pengesahan: {field.label} Kepala SKPD belum diisi. {spec.IDENTITY_INPUT[field.key][1]}",
    )
    for field in spec.APPROVAL_FIELDS
)
_LIST_RULES = tuple(
    Rule(
        f"LIST_{item.key.upper()}_EMPTY",
        W,
        _cara(item.guide),
        f"{item.label} belum diisi. {spec.IDENTITY_INPUT[item.key][1]}",
    )
    for item in spec.LISTS
    if item.key != "legal_basis"
)

RULES: tuple[Rule, ...] = (
    *_IDENTITY_RULES,
    *_APPROVAL_RULES,
    *_LIST_RULES,
    Rule(
        "LIST_LEGAL_BASIS_EMPTY",
        E,
        "Pasal 9 ayat (2) huruf a; Lampiran II Cara Pengisian (7)",
        "Dasar Hukum belum diisi. Setiap SOP harus menyebut sekurang-kurangnya satu "
        "peraturan perundang-undangan yang menjadi dasarnya.",
    ),
    Rule(
        "IDENT_CODE_PATTERN",
        E,
        "Pasal 8 ayat (2); Lampiran II Cara Pengisian (1)",
        "Nomor SOP '{value}' tidak sesuai pola {pattern} (No Komponen, Unit Kerja, Bagian, "
        "No SOP).",
    ),
    Rule(
        "APPROVAL_NIP_INVALID", E, _cara(18), "NIP '{value}' tidak sah: NIP terdiri atas 18 angka."
    ),
    Rule(
        "DATE_MADE_AFTER_APPROVED",
        E,
        "Lampiran II Cara Pengisian (2) dan (4)",
        "Tanggal Pembuatan ({made_on}) jatuh sesudah Tanggal Pengesahan ({approved_on}). "
        "SOP dibuat sebelum atau pada hari pengesahannya.",
    ),
    Rule(
        "DATE_REVISED_NOT_AFTER_MADE",
        E,
        "Lampiran II Cara Pengisian (3)",
        "Tanggal Revisi ({revised_on}) harus sesudah Tanggal Pembuatan ({made_on}).",
    ),
    Rule(
        "DATE_IN_FUTURE",
        W,
        "Lampiran II Cara Pengisian (2)-(4)",
        "{label} ({value}) jatuh di masa depan. Periksa kembali tahunnya.",
    ),
    Rule(
        "STEPS_EMPTY",
        E,
        "Pasal 10 ayat (1); Lampiran II angka 3",
        "Uraian Prosedur belum berisi langkah. Isi langkah-langkah kegiatan sejak mulai "
        "sampai selesai.",
    ),
    Rule(
        "ACTORS_TOO_FEW",
        E,
        "Pasal 9 ayat (3) huruf c",
        "Prosedur hanya melibatkan {count} pelaksana. SOP disusun untuk prosedur yang "
        "melibatkan sekurang-kurangnya dua pihak.",
    ),
    Rule(
        "ACTOR_NAME_MISSING",
        E,
        "Lampiran II Cara Pengisian (14); Uraian Prosedur (2)",
        "Kolom pelaksana ke-{column} dipakai oleh langkah {steps} tetapi jabatannya belum "
        "ditulis di baris judul.",
    ),
    Rule(
        "ACTOR_UNUSED",
        W,
        "Lampiran II Uraian Prosedur (2)",
        "Pelaksana '{actor}' tidak melakukan satu langkah pun. Hapus dari judul kolom atau "
        "tandai langkahnya.",
    ),
    Rule(
        "STEP_DESCRIPTION_MISSING",
        E,
        "Lampiran II Cara Pengisian (13)",
        "Langkah {step} belum berisi Uraian Prosedur.",
    ),
    Rule(
        "STEP_ACTOR_MISSING",
        E,
        "Lampiran II Cara Pengisian (14)",
        "Langkah {step} belum ditandai di kolom pelaksana mana pun. Pilih simbol di kolom "
        "jabatan yang melakukannya.",
    ),
    Rule(
        "STEP_SYMBOL_MISSING",
        E,
        "Lampiran II angka 4 (simbol)",
        "Langkah {step} hanya ditandai '{value}' di kolom {actor}. Ganti dengan simbol "
        "Lampiran II (Terminator, Proses, Pengambilan Keputusan, Dokumen, dst.).",
    ),
    Rule(
        "STEP_OUTPUT_MISSING",
        E,
        "Pasal 4 ayat (5); Lampiran II Cara Pengisian (17)",
        "Langkah {step} belum berisi Output (hasil/keluaran langkah).",
    ),
    Rule(
        "STEP_DURATION_MISSING",
        E,
        "Pasal 4 ayat (5); Lampiran II Cara Pengisian (16)",
        "Langkah {step} belum berisi Waktu. Tulis lama waktunya, misalnya 15 menit; tulis "
        "- bila tidak ada.",
    ),
    Rule(
        "STEP_NUMBER_DUPLICATE",
        E,
        "Lampiran II angka 3",
        "No langkah {step} dipakai lebih dari sekali. Nomori langkah berurutan.",
    ),
    Rule(
        "FLOW_START_NOT_TERMINATOR",
        E,
        "Lampiran II angka 4 (Terminator)",
        "Langkah pertama ({step}) harus memakai simbol Terminator (mulai), bukan '{value}'.",
    ),
    Rule(
        "FLOW_END_NOT_TERMINATOR",
        E,
        "Lampiran II angka 4 (Terminator)",
        "Langkah terakhir ({step}) harus memakai simbol Terminator (selesai), bukan '{value}'.",
    ),
    Rule(
        "DECISION_TARGET_MISSING",
        E,
        "Lampiran II angka 4 (Pengambilan Keputusan)",
        "Langkah {step} adalah Pengambilan Keputusan tetapi tujuan '{branch}' belum diisi. "
        "Isi nomor langkah tujuan di kolom {branch}.",
    ),
    Rule(
        "DECISION_TARGET_UNKNOWN",
        E,
        "Lampiran II angka 4 (Pengambilan Keputusan)",
        "Langkah {step}: tujuan {branch} menunjuk langkah {value} yang tidak ada.",
    ),
    Rule(
        "DECISION_TARGET_SELF",
        E,
        "Lampiran II angka 4 (Pengambilan Keputusan)",
        "Langkah {step}: tujuan {branch} menunjuk dirinya sendiri.",
    ),
    Rule(
        "TARGET_ON_NON_DECISION",
        W,
        "Lampiran II angka 4 (Pengambilan Keputusan)",
        "Langkah {step} bukan Pengambilan Keputusan, jadi kolom {branch} diabaikan. Pakai "
        "simbol Pengambilan Keputusan bila langkah ini bercabang.",
    ),
    Rule(
        "STEP_UNREACHABLE",
        E,
        "Pasal 1 angka 11; Lampiran II angka 3",
        "Langkah {step} tidak pernah tercapai dari langkah pertama. Periksa urutan dan "
        "tujuan keputusan.",
    ),
    Rule(
        "STEP_DEAD_END",
        E,
        "Pasal 1 angka 11; Lampiran II angka 3",
        "Dari langkah {step} alur tidak pernah sampai ke langkah selesai (terjebak dalam "
        "putaran). Periksa tujuan keputusan.",
    ),
    Rule(
        "PERMENPAN_SYMBOL",
        W,
        "Permenpan RB 35/2012 (profil permenpan)",
        "Langkah {step} memakai simbol '{value}'. Permenpan RB 35/2012 hanya memakai "
        "Terminator, Proses dan Pengambilan Keputusan (serta garis alir dan konektor).",
    ),
    Rule(
        "PERMENPAN_ACTIVITY_SUBJECT",
        W,
        "Permenpan RB 35/2012 (profil permenpan)",
        "Langkah {step}: kegiatan ditulis dengan kata kerja aktif tanpa subjek, misalnya "
        "'Menerima surat', bukan '{value}'.",
    ),
)
