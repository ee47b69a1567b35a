"""``sopxl serve`` under load: the group commit of submissions, the warm start, and the
dashboard computed once for views that ask at the same moment."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from sopxl.errors import OperationalError
from sopxl.register.store import open_register
from sopxl.register.workspace import init_workspace
from sopxl.web import dashboard
from sopxl.web.app import warm_up
from sopxl.web.store import WebStore, open_web_store
from tests.web_fixtures import COORDINATOR, Served, log_in, served_workspace


@pytest.fixture
def store(tmp_path: Path) -> Iterator[WebStore]:
    workspace = init_workspace(tmp_path / "ruang")
    opened = open_web_store(workspace.db_url)
    yield opened
    opened.close()


def _values(account: int, name: str, **extra: Any) -> dict[str, Any]:
    return {
        "account_id": account,
        "agency_code": "12",
        "uploaded_at": datetime.now(),
        "original_name": name,
        "stored_path": f"web/unggahan/12/{name}",
        "sha256": "0" * 64,
        "size": 1,
        "status": "lulus",
        "errors": 0,
        "warnings": 0,
        "sop_code": "",
        "sop_title": "",
        "findings": [],
        "copy_path": None,
        "kind": None,
        **extra,
    }


def _while_a_commit_runs(store: WebStore, calls: list[dict[str, Any]]) -> list[int | str]:
    """Each call of ``add_submission`` in its own thread, all made while another commit
    holds the store (as when twenty SKPDs upload at once); their ids or error messages."""
    answers: list[int | str] = [""] * len(calls)

    def work(index: int) -> None:
        try:
            answers[index] = store.add_submission(**calls[index])
        except OperationalError as error:
            answers[index] = f"galat: {error}"

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(calls))]
    with store._commit_lock:  # the commit under way
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 30
        while len(store._waiting) < len(calls) and time.monotonic() < deadline:
            time.sleep(0.01)
    for thread in threads:
        thread.join(timeout=30)
    return answers


def test_uploads_arriving_during_a_commit_are_committed_together(store: WebStore) -> None:
    account = store.add_account("skpd12", "hash", "skpd", "12")
    commits: list[int] = []
    event.listen(store.engine, "commit", lambda conn: commits.append(1))
    names = [f"sop-{n}.xlsx" for n in range(5)]
    ids = _while_a_commit_runs(store, [_values(account, name) for name in names])
    assert len(commits) == 1, "five uploads, one commit"
    assert all(isinstance(i, int) for i in ids) and len(set(ids)) == 5
    for submission_id, name in zip(ids, names, strict=True):
        assert isinstance(submission_id, int)
        kept = store.submission(submission_id)
        assert kept is not None and kept.original_name == name


def test_a_failed_group_commit_fails_every_upload_of_it(store: WebStore) -> None:
    account = store.add_account("skpd12", "hash", "skpd", "12")
    broken = _values(account, "rusak.xlsx", no_such_column=1)
    calls = [_values(account, "a.xlsx"), broken, _values(account, "b.xlsx")]
    answers = _while_a_commit_runs(store, calls)
    assert all(isinstance(a, str) and a.startswith("galat: Basis data web gagal") for a in answers)
    assert store.submissions() == [], "nothing of the failed transaction is kept"
    # The next upload is committed as usual.
    assert store.submission(store.add_submission(**_values(account, "c.xlsx"))) is not None


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Served:
    return served_workspace(tmp_path_factory.mktemp("web") / "ruang")


def test_after_warm_up_the_first_dashboard_view_computes_nothing(
    served: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    warm_up(served.app)

    def computed(*args: object) -> None:
        raise AssertionError("computed again")

    monkeypatch.setattr(dashboard, "dashboard_data", computed)
    client = served.app.test_client()
    log_in(client, *COORDINATOR)
    page = client.get("/koordinator/dasbor")
    assert page.status_code == 200 and "DISDUKCAPIL" in page.get_data(as_text=True)


def test_views_asking_at_once_compute_the_dashboard_once(
    served: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = dashboard.dashboard_data

    def slow(register: object, year: int) -> dashboard.Dashboard:
        calls.append(year)
        time.sleep(0.3)
        return real(register, year)  # type: ignore[arg-type]

    monkeypatch.setattr(dashboard, "dashboard_data", slow)
    cache = dashboard.DashboardCache()
    register = open_register(served.workspace.db_url, create=False)
    seen: list[dashboard.Dashboard] = []
    try:
        threads = [
            threading.Thread(target=lambda: seen.append(cache.get(register, 2026)))
            for _ in range(3)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        register.close()
    assert calls == [2026] and len(seen) == 3 and seen[0] is seen[1] is seen[2]
