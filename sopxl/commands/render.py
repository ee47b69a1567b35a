"""``sopxl render``: the official SOP document, with its flowchart drawn automatically."""

from __future__ import annotations

from pathlib import Path

import click

from sopxl.commands.base import CONTEXT, SopxlCommand, echo, echo_lines

FORMATS = ("pdf", "xlsx", "svg", "png")


@click.command("render", cls=SopxlCommand, context_settings=CONTEXT)
@click.argument("sources", nargs=-1, required=True, metavar="SUMBER...")
@click.option(
    "-o",
    "--output",
    "output",
    required=True,
    type=click.Path(path_type=Path),
    metavar="KELUARAN",
    help="Berkas keluaran (untuk satu sumber) atau folder (untuk beberapa sumber).",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    metavar="FORMAT",
    help="pdf (dokumen SOP resmi), xlsx (lembar Uraian Prosedur dengan diagram alir), "
    "svg atau png (diagram alir saja). Bawaan: dari akhiran KELUARAN, atau pdf.",
)
@click.option(
    "--langkah-per-halaman",
    "steps_per_page",
    type=click.IntRange(1, 50),
    default=None,
    metavar="N",
    help="Jumlah langkah paling banyak per halaman (bawaan 7 untuk pdf dan xlsx; svg dan "
    "png bawaannya satu gambar utuh).",
)
@click.option(
    "--dengan-uraian",
    "with_text",
    is_flag=True,
    help="svg dan png: tampilkan nomor dan uraian tiap langkah di samping diagram alir "
    "(untuk bahan paparan).",
)
@click.option(
    "--workspace",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    metavar="FOLDER",
    help="Ruang kerja untuk SUMBER berupa Nomor SOP (bawaan: SOPXL_WORKSPACE, lalu folder ini).",
)
@click.option("--db", default=None, metavar="URL", help="URL basis data register.")
@click.option(
    "--draf",
    "draft",
    is_flag=True,
    help="Tetap merender formulir yang memuat galat, dengan tulisan 'DRAF — BELUM LULUS "
    "VERIFIKASI' melintang di setiap halaman.",
)
def render(
    sources: tuple[str, ...],
    output: Path,
    fmt: str | None,
    steps_per_page: int | None,
    with_text: bool,
    workspace: Path | None,
    db: str | None,
    draft: bool,
) -> None:
    """Membuat dokumen SOP resmi (Lampiran II) dari formulir SOP yang sudah diisi:
    halaman judul, identitas SOP dan uraian prosedur dengan diagram alir yang digambar
    otomatis di kolom pelaksana (A4 mendatar).

    SUMBER adalah berkas formulir SOP (.xlsx, .xlsm, .ods), folder berisi formulir, atau
    Nomor SOP yang formulirnya sudah diimpor ke register ruang kerja.

    Setiap formulir diperiksa dahulu seperti 'sopxl check'. Formulir yang memuat galat
    tidak dirender: temuannya dicetak agar dapat diperbaiki. Dengan --draf formulir itu
    tetap dirender, dengan tulisan 'DRAF — BELUM LULUS VERIFIKASI' di setiap halaman.
    Berkas yang tidak dapat dibaca dilaporkan dan dilewati. Kode keluar: 0 semua
    berhasil, 1 ada formulir yang ditolak karena galat, 2 salah pemakaian, 3 ada sumber
    yang tidak dapat dibaca, 4 keluaran tidak dapat ditulis, 5 kesalahan internal sopxl,
    130 dihentikan dengan Ctrl-C.
    """
    from sopxl.api import render_files

    result = render_files(
        sources,
        output,
        fmt=fmt,
        steps_per_page=steps_per_page,
        with_text=with_text,
        draft=draft,
        workspace=workspace,
        db=db,
        progress=_progress,
    )
    echo_lines(result.lines)
    echo_lines(result.notes, err=True)
    if result.exit_code:
        click.get_current_context().exit(result.exit_code)


def _progress(done: int, total: int, path: Path) -> None:
    if done < total:
        echo(f"Merender {done + 1}/{total}: {path.name}", err=True)


def attach(cli: click.Group, template: click.Group) -> None:
    """Add ``sopxl render`` to the top-level group."""
    del template  # render makes documents, not templates
    cli.add_command(render)
