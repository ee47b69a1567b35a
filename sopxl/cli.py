"""The ``sopxl`` command: a thin layer over the library.

Each command parses its options, calls one library function, and prints the result.
Heavy libraries (xlsxwriter, openpyxl, pandas) are imported inside the commands so that
``sopxl --help`` starts fast.
"""

from __future__ import annotations

from pathlib import Path

import click

from sopxl import __version__
from sopxl.api import DEFAULT_LIST_ROWS, DEFAULT_STEPS
from sopxl.cli_i18n import install as _install_indonesian
from sopxl.commands import attach_all
from sopxl.commands.base import CONTEXT, SopxlGroup

_install_indonesian()


@click.group("sopxl", cls=SopxlGroup, context_settings=CONTEXT)
@click.version_option(
    __version__, "-V", "--version", prog_name="sopxl", message="%(prog)s versi %(version)s"
)
@click.option(
    "--debug",
    is_flag=True,
    help="Tampilkan juga rincian teknis galat (misalnya pesan asli basis data).",
)
def cli(debug: bool) -> None:
    """sopxl: menyusun, memeriksa, memberi nomor, merekap dan mengevaluasi Standar
    Operasional Prosedur (SOP) dalam Excel sesuai Peraturan Bupati Kutai Kartanegara
    Nomor 57 Tahun 2012.

    Jalankan 'sopxl PERINTAH --help' untuk bantuan tiap perintah.

    Kode keluar semua perintah: 0 berhasil, 1 ada galat atau berkas ditolak, 2 salah
    pemakaian, 3 masukan tidak ada atau tidak dapat dibaca, 4 keluaran tidak dapat
    ditulis, 5 kesalahan internal sopxl (mohon laporkan beserta berkasnya), 130 dihentikan
    dengan Ctrl-C.
    """


@cli.group(cls=SopxlGroup, context_settings=CONTEXT)
def template() -> None:
    """Membuat workbook templat (formulir) yang siap diisi."""


@template.command("sop", context_settings=CONTEXT)
@click.option(
    "-o",
    "--output",
    "output",
    required=True,
    type=click.Path(path_type=Path),
    metavar="BERKAS",
    help="Berkas .xlsx yang akan dibuat (dengan --agency: folder tujuan).",
)
@click.option(
    "--agency",
    "agency_code",
    default=None,
    metavar="KODE",
    help="Kode komponen SKPD di register (misalnya 12) atau singkatannya (misalnya "
    "DISDUKCAPIL): tulis satu formulir terisi untuk setiap judul SOP SKPD itu yang sudah "
    "bernomor, ke folder -o.",
)
@click.option(
    "--workspace",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    metavar="FOLDER",
    help="Folder ruang kerja (dengan --agency; bawaan: SOPXL_WORKSPACE, lalu folder ini).",
)
@click.option(
    "--db", default=None, metavar="URL", help="URL basis data register (dengan --agency)."
)
@click.option(
    "--jumlah-pelaksana",
    "actors",
    type=click.IntRange(2, 20),
    default=None,
    metavar="N",
    help="Jumlah kolom Pelaksana (2-20; bawaan 5, atau sebanyak --pelaksana).",
)
@click.option(
    "--jumlah-langkah",
    "steps",
    type=click.IntRange(1, 500),
    default=DEFAULT_STEPS,
    metavar="N",
    show_default=True,
    help="Jumlah baris langkah Uraian Prosedur.",
)
@click.option(
    "--baris-daftar",
    "list_rows",
    type=click.IntRange(1, 50),
    default=DEFAULT_LIST_ROWS,
    metavar="N",
    show_default=True,
    help="Jumlah baris isian untuk tiap daftar (Dasar Hukum, Peringatan, dst.).",
)
@click.option("--skpd", default="", metavar="TEKS", help="Isi awal nama SKPD.")
@click.option("--unit-kerja", "unit", default="", metavar="TEKS", help="Isi awal Unit Kerja.")
@click.option("--bagian", "section", default="", metavar="TEKS", help="Isi awal Bagian.")
@click.option("--nomor-sop", "code", default="", metavar="TEKS", help="Isi awal Nomor SOP.")
@click.option("--nama-sop", "title", default="", metavar="TEKS", help="Isi awal Nama SOP.")
@click.option(
    "--pelaksana",
    "actor_names",
    multiple=True,
    metavar="JABATAN",
    help="Isi awal jabatan pelaksana, urut dari jabatan tertinggi. "
    "Boleh diulang: --pelaksana 'Kepala Dinas' --pelaksana Sekretaris.",
)
def template_sop(
    output: Path,
    agency_code: str | None,
    workspace: Path | None,
    db: str | None,
    actors: int | None,
    steps: int,
    list_rows: int,
    skpd: str,
    unit: str,
    section: str,
    code: str,
    title: str,
    actor_names: tuple[str, ...],
) -> None:
    """Membuat formulir SOP sesuai Lampiran II (Halaman Judul, Identitas SOP,
    Uraian Prosedur, Petunjuk Pengisian).

    Dengan --agency, satu formulir per judul SOP bernomor milik SKPD itu, terisi dari
    register (SKPD, unit kerja, bagian, Nomor SOP, Nama SOP)."""
    from sopxl.api import agency_sop_forms, find_workspace, sop_template
    from sopxl.commands.register import show

    if agency_code is not None:
        show(agency_sop_forms(find_workspace(workspace, db), agency_code, output))
        return
    show(
        sop_template(
            output,
            actors=actors,
            steps=steps,
            list_rows=list_rows,
            agency=skpd,
            unit=unit,
            section=section,
            code=code,
            title=title,
            actor_names=actor_names,
        )
    )


attach_all(cli, template)


def main() -> None:
    """Entry point of the ``sopxl`` console script and ``python -m sopxl``."""
    cli(prog_name="sopxl")


if __name__ == "__main__":  # pragma: no cover
    main()
