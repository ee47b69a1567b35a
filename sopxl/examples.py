"""Realistic example SOPs of Kutai Kartanegara SKPDs, as model objects.

They feed the committed sample workbooks (``samples/``, written by :mod:`sopxl.samples`),
the golden-file tests, the demo and the speed benchmark. The SKPD names and the laws in
Dasar Hukum are real; the people, NIPs and numbers are invented.

Every example in :data:`ALL_EXAMPLES` is a clean SOP under Lampiran II: the first and last
step are Terminators, each step has exactly one pelaksana and symbol, an uraian, an output
and a waktu; at least two pelaksana take part and every named pelaksana does a step; every
decision has a Ya and a Tidak target that exist; and every step is reachable from the first
and can reach an end (a Terminator other than the first step). ``tests/test_samples.py``
checks this independently of the product's rules.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from sopxl.model import Actor, Approval, Duration, Identity, Sop, Step, Symbol, TimeUnit


def minutes(amount: int) -> Duration:
    return Duration(Decimal(amount), TimeUnit.MINUTE, f"{amount} menit")


def hours(amount: int) -> Duration:
    return Duration(Decimal(amount), TimeUnit.HOUR, f"{amount} jam")


def working_days(amount: int) -> Duration:
    return Duration(Decimal(amount), TimeUnit.WORKING_DAY, f"{amount} hari kerja")


def days(amount: int) -> Duration:
    return Duration(Decimal(amount), TimeUnit.DAY, f"{amount} hari")


def surat_masuk() -> Sop:
    """Penerimaan dan pencatatan surat masuk at a dinas secretariat, with one decision."""
    identity = Identity(
        agency="Dinas Kependudukan dan Pencatatan Sipil",
        unit="Sekretariat",
        section="Sub Bagian Umum dan Kepegawaian",
        code="12.01.02.001",
        made_on=date(2025, 1, 6),
        revised_on=None,
        approved_on=date(2025, 1, 20),
        approved_by="Kepala Dinas Kependudukan dan Pencatatan Sipil",
        title="Penerimaan dan Pencatatan Surat Masuk",
        legal_basis=(
            "Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan",
            "Peraturan Pemerintah Nomor 28 Tahun 2012 tentang Pelaksanaan Undang-Undang "
            "Nomor 43 Tahun 2009 tentang Kearsipan",
            "Peraturan Bupati Kutai Kartanegara Nomor 57 Tahun 2012 tentang Pedoman Penyusunan SOP",
        ),
        qualifications=(
            "Memahami tata naskah dinas",
            "Mampu mengoperasikan komputer dan aplikasi agenda surat",
        ),
        related=("SOP Disposisi Surat", "SOP Pengarsipan Dokumen"),
        equipment=("Buku agenda surat masuk", "Komputer dan printer", "Lembar disposisi"),
        cautions=(
            "Surat yang tidak dicatat dapat hilang dan tidak dapat ditelusuri",
            "Surat bersifat rahasia hanya dibuka oleh Kepala Dinas",
        ),
        records=("Buku agenda surat masuk", "Lembar disposisi yang telah diparaf"),
        approval=Approval(
            name="Drs. H. Muhammad Rizal, M.Si",
            nip="196805121994031007",
            position="Kepala Dinas Kependudukan dan Pencatatan Sipil",
        ),
    )
    actors = (
        Actor("Kepala Dinas"),
        Actor("Sekretaris"),
        Actor("Kepala Sub Bagian Umum"),
        Actor("Pengadministrasi Umum"),
    )
    steps = (
        Step(
            1,
            "Menerima surat masuk dari pengantar dan memeriksa alamat tujuan",
            actor=3,
            symbol=Symbol.TERMINATOR,
            requirements="Surat masuk",
            duration=minutes(5),
            output="Surat diterima",
        ),
        Step(
            2,
            "Memeriksa apakah surat bersifat rahasia",
            actor=3,
            symbol=Symbol.DECISION,
            requirements="Surat masuk",
            duration=minutes(5),
            output="Surat terpilah",
            yes_target=3,
            no_target=4,
        ),
        Step(
            3,
            "Meneruskan surat rahasia tertutup kepada Kepala Dinas",
            actor=0,
            symbol=Symbol.PROCESS,
            requirements="Surat rahasia",
            duration=minutes(15),
            output="Surat diterima Kepala Dinas",
            note="Tidak dibuka",
            yes_target=None,
        ),
        Step(
            4,
            "Mencatat surat dalam buku agenda dan aplikasi",
            actor=3,
            symbol=Symbol.FILE,
            requirements="Buku agenda, komputer",
            duration=minutes(10),
            output="Agenda surat masuk",
        ),
        Step(
            5,
            "Memberi lembar disposisi dan menyampaikan kepada Sekretaris",
            actor=2,
            symbol=Symbol.DOCUMENT,
            requirements="Lembar disposisi",
            duration=minutes(15),
            output="Surat berdisposisi",
        ),
        Step(
            6,
            "Mendisposisikan surat kepada bidang terkait",
            actor=1,
            symbol=Symbol.PROCESS,
            requirements="Surat berdisposisi",
            duration=hours(1),
            output="Disposisi",
        ),
        Step(
            7,
            "Mengarsipkan salinan surat dan lembar disposisi",
            actor=3,
            symbol=Symbol.TERMINATOR,
            requirements="Map arsip",
            duration=minutes(10),
            output="Arsip surat masuk",
        ),
    )
    return Sop(identity=identity, actors=actors, steps=steps)


# --- Compact builders for the examples below ---------------------------------------------

_T = Symbol.TERMINATOR
_P = Symbol.PROCESS
_D = Symbol.DECISION
_DOC = Symbol.DOCUMENT
_MULTI = Symbol.MULTI_DOCUMENT
_ARCHIVE = Symbol.MANUAL_ARCHIVE
_FILE = Symbol.FILE


def _step(
    number: int,
    actor: int,
    symbol: Symbol,
    description: str,
    requirements: str,
    duration: Duration,
    output: str,
    *,
    note: str = "",
    yes: int | None = None,
    no: int | None = None,
) -> Step:
    """A step with its pelaksana column, symbol and mutu baku, in the form's column order."""
    return Step(
        number,
        description,
        actor=actor,
        symbol=symbol,
        requirements=requirements,
        duration=duration,
        output=output,
        note=note,
        yes_target=yes,
        no_target=no,
    )


PERBUP_SOP = "Peraturan Bupati Kutai Kartanegara Nomor 57 Tahun 2012 tentang Pedoman Penyusunan SOP"
UU_ASN = "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara"
UU_KEARSIPAN = "Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan"
UU_PELAYANAN_PUBLIK = "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"
UU_PEMDA = "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah"
PERMENDAGRI_TND = (
    "Peraturan Menteri Dalam Negeri Nomor 1 Tahun 2023 tentang Tata Naskah Dinas di "
    "Lingkungan Pemerintah Daerah"
)


# --- Sekretariat Daerah: surat keluar ----------------------------------------------------


