"""Consolidated lifecycle exports: SOPs due for review (Pasal 20), quarterly supervision
reports (Pasal 19) and the annual evaluation (Pasal 18).

Each export has a frame function (pandas, for use without the CLI) and a writer that
puts the frame into a workbook with sopxl's safe options.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd

from sopxl.forms import lifecycle_spec as spec
from sopxl.lifecycle.frames import answers_frame, enacted_titles, status_frame
from sopxl.model.lifecycle import ROMAN, Period, review_due, review_state
from sopxl.register.store import Register
from sopxl.xlsx.charts import BarSeries, bar_chart_sheet
from sopxl.xlsx.save import save_workbook
from sopxl.xlsx.tables import Col, TableFormats, write_table
from sopxl.xlsx.workbook import check_output_file, open_workbook, stamp_names

EXPORT_VERSION = "1"
DEFAULT_WITHIN = 90
QUARTERS = tuple(f"TW {r}" for r in ROMAN)
CRITERIA_KEYS = tuple(key for key, _ in spec.CRITERIA)


def as_date(value: object) -> date | None:
    """A date from a frame cell (a Timestamp, a date, or nothing)."""
    if isinstance(value, pd.Timestamp):
        return value.date()
    return value if isinstance(value, date) else None


def agency_frame(register: Register) -> pd.DataFrame:
    agencies = register.agencies_frame()
    agencies = agencies[agencies["active"].astype(bool)]
    return pd.DataFrame(
        {
            "agency_code": agencies["code"].astype(str),
            "agency": [str(r.short_name or r.name) for r in agencies.itertuples()],
        }
    ).reset_index(drop=True)


# --- review due (Pasal 20 ayat (1)) ---------------------------------------------------


def review_frame(
    register: Register,
    as_of: date,
    within: int = DEFAULT_WITHIN,
    inventory: pd.DataFrame | None = None,
    status: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Every enacted active SOP with its review due date (see
    :mod:`sopxl.model.lifecycle`) and ``state``: ``jatuh tempo``, ``segera`` or
    ``None``. Columns: agency_code, agency, code, title, decree_on, reviewed_on, due,
    state, days (due minus as_of). ``inventory``: ``register.inventory_frame()``, and
    ``status``: ``status_frame(register)``, when the caller has read them already (they
    are not read twice)."""
    if status is None:
        status = status_frame(register)
    if inventory is None:
        inventory = register.inventory_frame()
    titles = inventory[["title_id", "agency_code", "agency_short", "agency"]]
    rows = []
    active = set(titles["title_id"])
    names = {
        title_id: str(short or name)
        for title_id, short, name in zip(
            titles["title_id"].tolist(),
            titles["agency_short"].tolist(),
            titles["agency"].tolist(),
            strict=True,
        )
    }

    def values(name: str) -> list[object]:
        return status[name].tolist() if name in status else [None] * len(status)

    for title_id, agency_code, code, title, decree, last_review in zip(
        *(values(n) for n in ("title_id", "agency_code", "code", "title")),
        values("decree_on"),
        values("reviewed_on"),
        strict=True,
    ):
        enacted = as_date(decree)
        if enacted is None or enacted > as_of or title_id not in active:
            continue
        reviewed = as_date(last_review)
        due = review_due(enacted, reviewed)
        rows.append(
            {
                "agency_code": agency_code,
                "agency": names[title_id],
                "code": code,
                "title": title,
                "decree_on": enacted,
                "reviewed_on": reviewed,
                "due": due,
                "state": review_state(due, as_of, within),
                "days": (due - as_of).days,
            }
        )
    columns = ["agency_code", "agency", "code", "title", "decree_on", "reviewed_on", "due"]
    frame = pd.DataFrame(rows, columns=[*columns, "state", "days"])
    return frame.sort_values(["due", "agency_code", "code"], kind="stable").reset_index(drop=True)


