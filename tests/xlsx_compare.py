"""Golden-file comparison of .xlsx workbooks as normalised XML, with a readable diff.

Like XlsxWriter's own test helper: unzip both workbooks, canonicalise every XML part and
compare part by part, so that a failure shows which part changed and how.
"""

from __future__ import annotations

import difflib
import re
import zipfile
from pathlib import Path
from xml.dom import minidom


def _normalise(data: bytes) -> list[str]:
    text = data.decode("utf-8")
    pretty = minidom.parseString(text).toprettyxml(indent=" ")
    return [line for line in pretty.splitlines() if line.strip()]


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def xlsx_differences(actual: Path, expected: Path, context: int = 3) -> str:
    """An empty string when the two workbooks hold the same XML, else a readable diff."""
    got, want = _parts(actual), _parts(expected)
    report: list[str] = []
    if sorted(got) != sorted(want):
        report.append(
            f"parts differ: only in actual {sorted(set(got) - set(want))}, "
            f"only in expected {sorted(set(want) - set(got))}"
        )
    for name in sorted(set(got) & set(want)):
        if got[name] == want[name]:
            continue
        if re.search(r"\.(xml|rels)$", name):
            diff = difflib.unified_diff(
                _normalise(want[name]),
                _normalise(got[name]),
                f"expected/{name}",
                f"actual/{name}",
                n=context,
                lineterm="",
            )
            report.append("\n".join(diff))
        else:
            report.append(f"binary part {name} differs")
    return "\n".join(part for part in report if part)
