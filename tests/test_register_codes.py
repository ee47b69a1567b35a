"""Code numbers: the pattern, and (property) stable, never-reused numbers over random
sequences of imports, renames and withdrawals; two imports racing in two processes."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sopxl.errors import UsageError
from sopxl.model.codes import CodePattern
from sopxl.model.inventory import Inventory, InventoryEntry
from sopxl.register.apply import Session
from sopxl.register.inventory_apply import apply_inventory, validate_inventory
from sopxl.register.readers import InventoryReading
from sopxl.register.store import open_register
from sopxl.register.workspace import Workspace, load_workspace
from tests.register_fixtures import KEUANGAN, UMUM, entry, make_workspace, write_inventory

ROOT = Path(__file__).resolve().parent.parent


def test_default_pattern_gives_lampiran_example() -> None:
    pattern = CodePattern.parse("{komponen}.{unit}.{bagian}.{nomor:03d}")
    assert pattern.example == "01.02.03.004"
    assert pattern.format("12", "01", "02", 17, 2024) == "12.01.02.017"


def test_pattern_with_slashes_and_year_and_its_regex() -> None:
    import re

    pattern = CodePattern.parse("SOP/{komponen}/{unit}/{bagian}/{nomor:03d}/{tahun}")
    code = pattern.format("12", "01", "02", 5, 2025)
    assert code == "SOP/12/01/02/005/2025"
    assert re.fullmatch(pattern.regex(), code)
    assert not re.fullmatch(pattern.regex(), "SOP/12/01/02/5/2025")


@pytest.mark.parametrize(
    "text",
    [
        "{komponen}.{unit}.{bagian}.{nomor:03d}",
        "SOP/{komponen}/{unit:02d}/{bagian}/{nomor:04d}/{tahun}",
        "{{SOP}}-{komponen}{unit}{bagian}-{nomor}",
        "{nomor:3d}.{bagian:3d}.{tahun}",
    ],
)
@given(
    segments=st.tuples(*[st.from_regex(r"[0-9A-Z]{1,4}", fullmatch=True)] * 3),
    number=st.integers(1, 99_999),
    year=st.integers(2012, 2099),
)
def test_a_bagians_numbering_gives_what_format_gives(
    text: str, segments: tuple[str, str, str], number: int, year: int
) -> None:
    """The codes an import assigns (one format string per bagian) are the pattern's own."""
    pattern = CodePattern.parse(text)
    assert pattern.numbering(*segments, year)(number) == pattern.format(*segments, number, year)


@pytest.mark.parametrize("bad", ["{komponen}.{unit}", "{komponen}.{nama}.{nomor}", "{nomor:zz}"])
def test_bad_patterns_are_refused_in_indonesian(bad: str) -> None:
    with pytest.raises(UsageError, match="Pola nomor SOP"):
        CodePattern.parse(bad)


# --- property: stable and never reused ---------------------------------------------------

_BASE: dict[str, Path] = {}


def _base_workspace() -> Path:
    """One workspace with the organisation imported, copied for every example."""
    if "root" not in _BASE:
        root = Path(tempfile.mkdtemp(prefix="sopxl-base-"))
        make_workspace(root / "ws")
        _BASE["root"] = root / "ws"
    return _BASE["root"]


def _title(n: int) -> str:
    # Random-looking words keep unrelated titles far below the similarity thresholds.
    return "Prosedur " + hashlib.md5(str(n).encode()).hexdigest()[:12]


def _typo(title: str) -> str:
    last = title[-1]
    return title[:-1] + ("x" if last != "x" else "y")


def _apply(workspace: Workspace, entries: list[InventoryEntry]) -> None:
    register = open_register(workspace.db_url)
    try:
        with register.write_connection() as conn, conn.begin():
            session = Session(conn, workspace.code_pattern, datetime(2024, 1, 1))
            reading = InventoryReading(Inventory("12", "", tuple(entries)), (), "s", {})
            session.begin_file()
            agency, items, found = validate_inventory(session, reading, "f", {})
            assert agency is not None and not [f for f in found if f.severity.value == "galat"]
            apply_inventory(session, agency, items)
            session.end_file(keep=True)
    finally:
        register.close()


OPS = st.lists(
    st.tuples(
        st.sampled_from(["add", "add", "typo", "typo_coded", "withdraw", "restore"]),
        st.sampled_from([UMUM, KEUANGAN]),
        st.integers(0, 1000),
    ),
    min_size=1,
    max_size=10,
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(OPS)
def test_codes_are_stable_and_never_reused(ops: list[tuple[str, tuple[str, str], int]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "ws"
        shutil.copytree(_base_workspace(), root)
        workspace = load_workspace(root)
        # model: id -> [title, place, active]; codes: id -> code once seen
        model: dict[int, list[object]] = {}
        codes: dict[int, str] = {}
        highest: dict[tuple[str, str], int] = {}
        counter = 0
        for op, place, pick in ops:
            active = [i for i, v in model.items() if v[2]]
            withdrawn = [i for i, v in model.items() if not v[2]]
            use_codes = False
            if op == "add" or (op in ("typo", "typo_coded", "withdraw") and not active):
                counter += 1
                model[counter] = [_title(counter), place, True]
            elif op in ("typo", "typo_coded"):
                chosen = active[pick % len(active)]
                model[chosen][0] = _typo(str(model[chosen][0]))
                use_codes = op == "typo_coded"
            elif op == "withdraw":
                model[active[pick % len(active)]][2] = False
            elif withdrawn:
                model[withdrawn[pick % len(withdrawn)]][2] = True
            listed = sorted(i for i, v in model.items() if v[2])
            entries = [
                replace(
                    entry(model[i][1], str(model[i][0])),  # type: ignore[arg-type]
                    code=codes.get(i, "") if use_codes else "",
                )
                for i in listed
            ]
            _apply(workspace, entries)

            frame = open_register(workspace.db_url).inventory_frame(include_withdrawn=True)
            by_title = {
                (row.title, row.status): (row.code, (row.unit, row.section), row.number)
                for row in frame.itertuples()
            }
            assert frame["code"].is_unique
            for i, (title, item_place, is_active) in model.items():
                code, where, number = by_title[(title, "aktif" if is_active else "ditarik")]
                if i in codes:
                    assert code == codes[i], "a title's code changed"
                else:
                    # A new title gets one more than the highest number its bagian ever had.
                    assert where == item_place
                    assert number == highest.get(where, 0) + 1
                    highest[where] = number
                    codes[i] = code
            assert len(set(codes.values())) == len(codes), "a code was given twice"


# --- two processes at once ---------------------------------------------------------------

_SCRIPT = """
import sys
from pathlib import Path
from sopxl.kinds.importer import import_paths
from sopxl.register.workspace import load_workspace
report = import_paths(load_workspace(Path(sys.argv[1])), [Path(sys.argv[2])],
                      copies_dir=Path(sys.argv[3]))
sys.exit(0 if report.committed else 5)
"""


def test_two_imports_at_once_never_give_the_same_code(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path / "ws")
    files = [
        write_inventory(
            tmp_path / f"{side}.xlsx",
            "12",
            [entry(UMUM, _title(n)) for n in range(first, first + 40)],
        )
        for side, first in (("a", 0), ("b", 100))
    ]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _SCRIPT, str(workspace.root), str(path), str(tmp_path / "c")],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for path in files
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()
    frame = open_register(workspace.db_url).inventory_frame(include_withdrawn=True)
    assert len(frame) == 80
    assert frame["code"].is_unique
    assert sorted(frame["number"]) == list(range(1, 81))