def export_review_due(
    register: Register,
    path: Path,
    as_of: date,
    within: int = DEFAULT_WITHIN,
    regency: str = "Kabupaten Kutai Kartanegara",
) -> pd.DataFrame:
    """Write the SOPs due for review by ``as_of`` or within ``within`` days after it: a
    "Rekap" per SKPD and the list "Kaji Ulang". Returns the listed rows."""
    check_output_file(path)
    frame = review_frame(register, as_of, within)
    due = frame[frame["state"].notna()].reset_index(drop=True)
    due = due.assign(
        state_label=due["state"].map({"jatuh tempo": "Jatuh tempo", "segera": "Segera"})
    )
    workbook = open_workbook(
        path, "SOP yang Harus Dikaji Ulang", "ekspor_kaji_ulang", EXPORT_VERSION
    )
    formats = TableFormats(workbook)
    when = f"{as_of:%d/%m/%Y}"
    summary = agency_frame(register)
    counts = frame.groupby("agency_code") if not frame.empty else None
    summary["enacted"] = [
        int((frame["agency_code"] == code).sum()) if counts is not None else 0
        for code in summary["agency_code"]
    ]
    for state, key in (("jatuh tempo", "overdue"), ("segera", "soon")):
        summary[key] = [
            int(((frame["agency_code"] == code) & (frame["state"] == state)).sum())
            for code in summary["agency_code"]
        ]
    summary = summary[summary["enacted"] > 0].reset_index(drop=True)
    sheet = workbook.add_worksheet("Rekap")
    write_table(
        sheet,
        formats,
        summary,
        (
            Col("agency_code", "Kode Komponen", 10),
            Col("agency", "SKPD", 34),
            Col("enacted", "SOP Berlaku", 12, "int"),
            Col("overdue", "Jatuh Tempo Kaji Ulang", 14, "int"),
            Col("soon", f"Jatuh Tempo dalam {within} Hari", 14, "int"),
        ),
        f"SOP YANG HARUS DIKAJI ULANG (PASAL 20 AYAT (1)) {regency.upper()}",
        f"SOP dikaji ulang setiap 2 (dua) tahun; keadaan per {when}",
        total="Jumlah",
    )
    listing = workbook.add_worksheet("Kaji Ulang")
    write_table(
        listing,
        formats,
        due,
        (
            Col("agency_code", "Kode Komponen", 10),
            Col("agency", "SKPD", 26),
            Col("code", "Nomor SOP", 16),
            Col("title", "Nama SOP", 40),
            Col("decree_on", "Tanggal Keputusan Bupati", 14, "date"),
            Col("reviewed_on", "Kaji Ulang Terakhir", 14, "date"),
            Col("due", "Jatuh Tempo Kaji Ulang", 14, "date"),
            Col("state_label", "Keadaan", 12),
            Col("days", "Sisa Hari", 9, "int"),
        ),
        "DAFTAR SOP YANG HARUS DIKAJI ULANG",
        f"Jatuh tempo: 2 tahun sesudah penetapan atau kaji ulang terakhir; per {when}",
    )
    sheet.activate()
    stamp_names(workbook, "ekspor_kaji_ulang", EXPORT_VERSION)
    save_workbook(workbook)
    return due.drop(columns=["state_label"])


# --- supervision (Pasal 19 ayat (2)) ----------------------------------------------------


def per_agency(rows: pd.DataFrame, mask: pd.Series, agencies: pd.DataFrame) -> list[int]:
    """How many of ``rows`` where ``mask`` holds belong to each SKPD of ``agencies``, in
    its order (one pass, rather than a comparison per SKPD)."""
    counts = rows.loc[mask.to_numpy(dtype=bool), "agency_code"].value_counts()
    return [int(counts.get(code, 0)) for code in agencies["agency_code"]]


SUPERVISION_COUNTED = ("agency_code", "period", "title_id", "as_written")
"""The columns of the supervision answers :func:`supervision_summary` counts."""


