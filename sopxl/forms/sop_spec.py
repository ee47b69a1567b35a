"""The SOP form (Lampiran II) declared once: sheets, labels, fields, lists, guide text.

The template writer draws the workbook from this module and the reader finds fields with
it, so the two cannot drift apart. Every text here is what a person sees, in Bahasa
Indonesia with Lampiran II's own labels; the keys are English identifiers (glossary).
"""

from __future__ import annotations

from sopxl.model.sop import Symbol

KIND = "sop"
"""The template kind stamped into every SOP form workbook."""

VERSION = "1"
"""Version of the SOP form layout; bump it whenever a label, sheet or field moves."""

REGENCY = "KABUPATEN KUTAI KARTANEGARA"

# Sheet names (at most 31 characters, no []:*?/\).
SHEET_TITLE = "Halaman Judul"
SHEET_IDENTITY = "Identitas SOP"
SHEET_PROCEDURE = "Uraian Prosedur"
SHEET_GUIDE = "Petunjuk Pengisian"
SHEET_LISTS = "Daftar Pilihan"
SHEET_NOTES = "Catatan Verifikasi"  # added by ``sopxl check --return-dir``, never read

TITLE_HEADING = "STANDAR OPERASIONAL PROSEDUR"
IDENTITY_HEADING = "INFORMASI PROSEDUR YANG AKAN DISTANDARKAN"
PROCEDURE_HEADING = "URAIAN PROSEDUR"
AGENCY_BLOCK_LABEL = "SATUAN KERJA PERANGKAT DAERAH"


APPROVAL_HEADING = "Pengesahan"

# --- The procedure sheet (Lampiran II section 3) -------------------------------------

COL_NUMBER = "No"
COL_DESCRIPTION = "Uraian Prosedur"
COL_ACTORS = "Pelaksana"
COL_QUALITY = "Mutu Baku"
COL_REQUIREMENTS = "Persyaratan/ Kelengkapan"
COL_DURATION = "Waktu"
COL_OUTPUT = "Output"
COL_NOTE = "Ket"
COL_DECISION = "Jika Pengambilan Keputusan"
COL_YES = "Ya: ke langkah No"
COL_NO = "Tidak: ke langkah No"

COLUMN_VARIANTS: dict[str, tuple[str, ...]] = {
    "number": (COL_NUMBER, "No.", "Nomor"),
    "description": (COL_DESCRIPTION, "Kegiatan", "Aktivitas", "Uraian Kegiatan"),
    "actors": (COL_ACTORS, "Pelaku Kegiatan"),
    "quality": (COL_QUALITY, "Baku Mutu"),
    "requirements": (
        COL_REQUIREMENTS,
        "Persyaratan/Kelengkapan",
        "Persyaratan",
        "Kelengkapan",
        "Persyr/Klcpn",
    ),
    "duration": (COL_DURATION,),
    "output": (COL_OUTPUT, "Keluaran"),
    "note": (COL_NOTE, "Ket.", "Keterangan"),
    "yes_target": (COL_YES, "Ya"),
    "no_target": (COL_NO, "Tidak"),
}

# --- Input messages (title <= 32, text <= 255 characters; the writer checks) ----------

PROCEDURE_INPUT: dict[str, tuple[str, str]] = {
    "number": (
        "No",
        "Nomor urut langkah. Nomor ini dipakai untuk menunjuk langkah tujuan "
        "sebuah keputusan (kolom Ya/Tidak).",
    ),
    "description": (
        "(13) Uraian Prosedur",
        "Langkah kegiatan secara rinci dan sistematis, "
        "sejak kegiatan mulai dilakukan sampai selesai dan keluaran dihasilkan.",
    ),
    "actor_name": (
        "(14) Pelaksana",
        "Diisi dengan jabatan pelaksana, urut dari jabatan "
        "tertinggi (kiri) sampai jabatan terendah/staf (kanan).",
    ),
    "actor_mark": (
        "(14) Simbol pelaksana",
        "Pilih simbol diagram alir di kolom jabatan yang "
        "melakukan langkah ini. Isi tepat satu kolom pelaksana per langkah; "
        "langkah pertama dan terakhir memakai Terminator.",
    ),
    "requirements": (
        "(15) Kelengkapan",
        "Diisi dengan persyaratan/kelengkapan, peralatan "
        "dan perlengkapan yang dibutuhkan langkah ini.",
    ),
    "duration": (
        "(16) Waktu",
        "Diisi dengan lama waktu langkah ini, misalnya 15 menit, "
        "2 jam, 1 hari kerja. Tulis - bila tidak ada.",
    ),
    "output": (
        "(17) Output",
        "Diisi dengan hasil/keluaran dari langkah ini, misalnya Surat Keputusan, Disposisi.",
    ),
    "note": ("Keterangan", "Catatan tambahan untuk langkah ini (boleh kosong)."),
    "yes_target": (
        "Keputusan: Ya",
        "Hanya untuk simbol Pengambilan Keputusan: nomor langkah yang dituju bila jawabannya Ya.",
    ),
    "no_target": (
        "Keputusan: Tidak",
        "Hanya untuk simbol Pengambilan Keputusan: nomor "
        "langkah yang dituju bila jawabannya Tidak.",
    ),
}

