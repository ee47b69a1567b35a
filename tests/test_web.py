"""``sopxl serve`` through Flask's test client: roles, CSRF, uploads and their limits,
hostile files, the import with its dry run, and every download."""

from __future__ import annotations

import io
import re
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from flask.testing import FlaskClient

from sopxl.cli import cli
from sopxl.register.store import open_register
from sopxl.web import inbox
from sopxl.web.store import open_web_store
from tests.web_fixtures import COORDINATOR, SAMPLES, Served, csrf, log_in, served_workspace

BAD = SAMPLES / "bermasalah" / "tanpa-dasar-hukum.xlsx"
GOOD = SAMPLES / "sop-surat-masuk.xlsx"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Served:
    return served_workspace(tmp_path_factory.mktemp("web") / "ruang")


@pytest.fixture
def skpd12(served: Served) -> Iterator[FlaskClient]:
    client = served.app.test_client()
    log_in(client, served.usernames["12"], served.passwords["12"])
    yield client


@pytest.fixture
def skpd01(served: Served) -> Iterator[FlaskClient]:
    client = served.app.test_client()
    log_in(client, served.usernames["01"], served.passwords["01"])
    yield client


@pytest.fixture
def coordinator(served: Served) -> Iterator[FlaskClient]:
    client = served.app.test_client()
    log_in(client, *COORDINATOR)
    yield client


def upload(client: FlaskClient, *files: tuple[str, bytes]) -> object:
    data: dict[str, object] = {
        "csrf_token": csrf(client, "/skpd/"),
        "berkas": [(io.BytesIO(content), name) for name, content in files],
    }
    return client.post("/skpd/unggah", data=data, content_type="multipart/form-data")


def upload_one(client: FlaskClient, path: Path, name: str | None = None) -> int:
    response = upload(client, (name or path.name, path.read_bytes()))
    assert response.status_code == 303, response.get_data(as_text=True)  # type: ignore[attr-defined]
    match = re.search(r"/kiriman/(\d+)$", response.headers["Location"])  # type: ignore[attr-defined]
    assert match, response.headers["Location"]  # type: ignore[attr-defined]
    return int(match.group(1))


def test_health_page_answers_without_signing_in(served: Served) -> None:
    response = served.app.test_client().get("/sehat")
    assert response.status_code == 200 and response.json == {
        "status": "ok",
        "versi": response.json["versi"],  # type: ignore[index]
    }


def test_wrong_password_is_refused_and_right_one_signs_in(served: Served) -> None:
    client = served.app.test_client()
    token = csrf(client)
    bad = client.post(
        "/masuk", data={"username": "koordinator", "password": "x" * 12, "csrf_token": token}
    )
    assert bad.status_code == 401 and "kata sandi salah" in bad.get_data(as_text=True)
    unknown = client.post(
        "/masuk", data={"username": "tidak-ada", "password": "x" * 12, "csrf_token": token}
    )
    assert unknown.status_code == 401
    log_in(client, *COORDINATOR)
    assert client.get("/").headers["Location"].endswith("/koordinator/")


def test_forms_without_csrf_token_are_refused(served: Served, skpd12: FlaskClient) -> None:
    anonymous = served.app.test_client()
    response = anonymous.post(
        "/masuk", data={"username": COORDINATOR[0], "password": COORDINATOR[1]}
    )
    assert response.status_code == 400 and "CSRF" in response.get_data(as_text=True)
    no_token = skpd12.post(
        "/skpd/unggah",
        data={"berkas": [(io.BytesIO(GOOD.read_bytes()), GOOD.name)]},
        content_type="multipart/form-data",
    )
    assert no_token.status_code == 400
    assert skpd12.post("/keluar").status_code == 400


def test_upload_with_findings_shows_verdict_list_and_cell_in_context(
    served: Served, skpd12: FlaskClient
) -> None:
    submission = upload_one(skpd12, BAD)
    page = skpd12.get(f"/kiriman/{submission}").get_data(as_text=True)
    assert "PERLU PERBAIKAN" in page
    assert "LEGAL_BASIS_EMPTY" in page or "Dasar Hukum" in page
    hit = re.search(r'<td class="hit" data-cell="([A-Z]+\d+)">', page)
    assert hit, "the finding's cell is highlighted in its context table"
    # The same findings as `sopxl check --json` of the same file.
    result = CliRunner().invoke(cli, ["check", "--json", str(BAD)])
    for code in set(re.findall(r'"code": "([A-Z_]+)"', result.stdout)):
        assert code in page


