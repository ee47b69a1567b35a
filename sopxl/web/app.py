"""The Flask application of ``sopxl serve``: sign-in, roles, and the pages both roles share.

Flask gives signed session cookies, Flask-WTF the CSRF token on every form, argon2-cffi
the password hashes; nothing of that is written here by hand. Pages are rendered on the
server from Jinja2 templates and work without JavaScript.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from flask import (
    Flask,
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    send_file,
    session,
    url_for,
)
from flask.typing import ResponseReturnValue
from flask_wtf.csrf import CSRFError, CSRFProtect
from werkzeug.exceptions import RequestEntityTooLarge

from sopxl import __version__
from sopxl.errors import OperationalError, reason
from sopxl.register.workspace import Workspace
from sopxl.web import inbox
from sopxl.web.accounts import LoginThrottle, authenticate
from sopxl.web.store import Account, Submission, WebStore, open_web_store
from sopxl.xlsx import refs

if TYPE_CHECKING:
    from sopxl.register.store import Register

_F = TypeVar("_F", bound=Callable[..., Any])
SECRET_FILE = "kunci-sesi"
STATUS_LABELS = {
    "lulus": "LULUS",
    "perlu_perbaikan": "PERLU PERBAIKAN",
    "tidak_terbaca": "TIDAK TERBACA",
}


class OpenRegister:
    """The workspace's register, opened on first use and kept open while the server
    runs: opening it checks its schema version (reading the migration scripts), which
    would otherwise cost every request that reads the register a few milliseconds."""

    def __init__(self, url: str) -> None:
        self._url = url
        self._lock = threading.Lock()
        self._register: Register | None = None

    def get(self) -> Register:
        """The open register; raises like :func:`~sopxl.register.store.open_register`
        when it cannot be opened (and tries again on the next request)."""
        with self._lock:
            if self._register is None:
                from sopxl.register.store import open_register

                self._register = open_register(self._url, create=False)
            return self._register

    def close(self) -> None:
        with self._lock:
            if self._register is not None:
                self._register.close()
                self._register = None


def _secret_key(workspace: Workspace) -> str:
    """The session-signing key, kept in the workspace so sessions outlive a restart."""
    path = workspace.root / inbox.WEB_DIR / SECRET_FILE
    try:
        if path.is_file():
            key = path.read_text(encoding="ascii").strip()
            if len(key) >= 32:
                return key
        path.parent.mkdir(parents=True, exist_ok=True)
        key = secrets.token_hex(32)
        path.write_text(key, encoding="ascii")
        return key
    except OSError as error:
        raise OperationalError(f"Kunci sesi tidak dapat disimpan: {reason(error)}") from error


def create_app(workspace: Workspace, *, testing: bool = False) -> Flask:
    """The application serving ``workspace``: its register and its web tables."""
    app = Flask("sopxl.web", root_path=str(Path(__file__).parent))
    store = open_web_store(workspace.db_url)
    app.config.update(
        SECRET_KEY=_secret_key(workspace),
        TESTING=testing,
        MAX_CONTENT_LENGTH=inbox.MAX_FILES * inbox.MAX_FILE_BYTES + 1024 * 1024,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        WTF_CSRF_TIME_LIMIT=None,
    )
    app.extensions["sopxl_store"] = store
    app.extensions["sopxl_workspace"] = workspace
    app.extensions["sopxl_register"] = OpenRegister(workspace.db_url)
    from sopxl.web.dashboard import DashboardCache

    app.extensions["sopxl_dashboard"] = DashboardCache()
    app.extensions["sopxl_throttle"] = LoginThrottle()
    CSRFProtect(app)
    from sopxl.kinds import labels as kind_labels

    app.jinja_env.globals.update(
        version=__version__,
        regency=workspace.regency,
        status_labels=STATUS_LABELS,
        kind_labels=kind_labels(),
    )
    app.jinja_env.filters["column_letter"] = _column_letters
    app.before_request(_load_account)
    _add_routes(app)
    from sopxl.web.agency import agency_pages
    from sopxl.web.coordinator import coordinator_pages

    app.register_blueprint(agency_pages)
    app.register_blueprint(coordinator_pages)
    return app


def warm_up(app: Flask) -> None:
    """Import what the first upload and the first dashboard use, compile every page
    template and compute this year's dashboard, before the server takes requests:
    otherwise the first SKPD after a start waits about a second for the checker's modules
    to load, and the koordinator's first view for the dashboard."""
    import importlib
    from contextlib import suppress
    from datetime import date

    from sopxl.errors import InputError
    from sopxl.web.dashboard import DashboardCache

    for module in (
        "sopxl.checking.output",
        "sopxl.checking.rules",
        "sopxl.checking.run",
        "sopxl.kinds",
        "sopxl.lifecycle.report",
        "sopxl.reading.loading.files",
        "sopxl.reading.sop.reader",
        "sopxl.register.sop_match",
    ):
        importlib.import_module(module)
    for name in app.jinja_env.list_templates(filter_func=lambda name: name.endswith(".html")):
        app.jinja_env.get_template(name)
    register = cast(OpenRegister, app.extensions["sopxl_register"])
    dashboard = cast(DashboardCache, app.extensions["sopxl_dashboard"])
    # When the register cannot be read, the dashboard page says why when asked for.
    with suppress(InputError, OperationalError):
        dashboard.get(register.get(), date.today().year)


