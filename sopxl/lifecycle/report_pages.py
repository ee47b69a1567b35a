"""The pages of the report to the Bupati (Pasal 21) that are not tables: the cover, the
one-page narrative of the year written from the report's figures, and the signature
block of the Kepala Bagian Organisasi.

The narrative is generated from the same frames as the tables (see
:func:`sopxl.lifecycle.report.report_frames`), so what it says is what they show.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from sopxl.forms import lifecycle_spec as spec
from sopxl.xlsx.textfit import Cell, fit_height, widths_sum
from sopxl.xlsx.workbook import OFFICIAL_FOOTER, check, print_a4

SIGNER = "KEPALA BAGIAN ORGANISASI"
SIGNER_OFFICE = "SEKRETARIAT DAERAH"
_WIDTHS = (4.0, 16.0, 16.0, 16.0, 16.0, 16.0)
"""Columns of the cover and narrative pages (portrait A4)."""


@dataclass(frozen=True)
class ReportTotals:
    """The regency-wide figures the narrative states."""

    agencies: int
    stages: dict[str, int]
    without_sop: list[str]
    evaluated: int
    evaluating_agencies: int
    ya_share: float | None
    recommendations: dict[str, int]
    in_force: int
    monitored: int
    good: int
    full_quarters: int
    some_quarters: int
    silent_with_sops: int
    deviating: int
    review_due: int
    review_agencies: list[str]

    quarters_reported: int = 0

    @property
    def empty(self) -> bool:
        """True when the register holds nothing dated in the year: no SOP verified, tried,
        enacted, socialised or trained by its end, no evaluation, monitoring or
        supervision report."""
        dated = [v for k, v in self.stages.items() if k not in ("coded", "written")]
        return not any(dated) and not (self.evaluated or self.monitored or self.quarters_reported)


def totals(
    stages: pd.DataFrame,
    evaluation: pd.DataFrame,
    coverage: pd.DataFrame,
    review: pd.DataFrame,
    stage_keys: Sequence[str],
    recommendation_keys: dict[str, str],
) -> ReportTotals:
    """Add up the report's per-SKPD frames (one row per active SKPD) for the narrative."""
    evaluated = int(evaluation["evaluated"].sum()) if len(evaluation) else 0
    shares = evaluation.dropna(subset=["share"]) if len(evaluation) else evaluation
    ya = (
        float((shares["share"] * shares["evaluated"]).sum() / shares["evaluated"].sum())
        if len(shares) and shares["evaluated"].sum()
        else None
    )
    with_sops = coverage[coverage["in_force"] > 0] if len(coverage) else coverage
    return ReportTotals(
        agencies=len(stages),
        stages={key: int(stages[key].sum()) if len(stages) else 0 for key in stage_keys},
        without_sop=[str(a) for a in stages.loc[stages["coded"] == 0, "agency"]]
        if len(stages)
        else [],
        evaluated=evaluated,
        evaluating_agencies=int((evaluation["evaluated"] > 0).sum()) if len(evaluation) else 0,
        ya_share=ya,
        recommendations={
            label: int(evaluation[key].sum()) if len(evaluation) else 0
            for label, key in recommendation_keys.items()
        },
        in_force=int(coverage["in_force"].sum()) if len(coverage) else 0,
        monitored=int(coverage["monitored"].sum()) if len(coverage) else 0,
        good=int(coverage["good"].sum()) if len(coverage) else 0,
        full_quarters=int((with_sops["quarters"] == 4).sum()) if len(with_sops) else 0,
        some_quarters=int(with_sops["quarters"].between(1, 3).sum()) if len(with_sops) else 0,
        silent_with_sops=int((with_sops["quarters"] == 0).sum()) if len(with_sops) else 0,
        deviating=int(coverage["deviating"].sum()) if len(coverage) else 0,
        review_due=int(review["due"].sum()) if len(review) else 0,
        review_agencies=[str(a) for a in review.loc[review["due"] > 0, "agency"]]
        if len(review)
        else [],
        quarters_reported=int(coverage["quarters"].sum()) if len(coverage) else 0,
    )


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "-"


