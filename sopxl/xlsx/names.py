"""Names sopxl makes from people's text: file-name slugs and sheet names."""

from __future__ import annotations

import re

MAX_SHEET_NAME = 31
"""Excel's limit on the length of a sheet name."""


def slug(text: str, fallback: str = "", limit: int | None = None) -> str:
    """``text`` as a file-name part: ASCII letters and digits, every other run of
    characters one ``-``, lower case, no ``-`` at either end (``"12 Disdukcapil"`` ->
    ``"12-disdukcapil"``); cut to ``limit`` characters; ``fallback`` when nothing is left."""
    made = re.sub(r"[^0-9A-Za-z]+", "-", text).strip("-").lower()
    if limit is not None:
        made = made[:limit].rstrip("-")
    return made or fallback


def sheet_name(text: str, taken: set[str], fallback: str = "SKPD") -> str:
    """A valid sheet name made from ``text`` (at most 31 characters, none of []:*?/\\'),
    unique among ``taken`` (case-folded names, to which it is added) by a `` (2)``."""
    base = re.sub(r"[\[\]:*?/\\']", " ", text).strip()[:MAX_SHEET_NAME] or fallback
    name, number = base, 2
    while name.casefold() in taken:
        suffix = f" ({number})"
        name, number = base[: MAX_SHEET_NAME - len(suffix)] + suffix, number + 1
    taken.add(name.casefold())
    return name
