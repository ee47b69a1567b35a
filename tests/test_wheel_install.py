"""The built wheel, installed with plain pip into a fresh virtual environment, runs
``sopxl demo`` and ``sopxl serve`` (the health page answers).

SLOW (a minute or two: pip installs pandas & co., from pip's cache or the configured
index when it can). Marked ``wheel``: skip it while developing with ``-m "not wheel"``;
``make test`` and CI run it.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_SKIP = {
    ".venv",
    ".git",
    "out",
    "build",
    "dist",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
    ".hypothesis",
    "__pycache__",
    "sopxl.egg-info",
}


def _bin(env: Path, name: str) -> Path:
    folder = env / ("Scripts" if os.name == "nt" else "bin")
    return folder / (f"{name}.exe" if os.name == "nt" else name)


@pytest.mark.wheel
def test_wheel_installs_and_runs_demo_and_serve(tmp_path: Path) -> None:
    source = tmp_path / "sumber"
    shutil.copytree(ROOT, source, ignore=lambda _d, names: [n for n in names if n in _SKIP])
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(source)],
        check=True,
    )
    (wheel,) = dist.glob("sopxl-*.whl")
    env = tmp_path / "venv"
    venv.create(env, with_pip=True)
    subprocess.run([str(_bin(env, "python")), "-m", "pip", "install", "-q", str(wheel)], check=True)
    sopxl = str(_bin(env, "sopxl"))
    work = tmp_path / "kerja"  # no samples/ here: the demo generates every sample
    work.mkdir()
    demo = subprocess.run(
        [sopxl, "demo", "demo"], cwd=work, capture_output=True, text=True, timeout=600
    )
    assert demo.returncode == 0, demo.stdout[-3000:] + demo.stderr[-3000:]
    assert (work / "demo" / "laporan-pemeriksaan.xlsx").is_file()
    assert any((work / "demo" / "dokumen").glob("*.pdf"))
    # The steps with the sample inventories and Pasal 12-21 forms run too, as in make demo.
    for name in ("inventaris-kabupaten.xlsx", "evaluasi-2025.xlsx", "laporan-bupati-2025.xlsx"):
        assert (work / "demo" / name).is_file(), name
    assert any((work / "demo" / "contoh" / "lifecycle").glob("*.xlsx"))
    assert "dilewati" not in demo.stdout

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [
            sopxl,
            "serve",
            "--workspace",
            str(work / "demo" / "ruang-kerja"),
            "--port",
            str(port),
            "--jangan-buka",
        ],
        cwd=work,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(150):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/sehat", timeout=1) as r:
                    assert r.status == 200 and b'"ok"' in r.read()
                    break
            except OSError:
                time.sleep(0.2)
        else:
            raise AssertionError("the installed sopxl serve did not answer /sehat")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/masuk", timeout=5) as page:
            assert "Kata sandi" in page.read().decode("utf-8")
    finally:
        server.terminate()
        server.wait(timeout=10)