def _names(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " dan " + names[-1]


def narrative(figures: ReportTotals, year: int) -> list[str]:
    """The paragraphs of the report's summary page, in Bahasa Indonesia, from ``figures``."""
    end = f"31 Desember {year}"
    s = figures.stages
    with_sop = figures.agencies - len(figures.without_sop)
    if figures.empty:
        return [
            f"Untuk tahun {year} register SOP belum memuat data pelaksanaan apa pun: tidak ada "
            f"SOP yang diverifikasi, diuji coba, ditetapkan, disosialisasikan atau dilatihkan "
            f"sampai {end}, dan tidak ada formulir evaluasi, monitoring maupun laporan "
            "pengawasan tahun itu. Laporan ini karena itu tidak memuat angka pelaksanaan SOP.",
            f"Register mencatat {s['coded']} judul SOP bernomor pada {with_sop} dari "
            f"{figures.agencies} SKPD; tabel berikut mencantumkan setiap SKPD.",
        ]
    paragraphs = [
        f"Tahapan. Sampai {end} terdapat {s['coded']} judul SOP bernomor pada {with_sop} "
        f"dari {figures.agencies} SKPD. Dari judul tersebut {s['written']} telah ditulis, "
        f"{s['verified']} diverifikasi, {s['trialled']} diuji coba, {s['enacted']} "
        f"ditetapkan dengan Keputusan Bupati, {s['socialised']} disosialisasikan dan "
        f"{s['trained']} dilatihkan.",
    ]
    if figures.without_sop:
        paragraphs.append(
            f"SKPD tanpa SOP. {len(figures.without_sop)} SKPD belum mempunyai judul SOP "
            f"bernomor: {_names(figures.without_sop)}."
        )
    else:
        paragraphs.append("SKPD tanpa SOP. Semua SKPD telah mempunyai judul SOP bernomor.")
    if figures.evaluated:
        recs = ", ".join(f"{n} {label.lower()}" for label, n in figures.recommendations.items())
        share = f"{round(100 * figures.ya_share)}%" if figures.ya_share is not None else "-"
        paragraphs.append(
            f"Evaluasi (Pasal 18). {figures.evaluating_agencies} SKPD mengevaluasi "
            f"{figures.evaluated} SOP ({_percent(figures.evaluated, s['enacted'])} dari SOP "
            f"yang ditetapkan); rata-rata jawaban Ya atas tujuh kriteria {share}. "
            f"Rekomendasi: {recs}."
        )
    else:
        paragraphs.append(f"Evaluasi (Pasal 18). Tidak ada formulir evaluasi tahun {year}.")
    paragraphs.append(
        f"Monitoring dan pengawasan (Pasal 17 dan 19). {figures.monitored} dari "
        f"{figures.in_force} SOP yang berlaku dimonitor "
        f"({_percent(figures.monitored, figures.in_force)}); {figures.good} berjalan dengan "
        f"baik dan {figures.monitored - figures.good} tidak. Laporan pengawasan triwulan: "
        f"{figures.full_quarters} SKPD melaporkan keempat triwulan, {figures.some_quarters} "
        f"sebagian, dan {figures.silent_with_sops} SKPD yang mempunyai SOP berlaku belum "
        f"melapor; {figures.deviating} SOP ditemukan tidak dilaksanakan sesuai SOP."
    )
    if figures.review_due:
        paragraphs.append(
            f"Kaji ulang (Pasal 20). {figures.review_due} SOP yang berlaku telah melewati "
            f"jatuh tempo kaji ulang 2 (dua) tahunan per {end}, pada "
            f"{len(figures.review_agencies)} SKPD: {_names(figures.review_agencies)}."
        )
    else:
        paragraphs.append(f"Kaji ulang (Pasal 20). Tidak ada tunggakan kaji ulang per {end}.")
    paragraphs.append("Rincian per SKPD, termasuk SKPD tanpa data, terdapat pada tabel berikut.")
    return paragraphs


class PageFormats:
    """Formats of the cover and narrative pages."""

    def __init__(self, workbook: Any) -> None:
        base = {"font_name": "Arial", "font_size": 10, "valign": "top", "text_wrap": True}
        center = {**base, "align": "center", "valign": "vcenter"}
        self.cover_org = workbook.add_format({**center, "bold": True, "font_size": 14})
        self.cover_title = workbook.add_format({**center, "bold": True, "font_size": 20})
        self.cover_text = workbook.add_format({**center, "font_size": 12})
        self.heading = workbook.add_format({**center, "bold": True, "font_size": 12})
        self.paragraph = workbook.add_format({**base, "align": "justify"})
        self.sign = workbook.add_format({**base, "align": "center"})
        self.sign_bold = workbook.add_format({**base, "align": "center", "bold": True})


def _line(sheet: Any, row: int, text: str, fmt: Any, size: float, bold: bool, gap: float) -> None:
    last = len(_WIDTHS) - 1
    check(sheet.merge_range(row, 0, row, last, text, fmt), "teks")
    height = fit_height([Cell(text, widths_sum(_WIDTHS), size, bold)], gap)
    check(sheet.set_row(row, height), "tinggi baris")


def _page(sheet: Any) -> None:
    for col, width in enumerate(_WIDTHS):
        check(sheet.set_column(col, col, width), "lebar kolom")
    sheet.hide_gridlines(2)
    print_a4(sheet, landscape=False, footer=OFFICIAL_FOOTER, margins=(0.8, 0.8, 0.8, 0.8))
    sheet.fit_to_pages(1, 1)


def write_cover(workbook: Any, formats: PageFormats, year: int, regency: str) -> Any:
    """The cover: who reports what to whom, for which year, under which article."""
    sheet = workbook.add_worksheet("Sampul")
    _page(sheet)
    place = regency.upper()
    lines: list[tuple[str, Any, float, bool, float]] = [
        (f"PEMERINTAH {place}", formats.cover_org, 14, True, 40),
        (f"{SIGNER_OFFICE}", formats.cover_org, 14, True, 20),
        ("BAGIAN ORGANISASI", formats.cover_org, 14, True, 20),
        ("", formats.cover_text, 12, False, 150),
        ("LAPORAN HASIL PELAKSANAAN", formats.cover_title, 20, True, 30),
        ("STANDAR OPERASIONAL PROSEDUR (SOP)", formats.cover_title, 20, True, 30),
        (f"TAHUN {year}", formats.cover_title, 20, True, 40),
        ("", formats.cover_text, 12, False, 60),
        (
            f"Disampaikan kepada Bupati {regency.removeprefix('Kabupaten ')}",
            formats.cover_text,
            12,
            False,
            20,
        ),
        (
            f"sesuai Pasal 21 Peraturan Bupati {regency.removeprefix('Kabupaten ')} Nomor 57 "
            "Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur",
            formats.cover_text,
            12,
            False,
            20,
        ),
        ("", formats.cover_text, 12, False, 200),
        (f"{place}", formats.cover_org, 14, True, 20),
        (f"{year + 1}", formats.cover_org, 14, True, 20),
    ]
    for row, (text, fmt, size, bold, gap) in enumerate(lines):
        _line(sheet, row, text, fmt, size, bold, gap)
    check(sheet.print_area(0, 0, len(lines) - 1, len(_WIDTHS) - 1), "area cetak")
    return sheet


def write_summary(
    workbook: Any, formats: PageFormats, paragraphs: Sequence[str], year: int, regency: str
) -> Any:
    """The one-page narrative of the year and the signature block."""
    sheet = workbook.add_worksheet("Ringkasan")
    _page(sheet)
    row = 0
    _line(sheet, row, f"RINGKASAN PELAKSANAAN SOP TAHUN {year}", formats.heading, 12, True, 24)
    row += 1
    _line(sheet, row, regency.upper(), formats.heading, 12, True, 18)
    row += 2
    for paragraph in paragraphs:
        _line(sheet, row, paragraph, formats.paragraph, 10, False, 0)
        row += 2
    place = "Tenggarong" if "Kutai Kartanegara" in regency else "...................."
    signature = [
        (f"{place}, .................... {year + 1}", formats.sign, False, 0.0),
        (SIGNER, formats.sign_bold, True, 0.0),
        (f"{SIGNER_OFFICE} {regency.upper()},", formats.sign_bold, True, 0.0),
        ("", formats.sign, False, 60.0),
        ("(.......................................................)", formats.sign, False, 0.0),
        ("NIP. ..................................................", formats.sign, False, 0.0),
    ]
    row += 1
    sign_widths = _WIDTHS[3:]
    for text, fmt, bold, gap in signature:
        check(sheet.merge_range(row, 3, row, len(_WIDTHS) - 1, text, fmt), "tanda tangan")
        height = fit_height([Cell(text, widths_sum(sign_widths), 10, bold)], gap)
        check(sheet.set_row(row, height), "tinggi baris")
        row += 1
    check(sheet.print_area(0, 0, row - 1, len(_WIDTHS) - 1), "area cetak")
    return sheet


def recommendation_keys(rec_key: Any) -> dict[str, str]:
    """Each recommendation of the evaluation form and its frame column."""
    return {label: str(rec_key(label)) for label in spec.RECOMMENDATIONS}
