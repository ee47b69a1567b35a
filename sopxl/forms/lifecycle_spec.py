"""The four lifecycle workbooks declared once (Pasal 12-21; Lampiran I angka 5-9).

- Status SOP (``status``): per SOP, verification, trial, Keputusan Bupati, socialisation
  and distribution, training and the last review (Pasal 12-16, 20).
- Monitoring (``monitoring``): per SOP, how it was monitored and how it runs (Pasal 17;
  Lampiran I angka 9 huruf a).
- Evaluasi tahunan (``evaluation``): the seven Ya/Tidak criteria, notes, a recommendation
  (Pasal 18; Lampiran I angka 9 huruf b).
- Laporan pengawasan triwulan (``supervision``): per SOP for a quarter, whether it was
  carried out as written, deviations, action, the atasan langsung (Pasal 19).

Every form has the same frame: heading, SKPD, Kode Komponen, Periode, the form's own
header fields, then one table row per SOP (No | Nomor SOP | Nama SOP | answers). The
writer (:mod:`sopxl.forms.lifecycle_form`) and the reader
(:mod:`sopxl.lifecycle.reader`) both draw from these declarations.
"""

from __future__ import annotations

from dataclasses import dataclass

from sopxl.xlsx.workbook import DATE_WIDTH

VERSION = "1"
NAME_AGENCY = "sopxl_agency"
NAME_PERIOD = "sopxl_period"
SHEET_GUIDE = "Petunjuk Pengisian"
SHEET_LISTS = "Daftar Pilihan"
SUBHEADING = "PEMERINTAH KABUPATEN KUTAI KARTANEGARA"
AGENCY_LABEL = "SKPD"
AGENCY_VARIANTS = ("Satuan Kerja Perangkat Daerah", "Perangkat Daerah", "OPD")
AGENCY_CODE_LABEL = "Kode Komponen"
AGENCY_CODE_VARIANTS = ("No Komponen", "Kode SKPD")
PERIOD_LABEL = "Periode"
PERIOD_VARIANTS = ("Tahun", "Triwulan")
MAX_ROWS = 2000
SPARE_ROWS = 5
"""Empty rows after the SOPs (locked Nomor SOP: for notes only; new SOPs need a new form)."""

YES, NO = "Ya", "Tidak"
YES_NO = (YES, NO)
NOT_IN_FORCE = "Belum berlaku"
NOT_IN_FORCE_NOTE = (
    "Belum berlaku: belum ditetapkan dengan Keputusan Bupati sampai akhir periode. Tidak diisi."
)
"""Shown over the input cells of an SOP the period does not concern (a form row of an
SOP not in force); the reader recognises the row by the first words."""
TRIAL_RESULTS = ("Sesuai", "Perlu Penyempurnaan")
TRAINING_FORMS = (
    "Rapat",
    "Bimbingan Teknis",
    "Pendampingan",
    "Simulasi",
    "Pelaksanaan Sehari-hari",
)
METHODS = ("Observasi", "Interview dengan Pelaksana", "Diskusi Kelompok Kerja")
GOOD, NOT_GOOD = "Berjalan dengan baik", "Tidak berjalan dengan baik"
ASSESSMENTS = (GOOD, NOT_GOOD)
KEEP, REVISE, REVOKE, NEW_SOP = "Tetap", "Disempurnakan", "Dicabut", "SOP Baru Diperlukan"
RECOMMENDATIONS = (KEEP, REVISE, REVOKE, NEW_SOP)


@dataclass(frozen=True)
class Field:
    """A table column. ``kind``: ``number`` (row number), ``code`` and ``title`` (locked,
    pre-filled from the register), ``text``, ``date``, ``choice`` (one of ``choices``),
    ``yes_no``. ``group`` is the merged heading above it (empty: a two-row label)."""

    key: str
    label: str
    width: float
    kind: str
    message: str
    variants: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    group: str = ""

    @property
    def is_input(self) -> bool:
        return self.kind not in ("number", "code", "title")


@dataclass(frozen=True)
class HeaderField:
    """An input cell beside its label above the table (``kind``: ``text`` or ``date``)."""

    key: str
    label: str
    kind: str
    message: str
    variants: tuple[str, ...] = ()


