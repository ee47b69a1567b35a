"""Lifecycle forms pre-filled from the register (``sopxl template status|monitoring|
evaluation|supervision``) and SOP revision forms (``sopxl template revision``).

Which SOPs a form lists, per SKPD:
- Status SOP: every active coded SOP, with its latest recorded status (the form of an
  earlier year carries over, so each year's form is complete).
- Monitoring, Evaluasi, Pengawasan: every active coded SOP; those in force during the
  period (Keputusan Bupati on or before its end, per the Status SOP forms) with input
  cells, the others marked *Belum berlaku* without one. When no Status SOP of the SKPD
  has been imported yet, the register cannot tell and every row gets input cells (the
  import then asks answers only of the SOPs in force, per the Status SOP of the same
  batch). Answers already recorded for the same period are pre-filled, so a regenerated
  form can be corrected.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from sopxl.errors import InputError
from sopxl.forms import lifecycle_spec as spec
from sopxl.forms.lifecycle_form import FormRow, write_lifecycle_form
from sopxl.lifecycle.frames import answers_frame, enacted_titles, status_frame
from sopxl.model.lifecycle import Answer, Period, parse_period
from sopxl.register.store import Register, open_register
from sopxl.register.workspace import Workspace
from sopxl.xlsx.names import slug
from sopxl.xlsx.save import make_folder
from sopxl.xlsx.workbook import check_output_file


def form_file_name(form: spec.FormSpec, code: str, short_name: str, period: Period) -> str:
    """``status-sop-12-disdukcapil-2026.xlsx``."""
    name = slug(short_name, "skpd")
    return f"{form.file_prefix}-{code}-{name}-{period.key.lower()}.xlsx"


def _clean(value: object) -> Answer:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, bool | date | str):
        return value
    return str(value)


def form_rows(
    register: Register, form: spec.FormSpec, agency_code: str, period: Period
) -> tuple[list[FormRow], dict[str, Answer]]:
    """The rows (and header answers) the ``form`` of SKPD ``agency_code`` for ``period``
    is pre-filled with (see the module docstring)."""
    titles = register.inventory_frame(agency_code)
    titles = titles[titles["code"].notna()].sort_values("code", kind="stable")
    ids = {int(i) for i in titles["title_id"]}
    open_ids = ids
    if form.kind == spec.STATUS.kind:
        known = status_frame(register, period.year)
    else:
        known = answers_frame(register, form.kind, period.key)
        known = known[known["period"] == period.key]
        status_known = {int(i) for i in status_frame(register, period.year)["title_id"]}
        if status_known & ids:
            open_ids = set(enacted_titles(register, period.end)) & ids
    by_title: dict[int, dict[str, Any]] = {
        int(record["title_id"]): {str(k): v for k, v in record.items()}
        for record in known.to_dict("records")
    }
    rows: list[FormRow] = []
    for record in titles.to_dict("records"):
        title_id = int(record["title_id"])
        answers = by_title.get(title_id, {}) if title_id in open_ids else {}
        values = {
            column.key: _clean(answers.get(column.key))
            for column in form.inputs
            if _clean(answers.get(column.key)) is not None
        }
        rows.append(
            FormRow(str(record["code"]), str(record["title"]), values, title_id in open_ids)
        )
    header: dict[str, Answer] = {}
    if form.header_fields and not known.empty:
        first = known.iloc[0]
        header = {item.key: _clean(first[item.key]) for item in form.header_fields}
    return rows, header


def write_lifecycle_templates(
    workspace: Workspace, name: str, period_text: str, agency: str | None, output: Path
) -> list[Path]:
    """Write form ``name`` (``status``, ``monitoring``, ``evaluation``, ``supervision``)
    for ``period_text``: with ``agency`` to the file ``output``; without, one workbook per
    active SKPD with coded SOPs (for monitoring, evaluation and supervision: with an SOP
    that may be in force) into the folder ``output``. Returns the paths written."""
    form = spec.BY_NAME[name]
    period = parse_period(period_text, form.period)
    if agency is not None:
        check_output_file(output)
    register = open_register(workspace.db_url, create=False)
    try:
        codes = [agency] if agency is not None else register.agency_codes()
        plans = []
        for code in codes:
            outline = register.agency_outline(code)
            rows, header = form_rows(register, form, code, period)
            if agency is None and not any(row.in_force for row in rows):
                continue  # no coded SOP, or none in force: the SKPD has nothing to report
            if not rows:
                raise InputError(
                    f"SKPD '{code}' ({outline.name}) belum mempunyai SOP bernomor. Impor "
                    "inventaris judul SOP-nya terlebih dahulu."
                )
            plans.append((outline, rows, header))
    finally:
        register.close()
    if not plans:
        raise InputError("Belum ada SKPD yang mempunyai SOP bernomor di register.")
    written: list[Path] = []
    if agency is None:
        make_folder(output)
    for outline, rows, header in plans:
        path = (
            output
            if agency is not None
            else output
            / form_file_name(form, outline.code, outline.short_name or outline.name, period)
        )
        write_lifecycle_form(path, form, outline.code, outline.name, period, rows, header)
        written.append(path)
    return written


def revision_titles(register: Register, year: int) -> pd.DataFrame:
    """SOPs whose evaluation of ``year`` recommends *Disempurnakan*, with their notes:
    agency_code, code, title, title_id, notes."""
    frame = answers_frame(register, spec.EVALUATION.kind, str(year))
    frame = frame[(frame["period"] == str(year)) & (frame["recommendation"] == spec.REVISE)]
    return frame[["agency_code", "code", "title", "title_id", "notes"]].reset_index(drop=True)


def write_revision_forms(
    workspace: Workspace,
    year: int,
    out_dir: Path,
    revised_on: date | None = None,
) -> list[Path]:
    """One SOP form (Lampiran II) per SOP whose evaluation of ``year`` recommends
    *Disempurnakan*, pre-filled with what the register holds (SKPD, unit kerja, bagian,
    Nomor SOP, Nama SOP, dasar hukum) and Tanggal Revisi ``revised_on`` (default: today),
    into ``out_dir``. Returns the paths, by Nomor SOP."""
    import dataclasses

    from sopxl.forms.sop_form import write_sop_form
    from sopxl.register.sop_forms import agency_sops

    register = open_register(workspace.db_url, create=False)
    try:
        wanted = revision_titles(register, year)
    finally:
        register.close()
    if wanted.empty:
        raise InputError(
            f"Tidak ada SOP yang direkomendasikan Disempurnakan pada evaluasi tahun {year}."
        )
    when = revised_on or date.today()
    codes = set(wanted["code"].astype(str))
    sops = [
        dataclasses.replace(sop, identity=dataclasses.replace(sop.identity, revised_on=when))
        for code in sorted(set(wanted["agency_code"].astype(str)))
        for sop in agency_sops(workspace, code)
        if sop.identity.code in codes
    ]
    written: list[Path] = []
    make_folder(out_dir)
    for sop in sorted(sops, key=lambda item: item.identity.code):
        name = slug(f"revisi {sop.identity.code} {sop.identity.title}", limit=80)
        path = out_dir / f"{name}.xlsx"
        write_sop_form(path, sop)
        written.append(path)
    return written
