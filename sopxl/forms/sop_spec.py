"""The SOP form (Lampiran II) declared once: sheets, labels, fields, lists, guide text.

The template writer draws the workbook from this module and the reader finds fields with
it, so the two cannot drift apart. Every text here is what a person sees, in Bahasa
Indonesia with Lampiran II's own labels; the keys are English identifiers (glossary).
"""

from __future__ import annotations

from dataclasses import dataclass

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


@dataclass(frozen=True)
class FieldSpec:
    """One labelled input of the identity sheet.

    ``guide`` is the Cara Pengisian number (1)-(18) whose text becomes the input message;
    ``variants`` are other labels met in real SOPs (PRODUCT.md glossary) that a reader
    must also accept.
    """

    key: str
    label: str
    guide: int | None
    kind: str = "text"  # "text", "date", "code", "nip"
    variants: tuple[str, ...] = ()


# The SKPD block (left of Lampiran II section 2's header table).
AGENCY_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "agency",
        "SKPD",
        None,
        variants=("Satuan Kerja Perangkat Daerah", "Perangkat Daerah", "OPD"),
    ),
    FieldSpec("unit", "Unit Kerja", None, variants=("Bidang",)),
    FieldSpec("section", "Bagian", None, variants=("Sub Bagian", "Subbagian", "Seksi")),
)

# The right-hand column of the header table, in Lampiran II's order.
HEADER_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("code", "Nomor SOP", 1, kind="code", variants=("No. SOP", "No SOP")),
    FieldSpec(
        "made_on", "Tanggal Pembuatan", 2, kind="date", variants=("Tgl. Pembuatan", "Tgl Pembuatan")
    ),
    FieldSpec(
        "revised_on", "Tanggal Revisi", 3, kind="date", variants=("Tgl. Revisi", "Tgl Revisi")
    ),
    FieldSpec(
        "approved_on",
        "Tanggal Pengesahan",
        4,
        kind="date",
        variants=("Tgl. Pengesahan", "Tgl Pengesahan", "Tanggal Efektif", "Tgl. Efektif"),
    ),
    FieldSpec("approved_by", "Disahkan Oleh", 5, variants=("Ditetapkan Oleh",)),
    FieldSpec("title", "Nama SOP", 6, variants=("Judul SOP",)),
)


@dataclass(frozen=True)
class ListSpec:
    """A numbered list of the identity sheet (Dasar Hukum, Kualifikasi Pelaksana, ...)."""

    key: str
    label: str
    guide: int
    variants: tuple[str, ...] = ()


# Lampiran II section 2 lays the lists out in pairs, left | right.
LIST_PAIRS: tuple[tuple[ListSpec, ListSpec], ...] = (
    (
        ListSpec("legal_basis", "Dasar Hukum", 7),
        ListSpec(
            "qualifications", "Kualifikasi Pelaksana", 8, variants=("Kualifikasi Pelaksanaan",)
        ),
    ),
    (
        ListSpec("related", "Keterkaitan", 9, variants=("SOP Terkait",)),
        ListSpec(
            "equipment",
            "Peralatan/Perlengkapan",
            10,
            variants=("Peralatan / Perlengkapan", "Peralatan dan Perlengkapan"),
        ),
    ),
    (
        ListSpec("cautions", "Peringatan", 11),
        ListSpec(
            "records",
            "Pencatatan dan Pendataan",
            12,
            variants=("Pencatatan/Pendataan", "Pencatatan & Pendataan"),
        ),
    ),
)
LISTS: tuple[ListSpec, ...] = tuple(spec for pair in LIST_PAIRS for spec in pair)

APPROVAL_HEADING = "Pengesahan"
APPROVAL_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("position", "Jabatan", 18, variants=("Jabatan Kepala SKPD",)),
    FieldSpec("name", "Nama", 18, variants=("Nama Kepala SKPD",)),
    FieldSpec("nip", "NIP", 18, kind="nip"),
)

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