def web_store() -> WebStore:
    return cast(WebStore, current_app.extensions["sopxl_store"])


def web_workspace() -> Workspace:
    return cast(Workspace, current_app.extensions["sopxl_workspace"])


def web_register() -> Register:
    """The workspace's register, open for as long as the server runs."""
    return cast(OpenRegister, current_app.extensions["sopxl_register"]).get()


def current_account() -> Account | None:
    return cast(Account | None, g.get("account"))


def _load_account() -> None:
    account_id = session.get("account_id")
    account = web_store().account(account_id) if isinstance(account_id, int) else None
    if account is not None and not account.active:
        account = None
    g.account = account


def role_required(role: str) -> Callable[[_F], _F]:
    """Only a signed-in account of ``role``; anyone else is sent to sign in (or refused)."""

    def decorate(view: _F) -> _F:
        @wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            account = current_account()
            if account is None:
                return redirect(url_for("login", next=request.path))
            if account.role != role:
                abort(403)
            return view(*args, **kwargs)

        return cast(_F, wrapped)

    return decorate


def login_required(view: _F) -> _F:
    @wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if current_account() is None:
            return redirect(url_for("login", next=request.path))
        return view(*args, **kwargs)

    return cast(_F, wrapped)


def visible_submission(submission_id: int) -> Submission:
    """The submission when the account may see it; 404 otherwise (an SKPD never learns
    whether another SKPD's submission exists)."""
    account = current_account()
    found = web_store().submission(submission_id)
    if account is None or found is None:
        abort(404)
    if not account.is_coordinator and found.agency_code != account.agency_code:
        abort(404)
    return found


XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def send_bytes(data: bytes, name: str, mimetype: str | None = None) -> ResponseReturnValue:
    """A download from memory: no file handle stays open (Windows could not delete it)."""
    from io import BytesIO

    return send_file(
        BytesIO(data),
        mimetype=mimetype or (XLSX_TYPE if name.endswith(".xlsx") else "application/octet-stream"),
        as_attachment=True,
        download_name=name,
    )


def _home() -> ResponseReturnValue:
    account = current_account()
    if account is None:
        return redirect(url_for("login"))
    return redirect(url_for("coordinator.submissions" if account.is_coordinator else "agency.home"))


def _login() -> ResponseReturnValue:
    error = None
    status = 401
    if request.method == "POST":
        throttle = cast(LoginThrottle, current_app.extensions["sopxl_throttle"])
        username = request.form.get("username", "")[:200]
        wait = throttle.wait_seconds(username)
        account = None
        if wait:
            minutes = (wait + 59) // 60
            error = (
                "Terlalu banyak percobaan masuk yang gagal untuk akun ini. "
                f"Coba lagi dalam {minutes} menit."
            )
            status = 429
        else:
            account = authenticate(web_store(), username, request.form.get("password", ""))
            if account is None:
                throttle.failed(username)
                error = "Nama akun atau kata sandi salah."
        if account is not None:
            throttle.succeeded(username)
            session.clear()  # a fresh session on every sign-in
            session["account_id"] = account.id
            web_store().log(account.id, "masuk", request.remote_addr or "")
            target = request.args.get("next", "")
            if not target.startswith("/") or target.startswith("//"):
                target = ""
            return redirect(target or url_for("home"))
    return render_template("login.html", error=error), status if error else 200


