"""Regency-scale register benchmark: 60 SKPD inventories of 100 titles each.

Prints, in one run, the time of a bare read of the 60 files (python-calamine through
``load_workbook_data``), of ``sopxl import`` (check, codes, duplicates, coded copies, one
transaction), of the duplicate search over the 6,000 titles alone, and of the
consolidated inventory export.

    .venv/bin/python benchmarks/register_speed.py [SKPD] [TITLES]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from sopxl.forms.inventory_form import write_inventory_form
from sopxl.forms.org_form import write_org_master
from sopxl.reading.files import load_workbook_data
from sopxl.register.documents import (
    AgencyOutline,
    AgencyRow,
    InventoryEntry,
    OrgMaster,
    SectionRow,
    Service,
    SopKind,
    UnitRow,
)
from sopxl.register.exports import export_inventory
from sopxl.register.importer import import_paths
from sopxl.register.store import open_register
from sopxl.workspace import init_workspace

VERBS = (
    "Penerimaan",
    "Pengiriman",
    "Penerbitan",
    "Verifikasi",
    "Penyusunan",
    "Pengelolaan",
    "Pelaporan",
    "Pengajuan",
    "Pemeriksaan",
    "Penyimpanan",
    "Pendataan",
    "Evaluasi",
)
OBJECTS = (
    "Surat Masuk",
    "Surat Keluar",
    "Izin Usaha",
    "Akta Kelahiran",
    "Laporan Keuangan",
    "Data Pegawai",
    "Cuti Pegawai",
    "Arsip Dinamis",
    "Rencana Kerja",
    "Barang Milik Daerah",
    "Pengaduan Masyarakat",
    "Rekomendasi Teknis",
    "Anggaran Kas",
    "Surat Perintah Tugas",
    "Kartu Keluarga",
    "Perjalanan Dinas",
    "Daftar Hadir",
    "Naskah Dinas",
)
QUALIFIERS = (
    "",
    "Elektronik",
    "Tingkat Kecamatan",
    "Bagi Masyarakat",
    "Secara Daring",
    "Tahunan",
    "Triwulanan",
    "Antar Instansi",
    "Pada Sekretariat",
    "Melalui Loket",
)


def build(root: Path, agencies: int, titles: int) -> tuple[Path, list[Path]]:
    rng = random.Random(57)
    rows, units, sections, outlines = [], [], [], []
    for a in range(1, agencies + 1):
        code = f"{a:02d}"
        rows.append(AgencyRow(code, f"Dinas Contoh {a}", f"DINAS{a}"))
        unit_names = []
        for u in range(1, 4):
            units.append(UnitRow(code, f"{u:02d}", f"Bidang {u}"))
            names = tuple(f"Seksi {u}.{s}" for s in range(1, 4))
            sections.extend(
                SectionRow(code, f"{u:02d}", f"{s:02d}", n) for s, n in enumerate(names, start=1)
            )
            unit_names.append((f"Bidang {u}", names))
        outlines.append(AgencyOutline(code, f"Dinas Contoh {a}", f"DINAS{a}", tuple(unit_names)))
    master = OrgMaster(tuple(rows), tuple(units), tuple(sections))
    workspace = init_workspace(root / "ws", sample=False)
    write_org_master(workspace.org_master_path, master)
    import_paths(workspace, [workspace.org_master_path])
    folder = root / "kiriman"
    folder.mkdir()
    files = []
    yes = tuple((k, True) for k in ("duty", "routine", "steps", "output", "parties"))
    for outline in outlines:
        seen: set[str] = set()
        entries = []
        while len(entries) < titles:
            title = " ".join(
                w for w in (rng.choice(VERBS), rng.choice(OBJECTS), rng.choice(QUALIFIERS)) if w
            )
            if title in seen:
                continue
            seen.add(title)
            unit, bagian = rng.choice(outline.units)
            entries.append(
                InventoryEntry(
                    unit, rng.choice(bagian), title, SopKind.ADMINISTRATIVE, Service.INTERNAL, yes
                )
            )
        path = folder / f"inventaris-{outline.code}.xlsx"
        write_inventory_form(path, outline, entries)
        files.append(path)
    return workspace.root, files


def main() -> None:
    agencies = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    titles = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    from sopxl.workspace import load_workspace

    with tempfile.TemporaryDirectory() as folder:
        root, files = build(Path(folder), agencies, titles)
        workspace = load_workspace(root)
        start = time.perf_counter()
        for path in files:
            load_workbook_data(path)
        bare = time.perf_counter() - start

        start = time.perf_counter()
        report = import_paths(workspace, files)
        imported = time.perf_counter() - start
        assert report.committed and not report.refused

        register = open_register(workspace.db_url)
        start = time.perf_counter()
        pairs = register.duplicates_frame(workspace.duplicate_threshold)
        duplicates = time.perf_counter() - start

        start = time.perf_counter()
        frame = export_inventory(register, Path(folder) / "inventaris.xlsx", workspace.regency)
        exported = time.perf_counter() - start
        register.close()

    print(f"{agencies} inventaris x {titles} judul = {len(frame)} judul SOP")
    print(f"baca saja (calamine)        : {bare:7.2f} s")
    print(
        f"sopxl import (seluruhnya)   : {imported:7.2f} s  ({report.duplicates} pasangan mirip "
        "dilaporkan, salinan bernomor ditulis)"
    )
    print(f"pencarian duplikat saja     : {duplicates:7.2f} s  ({len(pairs)} pasangan)")
    print(f"ekspor inventaris kabupaten : {exported:7.2f} s")


if __name__ == "__main__":
    main()