IDENTITY_INPUT: dict[str, tuple[str, str]] = {
    "agency": (
        "SKPD",
        "Diisi dengan nama Satuan Kerja Perangkat Daerah, misalnya "
        "Dinas Kependudukan dan Pencatatan Sipil.",
    ),
    "unit": (
        "Unit Kerja",
        "Diisi dengan unit kerja pada SKPD (bidang/sekretariat) yang melaksanakan prosedur.",
    ),
    "section": ("Bagian", "Diisi dengan bagian/sub bagian/seksi yang melaksanakan prosedur."),
    "code": (
        "(1) Nomor SOP",
        "Diisi dengan nomor SOP, yaitu No Komponen, Unit Kerja, Bagian, "
        "No SOP, misalnya 01.02.03.004. Ditulis sebagai teks.",
    ),
    "made_on": (
        "(2) Tanggal Pembuatan",
        "Diisi dengan tanggal pengesahan SOP. Ketik tanggal, misalnya 30/04/2012.",
    ),
    "revised_on": (
        "(3) Tanggal Revisi",
        "Diisi dengan tanggal SOP direvisi. Kosongkan bila SOP belum pernah direvisi.",
    ),
    "approved_on": (
        "(4) Tanggal Pengesahan",
        "Diisi dengan tanggal mulai berlaku. Ketik tanggal, misalnya 30/04/2012.",
    ),
    "approved_by": (
        "(5) Disahkan Oleh",
        "Diisi dengan jabatan yang berkompeten yang mengesahkan, misalnya Kepala Dinas.",
    ),
    "title": ("(6) Nama SOP", "Diisi dengan nama prosedur yang akan distandarkan."),
    "legal_basis": (
        "(7) Dasar Hukum",
        "Diisi dengan peraturan perundang-undangan yang "
        "menjadi dasar disusunnya SOP. Satu peraturan per baris.",
    ),
    "qualifications": (
        "(8) Kualifikasi Pelaksana",
        "Diisi dengan kualifikasi pegawai yang "
        "dibutuhkan dalam melaksanakan perannya pada prosedur ini. "
        "Satu butir per baris.",
    ),
    "related": (
        "(9) Keterkaitan",
        "Diisi dengan keterkaitan prosedur ini dengan prosedur "
        "lain yang distandarkan (nama atau nomor SOP). Satu butir per baris.",
    ),
    "equipment": (
        "(10) Peralatan/Perlengkapan",
        "Diisi dengan daftar peralatan dan perlengkapan yang dibutuhkan. Satu butir per baris.",
    ),
    "cautions": (
        "(11) Peringatan",
        "Diisi dengan risiko bila prosedur dilaksanakan atau "
        "tidak dilaksanakan, masalah di luar kendali pelaksana, dampaknya, dan cara "
        "mengatasinya. Satu butir per baris.",
    ),
    "records": (
        "(12) Pencatatan dan Pendataan",
        "Diisi dengan hal yang perlu didata, dicatat "
        "atau diparaf oleh setiap pegawai yang berperan dalam prosedur. "
        "Satu butir per baris.",
    ),
    "position": (
        "(18) Pengesahan: Jabatan",
        "Diisi dengan jabatan Kepala SKPD yang mengesahkan SOP.",
    ),
    "name": (
        "(18) Pengesahan: Nama",
        "Diisi dengan nama Kepala SKPD. Tanda tangan dibubuhkan pada dokumen cetak.",
    ),
    "nip": (
        "(18) Pengesahan: NIP",
        "Diisi dengan NIP Kepala SKPD, 18 angka, boleh dengan spasi. Ditulis sebagai teks.",
    ),
}

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
    "dan konektor tidak perlu diisi: sopxl menggambarnya. Untuk simbol Pengambilan "
    "Keputusan, isi nomor langkah tujuan di kolom Ya dan Tidak di sebelah kanan tabel. "
    "Baris langkah dapat ditambah dengan menyisipkan baris di dalam tabel."
)
