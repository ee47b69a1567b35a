"""``sopxl render``: the official SOP document, with its flowchart drawn automatically."""

from __future__ import annotations

from pathlib import Path

import click

from sopxl.commands.base import CONTEXT, SopxlCommand

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
    "--workspace",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    metavar="FOLDER",
    help="Ruang kerja untuk SUMBER berupa Nomor SOP (bawaan: SOPXL_WORKSPACE, lalu folder ini).",
)
@click.option("--db", default=None, metavar="URL", help="URL basis data register.")
def render(
    sources: tuple[str, ...],
    output: Path,
    fmt: str | None,
    steps_per_page: int | None,
    workspace: Path | None,
    db: str | None,
) -> None:
    """Membuat dokumen SOP resmi (Lampiran II) dari formulir SOP yang sudah diisi:
    halaman judul, identitas SOP dan uraian prosedur dengan diagram alir yang digambar
    otomatis di kolom pelaksana (A4 mendatar).

    SUMBER adalah berkas formulir SOP (.xlsx, .xlsm, .ods), folder berisi formulir, atau
    Nomor SOP yang formulirnya sudah diimpor ke register ruang kerja.
    Berkas yang tidak dapat dibaca dilaporkan dan dilewati. Kode keluar: 0 semua
    berhasil, 3 ada sumber yang tidak dapat dibaca, 2 salah pemakaian, 4 keluaran tidak
    dapat ditulis.
    """
    from sopxl.render.api import RenderOptions, format_for, render_sources

    options = RenderOptions(format_for(output, fmt), steps_per_page)
    paths, lookup_errors = _resolve_sources(sources, workspace, db)
    for message in lookup_errors:
        click.echo(f"Galat: {message}", err=True)
    report = render_sources(paths, output, options, progress=_progress)
    for source, target in report.written:
        click.echo(f"{source} -> {target}")
    for failure in report.failures:
        click.echo(f"Galat: {failure.message}", err=True)
    total = len(report.written) + len(report.failures)
    click.echo(f"{len(report.written)} dari {total} SOP dirender ke {output}.", err=True)
    if report.exit_code or lookup_errors:
        click.get_current_context().exit(report.exit_code or 3)


def _resolve_sources(
    sources: tuple[str, ...], workspace: Path | None, db: str | None
) -> tuple[list[Path], list[str]]:
    """Paths for the sources: a file or folder as it is; anything else that names no file
    is taken as a Nomor SOP and looked up in the workspace's register, if there is one."""
    from sopxl.errors import InputError

    paths: list[Path] = []
    errors: list[str] = []
    found_workspace = None
    for source in sources:
        path = Path(source)
        if path.exists():
            paths.append(path)
            continue
        if found_workspace is None:
            from sopxl.workspace import find_workspace

            try:
                found_workspace = find_workspace(workspace, db)
            except InputError:
                paths.append(path)  # no register to ask: reported as not found
                continue
        from sopxl.register.lookup import form_file_for_code

        try:
            paths.append(form_file_for_code(found_workspace, source))
        except InputError as error:
            errors.append(str(error))
    return paths, errors


def _progress(done: int, total: int, path: Path) -> None:
    if done < total:
        click.echo(f"Merender {done + 1}/{total}: {path.name}", err=True)


def attach(cli: click.Group, template: click.Group) -> None:
    """Add ``sopxl render`` to the top-level group."""
    del template  # render makes documents, not templates
    cli.add_command(render)