@dataclass(frozen=True)
class FormSpec:
    """One lifecycle workbook. ``period`` is ``year`` or ``quarter``; ``file_prefix``
    names generated files (``status-sop-12-2026.xlsx``)."""

    kind: str
    sheet: str
    heading: str
    reference: str
    period: str
    columns: tuple[Field, ...]
    note: str
    guide: tuple[tuple[str, str], ...]
    file_prefix: str
    header_fields: tuple[HeaderField, ...] = ()

    @property
    def inputs(self) -> tuple[Field, ...]:
        return tuple(c for c in self.columns if c.is_input)


_FRAME: tuple[Field, ...] = (
    Field("number", "No", 5, "number", "Nomor urut.", ("No.",)),
    Field(
        "code",
        "Nomor SOP",
        15,
        "code",
        "Diisi Bagian Organisasi dari register. Jangan diubah.",
        ("No. SOP", "No SOP"),
    ),
    Field(
        "title",
        "Nama SOP",
        36,
        "title",
        "Diisi Bagian Organisasi dari register.",
        ("Judul SOP", "Prosedur"),
    ),
)
_NOTE_COMMON = (
    "Isi sel berwarna kuning. Nomor SOP dan Nama SOP diisi Bagian Organisasi: jangan diubah. "
    "Tanggal diketik sebagai tanggal (misalnya 15/03/2026)."
)
_SENDING = (
    "Mengirim",
    "Simpan sebagai .xlsx lalu kirim ke Bagian Organisasi Setda. Formulir yang dikirim "
    "ulang untuk SKPD dan periode yang sama menggantikan kiriman sebelumnya.",
)

