"""The report to the Bupati on the implementation of SOPs (Pasal 21), for one year.

A cover and a one-page summary with the signature block of the Kepala Bagian Organisasi
(:mod:`sopxl.lifecycle.report_pages`), then tables of every active SKPD on A4
landscape, each followed by a native bar chart on a portrait page of its own:
- "Tahapan": per SKPD, the number of SOPs that reached each stage by 31 December
  (bernomor, ditulis, diverifikasi, diuji coba, ditetapkan, disosialisasikan, dilatih).
- "Evaluasi": per SKPD, SOPs evaluated, the average share of Ya, the recommendations.
- "Monitoring dan Pengawasan": per SKPD with SOPs in force on 31 December, SOPs in force,
  SOPs in force monitored, running well or not, quarters of supervision reported, SOPs
  found not carried out as written. SKPDs with coded SOPs but none in force have nothing
  to monitor or supervise: they are listed apart, below, and left out of every
  denominator.

Regency rows pool over SOPs (and, for supervision, over SKPD-quarters): a share is the
total of its numerator over the total of its denominator, never the mean of the SKPDs'
shares. Each sheet says in words how its figures are computed.
- "Kaji Ulang": per SKPD, SOPs whose review (Pasal 20) was due by 31 December.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from sopxl.forms import lifecycle_spec as spec
from sopxl.lifecycle.exports import (
    EVALUATION_COUNTED,
    EXPORT_VERSION,
    SUPERVISION_COUNTED,
    agency_frame,
    as_date,
    evaluation_frames,
    evaluation_totals,
    per_agency,
    rec_key,
    review_frame,
    supervision_summary,
)
from sopxl.lifecycle.frames import answers_frame, status_frame
from sopxl.lifecycle.report_pages import (
    PageFormats,
    narrative,
    recommendation_keys,
    totals,
    write_cover,
    write_summary,
)
from sopxl.register.store import Register
from sopxl.xlsx.charts import BarSeries, bar_chart_sheet
from sopxl.xlsx.save import save_workbook
from sopxl.xlsx.tables import Col, TableFormats, below, write_table
from sopxl.xlsx.workbook import (
    OFFICIAL_FOOTER,
    check,
    check_output_file,
    open_workbook,
    stamp_names,
    write_value,
)

KIND_REPORT = "ekspor_laporan_bupati"
STAGE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("coded", "Bernomor"),
    ("written", "Ditulis"),
    ("verified", "Diverifikasi"),
    ("trialled", "Diuji Coba"),
    ("enacted", "Ditetapkan"),
    ("socialised", "Disosialisasikan"),
    ("trained", "Dilatih"),
)
_STAGE_DATES = {
    "verified": "verified_on",
    "trialled": "trial_on",
    "enacted": "decree_on",
    "socialised": "socialised_on",
    "trained": "trained_on",
}
_INVENTORY_COUNTED = (
    "agency_code",
    "agency",
    "agency_short",
    "code",
    "stage",
    "form_revision",
    "title_id",
)
"""The inventory columns the report counts (and :func:`review_frame` names SKPDs by)."""
_STATUS_COUNTED = (
    "agency_code",
    "period",
    "code",
    "title",
    "title_id",
    "form_id",
    *_STAGE_DATES.values(),
    "reviewed_on",
)
"""The Status SOP columns of the stages, SOPs in force and review dates."""


@dataclass(frozen=True)
class BupatiReport:
    """The frames the report was written from (one row per active SKPD, those without
    SOPs or data included: the Bupati sees who has nothing)."""

    stages: pd.DataFrame
    evaluation: pd.DataFrame
    coverage: pd.DataFrame
    review: pd.DataFrame
    evaluation_totals: dict[str, float | int | None]
    coverage_totals: dict[str, float | int | None]
    without_in_force: pd.DataFrame
    """SKPDs with coded SOPs and none in force (agency_code, agency, coded)."""


def coverage_totals(coverage: pd.DataFrame) -> dict[str, float | int | None]:
    """The regency's monitoring and supervision figures over the SKPDs of ``coverage``
    (those with SOPs in force): SOPs monitored over SOPs in force, and quarters reported
    over 4 x the number of SKPDs."""
    in_force = int(coverage["in_force"].sum())
    monitored = int(coverage["monitored"].sum())
    quarters = int(coverage["quarters"].sum())
    agencies = len(coverage)
    return {
        "in_force": in_force,
        "monitored": monitored,
        "monitored_share": monitored / in_force if in_force else None,
        "quarters": quarters,
        "quarters_share": quarters / (4 * agencies) if agencies else None,
    }


def report_frames(register: Register, year: int) -> BupatiReport:
    """The report's numbers for ``year`` (see the module docstring)."""
    end = date(year, 12, 31)
    agencies = agency_frame(register)
    # Only the columns counted: reading every column of 6,000 titles and some 30,000
    # answer rows took most of the time of the koordinator's dashboard.
    inventory = register.inventory_frame(columns=_INVENTORY_COUNTED)
    titles = inventory[inventory["code"].notna()]
    # Read once: the status of this year (stages, SOPs in force) and the latest of any
    # year (review dates).
    status_answers = answers_frame(register, spec.STATUS.kind, columns=_STATUS_COUNTED)
    status = status_frame(register, year, status_answers)
    reached: dict[str, dict[int, bool]] = {}
    status_ids = [int(i) for i in status["title_id"].tolist()]
    for key, field in _STAGE_DATES.items():
        days = [as_date(d) for d in status[field].tolist()] if field in status else []
        reached[key] = {
            i: day is not None and day <= end
            for i, day in zip(status_ids, days or [None] * len(status_ids), strict=True)
        }
    stages = agencies.copy()
    enacted_ids: set[int] = {i for i, ok in reached["enacted"].items() if ok}
    counts: dict[str, list[int]] = {}
    # One pass over the titles per column, counted per SKPD (not a filter per SKPD).
    ids = [int(i) for i in titles["title_id"]]
    counts["coded"] = per_agency(titles, pd.Series(True, index=titles.index), agencies)
    written = titles["stage"].isin(["penulisan", "verifikasi", "penetapan"]) | (
        titles["form_revision"] > 0
    )
    counts["written"] = per_agency(titles, written, agencies)
    for key in _STAGE_DATES:
        done = [reached[key].get(i, False) for i in ids]
        counts[key] = per_agency(titles, pd.Series(done, index=titles.index), agencies)
    in_force = per_agency(
        titles, pd.Series([i in enacted_ids for i in ids], index=titles.index), agencies
    )
    for key, _ in STAGE_COLUMNS:
        stages[key] = counts[key]

    evaluated, evaluation = evaluation_frames(
        register,
        year,
        status,
        agencies,
        answers_frame(register, spec.EVALUATION.kind, str(year), columns=EVALUATION_COUNTED),
    )

    monitoring = answers_frame(
        register,
        spec.MONITORING.kind,
        str(year),
        columns=("agency_code", "period", "title_id", "assessment"),
    )
    # Monitoring counts the SOPs in force: an answer for another SOP is kept, not counted.
    monitoring = monitoring[
        (monitoring["period"] == str(year)) & monitoring["title_id"].isin(list(enacted_ids))
    ]
    supervision, _ = supervision_summary(
        register,
        year,
        status,
        agencies,
        answers_frame(register, spec.SUPERVISION.kind, str(year), columns=SUPERVISION_COUNTED),
    )
    coverage = agencies.copy()
    coverage["in_force"] = in_force
    everyone = pd.Series(True, index=monitoring.index)
    coverage["monitored"] = per_agency(monitoring, everyone, agencies)
    coverage["good"] = per_agency(monitoring, monitoring["assessment"] == spec.GOOD, agencies)
    coverage["not_good"] = coverage["monitored"] - coverage["good"]
    coverage["monitored_share"] = [
        (m / f) if f else None
        for m, f in zip(coverage["monitored"], coverage["in_force"], strict=True)
    ]
    coverage["quarters"] = supervision["quarters"].to_numpy()
    coverage["quarters_share"] = coverage["quarters"] / 4
    coverage["deviating"] = supervision["deviating"].to_numpy()
    coverage["coded"] = counts["coded"]
    # Every SKPD is in the report: those without SOPs in force are listed under the
    # coverage table rather than counted in it.
    without = coverage[coverage["in_force"] == 0]
    without = without[["agency_code", "agency", "coded"]].reset_index(drop=True)
    coverage = coverage[coverage["in_force"] > 0].reset_index(drop=True)

    due = review_frame(register, end, 0, inventory, status_frame(register, None, status_answers))
    review = agencies.copy()
    review["in_force"] = in_force
    review["due"] = per_agency(due, due["state"] == "jatuh tempo", agencies)
    return BupatiReport(
        stages,
        evaluation,
        coverage,
        review,
        evaluation_totals(evaluated),
        coverage_totals(coverage),
        without,
    )


