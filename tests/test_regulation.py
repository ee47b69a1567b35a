"""The catalogue against the regulation's own words, and docs/regulation.md kept true."""

from __future__ import annotations

import re

from sopxl.findings import Severity
from sopxl.messages import catalogue
from sopxl.messages.citations import CITATIONS, SEPARATOR
from tests.conftest import ROOT

REGULATION = ROOT / "docs" / "perbup-kukar-57-2012.md"


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def test_every_galat_quotes_the_regulation_word_for_word() -> None:
    regulation = _words(REGULATION.read_text(encoding="utf-8"))
    uncited, misquoted = [], []
    for entry in catalogue().values():
        if entry.severity is not Severity.ERROR:
            continue
        if not entry.citation:
            uncited.append(entry.code)
            continue
        for quote in entry.citation.split(SEPARATOR):
            if _words(quote) not in regulation:
                misquoted.append((entry.code, quote))
    assert uncited == [], "a galat must rest on the regulation's text, else be a peringatan"
    assert misquoted == []


def test_every_citation_names_a_code_of_the_catalogue() -> None:
    assert sorted(set(CITATIONS) - set(catalogue())) == []
