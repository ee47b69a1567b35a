"""A workspace served by ``sopxl serve`` for the web tests: organisation master and the
Disdukcapil inventory imported, a koordinator and two SKPD accounts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient

from sopxl.kinds.importer import import_paths
from sopxl.register.workspace import Workspace, init_workspace
from sopxl.web.accounts import create_agency_accounts, create_coordinator
from sopxl.web.app import create_app
from sopxl.web.store import open_web_store

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
COORDINATOR = ("koordinator", "sandi-koordinator-rahasia")


@dataclass(frozen=True)
class Served:
    workspace: Workspace
    app: Flask
    passwords: dict[str, str]  # agency code -> password
    usernames: dict[str, str]  # agency code -> username


def served_workspace(folder: Path) -> Served:
    workspace = init_workspace(folder)
    import_paths(workspace, [workspace.org_master_path])
    import_paths(workspace, [SAMPLES / "inventaris" / "inventaris-12-disdukcapil.xlsx"])
    store = open_web_store(workspace.db_url)
    create_coordinator(store, *COORDINATOR)
    passwords, usernames = {}, {}
    for code in ("12", "01"):
        (new,) = create_agency_accounts(store, workspace, code)
        passwords[code], usernames[code] = new.password, new.username
    store.close()
    return Served(workspace, create_app(workspace), passwords, usernames)


def csrf(client: FlaskClient, page: str = "/masuk") -> str:
    html = client.get(page).get_data(as_text=True)
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, f"no CSRF token on {page}"
    return match.group(1)


def log_in(client: FlaskClient, username: str, password: str) -> None:
    response = client.post(
        "/masuk", data={"username": username, "password": password, "csrf_token": csrf(client)}
    )
    assert response.status_code == 302, response.get_data(as_text=True)