STAGE_NOTES = (
    "Cara menghitung: jumlah SOP yang mencapai tahap itu sampai 31 Desember, menurut Status "
    "SOP yang berlaku.",
    "Tahap bersifat kumulatif: SOP yang ditetapkan juga dihitung diverifikasi dan diuji coba.",
    "Ditulis: formulir SOP-nya sudah diimpor atau SOP sudah diverifikasi. Baris Jumlah: "
    "penjumlahan.",
)
EVALUATION_NOTES = (
    "Cara menghitung: Rata-rata Jawaban Ya = jumlah jawaban Ya : (7 x jumlah SOP dievaluasi).",
    "Baris Jumlah dihitung dari seluruh SOP yang dievaluasi se-kabupaten (bukan rata-rata "
    "persentase SKPD).",
    "Hanya SOP yang berlaku sampai 31 Desember yang dihitung. Tanggal Evaluasi dan "
    "Dievaluasi oleh: dari formulir evaluasi SKPD.",
)
COVERAGE_NOTES = (
    "Cara menghitung: SOP Berlaku = SOP yang ditetapkan dengan Keputusan Bupati sampai "
    "31 Desember.",
    "Cakupan Monitoring = SOP berlaku yang dimonitor : SOP berlaku. Cakupan Pengawasan = "
    "triwulan yang dilaporkan : 4.",
    "Baris Jumlah: SOP berlaku yang dimonitor : seluruh SOP berlaku; triwulan dilaporkan : "
    "(4 x jumlah SKPD di tabel).",
)
WITHOUT_NOTE = (
    "SKPD yang belum mempunyai SOP berlaku tidak dihitung (tidak ada yang dimonitor atau "
    "diawasi); daftarnya di bawah."
)
REVIEW_NOTES = (
    "Cara menghitung: SOP berlaku yang jatuh tempo kaji ulang sampai 31 Desember: 2 tahun "
    "sesudah penetapan atau kaji ulang terakhir.",
    "Baris Jumlah: penjumlahan.",
)


