"""Filled sample lifecycle forms for the sample SKPDs (01 Setda, 12 Disdukcapil, 34
Kecamatan Tenggarong), for the demo, training and tests::

    python -m sopxl_demo.lifecycle samples/lifecycle --workspace out/demo/ruang-kerja

The workspace must hold the sample organisation and inventories (``samples/organisasi``,
``samples/inventaris``): the forms carry their Nomor SOP. The answers are made up but
deterministic (the same register gives byte-identical files) and tell a story: most SOPs
enacted, one enacted on 29 February 2024 (review due 28 February 2026), one enacted in
2023 and due for review, one SOP not running well, one to be revised, Kecamatan
Tenggarong reporting only two quarters of supervision.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from functools import partial
from pathlib import Path

from sopxl.forms import lifecycle_spec as spec
from sopxl.forms.lifecycle_form import FormRow, write_lifecycle_form
from sopxl.lifecycle.templates import form_file_name
from sopxl.model.lifecycle import Answer, Period
from sopxl.model.organisation import AgencyOutline
from sopxl.register.store import open_register
from sopxl.register.workspace import Workspace, find_workspace

SAMPLE_AGENCIES = ("01", "12", "34")
SAMPLE_YEAR = 2025
REPORTED_QUARTERS = {"01": (1, 2, 3, 4), "12": (1, 2, 3, 4), "34": (1, 2)}
VERIFIERS = ("Sekretaris", "Kepala Bidang", "Kepala Bagian", "Sekretaris Camat")


def _decree_day(index: int, year: int) -> date:
    """The enactment date of the ``index``-th SOP of an SKPD: the last one is not yet
    enacted; the first on 29 February 2024, the second in 2023 (both due for review)."""
    special = {0: date(2024, 2, 29), 1: date(2023, 6, 12)}
    return special.get(index, date(year, 1 + index % 9, 10 + index % 15))


def status_values(index: int, count: int, year: int) -> dict[str, Answer]:
    """Deterministic Status SOP answers of the ``index``-th of ``count`` SOPs."""
    if index == count - 1:
        return {"verified_by": VERIFIERS[index % 4], "verified_on": date(year, 11, 3)}
    decree = _decree_day(index, year)
    values: dict[str, Answer] = {
        "verified_by": VERIFIERS[index % 4],
        "verified_on": decree - timedelta(days=40),
        "trial_on": decree - timedelta(days=25),
        "trial_result": spec.TRIAL_RESULTS[0],
        "decree_number": f"100.3.3.2/K.{100 + index}/{decree.year}",
        "decree_on": decree,
        "socialised_on": decree + timedelta(days=14),
        "distributed_to": "Seluruh pegawai unit kerja pelaksana",
        "trained_on": decree + timedelta(days=30),
        "training_form": spec.TRAINING_FORMS[index % len(spec.TRAINING_FORMS)],
    }
    return values


def monitoring_values(index: int, year: int) -> dict[str, Answer]:
    good = index % 4 != 2
    return {
        "method": spec.METHODS[index % 3],
        "monitored_on": date(year, 10, 1 + index % 20),
        "assessment": spec.GOOD if good else spec.NOT_GOOD,
        "notes": "Pelaksanaan sesuai SOP." if good else "Waktu penyelesaian sering terlampaui.",
        **({} if good else {"action": "Penambahan petugas dan pendampingan pelaksana."}),
        "assessor": "Kepala Sub Bagian Umum",
    }


def evaluation_values(index: int) -> dict[str, Answer]:
    revise = index % 4 == 2
    answers: dict[str, Answer] = {key: True for key, _ in spec.CRITERIA}
    if revise:
        answers.update({"c_doable": False, "c_problems": False})
    answers["recommendation"] = spec.REVISE if revise else spec.KEEP
    if revise:
        answers["notes"] = "Tahapan verifikasi berkas perlu disederhanakan."
    return answers


def supervision_values(index: int, quarter: int) -> dict[str, Answer]:
    deviates = (index + quarter) % 5 == 0
    values: dict[str, Answer] = {"as_written": not deviates, "supervisor": "Sekretaris"}
    if deviates:
        values["deviations"] = "Berkas diterima tanpa pemeriksaan kelengkapan."
        values["action"] = "Teguran lisan dan pengarahan kepada pelaksana."
    return values


def rows_for(
    sops: Sequence[tuple[object, object]],
    year: int,
    until: date,
    values: Callable[[int], dict[str, Answer]],
) -> list[FormRow]:
    """The rows as the template lays them out: every SOP, those not in force by ``until``
    marked *Belum berlaku* (the last SOP of each SKPD is never enacted)."""
    last = len(sops) - 1
    return [
        FormRow(str(c), str(t), values(i), True)
        if i != last and _decree_day(i, year) <= until
        else FormRow(str(c), str(t), {}, False)
        for i, (c, t) in enumerate(sops)
    ]


def write_lifecycle_samples(
    workspace: Workspace,
    folder: Path,
    year: int = SAMPLE_YEAR,
    codes: Sequence[str] = SAMPLE_AGENCIES,
) -> list[Path]:
    """Write the filled sample forms of the SKPDs ``codes`` (default
    :data:`SAMPLE_AGENCIES`; others report all four quarters) for ``year`` into
    ``folder``; return the paths written."""
    register = open_register(workspace.db_url, create=False)
    try:
        agencies = []
        for code in codes:
            outline = register.agency_outline(code)
            titles = register.inventory_frame(code)
            titles = titles[titles["code"].notna()].sort_values("code", kind="stable")
            agencies.append((outline, list(zip(titles["code"], titles["title"], strict=True))))
    finally:
        register.close()
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def write(
        form: spec.FormSpec,
        agency: AgencyOutline,
        period: Period,
        rows: list[FormRow],
        header: dict[str, Answer],
    ) -> None:
        name = agency.short_name or agency.name
        path = folder / form_file_name(form, agency.code, name, period)
        write_lifecycle_form(path, form, agency.code, agency.name, period, rows, header)
        written.append(path)

    whole = Period(year)
    for outline, sops in agencies:
        count = len(sops)
        status = [
            FormRow(str(c), str(t), status_values(i, count, year)) for i, (c, t) in enumerate(sops)
        ]
        write(spec.STATUS, outline, whole, status, {})

        write(
            spec.MONITORING,
            outline,
            whole,
            rows_for(sops, year, whole.end, lambda i: monitoring_values(i, year)),
            {},
        )
        header: dict[str, Answer] = {
            "evaluated_on": date(year, 12, 15),
            "evaluators": "Sekretaris bersama Kepala Bidang dan koordinator SOP",
        }
        write(
            spec.EVALUATION,
            outline,
            whole,
            rows_for(sops, year, whole.end, evaluation_values),
            header,
        )
        for quarter in REPORTED_QUARTERS.get(outline.code, (1, 2, 3, 4)):
            period = Period(year, quarter)
            rows = rows_for(sops, year, period.end, partial(supervision_values, quarter=quarter))
            report: dict[str, Answer] = {
                "reported_on": period.end + timedelta(days=5),
                "reported_to": f"Kepala {outline.name}",
            }
            write(spec.SUPERVISION, outline, period, rows, report)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m sopxl_demo.lifecycle",
        description="Tulis contoh formulir Status SOP, monitoring, evaluasi dan pengawasan.",
    )
    parser.add_argument("folder", type=Path)
    parser.add_argument("--workspace", type=Path, default=None)
    parser.add_argument("--year", type=int, default=SAMPLE_YEAR)
    args = parser.parse_args(argv)
    written = write_lifecycle_samples(find_workspace(args.workspace), args.folder, args.year)
    print(f"{len(written)} berkas contoh ditulis ke {args.folder}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
