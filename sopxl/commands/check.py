"""``sopxl check``: verify filled SOP forms (Pasal 12, Lampiran I.5) by the hundred."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from sopxl.commands.base import SopxlCommand, echo, echo_lines

PROFILE_HELP = (
    "Profil aturan: 'perbup' (Perbup Kukar 57/2012, bawaan) atau 'permenpan' (menambah "
    "konvensi Permenpan RB 35/2012 sebagai peringatan)."
)


@click.command("check", cls=SopxlCommand)
@click.argument(
    "paths",
    nargs=-1,
    required=True,
    metavar="BERKAS_ATAU_FOLDER...",
    type=click.Path(path_type=Path),
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Tulis semua temuan sebagai JSON ke stdout (skema: docs/check-json.md).",
)
@click.option(
    "--report",
    "report_path",
    metavar="BERKAS.xlsx",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Tulis workbook temuan untuk koordinator.",
)
@click.option(
    "--return-dir",
    "return_dir",
    metavar="FOLDER",
    type=click.Path(file_okay=False, path_type=Path),
    help="Tulis salinan setiap formulir, dibangun ulang dari templat, dengan sel "
    "bermasalah ditandai dan lembar 'Catatan Verifikasi', untuk dikirim "
    "kembali ke SKPD. Subfolder kiriman dipertahankan; berkas yang sudah ada tidak "
    "pernah ditimpa.",
)
@click.option(
    "--profile",
    type=click.Choice(["perbup", "permenpan"]),
    default="perbup",
    show_default=True,
    help=PROFILE_HELP,
    metavar="PROFIL",
)
@click.option(
    "--pola-nomor",
    "code_pattern",
    metavar="REGEX",
    default=None,
    help="Pola (ekspresi reguler) Nomor SOP yang sah; bawaan seperti 01.02.03.004.",
)
@click.option(
    "--ringkas",
    "brief",
    is_flag=True,
    help="Satu baris per berkas (status dan jumlah temuan) tanpa daftar temuannya.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    metavar="N",
    help="Jumlah proses yang bekerja bersamaan (misalnya 2 untuk dua inti prosesor).",
)
def check(
    paths: tuple[Path, ...],
    as_json: bool,
    report_path: Path | None,
    return_dir: Path | None,
    profile: str,
    code_pattern: str | None,
    brief: bool,
    jobs: int,
) -> None:
    """Memeriksa formulir SOP yang telah diisi (.xlsx, .xlsm, .ods; folder ditelusuri)
    terhadap Perbup Kukar 57/2012.

    Setiap berkas dicetak dengan statusnya, lalu temuannya di bawahnya (Lembar!Sel,
    galat/peringatan, kode, pesan), galat lebih dahulu, paling banyak 20 per berkas;
    --ringkas mencetak satu baris per berkas saja.

    Kode keluar: 0 tidak ada galat, 1 ada galat, 2 salah pemakaian, 3 ada berkas yang sama
    sekali tidak dapat dibaca, 4 keluaran tidak dapat ditulis, 5 kesalahan internal sopxl,
    130 dihentikan dengan Ctrl-C.
    """
    from sopxl.api import check_files

    result = check_files(
        list(paths),
        profile=profile,
        code_pattern=code_pattern,
        brief=brief,
        jobs=jobs,
        report_path=report_path,
        return_dir=return_dir,
        progress=_progress,
    )
    if sys.stderr.isatty():
        echo("", err=True)
    echo_lines(result.notes, err=True)
    echo_lines(result.lines, err=as_json)
    if as_json:
        echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    click.get_current_context().exit(result.exit_code)


def _progress(done: int, total: int, path: Path) -> None:
    """Progress on stderr: a live counter on a terminal, sparse lines in a log."""
    if sys.stderr.isatty():
        echo(f"\rMemeriksa {done}/{total} berkas ...", err=True, nl=False)
    elif done == total or done % max(1, total // 10) == 0:
        echo(f"Memeriksa {done}/{total} berkas ...", err=True)


def attach(cli: click.Group, template: click.Group) -> None:
    """Add ``sopxl check`` to the CLI."""
    cli.add_command(check)