STATUS = FormSpec(
    kind="status_sop",
    sheet="Status SOP",
    heading="STATUS PENERAPAN STANDAR OPERASIONAL PROSEDUR (SOP)",
    reference="Pasal 12 s.d. Pasal 16 dan Pasal 20",
    period="year",
    file_prefix="status-sop",
    note=_NOTE_COMMON + " Tanggal tidak boleh melewati akhir periode.",
    columns=(
        *_FRAME,
        Field(
            "verified_by",
            "Diverifikasi oleh",
            20,
            "text",
            "Atasan langsung secara berjenjang atau Pejabat yang menangani SOP yang "
            "memverifikasi rancangan SOP (Pasal 12 ayat (2)).",
            ("Verifikator",),
            group="Verifikasi (Pasal 12)",
        ),
        Field(
            "verified_on",
            "Tanggal Verifikasi",
            DATE_WIDTH,
            "date",
            "Tanggal rancangan SOP selesai diverifikasi (Pasal 12 ayat (1)).",
            ("Tgl Verifikasi",),
            group="Verifikasi (Pasal 12)",
        ),
        Field(
            "trial_on",
            "Tanggal Uji Coba",
            DATE_WIDTH,
            "date",
            "Tanggal uji coba mandiri oleh SKPD, disaksikan atasan secara berjenjang "
            "(Pasal 12 ayat (3)). Uji coba sesudah verifikasi.",
            ("Tgl Uji Coba", "Tanggal Ujicoba"),
            group="Uji Coba (Pasal 12 ayat (3))",
        ),
        Field(
            "trial_result",
            "Hasil Uji Coba",
            14,
            "choice",
            "Sesuai: SOP mudah, sesuai dan tepat dilaksanakan. Perlu Penyempurnaan: "
            "rancangan diperbaiki dahulu (Lampiran I angka 5).",
            ("Hasil Ujicoba",),
            TRIAL_RESULTS,
            group="Uji Coba (Pasal 12 ayat (3))",
        ),
        Field(
            "decree_number",
            "Nomor Keputusan Bupati",
            18,
            "text",
            "Nomor Keputusan Bupati yang menetapkan SOP (Pasal 13).",
            ("Nomor Keputusan", "No Keputusan Bupati", "Nomor SK Bupati"),
            group="Penetapan (Pasal 13)",
        ),
        Field(
            "decree_on",
            "Tanggal Keputusan Bupati",
            DATE_WIDTH,
            "date",
            "Tanggal Keputusan Bupati. Penetapan sesudah verifikasi dan uji coba (Pasal 13).",
            ("Tanggal Keputusan", "Tanggal Penetapan", "Tgl Keputusan Bupati"),
            group="Penetapan (Pasal 13)",
        ),
        Field(
            "socialised_on",
            "Tanggal Sosialisasi",
            DATE_WIDTH,
            "date",
            "Tanggal SOP disosialisasikan kepada pegawai unit kerja (Pasal 15 ayat (1)).",
            ("Tgl Sosialisasi",),
            group="Sosialisasi dan Distribusi (Pasal 15)",
        ),
        Field(
            "distributed_to",
            "Didistribusikan kepada",
            20,
            "text",
            "Kepada siapa SOP didistribusikan, misalnya seluruh pegawai Bidang Pelayanan "
            "(Pasal 14 huruf d, Pasal 15 ayat (1)).",
            ("Distribusi", "Didistribusikan ke"),
            group="Sosialisasi dan Distribusi (Pasal 15)",
        ),
        Field(
            "trained_on",
            "Tanggal Pelatihan",
            DATE_WIDTH,
            "date",
            "Tanggal pelatihan dan pemahaman SOP (Pasal 16).",
            ("Tgl Pelatihan",),
            group="Pelatihan dan Pemahaman (Pasal 16)",
        ),
        Field(
            "training_form",
            "Bentuk Pelatihan",
            16,
            "choice",
            "Rapat, bimbingan teknis, pendampingan, simulasi atau pelaksanaan sehari-hari "
            "(Pasal 16; Lampiran I angka 8).",
            ("Bentuk",),
            TRAINING_FORMS,
            group="Pelatihan dan Pemahaman (Pasal 16)",
        ),
        Field(
            "reviewed_on",
            "Tanggal Kaji Ulang Terakhir",
            DATE_WIDTH,
            "date",
            "Tanggal pengkajian ulang terakhir oleh tim SKPD (Pasal 20). SOP dikaji ulang "
            "setiap 2 (dua) tahun sejak penetapan atau kaji ulang terakhir.",
            ("Tanggal Kaji Ulang", "Tanggal Pengkajian Ulang"),
        ),
        Field("note", "Keterangan", 18, "text", "Catatan (boleh kosong).", ("Ket", "Ket.")),
    ),
    guide=(
        (
            "Tujuan",
            "Mencatat tahapan setiap SOP SKPD sesudah penulisan: verifikasi dan uji coba "
            "(Pasal 12), penetapan dengan Keputusan Bupati (Pasal 13), sosialisasi dan "
            "distribusi (Pasal 15), pelatihan dan pemahaman (Pasal 16), kaji ulang (Pasal 20).",
        ),
        (
            "Urutan",
            "Verifikasi, lalu uji coba, lalu penetapan. Tanggal Keputusan Bupati tidak boleh "
            "sebelum tanggal verifikasi atau uji coba. Sosialisasi dan pelatihan sesudah "
            "penetapan.",
        ),
        (
            "Tahap belum dilalui",
            "Biarkan kosong kolom tahap yang belum dilalui. Formulir tahun berikutnya sudah "
            "berisi catatan tahun ini; cukup lengkapi yang baru.",
        ),
        _SENDING,
    ),
)