def _logout() -> ResponseReturnValue:
    session.clear()
    flash("Anda sudah keluar.")
    return redirect(url_for("login"))


def _health() -> ResponseReturnValue:
    return {"status": "ok", "versi": __version__}


@login_required
def _submission(submission_id: int) -> ResponseReturnValue:
    found = visible_submission(submission_id)
    path = inbox.absolute(web_workspace(), found.stored_path)
    contexts = inbox.finding_contexts(path, found.findings)
    return render_template(
        "submission.html",
        submission=found,
        items=list(zip(found.findings, contexts, strict=True)),
    )


@login_required
def _original(submission_id: int) -> ResponseReturnValue:
    found = visible_submission(submission_id)
    path = inbox.absolute(web_workspace(), found.stored_path)
    return send_bytes(path.read_bytes(), inbox.safe_name(found.original_name))


@login_required
def _marked_copy(submission_id: int) -> ResponseReturnValue:
    found = visible_submission(submission_id)
    if not found.copy_path:
        abort(404)
    path = inbox.marked_copy(web_workspace(), found.stored_path, found.copy_path)
    stem = Path(inbox.safe_name(found.original_name)).stem
    return send_bytes(path.read_bytes(), f"{stem}-catatan-verifikasi.xlsx")


@login_required
def _preview(submission_id: int) -> ResponseReturnValue:
    """The official SOP document (PDF, flowchart drawn) of a form that passed."""
    import tempfile

    from sopxl.checking.run import check_file
    from sopxl.render.api import RenderOptions, render_sop

    found = visible_submission(submission_id)
    if found.status != "lulus":
        abort(404)
    workspace = web_workspace()
    report = check_file(inbox.absolute(workspace, found.stored_path), workspace.check_config())
    if report.sop is None:
        abort(404)
    with tempfile.TemporaryDirectory(prefix="sopxl-pratinjau-") as folder:
        target = Path(folder) / "sop.pdf"
        render_sop(report.sop, target, RenderOptions("pdf"))
        data = target.read_bytes()
    stem = Path(inbox.safe_name(found.original_name)).stem
    response = send_bytes(data, f"{stem}.pdf", "application/pdf")
    return response


def _csrf_error(error: CSRFError) -> ResponseReturnValue:
    message = "Formulir kedaluwarsa atau tidak sah (token CSRF). Muat ulang halaman lalu coba lagi."
    return render_template("error.html", message=message), 400


def _too_large(error: RequestEntityTooLarge) -> ResponseReturnValue:
    limit = (inbox.MAX_FILES * inbox.MAX_FILE_BYTES) // (1024 * 1024)
    message = f"Unggahan terlalu besar: paling banyak {limit} MB sekaligus."
    return render_template("error.html", message=message), 413


def _forbidden(error: Exception) -> ResponseReturnValue:
    return render_template("error.html", message="Halaman ini bukan untuk akun Anda."), 403


def _not_found(error: Exception) -> ResponseReturnValue:
    return render_template("error.html", message="Halaman atau berkas tidak ditemukan."), 404


def _operational(error: OperationalError) -> ResponseReturnValue:
    return render_template("error.html", message=str(error)), 500


def _add_routes(app: Flask) -> None:
    app.add_url_rule("/", "home", _home)
    app.add_url_rule("/masuk", "login", _login, methods=["GET", "POST"])
    app.add_url_rule("/keluar", "logout", _logout, methods=["POST"])
    app.add_url_rule("/sehat", "health", _health)
    app.add_url_rule("/kiriman/<int:submission_id>", "submission", _submission)
    app.add_url_rule("/kiriman/<int:submission_id>/berkas", "original", _original)
    app.add_url_rule("/kiriman/<int:submission_id>/salinan", "marked_copy", _marked_copy)
    app.add_url_rule("/kiriman/<int:submission_id>/pratinjau.pdf", "preview", _preview)
    app.register_error_handler(CSRFError, _csrf_error)
    app.register_error_handler(RequestEntityTooLarge, _too_large)
    app.register_error_handler(403, _forbidden)
    app.register_error_handler(404, _not_found)
    app.register_error_handler(OperationalError, _operational)


def _column_letters(column: int) -> str:
    """Excel's letters of 1-based ``column`` (the column headers of a cell's context)."""
    return refs.column(column - 1)