def surat_keluar() -> Sop:
    """Pengurusan surat keluar at the Bagian Umum of the Sekretariat Daerah.

    Two decisions; the Sekretaris Daerah's refusal loops back to the correction step.
    """
    identity = Identity(
        agency="Sekretariat Daerah",
        unit="Asisten Administrasi Umum",
        section="Bagian Umum",
        code="01.03.01.004",
        made_on=date(2025, 2, 3),
        approved_on=date(2025, 2, 17),
        approved_by="Sekretaris Daerah Kabupaten Kutai Kartanegara",
        title="Pengurusan dan Pengiriman Surat Keluar",
        legal_basis=(
            UU_KEARSIPAN,
            "Peraturan Pemerintah Nomor 28 Tahun 2012 tentang Pelaksanaan Undang-Undang "
            "Nomor 43 Tahun 2009 tentang Kearsipan",
            PERMENDAGRI_TND,
            PERBUP_SOP,
        ),
        qualifications=(
            "Memahami pedoman tata naskah dinas dan klasifikasi arsip",
            "Mampu mengoperasikan komputer dan aplikasi persuratan elektronik",
            "Teliti dan mampu menjaga kerahasiaan surat",
        ),
        related=("SOP Penerimaan dan Pencatatan Surat Masuk", "SOP Pengarsipan Dokumen"),
        equipment=(
            "Buku agenda surat keluar dan buku ekspedisi",
            "Komputer, printer dan mesin fotokopi",
            "Cap dinas dan amplop dinas",
        ),
        cautions=(
            "Surat yang keliru format atau kode klasifikasinya harus dikembalikan untuk "
            "diperbaiki sebelum ditandatangani",
            "Surat yang tidak dicatat dan tidak dikirim dengan buku ekspedisi tidak dapat "
            "dibuktikan penerimaannya",
        ),
        records=(
            "Nomor dan tanggal surat pada buku agenda surat keluar",
            "Paraf koordinasi pada konsep surat",
            "Tanda terima penerima pada buku ekspedisi",
        ),
        approval=Approval(
            name="Dr. H. Ahmad Syarifuddin Noor, S.H., M.Si",
            nip="197106142000031005",
            position="Sekretaris Daerah Kabupaten Kutai Kartanegara",
        ),
    )
    actors = (
        Actor("Sekretaris Daerah"),
        Actor("Kepala Bagian Umum"),
        Actor("Kepala Subbagian Tata Usaha Pimpinan"),
        Actor("Pengadministrasi Umum"),
        Actor("Caraka"),
    )
    steps = (
        _step(
            1,
            3,
            _T,
            "Menerima konsep surat keluar yang telah diparaf pejabat pengonsep beserta lampirannya",
            "Konsep surat, lampiran",
            minutes(10),
            "Konsep surat diterima",
        ),
        _step(
            2,
            2,
            _D,
            "Memeriksa format, kode klasifikasi, susunan bahasa dan kelengkapan lampiran "
            "sesuai tata naskah dinas",
            "Konsep surat, pedoman tata naskah dinas",
            minutes(30),
            "Konsep surat terperiksa",
            yes=4,
            no=3,
        ),
        _step(
            3,
            2,
            _P,
            "Memperbaiki konsep surat sesuai catatan koreksi bersama pejabat pengonsep",
            "Konsep surat, catatan koreksi",
            hours(1),
            "Konsep surat yang telah diperbaiki",
        ),
        _step(
            4,
            1,
            _P,
            "Memaraf konsep surat sebagai tanda persetujuan isi dan format",
            "Konsep surat",
            hours(1),
            "Konsep surat berparaf",
        ),
        _step(
            5,
            0,
            _D,
            "Menelaah dan menandatangani surat; surat yang belum disetujui dikembalikan "
            "dengan catatan perbaikan",
            "Konsep surat berparaf",
            working_days(1),
            "Surat yang telah ditandatangani",
            yes=6,
            no=3,
        ),
        _step(
            6,
            3,
            _DOC,
            "Memberi nomor dan tanggal surat dari buku agenda surat keluar serta "
            "membubuhkan cap dinas",
            "Buku agenda surat keluar, cap dinas",
            minutes(15),
            "Surat bernomor dan bercap",
        ),
        _step(
            7,
            3,
            _MULTI,
            "Menggandakan surat untuk tembusan dan pertinggal, lalu memasukkan surat ke "
            "dalam amplop",
            "Mesin fotokopi, amplop dinas",
            minutes(20),
            "Salinan surat dan surat siap kirim",
        ),
        _step(
            8,
            4,
            _P,
            "Mengantarkan surat ke alamat tujuan dan meminta tanda terima pada buku ekspedisi",
            "Buku ekspedisi",
            working_days(1),
            "Tanda terima surat",
        ),
        _step(
            9,
            3,
            _T,
            "Mengarsipkan pertinggal surat beserta bukti tanda terima",
            "Map arsip surat keluar",
            minutes(10),
            "Arsip surat keluar",
        ),
    )
    return Sop(identity=identity, actors=actors, steps=steps)


# --- BKPSDM: cuti pegawai ----------------------------------------------------------------


