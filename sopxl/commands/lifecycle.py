"""Commands of the SOP lifecycle (Pasal 12-21): ``sopxl template status|monitoring|
evaluation|supervision|revision`` and ``sopxl export review-due|supervision|evaluation|
report``.

Only click is imported here; each command imports its library function when it runs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click

from sopxl.commands.base import CONTEXT, SopxlCommand
from sopxl.commands.register import export_group, find_workspace_of, show, workspace_options

_F = TypeVar("_F", bound=Callable[..., Any])
_FORM_HELP = {
    "status": "Status SOP per SKPD dan tahun: verifikasi, uji coba, Keputusan Bupati, "
    "sosialisasi, pelatihan dan kaji ulang setiap SOP (Pasal 12-16, 20).",
    "monitoring": "Formulir monitoring per SKPD dan tahun: cara monitoring, penilaian terhadap "
    "penerapan, catatan, tindakan, penilai (Pasal 17).",
    "evaluation": "Formulir evaluasi tahunan per SKPD: tujuh kriteria Ya/Tidak, catatan dan "
    "rekomendasi setiap SOP yang berlaku (Pasal 18).",
    "supervision": "Laporan pengawasan triwulan per SKPD: dilaksanakan sesuai SOP, penyimpangan, "
    "tindakan, atasan langsung (Pasal 19).",
}
_PERIOD_HELP = {
    "status": "Tahun, misalnya 2026.",
    "monitoring": "Tahun, misalnya 2026.",
    "evaluation": "Tahun, misalnya 2026.",
    "supervision": "Triwulan, misalnya 2026Q1.",
}


def _output(help_text: str, file_only: bool = True) -> Callable[[_F], _F]:
    return click.option(
        "-o",
        "--output",
        "output",
        required=True,
        type=click.Path(dir_okay=not file_only, path_type=Path),
        metavar="BERKAS" if file_only else "BERKAS_ATAU_FOLDER",
        help=help_text,
    )


def _date(text: str | None) -> date | None:
    from sopxl.errors import UsageError
    from sopxl.parsing.dates import parse_date

    if text is None:
        return None
    try:
        return parse_date(text)
    except ValueError:
        raise UsageError(f"Tanggal '{text}' tidak dikenal: tulis misalnya 2026-03-31.") from None


def _form_command(name: str) -> click.Command:
    @click.command(name, cls=SopxlCommand, help=_FORM_HELP[name])
    @click.option(
        "--agency",
        "agency",
        default=None,
        metavar="KODE",
        help="Kode Komponen SKPD (misalnya 12) atau singkatannya (misalnya DISDUKCAPIL).",
    )
    @click.option("--all", "all_agencies", is_flag=True, help="Satu workbook per SKPD aktif.")
    @click.option("--period", "period", required=True, metavar="PERIODE", help=_PERIOD_HELP[name])
    @_output("Berkas .xlsx (dengan --agency) atau folder (dengan --all).", file_only=False)
    @workspace_options
    def command(
        agency: str | None,
        all_agencies: bool,
        period: str,
        output: Path,
        workspace: Path | None,
        db: str | None,
    ) -> None:
        from sopxl.api import lifecycle_forms
        from sopxl.errors import UsageError

        if bool(agency) == all_agencies:
            raise UsageError("Sebut salah satu: --agency KODE atau --all.")
        found = find_workspace_of(workspace, db)
        show(lifecycle_forms(found, name, period, agency, output))

    return command


@click.command("revision", cls=SopxlCommand)
@click.option("--year", "year", required=True, type=int, metavar="TAHUN", help="Tahun evaluasi.")
@click.option(
    "--tanggal-revisi",
    "revised_on",
    default=None,
    metavar="TANGGAL",
    help="Tanggal Revisi yang diisikan (bawaan: hari ini).",
)
@_output("Folder tujuan formulir.", file_only=False)
@workspace_options
def template_revision_command(
    year: int, revised_on: str | None, output: Path, workspace: Path | None, db: str | None
) -> None:
    """Formulir SOP (Lampiran II) berisi isian awal dan Tanggal Revisi untuk setiap SOP yang
    direkomendasikan Disempurnakan pada evaluasi tahun itu (Pasal 20 ayat (3))."""
    from sopxl.api import revision_forms

    show(revision_forms(find_workspace_of(workspace, db), year, output, _date(revised_on)))


@export_group.command("review-due", context_settings=CONTEXT)
@click.option(
    "--as-of", "as_of", default=None, metavar="TANGGAL", help="Tanggal acuan (bawaan: hari ini)."
)
@click.option(
    "--within",
    "within",
    type=click.IntRange(0, 3660),
    default=90,
    show_default=True,
    metavar="HARI",
    help="Sertakan juga SOP yang jatuh tempo dalam sekian hari sesudah tanggal acuan.",
)
@_output("Berkas .xlsx yang akan dibuat.")
@workspace_options
def export_review_due_command(
    as_of: str | None, within: int, output: Path, workspace: Path | None, db: str | None
) -> None:
    """SOP yang penetapan atau kaji ulang terakhirnya sudah atau segera berumur 2 tahun
    (Pasal 20 ayat (1)), per SKPD."""
    from sopxl.api import export_review_due

    found = find_workspace_of(workspace, db)
    show(export_review_due(found, output, _date(as_of) or date.today(), within))


def _year_export(name: str, doc: str) -> click.Command:
    @export_group.command(name, context_settings=CONTEXT, help=doc)
    @click.option("--year", "year", required=True, type=int, metavar="TAHUN", help="Tahun.")
    @_output("Berkas .xlsx yang akan dibuat.")
    @workspace_options
    def command(year: int, output: Path, workspace: Path | None, db: str | None) -> None:
        from sopxl.api import export_year

        show(export_year(find_workspace_of(workspace, db), name, year, output))

    return command


_year_export(
    "supervision",
    "Rekap laporan pengawasan triwulan (Pasal 19): SKPD mana melaporkan triwulan mana, dan "
    "temuannya.",
)
_year_export(
    "evaluation",
    "Hasil evaluasi tahunan (Pasal 18): persentase Ya per kriteria per SOP dan per SKPD, "
    "rekomendasi, dan daftar SOP yang perlu disempurnakan.",
)
_year_export(
    "report",
    "Laporan hasil pelaksanaan SOP kepada Bupati (Pasal 21): tahapan, evaluasi, monitoring, "
    "pengawasan dan tunggakan kaji ulang per SKPD, dengan grafik, siap cetak.",
)


def attach(cli: click.Group, template: click.Group) -> None:
    """Add the lifecycle forms to the ``template`` group (the exports are already in the
    ``export`` group of :mod:`sopxl.commands.register`)."""
    del cli
    from sopxl.api.lifecycle import FORM_KINDS

    for name in FORM_KINDS:
        template.add_command(_form_command(name))
    template.add_command(template_revision_command)