def test_marked_copy_is_the_library_returned_copy(served: Served, skpd12: FlaskClient) -> None:
    submission = upload_one(skpd12, BAD)
    response = skpd12.get(f"/kiriman/{submission}/salinan")
    assert response.status_code == 200
    assert "tanpa-dasar-hukum-catatan-verifikasi.xlsx" in response.headers["Content-Disposition"]
    workbook = openpyxl.load_workbook(io.BytesIO(response.data))
    assert "Catatan Verifikasi" in workbook.sheetnames


def test_passing_form_has_a_pdf_preview(served: Served, skpd12: FlaskClient) -> None:
    submission = upload_one(skpd12, GOOD)
    page = skpd12.get(f"/kiriman/{submission}").get_data(as_text=True)
    assert "LULUS" in page
    preview = skpd12.get(f"/kiriman/{submission}/pratinjau.pdf")
    assert preview.status_code == 200 and preview.data.startswith(b"%PDF")
    bad = upload_one(skpd12, BAD)
    assert skpd12.get(f"/kiriman/{bad}/pratinjau.pdf").status_code == 404


def test_several_files_in_one_upload(served: Served, skpd12: FlaskClient) -> None:
    response = upload(skpd12, (GOOD.name, GOOD.read_bytes()), (BAD.name, BAD.read_bytes()))
    assert response.status_code == 303  # type: ignore[attr-defined]
    page = skpd12.get(response.headers["Location"]).get_data(as_text=True)  # type: ignore[attr-defined]
    assert GOOD.name in page and BAD.name in page
    assert "LULUS" in page and "PERLU PERBAIKAN" in page


def test_every_upload_is_kept_never_overwritten(served: Served, skpd12: FlaskClient) -> None:
    first = upload_one(skpd12, BAD)
    second = upload_one(skpd12, BAD)
    store = open_web_store(served.workspace.db_url)
    try:
        a, b = store.submission(first), store.submission(second)
    finally:
        store.close()
    assert a is not None and b is not None and a.stored_path != b.stored_path
    for kept in (a, b):
        path = inbox.absolute(served.workspace, kept.stored_path)
        assert path.read_bytes() == BAD.read_bytes()
        assert kept.account_id == a.account_id and kept.agency_code == "12"


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("program.exe", b"MZ" + b"\0" * 100, "bukan formulir SOP"),
        ("lama.xls", b"\xd0\xcf\x11\xe0" + b"\0" * 100, "bukan formulir SOP"),
    ],
)
def test_files_of_other_types_are_refused_and_not_kept(
    served: Served, skpd12: FlaskClient, name: str, content: bytes, expected: str
) -> None:
    response = upload(skpd12, (name, content))
    page = skpd12.get(response.headers["Location"]).get_data(as_text=True)  # type: ignore[attr-defined]
    assert expected in page
    kept = list((served.workspace.root / "web" / "unggahan").rglob(f"*{name}"))
    assert kept == []


@pytest.mark.parametrize("sample", ["bukan-excel.xlsx", "terpotong.xlsx"])
def test_hostile_or_damaged_files_go_through_the_check_guards(
    served: Served, skpd12: FlaskClient, sample: str
) -> None:
    submission = upload_one(skpd12, SAMPLES / "bermasalah" / sample)
    page = skpd12.get(f"/kiriman/{submission}").get_data(as_text=True)
    result = CliRunner().invoke(cli, ["check", str(SAMPLES / "bermasalah" / sample)])
    verdict = "TIDAK TERBACA" if "TIDAK TERBACA" in result.stdout else "PERLU PERBAIKAN"
    assert verdict in page


def test_zip_bomb_is_refused_like_check_does(
    served: Served, skpd12: FlaskClient, tmp_path: Path
) -> None:
    bomb = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (300 * 1024 * 1024))
    assert bomb.stat().st_size < inbox.MAX_FILE_BYTES
    submission = upload_one(skpd12, bomb)
    assert "TIDAK TERBACA" in skpd12.get(f"/kiriman/{submission}").get_data(as_text=True)


