"""Realistic example SOPs of Kutai Kartanegara SKPDs, as model objects.

They feed the committed sample workbooks (``samples/``), the golden-file tests and the
demo. The SKPD names are real-looking; the people and numbers are invented.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sopxl.model import Actor, Approval, Duration, Identity, Sop, Step, Symbol, TimeUnit


def minutes(amount: int) -> Duration:
    return Duration(Decimal(amount), TimeUnit.MINUTE, f"{amount} menit")


def hours(amount: int) -> Duration:
    return Duration(Decimal(amount), TimeUnit.HOUR, f"{amount} jam")


def working_days(amount: int) -> Duration:
    return Duration(Decimal(amount), TimeUnit.WORKING_DAY, f"{amount} hari kerja")


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
