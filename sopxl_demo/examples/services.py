"""Example SOPs of public services: SKTM at a kecamatan, and KTP-el at the Disdukcapil
(long, for multi-page rendering).
"""

from __future__ import annotations

from datetime import date

from sopxl.model.sop import Actor, Approval, Identity, Sop
from sopxl_demo.examples.common import (
    _ARCHIVE,
    _D,
    _DOC,
    _FILE,
    _MULTI,
    _P,
    _T,
    UU_PELAYANAN_PUBLIK,
    UU_PEMDA,
    _step,
    hours,
    minutes,
)

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
