"""Shared fixtures: freshly generated SOP forms, opened with openpyxl."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook

from sopxl.examples import surat_masuk
from sopxl.forms.sop_form import write_sop_form

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def blank_form(tmp_path: Path) -> Path:
    path = tmp_path / "formulir-sop.xlsx"
    write_sop_form(path)
    return path


@pytest.fixture
def filled_form(tmp_path: Path) -> Path:
    path = tmp_path / "surat-masuk.xlsx"
    write_sop_form(path, surat_masuk())
    return path


def load(path: Path) -> Workbook:
    return openpyxl.load_workbook(path)
