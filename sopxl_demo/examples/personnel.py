"""Example SOP of personnel administration: cuti pegawai at the BKPSDM."""

from __future__ import annotations

from datetime import date

from sopxl.model.sop import Actor, Approval, Identity, Sop
from sopxl_demo.examples.common import (
    _D,
    _DOC,
    _FILE,
    _MULTI,
    _P,
    _T,
    PERBUP_SOP,
    UU_ASN,
    _step,
    hours,
    minutes,
    working_days,
)

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
