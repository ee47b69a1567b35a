"""Every output is written whole or not at all: a failed write (disk full, a name too
long, a bug, Ctrl-C, a kill) leaves the file that was there intact and no partial file,
and says in Indonesian what happened, without a traceback."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from sopxl.cli import cli
from sopxl.forms.sop_form import write_sop_form
from sopxl.xlsx.save import OutputNotWritten, atomic_output, make_folder
from sopxl_demo.examples import surat_masuk
from tests.register_fixtures import UMUM, entry, import_entries, make_workspace

ROOT = Path(__file__).resolve().parent.parent
SOPXL = [sys.executable, "-m", "sopxl"]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".sopxl-"))


def run_with_file_limit(args: list[str], limit: int, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run sopxl where no file may grow past ``limit`` bytes: writes fail with EFBIG, as
    on a full disk (Python ignores SIGXFSZ, so the write raises instead of killing)."""

    def limit_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [*SOPXL, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limit_files,
    )


@pytest.mark.parametrize(
    "command",
    [
        ["template", "sop", "--jumlah-langkah", "400", "-o", "{out}.xlsx"],
        ["export", "inventory", "--workspace", "{ws}", "-o", "{out}.xlsx"],
        ["render", "{form}", "-o", "{out}.pdf"],
    ],
    ids=["template", "export", "render"],
)
def test_a_write_that_fails_midway_keeps_the_old_file_and_leaves_nothing(
    tmp_path: Path, command: list[str]
) -> None:
    workspace = make_workspace(tmp_path / "ws")
    import_entries(workspace, "12", [entry(UMUM, f"Judul {n}") for n in range(30)])
    form = tmp_path / "formulir.xlsx"
    write_sop_form(form, surat_masuk())
    out = tmp_path / "hasil" / "keluaran"
    out.parent.mkdir()
    suffix = command[-1].rsplit(".", 1)[1]
    target = out.with_suffix(f".{suffix}")
    old = b"isi lama yang sah"
    target.write_bytes(old)
    args = [a.format(out=out, ws=workspace.root, form=form) for a in command]

    result = run_with_file_limit(args, 4096, tmp_path)

    assert result.returncode == 4, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert f"{target} tidak dapat ditulis" in result.stderr
    assert "batas ukuran" in result.stderr
    assert target.read_bytes() == old
    assert leftovers(target.parent) == []


def test_without_the_limit_the_same_export_replaces_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "formulir.xlsx"
    target.write_bytes(b"isi lama")
    result = run_with_file_limit(["template", "sop", "-o", str(target)], 10_000_000, tmp_path)
    assert result.returncode == 0, result.stderr
    openpyxl.load_workbook(target).close()
    assert leftovers(tmp_path) == []


def test_a_name_too_long_is_said_in_indonesian(tmp_path: Path) -> None:
    target = tmp_path / ("n" * 300 + ".xlsx")
    result = CliRunner().invoke(cli, ["template", "sop", "-o", str(target)])
    assert result.exit_code == 4, result.output
    assert "nama berkas terlalu panjang" in result.output
    assert leftovers(tmp_path) == []


def test_a_bug_or_ctrl_c_while_building_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "laporan.pdf"
    target.write_bytes(b"lama")
    for error in (RuntimeError("bug"), KeyboardInterrupt()):
        with pytest.raises(type(error)), atomic_output(target) as temporary:
            temporary.write_bytes(b"setengah")
            raise error
        assert target.read_bytes() == b"lama"
        assert leftovers(tmp_path) == []


def test_an_os_error_becomes_output_not_written(tmp_path: Path) -> None:
    target = tmp_path / "tidak-ada" / "laporan.pdf"
    with (
        pytest.raises(OutputNotWritten, match="berkas atau folder tidak ada"),
        atomic_output(target) as temporary,
    ):
        temporary.write_bytes(b"x")


def test_a_folder_that_cannot_be_made_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder", encoding="utf-8")
    with pytest.raises(OutputNotWritten, match=r"Folder .*berkas.*sub tidak dapat dibuat"):
        make_folder(blocker / "sub")
    make_folder(tmp_path / "a" / "b")
    make_folder(tmp_path / "a" / "b")
    assert (tmp_path / "a" / "b").is_dir()


def test_copies_killed_midway_leave_no_broken_workbook(tmp_path: Path) -> None:
    """``kill -9`` while inventory templates are written for every SKPD: each .xlsx that
    exists is complete (only a hidden temporary file may remain)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    ws = tmp_path / "ws"
    subprocess.run([*SOPXL, "init", str(ws)], env=env, check=True, capture_output=True)
    subprocess.run(
        [*SOPXL, "import", "--workspace", str(ws), str(ws / "organisasi.xlsx")],
        env=env,
        check=True,
        capture_output=True,
    )
    out = tmp_path / "inventaris"
    process = subprocess.Popen(
        [*SOPXL, "template", "inventory", "--all", "--workspace", str(ws), "-o", str(out)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(list(out.glob("*.xlsx"))) < 3:
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    written = sorted(out.glob("*.xlsx"))
    assert len(written) >= 3
    for path in written:
        assert path.stat().st_size > 0
        openpyxl.load_workbook(path, read_only=True).close()


def test_closing_a_workbook_directly_is_as_safe_as_save_workbook(tmp_path: Path) -> None:
    from sopxl.xlsx.workbook import open_workbook

    target = tmp_path / "buku.xlsx"
    workbook = open_workbook(target, "judul", "uji", "1")
    workbook.add_worksheet("Data").write_string(0, 0, "isi")
    assert not target.exists()  # nothing at the name until the workbook is complete
    workbook.close()
    assert openpyxl.load_workbook(target)["Data"]["A1"].value == "isi"
    assert leftovers(tmp_path) == []