def test_too_many_files_and_too_large_files_are_refused(
    served: Served, skpd12: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    many = [(f"f{i}.xlsx", b"x") for i in range(inbox.MAX_FILES + 1)]
    response = upload(skpd12, *many)
    page = skpd12.get(response.headers["Location"]).get_data(as_text=True)  # type: ignore[attr-defined]
    assert f"Paling banyak {inbox.MAX_FILES} berkas" in page
    monkeypatch.setattr(inbox, "MAX_FILE_BYTES", 1000)
    response = upload(skpd12, ("besar.xlsx", b"PK" + b"\0" * 5000))
    page = skpd12.get(response.headers["Location"]).get_data(as_text=True)  # type: ignore[attr-defined]
    assert "lebih besar dari" in page
    assert list((served.workspace.root / "web" / "unggahan").rglob("*besar.xlsx")) == []
    served.app.config["MAX_CONTENT_LENGTH"], old = 2000, served.app.config["MAX_CONTENT_LENGTH"]
    try:
        response = upload(skpd12, ("besar.xlsx", b"PK" + b"\0" * 5000))
        assert response.status_code == 413  # type: ignore[attr-defined]
    finally:
        served.app.config["MAX_CONTENT_LENGTH"] = old


def test_an_skpd_sees_only_its_own_submissions(
    served: Served, skpd12: FlaskClient, skpd01: FlaskClient
) -> None:
    mine = upload_one(skpd12, BAD)
    good = upload_one(skpd12, GOOD)
    for route in (
        f"/kiriman/{mine}",
        f"/kiriman/{mine}/salinan",
        f"/kiriman/{mine}/berkas",
        f"/kiriman/{good}/pratinjau.pdf",
    ):
        assert skpd01.get(route).status_code == 404, route
        assert skpd12.get(route).status_code == 200, route
    assert BAD.name not in skpd01.get("/skpd/").get_data(as_text=True)
    assert BAD.name not in skpd01.get("/skpd/riwayat").get_data(as_text=True)
    assert BAD.name not in skpd01.get(f"/skpd/hasil?id={mine}").get_data(as_text=True)


COORDINATOR_ROUTES = [
    "/koordinator/",
    "/koordinator/dasbor",
    "/koordinator/duplikat",
    "/koordinator/ekspor",
    "/koordinator/ekspor/inventaris",
    "/koordinator/audit",
]
AGENCY_ROUTES = ["/skpd/", "/skpd/riwayat", "/skpd/hasil?id=1", "/skpd/unduh/formulir-sop"]


@pytest.mark.parametrize("route", COORDINATOR_ROUTES)
def test_coordinator_pages_are_closed_to_skpd_and_anonymous(
    served: Served, skpd12: FlaskClient, route: str
) -> None:
    assert skpd12.get(route).status_code == 403
    anonymous = served.app.test_client().get(route)
    assert anonymous.status_code == 302 and "/masuk" in anonymous.headers["Location"]


@pytest.mark.parametrize("route", ["/koordinator/impor/uji", "/koordinator/impor/simpan"])
def test_skpd_cannot_import(served: Served, skpd12: FlaskClient, route: str) -> None:
    response = skpd12.post(route, data={"csrf_token": csrf(skpd12, "/skpd/"), "id": "1"})
    assert response.status_code == 403


@pytest.mark.parametrize("route", [*AGENCY_ROUTES, "/kiriman/1", "/kiriman/1/salinan"])
def test_agency_pages_need_signing_in(served: Served, route: str) -> None:
    response = served.app.test_client().get(route)
    assert response.status_code == 302 and "/masuk" in response.headers["Location"]


@pytest.mark.parametrize("route", AGENCY_ROUTES)
def test_agency_pages_are_not_the_coordinators(coordinator: FlaskClient, route: str) -> None:
    assert coordinator.get(route).status_code == 403


@pytest.mark.parametrize(
    "what",
    [
        "formulir-sop",
        "formulir-terisi",
        "inventaris",
        "status",
        "monitoring",
        "evaluation",
        "supervision",
    ],
)
def test_skpd_downloads_its_forms(skpd12: FlaskClient, what: str) -> None:
    response = skpd12.get(f"/skpd/unduh/{what}")
    assert response.status_code in (200, 302)
    if response.status_code == 302:  # no coded SOPs of this kind yet: said on the page
        assert what in ("formulir-terisi",)
        return
    assert response.data.startswith(b"PK")
    if what == "formulir-terisi":
        names = zipfile.ZipFile(io.BytesIO(response.data)).namelist()
        assert names and all(name.endswith(".xlsx") for name in names)
    if what == "inventaris":
        workbook = openpyxl.load_workbook(io.BytesIO(response.data))
        text = " ".join(
            str(c.value) for ws in workbook for row in ws.iter_rows() for c in row if c.value
        )
        assert "Kependudukan" in text


def test_import_dry_run_then_one_confirmation(
    served: Served, skpd12: FlaskClient, coordinator: FlaskClient
) -> None:
    submission = upload_one(skpd12, GOOD)
    listing = coordinator.get("/koordinator/?status=lulus&impor=belum").get_data(as_text=True)
    assert f'value="{submission}"' in listing
    token = csrf(coordinator, "/koordinator/")
    register = open_register(served.workspace.db_url, create=False)
    try:
        before = register.inventory_frame("12")
    finally:
        register.close()
    preview = coordinator.post(
        "/koordinator/impor/uji", data={"csrf_token": token, "id": str(submission)}
    )
    page = preview.get_data(as_text=True)
    assert preview.status_code == 200 and "Uji coba" in page and "12.01.02.001" in page
    register = open_register(served.workspace.db_url, create=False)
    try:
        after_preview = register.inventory_frame("12")
    finally:
        register.close()
    assert after_preview.equals(before)
    done = coordinator.post(
        "/koordinator/impor/simpan", data={"csrf_token": token, "id": str(submission)}
    )
    assert done.status_code == 200 and "Hasil impor" in done.get_data(as_text=True)
    register = open_register(served.workspace.db_url, create=False)
    try:
        row = register.inventory_frame("12").set_index("code").loc["12.01.02.001"]
    finally:
        register.close()
    assert row["stage"] == "penulisan"
    audit = coordinator.get("/koordinator/audit").get_data(as_text=True)
    assert f"kiriman {submission} -&gt;" in audit
    again = coordinator.post(
        "/koordinator/impor/simpan", data={"csrf_token": token, "id": str(submission)}
    )
    assert again.status_code == 303  # already imported: nothing to do


def test_failed_forms_cannot_be_imported(
    served: Served, skpd12: FlaskClient, coordinator: FlaskClient
) -> None:
    bad = upload_one(skpd12, BAD)
    response = coordinator.post(
        "/koordinator/impor/uji",
        data={"csrf_token": csrf(coordinator, "/koordinator/"), "id": str(bad)},
    )
    assert response.status_code == 303


def test_coordinator_filters_by_agency_and_status(
    served: Served, skpd12: FlaskClient, coordinator: FlaskClient
) -> None:
    upload_one(skpd12, BAD)
    rows = coordinator.get("/koordinator/?skpd=12&status=perlu_perbaikan").get_data(as_text=True)
    assert BAD.name in rows and "LULUS</td>" not in rows
    assert BAD.name not in coordinator.get("/koordinator/?skpd=01").get_data(as_text=True)


@pytest.mark.parametrize(
    "query",
    [
        "inventaris",
        "nama-kode-sop?skpd=12",
        "kaji-ulang",
        "pengawasan?tahun=2025",
        "evaluasi?tahun=2025",
        "laporan-bupati?tahun=2025",
    ],
)
def test_every_export_downloads(coordinator: FlaskClient, query: str) -> None:
    response = coordinator.get(f"/koordinator/ekspor/{query}")
    assert response.status_code == 200 and response.data.startswith(b"PK")
    openpyxl.load_workbook(io.BytesIO(response.data))


def test_dashboard_shows_counts_per_agency(coordinator: FlaskClient) -> None:
    page = coordinator.get("/koordinator/dasbor?tahun=2026").get_data(as_text=True)
    assert "Tahapan per SKPD" in page and "DISDUKCAPIL" in page


def test_concurrent_uploads_are_all_kept(served: Served) -> None:
    ids: list[int] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            client = served.app.test_client()
            log_in(client, served.usernames["12"], served.passwords["12"])
            ids.append(upload_one(client, BAD))
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and len(set(ids)) == 6


def test_accounts_from_the_command_line(served: Served) -> None:
    runner = CliRunner()
    ws = str(served.workspace.root)
    result = runner.invoke(
        cli,
        ["akun", "koordinator", "kedua", "--kata-sandi-stdin", "--workspace", ws],
        input="sandi-kedua-panjang\n",
    )
    assert result.exit_code == 0, result.output
    short = runner.invoke(
        cli,
        ["akun", "koordinator", "ketiga", "--kata-sandi-stdin", "--workspace", ws],
        input="pendek\n",
    )
    assert short.exit_code == 2 and "terlalu pendek" in short.output
    made = runner.invoke(cli, ["akun", "skpd", "--agency", "05", "--workspace", ws])
    assert made.exit_code == 0, made.output
    username, password = made.stdout.split("\t")[:2]
    client = served.app.test_client()
    log_in(client, username, password)
    assert client.get("/").headers["Location"].endswith("/skpd/")
    listed = runner.invoke(cli, ["akun", "daftar", "--workspace", ws])
    assert "kedua\tkoordinator" in listed.stdout and username in listed.stdout
    store = open_web_store(served.workspace.db_url)
    try:
        row = store.account_row(username)
    finally:
        store.close()
    assert row is not None and row[1].startswith("$argon2") and password not in row[1]


def test_dashboard_is_computed_again_when_the_register_changes(served: Served) -> None:
    from sopxl.kinds.importer import import_paths
    from sopxl.web.dashboard import DashboardCache

    cache = DashboardCache()
    # Held open like the server holds it: an import through another connection is seen.
    register = open_register(served.workspace.db_url, create=False)
    try:
        first = cache.get(register, 2026)
        assert cache.get(register, 2026) is first
        coded = {row["agency_code"]: row["coded"] for row in first.stages}
        import_paths(served.workspace, [SAMPLES / "inventaris" / "inventaris-01-setda.xlsx"])
        after = cache.get(register, 2026)
    finally:
        register.close()
    assert after is not first
    assert {row["agency_code"]: row["coded"] for row in after.stages}.get("01", 0) > coded.get(
        "01", 0
    )


def test_duplicate_pairs_page_lists_similar_titles(
    served: Served, coordinator: FlaskClient
) -> None:
    from sopxl.kinds.importer import import_paths

    import_paths(served.workspace, [SAMPLES / "inventaris" / "inventaris-01-setda.xlsx"])
    register = open_register(served.workspace.db_url, create=False)
    try:
        pairs = register.duplicates_frame(served.workspace.duplicate_threshold)
    finally:
        register.close()
    assert not pairs.empty, "the sample inventories overlap across SKPDs"
    page = coordinator.get("/koordinator/duplikat").get_data(as_text=True)
    assert "Kemiripan" in page
    for pair in pairs.head(5).to_dict("records"):
        assert str(pair["code_a"]) in page and str(pair["code_b"]) in page


def test_a_form_of_another_skpd_is_not_imported_from_its_submission(
    served: Served, skpd01: FlaskClient, coordinator: FlaskClient
) -> None:
    """SKPD 01 sends Disdukcapil's (12) SOP: the dry run says so and nothing is imported."""
    submission = upload_one(skpd01, GOOD)
    token = csrf(coordinator, "/koordinator/")
    preview = coordinator.post(
        "/koordinator/impor/uji", data={"csrf_token": token, "id": str(submission)}
    ).get_data(as_text=True)
    assert "SOP milik SKPD 12, bukan SKPD pengirim" in preview
    assert "simpan-impor" not in preview
    done = coordinator.post(
        "/koordinator/impor/simpan", data={"csrf_token": token, "id": str(submission)}
    )
    assert done.status_code == 303
    store = open_web_store(served.workspace.db_url)
    try:
        kept = store.submission(submission)
    finally:
        store.close()
    assert kept is not None and kept.imported_at is None


def test_pages_load_nothing_from_the_internet(
    skpd12: FlaskClient, coordinator: FlaskClient
) -> None:
    pages = [skpd12.get(route) for route in ("/skpd/", "/skpd/riwayat")]
    pages += [coordinator.get(r) for r in ("/koordinator/", "/koordinator/dasbor")]
    for page in pages:
        html = page.get_data(as_text=True)
        assert not re.search(r'(src|href)="(https?:)?//', html)
        assert "/static/sopxl.css" in html and "/static/sopxl.js" in html
    script = skpd12.get("/static/sopxl.js")
    assert script.status_code == 200 and b"dataTransfer" in script.data
    script.close()


def test_web_tables_are_never_the_first_in_a_database(tmp_path: Path) -> None:
    from sopxl.errors import InputError

    url = f"sqlite:///{(tmp_path / 'kosong.sqlite').as_posix()}"
    with pytest.raises(InputError, match="belum dibuat"):
        open_web_store(url)
    register = open_register(url, create=True)  # still a register database afterwards
    register.close()
    open_web_store(url).close()


def _without_code(tmp_path: Path) -> Path:
    """A form with no Nomor SOP and a Nama SOP only Disdukcapil (12) registers."""
    workbook = openpyxl.load_workbook(GOOD)
    for sheet in workbook:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value == "12.01.02.001":
                    cell.value = None
                elif cell.value == "Penerimaan dan Pencatatan Surat Masuk":
                    cell.value = "Penerbitan Akta Kelahiran"
    target = tmp_path / "tanpa-nomor.xlsx"
    workbook.save(target)
    return target


def test_findings_page_warns_at_once_of_a_nomor_sop_of_another_skpd(
    skpd01: FlaskClient, skpd12: FlaskClient, tmp_path: Path
) -> None:
    """SKPD 01 sends a form with Disdukcapil's (12) Nomor SOP, then one with only its Nama
    SOP: the findings page says whose they are, at the cell; SKPD 12 sending them hears
    nothing of it."""
    page = skpd01.get(f"/kiriman/{upload_one(skpd01, GOOD)}").get_data(as_text=True)
    assert "SOP_OTHER_AGENCY" in page and "Nomor SOP &#39;12.01.02.001&#39;" in page
    assert "milik SKPD" in page, page[page.find("SOP_OTHER_AGENCY") - 200 :][:900]
    assert re.search(r'<td class="hit" data-cell="[A-Z]+\d+">12\.01\.02\.001', page)
    untitled = _without_code(tmp_path)
    page = skpd01.get(f"/kiriman/{upload_one(skpd01, untitled)}").get_data(as_text=True)
    assert "SOP_OTHER_AGENCY" in page and "Nama SOP &#39;Penerbitan Akta Kelahiran" in page
    for path in (GOOD, untitled):
        own = skpd12.get(f"/kiriman/{upload_one(skpd12, path)}").get_data(as_text=True)
        assert "SOP_OTHER_AGENCY" not in own


LIFECYCLE = SAMPLES / "lifecycle"
INVENTORY_12 = SAMPLES / "inventaris" / "inventaris-12-disdukcapil.xlsx"


def _dry_run_codes(served: Served, path: Path) -> list[str]:
    from sopxl.kinds.importer import import_paths

    (result,) = import_paths(served.workspace, [path], dry_run=True).files
    return sorted(f.code for f in result.findings)


@pytest.mark.parametrize(
    ("path", "label"),
    [
        (INVENTORY_12, "Inventaris judul SOP"),
        (LIFECYCLE / "status-sop-12-disdukcapil-2025.xlsx", "Status SOP"),
        (LIFECYCLE / "monitoring-sop-12-disdukcapil-2025.xlsx", "Formulir monitoring SOP"),
        (LIFECYCLE / "evaluasi-sop-12-disdukcapil-2025.xlsx", "Formulir evaluasi SOP"),
        (LIFECYCLE / "pengawasan-sop-12-disdukcapil-2025q1.xlsx", "Laporan pengawasan SOP"),
    ],
)
def test_other_forms_of_an_skpd_get_the_import_dry_run_findings(
    served: Served, skpd12: FlaskClient, path: Path, label: str
) -> None:
    """An inventory or lifecycle form is recognised as the importer recognises it and
    checked by a dry run of importing that one file: the same findings, on the same page."""
    submission = upload_one(skpd12, path)
    page = skpd12.get(f"/kiriman/{submission}").get_data(as_text=True)
    assert f"{label} (diperiksa dengan uji coba impor)" in page
    store = open_web_store(served.workspace.db_url)
    try:
        kept = store.submission(submission)
    finally:
        store.close()
    assert kept is not None
    assert sorted(f["code"] for f in kept.findings) == _dry_run_codes(served, path)
    for code in {f["code"] for f in kept.findings}:
        assert code in page
    assert 'id="pratinjau"' not in page and 'id="salinan"' not in page


def test_an_skpd_may_send_only_forms_stamped_for_itself(
    served: Served, skpd01: FlaskClient
) -> None:
    """SKPD 01 sends Disdukcapil's (12) inventory and Status SOP: refused, nothing kept."""
    folder = served.workspace.root / inbox.WEB_DIR / inbox.UPLOAD_DIR / "01"
    before = sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []
    for path in (INVENTORY_12, LIFECYCLE / "status-sop-12-disdukcapil-2025.xlsx"):
        response = upload(skpd01, (path.name, path.read_bytes()))
        assert response.status_code == 303  # type: ignore[attr-defined]
        home = skpd01.get("/skpd/").get_data(as_text=True)
        assert "dibuat untuk SKPD 12, bukan SKPD Anda (01)" in home
    after = sorted(p for p in folder.rglob("*") if p.is_file())
    assert after == before


def test_coordinator_imports_an_inventory_submission_like_an_sop_form(
    served: Served, skpd12: FlaskClient, coordinator: FlaskClient
) -> None:
    submission = upload_one(skpd12, INVENTORY_12)
    token = csrf(coordinator, "/koordinator/")
    preview = coordinator.post(
        "/koordinator/impor/uji", data={"csrf_token": token, "id": str(submission)}
    ).get_data(as_text=True)
    assert "Uji coba" in preview and "inventaris judul SOP" in preview
    done = coordinator.post(
        "/koordinator/impor/simpan", data={"csrf_token": token, "id": str(submission)}
    )
    assert done.status_code == 200 and "Hasil impor" in done.get_data(as_text=True)
    store = open_web_store(served.workspace.db_url)
    try:
        kept = store.submission(submission)
    finally:
        store.close()
    assert kept is not None and kept.imported_at is not None


def _sign_in(client: FlaskClient, username: str, password: str) -> object:
    return client.post(
        "/masuk", data={"username": username, "password": password, "csrf_token": csrf(client)}
    )


def test_a_deactivated_account_cannot_sign_in_and_its_session_ends(served: Served) -> None:
    runner = CliRunner()
    ws = str(served.workspace.root)
    made = runner.invoke(cli, ["akun", "skpd", "--agency", "34", "--workspace", ws])
    assert made.exit_code == 0, made.output
    username, password = made.stdout.split("\t")[:2]
    open_session = served.app.test_client()
    log_in(open_session, username, password)
    assert open_session.get("/skpd/").status_code == 200
    off = runner.invoke(cli, ["akun", "nonaktif", username, "--workspace", ws])
    assert off.exit_code == 0 and "nonaktif" in off.output
    assert open_session.get("/skpd/").status_code == 302  # sent to sign in
    refused = _sign_in(served.app.test_client(), username, password)
    assert refused.status_code == 401  # type: ignore[attr-defined]
    listed = runner.invoke(cli, ["akun", "daftar", "--workspace", ws]).stdout
    assert f"{username}\tskpd\t34 (nonaktif)" in listed
    unknown = runner.invoke(cli, ["akun", "nonaktif", "tidak-ada", "--workspace", ws])
    assert unknown.exit_code == 2 and "tidak ada" in unknown.output
    assert "Traceback" not in unknown.output
    on = runner.invoke(cli, ["akun", "aktif", username, "--workspace", ws])
    assert on.exit_code == 0
    log_in(served.app.test_client(), username, password)


def test_sign_in_is_refused_for_a_while_after_five_wrong_passwords(served: Served) -> None:
    from sopxl.web.accounts import LOCKOUT_SECONDS, MAX_FAILURES, LoginThrottle
    from sopxl.web.app import create_app

    app = create_app(served.workspace, testing=True)
    now = [1000.0]
    app.extensions["sopxl_throttle"] = LoginThrottle(clock=lambda: now[0])
    client = app.test_client()
    name, right = served.usernames["12"], served.passwords["12"]
    for _ in range(MAX_FAILURES):
        wrong = _sign_in(client, name, "salah-salah-salah")
        assert wrong.status_code == 401  # type: ignore[attr-defined]
    locked = _sign_in(client, name.upper(), right)  # the right password, the same name
    page = locked.get_data(as_text=True)  # type: ignore[attr-defined]
    assert locked.status_code == 429  # type: ignore[attr-defined]
    assert "Terlalu banyak percobaan masuk yang gagal" in page and "5 menit" in page
    other = _sign_in(app.test_client(), served.usernames["01"], served.passwords["01"])
    assert other.status_code == 302  # type: ignore[attr-defined]
    now[0] += LOCKOUT_SECONDS + 1
    assert _sign_in(client, name, right).status_code == 302  # type: ignore[attr-defined]
