"""Example SOP of procurement: pengadaan langsung at the Dinas PUPR."""

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
    _step,
    days,
    hours,
    working_days,
)

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
