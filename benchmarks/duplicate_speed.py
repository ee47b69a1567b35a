"""Duplicate-title benchmark: quality on labelled real titles, speed on synthetic ones.

Prints, in one run:

- precision and recall on ``../shared/data/sop-title-pairs-dev.csv`` (labelled pairs of
  real SOP titles), at the shipped threshold and on a split (threshold tuned on one half,
  reported on the other);
- the time of the duplicate search over 6,000 and 60,000 synthetic titles on one core
  (targets 1.5 s and 30 s), with peak memory of each run (target 1 GB), each size in its
  own process so the figures do not mix;
- how many findings (groups and pairs) an import of ``benchmarks/register_speed.py``'s
  6,000 titles reports, against the number of title pairs behind them.

    .venv/bin/python benchmarks/duplicate_speed.py [--skip-60000]
"""

from __future__ import annotations

import csv
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_SET_CANDIDATES = (
    ROOT.parent / "shared" / "data" / "sop-title-pairs-dev.csv",
    ROOT.parent.parent / "shared" / "data" / "sop-title-pairs-dev.csv",
)

# Synthetic regency/province titles: most titles are an SKPD's own (an action on an object
# of its field), some are the common administrative SOPs every SKPD writes, in the many
# spellings real inventories use.
ACTIONS = (
    "Penerimaan", "Pengiriman", "Penerbitan", "Verifikasi", "Penyusunan", "Pengelolaan",
    "Pelaporan", "Pengajuan", "Pemeriksaan", "Penyimpanan", "Pendataan", "Evaluasi",
    "Pembinaan", "Pengawasan", "Monitoring", "Pendaftaran", "Pencatatan", "Penilaian",
    "Sosialisasi", "Pemantauan", "Pelayanan", "Penanganan", "Perencanaan", "Pengadaan",
)  # fmt: skip
FIELDS = (
    "Izin", "Rekomendasi", "Data", "Laporan", "Bantuan", "Sertifikat", "Kartu", "Pengaduan",
    "Rencana", "Sarana", "Program", "Kegiatan", "Usulan", "Dokumen", "Hasil", "Jadwal",
)  # fmt: skip
SUBJECTS = (
    "Usaha Mikro", "Koperasi", "Pertanian", "Perikanan", "Peternakan", "Perkebunan",
    "Pariwisata", "Kebudayaan", "Pendidikan Dasar", "Kesehatan Ibu", "Gizi Balita",
    "Air Bersih", "Sanitasi", "Jalan Desa", "Jembatan", "Irigasi", "Perumahan", "Pemukiman",
    "Tenaga Kerja", "Transmigrasi", "Pemuda", "Olahraga", "Perpustakaan", "Kearsipan",
    "Lingkungan Hidup", "Persampahan", "Pertamanan", "Pemadam Kebakaran", "Bencana",
    "Ketertiban Umum", "Perhubungan", "Terminal", "Parkir", "Pasar", "Perdagangan",
    "Perindustrian", "Penanaman Modal", "Pajak Daerah", "Retribusi", "Aset Daerah",
    "Kependudukan", "Catatan Sipil", "Sosial", "Disabilitas", "Lansia", "Anak Jalanan",
    "Perempuan", "Keluarga Berencana", "Desa Wisata", "Statistik", "Persandian",
    "Komunikasi", "Informatika", "Pertanahan", "Tata Ruang", "Bangunan Gedung",
    "Kelautan", "Pangan", "Hortikultura", "Benih", "Pupuk", "Alat Mesin Pertanian",
)  # fmt: skip
QUALIFIERS = (
    "", "", "", "", "Tahunan", "Triwulanan", "Tingkat Kecamatan", "Tingkat Desa",
    "Secara Daring", "Melalui Loket", "Bagi Masyarakat", "Antar Instansi", "Perubahan",
)  # fmt: skip
COMMON = (
    "Penerimaan Surat Masuk", "SOP Surat Masuk", "Pengagendaan Surat Masuk",
    "Pengiriman Surat Keluar", "Surat Keluar", "Permohonan Cuti Tahunan PNS",
    "Pengajuan Cuti Tahunan Pegawai Negeri Sipil", "Cuti Besar", "Pengusulan KGB",
    "Kenaikan Gaji Berkala", "Penyusunan DUK", "Daftar Urut Kepegawaian",
    "Penyusunan Renstra", "Penyusunan Rencana Strategis", "Penyusunan Renja",
    "Penyusunan DPA", "Penyusunan DPPA", "Pembuatan SPJ", "Pengurusan SPPD",
    "Penerbitan Surat Perintah Tugas", "Peminjaman Kendaraan Dinas",
    "Pemeliharaan Kendaraan Dinas", "Pelayanan Permohonan Informasi Publik",
    "Pengelolaan Keberatan Informasi", "Pengadaan Barang Pakai Habis",
    "Penerimaan Barang Inventaris", "Pengeluaran Barang Inventaris", "Penyusunan LKjIP",
    "Penyusunan Laporan Kinerja Instansi Pemerintah", "Penilaian SKP",
)  # fmt: skip


