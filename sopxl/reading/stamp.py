"""The sopxl stamp of a workbook: its ``sopxl_*`` names and their text values.

A stamp (the template's kind and version) is read from workbook-level defined names
(.xlsx) and named expressions (.ods) whose formula is one text constant, and from custom
document properties (``docProps/custom.xml``, ``meta.xml``); these helpers collect them
from parts the guards have already inflated and checked.
"""

from __future__ import annotations

import html
import re

from sopxl.reading.xmlguard import _MAIN, _elements

_STAMP_PREFIX = "sopxl_"
_NAMED_EXPRESSION = re.compile(rb"<table:named-expression\s([^>]*)>")
_ATTRIBUTE = re.compile(rb"([\w:.-]+)=\"([^\"]*)\"")


def _defined_name_stamps(workbook: bytes) -> dict[str, str]:
    """Workbook-level defined names ``sopxl_*`` whose formula is one text constant."""
    stamp: dict[str, str] = {}
    if _STAMP_PREFIX.encode() in workbook:
        for attributes, text in _elements(workbook, "xl/workbook.xml", f"{_MAIN} definedName"):
            if "localSheetId" not in attributes:
                _add_stamp(stamp, attributes.get("name", ""), _text_constant(text))
    return stamp


def _text_constant(formula: str) -> str | None:
    """``"sop"`` (or ``="sop"``) -> ``sop``; anything but one text constant -> None."""
    text = formula.strip().removeprefix("of:").removeprefix("=").strip()
    if len(text) >= 2 and text[0] == text[-1] == '"' and '"' not in text[1:-1].replace('""', ""):
        return text[1:-1].replace('""', '"')
    return None


def _add_stamp(stamp: dict[str, str], name: str, value: str | None) -> None:
    if name.lower().startswith(_STAMP_PREFIX) and value is not None:
        stamp[name.lower()] = value


def _named_expression_stamps(content: bytes) -> dict[str, str]:
    """Named expressions ``sopxl_*`` that are one text constant, found without parsing
    content.xml (it holds every sheet); its prolog was already checked for a DTD, so
    only the predefined and numeric entities can occur."""
    stamp: dict[str, str] = {}
    for found in _NAMED_EXPRESSION.finditer(content):
        attributes = {
            key.decode("utf-8", "replace"): html.unescape(value.decode("utf-8", "replace"))
            for key, value in _ATTRIBUTE.findall(found.group(1))
        }
        value = _text_constant(attributes.get("table:expression", ""))
        _add_stamp(stamp, attributes.get("table:name", ""), value)
    return stamp
