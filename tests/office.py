"""LibreOffice and poppler for tests that look at files as an office suite would.

Tests needing them skip on a developer machine without them, and fail on CI (which
installs them in .ci/run). LibreOffice runs with a profile of its own per call, and since it
exits 0 even when it failed to load a file, the output's existence is what is checked.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest


def _tool(*names: str) -> str:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("CI"):
        pytest.fail(f"{names[0]} is required on CI (.ci/run installs it)")
    pytest.skip(f"{names[0]} is not installed")


def soffice() -> str:
    """The LibreOffice binary (skip without it, except on CI)."""
    return _tool("soffice", "libreoffice")


def convert(source: Path, target_format: str, out_dir: Path) -> Path:
    """Save ``source`` as ``target_format`` (``pdf``, ``ods``, ``xlsx``, ``xls``) into
    ``out_dir`` with LibreOffice headless, and return the file written."""
    binary = soffice()
    out_dir.mkdir(parents=True, exist_ok=True)
    profile = Path(tempfile.mkdtemp(prefix="lo-sopxl-"))
    try:
        subprocess.run(
            [
                binary,
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--convert-to",
                target_format,
                "--outdir",
                str(out_dir),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    result = out_dir / f"{source.stem}.{target_format}"
    assert result.exists() and result.stat().st_size > 0, f"LibreOffice did not write {result}"
    return result


def page_sizes(pdf: Path) -> list[tuple[int, int]]:
    """Each page's (width, height) in points, rounded, as pdfinfo reports them."""
    out = subprocess.run(
        [_tool("pdfinfo"), "-f", "1", "-l", "999", str(pdf)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    sizes = []
    for line in out.splitlines():
        if line.startswith("Page") and "size:" in line:
            parts = line.split("size:")[1].split()
            sizes.append((round(float(parts[0])), round(float(parts[2]))))
    return sizes


def convert_all(sources: list[Path], target_format: str, out_dir: Path) -> list[Path]:
    """:func:`convert` for many files in one LibreOffice start (it costs seconds each):
    the files written, in the order of ``sources``; each must exist and not be empty."""
    binary = soffice()
    out_dir.mkdir(parents=True, exist_ok=True)
    profile = Path(tempfile.mkdtemp(prefix="lo-sopxl-"))
    try:
        subprocess.run(
            [
                binary,
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--convert-to",
                target_format,
                "--outdir",
                str(out_dir),
                *map(str, sources),
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    results = [out_dir / f"{source.stem}.{target_format}" for source in sources]
    missing = [r.name for r in results if not r.exists() or r.stat().st_size == 0]
    assert not missing, f"LibreOffice did not write {missing}"
    return results
