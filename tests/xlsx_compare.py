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
    document = minidom.parseString(text)
    _hoist_namespaces(document)
    pretty = document.toprettyxml(indent=" ")
    return [line for line in pretty.splitlines() if line.strip()]


def _hoist_namespaces(document: minidom.Document) -> None:
    """Declare every namespace on the root element, sorted, and nowhere else: where a
    writer declares them is not content (openpyxl declares them on the root with the
    standard library's XML writer and on each element with lxml). Left as it is when one
    prefix stands for two namespaces in the part."""
    root = document.documentElement
    declared: dict[str, str] = {}
    elements = [root, *root.getElementsByTagName("*")]
    for element in elements:
        for name, value in element.attributes.items():
            is_declaration = name == "xmlns" or name.startswith("xmlns:")
            if is_declaration and declared.setdefault(name, value) != value:
                return
    for element in elements:
        # NamedNodeMap has keys() but no __iter__.
        for name in [n for n in element.attributes.keys() if n in declared]:  # noqa: SIM118
            element.removeAttribute(name)
    for name in sorted(declared):
        root.setAttribute(name, declared[name])


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