MONITORING = FormSpec(
    kind="monitoring_sop",
    sheet="Monitoring SOP",
    heading="FORMULIR MONITORING PELAKSANAAN STANDAR OPERASIONAL PROSEDUR (SOP)",
    reference="Pasal 17; Lampiran I angka 9 huruf a",
    period="year",
    file_prefix="monitoring-sop",
    note=_NOTE_COMMON + " Satu baris per SOP yang dimonitor; baris kosong: belum dimonitor.",
    columns=(
        *_FRAME,
        Field(
            "method",
            "Cara Monitoring",
            18,
            "choice",
            "Observasi, interview dengan pelaksana, atau diskusi kelompok kerja (Pasal 17).",
            ("Metode Monitoring", "Metode", "Cara"),
            METHODS,
        ),
        Field(
            "monitored_on",
            "Tanggal Monitoring",
            DATE_WIDTH,
            "date",
            "Tanggal monitoring, di dalam tahun periode formulir.",
            ("Tgl Monitoring", "Tanggal"),
        ),
        Field(
            "assessment",
            "Penilaian terhadap Penerapan",
            18,
            "choice",
            "Berjalan dengan baik atau Tidak berjalan dengan baik.",
            ("Penilaian Penerapan", "Penilaian"),
            ASSESSMENTS,
        ),
        Field(
            "notes",
            "Catatan Hasil Penilaian",
            28,
            "text",
            "Permasalahan yang ditemukan dalam pelaksanaan SOP (Lampiran I angka 9 huruf a).",
            ("Catatan",),
        ),
        Field(
            "action",
            "Tindakan yang Harus Diambil",
            28,
            "text",
            "Cara meningkatkan hasil pelaksanaan. Wajib bila penerapan tidak berjalan dengan baik.",
            ("Tindakan",),
        ),
        Field(
            "assessor",
            "Penilai",
            20,
            "text",
            "Nama dan jabatan penilai (pengganti paraf penilai).",
            ("Paraf Penilai", "Nama Penilai"),
        ),
    ),
    guide=(
        (
            "Tujuan",
            "Monitoring membandingkan dan memastikan kinerja pelaksana sesuai dengan maksud "
            "dan tujuan SOP, mengidentifikasi permasalahan, dan menentukan cara meningkatkan "
            "hasil pelaksanaan (Lampiran I angka 9 huruf a).",
        ),
        (
            "Cara Monitoring",
            "Observasi, interview dengan pelaksana, dan diskusi kelompok kerja (Pasal 17).",
        ),
        (
            "Penilaian",
            "Pilih Berjalan dengan baik atau Tidak berjalan dengan baik; isi catatan hasil "
            "penilaian dan tindakan yang harus diambil.",
        ),
        _SENDING,
    ),
)

CRITERIA: tuple[tuple[str, str], ...] = (
    ("c_performance", "Mampu mendorong peningkatan kinerja"),
    ("c_understood", "Mudah dipahami"),
    ("c_doable", "Mudah dilaksanakan"),
    ("c_roles", "Semua orang dapat menjalankan perannya masing-masing"),
    ("c_problems", "Mampu mengatasi permasalahan yang berkaitan dengan proses"),
    ("c_needs", "Mampu menjawab kebutuhan peningkatan kinerja organisasi"),
    ("c_synergy", "Sinergi satu dengan lainnya"),
)
"""The seven Ya/Tidak questions of the evaluation form (key, label)."""
CRITERIA_GROUP = "Kriteria Evaluasi (Ya/Tidak)"

EVALUATION = FormSpec(
    kind="evaluasi_sop",
    sheet="Evaluasi SOP",
    heading="FORMULIR EVALUASI PENERAPAN STANDAR OPERASIONAL PROSEDUR (SOP)",
    reference="Pasal 18; Lampiran I angka 9 huruf b",
    period="year",
    file_prefix="evaluasi-sop",
    note=_NOTE_COMMON + " Setiap SOP yang berlaku dievaluasi setiap akhir tahun (Pasal 18).",
    header_fields=(
        HeaderField(
            "evaluated_on",
            "Tanggal Evaluasi",
            "date",
            "Tanggal evaluasi: akhir tahun periode, paling lambat 31 hari sesudahnya.",
            ("Tgl Evaluasi",),
        ),
        HeaderField(
            "evaluators",
            "Dievaluasi oleh",
            "text",
            "Atasan secara berjenjang bersama koordinator SKPD (Pasal 18 ayat (3)).",
            ("Tim Evaluasi", "Evaluator"),
        ),
    ),
    columns=(
        *_FRAME,
        *(
            Field(
                key,
                label,
                13,
                "yes_no",
                f"Ya atau Tidak: apakah SOP {label[0].lower()}{label[1:]}?",
                group=CRITERIA_GROUP,
            )
            for key, label in CRITERIA
        ),
        Field(
            "notes",
            "Catatan",
            26,
            "text",
            "Hal yang perlu disempurnakan, atau SOP baru yang diperlukan.",
            ("Catatan Evaluasi", "Keterangan"),
        ),
        Field(
            "recommendation",
            "Rekomendasi",
            16,
            "choice",
            "Tetap, Disempurnakan, Dicabut, atau SOP Baru Diperlukan (Lampiran I angka 9 huruf b).",
            ("Rekomendasi Evaluasi", "Tindak Lanjut"),
            RECOMMENDATIONS,
        ),
    ),
    guide=(
        (
            "Tujuan",
            "Evaluasi mengetahui efektivitas dan kualitas SOP, sebagai bahan penyempurnaan, "
            "setiap akhir tahun (Pasal 18 ayat (1) dan (2)).",
        ),
        (
            "Kriteria",
            "Jawab ketujuh pertanyaan dengan Ya atau Tidak untuk setiap SOP yang berlaku.",
        ),
        (
            "Rekomendasi",
            "Tetap: SOP dipertahankan. Disempurnakan: SOP direvisi dan ditetapkan ulang "
            "(Pasal 20 ayat (3)). Dicabut: SOP tidak diperlukan lagi. SOP Baru Diperlukan: "
            "prosedur memerlukan SOP baru (Lampiran I angka 9 huruf b).",
        ),
        _SENDING,
    ),
)

