"""Generated workbooks are pinned byte for byte by golden files, compared as XML.

To accept an intended change: `make templates` for workbook_templates/, and
`SOPXL_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_golden.py` for tests/golden/.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from sopxl.examples import surat_masuk
from sopxl.forms.sop_form import write_sop_form
from sopxl.templates import write_sop_template
from tests.conftest import ROOT
from tests.xlsx_compare import xlsx_differences

GOLDEN = ROOT / "tests" / "golden"


def _compare(actual: Path, expected: Path) -> None:
    if os.environ.get("SOPXL_UPDATE_GOLDEN") and expected.parent == GOLDEN:
        shutil.copyfile(actual, expected)
    assert expected.exists(), f"{expected} is missing"
    differences = xlsx_differences(actual, expected)
    assert not differences, f"{actual.name} differs from {expected}:\n{differences}"


def test_output_is_byte_stable(tmp_path: Path) -> None:
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    write_sop_form(first, surat_masuk())
    write_sop_form(second, surat_masuk())
    assert first.read_bytes() == second.read_bytes()


def test_committed_blank_template_matches_generator(tmp_path: Path) -> None:
    actual = tmp_path / "formulir-sop.xlsx"
    write_sop_template(actual)
    _compare(actual, ROOT / "workbook_templates" / "formulir-sop.xlsx")


def test_prefilled_form_matches_golden(tmp_path: Path) -> None:
    actual = tmp_path / "surat-masuk.xlsx"
    write_sop_form(actual, surat_masuk())
    _compare(actual, GOLDEN / "surat-masuk.xlsx")


def test_comparison_reports_a_readable_diff(tmp_path: Path) -> None:
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    write_sop_template(first)
    write_sop_form(second, surat_masuk())
    differences = xlsx_differences(second, first)
    assert "xl/sharedStrings.xml" in differences
    assert "+" in differences and "Penerimaan dan Pencatatan Surat Masuk" in differences
    with pytest.raises(AssertionError):
        _compare(second, first)
