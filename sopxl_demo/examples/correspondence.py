"""Example SOPs of correspondence: surat masuk, surat keluar and disposisi surat."""

from __future__ import annotations

from datetime import date

from sopxl.model.sop import Actor, Approval, Identity, Sop, Step, Symbol
from sopxl_demo.examples.common import (
    _D,
    _DOC,
    _FILE,
    _MULTI,
    _P,
    _T,
    PERBUP_SOP,
    PERMENDAGRI_TND,
    UU_KEARSIPAN,
    _step,
    hours,
    minutes,
    working_days,
)


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
