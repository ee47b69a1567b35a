"""How fast does `sopxl --help` start? Prints the median of N runs and the ratio to a bare
`python -c pass`, so a heavy import at start-up shows at once.

    .venv/bin/python benchmarks/startup.py [RUNS]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time


def _median_seconds(args: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    bare = _median_seconds([sys.executable, "-c", "pass"], runs)
    help_ = _median_seconds([sys.executable, "-m", "sopxl", "--help"], runs)
    print(f"python -c pass      : {bare * 1000:7.1f} ms (median of {runs})")
    print(f"python -m sopxl -h  : {help_ * 1000:7.1f} ms (median of {runs})")
    print(f"ratio               : {help_ / bare:7.2f}x")
    print(f"target              : < 500 ms -> {'OK' if help_ < 0.5 else 'TERLALU LAMBAT'}")


if __name__ == "__main__":
    main()
