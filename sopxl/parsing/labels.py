"""Keys for matching labels that people may have retyped (see :func:`normalise_label`)."""

from __future__ import annotations

import re
from typing import Final

from sopxl.parsing.common import WHITESPACE, clean_typed

# A leading "(1)", "(a)", "1.", "1.2.", "1)", "a." or "a)". A letter needs a space after
# it so that "a.n. Kepala Dinas" (atas nama) keeps its "a"; a number must not run on
# into a digit so that a label starting with "1.5" is not cut.
_LEADING_NUMBERING: Final = re.compile(
    r"^(?:\( ?(?:\d+|[^\W\d_]) ?\)|\d+(?:\.\d+)*[.)](?!\d)|[^\W\d_][.)](?= ))\s*"
)
# Replaced by a space rather than deleted, so that "Peralatan/Perlengkapan" keeps two words.
_LABEL_PUNCTUATION: Final = re.compile(r"[.,:;/()\-_]+")


def normalise_label(text: object) -> str:
    """A key for matching labels that people may have retyped.

    Casefolds, strips, drops one leading numbering ("(1)", "1.", "a.", "1)"), replaces the
    punctuation . , : ; / ( ) - _ (and en/em dashes) by spaces and collapses whitespace:
    "Tgl. Pembuatan :" -> "tgl pembuatan", "No. SOP" -> "no sop",
    "Peralatan/Perlengkapan" -> "peralatan perlengkapan". ``None`` gives ""; any other
    non-string is converted with ``str`` first. Never raises.
    """
    if text is None:
        return ""
    cleaned = clean_typed(str(text))
    cleaned = _LEADING_NUMBERING.sub("", cleaned)
    cleaned = _LABEL_PUNCTUATION.sub(" ", cleaned)
    return WHITESPACE.sub(" ", cleaned).strip()
