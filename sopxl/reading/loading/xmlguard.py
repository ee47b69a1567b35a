"""Defused XML for the loading guards: no part may declare a DTD or an entity.

:func:`no_dtd` refuses a part from the head of its bytes, before the rest is inflated;
:func:`xml_elements` reads the few elements sopxl needs itself (stamps, sheet names) with
expat, refusing any DTD, entity or external reference, and builds no tree.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from xml.parsers import expat

from sopxl.reading.grid import UnreadableFile

HEAD_BYTES = 16 * 1024
"""Head of a sheet: its prolog and, right after the root element, ``<dimension>``."""

# Namespaces of the elements looked up with :func:`xml_elements`.
SPREADSHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CUSTOM_PROPERTIES_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
ODF_META_NS = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"

_PROLOG_ITEM = re.compile(r"\s*(<\?.*?\?>|<!--.*?-->)", re.DOTALL)


def no_dtd(part: str, head_size: int = HEAD_BYTES) -> Callable[[bytes], None]:
    """A head check refusing a part whose prolog declares a DTD or entities. A DOCTYPE
    can only come before the root element, so the head decides; a prolog that does not
    end within the head is refused too (real parts have a one-line prolog)."""

    def check(head: bytes) -> None:
        # The usual prolog, an XML declaration then the root element, decided on bytes.
        start = head.find(b"?>") + 2 if head.startswith(b"<?xml") else 0
        root = head[start : start + 64].lstrip()
        if root[:1] == b"<" and root[1:2].isalpha():
            return
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = head.decode("utf-16", "ignore")
        else:
            text = head.decode("utf-8", "ignore")
        position = 1 if text.startswith("\ufeff") else 0
        while found := _PROLOG_ITEM.match(text, position):
            position = found.end()
        rest = text[position:].lstrip()
        # "<!" is a DOCTYPE (or a comment not closed within the head); "<?" a processing
        # instruction not closed within it; nothing at all, a prolog longer than the head.
        if rest.startswith(("<!", "<?")) or (not rest and len(head) >= head_size):
            raise UnreadableFile("FILE_XML_BOMB", part=part)

    return check


def xml_elements(data: bytes, part: str, wanted: str) -> list[tuple[dict[str, str], str]]:
    """(attributes, text inside) of each ``wanted`` element (``"namespace local-name"``;
    namespaced attributes are keyed the same way).

    This is defusedxml's defence applied to expat directly: any DTD, entity or external
    reference is refused, so no entity can expand. defusedxml's ElementTree costs about a
    sixth of a whole calamine read per file, mostly in building its parser; this is cheaper
    and builds no tree."""
    found: list[tuple[dict[str, str], str]] = []
    open_text: list[str] | None = None
    depth = 0

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal open_text, depth
        if open_text is not None:
            depth += 1
        elif name == wanted:
            open_text = []
            found.append((attributes, ""))

    def end(name: str) -> None:
        nonlocal open_text, depth
        if open_text is not None:
            if depth:
                depth -= 1
            else:
                found[-1] = (found[-1][0], "".join(open_text))
                open_text = None

    def text(data: str) -> None:
        if open_text is not None:
            open_text.append(data)

    def refuse(*_: object) -> int:
        raise UnreadableFile("FILE_XML_BOMB", part=part)

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    try:
        parser.Parse(data, True)
    except expat.ExpatError as error:
        raise UnreadableFile("FILE_UNREADABLE", detail=f"bagian {part} rusak") from error
    return found
