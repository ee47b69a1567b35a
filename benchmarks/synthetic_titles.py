"""Synthetic SOP titles of a regency (or a province) for the register benchmarks.

Real inventories are mostly an SKPD's own procedures: an action on a thing of its field
("Verifikasi Izin Perikanan", "Pendataan Sertifikat Benih"), so two SKPDs rarely name the
same procedure. A small, deliberate share is the same procedure in several SKPDs:
- ``COMMON`` (2 % of each SKPD's titles): the administrative SOPs every SKPD writes, in
  the spellings real inventories use ("Penyusunan DUK", "Daftar Urut Kepegawaian");
- copies (2 %): a title of another SKPD, word for word, as when one SKPD copies another's
  inventory.
So an import of these titles reports a number of duplicates a person can read through,
all of them real. Titles are built from content words only: the matcher's filler and
generic words ("Dokumen", "Data", "Usulan", "Kegiatan", "Pengelolaan") would reduce a
title to its object and make the synthetic titles contain one another, which real
inventories do not.
"""

from __future__ import annotations

import random

# Specific actions (none of the matcher's generic or umbrella verbs).
ACTIONS = (
    "Verifikasi", "Pemeriksaan", "Pendataan", "Pencatatan", "Penilaian", "Pemantauan",
    "Pendaftaran", "Penyaluran", "Pengawasan", "Pembinaan", "Sosialisasi", "Evaluasi",
    "Pengarsipan", "Validasi", "Survei", "Pengukuran", "Rekapitulasi", "Inventarisasi",
    "Pemetaan", "Penelaahan",
)  # fmt: skip
# What an action is done to: the output or record of a service.
THINGS = (
    "Izin", "Rekomendasi", "Sertifikat", "Laporan", "Bantuan", "Kartu", "Pengaduan",
    "Jadwal", "Anggaran", "Sarana", "Tarif", "Kontrak", "Register", "Kuota", "Hibah",
    "Peta", "Pelatihan", "Insentif", "Lisensi", "Sengketa", "Kemitraan",
    "Piagam", "Statistik", "Sampel", "Formulir",
)  # fmt: skip
# Each SKPD works in one sector, on its subjects.
SECTORS = (
    ("Benih", "Pupuk", "Hortikultura", "Padi", "Sawit", "Karet", "Ternak", "Unggas",
     "Vaksin Hewan", "Irigasi", "Alsintan", "Penyuluh"),
    ("Nelayan", "Tambak", "Rumput Laut", "Kapal Ikan", "Dermaga", "Budidaya", "Pengolahan Ikan",
     "Terumbu", "Mangrove", "Keramba"),
    ("Puskesmas", "Posyandu", "Imunisasi", "Gizi Balita", "Apotek", "Klinik", "Bidan",
     "Ambulans", "Malaria", "Tuberkulosis", "Stunting", "Sanitasi"),
    ("Sekolah Dasar", "Guru Honorer", "Beasiswa", "Kurikulum", "Perpustakaan Sekolah",
     "Ijazah", "Paud", "Tunjangan Guru", "Asrama", "Olimpiade"),
    ("Jalan Poros", "Jembatan", "Drainase", "Aspal", "Gorong", "Konstruksi",
     "Tukang", "Bendungan", "Trotoar", "Kontraktor"),
    ("Koperasi", "Umkm", "Pasar Tradisional", "Pedagang", "Timbangan", "Harga Pokok",
     "Gudang", "Ekspor", "Kerajinan", "Waralaba"),
    ("Wisatawan", "Homestay", "Festival", "Cagar Budaya", "Sanggar", "Museum",
     "Pemandu Wisata", "Kuliner", "Souvenir", "Tari"),
    ("Sampah", "Limbah", "Amdal", "Emisi", "Taman Kota", "Hutan Kota", "Kebisingan",
     "Tps", "Kompos", "Sungai"),
    ("Angkutan", "Terminal", "Parkir", "Rambu", "Trayek", "Pelabuhan", "Halte",
     "Kir Kendaraan", "Ojek", "Speedboat"),
    ("Pencari Kerja", "Pemagangan", "Upah", "Transmigran", "Serikat Pekerja",
     "Tenaga Asing", "Kecelakaan Kerja", "Bursa Kerja", "Pesangon", "Lembur"),
    ("Lansia", "Disabilitas", "Anak Terlantar", "Panti", "Fakir Miskin", "Korban Bencana",
     "Rehabilitasi Sosial", "Pengungsi", "Yatim", "Relawan"),
    ("Reklame", "Hotel", "Restoran", "Hiburan", "Mineral", "Tambang Pasir", "Air Tanah",
     "Lampu Jalan", "Walet", "Bphtb"),
)  # fmt: skip
# The same procedure in every SKPD, in the many spellings real inventories use.
COMMON = (
    ("Penerimaan Surat Masuk", "SOP Surat Masuk", "Pengagendaan Surat Masuk"),
    ("Pengiriman Surat Keluar", "Surat Keluar"),
    ("Permohonan Cuti Tahunan PNS", "Pengajuan Cuti Tahunan Pegawai Negeri Sipil"),
    ("Pengusulan KGB", "Kenaikan Gaji Berkala"),
    ("Penyusunan DUK", "Daftar Urut Kepegawaian"),
    ("Penyusunan Renstra", "Penyusunan Rencana Strategis"),
    ("Penyusunan DPA", "Dokumen Pelaksanaan Anggaran"),
    ("Pembuatan SPJ", "Surat Pertanggungjawaban"),
    ("Peminjaman Kendaraan Dinas",),
    ("Penyusunan LKjIP", "Penyusunan Laporan Kinerja Instansi Pemerintah"),
)  # fmt: skip
COMMON_SHARE = 0.02
COPY_SHARE = 0.02


def regency_titles(agencies: int, per_agency: int, seed: int = 57) -> list[list[str]]:
    """``agencies`` lists of ``per_agency`` titles, one list per SKPD, the same for one
    seed. Apart from the deliberate shares above, no two titles hold the same words."""
    rng = random.Random(seed)
    taken: set[frozenset[str]] = set()
    own_titles: list[str] = []
    result: list[list[str]] = []
    for agency in range(agencies):
        subjects = SECTORS[agency % len(SECTORS)]
        titles: list[str] = []
        used: set[str] = set()
        commons = round(per_agency * COMMON_SHARE)
        copies = round(per_agency * COPY_SHARE) if own_titles else 0
        for group in rng.sample(COMMON, min(commons, len(COMMON))):
            titles.append(rng.choice(group))
        for _ in range(copies):
            title = rng.choice(own_titles)
            if title not in used:
                used.add(title)
                titles.append(title)
        mine: list[str] = []
        attempts = 0
        while len(titles) < per_agency:
            attempts += 1
            if attempts > 100 * per_agency:
                raise ValueError("not enough distinct synthetic titles for this size")
            words = (rng.choice(ACTIONS), rng.choice(THINGS), rng.choice(subjects))
            key = frozenset(" ".join(words).casefold().split())
            if key in taken:
                continue
            taken.add(key)
            title = " ".join(words)
            titles.append(title)
            mine.append(title)
        rng.shuffle(titles)
        own_titles.extend(mine)
        result.append(titles)
    return result
