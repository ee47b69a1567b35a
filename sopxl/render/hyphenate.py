"""Where an Indonesian word may be broken at the end of a line.

Pelaksana headings and table cells are narrow: "Pengadministrasi Umum" does not fit a
column of 50 points, and cutting it by characters ("Pengadministra/si") is wrong. Words
are broken only where PUEBI allows (between syllables, and between a stem and its
affixes: "Pe-re-kam-an", "Ke-pen-du-duk-an"), with a hyphen written at the break.

The break points come from the Indonesian hyphenation patterns (``hyph_id_ID.dic``, the
same LibreOffice uses) through ``pyphen``. The patterns sometimes leave a lone consonant
("ma-sya-ra-k-at") or split an acronym ("KT-P-el"); such breaks are dropped: every
piece must hold a vowel, and words written in capitals are never broken by pattern.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyphen

VOWELS = frozenset("aiueoAIUEOéÉ")
MIN_PIECE = 2
"""Fewest letters left on either side of a break."""


@cache
def _dictionary() -> pyphen.Pyphen:
    import pyphen

    return pyphen.Pyphen(lang="id_ID", left=MIN_PIECE, right=MIN_PIECE)


@cache
def break_points(word: str) -> tuple[int, ...]:
    """Offsets into ``word`` where it may be broken (a hyphen is then written after the
    first part). An existing hyphen is a break point of its own: "KTP-el" breaks after
    "KTP-" and nowhere else. Empty when the word cannot be broken."""
    points: set[int] = set()
    start = 0
    for part in word.split("-"):
        end = start + len(part)
        if end < len(word):
            points.add(end + 1)  # after the hyphen already there
        points.update(start + p for p in _syllable_points(part))
        start = end + 1
    return tuple(sorted(p for p in points if 0 < p < len(word)))


def _syllable_points(part: str) -> tuple[int, ...]:
    letters = sum(c.isalpha() for c in part)
    if letters < 2 * MIN_PIECE or not part.isalpha():
        return ()
    if part.isupper():
        return ()  # an acronym (KTP, SIAK, NIP): spelt letter by letter
    found = _dictionary().positions(part)
    # A piece without a vowel (the lone "k" of "ma-sya-ra-k-at") starts the next
    # syllable: its break after it is dropped ("ra-kat"); at the end it joins the last.
    cuts = [0, *found, len(part)]
    pieces = [part[a:b] for a, b in itertools.pairwise(cuts)]
    keep: list[int] = []
    at = 0
    for piece in pieces[:-1]:
        at += len(piece)
        if _has_vowel(piece):
            keep.append(at)
    if not _has_vowel(pieces[-1]) and keep:
        keep.pop()
    return tuple(keep)


def _has_vowel(text: str) -> bool:
    return any(c in VOWELS for c in text)


def split_word(word: str, fits: Callable[[str], bool]) -> tuple[str, str] | None:
    """The longest head of ``word`` ending at a break point such that ``fits(head)``
    (the head carries its hyphen), and the rest; ``None`` when no break fits."""
    for point in reversed(break_points(word)):
        head = word[:point]
        if not head.endswith("-"):
            head += "-"
        if fits(head):
            return head, word[point:]
    return None
