"""A workbook whose one part is larger than sopxl reads is refused before it is parsed,
naming the part, its size and the limit."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from sopxl.findings import finding
from sopxl.forms.sop_form import write_sop_form
from sopxl.reading.grid import UnreadableFile
from sopxl.reading.loading.files import Limits, load_workbook_data
from sopxl_demo.examples import surat_masuk

STYLES = "xl/styles.xml"


def _with_large_styles(source: Path, target: Path, padding: int) -> Path:
    """``source`` with its styles part grown by a comment of ``padding`` bytes that do
    not compress (so it is large, not a zip bomb)."""
    filler = os.urandom(padding // 2).hex().encode()
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == STYLES:
                head, _, rest = data.partition(b"?>")
                data = head + b"?><!--" + filler + b"-->" + rest
            new.writestr(info.filename, data, zipfile.ZIP_DEFLATED)
    return target


def test_a_part_larger_than_the_limit_refuses_the_file_naming_part_and_sizes(
    tmp_path: Path,
) -> None:
    form = tmp_path / "surat-masuk.xlsx"
    write_sop_form(form, surat_masuk())
    large = _with_large_styles(form, tmp_path / "gaya-besar.xlsx", 3 * 1024 * 1024)
    limits = Limits(max_part_bytes=2 * 1024 * 1024)

    try:
        load_workbook_data(large, limits)
    except UnreadableFile as error:
        refusal = error
    else:
        raise AssertionError("a part over the limit was read")

    assert refusal.code == "FILE_PART_TOO_LARGE"
    assert refusal.params["part"] == STYLES
    message = finding(refusal.code, str(large), **refusal.params).message
    assert STYLES in message and "3,0 MB" in message and "2,0 MB" in message
    # The same form within the limit is read.
    assert load_workbook_data(form, limits).sheets
