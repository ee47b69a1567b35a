"""How fast is `sopxl check` compared with merely reading the same workbooks?

Generates N realistic filled SOP forms (30 steps, 4-5 pelaksana, from
`sopxl_demo.examples.synthetic_sop`), then times in the same run:

  (a) a bare python-calamine read of every cell of every sheet of every file, one process;
  (b) `sopxl check DIR --json -j 1` as a subprocess, stdout discarded;
  (c) `sopxl check DIR --json -j 2`

(the commands with their bytecode cached, as an installation has it: see
:func:`_installed_env`), round by round so that a drift of the machine's speed weighs on
the three alike, and prints the best times, the ratios (b)/(a) and (c)/(a) and the
targets (b)/(a) <= 2.5x and (c)/(a) <= 1.3x (issue 11).

    .venv/bin/python benchmarks/check_speed.py            # 1000 forms in a temporary folder
    .venv/bin/python benchmarks/check_speed.py --n 200
    .venv/bin/python benchmarks/check_speed.py --dir /tmp/forms --repeat 3

With --dir the forms are kept, and forms already there are not written again.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

STEPS = 30
TARGET_SINGLE = 2.5
TARGET_PARALLEL = 1.3


def form_path(folder: Path, seed: int) -> Path:
    return folder / f"sop-sintetis-{seed:05d}.xlsx"


def _write_form(args: tuple[Path, int]) -> Path:
    from sopxl.forms.sop_form import write_sop_form
    from sopxl_demo.examples import synthetic_sop

    folder, seed = args
    path = form_path(folder, seed)
    write_sop_form(path, synthetic_sop(seed, steps=STEPS, actors=4 + seed % 2))
    return path


def generate_forms(folder: Path, count: int, workers: int | None = None) -> list[Path]:
    """Write forms 0..count-1 into ``folder`` (skipping those already there); return all."""
    folder.mkdir(parents=True, exist_ok=True)
    missing = [(folder, seed) for seed in range(count) if not form_path(folder, seed).exists()]
    workers = workers or os.cpu_count() or 1
    if workers > 1 and len(missing) > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            list(pool.map(_write_form, missing, chunksize=16))
    else:
        for item in missing:
            _write_form(item)
    return [form_path(folder, seed) for seed in range(count)]


def bare_read(paths: Sequence[Path]) -> int:
    """Read every cell of every sheet of every file with python-calamine; return the number
    of cells read (so that the work cannot be optimised away)."""
    from python_calamine import CalamineWorkbook

    cells = 0
    for path in paths:
        workbook = CalamineWorkbook.from_path(str(path))
        for name in workbook.sheet_names:
            rows = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
            cells += sum(len(row) for row in rows)
    return cells


def time_bare_read(paths: Sequence[Path], repeat: int = 1) -> tuple[float, int]:
    """Best wall time of ``repeat`` bare reads, and the cells one read saw."""
    best, cells = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        cells = bare_read(paths)
        best = min(best, time.perf_counter() - start)
    return best, cells


def _installed_env() -> dict[str, str]:
    """The environment of a command as an installed sopxl runs: with its bytecode cached.

    Some shells and CI images set PYTHONDONTWRITEBYTECODE, so that every start compiles
    every module from source again (in each worker process too): that measures the
    environment, not sopxl. An installation has its .pyc files (pip writes them), so the
    timed commands run without it; :func:`warm_up` writes them first."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def warm_up(path: Path) -> None:
    """Check one form, untimed: every module a check imports is then compiled and cached."""
    command = [sys.executable, "-m", "sopxl", "check", str(path), "--json"]
    subprocess.run(command, capture_output=True, env=_installed_env(), check=False)


def time_check(folder: Path, jobs: int, repeat: int = 1) -> tuple[float | None, str]:
    """Best wall time of ``sopxl check FOLDER --json -j JOBS``, or ``None`` and the reason
    when the command is not usable (missing, or exited with a usage/internal error)."""
    command = [sys.executable, "-m", "sopxl", "check", str(folder), "--json", "-j", str(jobs)]
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        result = subprocess.run(
            command,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=_installed_env(),
            check=False,
        )
        elapsed = time.perf_counter() - start
        # 0 = no galat, 1 = galat found: both are a completed check.
        if result.returncode not in (0, 1):
            reason = result.stderr.strip().splitlines()[-1:] or ["(no message)"]
            return None, f"exit code {result.returncode}: {reason[0]}"
        best = min(best, elapsed)
    return best, "ok"


def _verdict(ratio: float | None, target: float, strict: bool) -> str:
    if ratio is None:
        return "tidak diukur"
    ok = ratio < target if strict else ratio <= target
    return "OK" if ok else "TERLALU LAMBAT"


def run(folder: Path, count: int, repeat: int) -> int:
    start = time.perf_counter()
    paths = generate_forms(folder, count)
    print(f"{count} formulir ({STEPS} langkah, 4-5 pelaksana) di {folder}")
    print(f"  disiapkan dalam {time.perf_counter() - start:.1f} s (tidak termasuk pengukuran)")

    warm_up(paths[0])
    # Round by round, not one measurement after the other: a shared machine's speed
    # drifts over seconds, and it should weigh on the three alike.
    bare, cells = float("inf"), 0
    single: float | None = float("inf")
    parallel: float | None = float("inf")
    single_note = parallel_note = "ok"
    for _ in range(repeat):
        seconds, cells = time_bare_read(paths)
        bare = min(bare, seconds)
        if single is not None:
            seconds_or_none, single_note = time_check(folder, 1)
            single = None if seconds_or_none is None else min(single, seconds_or_none)
        if parallel is not None:
            seconds_or_none, parallel_note = time_check(folder, 2)
            parallel = None if seconds_or_none is None else min(parallel, seconds_or_none)

    def show(seconds: float | None, note: str) -> str:
        return f"{seconds:8.2f} s" if seconds is not None else f"  tidak tersedia ({note})"

    ratio_single = single / bare if single is not None else None
    ratio_parallel = parallel / bare if parallel is not None else None
    print(f"(a) baca calamine saja, 1 proses : {bare:8.2f} s ({cells} sel)")
    print(f"(b) sopxl check --json -j 1      : {show(single, single_note)}")
    print(f"(c) sopxl check --json -j 2      : {show(parallel, parallel_note)}")
    for label, ratio, target, strict in (
        ("(b)/(a)", ratio_single, TARGET_SINGLE, False),
        ("(c)/(a)", ratio_parallel, TARGET_PARALLEL, False),
    ):
        shown = f"{ratio:5.2f}x" if ratio is not None else "    -"
        sign = "<" if strict else "<="
        print(f"{label} : {shown}  target {sign} {target}x -> {_verdict(ratio, target, strict)}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int, default=None, help="number of forms")
    parser.add_argument("--n", type=int, default=None, help="number of forms (default 1000)")
    parser.add_argument("--dir", type=Path, default=None, help="keep the forms in this folder")
    parser.add_argument("--repeat", type=int, default=1, help="take the best of R runs")
    args = parser.parse_args(argv)
    count = args.n or args.count or 1000
    if args.dir is not None:
        return run(args.dir, count, args.repeat)
    with tempfile.TemporaryDirectory(prefix="sopxl-bench-") as temp:
        return run(Path(temp), count, args.repeat)


if __name__ == "__main__":
    raise SystemExit(main())
