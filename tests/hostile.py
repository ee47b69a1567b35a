"""Hostile files for tests: a workbook sopxl wrote, with some text replaced in its XML the
way Excel stores what a person pasted (control characters as ``_x001B_``, huge texts).

Changing the XML, not the cell through a library, is the point: openpyxl refuses control
characters and sopxl's own writers clean them, so only this reproduces a real submission.
"""

from __future__ import annotations

import zipfile
from collections.abc import Mapping
from pathlib import Path


def excel_escaped(text: str) -> str:
    """``text`` as Excel writes it in sharedStrings.xml: control characters as ``_xHHHH_``
    and XML's own characters escaped."""
    out = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "".join(f"_x{ord(ch):04X}_" if ord(ch) < 0x20 and ch not in "\t\n" else ch for ch in out)


def replace_text(source: Path, target: Path, replacements: Mapping[str, str]) -> Path:
    """A copy of ``source`` with every shared string equal to a key replaced by its value
    (plain text, escaped here as Excel does). Every key must be found."""
    found: set[str] = set()
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "xl/sharedStrings.xml":
                text = data.decode("utf-8")
                for key, value in replacements.items():
                    marker = f">{excel_escaped(key)}</t>"
                    if marker in text:
                        found.add(key)
                        text = text.replace(marker, f">{excel_escaped(value)}</t>")
                data = text.encode("utf-8")
            new.writestr(item, data)
    assert found == set(replacements), f"not in {source}: {set(replacements) - found}"
    return target
