"""Catalogue entries for files that cannot be read as a workbook at all.

Raised as :class:`sopxl.reading.grid.UnreadableFile` by :mod:`sopxl.reading.loading.files`; the
parameters are already phrased for people (sizes such as ``45,2 MB`` or ``1.048.576 baris``).
"""

from __future__ import annotations

from sopxl.messages import Rule
from sopxl.model.severity import Severity

E, W = Severity.ERROR, Severity.WARNING
REF = "Pasal 12 (verifikasi)"

RULES: tuple[Rule, ...] = (
    Rule(
        "FILE_LEGACY_XLS",
        E,
        REF,
        "Berkas ini berformat Excel 97-2003 (.xls) yang tidak didukung. Buka di Excel atau "
        "LibreOffice lalu simpan sebagai Excel Workbook (.xlsx), kemudian kirim ulang.",
    ),
    Rule(
        "FILE_ENCRYPTED",
        E,
        REF,
        "Berkas ini dilindungi kata sandi (terenkripsi) sehingga isinya tidak dapat dibaca. "
        "Hapus kata sandi pembukaan berkas lalu kirim ulang.",
    ),
    Rule(
        "FILE_STRICT_OOXML",
        E,
        REF,
        "Berkas ini disimpan sebagai 'Strict Open XML Spreadsheet'. Simpan ulang sebagai "
        "'Excel Workbook (.xlsx)' biasa lalu kirim ulang.",
    ),
    Rule(
        "FILE_EMPTY",
        E,
        REF,
        "Berkas ini kosong (tidak berisi data). Periksa apakah berkas yang benar yang dikirim.",
    ),
    Rule(
        "FILE_TRUNCATED",
        E,
        REF,
        "Berkas ini rusak atau terpotong (mungkin unduhan/salinan tidak selesai). Salin "
        "ulang berkas aslinya lalu kirim ulang.",
    ),
    Rule(
        "FILE_NOT_WORKBOOK",
        E,
        REF,
        "Berkas ini bukan workbook Excel atau LibreOffice ({detail}). Kirim formulir SOP "
        "dalam format .xlsx, .xlsm atau .ods.",
    ),
    Rule(
        "FILE_ZIP_BOMB",
        E,
        REF,
        "Berkas ini ditolak: isinya yang dimampatkan mengembang menjadi {size} (batas "
        "{limit}). Berkas formulir SOP yang wajar jauh lebih kecil; berkas ini mungkin rusak "
        "atau sengaja dibuat untuk membebani pemeriksa.",
    ),
    Rule(
        "FILE_XML_BOMB",
        E,
        REF,
        "Berkas ini ditolak: bagian {part} memuat deklarasi DTD/entitas XML yang tidak "
        "pernah dipakai workbook biasa dan dapat membebani pemeriksa.",
    ),
    Rule(
        "FILE_TOO_LARGE",
        E,
        REF,
        "Berkas ini ditolak karena terlalu besar: lembar '{sheet_name}' memuat {size} (batas "
        "{limit}). Formulir SOP tidak memerlukan sebanyak itu; hapus baris berlebih.",
    ),
    Rule(
        "FILE_PART_TOO_LARGE",
        E,
        REF,
        "Berkas ini ditolak karena terlalu besar: bagian {part} di dalamnya berisi {size} "
        "(batas {limit}). Formulir SOP tidak memerlukan sebanyak itu; hapus lembar atau "
        "baris yang berlebih.",
    ),
    Rule("FILE_UNREADABLE", E, REF, "Berkas ini tidak dapat dibaca: {detail}."),
    Rule(
        "INTERNAL_ERROR",
        E,
        "-",
        "Kesalahan internal sopxl saat mengolah berkas ini ({detail}). Ini bukan kesalahan "
        "pengisi formulir: laporkan kepada pengelola sopxl dengan melampirkan berkas ini.",
    ),
    Rule(
        "TEXT_CONTROL_REMOVED",
        W,
        REF,
        "Sel ini memuat karakter kendali yang tidak terlihat (misalnya ESC atau BEL, sering "
        "terbawa dari salin-tempel); karakter itu dibuang dan teks selebihnya dibaca apa "
        "adanya.",
    ),
    Rule(
        "CONTENT_SHEET_NOT_READ",
        W,
        REF,
        "Lembar '{name}' berisi data tetapi tidak dibaca: isian formulir ini hanya dibaca "
        "dari lembar {main}. Bila lembar ini memuat isian, pindahkan ke lembar yang dibaca "
        "lalu kirim ulang.",
    ),
    Rule(
        "CONTENT_CELLS_NOT_READ",
        W,
        REF,
        "Kolom ini berada di luar tabel formulir (tanpa judul kolom templat), sehingga "
        "isinya ({count} sel, mulai sel ini) tidak dibaca. Pindahkan isinya ke kolom tabel "
        "yang sesuai (misalnya Keterangan).",
    ),
    Rule(
        "CONTENT_ROWS_NOT_READ",
        W,
        REF,
        "Baris ini berada di bawah akhir tabel (tabel berakhir setelah tiga baris kosong), "
        "sehingga isinya ({count} baris, mulai sel ini) tidak dibaca. Bila isinya termasuk "
        "tabel, hapus baris kosong di atasnya.",
    ),
    Rule(
        "TEXT_TOO_LONG",
        E,
        REF,
        "Teks di sel ini terlalu panjang: {length} karakter, sedangkan batas satu sel Excel "
        "{limit} karakter. Persingkat isinya lalu kirim ulang.",
    ),
)


UNREADABLE_CODES: frozenset[str] = frozenset(
    entry.code for entry in RULES if entry.code.startswith("FILE_")
)
"""The codes of a file that could not be read at all (exit code 3, TIDAK TERBACA)."""
