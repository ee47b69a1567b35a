"""Catalogue entries of the rules that check an SOP against the regulation.

The checks themselves live in :mod:`sopxl.checking.rules`. Every template is filled from
the finding's parameters only (a finding's ``value`` is not a parameter), so each
``{placeholder}`` here names a parameter the rule passes; ``tests/test_rules.py`` renders
every code to prove it.
"""

from __future__ import annotations

from sopxl.messages import Rule
from sopxl.model import sop_fields
from sopxl.model.severity import Severity

E, W = Severity.ERROR, Severity.WARNING

FLOW = "Pasal 1 angka 11; Lampiran II angka 3 dan 4"
DECISION = "Lampiran II angka 4 (Pengambilan Keputusan)"
PERMENPAN = "Permenpan RB 35/2012 (profil permenpan)"


def _cara(n: int | None) -> str:
    return f"Lampiran II Cara Pengisian ({n})" if n else "Lampiran II angka 2"


def _literal(text: str) -> str:
    """``text`` made safe to embed in a ``str.format`` template."""
    return text.replace("{", "{{").replace("}", "}}")


REQUIRED_IDENTITY: tuple[str, ...] = (
    "agency",
    "unit",
    "code",
    "made_on",
    "approved_on",
    "approved_by",
    "title",
)
"""Identity fields that must be filled (Tanggal Revisi is optional: an SOP may be new).

Bagian is not among them: Lampiran II angka 2 shows only the SATUAN KERJA PERANGKAT DAERAH
block; the bagian appears only as a segment of the Nomor SOP (Cara Pengisian (1)), and
import takes it from the registered title. Unit Kerja is asked for with a peringatan: it
too is only a segment of the number in the regulation's text.
"""

# Identity fields whose absence is a peringatan, not a galat: no text of the regulation
# requires them as fields of the form.
ADVISORY_IDENTITY: frozenset[str] = frozenset({"unit"})

