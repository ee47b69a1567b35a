"""The sopxl stamp of a workbook: its ``sopxl_*`` names and their text values.

A stamp (the template's kind and version) is read from workbook-level defined names
(.xlsx) and named expressions (.ods) whose formula is one text constant, and from custom
document properties (``docProps/custom.xml``, ``meta.xml``); these helpers collect them
from parts the guards have already inflated and checked.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from sopxl.reading.loading.zipguard import REMEMBERED_BYTES

STAMP_PREFIX = "sopxl_"
# A workbook-level name is ``<definedName name="..." ...>formula</definedName>``, any
# namespace prefix; its formula holds no markup (``<`` and ``&`` are escaped in XML text).
_DEFINED_NAME = re.compile(
    rb"<(?:[\w.-]+:)?definedName(\s[^>]*)?>([^<]*)</(?:[\w.-]+:)?definedName\s*>"
)
_NAMED_EXPRESSION = re.compile(rb"<table:named-expression\s([^>]*)>")
_ATTRIBUTE = re.compile(rb"([\w:.-]+)\s*=\s*([\"'])(.*?)\2", re.DOTALL)


def defined_name_stamps(workbook: bytes) -> dict[str, str]:
    """Workbook-level defined names ``sopxl_*`` whose formula is one text constant, found
    without parsing workbook.xml: its prolog was already checked for a DTD, so only the
    predefined and numeric entities can occur (as in :func:`named_expression_stamps`)."""
    # A pure function of a part that is the same in every form of one template:
    # remembered when small (a hostile workbook.xml of megabytes is not kept).
    if len(workbook) <= REMEMBERED_BYTES:
        return dict(_remembered_stamps(workbook))
    return dict(_defined_name_stamps(workbook))


def _defined_name_stamps(workbook: bytes) -> tuple[tuple[str, str], ...]:
    stamp: dict[str, str] = {}
    if STAMP_PREFIX.encode() in workbook:
        for found in _DEFINED_NAME.finditer(workbook):
            attributes = _attributes(found.group(1) or b"")
            if "localSheetId" not in attributes:
                text = html.unescape(found.group(2).decode("utf-8", "replace"))
                add_stamp(stamp, attributes.get("name", ""), _text_constant(text))
    return tuple(stamp.items())


_remembered_stamps = lru_cache(maxsize=32)(_defined_name_stamps)


def _attributes(raw: bytes) -> dict[str, str]:
    return {
        key.decode("utf-8", "replace"): html.unescape(value.decode("utf-8", "replace"))
        for key, _, value in _ATTRIBUTE.findall(raw)
    }


def _text_constant(formula: str) -> str | None:
    """``"sop"`` (or ``="sop"``) -> ``sop``; anything but one text constant -> None."""
    text = formula.strip().removeprefix("of:").removeprefix("=").strip()
    if len(text) >= 2 and text[0] == text[-1] == '"' and '"' not in text[1:-1].replace('""', ""):
        return text[1:-1].replace('""', '"')
    return None


def add_stamp(stamp: dict[str, str], name: str, value: str | None) -> None:
    if name.lower().startswith(STAMP_PREFIX) and value is not None:
        stamp[name.lower()] = value


def named_expression_stamps(content: bytes) -> dict[str, str]:
    """Named expressions ``sopxl_*`` that are one text constant, found without parsing
    content.xml (it holds every sheet); its prolog was already checked for a DTD, so
    only the predefined and numeric entities can occur."""
    stamp: dict[str, str] = {}
    for found in _NAMED_EXPRESSION.finditer(content):
        attributes = _attributes(found.group(1))
        value = _text_constant(attributes.get("table:expression", ""))
        add_stamp(stamp, attributes.get("table:name", ""), value)
    return stamp
