"""Eight ``sopxl import`` processes at once on one register, on SQLite and PostgreSQL.

Each inventory is an SKPD's whole list, so whatever order the imports run in, the register
must end as if they had run one after another: one code per title, no code given twice,
and each SKPD's active titles exactly the list of one of its inventories.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import create_engine, select

from sopxl.model.organisation import AgencyRow, OrgMaster, SectionRow, UnitRow
from sopxl.register import schema as s
from sopxl.register.workspace import Workspace
from tests.register_fixtures import entry, make_workspace, write_inventory

AGENCIES = ("11", "12", "13", "14")
MASTER = OrgMaster(
    agencies=tuple(AgencyRow(code, f"Dinas Uji {code}", f"DU{code}") for code in AGENCIES),
    units=tuple(UnitRow(code, "01", "Sekretariat") for code in AGENCIES),
    sections=tuple(
        SectionRow(code, "01", section, name)
        for code in AGENCIES
        for section, name in (("01", "Sub Bagian Umum"), ("02", "Sub Bagian Keuangan"))
    ),
)
PLACES = (("Sekretariat", "Sub Bagian Umum"), ("Sekretariat", "Sub Bagian Keuangan"))
PROCESSES = 8


def _title(n: int) -> str:
    # Unrelated random-looking words: no two titles are "the same title" by similarity.
    return "Prosedur " + hashlib.md5(str(n).encode()).hexdigest()[:14]


def _inventory(ws: Workspace, name: str, agency: str, numbers: Sequence[int]) -> Path:
    entries = [entry(PLACES[n % 2], _title(n)) for n in numbers]
    return write_inventory(ws.root / name, agency, entries, MASTER)


def _run_all(ws: Workspace, files: Sequence[Path]) -> list[subprocess.CompletedProcess[str]]:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("SOPXL_DB", None)
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "sopxl",
                "import",
                "--workspace",
                str(ws.root),
                str(path),
                "--salinan",
                str(ws.root / f"salinan-{index}"),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for index, path in enumerate(files)
    ]
    done = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        done.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return done


def _check(
    ws: Workspace, lists: dict[str, list[set[str]]], runs: list[subprocess.CompletedProcess[str]]
) -> None:
    for run in runs:
        text = run.stdout + run.stderr
        assert "Traceback" not in text, text
        # exit 0, or a clear Indonesian message of what happened
        assert run.returncode == 0 or "Galat:" in run.stderr, text
    assert all(run.returncode == 0 for run in runs), [r.stderr for r in runs]
    engine = create_engine(ws.db_url)
    t, c, a = s.titles, s.codes, s.agencies
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                select(
                    a.c.code.label("agency"), t.c.id, t.c.title, t.c.status, c.c.code
                ).select_from(
                    t.join(a, t.c.agency_id == a.c.id).outerjoin(c, c.c.title_id == t.c.id)
                )
            ).fetchall()
            all_codes = [row.code for row in conn.execute(select(c.c.code))]
    finally:
        engine.dispose()
    assert len(all_codes) == len(set(all_codes)), "a code was given twice"
    assert all(row.code for row in rows), "a title without its code"
    for agency, inventories in lists.items():
        mine = [row for row in rows if row.agency == agency]
        titles = [row.title for row in mine]
        # One row, so one code, per title: never the same title registered twice.
        assert len(titles) == len(set(titles)), agency
        assert set(titles) == set().union(*inventories), agency
        active = {row.title for row in mine if row.status == "aktif"}
        assert active in inventories, f"SKPD {agency}: active titles match no serial order"


def test_eight_overlapping_imports_of_one_skpd(database: str, tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "ws", MASTER)
    # Windows of 40 titles sliding by 5 over 75: every two lists overlap or touch.
    numbers = [range(5 * i, 5 * i + 40) for i in range(PROCESSES)]
    files = [_inventory(ws, f"inv-{i}.xlsx", "12", n) for i, n in enumerate(numbers)]
    runs = _run_all(ws, files)
    _check(ws, {"12": [{_title(k) for k in n} for n in numbers]}, runs)


def test_eight_imports_of_four_skpds(database: str, tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "ws", MASTER)
    jobs = [(AGENCIES[i % 4], range(10 * i, 10 * i + 30)) for i in range(PROCESSES)]
    files = [_inventory(ws, f"inv-{i}.xlsx", agency, n) for i, (agency, n) in enumerate(jobs)]
    runs = _run_all(ws, files)
    lists: dict[str, list[set[str]]] = {}
    for agency, n in jobs:
        lists.setdefault(agency, []).append({_title(k) for k in n})
    _check(ws, lists, runs)