def cuti_pegawai() -> Sop:
    """Izin cuti PNS at the Badan Kepegawaian dan Pengembangan Sumber Daya Manusia.

    An incomplete file ends the procedure early (a second Terminator in mid-flow); a
    draft refused by the Kepala Bidang loops back to drafting.
    """
    identity = Identity(
        agency="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        unit="Bidang Mutasi dan Promosi",
        section="Sub Bidang Status dan Kedudukan Pegawai",
        code="04.03.02.007",
        made_on=date(2025, 5, 12),
        approved_on=date(2025, 6, 2),
        approved_by="Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        title="Pelayanan Izin Cuti Pegawai Negeri Sipil",
        legal_basis=(
            UU_ASN,
            "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil "
            "sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020",
            "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil",
            "Peraturan Badan Kepegawaian Negara Nomor 24 Tahun 2017 tentang Tata Cara "
            "Pemberian Cuti Pegawai Negeri Sipil",
            PERBUP_SOP,
        ),
        qualifications=(
            "Memahami ketentuan cuti Pegawai Negeri Sipil",
            "Mampu mengoperasikan SIMPEG dan Sistem Informasi ASN (SIASN)",
            "Analis SDM Aparatur paling rendah jenjang Ahli Pertama",
        ),
        related=("SOP Penerimaan dan Pencatatan Surat Masuk", "SOP Pemutakhiran Data Pegawai"),
        equipment=(
            "Komputer dengan akses SIMPEG dan SIASN",
            "Printer dan mesin fotokopi",
            "Register permohonan cuti",
        ),
        cautions=(
            "Cuti yang diberikan melebihi hak cuti pegawai menimbulkan kelebihan pembayaran "
            "tunjangan",
            "Pegawai yang meninggalkan tugas tanpa izin cuti dapat dijatuhi hukuman disiplin "
            "sesuai PP 94 Tahun 2021",
        ),
        records=(
            "Register permohonan cuti",
            "Sisa hak cuti tahunan pegawai pada SIMPEG",
            "Paraf verifikator dan Kepala Bidang pada konsep surat izin cuti",
        ),
        approval=Approval(
            name="Hj. Rina Marlinawati, S.Psi., M.Si",
            nip="197809212003122004",
            position="Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        ),
    )
    actors = (
        Actor("Kepala Badan"),
        Actor("Kepala Bidang Mutasi dan Promosi"),
        Actor("Analis SDM Aparatur"),
        Actor("Pengadministrasi Kepegawaian"),
        Actor("Pengelola Kepegawaian Perangkat Daerah"),
    )
    steps = (
        _step(
            1,
            4,
            _T,
            "Menyampaikan permohonan cuti pegawai beserta berkas persyaratan melalui loket "
            "pelayanan BKPSDM",
            "Surat pengantar kepala perangkat daerah, formulir permintaan cuti, surat "
            "keterangan dokter (cuti sakit/melahirkan)",
            minutes(15),
            "Berkas permohonan cuti",
        ),
        _step(
            2,
            3,
            _FILE,
            "Menerima berkas dan mencatat permohonan dalam register cuti pada SIMPEG",
            "Berkas permohonan cuti, SIMPEG",
            minutes(15),
            "Register permohonan cuti",
        ),
        _step(
            3,
            2,
            _D,
            "Memverifikasi kelengkapan berkas dan sisa hak cuti pegawai",
            "Berkas permohonan cuti, data cuti pada SIMPEG",
            working_days(1),
            "Hasil verifikasi berkas",
            note="Tidak lengkap: berkas dikembalikan",
            yes=5,
            no=4,
        ),
        _step(
            4,
            3,
            _T,
            "Mengembalikan berkas yang tidak lengkap kepada pengelola kepegawaian perangkat "
            "daerah disertai catatan kekurangan",
            "Lembar catatan kekurangan berkas",
            minutes(15),
            "Berkas dikembalikan",
        ),
        _step(
            5,
            2,
            _DOC,
            "Menyusun konsep surat izin cuti",
            "Berkas terverifikasi, format surat izin cuti",
            hours(2),
            "Konsep surat izin cuti",
        ),
        _step(
            6,
            1,
            _D,
            "Memeriksa dan memaraf konsep surat izin cuti",
            "Konsep surat izin cuti",
            working_days(1),
            "Konsep surat izin cuti berparaf",
            yes=7,
            no=5,
        ),
        _step(
            7,
            0,
            _P,
            "Menandatangani surat izin cuti atas nama Bupati Kutai Kartanegara",
            "Konsep surat izin cuti berparaf",
            working_days(1),
            "Surat izin cuti",
        ),
        _step(
            8,
            3,
            _MULTI,
            "Menggandakan surat izin cuti untuk pegawai, atasan langsung dan tembusan",
            "Surat izin cuti, mesin fotokopi",
            minutes(30),
            "Salinan surat izin cuti",
        ),
        _step(
            9,
            3,
            _FILE,
            "Memutakhirkan data cuti pegawai pada SIMPEG dan SIASN",
            "Surat izin cuti, SIMPEG, SIASN",
            minutes(30),
            "Data cuti mutakhir",
        ),
        _step(
            10,
            4,
            _T,
            "Menerima surat izin cuti dan menyampaikannya kepada pegawai yang bersangkutan",
            "Buku ekspedisi",
            minutes(15),
            "Surat izin cuti diterima",
        ),
    )
    return Sop(identity=identity, actors=actors, steps=steps)


# --- Kecamatan Tenggarong Seberang: SKTM ------------------------------------------------


def sktm() -> Sop:
    """Surat Keterangan Tidak Mampu at a kecamatan's PATEN counter.

    An incomplete file goes back to the pemohon (back edge 3 -> 2); a draft the Kepala
    Seksi refuses goes back to typing (6 -> 5). The SOP has been revised once.
    """
    identity = Identity(
        agency="Kecamatan Tenggarong Seberang",
        unit="Seksi Pelayanan Umum",
        section="Pelayanan Administrasi Terpadu Kecamatan (PATEN)",
        code="20.02.03.002",
        made_on=date(2024, 3, 4),
        revised_on=date(2025, 7, 14),
        approved_on=date(2024, 3, 18),
        approved_by="Camat Tenggarong Seberang",
        title="Pelayanan Surat Keterangan Tidak Mampu (SKTM)",
        legal_basis=(
            UU_PELAYANAN_PUBLIK,
            UU_PEMDA,
            "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang "
            "Nomor 23 Tahun 2006 tentang Administrasi Kependudukan",
            "Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan",
            "Peraturan Menteri Dalam Negeri Nomor 4 Tahun 2010 tentang Pedoman Pelayanan "
            "Administrasi Terpadu Kecamatan",
        ),
        qualifications=(
            "Memahami persyaratan dan tata cara penerbitan SKTM",
            "Mampu mengoperasikan komputer dan aplikasi pelayanan kecamatan",
            "Ramah dan komunikatif dalam melayani masyarakat",
        ),
        related=("SOP Pelayanan Surat Pengantar Desa/Kelurahan", "SOP Pengarsipan Dokumen"),
        equipment=(
            "Formulir permohonan SKTM",
            "Komputer, printer dan blangko SKTM",
            "Buku register pelayanan dan cap kecamatan",
        ),
        cautions=(
            "SKTM yang diterbitkan tanpa pengantar desa/kelurahan dapat disalahgunakan "
            "oleh pemohon yang mampu",
            "Data NIK yang tidak sesuai database kependudukan menyebabkan SKTM ditolak "
            "instansi tujuan",
        ),
        records=(
            "Nomor registrasi permohonan pada buku register pelayanan",
            "Paraf Kepala Seksi pada konsep SKTM",
            "Tanda terima pemohon pada buku ekspedisi",
        ),
        approval=Approval(
            name="Syahrudin Noor, S.Sos., M.AP",
            nip="197608232005021003",
            position="Camat Tenggarong Seberang",
        ),
    )
    actors = (
        Actor("Camat"),
        Actor("Kepala Seksi Pelayanan Umum"),
        Actor("Petugas Loket PATEN"),
        Actor("Pemohon"),
    )
    steps = (
        _step(
            1,
            3,
            _T,
            "Datang ke loket PATEN membawa surat pengantar SKTM dari kepala desa atau lurah",
            "Surat pengantar desa/kelurahan",
            minutes(5),
            "Pemohon dilayani di loket",
        ),
        _step(
            2,
            3,
            _P,
            "Mengisi formulir permohonan dan menyerahkan berkas persyaratan",
            "Formulir permohonan, fotokopi KTP-el dan Kartu Keluarga",
            minutes(10),
            "Berkas permohonan SKTM",
        ),
        _step(
            3,
            2,
            _D,
            "Memeriksa kelengkapan dan keabsahan berkas serta mencocokkan NIK dengan data "
            "kependudukan",
            "Berkas permohonan SKTM",
            minutes(15),
            "Berkas terverifikasi",
            note="Tidak lengkap: berkas kembali ke pemohon",
            yes=4,
            no=2,
        ),
        _step(
            4,
            2,
            _FILE,
            "Mencatat permohonan pada register pelayanan dan memberi nomor registrasi",
            "Buku register, aplikasi pelayanan",
            minutes(10),
            "Nomor registrasi permohonan",
        ),
        _step(
            5,
            2,
            _DOC,
            "Mengetik konsep SKTM sesuai data pemohon",
            "Berkas terverifikasi, blangko SKTM",
            minutes(15),
            "Konsep SKTM",
        ),
        _step(
            6,
            1,
            _D,
            "Memeriksa kebenaran isi konsep SKTM dan memarafnya",
            "Konsep SKTM",
            minutes(15),
            "Konsep SKTM berparaf",
            yes=7,
            no=5,
        ),
        _step(
            7,
            0,
            _P,
            "Menandatangani SKTM",
            "Konsep SKTM berparaf",
            hours(2),
            "SKTM yang telah ditandatangani",
        ),
        _step(
            8,
            2,
            _ARCHIVE,
            "Membubuhkan cap kecamatan dan mengarsipkan pertinggal SKTM",
            "Cap kecamatan, map arsip",
            minutes(10),
            "Arsip SKTM",
        ),
        _step(
            9,
            3,
            _T,
            "Menerima SKTM dan menandatangani buku ekspedisi",
            "Buku ekspedisi",
            minutes(5),
            "SKTM diterima pemohon",
        ),
    )
    return Sop(identity=identity, actors=actors, steps=steps)


# --- Dinas PUPR: pengadaan langsung -----------------------------------------------------


def pengadaan_langsung() -> Sop:
    """Pengadaan langsung barang/jasa at the Dinas Pekerjaan Umum dan Penataan Ruang.

    Twelve steps across seven pelaksana (the widest example, for rendering many actors);
    a failed evaluation invites another provider (5 -> 3) and a rejected delivery goes
    back to the provider (9 -> 8).
    """
    identity = Identity(
        agency="Dinas Pekerjaan Umum dan Penataan Ruang",
        unit="Sekretariat",
        section="Sub Bagian Umum dan Kepegawaian",
        code="03.01.01.012",
        made_on=date(2024, 9, 9),
        approved_on=date(2024, 10, 1),
        approved_by="Kepala Dinas Pekerjaan Umum dan Penataan Ruang",
        title="Pengadaan Langsung Barang/Jasa",
        legal_basis=(
            "Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaan Barang/Jasa Pemerintah "
            "sebagaimana telah diubah dengan Peraturan Presiden Nomor 12 Tahun 2021",
            "Peraturan Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah Nomor 12 Tahun "
            "2021 tentang Pedoman Pelaksanaan Pengadaan Barang/Jasa Pemerintah melalui "
            "Penyedia",
            "Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah",
            "Peraturan Menteri Dalam Negeri Nomor 77 Tahun 2020 tentang Pedoman Teknis "
            "Pengelolaan Keuangan Daerah",
            PERBUP_SOP,
        ),
        qualifications=(
            "Pejabat Pengadaan memiliki sertifikat kompetensi di bidang pengadaan barang/jasa",
            "PPK memahami penyusunan spesifikasi teknis, HPS dan rancangan kontrak",
            "Mampu mengoperasikan SPSE, SIKaP dan SIPD",
        ),
        related=("SOP Penyusunan Harga Perkiraan Sendiri", "SOP Pengajuan SPP-LS"),
        equipment=(
            "Komputer dengan akses SPSE, SIKaP dan SIPD",
            "Dokumen Pelaksanaan Anggaran (DPA)",
            "Printer, pemindai dan meterai elektronik",
        ),
        cautions=(
            "Pemecahan paket untuk menghindari tender melanggar Perpres 16 Tahun 2018",
            "Hasil pekerjaan yang tidak diperiksa sebelum serah terima dapat menimbulkan "
            "kerugian daerah",
            "Pembayaran tanpa BAST yang sah akan menjadi temuan pemeriksa",
        ),
        records=(
            "Berita Acara Hasil Pengadaan Langsung",
            "Surat Perintah Kerja dan Berita Acara Serah Terima",
            "Register SPP-LS dan SPM",
        ),
        approval=Approval(
            name="Ir. Haryanto Wibisono, M.T",
            nip="197002171997031002",
            position="Kepala Dinas Pekerjaan Umum dan Penataan Ruang",
        ),
    )
    actors = (
        Actor("Pengguna Anggaran (Kepala Dinas)"),
        Actor("Pejabat Pembuat Komitmen"),
        Actor("Pejabat Pelaksana Teknis Kegiatan"),
        Actor("Pejabat Pengadaan"),
        Actor("Pejabat Pemeriksa Hasil Pekerjaan"),
        Actor("Bendahara Pengeluaran"),
        Actor("Penyedia"),
    )
    steps = (
        _step(
            1,
            2,
            _T,
            "Mengusulkan kebutuhan barang/jasa sesuai DPA kepada Pejabat Pembuat Komitmen",
            "DPA, nota dinas usulan kebutuhan",
            working_days(1),
            "Usulan kebutuhan barang/jasa",
        ),
        _step(
            2,
            1,
            _DOC,
            "Menetapkan spesifikasi teknis, Harga Perkiraan Sendiri dan rancangan kontrak",
            "Usulan kebutuhan, survei harga pasar",
            working_days(2),
            "Spesifikasi teknis, HPS dan rancangan kontrak",
        ),
        _step(
            3,
            3,
            _P,
            "Mengundang calon penyedia yang terdaftar di SIKaP untuk menyampaikan penawaran",
            "Dokumen persiapan pengadaan, SPSE",
            working_days(1),
            "Undangan pengadaan langsung",
        ),
        _step(
            4,
            6,
            _DOC,
            "Menyampaikan dokumen penawaran administrasi, teknis dan harga",
            "Undangan, formulir penawaran",
            working_days(2),
            "Dokumen penawaran",
        ),
        _step(
            5,
            3,
            _D,
            "Mengevaluasi penawaran, melakukan klarifikasi teknis dan negosiasi harga",
            "Dokumen penawaran, HPS",
            working_days(1),
            "Hasil evaluasi dan negosiasi",
            note="Tidak memenuhi: undang penyedia lain",
            yes=6,
            no=3,
        ),
        _step(
            6,
            3,
            _DOC,
            "Menyusun Berita Acara Hasil Pengadaan Langsung dan menyampaikannya kepada PPK",
            "Hasil evaluasi dan negosiasi",
            hours(3),
            "Berita Acara Hasil Pengadaan Langsung",
        ),
        _step(
            7,
            1,
            _MULTI,
            "Menerbitkan Surat Penunjukan Penyedia dan menandatangani Surat Perintah Kerja "
            "rangkap dua",
            "Berita Acara Hasil Pengadaan Langsung, rancangan kontrak",
            working_days(1),
            "SPPBJ dan SPK",
        ),
        _step(
            8,
            6,
            _P,
            "Melaksanakan pekerjaan dan menyerahkan hasilnya sesuai SPK",
            "SPK",
            days(30),
            "Hasil pekerjaan",
            note="Sesuai jangka waktu dalam SPK",
        ),
        _step(
            9,
            4,
            _D,
            "Memeriksa kesesuaian hasil pekerjaan dengan spesifikasi teknis dalam SPK",
            "SPK, hasil pekerjaan",
            working_days(2),
            "Berita Acara Pemeriksaan Hasil Pekerjaan",
            note="Tidak sesuai: penyedia memperbaiki",
            yes=10,
            no=8,
        ),
        _step(
            10,
            1,
            _DOC,
            "Menandatangani Berita Acara Serah Terima dan mengajukan permintaan pembayaran",
            "Berita Acara Pemeriksaan Hasil Pekerjaan, faktur",
            working_days(1),
            "BAST dan permintaan pembayaran",
        ),
        _step(
            11,
            5,
            _FILE,
            "Menyiapkan SPP-LS melalui SIPD berdasarkan BAST",
            "BAST, SIPD",
            working_days(1),
            "SPP-LS",
        ),
        _step(
            12,
            0,
            _T,
            "Menandatangani SPM dan menyampaikannya kepada BPKAD untuk penerbitan SP2D",
            "SPP-LS, SIPD",
            working_days(1),
            "SPM",
        ),
    )
    return Sop(identity=identity, actors=actors, steps=steps)


# --- Inspektorat Daerah: disposisi surat ------------------------------------------------


def disposisi_surat() -> Sop:
    """Disposisi surat masuk at the Inspektorat Daerah: the Sekretaris decides whether the
    Inspektur must dispose the letter himself."""
    identity = Identity(
        agency="Inspektorat Daerah",
        unit="Sekretariat",
        section="Sub Bagian Umum dan Kepegawaian",
        code="06.01.01.003",
        made_on=date(2026, 1, 12),
        approved_on=date(2026, 1, 26),
        approved_by="Inspektur Daerah Kabupaten Kutai Kartanegara",
        title="Pendisposisian Surat Masuk",
        legal_basis=(
            UU_KEARSIPAN,
            PERMENDAGRI_TND,
            "Peraturan Pemerintah Nomor 12 Tahun 2017 tentang Pembinaan dan Pengawasan "
            "Penyelenggaraan Pemerintahan Daerah",
            PERBUP_SOP,
        ),
        qualifications=(
            "Memahami tata naskah dinas dan tugas pokok setiap Inspektur Pembantu",
            "Mampu mengoperasikan aplikasi persuratan elektronik",
        ),
        related=("SOP Penerimaan dan Pencatatan Surat Masuk", "SOP Pengarsipan Dokumen"),
        equipment=("Lembar disposisi", "Buku kendali disposisi", "Komputer dan printer"),
        cautions=(
            "Disposisi yang terlambat menyebabkan tindak lanjut pengaduan melewati batas waktu",
            "Surat pengaduan bersifat rahasia hanya dibuka oleh Inspektur",
        ),
        records=("Lembar disposisi yang telah diparaf", "Buku kendali disposisi"),
        approval=Approval(
            name="Dra. Hj. Nurul Aini Rahmawati, M.Si",
            nip="196911081995032001",
            position="Inspektur Daerah Kabupaten Kutai Kartanegara",
        ),
    )
    actors = (
        Actor("Inspektur"),
        Actor("Sekretaris"),
        Actor("Inspektur Pembantu"),
        Actor("Kepala Sub Bagian Umum dan Kepegawaian"),
        Actor("Pengadministrasi Umum"),
    )
    steps = (
        _step(
            1,
            4,
            _T,
            "Menerima surat masuk yang telah diagendakan dan melampirkan lembar disposisi",
            "Surat masuk, lembar disposisi",
            minutes(10),
            "Surat berlembar disposisi",
        ),
        _step(
            2,
            3,
            _P,
            "Meneliti surat dan meneruskannya kepada Sekretaris",
            "Surat berlembar disposisi",
            minutes(30),
            "Surat teliti",
        ),
        _step(
            3,
            1,
            _D,
            "Menelaah isi surat: apakah surat memerlukan disposisi Inspektur",
            "Surat berlembar disposisi",
            hours(1),
            "Telaahan surat",
            note="Ya: surat pengaduan, undangan atau perintah pimpinan",
            yes=4,
            no=5,
        ),
        _step(
            4,
            0,
            _DOC,
            "Memberikan disposisi pada lembar disposisi",
            "Surat berlembar disposisi",
            hours(2),
            "Disposisi Inspektur",
        ),
        _step(
            5,
            1,
            _P,
            "Meneruskan surat kepada Inspektur Pembantu sesuai isi disposisi",
            "Surat berdisposisi",
            minutes(30),
            "Surat diteruskan",
        ),
        _step(
            6,
            2,
            _P,
            "Menindaklanjuti disposisi dan melaporkan hasilnya",
            "Surat berdisposisi",
            working_days(3),
            "Laporan tindak lanjut",
        ),
        _step(
            7,
            4,
            _FILE,
            "Mencatat tindak lanjut disposisi pada buku kendali dan aplikasi",
            "Buku kendali disposisi, komputer",
            minutes(10),
            "Data tindak lanjut disposisi",
        ),
        _step(
            8,
            4,
            _T,
            "Mengarsipkan surat beserta lembar disposisi",
            "Map arsip",
            minutes(10),
            "Arsip surat dan disposisi",
        ),
    )
    return Sop(identity=identity, actors=actors, steps=steps)


# --- Disdukcapil: KTP-el (long, for multi-page rendering) ------------------------------


def ktp_el() -> Sop:
    """Penerbitan KTP-el at the Dinas Kependudukan dan Pencatatan Sipil: 23 steps, seven
    pelaksana, seven decisions, two early ends (data ganda, blangko habis) and three back
    edges. Long enough to need several pages when rendered."""
    identity = Identity(
        agency="Dinas Kependudukan dan Pencatatan Sipil",
        unit="Bidang Pelayanan Pendaftaran Penduduk",
        section="Seksi Identitas Penduduk",
        code="12.02.01.003",
        made_on=date(2025, 8, 4),
        approved_on=date(2025, 8, 18),
        approved_by="Kepala Dinas Kependudukan dan Pencatatan Sipil",
        title="Pelayanan Perekaman dan Pencetakan KTP-el",
        legal_basis=(
            "Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan "
            "sebagaimana telah diubah dengan Undang-Undang Nomor 24 Tahun 2013",
            UU_PELAYANAN_PUBLIK,
            "Peraturan Pemerintah Nomor 40 Tahun 2019 tentang Pelaksanaan Undang-Undang "
            "tentang Administrasi Kependudukan",
            "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara "
            "Pendaftaran Penduduk dan Pencatatan Sipil",
            "Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan "
            "Pelaksanaan Peraturan Presiden Nomor 96 Tahun 2018",
        ),
        qualifications=(
            "Operator memiliki hak akses SIAK Terpusat dan aplikasi perekaman KTP-el",
            "Memahami persyaratan penerbitan KTP-el baru, rusak, hilang dan perubahan data",
            "Mampu mengoperasikan perangkat perekaman biometrik dan printer KTP-el",
        ),
        related=(
            "SOP Penyelesaian Data Ganda (Duplicate Record)",
            "SOP Penerbitan Kartu Keluarga",
            "SOP Pengelolaan Blangko KTP-el",
        ),
        equipment=(
            "Perangkat perekaman: kamera, pemindai sidik jari dan iris, pad tanda tangan",
            "Printer KTP-el dan blangko KTP-el",
            "Komputer dengan jaringan ke SIAK Terpusat",
            "Mesin antrean dan buku register",
        ),
        cautions=(
            "Perekaman tanpa verifikasi data dapat menimbulkan data ganda",
            "Blangko KTP-el adalah dokumen berharga: setiap blangko rusak harus dicatat dan "
            "dilaporkan",
            "Gangguan jaringan ke server pusat menunda pencetakan; pemohon diberi tanda "
            "bukti permohonan",
        ),
        records=(
            "Register permohonan dan pencetakan KTP-el",
            "Rekapitulasi harian penggunaan blangko",
            "Tanda terima KTP-el oleh pemohon",
        ),
        approval=Approval(
            name="Drs. H. Muhammad Rizal, M.Si",
            nip="196805121994031007",
            position="Kepala Dinas Kependudukan dan Pencatatan Sipil",
        ),
    )
    actors = (
        Actor("Kepala Dinas"),
        Actor("Kepala Bidang Pelayanan Pendaftaran Penduduk"),
        Actor("Kepala Seksi Identitas Penduduk"),
        Actor("Operator Perekaman"),
        Actor("Operator Pencetakan"),
        Actor("Petugas Loket"),
        Actor("Pemohon"),
    )
    steps = (
        _step(
            1,
            6,
            _T,
            "Mengambil nomor antrean dan menunggu panggilan di ruang tunggu pelayanan",
            "Kartu Keluarga",
            minutes(10),
            "Nomor antrean",
        ),
        _step(
            2,
            6,
            _P,
            "Menyerahkan berkas persyaratan kepada petugas loket",
            "Fotokopi Kartu Keluarga; KTP-el rusak atau surat kehilangan dari kepolisian",
            minutes(5),
            "Berkas permohonan",
        ),
        _step(
            3,
            5,
            _D,
            "Memeriksa kelengkapan dan keabsahan berkas persyaratan",
            "Berkas permohonan",
            minutes(10),
            "Berkas terverifikasi",
            note="Tidak lengkap: kembali ke pemohon",
            yes=4,
            no=2,
        ),
        _step(
            4,
            5,
            _D,
            "Memeriksa pada SIAK apakah pemohon telah melakukan perekaman",
            "NIK pemohon, SIAK Terpusat",
            minutes(5),
            "Status perekaman",
            note="Ya: sudah rekam; Tidak: belum rekam",
            yes=10,
            no=5,
        ),
        _step(
            5,
            3,
            _P,
            "Memanggil pemohon dan mencocokkan data diri dengan database kependudukan",
            "Berkas terverifikasi, SIAK Terpusat",
            minutes(5),
            "Data pemohon terverifikasi",
        ),
        _step(
            6,
            3,
            _FILE,
            "Merekam pas foto, tanda tangan, sidik jari dan iris mata pemohon",
            "Perangkat perekaman biometrik",
            minutes(10),
            "Data biometrik pemohon",
        ),
        _step(
            7,
            3,
            _FILE,
            "Mengirimkan hasil perekaman ke server Ditjen Dukcapil untuk deduplikasi",
            "Jaringan ke SIAK Terpusat",
            hours(1),
            "Hasil perekaman terkirim",
        ),
        _step(
            8,
            3,
            _D,
            "Memeriksa hasil deduplikasi: apakah berstatus single record",
            "Aplikasi perekaman",
            hours(1),
            "Status deduplikasi",
            note="Tidak: data ganda",
            yes=10,
            no=9,
        ),
        _step(
            9,
            2,
            _T,
            "Menjelaskan kepada pemohon bahwa data ganda diselesaikan melalui SOP "
            "Penyelesaian Data Ganda",
            "Status deduplikasi",
            minutes(15),
            "Pemohon diarahkan ke penyelesaian data ganda",
        ),
        _step(
            10,
            5,
            _FILE,
            "Mencatat permohonan cetak pada register dan antrean cetak aplikasi",
            "Register permohonan, aplikasi antrean cetak",
            minutes(5),
            "Antrean cetak",
        ),
        _step(
            11,
            2,
            _D,
            "Memverifikasi data dan menyetujui permohonan cetak",
            "Antrean cetak, SIAK Terpusat",
            hours(1),
            "Persetujuan cetak",
            note="Tidak: data tidak sesuai, pemohon memperbaiki dokumen",
            yes=12,
            no=2,
        ),
        _step(
            12,
            4,
            _D,
            "Memeriksa ketersediaan blangko KTP-el",
            "Kartu stok blangko",
            minutes(5),
            "Status ketersediaan blangko",
            yes=14,
            no=13,
        ),
        _step(
            13,
            5,
            _T,
            "Menerbitkan tanda bukti permohonan dan mencatat pemohon dalam daftar tunggu cetak",
            "Daftar tunggu cetak",
            minutes(10),
            "Tanda bukti permohonan KTP-el",
        ),
        _step(
            14,
            4,
            _DOC,
            "Mencetak KTP-el",
            "Blangko KTP-el, printer KTP-el",
            minutes(10),
            "KTP-el tercetak",
        ),
        _step(
            15,
            4,
            _D,
            "Memeriksa hasil cetak: kejelasan cetakan, kesesuaian data dan chip terbaca",
            "KTP-el tercetak, alat pembaca chip",
            minutes(5),
            "KTP-el layak serah",
            note="Tidak: blangko rusak dicatat, cetak ulang",
            yes=16,
            no=14,
        ),
        _step(
            16,
            5,
            _P,
            "Memanggil pemohon, mencocokkan identitas dan menyerahkan KTP-el",
            "KTP-el, buku tanda terima",
            minutes(5),
            "KTP-el diserahkan",
        ),
        _step(
            17,
            5,
            _FILE,
            "Memutakhirkan status KTP-el menjadi sudah diambil pada aplikasi",
            "Aplikasi antrean cetak",
            minutes(5),
            "Status KTP-el mutakhir",
        ),
        _step(
            18,
            5,
            _ARCHIVE,
            "Mengarsipkan berkas permohonan",
            "Map arsip permohonan",
            minutes(10),
            "Arsip berkas permohonan",
        ),
        _step(
            19,
            4,
            _MULTI,
            "Menyusun rekapitulasi harian pencetakan dan penggunaan blangko rangkap dua",
            "Register pencetakan, kartu stok blangko",
            hours(1),
            "Rekapitulasi harian blangko",
        ),
        _step(
            20,
            2,
            _D,
            "Mencocokkan rekapitulasi dengan sisa stok blangko dan blangko rusak",
            "Rekapitulasi harian blangko, kartu stok",
            minutes(30),
            "Rekapitulasi terverifikasi",
            note="Tidak cocok: rekapitulasi diperbaiki",
            yes=21,
            no=19,
        ),
        _step(
            21,
            1,
            _P,
            "Memaraf laporan harian penggunaan blangko KTP-el",
            "Rekapitulasi terverifikasi",
            minutes(30),
            "Laporan berparaf",
        ),
        _step(
            22,
            0,
            _P,
            "Menandatangani laporan penggunaan blangko KTP-el",
            "Laporan berparaf",
            hours(2),
            "Laporan penggunaan blangko",
        ),
        _step(
            23,
            4,
            _T,
            "Mengirimkan laporan kepada Ditjen Dukcapil melalui aplikasi dan mengarsipkannya",
            "Laporan penggunaan blangko, aplikasi pelaporan",
            minutes(30),
            "Laporan terkirim dan terarsip",
        ),
    )
    return Sop(identity=identity, actors=actors, steps=steps)


ALL_EXAMPLES: dict[str, Callable[[], Sop]] = {
    "sop-surat-masuk": surat_masuk,
    "sop-surat-keluar": surat_keluar,
    "sop-cuti-pegawai": cuti_pegawai,
    "sop-sktm": sktm,
    "sop-pengadaan-langsung": pengadaan_langsung,
    "sop-disposisi-surat": disposisi_surat,
    "sop-ktp-el": ktp_el,
}
"""Every example by the file stem of its sample workbook (``samples/<stem>.xlsx``)."""


# --- Synthetic SOPs for the speed benchmark ---------------------------------------------

KECAMATAN: tuple[str, ...] = (
    "Tenggarong",
    "Tenggarong Seberang",
    "Loa Kulu",
    "Loa Janan",
    "Samboja",
    "Samboja Barat",
    "Muara Jawa",
    "Sanga-Sanga",
    "Anggana",
    "Muara Badak",
    "Marang Kayu",
    "Sebulu",
    "Muara Kaman",
    "Kota Bangun",
    "Kota Bangun Darat",
    "Muara Muntai",
    "Muara Wis",
    "Kenohan",
    "Kembang Janggut",
    "Tabang",
)
"""The 20 kecamatan of Kutai Kartanegara."""

# (SKPD, unit kerja, bagian, jabatan of its head)
_AGENCIES: tuple[tuple[str, str, str, str], ...] = (
    ("Dinas Pendidikan dan Kebudayaan", "Bidang Pembinaan SD", "Seksi Kurikulum", "Kepala Dinas"),
    ("Dinas Kesehatan", "Bidang Pelayanan Kesehatan", "Seksi Pelayanan Primer", "Kepala Dinas"),
    (
        "Dinas Sosial",
        "Bidang Perlindungan dan Jaminan Sosial",
        "Seksi Jaminan Sosial",
        "Kepala Dinas",
    ),
    ("Badan Pendapatan Daerah", "Bidang Pajak Daerah", "Sub Bidang Penetapan", "Kepala Badan"),
    (
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        "Bidang Pelayanan Perizinan",
        "Seksi Perizinan Usaha",
        "Kepala Dinas",
    ),
    ("Dinas Lingkungan Hidup", "Bidang Penataan Lingkungan", "Seksi Kajian Dampak", "Kepala Dinas"),
    ("Dinas Perhubungan", "Bidang Lalu Lintas", "Seksi Manajemen Lalu Lintas", "Kepala Dinas"),
    (
        "Dinas Komunikasi dan Informatika",
        "Bidang Aplikasi Informatika",
        "Seksi Layanan",
        "Kepala Dinas",
    ),
    ("Badan Perencanaan Pembangunan Daerah", "Sekretariat", "Sub Bagian Umum", "Kepala Badan"),
    ("Satuan Polisi Pamong Praja", "Bidang Penegakan Perda", "Seksi Penyidikan", "Kepala Satuan"),
    ("Dinas Pertanian dan Peternakan", "Bidang Tanaman Pangan", "Seksi Produksi", "Kepala Dinas"),
    (
        "Badan Pengelolaan Keuangan dan Aset Daerah",
        "Bidang Perbendaharaan",
        "Sub Bidang Kas Daerah",
        "Kepala Badan",
    ),
)

# Positions below the head, highest first; a synthetic SOP takes some of them in order.
_POSITIONS: tuple[str, ...] = (
    "Sekretaris",
    "Kepala Bidang",
    "Kepala Seksi",
    "Analis Kebijakan",
    "Verifikator Data",
    "Pengadministrasi Umum",
    "Pengelola Data",
    "Petugas Loket",
)

_TITLES: tuple[str, ...] = (
    "Pelayanan Rekomendasi Izin",
    "Penyusunan Rencana Kerja Tahunan",
    "Penyaluran Bantuan Sosial",
    "Penerbitan Surat Keterangan",
    "Verifikasi Usulan Kegiatan",
    "Penanganan Pengaduan Masyarakat",
    "Pengelolaan Barang Milik Daerah",
    "Pelaporan Kinerja Triwulanan",
    "Penetapan Pajak Daerah",
    "Pemeliharaan Sarana dan Prasarana Kantor",
)

_LAWS: tuple[str, ...] = (
    UU_PEMDA,
    UU_PELAYANAN_PUBLIK,
    UU_ASN,
    UU_KEARSIPAN,
    "Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah",
    "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil",
    "Peraturan Menteri Dalam Negeri Nomor 137 Tahun 2017 tentang Kode dan Data Wilayah "
    "Administrasi Pemerintahan",
    PERMENDAGRI_TND,
)

_OBJECTS: tuple[str, ...] = (
    "surat permohonan",
    "berkas persyaratan",
    "nota dinas",
    "laporan kegiatan",
    "data usulan",
    "konsep keputusan",
    "berita acara",
    "formulir isian",
    "telaahan staf",
    "rekapitulasi data",
    "surat undangan",
    "dokumen pendukung",
)
_PROCESS_VERBS: tuple[str, ...] = (
    "Menelaah",
    "Meneruskan",
    "Menyampaikan",
    "Mengoreksi",
    "Membahas",
    "Menandatangani",
    "Memaraf",
    "Mengirimkan",
    "Menindaklanjuti",
)
_DECISION_VERBS: tuple[str, ...] = (
    "Memeriksa kelengkapan dan kebenaran",
    "Memverifikasi",
    "Menilai kelayakan",
    "Meneliti kesesuaian",
)
_SUFFIXES: tuple[str, ...] = (
    "",
    " sesuai ketentuan",
    " kepada pejabat terkait",
    " melalui aplikasi",
    " untuk ditindaklanjuti",
    " sesuai jadwal yang ditetapkan",
)
_TOOLS: tuple[str, ...] = ("Komputer", "Buku agenda", "Aplikasi SIPD", "Printer", "Map arsip")
_FIRST_NAMES: tuple[tuple[str, int], ...] = (
    ("Ahmad", 1),
    ("Budi", 1),
    ("Muhammad", 1),
    ("Rudi", 1),
    ("Syamsul", 1),
    ("Siti", 2),
    ("Nurhayati", 2),
    ("Dewi", 2),
    ("Rahmawati", 2),
    ("Fitriani", 2),
)
_LAST_NAMES: tuple[str, ...] = ("Hidayat", "Saputra", "Rahman", "Wijaya", "Kusuma", "Hasanah")
_DURATIONS: tuple[Callable[[], Duration], ...] = (
    lambda: minutes(5),
    lambda: minutes(10),
    lambda: minutes(15),
    lambda: minutes(30),
    lambda: hours(1),
    lambda: hours(2),
    lambda: working_days(1),
    lambda: working_days(3),
)


def _synthetic_text(rng: random.Random, symbol: Symbol) -> tuple[str, str, str]:
    """Uraian, persyaratan and output of a synthetic step with ``symbol``."""
    obj = rng.choice(_OBJECTS)
    suffix = rng.choice(_SUFFIXES)
    if symbol is Symbol.DECISION:
        return (
            f"{rng.choice(_DECISION_VERBS)} {obj}{suffix}",
            obj.capitalize(),
            f"{obj.capitalize()} terverifikasi",
        )
    descriptions = {
        Symbol.TERMINATOR: (f"Menerima {obj}{suffix}", f"{obj.capitalize()} diterima"),
        Symbol.DOCUMENT: (f"Menyusun konsep {obj}{suffix}", f"Konsep {obj}"),
        Symbol.MULTI_DOCUMENT: (f"Menggandakan {obj}{suffix}", f"Salinan {obj}"),
        Symbol.MANUAL_ARCHIVE: (f"Mengarsipkan {obj}", f"Arsip {obj}"),
        Symbol.FILE: (f"Mencatat {obj} ke dalam aplikasi", f"Data {obj}"),
    }
    verb = rng.choice(_PROCESS_VERBS)
    description, output = descriptions.get(
        symbol, (f"{verb} {obj}{suffix}", f"{obj.capitalize()} yang telah diproses")
    )
    return description, f"{obj.capitalize()}; {rng.choice(_TOOLS)}", output


def _synthetic_flow(rng: random.Random, steps: int) -> dict[int, tuple[int, int]]:
    """Decision steps (1-based) with their (Ya, Tidak) targets, keeping the flow valid.

    A decision at ``i`` goes on to ``i + 1`` on Ya and, on Tidak, either back to an
    earlier step after the start or forward past ``i + 1``; steps 1, 2 and the last two
    are never decisions, and two decisions are never adjacent.
    """
    decisions: dict[int, tuple[int, int]] = {}
    for number in range(3, steps - 1):
        if number - 1 in decisions or rng.random() >= 0.2:
            continue
        if rng.random() < 0.5:
            decisions[number] = (number + 1, rng.randint(2, number - 1))
        else:
            decisions[number] = (number + 1, number + 2)
    return decisions


def _synthetic_nip(rng: random.Random, gender: int) -> str:
    """An 18-digit NIP: birth date, TMT CPNS (21-30 years later), gender, sequence."""
    born = date(rng.randint(1966, 1985), rng.randint(1, 12), rng.randint(1, 28))
    appointed_year = born.year + rng.randint(21, 30)
    return (
        f"{born:%Y%m%d}{appointed_year}{rng.choice((1, 3, 4, 12)):02d}"
        f"{gender}{rng.randint(1, 12):03d}"
    )


def synthetic_sop(seed: int, steps: int = 30, actors: int = 5) -> Sop:
    """A clean, realistic-looking SOP generated deterministically from ``seed``.

    The same arguments always give the same SOP. It has ``steps`` steps and ``actors``
    pelaksana (a head of SKPD and positions below, highest first), each used at least
    once; it satisfies the same clean-SOP invariants as :data:`ALL_EXAMPLES`, with
    decisions whose Tidak branch loops back or skips a step. Raises :class:`ValueError`
    unless ``4 <= steps`` and ``2 <= actors <= min(steps, 9)``.
    """
    if steps < 4 or not 2 <= actors <= min(steps, len(_POSITIONS) + 1):
        raise ValueError(f"cannot make {steps} steps with {actors} actors")
    rng = random.Random(seed)
    agency, unit, section, head = rng.choice(_AGENCIES)
    if rng.random() < 0.3:
        kecamatan = rng.choice(KECAMATAN)
        agency, unit, section, head = (
            f"Kecamatan {kecamatan}",
            "Seksi Pelayanan Umum",
            "Pelayanan Administrasi Terpadu Kecamatan",
            "Camat",
        )
    below = sorted(rng.sample(range(len(_POSITIONS)), actors - 1))
    names = (head, *(_POSITIONS[index] for index in below))

    # Every pelaksana does at least one step; the rest are drawn freely.
    assigned = [rng.randrange(actors) for _ in range(steps)]
    for actor, position in enumerate(rng.sample(range(steps), actors)):
        assigned[position] = actor

    decisions = _synthetic_flow(rng, steps)
    plain = (Symbol.PROCESS,) * 4 + (
        Symbol.DOCUMENT,
        Symbol.MULTI_DOCUMENT,
        Symbol.MANUAL_ARCHIVE,
        Symbol.FILE,
    )
    made_steps = []
    for number in range(1, steps + 1):
        if number in (1, steps):
            symbol = Symbol.TERMINATOR
        elif number in decisions:
            symbol = Symbol.DECISION
        else:
            symbol = rng.choice(plain)
        description, requirements, output = _synthetic_text(rng, symbol)
        if number == steps:
            description = f"Mengarsipkan {rng.choice(_OBJECTS)} dan menutup proses"
        yes, no = decisions.get(number, (None, None))
        made_steps.append(
            _step(
                number,
                assigned[number - 1],
                symbol,
                description,
                requirements,
                rng.choice(_DURATIONS)(),
                output,
                yes=yes,
                no=no,
            )
        )

    first, gender = rng.choice(_FIRST_NAMES)
    made_on = date.fromordinal(date(2024, 1, 2).toordinal() + rng.randint(0, 900))
    approved_on = date.fromordinal(made_on.toordinal() + rng.randint(0, 30))
    signer = f"Camat {agency.removeprefix('Kecamatan ')}" if head == "Camat" else f"Kepala {agency}"
    identity = Identity(
        agency=agency,
        unit=unit,
        section=section,
        code=(
            f"{rng.randint(1, 40):02d}.{rng.randint(1, 9):02d}.{rng.randint(1, 9):02d}."
            f"{rng.randint(1, 150):03d}"
        ),
        made_on=made_on,
        approved_on=approved_on,
        approved_by=signer,
        title=f"{rng.choice(_TITLES)} ({seed})",
        legal_basis=(*rng.sample(_LAWS, 3), PERBUP_SOP),
        qualifications=(
            "Memahami tugas pokok dan fungsi unit kerja",
            "Mampu mengoperasikan komputer",
        ),
        related=("SOP Penerimaan dan Pencatatan Surat Masuk",),
        equipment=tuple(rng.sample(_TOOLS, 3)),
        cautions=("Keterlambatan proses menghambat pelayanan kepada masyarakat",),
        records=("Register kegiatan", "Paraf pejabat pada setiap dokumen"),
        approval=Approval(
            name=f"{first} {rng.choice(_LAST_NAMES)}, S.Sos., M.Si",
            nip=_synthetic_nip(rng, gender),
            position=signer,
        ),
    )
    return Sop(
        identity=identity, actors=tuple(Actor(name) for name in names), steps=tuple(made_steps)
    )
