"""Every workbook sopxl writes passes the Office schema checks Excel applies.

We cannot run Excel here; ``openxml-audit`` (Microsoft's Open XML SDK validation, in
Python) refuses what Excel would "repair" or refuse to open. Checked: what ``sopxl demo``
writes (templates, pre-filled forms, the findings report, returned copies, coded copies,
every register and lifecycle export, the report to the Bupati), the committed templates
and the golden files of every export and lifecycle workbook. Outputs made from hostile
text are checked in ``test_hostile_outputs.py``.

Not checked: ``samples/bermasalah`` and ``samples/variasi``, which stand for files a
person damaged or edited by hand (some are not even workbooks), not for what sopxl writes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from sopxl.cli import cli
from tests.conftest import ROOT
from tests.openxml import schema_errors


@pytest.fixture(scope="module")
def demo_workbooks(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    out = tmp_path_factory.mktemp("demo") / "demo"
    result = CliRunner().invoke(cli, ["demo", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    # contoh/: copies of the samples a person filled (and damaged) by hand, when generated.
    return sorted(p for p in out.rglob("*.xlsx") if "contoh" not in p.relative_to(out).parts)


def test_every_workbook_of_the_demo_is_schema_valid(demo_workbooks: list[Path]) -> None:
    names = {path.name for path in demo_workbooks}
    # The kinds the demo writes, so that the check cannot pass on an empty folder.
    for expected in (
        "formulir-sop-kosong.xlsx",
        "laporan-pemeriksaan.xlsx",
        "inventaris-kabupaten.xlsx",
        "nama-kode-sop-disdukcapil.xlsx",
        "kaji-ulang.xlsx",
        "evaluasi-2025.xlsx",
        "laporan-bupati-2025.xlsx",
    ):
        assert expected in names, expected
    assert any(name.endswith("-catatan-verifikasi.xlsx") for name in names)
    assert [error for path in demo_workbooks for error in schema_errors(path)] == []


@pytest.mark.parametrize(
    "folder", ["workbook_templates", "tests/golden"], ids=["templates", "golden"]
)
def test_committed_outputs_are_schema_valid(folder: str) -> None:
    workbooks = sorted((ROOT / folder).glob("*.xlsx"))
    assert workbooks
    assert [error for path in workbooks for error in schema_errors(path)] == []


def test_the_check_refuses_what_excel_would_repair(tmp_path: Path) -> None:
    """The validator is not a formality: a worksheet cell with an unknown type fails."""
    import zipfile

    source = ROOT / "workbook_templates" / "formulir-sop.xlsx"
    broken = tmp_path / "rusak.xlsx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(broken, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b' t="s"', b' t="bogus"', 1)
            zout.writestr(item, data)
    assert schema_errors(broken)