ERROR_MESSAGES: dict[str, tuple[str, str]] = {
    "date": (
        "Tanggal tidak sah",
        "Isi dengan tanggal yang sah antara 1 Januari 1945 dan "
        "31 Desember 2100, misalnya 30/04/2012.",
    ),
    "symbol": (
        "Simbol tidak dikenal",
        "Pilih salah satu simbol Lampiran II dari daftar: "
        "Terminator, Proses, Pengambilan Keputusan, Dokumen, Penggandaan Dokumen, "
        "Arsip Manual, File.",
    ),
    "target": (
        "Nomor langkah tidak sah",
        "Isi dengan nomor langkah (bilangan bulat 1 sampai 999) yang dituju.",
    ),
    "number": (
        "Nomor langkah tidak sah",
        "Isi dengan nomor urut langkah, bilangan bulat 1 sampai 999.",
    ),
    "nip": (
        "NIP tidak sah",
        "NIP terdiri atas 18 angka (boleh dipisah spasi, paling panjang 21 karakter).",
    ),
}

# --- Closed choices (placed on the hidden list sheet behind defined names) ------------

SYMBOL_CHOICES: tuple[str, ...] = tuple(symbol.label for symbol in Symbol)
LIST_NAME_SYMBOLS = "sopxl_simbol"

NAME_KIND = "sopxl_kind"
NAME_VERSION = "sopxl_version"
PROPERTY_KIND = "sopxl_kind"
PROPERTY_VERSION = "sopxl_version"

# --- The filling guide (Lampiran II, Cara Pengisian) -----------------------------------

IDENTITY_GUIDE: tuple[tuple[str, str], ...] = (
    (
        "Nomor Standar Operasional Prosedur",
        "Diisi dengan nomor Standar Operasional Prosedur, "
        "yaitu (No Komponen, Unit Kerja, Bagian, No Standar Operasional Prosedur)",
    ),
    ("Tanggal Pembuatan", "Diisi dengan tanggal pengesahan Standar Operasional Prosedur"),
    ("Tanggal revisi", "Diisi dengan tanggal Standar Operasional Prosedur di revisi"),
    ("Tanggal pengesahan", "Diisi dengan tanggal mulai berlaku"),
    ("Disahkan oleh", "Diisi dengan jabatan yang berkompeten yang mengesahkan"),
    ("Nama Standar Operasional Prosedur", "Diisi dengan nama prosedur yang akan distandarkan"),
    (
        "Dasar hukum",
        "Diisi dengan peraturan perundang-undangan yang menjadi dasar disusunnya "
        "Standar Operasional Prosedur",
    ),
    (
        "Kualifikasi pelaksana",
        "Diisi dengan penjelasan mengenai kualifikasi pegawai yang "
        "dibutuhkan dalam melaksanakan perannya pada prosedur yang distandarkan",
    ),
    (
        "Keterkaitan",
        "Diisi dengan penjelasan mengenai keterkaitan prosedur yang distandarkan "
        "dengan prosedur lain yang distandarkan",
    ),
    (
        "Peralatan/perlengkapan",
        "Diisi dengan penjelasan mengenai daftar peralatan dan perlengkapan yang dibutuhkan",
    ),
    (
        "Peringatan",
        "Diisi dengan:\n- Penjelasan mengenai kemungkinan-kemungkinan resiko yang "
        "akan timbul ketika prosedur dilaksanakan atau tidak dilaksanakan.\n- Peringatan "
        "memberikan indikasi berbagai permasalahan yang mungkin muncul dan berada diluar "
        "kendali pelaksana ketika prosedur dilaksanakan dan berbagai dampak yang mungkin "
        "ditimbulkan.\n- Dalam hal ini, dijelaskan pula bagaimana cara mengatasinya.",
    ),
    (
        "Pencatatan dan pendataan",
        "Diisi dengan penjelasan mengenai berbagai hal yang perlu "
        "didata, dicatat atau diparaf oleh setiap pegawai yang berperan dalam pelaksanaan "
        "prosedur yang telah distandarkan",
    ),
    (
        "Uraian prosedur",
        "Langkah kegiatan secara rinci dan sistematis dari prosedur yang distandarkan",
    ),
    ("Pelaksana", "Diisi dengan jabatan yang melakukan suatu proses/aktivitas"),
    (
        "Kelengkapan",
        "Diisi dengan penjelasan mengenai daftar peralatan dan perlengkapan yang dibutuhkan",
    ),
    ("Waktu", "Diisi dengan lama waktu yang dibutuhkan dalam melakukan suatu proses/kegiatan"),
    ("Output", "Diisi dengan hasil/keluaran dari suatu proses/kegiatan"),
    ("Pengesahan", "Diisi dengan Nama dan tandatangan Kepala SKPD"),
)

