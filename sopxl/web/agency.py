"""Pages of an SKPD secretary: forms to download, uploads, history and SOP status.

Every page here is for the signed-in SKPD's own agency only: the agency code comes from
the account, never from the request.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, send_file, url_for
from flask.typing import ResponseReturnValue

from sopxl.errors import InputError, UsageError
from sopxl.web import inbox
from sopxl.web.app import (
    current_account,
    role_required,
    web_register,
    web_store,
    web_workspace,
)
from sopxl.web.store import ROLE_AGENCY

agency_pages = Blueprint("agency", __name__, url_prefix="/skpd")

LIFECYCLE_FORMS = {
    "status": "Status SOP",
    "monitoring": "Formulir monitoring",
    "evaluation": "Formulir evaluasi",
    "supervision": "Laporan pengawasan",
}


def this_period(name: str, today: date | None = None) -> str:
    """The period a lifecycle form is filled for now: the year, or the quarter for the
    supervision report (Pasal 19 ayat (2))."""
    today = today or date.today()
    if name == "supervision":
        return f"{today.year}Q{(today.month - 1) // 3 + 1}"
    return str(today.year)


def _agency() -> str:
    account = current_account()
    assert account is not None and account.agency_code is not None
    return account.agency_code


def sop_status(agency_code: str, today: date | None = None) -> list[dict[str, Any]]:
    """The SKPD's registered titles: Nomor SOP, title, stage and review due date."""
    from sopxl.lifecycle.exports import review_frame
    from sopxl.register.store import STAGE_LABELS

    register = web_register()
    titles = register.inventory_frame(agency_code)
    # Only this SKPD's titles: the regency's inventory is not read for one SKPD's page.
    due = review_frame(register, today or date.today(), inventory=titles)
    due_by_code = {
        str(row["code"]): row["due"]
        for row in due.to_dict("records")
        if row["agency_code"] == agency_code
    }
    return [
        {
            "code": row["code"] or "",
            "title": row["title"],
            "stage": STAGE_LABELS.get(str(row["stage"]), str(row["stage"])),
            "due": due_by_code.get(str(row["code"])),
        }
        for row in titles.to_dict("records")
    ]


@agency_pages.get("/")
@role_required(ROLE_AGENCY)
def home() -> ResponseReturnValue:
    code = _agency()
    return render_template(
        "agency_home.html",
        submissions=web_store().submissions(agency_code=code, limit=50),
        titles=sop_status(code),
        forms=LIFECYCLE_FORMS,
        periods={name: this_period(name) for name in LIFECYCLE_FORMS},
        limits=(inbox.MAX_FILES, inbox.MAX_FILE_BYTES // (1024 * 1024)),
    )


@agency_pages.get("/riwayat")
@role_required(ROLE_AGENCY)
def history() -> ResponseReturnValue:
    return render_template(
        "history.html", submissions=web_store().submissions(agency_code=_agency())
    )


@agency_pages.post("/unggah")
@role_required(ROLE_AGENCY)
def upload() -> ResponseReturnValue:
    account = current_account()
    assert account is not None
    files = [f for f in request.files.getlist("berkas") if f.filename]
    if not files:
        flash("Pilih satu atau beberapa formulir SOP untuk diunggah.")
        return redirect(url_for("agency.home")), 303
    if len(files) > inbox.MAX_FILES:
        flash(f"Paling banyak {inbox.MAX_FILES} berkas sekaligus; tidak ada yang diunggah.")
        return redirect(url_for("agency.home")), 303
    received: list[int] = []
    for item in files:
        name = item.filename or "berkas"
        try:
            received.append(
                inbox.receive(
                    web_store(),
                    web_workspace(),
                    web_register(),
                    account,
                    inbox.Upload(name, item.stream),
                )
            )
        except UsageError as error:
            flash(str(error))
    if len(received) == 1:
        return redirect(url_for("submission", submission_id=received[0]), 303)
    if not received:
        return redirect(url_for("agency.home"), 303)
    return redirect(url_for("agency.batch", id=received), 303)


@agency_pages.get("/hasil")
@role_required(ROLE_AGENCY)
def batch() -> ResponseReturnValue:
    ids = [int(i) for i in request.args.getlist("id") if i.isdigit()][: inbox.MAX_FILES]
    found = web_store().submissions(agency_code=_agency(), ids=ids)
    return render_template("history.html", submissions=found, batch=True)


def _xlsx(data: bytes, name: str) -> ResponseReturnValue:
    return send_file(
        io.BytesIO(data),
        mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        as_attachment=True,
        download_name=name,
    )


def _zip_folder(folder: Path, name: str) -> ResponseReturnValue:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.iterdir()):
            archive.write(path, path.name)
    buffer.seek(0)
    return send_file(buffer, mimetype="application/zip", as_attachment=True, download_name=name)


@agency_pages.get("/unduh/<what>")
@role_required(ROLE_AGENCY)
def download(what: str) -> ResponseReturnValue:
    """Forms to fill: ``formulir-sop`` (blank), ``formulir-terisi`` (one per registered
    title, zipped), ``inventaris`` and the lifecycle forms of this period."""
    from sopxl.lifecycle.templates import write_lifecycle_templates
    from sopxl.register.sop_forms import write_agency_sop_forms
    from sopxl.register.templates import write_inventory_templates
    from sopxl.templates import SopTemplateRequest, write_sop_template

    code = _agency()
    workspace = web_workspace()
    with tempfile.TemporaryDirectory(prefix="sopxl-unduh-") as folder:
        target = Path(folder) / "berkas.xlsx"
        try:
            if what == "formulir-sop":
                write_sop_template(target, SopTemplateRequest())
                return _xlsx(target.read_bytes(), "formulir-sop.xlsx")
            if what == "formulir-terisi":
                out = Path(folder) / "formulir"
                written = write_agency_sop_forms(workspace, code, out)
                if not written:
                    flash("Belum ada judul SOP bernomor untuk SKPD Anda.")
                    return redirect(url_for("agency.home"))
                return _zip_folder(out, f"formulir-sop-{code}.zip")
            if what == "inventaris":
                write_inventory_templates(workspace, target, code)
                return _xlsx(target.read_bytes(), f"inventaris-{code}.xlsx")
            if what in LIFECYCLE_FORMS:
                period = this_period(what)
                write_lifecycle_templates(workspace, what, period, code, target)
                return _xlsx(target.read_bytes(), f"{what}-{code}-{period}.xlsx")
        except InputError as error:
            flash(str(error))
            return redirect(url_for("agency.home"))
    abort(404)