def supervision_summary(
    register: Register,
    year: int,
    status: pd.DataFrame | None = None,
    agencies: pd.DataFrame | None = None,
    rows: pd.DataFrame | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Per active SKPD: SOPs in force reported per quarter (``q1``..``q4``), ``quarters``
    reported, ``deviating`` rows (of SOPs in force) not carried out as written; and every
    answer row of ``year``. ``status`` (``status_frame(register, year)``), ``agencies``
    (:func:`agency_frame`) and ``rows`` (the answers of ``year``, at least
    :data:`SUPERVISION_COUNTED`): when the caller has read them already."""
    if rows is None:
        rows = answers_frame(register, spec.SUPERVISION.kind, str(year))
    if status is None:
        status = status_frame(register, year)
    summary = agency_frame(register) if agencies is None else agencies.copy()
    # Counted: rows of SOPs in force at the quarter's end (others are kept, not counted).
    counted = pd.Series(False, index=rows.index)
    for quarter in range(1, 5):
        key = f"{year}Q{quarter}"
        in_force = list(enacted_titles(register, Period(year, quarter).end, status))
        counted |= (rows["period"] == key) & rows["title_id"].isin(in_force)
    for quarter in range(1, 5):
        key = f"{year}Q{quarter}"
        reported = rows["period"] == key
        summary[f"q{quarter}"] = per_agency(rows, reported & counted, summary)
        # A quarter is reported when the SKPD's form for it was imported.
        summary[f"r{quarter}"] = [n > 0 for n in per_agency(rows, reported, summary)]
    summary["quarters"] = sum(summary[f"r{q}"].astype(int) for q in range(1, 5))
    summary["deviating"] = per_agency(
        rows,
        counted & (rows["as_written"] == False),  # noqa: E712
        summary,
    )
    summary = summary.drop(columns=[f"r{q}" for q in range(1, 5)])
    return summary, rows


SUPERVISION_NOTES = (
    "Cara menghitung: TW I-IV = jumlah SOP yang berlaku pada akhir triwulan itu dan "
    "dilaporkan (kiriman terakhir).",
    "Triwulan Dilaporkan = triwulan yang ada laporannya. SOP Tidak Sesuai = SOP berlaku yang "
    "dijawab Tidak dilaksanakan sesuai SOP.",
    "Baris Jumlah: penjumlahan.",
)


def export_supervision(
    register: Register, path: Path, year: int, regency: str = "Kabupaten Kutai Kartanegara"
) -> pd.DataFrame:
    """Write which SKPD reported which quarters of ``year`` ("Rekap", with a chart),
    what they found ("Temuan": rows not carried out as written or with deviations) and
    every reported row ("Semua Laporan"). Returns the summary frame."""
    check_output_file(path)
    summary, rows = supervision_summary(register, year)
    rows = rows.assign(quarter=[_quarter(p) for p in rows["period"]])
    found = rows[(rows["as_written"] == False) | rows["deviations"].notna()]  # noqa: E712
    workbook = open_workbook(
        path, f"Rekap Pengawasan SOP {year}", "ekspor_pengawasan", EXPORT_VERSION
    )
    formats = TableFormats(workbook)
    sheet = workbook.add_worksheet("Rekap")
    write_table(
        sheet,
        formats,
        summary,
        (
            Col("agency_code", "Kode Komponen", 10),
            Col("agency", "SKPD", 34),
            *(Col(f"q{q}", f"{QUARTERS[q - 1]}: SOP Dilaporkan", 12, "int") for q in range(1, 5)),
            Col("quarters", "Triwulan Dilaporkan", 12, "int"),
            Col("deviating", "SOP Tidak Sesuai", 12, "int"),
        ),
        f"REKAP LAPORAN PENGAWASAN PELAKSANAAN SOP TAHUN {year} {regency.upper()}",
        "Laporan atasan langsung kepada Kepala SKPD setiap triwulan (Pasal 19 ayat (2)); "
        "0 = belum melapor",
        total="Jumlah",
        notes=SUPERVISION_NOTES,
    )
    bar_chart_sheet(
        workbook,
        formats,
        "Grafik",
        f"SOP yang dilaporkan dalam pengawasan per triwulan, tahun {year}",
        summary,
        [BarSeries(f"q{q}", QUARTERS[q - 1]) for q in range(1, 5)],
        "Jumlah SOP dilaporkan",
        "belum melaporkan pengawasan",
        stacked=True,
    )
    columns = (
        Col("agency_code", "Kode Komponen", 10),
        Col("agency_short", "SKPD", 22),
        Col("quarter", "Triwulan", 9),
        Col("code", "Nomor SOP", 16),
        Col("title", "Nama SOP", 34),
        Col("as_written", "Dilaksanakan sesuai SOP", 11, "yes_no"),
        Col("deviations", "Penyimpangan yang Ditemukan", 32),
        Col("action", "Tindakan yang Diambil", 30),
        Col("supervisor", "Atasan Langsung", 22),
        Col("reported_on", "Tanggal Laporan", 13, "date"),
    )
    write_table(
        workbook.add_worksheet("Temuan"),
        formats,
        found,
        columns,
        f"TEMUAN PENGAWASAN PELAKSANAAN SOP TAHUN {year}",
        "SOP yang tidak dilaksanakan sesuai SOP atau dengan penyimpangan",
    )
    write_table(
        workbook.add_worksheet("Semua Laporan"),
        formats,
        rows,
        columns,
        f"LAPORAN PENGAWASAN PELAKSANAAN SOP TAHUN {year}",
        "Seluruh baris laporan yang berlaku (kiriman terakhir per SKPD dan triwulan)",
    )
    sheet.activate()
    stamp_names(workbook, "ekspor_pengawasan", EXPORT_VERSION, {"sopxl_period": str(year)})
    save_workbook(workbook)
    return summary


def _quarter(period: str) -> str:
    return QUARTERS[int(period[-1]) - 1] if "Q" in period else period


# --- evaluation (Pasal 18) -------------------------------------------------------------


EVALUATION_COUNTED = (
    "agency_code",
    "period",
    "title_id",
    *CRITERIA_KEYS,
    "recommendation",
    "evaluated_on",
    "evaluators",
)
"""The columns of the evaluation answers :func:`evaluation_frames` counts."""


def evaluation_frames(
    register: Register,
    year: int,
    status: pd.DataFrame | None = None,
    agencies: pd.DataFrame | None = None,
    rows: pd.DataFrame | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The evaluation of ``year``: per SOP (answer rows plus ``score``, the number of Ya)
    and per active SKPD (``evaluated``, the share of SOPs answered Ya per criterion key,
    ``share`` over all criteria, one count per recommendation: ``rec_tetap``, ..., and the
    form's ``evaluated_on`` and ``evaluators``). Only SOPs in force on 31 December count:
    an answer recorded for an SOP not in force is kept in the register, not counted.
    ``status`` (``status_frame(register, year)``), ``agencies`` (:func:`agency_frame`)
    and ``rows`` (the answers of ``year``, at least :data:`EVALUATION_COUNTED`): when the
    caller has read them already."""
    if rows is None:
        rows = answers_frame(register, spec.EVALUATION.kind, str(year))
    in_force = list(enacted_titles(register, date(year, 12, 31), status))
    rows = rows[(rows["period"] == str(year)) & rows["title_id"].isin(in_force)]
    rows = rows.reset_index(drop=True)
    rows["score"] = sum((rows[key] == True).astype(int) for key in CRITERIA_KEYS)  # noqa: E712
    summary = agency_frame(register) if agencies is None else agencies.copy()
    # Counted per SKPD in one pass per column (not a filter per SKPD and column).
    evaluated = per_agency(rows, pd.Series(True, index=rows.index), summary)
    yes = {
        key: per_agency(rows, rows[key] == True, summary)  # noqa: E712
        for key in CRITERIA_KEYS
    }
    shares = {
        key: [
            (found / count) if count else None
            for found, count in zip(yes[key], evaluated, strict=True)
        ]
        for key in CRITERIA_KEYS
    }
    overall = [
        (sum(yes[key][index] for key in CRITERIA_KEYS) / (7 * count)) if count else None
        for index, count in enumerate(evaluated)
    ]
    recs = {
        rec: per_agency(rows, rows["recommendation"] == rec, summary)
        for rec in spec.RECOMMENDATIONS
    }
    summary["evaluated"] = evaluated
    for key in CRITERIA_KEYS:
        summary[key] = shares[key]
    summary["share"] = overall
    for rec in spec.RECOMMENDATIONS:
        summary[rec_key(rec)] = recs[rec]
    heads = rows.drop_duplicates("agency_code").set_index("agency_code")
    for key in ("evaluated_on", "evaluators"):
        summary[key] = [
            heads[key].get(code) if code in heads.index else None for code in summary["agency_code"]
        ]
    return rows, summary


def evaluation_totals(rows: pd.DataFrame) -> dict[str, float | int | None]:
    """The regency's figures, pooled over the evaluated SOPs (not the mean of the SKPDs'
    percentages): ``evaluated`` SOPs, per criterion the share of SOPs answered Ya (4 of
    5 SOPs = 80 %), ``share`` all Ya over 7 x SOPs evaluated, and the recommendation
    counts."""
    count = len(rows)
    totals: dict[str, float | int | None] = {"evaluated": count}
    for key in CRITERIA_KEYS:
        totals[key] = int((rows[key] == True).sum()) / count if count else None  # noqa: E712
    totals["share"] = int(rows["score"].sum()) / (7 * count) if count else None
    for rec in spec.RECOMMENDATIONS:
        totals[rec_key(rec)] = int((rows["recommendation"] == rec).sum())
    return totals


EVALUATION_NOTES = (
    "Cara menghitung: persentase kriteria = jumlah SOP yang dijawab Ya : jumlah SOP yang "
    "dievaluasi (per SKPD dan se-kabupaten).",
    "Rata-rata Ya = jumlah jawaban Ya : (7 x jumlah SOP dievaluasi). Rekomendasi: jumlah SOP "
    "per rekomendasi.",
    "Baris Kabupaten dihitung dari seluruh SOP yang dievaluasi se-kabupaten (bukan rata-rata "
    "persentase SKPD).",
    "Hanya SOP yang berlaku sampai 31 Desember yang dihitung. Tanggal Evaluasi dan "
    "Dievaluasi oleh: dari formulir evaluasi SKPD.",
)


def rec_key(recommendation: str) -> str:
    """``rec_tetap``, ``rec_disempurnakan``, ``rec_dicabut``, ``rec_sop_baru_diperlukan``."""
    return "rec_" + recommendation.lower().replace(" ", "_")


def export_evaluation(
    register: Register, path: Path, year: int, regency: str = "Kabupaten Kutai Kartanegara"
) -> pd.DataFrame:
    """Write the evaluation of ``year``: "Per SKPD" (share of Ya per criterion and the
    recommendations, with a chart), "Per SOP", and "Perlu Disempurnakan" (the SOPs to
    revise; ``sopxl template revision`` makes their forms). Returns the per-SOP frame."""
    check_output_file(path)
    rows, every_agency = evaluation_frames(register, year)
    totals = evaluation_totals(rows)
    summary = every_agency[every_agency["evaluated"] > 0].reset_index(drop=True)
    workbook = open_workbook(path, f"Evaluasi SOP {year}", "ekspor_evaluasi", EXPORT_VERSION)
    formats = TableFormats(workbook)
    sheet = workbook.add_worksheet("Per SKPD")
    criteria = tuple(Col(key, label, 12, "share") for key, label in spec.CRITERIA)
    write_table(
        sheet,
        formats,
        summary,
        (
            Col("agency_code", "Kode Komponen", 10),
            Col("agency", "SKPD", 30),
            Col("evaluated", "SOP Dievaluasi", 11, "int"),
            *criteria,
            Col("share", "Rata-rata Ya", 10, "share"),
            *(Col(rec_key(r), r, 12, "int") for r in spec.RECOMMENDATIONS),
            Col("evaluated_on", "Tanggal Evaluasi", 17, "date"),
            Col("evaluators", "Dievaluasi oleh", 24),
        ),
        f"HASIL EVALUASI PENERAPAN SOP TAHUN {year} {regency.upper()}",
        "Persentase SOP yang dijawab Ya per kriteria evaluasi, dan rekomendasi (Pasal 18)",
        total="Kabupaten",
        totals=totals,
        notes=EVALUATION_NOTES,
    )
    bar_chart_sheet(
        workbook,
        formats,
        "Grafik",
        f"Rata-rata jawaban Ya atas tujuh kriteria evaluasi per SKPD, tahun {year}",
        every_agency,
        [BarSeries("share", "Rata-rata Ya")],
        "Jawaban Ya",
        "belum mengirim formulir evaluasi",
        percent=True,
    )
    per_sop = (
        Col("agency_code", "Kode Komponen", 10),
        Col("agency_short", "SKPD", 20),
        Col("code", "Nomor SOP", 16),
        Col("title", "Nama SOP", 34),
        *(Col(key, label, 11, "yes_no") for key, label in spec.CRITERIA),
        Col("score", "Jumlah Ya (dari 7)", 9, "int"),
        Col("notes", "Catatan", 30),
        Col("recommendation", "Rekomendasi", 14),
        Col("evaluated_on", "Tanggal Evaluasi", 17, "date"),
        Col("evaluators", "Dievaluasi oleh", 22),
    )
    write_table(
        workbook.add_worksheet("Per SOP"),
        formats,
        rows,
        per_sop,
        f"EVALUASI PENERAPAN SOP TAHUN {year} PER SOP",
        "Formulir evaluasi yang berlaku (kiriman terakhir per SKPD)",
    )
    revise = rows[rows["recommendation"] == spec.REVISE]
    write_table(
        workbook.add_worksheet("Perlu Disempurnakan"),
        formats,
        revise,
        (
            Col("agency_code", "Kode Komponen", 10),
            Col("agency_short", "SKPD", 22),
            Col("code", "Nomor SOP", 16),
            Col("title", "Nama SOP", 40),
            Col("score", "Jumlah Ya (dari 7)", 9, "int"),
            Col("notes", "Catatan", 44),
        ),
        f"SOP YANG PERLU DISEMPURNAKAN (EVALUASI TAHUN {year})",
        "Formulir SOP untuk revisi disiapkan Bagian Organisasi, terisi dari register; SOP "
        "yang disempurnakan ditetapkan dengan Keputusan Bupati (Pasal 20 ayat (3))",
    )
    sheet.activate()
    stamp_names(workbook, "ekspor_evaluasi", EXPORT_VERSION, {"sopxl_period": str(year)})
    save_workbook(workbook)
    return rows