_IDENTITY_RULES = tuple(
    Rule(
        f"IDENT_{field.key.upper()}_MISSING",
        W if field.key in ADVISORY_IDENTITY else E,
        _cara(field.guide),
        _literal(f"{field.label} belum diisi. {sop_fields.IDENTITY_INPUT[field.key][1]}"),
    )
    for field in sop_fields.AGENCY_FIELDS + sop_fields.HEADER_FIELDS
    if field.key in REQUIRED_IDENTITY
)
_APPROVAL_RULES = tuple(
    Rule(
        f"APPROVAL_{field.key.upper()}_MISSING",
        # Cara Pengisian (18) asks for the name (and signature) of the Kepala SKPD only.
        E if field.key == "name" else W,
        _cara(18),
        _literal(
            f"Pengesahan: {field.label} Kepala SKPD belum diisi. "
            f"{sop_fields.IDENTITY_INPUT[field.key][1]}"
        ),
    )
    for field in sop_fields.APPROVAL_FIELDS
)
# These lists may honestly be "none": the message says how to write that.
_LIST_HINTS = {"related": " Tulis - bila prosedur ini tidak terkait prosedur lain."}
_LIST_HINT = " Tulis - bila tidak ada."
_LIST_RULES = tuple(
    Rule(
        f"LIST_{item.key.upper()}_EMPTY",
        W,
        _cara(item.guide),
        _literal(
            f"{item.label} belum diisi. {sop_fields.IDENTITY_INPUT[item.key][1]}"
            f"{_LIST_HINTS.get(item.key, _LIST_HINT)}"
        ),
    )
    for item in sop_fields.LISTS
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
        "Nomor SOP '{sop_code}' tidak sesuai pola nomor SOP yang berlaku. Tulis nomor seperti "
        "{example} (No Komponen, Unit Kerja, Bagian, No SOP).",
    ),
    Rule(
        "APPROVAL_NIP_INVALID",
        W,
        _cara(18),
        "NIP '{nip}' tidak sah: NIP terdiri atas 18 angka (boleh dipisah spasi, tanpa huruf "
        "atau tanda baca lain).",
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
        W,
        "Lampiran II Cara Pengisian (2) dan (3)",
        "Tanggal Revisi ({revised_on}) harus sesudah Tanggal Pembuatan ({made_on}). "
        "Kosongkan Tanggal Revisi bila SOP belum pernah direvisi.",
    ),
    Rule(
        "DATE_IN_FUTURE",
        W,
        "Lampiran II Cara Pengisian (2), (3) dan (4)",
        "{label} ({date}) jatuh sesudah hari ini ({today}). Periksa kembali tanggal dan tahunnya.",
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
        "Seluruh langkah dilakukan oleh satu pelaksana saja ({actor}). SOP disusun untuk "
        "kegiatan yang melibatkan sekurang-kurangnya 2 (dua) pihak.",
    ),
    Rule(
        "ACTOR_NAME_MISSING",
        E,
        "Lampiran II Cara Pengisian (14); Uraian Prosedur (2)",
        "Kolom pelaksana ke-{position} dipakai oleh langkah {steps} tetapi jabatannya belum "
        "ditulis di baris judul kolom.",
    ),
    Rule(
        "ACTOR_UNUSED",
        W,
        "Lampiran II Uraian Prosedur (2)",
        "Pelaksana '{actor}' tidak melakukan satu langkah pun. Hapus jabatan itu dari judul "
        "kolom atau tandai langkah yang dilakukannya.",
    ),
    Rule(
        "STEP_DESCRIPTION_MISSING",
        E,
        "Lampiran II Cara Pengisian (13)",
        "Langkah {step} belum berisi Uraian Prosedur (kegiatan yang dilakukan).",
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
        "Langkah {step} ditandai di kolom {actor} tanpa simbol (misalnya hanya 'x' atau "
        "'v'). Ganti tanda itu dengan simbol Lampiran II: Terminator, Proses, Pengambilan "
        "Keputusan, Dokumen, Penggandaan Dokumen, Arsip Manual atau File.",
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
        W,
        "Lampiran II angka 3",
        "No langkah {step} dipakai lebih dari sekali. Nomori langkah berurutan.",
    ),
    Rule(
        "FLOW_START_NOT_TERMINATOR",
        E,
        "Lampiran II angka 4 (Terminator)",
        "Langkah pertama ({step}) harus memakai simbol Terminator (mulai), bukan '{symbol}'.",
    ),
    Rule(
        "FLOW_END_NOT_TERMINATOR",
        E,
        "Lampiran II angka 4 (Terminator)",
        "Langkah terakhir ({step}) harus memakai simbol Terminator (selesai), bukan '{symbol}'.",
    ),
    Rule(
        "DECISION_TARGET_MISSING",
        E,
        DECISION,
        "Langkah {step} adalah Pengambilan Keputusan tetapi tujuan '{branch}' belum diisi. "
        "Isi nomor langkah tujuan di kolom {branch}.",
    ),
    Rule(
        "DECISION_TARGET_UNKNOWN",
        E,
        DECISION,
        "Langkah {step}: tujuan {branch} menunjuk langkah {target} yang tidak ada.",
    ),
    Rule(
        "DECISION_TARGET_SELF",
        E,
        DECISION,
        "Langkah {step}: tujuan {branch} menunjuk dirinya sendiri. Isi nomor langkah lain.",
    ),
    Rule(
        "DECISION_TARGETS_SAME",
        W,
        DECISION,
        "Langkah {step}: tujuan Ya dan Tidak sama-sama langkah {target}, jadi keputusan ini "
        "tidak bercabang. Pakai simbol Proses, atau arahkan salah satu jawaban ke langkah "
        "lain.",
    ),
    Rule(
        "TARGET_ON_NON_DECISION",
        W,
        DECISION,
        "Langkah {step} bukan Pengambilan Keputusan, jadi kolom {branch} diabaikan. Pakai "
        "simbol Pengambilan Keputusan bila langkah ini bercabang.",
    ),
    Rule(
        "STEP_UNREACHABLE",
        E,
        FLOW,
        "Langkah {step} tidak pernah tercapai dari langkah pertama. Periksa urutan langkah, "
        "Terminator di tengah alur, dan tujuan keputusan.",
    ),
    Rule(
        "STEP_DEAD_END",
        E,
        FLOW,
        "Dari langkah {step} alur tidak pernah sampai ke langkah selesai (terjebak dalam "
        "putaran). Periksa tujuan keputusan.",
    ),
    Rule(
        "PERMENPAN_SYMBOL",
        W,
        PERMENPAN,
        "Langkah {step} memakai simbol '{symbol}'. Permenpan RB 35/2012 hanya memakai "
        "Terminator, Proses dan Pengambilan Keputusan (serta garis alir dan konektor).",
    ),
    Rule(
        "PERMENPAN_ACTIVITY_SUBJECT",
        W,
        PERMENPAN,
        "Langkah {step}: kegiatan ditulis dengan kata kerja aktif tanpa subjek, misalnya "
        "'Menerima surat', bukan '{text}'.",
    ),
)