def export_report(
    register: Register, path: Path, year: int, regency: str = "Kabupaten Kutai Kartanegara"
) -> BupatiReport:
    """Write the report to the Bupati for ``year`` to ``path`` and return its frames: a
    cover, a one-page summary written from the figures with the signature block, then the
    tables (every active SKPD) each followed by its chart on a page of its own."""
    check_output_file(path)
    data = report_frames(register, year)
    workbook = open_workbook(
        path, f"Laporan Pelaksanaan SOP Tahun {year}", KIND_REPORT, EXPORT_VERSION
    )
    formats = TableFormats(workbook)
    pages = PageFormats(workbook)
    figures = totals(
        data.stages,
        data.evaluation,
        data.coverage,
        data.review,
        [key for key, _ in STAGE_COLUMNS],
        recommendation_keys(rec_key),
    )
    # The share of Ya the summary states is the pooled one of the table's total row.
    pooled = data.evaluation_totals.get("share")
    figures = replace(figures, ya_share=None if pooled is None else float(pooled))
    cover = write_cover(workbook, pages, year, regency)
    write_summary(workbook, pages, narrative(figures, year), year, regency)
    place = regency.upper()
    agency_cols = (Col("agency_code", "Kode Komponen", 10), Col("agency", "SKPD", 30))

    def table(
        name: str,
        frame: pd.DataFrame,
        columns: tuple[Col, ...],
        heading: str,
        subheading: str,
        **how: Any,
    ) -> tuple[Any, int]:
        sheet = workbook.add_worksheet(name)
        _, last = write_table(
            sheet,
            formats,
            frame,
            columns,
            heading,
            subheading,
            total="Jumlah",
            footer=OFFICIAL_FOOTER,
            **how,
        )
        return sheet, last

    def chart(
        name: str, frame: pd.DataFrame, title: str, series: list[BarSeries], **how: Any
    ) -> None:
        bar_chart_sheet(
            workbook, formats, name, title, frame, series, footer=OFFICIAL_FOOTER, **how
        )

    table(
        "Tahapan",
        data.stages,
        (*agency_cols, *(Col(key, label, 12, "int") for key, label in STAGE_COLUMNS)),
        f"LAPORAN HASIL PELAKSANAAN SOP KEPADA BUPATI (PASAL 21) TAHUN {year}",
        f"{place}: jumlah SOP yang telah mencapai setiap tahap sampai 31 Desember {year}",
        notes=STAGE_NOTES,
    )
    chart(
        "Grafik Tahapan",
        data.stages,
        f"SOP bernomor dan SOP ditetapkan per SKPD sampai 31 Desember {year}",
        [BarSeries("coded", "Bernomor"), BarSeries("enacted", "Ditetapkan")],
        axis="Jumlah SOP",
        what_missing="belum mempunyai judul SOP bernomor",
    )
    recs = tuple(Col(rec_key(r), r, 12, "int") for r in spec.RECOMMENDATIONS)
    table(
        "Evaluasi",
        data.evaluation,
        (
            *agency_cols,
            Col("evaluated", "SOP Dievaluasi", 11, "int"),
            Col("share", "Rata-rata Jawaban Ya", 12, "share"),
            *recs,
            Col("evaluated_on", "Tanggal Evaluasi", 17, "date"),
            Col("evaluators", "Dievaluasi oleh", 24),
        ),
        f"HASIL EVALUASI SOP TAHUN {year} (PASAL 18)",
        "Rata-rata jawaban Ya atas tujuh kriteria evaluasi, dan rekomendasi",
        totals=data.evaluation_totals,
        notes=EVALUATION_NOTES,
    )
    chart(
        "Grafik Evaluasi",
        data.evaluation,
        f"Rata-rata jawaban Ya atas tujuh kriteria evaluasi per SKPD, tahun {year}",
        [BarSeries("share", "Rata-rata Ya")],
        axis="Jawaban Ya",
        what_missing="belum mengirim formulir evaluasi",
        percent=True,
    )
    coverage_notes: tuple[str, ...] = COVERAGE_NOTES
    if not data.without_in_force.empty:
        coverage_notes = (*COVERAGE_NOTES, WITHOUT_NOTE)
    sheet, last = table(
        "Monitoring dan Pengawasan",
        data.coverage,
        (
            *agency_cols,
            Col("in_force", "SOP Berlaku", 10, "int"),
            Col("monitored", "SOP Dimonitor", 10, "int"),
            Col("monitored_share", "Cakupan Monitoring", 11, "share"),
            Col("good", "Berjalan dengan Baik", 11, "int"),
            Col("not_good", "Tidak Berjalan dengan Baik", 11, "int"),
            Col("quarters", "Triwulan Pengawasan Dilaporkan", 12, "int"),
            Col("quarters_share", "Cakupan Pengawasan", 11, "share"),
            Col("deviating", "SOP Tidak Sesuai (Pengawasan)", 12, "int"),
        ),
        f"MONITORING (PASAL 17) DAN PENGAWASAN (PASAL 19) TAHUN {year}",
        "Cakupan: SOP berlaku yang dimonitor dari SOP berlaku; triwulan yang dilaporkan dari 4",
        totals=data.coverage_totals,
        notes=coverage_notes,
    )
    if not data.without_in_force.empty:
        _write_without(sheet, formats, data.without_in_force, below(last, coverage_notes))
    chart(
        "Grafik Pengawasan",
        data.coverage,
        f"Cakupan monitoring dan pengawasan per SKPD, tahun {year}",
        [
            BarSeries("monitored_share", "Cakupan Monitoring"),
            BarSeries("quarters_share", "Cakupan Pengawasan"),
        ],
        axis="Cakupan",
        what_missing="dengan SOP berlaku belum dimonitor maupun melaporkan pengawasan",
        percent=True,
    )
    table(
        "Kaji Ulang",
        data.review,
        (
            *agency_cols,
            Col("in_force", "SOP Berlaku", 10, "int"),
            Col("due", f"Jatuh Tempo Kaji Ulang s.d. 31/12/{year}", 14, "int"),
        ),
        f"TUNGGAKAN KAJI ULANG SOP (PASAL 20) PER 31 DESEMBER {year}",
        "SOP yang belum dikaji ulang 2 (dua) tahun sesudah penetapan atau kaji ulang terakhir",
        notes=REVIEW_NOTES,
    )
    chart(
        "Grafik Kaji Ulang",
        data.review,
        f"SOP yang melewati jatuh tempo kaji ulang per 31 Desember {year}",
        [BarSeries("due", "Jatuh Tempo Kaji Ulang")],
        axis="Jumlah SOP",
        what_missing="tanpa tunggakan kaji ulang",
    )
    cover.activate()
    check(workbook.set_custom_property("sopxl_period", str(year)), "properti periode")
    stamp_names(workbook, KIND_REPORT, EXPORT_VERSION, {"sopxl_period": str(year)})
    save_workbook(workbook)
    return data


def _write_without(sheet: Any, formats: TableFormats, without: pd.DataFrame, row: int) -> int:
    """The SKPDs left out of the coverage figures, from ``row``; the next free row."""
    heading = "SKPD yang belum mempunyai SOP berlaku (tidak dihitung dalam cakupan):"
    check(sheet.merge_range(row, 0, row, 6, heading, formats.label), "judul")
    for index, record in enumerate(without.to_dict("records"), start=1):
        write_value(sheet, row + index, 0, str(record["agency_code"]), formats.cell)
        write_value(sheet, row + index, 1, str(record["agency"]), formats.cell)
        coded = int(record["coded"])
        text = (
            f"{coded} SOP bernomor, belum ada yang ditetapkan"
            if coded
            else "Belum mempunyai SOP bernomor"
        )
        check(sheet.merge_range(row + index, 2, row + index, 6, text, formats.cell), "isi")
    return row + len(without) + 3
