"""Clean-up shared by the parsers: what office software did to what the person typed."""

from __future__ import annotations

import re
from typing import Final

# Typographic variants that office software substitutes for what the person typed
# ("AutoCorrect"), mapped to the plain ASCII character the patterns below expect.
TYPOGRAPHIC: Final = str.maketrans(
    {
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2212": "-",  # minus sign
        "\u2018": "'",  # left single quotation mark
        "\u2019": "'",  # right single quotation mark
        "\u2032": "'",  # prime (minutes)
        "\u00b4": "'",  # acute accent, often typed for the minute mark
        "\u00d7": "x",  # multiplication sign
    }
)

WHITESPACE: Final = re.compile(r"\s+")


def clean_typed(text: str) -> str:
    """Casefold, un-typograph and collapse whitespace (including non-breaking spaces)."""
    return WHITESPACE.sub(" ", text.translate(TYPOGRAPHIC)).strip().casefold()


# A cell holding only a dash means "nothing applies". Office software turns "-" into an
# en or em dash, so all three count.
DASHES: Final = frozenset({"-", "\u2013", "\u2014"})
