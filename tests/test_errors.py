"""Operating-system failures reach people as Indonesian reasons, not English errno text."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from click.testing import CliRunner
from xlsxwriter.exceptions import FileCreateError

from sopxl.cli import cli
from sopxl.errors import reason


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (FileNotFoundError(errno.ENOENT, "No such file or directory"), "tidak ada"),
        (PermissionError(errno.EACCES, "Permission denied"), "tidak ada izin"),
        (FileCreateError(OSError(errno.ENOSPC, "No space left on device")), "ruang disk penuh"),
        (ValueError("pola salah"), "pola salah"),
    ],
)
def test_reason_is_indonesian_for_os_errors(error: BaseException, expected: str) -> None:
    assert expected in reason(error)
    assert "No such file" not in reason(error)


def test_unwritable_output_is_explained_in_indonesian(tmp_path: Path) -> None:
    target = tmp_path / "berkas-biasa"
    target.write_text("x")
    # A path "inside" a plain file cannot be created: ENOTDIR from the OS.
    result = CliRunner().invoke(
        cli,
        [
            "check",
            str(Path(__file__).parent.parent / "samples" / "sop-sktm.xlsx"),
            "--report",
            str(target / "laporan" / "r.xlsx"),
        ],
    )
    assert result.exit_code == 4
    assert "bukan folder" in result.output
    assert "Not a directory" not in result.output
    assert "Traceback" not in result.output


def test_click_type_names_are_indonesian() -> None:
    result = CliRunner().invoke(cli, ["check", "-j", "dua", "x.xlsx"])
    assert result.exit_code == 2
    assert "bukan bilangan bulat yang sah" in result.output
