"""Comparing SOP titles: a normal form for exact matches, a score for near ones.

The score is RapidFuzz's ``token_sort_ratio`` (0-100) over the normal form, so word order,
case, punctuation and small typos do not hide that two titles name the same procedure.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from rapidfuzz import fuzz

from sopxl.parsing.labels import normalise_label

DUPLICATE_THRESHOLD: Final = 80
"""Titles scoring at least this as one procedure (:mod:`sopxl.register.titles`) are
reported as overlapping (Lampiran I angka 3 huruf b)."""

SAME_TITLE_THRESHOLD: Final = 90
"""A re-imported row without a code this similar to a registered title of the same bagian
is the same title with its spelling fixed, and keeps its code."""

label_key: Final = lru_cache(maxsize=4096)(normalise_label)
""":func:`~sopxl.parsing.labels.normalise_label` remembered for the words a register file
repeats on every row (Ya/Tidak, the kinds, unit kerja and bagian names)."""

_PREFIX: Final = re.compile(r"^(?:sop|standar operasional prosedur|prosedur)\s+")


def title_key(title: str) -> str:
    """The normal form of a title: casefolded, punctuation as spaces, whitespace collapsed,
    without a leading "SOP"/"Prosedur". Equal keys mean the same title."""
    key = normalise_label(title)
    return _PREFIX.sub("", key)


def similarity(a: str, b: str) -> int:
    """How alike two titles are, 0-100 (100 = the same words)."""
    return round(fuzz.token_sort_ratio(title_key(a), title_key(b)))


def key_similarity(a: str, b: str) -> int:
    """:func:`similarity` over keys already made by :func:`title_key`."""
    return round(fuzz.token_sort_ratio(a, b))
