"""Catalogue entries of ``sopxl import``: organisation masters, inventories, codes, overlap."""

from __future__ import annotations

from sopxl.messages import Rule
from sopxl.model.severity import Severity

E, W = Severity.ERROR, Severity.WARNING
ORG = "Pasal 6; Lampiran I angka 1 (persiapan)"
INV = "Pasal 7 ayat (2); Lampiran I angka 2 (inventaris judul SOP)"
CODE = "Pasal 8 ayat (2); Lampiran II Cara Pengisian (1)"

RULES: tuple[Rule, ...] = (
    Rule(
        "IMPORT_KIND_UNKNOWN",
        E,
        "Pasal 5 ayat (2)",
        "Berkas ini bukan {kinds} yang dikenal sopxl. Gunakan templat dari 'sopxl template'.",
    ),
    Rule(
        "IMPORT_KIND_FUTURE",
        E,
        "Pasal 5 ayat (2)",
        "Berkas '{kind}' ini versi {version}, lebih baru daripada yang dikenal ({expected}). "
        "Perbarui sopxl.",
    ),
    # --- organisation master ---------------------------------------------------------
    Rule("ORG_SHEET_MISSING", E, ORG, "Lembar '{sheet}' tidak ditemukan di master organisasi."),
    Rule(
        "ORG_HEADER_MISSING",
        E,
        ORG,
        "Judul kolom '{label}' tidak ditemukan di lembar '{sheet}'. Kembalikan judul kolom "
        "sesuai templat.",
    ),
    Rule(
        "ORG_CODE_MISSING",
        E,
        ORG,
        "{what} '{name}' belum diberi kode.",
    ),
    Rule(
        "ORG_CODE_INVALID",
        E,
        CODE,
        "Kode '{value}' tidak sah: kode hanya boleh berisi angka atau huruf (tanpa spasi dan "
        "tanda baca), paling panjang 10 karakter, misalnya 01.",
    ),
    Rule(
        "ORG_CODE_DUPLICATE",
        E,
        CODE,
        "Kode {what} '{value}' dipakai dua kali (juga di baris {other_row}). Setiap kode "
        "harus unik.",
    ),
    Rule("ORG_NAME_MISSING", E, ORG, "{what} dengan kode '{value}' belum diberi nama."),
    Rule(
        "ORG_PARENT_UNKNOWN",
        E,
        ORG,
        "{what} ini merujuk ke {parent} '{value}' yang tidak ada di master organisasi.",
    ),
    Rule(
        "ORG_MERGE_TARGET_UNKNOWN",
        E,
        ORG,
        "SKPD ini digabung ke kode '{value}' yang tidak ada di lembar SKPD.",
    ),
    Rule(
        "ORG_SAMPLE",
        W,
        ORG,
        "Master organisasi ini masih CONTOH. Ganti isinya dengan daftar SOTK resmi "
        "Kabupaten sebelum kode nomor SOP ditetapkan.",
    ),
    Rule("ORG_EMPTY", E, ORG, "Master organisasi ini belum memuat satu SKPD pun."),
    # --- inventaris judul SOP --------------------------------------------------------
    Rule(
        "INV_HEADER_MISSING",
        E,
        INV,
        "Judul kolom '{label}' tidak ditemukan di lembar '{sheet}'. Kembalikan judul kolom "
        "sesuai templat.",
    ),
    Rule(
        "INV_SHEET_NOT_READ",
        W,
        INV,
        "Lembar '{name}' berisi data tetapi tidak dibaca: judul SOP hanya dibaca dari "
        "lembar '{main}'. Bila lembar ini memuat judul SOP, pindahkan ke lembar '{main}' "
        "lalu impor ulang.",
    ),
    Rule(
        "INV_CELLS_NOT_READ",
        W,
        INV,
        "Kolom ini tidak punya judul kolom templat, sehingga isinya ({count} sel, mulai "
        "sel ini) tidak dibaca. Pindahkan isinya ke kolom templat yang sesuai (misalnya "
        "Keterangan).",
    ),
    Rule(
        "INV_AGENCY_UNKNOWN",
        E,
        INV,
        "SKPD '{value}' tidak terdaftar di master organisasi. Impor master organisasi "
        "terlebih dahulu, atau gunakan templat dari 'sopxl template inventory'.",
    ),
    Rule(
        "INV_AGENCY_INACTIVE",
        E,
        INV,
        "SKPD '{value}' sudah tidak aktif di master organisasi{merged}. Gunakan inventaris "
        "SKPD yang berlaku.",
    ),
    Rule(
        "INV_AGENCY_TWICE",
        E,
        INV,
        "Inventaris SKPD '{value}' sudah ada di impor ini ({other}). Kirim satu inventaris "
        "per SKPD.",
    ),
    Rule("INV_UNIT_MISSING", E, INV, "Baris {entry}: Unit Kerja belum diisi. Pilih dari daftar."),
    Rule(
        "INV_UNIT_UNKNOWN",
        E,
        INV,
        "Baris {entry}: Unit Kerja '{value}' tidak ada pada SKPD ini. Pilih dari daftar.",
    ),
    Rule("INV_SECTION_MISSING", E, INV, "Baris {entry}: Bagian belum diisi. Pilih dari daftar."),
    Rule(
        "INV_SECTION_UNKNOWN",
        E,
        INV,
        "Baris {entry}: Bagian '{value}' tidak ada pada Unit Kerja '{unit}'. Pilih dari daftar.",
    ),
    Rule(
        "INV_TITLE_MISSING",
        E,
        INV,
        "Baris {entry} sudah diisi tetapi Judul SOP-nya kosong. Isi judul atau kosongkan "
        "seluruh baris.",
    ),
    Rule(
        "INV_CHOICE_INVALID",
        E,
        INV,
        "Baris {entry}: {label} '{value}' tidak sah. Pilih {choices}.",
    ),
    Rule(
        "INV_CHOICE_MISSING",
        W,
        "Pasal 1 angka 7, 8, 18 dan 19",
        "Baris {entry}: {label} belum diisi. Pilih {choices}.",
    ),
    Rule(
        "INV_CRITERIA_MISSING",
        W,
        "Pasal 9 ayat (3); Lampiran I angka 2 huruf a",
        "Baris {entry}: kriteria '{label}' belum diisi (Ya/Tidak).",
    ),
    Rule(
        "INV_CRITERIA_NOT_MET",
        W,
        "Pasal 9 ayat (3)",
        "Baris {entry}: '{title}' tidak memenuhi kriteria kegiatan yang memerlukan SOP "
        "({criteria}). Tinjau kembali apakah judul ini perlu dibakukan sebagai SOP.",
    ),
    Rule(
        "INV_PRINCIPLE_NOT_MET",
        W,
        "Lampiran I angka 2 huruf a",
        "Baris {entry}: '{title}' tidak memenuhi prinsip identifikasi kebutuhan SOP ({criteria}).",
    ),
    Rule(
        "VALUE_TOO_LONG",
        E,
        "Register SOP",
        "{label} ini {length} karakter, lebih panjang daripada yang dapat disimpan register "
        "(paling banyak {limit}). Persingkat isinya.",
    ),
    Rule(
        "INV_EMPTY",
        W,
        INV,
        "Inventaris ini belum memuat satu judul SOP pun; semua judul SKPD ini yang sudah "
        "terdaftar akan ditandai ditarik.",
    ),
    Rule(
        "INV_CODE_UNKNOWN",
        W,
        CODE,
        "Baris {entry}: Nomor SOP '{value}' tidak ada di register; baris ini dicocokkan "
        "menurut judulnya. Nomor SOP diisi oleh sopxl, jangan diketik sendiri.",
    ),
    Rule(
        "INV_CODE_FOREIGN",
        W,
        CODE,
        "Baris {entry}: Nomor SOP '{value}' milik SKPD lain ({other}); baris ini dicocokkan "
        "menurut judulnya.",
    ),
    Rule(
        "INV_CODE_REPEATED",
        W,
        CODE,
        "Baris {entry}: Nomor SOP '{value}' juga dipakai di baris {other_row}; hanya baris "
        "pertama yang memakai nomor itu.",
    ),
    # --- overlap (Lampiran I angka 3 huruf b, angka 5) ----------------------------------
    Rule(
        "TITLE_DUPLICATE",
        W,
        "Lampiran I angka 3 huruf b dan angka 5",
        "Judul '{title}' ({place}) {how} judul '{other_title}' ({other_place}), skor "
        "{score} ({reason}). Pastikan tidak terjadi duplikasi atau tumpang tindih.",
    ),
    # --- SOP forms ---------------------------------------------------------------------
    Rule(
        "SOP_UNREGISTERED",
        E,
        "Pasal 9 ayat (1)",
        "SOP '{title}' (Nomor SOP '{number}') tidak cocok dengan judul mana pun SKPD ini di "
        "register.{suggestion} SOP disusun berdasarkan nama dan kode nomor yang ditetapkan: "
        "impor inventaris judul SOP terlebih dahulu, lalu pakai formulir dari "
        "'sopxl template sop --agency'.",
    ),
    Rule(
        "SOP_CODE_DIFFERS",
        E,
        "Pasal 9 ayat (1)",
        "Nomor SOP '{number}' pada formulir berbeda dari Nomor SOP terdaftar '{registered}' "
        "untuk judul '{title}'. Tulis Nomor SOP '{registered}' (dokumen SOP dan Keputusan "
        "Bupati harus memakai nomor yang sama), atau perbaiki inventaris judul SOP.",
    ),
    Rule(
        "SOP_TITLE_DIFFERS",
        W,
        "Pasal 9 ayat (1)",
        "Nama SOP '{title}' berbeda dari judul terdaftar '{registered}' untuk Nomor SOP "
        "'{number}'. Judul di register tidak diubah; perbaiki lewat inventaris judul SOP.",
    ),
    Rule(
        "SOP_OTHER_AGENCY",
        W,
        "Pasal 9 ayat (1)",
        "{field} '{value}' terdaftar milik SKPD {other} ('{title}', {number}), bukan SKPD "
        "Anda. Periksa Nomor SOP dan Nama SOP sebelum formulir dikirim ke koordinator.",
    ),
)