SUPERVISION = FormSpec(
    kind="pengawasan_sop",
    sheet="Laporan Pengawasan",
    heading="LAPORAN HASIL PENGAWASAN PELAKSANAAN STANDAR OPERASIONAL PROSEDUR (SOP)",
    reference="Pasal 19",
    period="quarter",
    file_prefix="pengawasan-sop",
    note=_NOTE_COMMON + " Diisi atasan langsung; dilaporkan kepada Kepala SKPD setiap triwulan.",
    header_fields=(
        HeaderField(
            "reported_on",
            "Tanggal Laporan",
            "date",
            "Tanggal laporan: di dalam triwulan, paling lambat 31 hari sesudah triwulan "
            "berakhir (Pasal 19 ayat (2)).",
            ("Tgl Laporan",),
        ),
        HeaderField(
            "reported_to",
            "Dilaporkan kepada",
            "text",
            "Nama Kepala SKPD yang menerima laporan (Pasal 19 ayat (2)).",
            ("Kepala SKPD",),
        ),
    ),
    columns=(
        *_FRAME,
        Field(
            "as_written",
            "Dilaksanakan sesuai SOP",
            13,
            "yes_no",
            "Ya bila SOP dilaksanakan sebagaimana tertulis selama triwulan ini.",
            ("Sesuai SOP", "Dilaksanakan Sesuai SOP?"),
            YES_NO,
        ),
        Field(
            "deviations",
            "Penyimpangan yang Ditemukan",
            30,
            "text",
            "Penyimpangan dari SOP yang ditemukan. Wajib bila tidak dilaksanakan sesuai SOP.",
            ("Penyimpangan",),
        ),
        Field(
            "action",
            "Tindakan yang Diambil",
            28,
            "text",
            "Tindakan atasan langsung atas penyimpangan. Wajib bila ada penyimpangan.",
            ("Tindakan",),
        ),
        Field(
            "supervisor",
            "Atasan Langsung",
            22,
            "text",
            "Nama dan jabatan atasan langsung yang melakukan pengawasan (Pasal 19 ayat (1)).",
            ("Pengawas", "Nama Atasan Langsung"),
        ),
    ),
    guide=(
        (
            "Tujuan",
            "Pengawasan pelaksanaan SOP dilakukan atasan langsung secara melekat dan terus "
            "menerus; hasilnya dilaporkan kepada Kepala SKPD setiap triwulan (Pasal 19).",
        ),
        (
            "Pengisian",
            "Untuk setiap SOP: apakah dilaksanakan sesuai SOP (Ya/Tidak), penyimpangan yang "
            "ditemukan, tindakan yang diambil, dan atasan langsung yang mengawasi.",
        ),
        _SENDING,
    ),
)

FORMS: tuple[FormSpec, ...] = (STATUS, MONITORING, EVALUATION, SUPERVISION)
BY_KIND: dict[str, FormSpec] = {form.kind: form for form in FORMS}
BY_NAME: dict[str, FormSpec] = {
    "status": STATUS,
    "monitoring": MONITORING,
    "evaluation": EVALUATION,
    "supervision": SUPERVISION,
}
"""The CLI's names of the forms (``sopxl template status`` ...)."""
