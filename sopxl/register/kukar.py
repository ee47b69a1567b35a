"""A sample organisation master for Kabupaten Kutai Kartanegara.

It lists the Sekretariat Daerah, Sekretariat DPRD, Inspektorat, the usual dinas and badan,
and the 20 kecamatan, with a plausible unit kerja and bagian structure. It is a SAMPLE to
start from, marked as such in the workbook: the coordinator replaces it with the official
SOTK list before codes are fixed. Codes are two-digit text segments; Disdukcapil is 12 so
that the README's example Nomor SOP 12.01.02.001 belongs to its Sub Bagian Umum dan
Kepegawaian.
"""

from __future__ import annotations

from sopxl.kukar import KECAMATAN
from sopxl.model.organisation import AgencyRow, OrgMaster, SectionRow, UnitRow

_SECRETARIAT = (
    "Sekretariat",
    ("Sub Bagian Perencanaan", "Sub Bagian Umum dan Kepegawaian", "Sub Bagian Keuangan"),
)

# (name, short name, [(unit, [bagian, ...]), ...]) — a Sekretariat is added to every dinas
# and badan in front of the units listed here.
_AGENCIES: tuple[tuple[str, str, tuple[tuple[str, tuple[str, ...]], ...]], ...] = (
    (
        "Sekretariat Daerah",
        "SETDA",
        (
            (
                "Bagian Organisasi",
                (
                    "Sub Bagian Kelembagaan dan Analisis Jabatan",
                    "Sub Bagian Pelayanan Publik dan Tata Laksana",
                    "Sub Bagian Kinerja dan Reformasi Birokrasi",
                ),
            ),
            (
                "Bagian Hukum",
                (
                    "Sub Bagian Perundang-undangan",
                    "Sub Bagian Bantuan Hukum",
                    "Sub Bagian Dokumentasi dan Informasi Hukum",
                ),
            ),
            (
                "Bagian Umum",
                (
                    "Sub Bagian Tata Usaha Pimpinan",
                    "Sub Bagian Rumah Tangga",
                    "Sub Bagian Protokol",
                ),
            ),
            (
                "Bagian Tata Pemerintahan",
                ("Sub Bagian Otonomi Daerah", "Sub Bagian Kewilayahan", "Sub Bagian Kerja Sama"),
            ),
        ),
    ),
    (
        "Sekretariat DPRD",
        "SETWAN",
        (
            ("Bagian Umum dan Keuangan", ("Sub Bagian Tata Usaha", "Sub Bagian Keuangan")),
            (
                "Bagian Persidangan dan Perundang-undangan",
                ("Sub Bagian Persidangan", "Sub Bagian Perundang-undangan"),
            ),
        ),
    ),
    (
        "Inspektorat",
        "INSPEKTORAT",
        (
            ("Inspektur Pembantu Wilayah I", ("Kelompok Auditor Wilayah I",)),
            ("Inspektur Pembantu Wilayah II", ("Kelompok Auditor Wilayah II",)),
        ),
    ),
    (
        "Dinas Pendidikan dan Kebudayaan",
        "DISDIKBUD",
        (
            ("Bidang Pembinaan Sekolah Dasar", ("Seksi Kurikulum SD", "Seksi Peserta Didik SD")),
            ("Bidang Pembinaan SMP", ("Seksi Kurikulum SMP", "Seksi Peserta Didik SMP")),
            ("Bidang Kebudayaan", ("Seksi Cagar Budaya", "Seksi Kesenian")),
        ),
    ),
    (
        "Dinas Kesehatan",
        "DINKES",
        (
            ("Bidang Kesehatan Masyarakat", ("Seksi Kesehatan Keluarga dan Gizi",)),
            ("Bidang Pelayanan Kesehatan", ("Seksi Pelayanan Kesehatan Primer",)),
            ("Bidang Pencegahan dan Pengendalian Penyakit", ("Seksi Surveilans dan Imunisasi",)),
        ),
    ),
    ("Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR", ()),
    ("Dinas Perumahan dan Kawasan Permukiman", "DPKP", ()),
    ("Satuan Polisi Pamong Praja", "SATPOL PP", ()),
    ("Dinas Sosial", "DINSOS", ()),
    ("Dinas Tenaga Kerja dan Transmigrasi", "DISNAKERTRANS", ()),
    ("Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "DP3A", ()),
    (
        "Dinas Kependudukan dan Pencatatan Sipil",
        "DISDUKCAPIL",
        (
            (
                "Bidang Pelayanan Pendaftaran Penduduk",
                ("Seksi Identitas Penduduk", "Seksi Pindah Datang Penduduk", "Seksi Pendataan"),
            ),
            (
                "Bidang Pelayanan Pencatatan Sipil",
                ("Seksi Kelahiran", "Seksi Perkawinan dan Perceraian", "Seksi Kematian"),
            ),
            (
                "Bidang Pengelolaan Informasi Administrasi Kependudukan",
                ("Seksi Sistem Informasi", "Seksi Pengolahan dan Penyajian Data"),
            ),
        ),
    ),
    ("Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa", "DPMPD", ()),
    ("Dinas Pengendalian Penduduk dan Keluarga Berencana", "DPPKB", ()),
    ("Dinas Perhubungan", "DISHUB", ()),
    ("Dinas Komunikasi dan Informatika", "DISKOMINFO", ()),
    ("Dinas Koperasi dan Usaha Kecil Menengah", "DISKOP UKM", ()),
    ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP", ()),
    ("Dinas Pemuda dan Olahraga", "DISPORA", ()),
    ("Dinas Pariwisata", "DISPAR", ()),
    ("Dinas Perpustakaan dan Kearsipan", "DISPUSIP", ()),
    ("Dinas Perikanan dan Kelautan", "DKP", ()),
    ("Dinas Pertanian dan Peternakan", "DISTANAK", ()),
    ("Dinas Perkebunan", "DISBUN", ()),
    ("Dinas Perindustrian dan Perdagangan", "DISPERINDAG", ()),
    ("Dinas Lingkungan Hidup", "DLH", ()),
    ("Dinas Ketahanan Pangan", "DKPANGAN", ()),
    ("Badan Perencanaan Pembangunan Daerah", "BAPPEDA", ()),
    ("Badan Keuangan dan Aset Daerah", "BKAD", ()),
    ("Badan Pendapatan Daerah", "BAPENDA", ()),
    ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM", ()),
    ("Badan Penanggulangan Bencana Daerah", "BPBD", ()),
    ("Badan Kesatuan Bangsa dan Politik", "KESBANGPOL", ()),
)

_KECAMATAN_UNITS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Sekretariat Kecamatan",
        ("Sub Bagian Umum dan Kepegawaian", "Sub Bagian Perencanaan dan Keuangan"),
    ),
    (
        "Seksi-Seksi",
        (
            "Seksi Pemerintahan",
            "Seksi Ketenteraman dan Ketertiban Umum",
            "Seksi Pemberdayaan Masyarakat dan Desa",
            "Seksi Pelayanan Umum",
            "Seksi Kesejahteraan Sosial",
        ),
    ),
)


def sample_master() -> OrgMaster:
    """The sample organisation master of Kutai Kartanegara (``sample=True``)."""
    agencies: list[AgencyRow] = []
    units: list[UnitRow] = []
    sections: list[SectionRow] = []

    def add(name: str, short: str, structure: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
        code = f"{len(agencies) + 1:02d}"
        agencies.append(AgencyRow(code, name, short))
        for unit_index, (unit, bagian) in enumerate(structure, start=1):
            unit_code = f"{unit_index:02d}"
            units.append(UnitRow(code, unit_code, unit))
            for section_index, section in enumerate(bagian, start=1):
                sections.append(SectionRow(code, unit_code, f"{section_index:02d}", section))

    for name, short, structure in _AGENCIES:
        if name.startswith(("Dinas", "Badan", "Satuan")):
            structure = (_SECRETARIAT, *structure)
        add(name, short, structure)
    for kecamatan in KECAMATAN:
        short = "KEC. " + kecamatan.upper()
        add(f"Kecamatan {kecamatan}", short, _KECAMATAN_UNITS)
    return OrgMaster(tuple(agencies), tuple(units), tuple(sections), sample=True)
