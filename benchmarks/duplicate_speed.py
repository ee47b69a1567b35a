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

The synthetic titles are benchmarks/synthetic_titles.py's (each SKPD its own procedures,
4 % deliberately shared), the same generator as register_speed.py's.

    .venv/bin/python benchmarks/duplicate_speed.py [--skip-60000]
"""

from __future__ import annotations

import csv
import os
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


def synthetic_titles(count: int, seed: int = 57) -> tuple[list[str], list[str]]:
    """``count`` titles in SKPDs of 100 (benchmarks/synthetic_titles.py) and their SKPDs."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic_titles import regency_titles

    lists = regency_titles(max(1, count // 100), 100, seed)
    titles = [title for own in lists for title in own]
    agencies = [f"{agency:04d}" for agency, own in enumerate(lists) for _ in own]
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
        f"data register_speed.py ({len(titles)} judul, {distinct} judul berbeda): "
        f"{len(entries)} temuan dilaporkan impor ({groups} kelompok, {len(entries) - groups} "
        f"pasangan) dari {pairs} pasangan judul; {took:.2f} s"
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