PROCEDURE_GUIDE: tuple[tuple[str, str], ...] = (
    (
        "Uraian Prosedur",
        "Diisi dengan proses sejak dari kegiatan mulai dilakukan sampai "
        "dengan kegiatan selesai dan keluaran dihasilkan untuk setiap STANDAR OPERASIONAL "
        "PROSEDUR sesuai dengan tugas pokok dan fungsi kegiatan masing-masing unit organisasi "
        "yang bersangkutan.",
    ),
    (
        "Pelaksana",
        "Diisi dengan pelaksana kegiatan yang bersangkutan, mulai dari jabatan "
        "tertinggi sampai dengan jabatan terendah (fungsional umum/staf).",
    ),
    (
        "Mutu Baku",
        "Diisi dengan persyaratan dan kelengkapan yang diperlukan, waktu yang "
        "diperlukan untuk menyelesaikan kegiatan dan output pada setiap aktivitas yang "
        "dilakukan.",
    ),
)

# (shape as drawn, Sebutan, Definisi) — Lampiran II section 4, all ten symbols.
SYMBOL_GUIDE: tuple[tuple[str, str, str], ...] = (
    (
        "Persegi panjang bersudut bulat (oval)",
        "Terminator",
        "Simbol ini digunakan untuk menggambarkan awal/mulai dan akhir suatu bagan alir.",
    ),
    (
        "Persegi panjang",
        "Proses",
        "Simbol ini digunakan untuk menggambarkan proses pelaksanaan kegiatan.",
    ),
    (
        "Belah ketupat",
        "Pengambilan Keputusan",
        "Simbol ini digunakan untuk menggambarkan "
        "keputusan yang harus dibuat dalam proses pelaksanaan kegiatan.",
    ),
    (
        "Lembar kertas bergelombang di bawah",
        "Dokumen",
        "Simbol ini digunakan untuk "
        "menggambarkan semua jenis dokumen sebagai bukti pelaksanaan kegiatan.",
    ),
    (
        "Tiga lembar dokumen bertumpuk",
        "Penggandaan Dokumen",
        "Simbol ini digunakan untuk menggambarkan penggandaan dari semua jenis dokumen.",
    ),
    (
        "Segitiga terbalik",
        "Arsip Manual",
        "Simbol ini digunakan untuk menggambarkan semua "
        "jenis pengarsipan dokumen dalam bentuk kertas/manual.",
    ),
    (
        "Tabung (silinder)",
        "File",
        "Simbol ini digunakan untuk menggambarkan semua jenis penyimpanan dalam bentuk data/file.",
    ),
    (
        "Lingkaran kecil berhuruf",
        "Konektor",
        "Simbol ini digunakan untuk menggambarkan perpindahan aktivitas dalam satu halaman.",
    ),
    (
        "Segi lima menunjuk ke bawah",
        "Konektor",
        "Simbol ini digunakan untuk menggambarkan "
        "perpindahan aktivitas dalam halaman yang berbeda.",
    ),
    (
        "Garis dengan anak panah",
        "Garis alir",
        "Simbol ini digunakan untuk menggambarkan arah proses pelaksanaan kegiatan.",
    ),
)

GUIDE_NOTE = (
    "Cara mengisi formulir ini: isi sel berwarna kuning saja. Di lembar Uraian Prosedur, "
    "tulis jabatan pelaksana di baris judul kolom Pelaksana (jabatan tertinggi di kiri), "
    "lalu untuk setiap langkah pilih simbol di kolom jabatan yang melakukannya. Garis alir "
    "dan konektor tidak perlu diisi: keduanya digambar otomatis. Untuk simbol Pengambilan "
    "Keputusan, isi nomor langkah tujuan di kolom Ya dan Tidak di sebelah kanan tabel. "
    "Baris langkah dapat ditambah dengan menyisipkan baris di dalam tabel."
)
