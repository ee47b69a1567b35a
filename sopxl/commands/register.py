"""Commands of the register: ``sopxl init``, ``sopxl import``, ``sopxl export inventory``,
``sopxl export decree``, ``sopxl export duplicates`` and ``sopxl template inventory``.

Only click is imported here; each command imports its library function when it runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from sopxl.commands.base import CONTEXT, SopxlCommand, SopxlGroup, echo, echo_lines

if TYPE_CHECKING:
    from sopxl.api import Result, Workspace

_WORKSPACE_HELP = (
    "Folder ruang kerja (bawaan: variabel SOPXL_WORKSPACE, lalu folder ini atau induknya)."
)
AGENCY_HELP = "Kode Komponen SKPD (misalnya 12) atau singkatannya (misalnya DISDUKCAPIL)."
_DB_HELP = "URL basis data register, menggantikan sopxl.toml (atau variabel SOPXL_DB)."


def workspace_options(function: Any) -> Any:
    function = click.option("--db", "db", default=None, metavar="URL", help=_DB_HELP)(function)
    return click.option(
        "--workspace",
        "workspace",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        metavar="FOLDER",
        help=_WORKSPACE_HELP,
    )(function)


def find_workspace_of(workspace: Path | None, db: str | None) -> Workspace:
    from sopxl.api import find_workspace

    return find_workspace(workspace, db)


def show(result: Result) -> None:
    """Print a library result: its lines on stdout, its notes on stderr."""
    echo_lines(result.lines)
    echo_lines(result.notes, err=True)


@click.command("init", cls=SopxlCommand)
@click.argument(
    "directory",
    required=False,
    default=".",
    type=click.Path(file_okay=False, path_type=Path),
    metavar="[FOLDER]",
)
@click.option(
    "--kabupaten",
    "regency",
    default="Kabupaten Kutai Kartanegara",
    metavar="TEKS",
    show_default=True,
    help="Nama pemerintah daerah.",
)
@click.option(
    "--pola",
    "pattern",
    default="{komponen}.{unit}.{bagian}.{nomor:03d}",
    metavar="POLA",
    show_default=True,
    help="Pola Nomor SOP dengan kolom {komponen} {unit} {bagian} {nomor} {tahun}, "
    "misalnya 'SOP/{komponen}/{unit}/{bagian}/{nomor:03d}/{tahun}'.",
)
@click.option(
    "--db",
    "db",
    default=None,
    metavar="URL",
    help="URL basis data register (bawaan: berkas SQLite di ruang kerja).",
)
@click.option(
    "--kosong",
    "blank",
    is_flag=True,
    help="Tulis master organisasi kosong, bukan contoh Kutai Kartanegara.",
)
def init_command(directory: Path, regency: str, pattern: str, db: str | None, blank: bool) -> None:
    """Membuat ruang kerja: sopxl.toml, master organisasi (organisasi.xlsx) dan register."""
    from sopxl.api import init_workspace

    show(init_workspace(directory, regency=regency, pattern=pattern, db=db, blank=blank))


@click.command("import", cls=SopxlCommand)
@click.argument(
    "paths",
    nargs=-1,
    required=True,
    type=click.Path(path_type=Path),
    metavar="BERKAS_ATAU_FOLDER...",
)
@click.option(
    "--dry-run",
    "dry_run",
    is_flag=True,
    help="Jalankan seluruh impor dan tampilkan hasilnya, tetapi jangan simpan apa pun.",
)
@click.option(
    "--salinan",
    "copies",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    metavar="FOLDER",
    help="Folder salinan inventaris bernomor (bawaan: hasil/inventaris-bernomor di ruang kerja).",
)
@click.option(
    "--tunggu",
    "max_wait",
    type=click.IntRange(0, 86400),
    default=600,
    show_default=True,
    metavar="DETIK",
    help="Batas menunggu impor lain yang sedang memakai register yang sama.",
)
@workspace_options
@click.pass_context
def import_command(
    ctx: click.Context,
    paths: tuple[Path, ...],
    dry_run: bool,
    copies: Path | None,
    max_wait: int,
    workspace: Path | None,
    db: str | None,
) -> None:
    """Memuat master organisasi, inventaris judul SOP dan formulir SOP ke register,
    memberi Nomor SOP, dan melaporkan judul yang sama atau mirip.

    Berkas yang ditolak atau tidak dapat dibaca dilewati; berkas lain tetap dimuat. Kode
    keluar: 0 semua berkas dimuat, 1 ada berkas ditolak karena galat, 2 salah pemakaian,
    3 ada berkas atau folder yang tidak ada atau sama sekali tidak dapat dibaca (juga bila
    ada berkas lain yang ditolak), 4 register tidak dapat diubah, 5 kesalahan internal
    sopxl, 130 dihentikan (Ctrl-C)."""
    from sopxl.api import import_files

    found = find_workspace_of(workspace, db)

    def progress(stage: str, done: int, total: int, path: Path) -> None:
        if stage == "baca" and total > 1:
            echo(f"\rMembaca {done}/{total} berkas...", nl=done == total, err=True)

    def waiting(seconds: float) -> None:
        echo(f"Menunggu impor lain selesai ... ({round(seconds)} dari {max_wait} detik)", err=True)

    result = import_files(
        found,
        list(paths),
        dry_run=dry_run,
        copies_dir=copies,
        progress=progress,
        waiting=waiting,
        max_wait=max_wait,
    )
    show(result)
    ctx.exit(result.exit_code)


@click.group("export", cls=SopxlGroup, context_settings=CONTEXT)
def export_group() -> None:
    """Mengekspor isi register ke workbook Excel."""


@export_group.command("inventory", context_settings=CONTEXT)
@click.option(
    "-o",
    "--output",
    "output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="BERKAS",
    help="Berkas .xlsx yang akan dibuat.",
)
@workspace_options
def export_inventory_command(output: Path, workspace: Path | None, db: str | None) -> None:
    """Inventaris judul SOP se-kabupaten: Rekap (dengan grafik), Semua Judul, dan satu
    lembar per SKPD."""
    from sopxl.api import export_inventory

    show(export_inventory(find_workspace_of(workspace, db), output))


@export_group.command("decree", context_settings=CONTEXT)
@click.option("--agency", "agency", required=True, metavar="KODE", help=AGENCY_HELP)
@click.option(
    "-o",
    "--output",
    "output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="BERKAS",
    help="Berkas .xlsx yang akan dibuat.",
)
@workspace_options
def export_decree_command(
    agency: str, output: Path, workspace: Path | None, db: str | None
) -> None:
    """Tabel NAMA DAN KODE NOMOR STANDAR OPERASIONAL PROSEDUR (Lampiran I angka 3) satu
    SKPD, untuk lampiran Keputusan Bupati."""
    from sopxl.api import export_decree

    show(export_decree(find_workspace_of(workspace, db), agency, output))


@export_group.command("duplicates", context_settings=CONTEXT)
@click.option(
    "-o",
    "--output",
    "output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="BERKAS",
    help="Berkas .xlsx yang akan dibuat.",
)
@click.option(
    "--antar-skpd",
    "across",
    is_flag=True,
    help="Hanya judul yang sama/mirip antara dua SKPD atau lebih.",
)
@workspace_options
def export_duplicates_command(
    output: Path, across: bool, workspace: Path | None, db: str | None
) -> None:
    """Judul SOP yang sama atau mirip (Lampiran I angka 3 huruf b dan angka 5): setiap
    pasangan sekali, kelompok tiga judul atau lebih sebagai satu kelompok, dengan SKPD,
    unit kerja, bagian, Nomor SOP, skor dan alasannya, urut dari skor tertinggi."""
    from sopxl.api import export_duplicates

    show(export_duplicates(find_workspace_of(workspace, db), output, across=across))


@click.command("inventory", cls=SopxlCommand)
@click.option("--agency", "agency", default=None, metavar="KODE", help=AGENCY_HELP)
@click.option("--all", "all_agencies", is_flag=True, help="Satu workbook untuk setiap SKPD aktif.")
@click.option(
    "-o",
    "--output",
    "output",
    required=True,
    type=click.Path(path_type=Path),
    metavar="BERKAS_ATAU_FOLDER",
    help="Berkas .xlsx (dengan --agency) atau folder (dengan --all).",
)
@click.option(
    "--baris",
    "rows",
    type=click.IntRange(1, 2000),
    default=100,
    show_default=True,
    metavar="N",
    help="Jumlah baris isian.",
)
@workspace_options
def template_inventory_command(
    agency: str | None,
    all_agencies: bool,
    output: Path,
    rows: int,
    workspace: Path | None,
    db: str | None,
) -> None:
    """Workbook inventaris judul SOP untuk SKPD, berisi nama SKPD dan daftar pilihan unit
    kerja dan bagiannya sendiri (Pasal 7 ayat (2))."""
    from sopxl.api import inventory_templates
    from sopxl.errors import UsageError

    if bool(agency) == all_agencies:
        raise UsageError("Sebut salah satu: --agency KODE atau --all.")
    show(inventory_templates(find_workspace_of(workspace, db), output, agency, rows))


@click.command("skpd", cls=SopxlCommand)
@workspace_options
def skpd_command(workspace: Path | None, db: str | None) -> None:
    """Daftar SKPD di register: kode (No Komponen), singkatan, nama, status dan jumlah
    judul SOP aktifnya. Kode maupun singkatan dapat dipakai untuk --agency."""
    from sopxl.api import list_agencies

    show(list_agencies(find_workspace_of(workspace, db)))


def attach(cli: click.Group, template: click.Group) -> None:
    """Add the register's commands to the CLI and the ``template`` group."""
    cli.add_command(skpd_command)
    cli.add_command(init_command)
    cli.add_command(import_command)
    cli.add_command(export_group)
    template.add_command(template_inventory_command)
