"""LibreOffice and poppler for tests that look at files as an office suite would.

Tests needing them skip on a developer machine without them, and fail on CI (which
installs them in .ci/run). LibreOffice runs with a profile of its own per call, and since it
exits 0 even when it failed to load a file, the output's existence is what is checked.
"""

from __future__ import annotations

import os
import re
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


_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


def word_boxes(pdf: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """Each page's words with their boxes (x0, y0, x1, y1, text) in points, as poppler's
    ``pdftotext -bbox`` gives them."""
    html = subprocess.run(
        [_tool("pdftotext"), "-bbox", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    pages = html.split("<page ")[1:]
    return [
        [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in _WORD.findall(page)]
        for page in pages
    ]


def pdf_text(pdf: Path) -> str:
    """The text of every page of ``pdf`` as poppler's ``pdftotext`` extracts it."""
    return subprocess.run(
        [_tool("pdftotext"), str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def overprinted(pdf: Path, min_share: float = 0.25) -> list[tuple[int, str, str]]:
    """Pairs of words printed over each other: (page, word, word). Two boxes count when
    they share at least ``min_share`` of the smaller one's area and do not sit on the
    same line (words of one line touch, they never overprint)."""
    found = []
    for page_no, words in enumerate(word_boxes(pdf), start=1):
        words.sort()
        for index, (x0, y0, x1, y1, word) in enumerate(words):
            for u0, v0, u1, v1, other in words[index + 1 :]:
                if u0 >= x1:
                    break
                width = min(x1, u1) - max(x0, u0)
                height = min(y1, v1) - max(y0, v0)
                if width <= 0 or height <= 0:
                    continue
                smaller = min((x1 - x0) * (y1 - y0), (u1 - u0) * (v1 - v0)) or 1
                if width * height / smaller >= min_share and abs(y0 - v0) > 0.5:
                    found.append((page_no, word, other))
    return found
