"""``sopxl render``: the official SOP document, with its flowchart drawn automatically."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from sopxl.commands.base import CONTEXT, SopxlCommand, echo

if TYPE_CHECKING:
    from sopxl.checking.config import CheckConfig

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
    from sopxl.checking.gate import render_verified
    from sopxl.checking.output import detail_lines
    from sopxl.render.api import RenderOptions, format_for

    options = RenderOptions(format_for(output, fmt), steps_per_page, with_text=with_text)
    paths, lookup_errors, config, sections = _resolve_sources(sources, workspace, db)
    for message in lookup_errors:
        echo(f"Galat: {message}", err=True)
    report = render_verified(
        paths, output, options, config, draft=draft, progress=_progress, sections=sections
    )
    for source, target in report.written:
        mark = " (DRAF: memuat galat)" if source in report.drafts else ""
        echo(f"{source} -> {target}{mark}")
    if report.refused:
        echo("Tidak dirender karena memuat galat (perbaiki, atau pakai --draf):", err=True)
        for line in detail_lines(report.refused)[:-3]:  # without the check's totals
            echo(line, err=True)
    for failure in report.failures:
        echo(f"Galat: {failure.message}", err=True)
    total = len(report.written) + len(report.refused) + len(report.failures)
    echo(f"{len(report.written)} dari {total} SOP dirender ke {output}.", err=True)
    if report.exit_code or lookup_errors:
        click.get_current_context().exit(report.exit_code or 3)


def _resolve_sources(
    sources: tuple[str, ...], workspace: Path | None, db: str | None
) -> tuple[list[Path], list[str], CheckConfig, dict[Path, str]]:
    """Paths for the sources: a file or folder as it is; anything else that names no file
    is taken as a Nomor SOP and looked up in the workspace's register, if there is one.
    Also the check's settings (the workspace's Nomor SOP pattern when there is one) and,
    for each form found by its Nomor SOP, the bagian the register files it under."""
    from sopxl.checking.config import CheckConfig
    from sopxl.errors import InputError
    from sopxl.register.workspace import find_workspace

    paths: list[Path] = []
    errors: list[str] = []
    sections: dict[Path, str] = {}
    try:
        found_workspace = find_workspace(workspace, db)
    except InputError:
        found_workspace = None
    for source in sources:
        path = Path(source)
        if path.exists() or found_workspace is None:
            paths.append(path)  # without a register to ask, a missing one is reported
            continue
        from sopxl.register.lookup import form_file_for_code, registered_section

        try:
            path = form_file_for_code(found_workspace, source)
        except InputError as error:
            errors.append(str(error))
            continue
        paths.append(path)
        sections[path] = registered_section(found_workspace, source)
    config = found_workspace.check_config() if found_workspace else CheckConfig()
    return paths, errors, config, sections


def _progress(done: int, total: int, path: Path) -> None:
    if done < total:
        echo(f"Merender {done + 1}/{total}: {path.name}", err=True)


def attach(cli: click.Group, template: click.Group) -> None:
    """Add ``sopxl render`` to the top-level group."""
    del template  # render makes documents, not templates
    cli.add_command(render)
