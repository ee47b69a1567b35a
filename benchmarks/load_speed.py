"""How much do the loading guards cost? Writes N filled SOP forms, then times (a) a bare
python-calamine read of every cell of every sheet and (b) ``load_workbook_data`` on the same
files (guards + the same calamine read + conversion to SheetGrid). Prints both and the ratio.

    .venv/bin/python benchmarks/load_speed.py [N] [ROUNDS]

Each round times both, one after the other, so a busy machine slows both alike; the figures
are the best of ROUNDS rounds and the ratio the median of the rounds' ratios. The files stay
in the page cache, so this measures CPU, not the disk. Target: ratio <= 1.3 (the issue's hard
limit: 2.5).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import python_calamine

from sopxl.forms.sop_form import write_sop_form
from sopxl.reading.loading.files import load_workbook_data
from sopxl_demo.examples import surat_masuk


def bare_read(paths: Sequence[Path]) -> int:
    cells = 0
    for path in paths:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
        for name in workbook.sheet_names:
            rows = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
            cells += sum(len(row) for row in rows)
    return cells


def guarded_load(paths: Sequence[Path]) -> int:
    cells = 0
    for path in paths:
        data = load_workbook_data(path)
        cells += sum(len(row) for sheet in data.sheets for row in sheet.rows)
    return cells


def seconds(action: Callable[[Sequence[Path]], int], paths: Sequence[Path]) -> float:
    start = time.perf_counter()
    action(paths)
    return time.perf_counter() - start


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    with tempfile.TemporaryDirectory() as folder:
        sop = surat_masuk()
        paths = [Path(folder) / f"sop-{index:04d}.xlsx" for index in range(count)]
        for path in paths:
            write_sop_form(path, sop)
        bare_read(paths)  # warm the page cache and imports before timing anything
        guarded_load(paths)
        rounds_timed = [
            (seconds(bare_read, paths), seconds(guarded_load, paths)) for _ in range(rounds)
        ]
    bare = min(b for b, _ in rounds_timed)
    guarded = min(g for _, g in rounds_timed)
    ratio = statistics.median(g / b for b, g in rounds_timed)
    print(f"files                 : {count} (best of {rounds} rounds)")
    print(f"bare calamine read    : {bare * 1000:8.1f} ms  ({bare / count * 1000:.2f} ms/file)")
    print(
        f"load_workbook_data    : {guarded * 1000:8.1f} ms  ({guarded / count * 1000:.2f} ms/file)"
    )
    verdict = "OK" if ratio <= 1.3 else ("DALAM BATAS 2,5x" if ratio <= 2.5 else "TERLALU LAMBAT")
    print(f"ratio (median)        : {ratio:8.2f}x  (target <= 1.3x) -> {verdict}")


if __name__ == "__main__":
    main()
