"""The catalogue against the regulation's own words, and docs/regulation.md kept true."""

from __future__ import annotations

import re

from sopxl.messages import catalogue
from sopxl.messages.citations import CITATIONS, SEPARATOR
from sopxl.model.severity import Severity
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


# --- docs/regulation.md ---------------------------------------------------------------

DOC = ROOT / "docs" / "regulation.md"
_CODE = re.compile(r"`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)`")
_TEST = re.compile(r"`(tests/test_\w+\.py)::(test_\w+)`")


def _doc() -> str:
    return DOC.read_text(encoding="utf-8")


def test_every_code_the_traceability_table_names_exists() -> None:
    assert sorted(set(_CODE.findall(_doc())) - set(catalogue())) == []


def test_every_catalogue_code_is_traced_to_the_regulation() -> None:
    assert sorted(set(catalogue()) - set(_CODE.findall(_doc()))) == []


def test_every_test_the_table_names_exists() -> None:
    named = _TEST.findall(_doc())
    assert named, "the table names its tests as `tests/file.py::test_name`"
    missing = [
        f"{path}::{name}"
        for path, name in named
        if not (ROOT / path).is_file()
        or not re.search(rf"^def {name}\(", (ROOT / path).read_text(encoding="utf-8"), re.M)
    ]
    assert missing == []


def test_codes_no_test_names_are_listed_as_gaps() -> None:
    tested = "".join(path.read_text(encoding="utf-8") for path in (ROOT / "tests").glob("*.py"))
    for readme in ("bermasalah", "variasi"):
        tested += (ROOT / "samples" / readme / "README.md").read_text(encoding="utf-8")
    gaps = set(_CODE.findall(_doc().partition("## Gaps")[2]))
    untested = {code for code in catalogue() if code not in tested}
    assert sorted(untested - gaps) == []
