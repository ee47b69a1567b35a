"""Pages of the koordinator (Bagian Organisasi): every submission, the import into the
register (dry run first, then one confirmation), duplicate titles, the dashboard, the
exports of ``sopxl export`` and the audit log."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, send_file, url_for
from flask.typing import ResponseReturnValue

from sopxl.api import Result, Workspace
from sopxl.errors import InputError
from sopxl.web import inbox
from sopxl.web.app import (
    current_account,
    role_required,
    web_register,
    web_store,
    web_workspace,
)
from sopxl.web.store import ROLE_COORDINATOR, Submission

coordinator_pages = Blueprint("coordinator", __name__, url_prefix="/koordinator")


def _agencies() -> list[dict[str, Any]]:
    frame = web_register().agencies_frame()
    return [{str(k): v for k, v in r.items()} for r in frame.to_dict("records") if r["active"]]


@coordinator_pages.get("/")
@role_required(ROLE_COORDINATOR)
def submissions() -> ResponseReturnValue:
    agency = request.args.get("skpd") or None
    status = request.args.get("status") or None
    imported_arg = request.args.get("impor", "")
    imported = {"sudah": True, "belum": False}.get(imported_arg)
    found = web_store().submissions(agency_code=agency, status=status, imported=imported)
    return render_template(
        "coordinator_list.html",
        submissions=found,
        agencies=_agencies(),
        chosen={"skpd": agency or "", "status": status or "", "impor": imported_arg},
    )


def _importable(ids: list[int]) -> list[Submission]:
    """The submissions chosen that passed the check and are not imported yet."""
    if not ids:
        return []
    found = web_store().submissions(ids=ids, status="lulus", imported=False)
    return sorted(found, key=lambda s: s.id)


def _chosen_ids() -> list[int]:
    return [int(i) for i in request.form.getlist("id") if i.isdigit()]


def _code_owners() -> dict[str, str]:
    """The SKPD (Kode Komponen) of every Nomor SOP in the register."""
    frame = web_register().inventory_frame()
    frame = frame[frame["code"].notna()]
    return {str(c): str(a) for c, a in zip(frame["code"], frame["agency_code"], strict=True)}


def _run_import(chosen: list[Submission], dry_run: bool) -> tuple[Any, list[dict[str, Any]]]:
    from sopxl.api import import_files
    from sopxl.register.import_lines import file_lines, kind_label

    workspace = web_workspace()
    owners = _code_owners()
    by_path = {inbox.absolute(workspace, s.stored_path).resolve(): s for s in chosen}
    report = import_files(workspace, list(by_path), dry_run=dry_run).report
    rows = []
    for result in report.files:
        submission = by_path.get(Path(result.path).resolve())
        # An SKPD sends only its own SOPs: a form whose Nomor SOP belongs to another SKPD
        # is never imported from that SKPD's submission.
        agency = result.agency_code or (owners.get(submission.sop_code, "") if submission else "")
        foreign = bool(
            submission and submission.agency_code and agency and agency != submission.agency_code
        )
        rows.append(
            {
                "submission": submission,
                "agency": agency,
                "foreign": foreign,
                "outcome": result.outcome,
                "kind": kind_label(result),
                "codes": [item.code for item in result.new],
                "lines": file_lines(result)[1:],
            }
        )
    return report, rows


@coordinator_pages.post("/impor/uji")
@role_required(ROLE_COORDINATOR)
def import_preview() -> ResponseReturnValue:
    from sopxl.register.import_lines import summary_lines

    chosen = _importable(_chosen_ids())
    if not chosen:
        flash("Pilih kiriman yang LULUS dan belum diimpor.")
        return redirect(url_for("coordinator.submissions"), 303)
    report, rows = _run_import(chosen, dry_run=True)
    return render_template(
        "import.html",
        rows=rows,
        summary=summary_lines(report),
        chosen=[row["submission"] for row in rows if row["submission"] and not row["foreign"]],
        dry_run=True,
    )


@coordinator_pages.post("/impor/simpan")
@role_required(ROLE_COORDINATOR)
def import_confirm() -> ResponseReturnValue:
    from sopxl.register.import_lines import summary_lines

    account = current_account()
    assert account is not None
    chosen = _importable(_chosen_ids())
    if not chosen:
        flash("Tidak ada kiriman yang dapat diimpor (mungkin sudah diimpor).")
        return redirect(url_for("coordinator.submissions"), 303)
    _, checked = _run_import(chosen, dry_run=True)
    foreign = {row["submission"].id for row in checked if row["submission"] and row["foreign"]}
    chosen = [s for s in chosen if s.id not in foreign]
    if not chosen:
        flash("Tidak ada kiriman yang dapat diimpor: SOP-nya milik SKPD lain.")
        return redirect(url_for("coordinator.submissions"), 303)
    report, rows = _run_import(chosen, dry_run=False)
    outcomes = {row["submission"].id: row["outcome"] for row in rows if row["submission"]}
    web_store().mark_imported(outcomes, datetime.now())
    summary = summary_lines(report)
    detail = "; ".join(f"kiriman {sid} -> {outcome}" for sid, outcome in sorted(outcomes.items()))
    web_store().log(account.id, "impor", f"impor ke-{report.run_id}: {detail}. {' '.join(summary)}")
    return render_template("import.html", rows=rows, summary=summary, chosen=chosen, dry_run=False)


@coordinator_pages.get("/duplikat")
@role_required(ROLE_COORDINATOR)
def duplicates() -> ResponseReturnValue:
    workspace = web_workspace()
    frame = web_register().duplicates_frame(workspace.duplicate_threshold)
    return render_template(
        "duplicates.html",
        threshold=workspace.duplicate_threshold,
        total=len(frame),
        rows=frame.head(500).to_dict("records"),
    )


@coordinator_pages.get("/dasbor")
@role_required(ROLE_COORDINATOR)
def dashboard() -> ResponseReturnValue:
    from flask import current_app

    year = request.args.get("tahun", type=int) or date.today().year
    data = current_app.extensions["sopxl_dashboard"].get(web_register(), year)
    return render_template("dashboard.html", data=data, year=year)


@coordinator_pages.get("/audit")
@role_required(ROLE_COORDINATOR)
def audit() -> ResponseReturnValue:
    return render_template("audit.html", entries=web_store().audit_log())


def _exports() -> dict[str, tuple[str, Callable[[Workspace, Path], Result]]]:
    """Every ``sopxl export``: name -> (label, call of :mod:`sopxl.api` writing ``path``)."""
    from sopxl import api

    def year() -> int:
        return request.args.get("tahun", type=int) or date.today().year

    def decree(workspace: Workspace, path: Path) -> Result:
        agency = request.args.get("skpd", "")
        if not agency:
            raise InputError("Pilih SKPD untuk tabel Nama dan Kode Nomor SOP.")
        return api.export_decree(workspace, agency, path)

    def duplicates(workspace: Workspace, path: Path) -> Result:
        return api.export_duplicates(workspace, path, across=request.args.get("antar_skpd") == "1")

    def review_due(workspace: Workspace, path: Path) -> Result:
        within = request.args.get("hari", type=int)
        return api.export_review_due(
            workspace, path, date.today(), 90 if within is None else within
        )

    def yearly(name: str) -> Callable[[Workspace, Path], Result]:
        return lambda workspace, path: api.export_year(workspace, name, year(), path)

    return {
        "inventaris": ("Inventaris judul SOP se-kabupaten", api.export_inventory),
        "nama-kode-sop": ("Nama dan Kode Nomor SOP satu SKPD (Keputusan Bupati)", decree),
        "duplikat": ("Judul SOP sama atau mirip", duplicates),
        "kaji-ulang": ("SOP jatuh tempo kaji ulang", review_due),
        "pengawasan": ("Rekap pengawasan triwulan", yearly("supervision")),
        "evaluasi": ("Hasil evaluasi tahunan", yearly("evaluation")),
        "laporan-bupati": ("Laporan kepada Bupati", yearly("report")),
    }


@coordinator_pages.get("/ekspor")
@role_required(ROLE_COORDINATOR)
def exports() -> ResponseReturnValue:
    labels = {name: label for name, (label, _) in _exports().items()}
    return render_template(
        "exports.html", exports=labels, agencies=_agencies(), year=date.today().year
    )


@coordinator_pages.get("/ekspor/<name>")
@role_required(ROLE_COORDINATOR)
def export(name: str) -> ResponseReturnValue:
    known = _exports()
    if name not in known:
        abort(404)
    _, writer = known[name]
    workspace = web_workspace()
    with tempfile.TemporaryDirectory(prefix="sopxl-ekspor-") as folder:
        target = Path(folder) / f"{name}.xlsx"
        try:
            writer(workspace, target)
        except InputError as error:
            flash(str(error))
            return redirect(url_for("coordinator.exports"))
        data = target.read_bytes()
    return send_file(
        io.BytesIO(data),
        mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        as_attachment=True,
        download_name=f"{name}.xlsx",
    )
