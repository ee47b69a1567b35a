"""How long does the official PDF of an SOP take? Renders N SOPs of 30 steps each (seven
pelaksana, decisions with back edges, five procedure pages) and prints the time per SOP.

    .venv/bin/python benchmarks/render_speed.py [N]   # default 100
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from sopxl.model.sop import Actor, Identity, Sop, Step, Symbol
from sopxl.render.api import RenderOptions, render_sop

CYCLE = (
    Symbol.PROCESS,
    Symbol.DOCUMENT,
    Symbol.DECISION,
    Symbol.FILE,
    Symbol.MULTI_DOCUMENT,
    Symbol.PROCESS,
    Symbol.MANUAL_ARCHIVE,
)


def sop_of_30(serial: int) -> Sop:
    """A 30-step SOP whose every third step is a decision looping back two steps."""
    steps = []
    for number in range(1, 31):
        symbol = Symbol.TERMINATOR if number in (1, 30) else CYCLE[number % len(CYCLE)]
        decision = symbol is Symbol.DECISION
        steps.append(
            Step(
                number,
                f"Langkah {number}: memeriksa dan meneruskan berkas permohonan nomor {serial}",
                actor=(number * 3) % 7,
                symbol=symbol,
                requirements="Berkas permohonan, formulir isian",
                output=f"Berkas langkah {number}",
                yes_target=number + 1 if decision else None,
                no_target=max(1, number - 2) if decision else None,
            )
        )
    identity = Identity(
        agency="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        code=f"21.01.01.{serial:03d}",
        title=f"Pelayanan Perizinan Berusaha Nomor {serial}",
        legal_basis=("Peraturan Pemerintah Nomor 5 Tahun 2021",),
    )
    actors = tuple(Actor(f"Pelaksana {i + 1}") for i in range(7))
    return Sop(identity=identity, actors=actors, steps=tuple(steps))


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    sops = [sop_of_30(i) for i in range(count)]
    options = RenderOptions("pdf", 7)
    with tempfile.TemporaryDirectory() as folder:
        render_sop(sops[0], Path(folder) / "warmup.pdf", options)  # fonts registered once
        start = time.perf_counter()
        for index, sop in enumerate(sops):
            render_sop(sop, Path(folder) / f"sop-{index}.pdf", options)
        elapsed = time.perf_counter() - start
    print(f"{count} SOP x 30 langkah -> PDF: {elapsed:6.2f} s total")
    print(f"per SOP                     : {elapsed / count * 1000:6.1f} ms")


if __name__ == "__main__":
    main()