def synthetic_titles(count: int, seed: int = 57) -> tuple[list[str], list[str]]:
    """``count`` titles in SKPDs of 100 titles: 90 % an SKPD's own, 10 % common ones."""
    rng = random.Random(seed)
    titles: list[str] = []
    agencies: list[str] = []
    for agency in range(max(1, count // 100)):
        # Each SKPD works in a few fields of its own.
        subjects = rng.sample(SUBJECTS, 4)
        seen: set[str] = set()
        while len(seen) < min(100, count - len(titles) + len(seen)) and len(seen) < 100:
            if rng.random() < 0.1:
                title = rng.choice(COMMON)
            else:
                words = (
                    rng.choice(ACTIONS),
                    rng.choice(FIELDS),
                    rng.choice(subjects),
                    rng.choice(QUALIFIERS),
                )
                title = " ".join(w for w in words if w)
            seen.add(title)
        titles.extend(seen)
        agencies.extend([f"{agency:04d}"] * len(seen))
    return titles[:count], agencies[:count]


def dev_set() -> None:
    from sopxl.register.text import DUPLICATE_THRESHOLD
    from sopxl.register.titles import Matcher

    path = next((p for p in DEV_SET_CANDIDATES if p.is_file()), None)
    if path is None:
        print("set pengembangan tidak ditemukan: lewati presisi/recall")
        return
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    matcher = Matcher()
    scored = [
        (matcher.compare(r["title_a"], r["title_b"]).score, r["same_procedure"] == "yes")
        for r in rows
    ]

    def measure(part: list[tuple[int, bool]], threshold: int) -> tuple[float, float]:
        said = [same for score, same in part if score >= threshold]
        positives = sum(same for _, same in part)
        return (sum(said) / len(said) if said else 1.0), (
            sum(said) / positives if positives else 1.0
        )

    def f1(part: list[tuple[int, bool]], threshold: int) -> float:
        p, r = measure(part, threshold)
        return 2 * p * r / (p + r) if p + r else 0.0

    p, r = measure(scored, DUPLICATE_THRESHOLD)
    print(f"set pengembangan ({len(rows)} pasangan judul nyata), ambang {DUPLICATE_THRESHOLD}:")
    print(f"  seluruhnya                : presisi {p:.2f}  recall {r:.2f}  (target 0,85 / 0,80)")
    for name, tune, test in (
        ("A->B", scored[0::2], scored[1::2]),
        ("B->A", scored[1::2], scored[0::2]),
    ):
        best = max(range(60, 96), key=lambda t: (f1(tune, t), -abs(t - DUPLICATE_THRESHOLD)))
        p, r = measure(test, best)
        print(
            f"  ambang disetel di {name[0]} ({best}), diukur di {name[-1]}: "
            f"presisi {p:.2f}  recall {r:.2f}"
        )


def timed_search(count: int) -> None:
    """Run in a child process: one core, then print seconds, findings and peak RSS."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    from sopxl.register.duplicates import search

    titles, agencies = synthetic_titles(count)
    start, cpu = time.perf_counter(), time.process_time()
    found = search(titles)
    searched, searched_cpu = time.perf_counter() - start, time.process_time() - cpu
    entries = found.entries()
    grouped, grouped_cpu = time.perf_counter() - start, time.process_time() - cpu
    across = found.entries(agencies)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    groups = sum(e.is_group for e in entries)
    target = "1,5 s" if count <= 6000 else "30 s"
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    print(
        f"{count:>6} judul sintetis, 1 inti: pencarian {searched:6.2f} s "
        f"(CPU {searched_cpu:.2f} s),"
        f" dengan pengelompokan {grouped:6.2f} s (CPU {grouped_cpu:.2f} s; target {target});"
        f" puncak memori {peak:6.0f} MB (target 1024 MB); beban mesin {load:.1f}"
    )
    print(
        f"        {len(found.key_pairs)} pasangan kunci; {len(entries)} temuan ({groups} kelompok,"
        f" {len(entries) - groups} pasangan), {len(across)} antar-SKPD"
    )


def register_speed_data() -> None:
    """The 6,000 titles of benchmarks/register_speed.py, as its import reports them."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from register_speed import build

    from sopxl.reading.loading.files import load_workbook_data
    from sopxl.register.duplicates import search
    from sopxl.register.readers import read_inventory

    with tempfile.TemporaryDirectory() as folder:
        _, files = build(Path(folder), 60, 100)
        titles: list[str] = []
        for path in files:
            inventory = read_inventory(load_workbook_data(path)).inventory
            assert inventory is not None
            titles.extend(e.title for e in inventory.entries)
    start = time.perf_counter()
    found = search(titles)
    entries = found.entries()
    took = time.perf_counter() - start
    pairs = sum(1 for _ in found.title_pairs())
    groups = sum(e.is_group for e in entries)
    distinct = len(set(titles))
    print(
        f"data register_speed.py ({len(titles)} judul, hanya {distinct} judul berbeda): "
        f"{len(entries)} temuan dilaporkan impor ({groups} kelompok, {len(entries) - groups} "
        f"pasangan) dari {pairs} pasangan judul; {took:.2f} s (dulu 69.227 pasangan)"
    )


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        timed_search(int(sys.argv[2]))
        return
    dev_set()
    sizes = [6000] if "--skip-60000" in sys.argv else [6000, 60000]
    for size in sizes:
        subprocess.run([sys.executable, __file__, "--child", str(size)], check=True)
    register_speed_data()


if __name__ == "__main__":
    main()
