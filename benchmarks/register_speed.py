"""Regency-scale register benchmark: 60 SKPD inventories of 100 titles each.

Prints, in one run:
- the bare read of the 60 files (python-calamine through ``load_workbook_data``);
- ``sopxl import`` on SQLite and on PostgreSQL over loopback (127.0.0.1), each split into
  read + checks, the register's transaction (checks against the register, codes, one
  commit), the duplicate search and the coded copies, with the SQL round trips (statements
  sent, counted with a SQLAlchemy ``before_cursor_execute`` event) and the similar pairs the
  import reports;
- the consolidated inventory export.

The titles come from ``benchmarks/synthetic_titles.py``: each SKPD's own procedures, with
2 % administrative SOPs every SKPD writes and 2 % copied from another SKPD, so the
duplicates the import reports are real and few enough to read through (issue 12).

Targets (issue 14): import (read + checks + codes + one transaction; duplicates and copies
apart) <= 5x the bare read on SQLite; the same on PostgreSQL <= 1.5x SQLite.

    .venv/bin/python benchmarks/register_speed.py [SKPD] [TITLES] [ATTEMPTS]

Every figure is the best of ATTEMPTS (3) runs, SQLite and PostgreSQL taking turns; the
machine's load average is printed beside them.

PostgreSQL: the server of ``SOPXL_TEST_POSTGRES_URL`` (an account that may create
databases), else a throwaway cluster started with initdb (see tests/pg_cluster.py); without
PostgreSQL its lines say so.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from synthetic_titles import regency_titles

from sopxl.forms.inventory_form import write_inventory_form
from sopxl.forms.org_form import write_org_master
from sopxl.kinds.importer import import_paths
from sopxl.model.inventory import InventoryEntry, Service, SopKind
from sopxl.model.organisation import AgencyOutline, AgencyRow, OrgMaster, SectionRow, UnitRow
from sopxl.reading.loading.files import load_workbook_data
from sopxl.register.exports import export_inventory
from sopxl.register.store import open_register
from sopxl.register.workspace import init_workspace


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
    for outline, own in zip(outlines, regency_titles(agencies, titles), strict=True):
        entries = []
        for title in own:
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


ROUND_TRIPS = [0]


@event.listens_for(Engine, "before_cursor_execute")
def _count(*_args: Any) -> None:
    ROUND_TRIPS[0] += 1


def timed_import(root: Path, files: list[Path], url: str | None, label: str) -> float:
    """Import ``files`` into a copy of the workspace at ``root`` with its register at
    ``url`` (None: the workspace's SQLite file); print the stages; return the import's
    time without duplicate search and coded copies."""
    from sopxl.register.workspace import init_workspace, load_workspace

    folder = root.parent / f"ws-{label}"
    if url is None:
        shutil.copytree(root, folder)
        workspace = load_workspace(folder)
    else:
        workspace = init_workspace(folder, sample=False, db_url=url)
        shutil.copy(root / "organisasi.xlsx", workspace.org_master_path)
        import_paths(workspace, [workspace.org_master_path])
    ROUND_TRIPS[0] = 0
    start = time.perf_counter()
    report = import_paths(workspace, files)
    total = time.perf_counter() - start
    assert report.committed and not report.refused
    trips = ROUND_TRIPS[0]
    t = report.timings
    core = t["baca"] + t["register"]
    print(
        f"impor {label:<12} seluruhnya {total:6.2f} s = baca+periksa {t['baca']:5.2f} s"
        f" + register {t['register']:5.2f} s + duplikat {t['duplikat']:5.2f} s"
        f" + salinan bernomor {t['salinan']:5.2f} s"
    )
    print(
        f"             tanpa duplikat dan salinan: {core:6.2f} s; {trips} perintah SQL "
        f"({trips / len(files):.1f} per berkas)"
    )
    print(
        f"             judul sama/mirip dilaporkan impor: {report.duplicates} temuan "
        f"({report.duplicate_groups} kelompok, {report.duplicates - report.duplicate_groups}"
        " pasangan)"
    )
    return core


def postgres_server_of(stack: Any) -> Any:
    """A PostgreSQL server to make a fresh database on for every attempt (None: none)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.pg_cluster import PostgresUnavailable, postgres_server

    try:
        return stack.enter_context(postgres_server())
    except PostgresUnavailable as error:
        print(f"PostgreSQL tidak tersedia: {error}")
        return None


def main() -> None:
    import contextlib

    agencies = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    titles = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    attempts = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    from sopxl.register.workspace import load_workspace

    with tempfile.TemporaryDirectory() as folder, contextlib.ExitStack() as stack:
        root, files = build(Path(folder), agencies, titles)
        server = postgres_server_of(stack)
        print(f"{agencies} inventaris x {titles} judul = {agencies * titles} judul SOP")
        load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
        print(f"beban mesin (1, 5, 15 menit): {load}; {os.cpu_count()} inti")
        # Each figure is the best of ``attempts`` (the machine is shared: the least
        # disturbed run is the closest to the cost), SQLite and PostgreSQL taking turns.
        bare = sqlite = pg = float("inf")
        for attempt in range(1, attempts + 1):
            print(f"--- percobaan {attempt} dari {attempts}")
            start = time.perf_counter()
            for path in files:
                load_workbook_data(path)
            bare = min(bare, time.perf_counter() - start)
            print(f"baca saja (calamine)        : {time.perf_counter() - start:7.2f} s")
            sqlite = min(sqlite, timed_import(root, files, None, f"SQLite-{attempt}"))
            if server is not None:
                url = server.new_database()
                pg = min(pg, timed_import(root, files, url, f"PostgreSQL-{attempt}"))
        print(f"--- terbaik dari {attempts} (tanpa duplikat dan salinan bernomor)")
        print(f"baca saja {bare:5.2f} s; impor SQLite {sqlite:5.2f} s", end="")
        print(f"; impor PostgreSQL {pg:5.2f} s" if server is not None else "")
        print(f"  rasio impor SQLite / baca saja : {sqlite / bare:5.2f}x (target <= 5x)")
        if server is not None:
            print(f"  rasio PostgreSQL / SQLite      : {pg / sqlite:5.2f}x (target <= 1.5x)")

        workspace = load_workspace(Path(folder) / "ws-SQLite-1")
        register = open_register(workspace.db_url)
        start = time.perf_counter()
        pairs = register.duplicates_frame(workspace.duplicate_threshold)
        duplicates = time.perf_counter() - start
        start = time.perf_counter()
        export_inventory(register, Path(folder) / "inventaris.xlsx", workspace.regency)
        exported = time.perf_counter() - start
        register.close()
    # Each row of duplicates_frame() is a finding: a pair, or a group of several titles.
    print(f"pencarian duplikat saja     : {duplicates:7.2f} s  ({len(pairs)} temuan)")
    print(f"ekspor inventaris kabupaten : {exported:7.2f} s")


if __name__ == "__main__":
    main()
