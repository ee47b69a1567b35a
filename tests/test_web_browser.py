"""A real browser (Debian's chromium, driven by Selenium) against ``sopxl serve`` on
127.0.0.1: the SKPD uploads a form with findings, sees the finding's cell, downloads the
marked copy; the koordinator runs the import's dry run, confirms it, and downloads the
inventory. Fails when CI=true and chromium is missing; skips on a laptop without it.

Screenshots of every page go to ``$SOPXL_SCREENSHOTS`` when set (else the test's folder).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.web_fixtures import SAMPLES, Served, served_workspace

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
BROWSER_ADMIN = ("bagian-organisasi", "sandi-dari-buat-admin")


def _need_browser() -> None:
    if CHROMIUM and DRIVER:
        return
    message = "chromium and chromium-driver are needed (apt-get install chromium chromium-driver)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Served]]:
    _need_browser()
    served = served_workspace(tmp_path / "ruang")
    port = _free_port()
    # The koordinator of the browser test is made by 'sopxl serve --buat-admin'.
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "sopxl",
            "serve",
            "--workspace",
            str(served.workspace.root),
            "--port",
            str(port),
            "--jangan-buka",
            "--buat-admin",
            BROWSER_ADMIN[0],
            "--kata-sandi-stdin",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    assert process.stdin is not None
    process.stdin.write(f"{BROWSER_ADMIN[1]}\n".encode())
    process.stdin.close()
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"{url}/sehat", timeout=1) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                time.sleep(0.1)
        else:
            raise AssertionError("sopxl serve did not answer /sehat")
        yield url, served
    finally:
        process.terminate()
        process.wait(timeout=10)
        assert process.stdout is not None
        process.stdout.close()


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[object]:
    _need_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        f"--user-data-dir={tmp_path / 'profil-chromium'}",
    ):
        options.add_argument(flag)
    downloads = tmp_path / "unduhan"
    downloads.mkdir()
    options.add_experimental_option(
        "prefs",
        {
            "download.default_directory": str(downloads),
            "download.prompt_for_download": False,
        },
    )
    driver = webdriver.Chrome(service=Service(executable_path=str(DRIVER)), options=options)
    driver.implicitly_wait(15)  # a page loading on a busy machine: wait for its elements
    driver.downloads = downloads  # type: ignore[attr-defined]
    try:
        yield driver
    finally:
        driver.quit()


def _shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("SOPXL_SCREENSHOTS") or tmp_path / "layar")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _wait_for_file(folder: Path, suffix: str, timeout: float = 20) -> Path:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        done = [p for p in folder.iterdir() if p.name.endswith(suffix)]
        if done:
            return done[0]
        time.sleep(0.1)
    raise AssertionError(f"no {suffix} downloaded into {folder}: {list(folder.iterdir())}")


def test_skpd_and_coordinator_in_a_real_browser(
    server: tuple[str, Served], browser: object, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver

    url, served = server
    driver: WebDriver = browser  # type: ignore[assignment]
    shots = _shots(tmp_path)
    downloads: Path = driver.downloads  # type: ignore[attr-defined]

    def wait_text(text: str) -> None:
        from selenium.webdriver.support.ui import WebDriverWait

        WebDriverWait(driver, 15).until(lambda d: text in d.page_source)

    def log_in(username: str, password: str) -> None:
        driver.get(f"{url}/masuk")
        driver.find_element(By.ID, "username").send_keys(username)
        driver.find_element(By.ID, "password").send_keys(password)
        driver.find_element(By.CSS_SELECTOR, "input[type=submit]").click()

    driver.get(f"{url}/masuk")
    driver.save_screenshot(str(shots / "01-masuk.png"))
    log_in(served.usernames["12"], served.passwords["12"])
    wait_text("Unggah formulir untuk diperiksa")
    driver.save_screenshot(str(shots / "02-beranda-skpd.png"))

    bad = SAMPLES / "bermasalah" / "tanpa-dasar-hukum.xlsx"
    driver.find_element(By.ID, "berkas").send_keys(str(bad))
    driver.find_element(By.CSS_SELECTOR, "form.drop input[type=submit]").click()
    verdict = driver.find_element(By.ID, "putusan").text
    assert verdict.startswith("PERLU PERBAIKAN")
    hit = driver.find_element(By.CSS_SELECTOR, "table.context td.hit")
    assert hit.get_attribute("data-cell") and hit.is_displayed()
    driver.save_screenshot(str(shots / "03-temuan.png"))
    driver.execute_script("arguments[0].scrollIntoView()", hit)
    driver.save_screenshot(str(shots / "04-temuan-di-tempatnya.png"))
    driver.find_element(By.ID, "salinan").click()
    copy = _wait_for_file(downloads, "-catatan-verifikasi.xlsx")
    assert copy.read_bytes().startswith(b"PK")

    driver.get(f"{url}/skpd/")
    wait_text("Unggah formulir untuk diperiksa")
    good = SAMPLES / "sop-surat-masuk.xlsx"
    driver.find_element(By.ID, "berkas").send_keys(str(good))
    driver.find_element(By.CSS_SELECTOR, "form.drop input[type=submit]").click()
    assert driver.find_element(By.ID, "putusan").text.startswith("LULUS")
    driver.save_screenshot(str(shots / "05-lulus.png"))
    submission = driver.current_url.rsplit("/", 1)[-1]
    driver.find_element(By.CSS_SELECTOR, "header form button").click()
    wait_text("Anda sudah keluar")

    log_in(*BROWSER_ADMIN)
    driver.find_element(By.ID, f"pilih-{submission}").click()
    driver.save_screenshot(str(shots / "06-kiriman-koordinator.png"))
    driver.find_element(By.ID, "uji-impor").click()
    driver.find_element(By.ID, "simpan-impor")
    assert "Uji coba impor" in driver.page_source and "12.01.02.001" in driver.page_source
    driver.save_screenshot(str(shots / "07-uji-coba-impor.png"))
    driver.find_element(By.ID, "simpan-impor").click()
    wait_text("Hasil impor ke register")
    driver.save_screenshot(str(shots / "08-hasil-impor.png"))

    driver.get(f"{url}/koordinator/ekspor")
    driver.save_screenshot(str(shots / "09-ekspor.png"))
    driver.find_element(By.ID, "ekspor-inventaris").click()
    inventory = _wait_for_file(downloads, "inventaris.xlsx")
    assert inventory.read_bytes().startswith(b"PK")
    driver.get(f"{url}/koordinator/dasbor?tahun=2026")
    assert "Tahapan per SKPD" in driver.page_source
    driver.save_screenshot(str(shots / "10-dasbor.png"))
    driver.get(f"{url}/koordinator/audit")
    assert f"kiriman {submission} -&gt;" in driver.page_source
    driver.save_screenshot(str(shots / "11-log-audit.png"))
