"""The register samples: the sample organisation master of Kutai Kartanegara
(samples/organisasi/) and three filled inventaris judul SOP (samples/inventaris/).

    python -m sopxl_demo.inventory samples     # what `make samples` runs

The inventories are what an SKPD secretary would send: realistic titles, one title that
fails the criteria of Pasal 9 ayat (3), and titles that overlap across SKPDs, so that
`sopxl import` has something to report. Output is byte-stable (fixed creation date), and
tests/test_register_cli.py fails when the files differ from this module.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from sopxl.forms.inventory_form import write_inventory_form
from sopxl.forms.org_form import write_org_master
from sopxl.model.inventory import InventoryEntry, Service, SopKind
from sopxl.model.organisation import AgencyOutline, OrgMaster
from sopxl.register.kukar import sample_master

ORG_FILE = Path("organisasi") / "organisasi-contoh-kukar.xlsx"
INVENTORY_DIR = Path("inventaris")
"""Where :func:`build` writes, relative to the sample folder."""

ADM, TEK = SopKind.ADMINISTRATIVE, SopKind.TECHNICAL
INT, EXT = Service.INTERNAL, Service.EXTERNAL
ALL_YES = tuple((key, True) for key in ("duty", "routine", "steps", "output", "parties"))

# agency code -> [(unit, bagian, title, jenis, pelayanan, dasar hukum), ...]
INVENTORIES: dict[str, list[tuple[str, str, str, SopKind, Service, str]]] = {
    "01": [
        (
            "Bagian Organisasi",
            "Sub Bagian Pelayanan Publik dan Tata Laksana",
            "Penyusunan Standar Operasional Prosedur Perangkat Daerah",
            ADM,
            INT,
            "Perbup Kukar Nomor 57 Tahun 2012",
        ),
        (
            "Bagian Organisasi",
            "Sub Bagian Pelayanan Publik dan Tata Laksana",
            "Evaluasi Penerapan Standar Operasional Prosedur",
            ADM,
            INT,
            "Perbup Kukar Nomor 57 Tahun 2012",
        ),
        (
            "Bagian Organisasi",
            "Sub Bagian Kelembagaan dan Analisis Jabatan",
            "Penyusunan Analisis Jabatan",
            ADM,
            INT,
            "",
        ),
        (
            "Bagian Organisasi",
            "Sub Bagian Kinerja dan Reformasi Birokrasi",
            "Penyusunan Laporan Kinerja Instansi Pemerintah",
            ADM,
            INT,
            "",
        ),
        (
            "Bagian Umum",
            "Sub Bagian Tata Usaha Pimpinan",
            "Penerimaan dan Pencatatan Surat Masuk",
            ADM,
            INT,
            "",
        ),
        ("Bagian Umum", "Sub Bagian Tata Usaha Pimpinan", "Pengiriman Surat Keluar", ADM, INT, ""),
        (
            "Bagian Hukum",
            "Sub Bagian Perundang-undangan",
            "Penyusunan Rancangan Peraturan Bupati",
            ADM,
            INT,
            "UU Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan",
        ),
        (
            "Bagian Umum",
            "Sub Bagian Protokol",
            "Penyelenggaraan Upacara Hari Besar Nasional",
            TEK,
            INT,
            "",
        ),
    ],
    "12": [
        (
            "Sekretariat",
            "Sub Bagian Umum dan Kepegawaian",
            "Penerimaan dan Pencatatan Surat Masuk",
            ADM,
            INT,
            "",
        ),
        ("Sekretariat", "Sub Bagian Umum dan Kepegawaian", "Pengiriman Surat Keluar", ADM, INT, ""),
        (
            "Sekretariat",
            "Sub Bagian Umum dan Kepegawaian",
            "Pengajuan Cuti Pegawai",
            ADM,
            INT,
            "PP Nomor 11 Tahun 2017 tentang Manajemen PNS",
        ),
        (
            "Sekretariat",
            "Sub Bagian Keuangan",
            "Pengajuan Surat Permintaan Pembayaran Uang Persediaan",
            ADM,
            INT,
            "",
        ),
        (
            "Bidang Pelayanan Pendaftaran Penduduk",
            "Seksi Identitas Penduduk",
            "Penerbitan Kartu Tanda Penduduk Elektronik",
            TEK,
            EXT,
            "UU Nomor 24 Tahun 2013 tentang Administrasi Kependudukan",
        ),
        (
            "Bidang Pelayanan Pendaftaran Penduduk",
            "Seksi Identitas Penduduk",
            "Penerbitan Kartu Keluarga",
            TEK,
            EXT,
            "UU Nomor 24 Tahun 2013 tentang Administrasi Kependudukan",
        ),
        (
            "Bidang Pelayanan Pendaftaran Penduduk",
            "Seksi Pindah Datang Penduduk",
            "Penerbitan Surat Keterangan Pindah",
            TEK,
            EXT,
            "",
        ),
        (
            "Bidang Pelayanan Pencatatan Sipil",
            "Seksi Kelahiran",
            "Penerbitan Akta Kelahiran",
            TEK,
            EXT,
            "Perpres Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk "
            "dan Pencatatan Sipil",
        ),
        (
            "Bidang Pelayanan Pencatatan Sipil",
            "Seksi Kematian",
            "Penerbitan Akta Kematian",
            TEK,
            EXT,
            "",
        ),
        (
            "Bidang Pelayanan Pencatatan Sipil",
            "Seksi Perkawinan dan Perceraian",
            "Pencatatan Perkawinan Non Muslim",
            TEK,
            EXT,
            "",
        ),
    ],
    "34": [
        (
            "Sekretariat Kecamatan",
            "Sub Bagian Umum dan Kepegawaian",
            "Penerimaan dan Pencatatan Surat Masuk",
            ADM,
            INT,
            "",
        ),
        (
            "Sekretariat Kecamatan",
            "Sub Bagian Umum dan Kepegawaian",
            "Pengiriman Surat-Surat Keluar",
            ADM,
            INT,
            "",
        ),
        (
            "Seksi-Seksi",
            "Seksi Pelayanan Umum",
            "Pelayanan Rekomendasi Izin Keramaian",
            TEK,
            EXT,
            "",
        ),
        (
            "Seksi-Seksi",
            "Seksi Pelayanan Umum",
            "Legalisasi Surat Keterangan Ahli Waris",
            TEK,
            EXT,
            "",
        ),
        ("Seksi-Seksi", "Seksi Pemerintahan", "Fasilitasi Pemilihan Kepala Desa", TEK, EXT, ""),
        (
            "Seksi-Seksi",
            "Seksi Ketenteraman dan Ketertiban Umum",
            "Penanganan Pengaduan Gangguan Ketertiban",
            TEK,
            EXT,
            "",
        ),
    ],
}
NOT_ROUTINE = "Penyelenggaraan Upacara Hari Besar Nasional"
"""Held once a year by protocol: answered Rutin = Tidak, so the import flags it."""


def inventory_entries(code: str) -> list[InventoryEntry]:
    entries = []
    for unit, section, title, kind, service, basis in INVENTORIES[code]:
        criteria = ALL_YES
        if title == NOT_ROUTINE:
            criteria = tuple((k, v if k != "routine" else False) for k, v in ALL_YES)
        entries.append(
            InventoryEntry(unit, section, title, kind, service, criteria, legal_basis=basis)
        )
    return entries


def outline(master: OrgMaster, code: str) -> AgencyOutline:
    agency = next(a for a in master.agencies if a.code == code)
    units = tuple(
        (u.name, tuple(s.name for s in master.sections if (s.agency, s.unit) == (code, u.code)))
        for u in master.units
        if u.agency == code
    )
    return AgencyOutline(agency.code, agency.name, agency.short_name, units)


def inventory_name(master: OrgMaster, code: str) -> str:
    agency = next(a for a in master.agencies if a.code == code)
    slug = "-".join(agency.short_name.lower().replace(".", "").split())
    return f"inventaris-{code}-{slug}.xlsx"


def build(out_org: Path, out_dir: Path) -> list[Path]:
    """Write the organisation master to ``out_org`` and the inventories into ``out_dir``;
    return the paths."""
    master = sample_master()
    out_org.parent.mkdir(parents=True, exist_ok=True)
    out_dir.mkdir(parents=True, exist_ok=True)
    write_org_master(out_org, master)
    paths = [out_org]
    for code in INVENTORIES:
        path = out_dir / inventory_name(master, code)
        write_inventory_form(path, outline(master, code), inventory_entries(code), rows=30)
        paths.append(path)
    return paths


def write_register_samples(samples: Path) -> list[Path]:
    """Write the register samples into the sample folder ``samples``."""
    return build(samples / ORG_FILE, samples / INVENTORY_DIR)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m sopxl_demo.inventory [FOLDER]`` (default ``samples``)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) > 1:
        print("Pemakaian: python -m sopxl_demo.inventory [FOLDER]", file=sys.stderr)
        return 2
    for written in write_register_samples(Path(args[0] if args else "samples")):
        print(written)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
