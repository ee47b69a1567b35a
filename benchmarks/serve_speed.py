"""How fast does ``sopxl serve`` answer? Traffic only to 127.0.0.1, bounded.

1. A register of 60 SKPDs x 100 titles (6,000, built as benchmarks/register_speed.py
   does), with this year's Status SOP, monitoring, evaluation and supervision forms of
   every SKPD imported (``--tanpa-siklus``: inventories only), served by a real
   ``sopxl serve`` process (waitress, its default threads), as the koordinator runs it:
   the browsers (here: this process) are not in the server's process.
2. The koordinator's dashboard: the first view after the server started, 5 views more
   (best and median), and the first view after an import changed the register
   (target <= 200 ms).
3. One upload at a time, 5 times: the median (the issue: the verdict within a second).
4. 20 SKPD sessions upload one 30-step form (with one galat) each at the same moment; the
   time from the upload's start to the findings page received (upload -> 303 -> page): p50 and p95
   (target p95 <= 300 ms), and the ratio to a bare ``sopxl check`` of one such form.

The load average is printed beside the figures: other work on the machine slows them.

    .venv/bin/python benchmarks/serve_speed.py [--uploads 20] [--agencies 60] [--titles 100]
        [--tanpa-siklus]
"""

from __future__ import annotations

import argparse
import http.cookiejar
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from register_speed import build

from sopxl.forms.sop_form import write_sop_form
from sopxl.kinds.importer import import_paths
from sopxl.register.workspace import Workspace, load_workspace
from sopxl.web.accounts import NewAccount, create_agency_accounts, create_coordinator
from sopxl.web.store import open_web_store
from sopxl_demo.examples.synthetic import synthetic_sop
from sopxl_demo.lifecycle import write_lifecycle_samples


class Session:
    def __init__(self, base: str) -> None:
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def get(self, path: str) -> str:
        with self.opener.open(self.base + path, timeout=60) as answer:
            return str(answer.read().decode("utf-8"))

    def token(self, path: str) -> str:
        match = re.search(r'name="csrf_token" value="([^"]+)"', self.get(path))
        assert match, path
        return match.group(1)

    def log_in(self, username: str, password: str) -> None:
        data = urllib.parse.urlencode(
            {"username": username, "password": password, "csrf_token": self.token("/masuk")}
        ).encode()
        with self.opener.open(self.base + "/masuk", data, timeout=60) as answer:
            answer.read()

    def upload(self, path: Path, token: str) -> str:
        boundary = uuid.uuid4().hex
        body = (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\n'
                f'{token}\r\n--{boundary}\r\nContent-Disposition: form-data; name="berkas"; '
                f'filename="{path.name}"\r\nContent-Type: application/octet-stream\r\n\r\n'
            ).encode()
            + path.read_bytes()
            + f"\r\n--{boundary}--\r\n".encode()
        )
        request = urllib.request.Request(
            self.base + "/skpd/unggah",
            body,
            {"Content-Type": f"multipart/form-data; boundary={boundary}"},
        )
        with self.opener.open(request, timeout=60) as answer:  # follows the 303
            return str(answer.read().decode("utf-8"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def start_server(root: Path) -> tuple[subprocess.Popen[bytes], str]:
    """``sopxl serve`` on a free port of 127.0.0.1, once its health page answers."""
    port = free_port()
    command = [sys.executable, "-m", "sopxl", "serve", "--jangan-buka", "--port", str(port)]
    server = subprocess.Popen([*command, "--workspace", str(root)], stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(base + "/sehat", timeout=5) as answer:
                answer.read()
            return server, base
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                raise SystemExit("sopxl serve tidak menjawab") from None
            time.sleep(0.05)


def timed(call: Callable[..., object], *args: object) -> float:
    start = time.perf_counter()
    call(*args)
    return time.perf_counter() - start


def dashboard_views(
    base: str, workspace: Workspace, folder: Path
) -> tuple[float, list[float], float]:
    """The koordinator's dashboard: first view after the start, 5 more, and the first
    after the register changed."""
    coordinator = Session(base)
    coordinator.log_in("koordinator", "sandi-benchmark-panjang")
    first = timed(coordinator.get, "/koordinator/dasbor")
    dashboard = [timed(coordinator.get, "/koordinator/dasbor") for _ in range(5)]
    assert "DINAS1" in coordinator.get("/koordinator/dasbor")
    # The register changes (last year's forms of one SKPD imported by another process):
    # computed again.
    earlier = write_lifecycle_samples(
        workspace, folder / "siklus-lalu", date.today().year - 1, ["01"]
    )
    assert import_paths(workspace, earlier).committed
    changed = timed(coordinator.get, "/koordinator/dasbor")
    return first, dashboard, changed


def upload_round(
    base: str, skpd: NewAccount, uploads: list[Path]
) -> tuple[list[float], list[float]]:
    """5 uploads one at a time, then all of ``uploads`` at the same moment, each by its
    own session: the seconds from each upload's start to its findings page."""
    sessions = []
    for _ in uploads:
        session = Session(base)
        session.log_in(skpd.username, skpd.password)
        sessions.append((session, session.token("/skpd/")))
    alone = []
    for index in range(5):  # one upload at a time: what one secretary waits
        session, token = sessions[index]
        alone.append(timed(session.upload, uploads[index], token))
    times: list[float] = [0.0] * len(uploads)
    barrier = threading.Barrier(len(uploads))

    def work(index: int) -> None:
        session, token = sessions[index]
        barrier.wait()
        start = time.perf_counter()
        page = session.upload(uploads[index], token)
        times[index] = time.perf_counter() - start
        assert 'class="hit"' in page, "the finding's cell is shown"

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(uploads))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return alone, times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--uploads", type=int, default=20)
    parser.add_argument("--agencies", type=int, default=60)
    parser.add_argument("--titles", type=int, default=100)
    parser.add_argument("--tanpa-siklus", dest="lifecycle", action="store_false")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        root, files = build(Path(folder), args.agencies, args.titles)
        workspace = load_workspace(root)
        assert import_paths(workspace, files).committed
        if args.lifecycle:
            codes = [f"{a:02d}" for a in range(1, args.agencies + 1)]
            forms = write_lifecycle_samples(
                workspace, Path(folder) / "siklus", date.today().year, codes
            )
            assert import_paths(workspace, forms).committed
        store = open_web_store(workspace.db_url)
        create_coordinator(store, "koordinator", "sandi-benchmark-panjang")
        (skpd,) = create_agency_accounts(store, workspace, "01")
        store.close()
        uploads = []
        for seed in range(args.uploads):
            path = Path(folder) / f"sop-{seed:02d}.xlsx"
            # One galat each (no Dasar Hukum): the page shows a finding in its context.
            sop = synthetic_sop(seed, steps=30)
            write_sop_form(path, replace(sop, identity=replace(sop.identity, legal_basis=())))
            uploads.append(path)

        server, base = start_server(root)
        try:
            first, dashboard, changed = dashboard_views(base, workspace, Path(folder))
            alone, times = upload_round(base, skpd, uploads)
        finally:
            server.terminate()
            server.wait(timeout=30)

        bare = []
        for _ in range(3):
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "sopxl", "check", str(uploads[0])],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=False,
            )
            bare.append(time.perf_counter() - start)

    best_check = min(bare)
    lifecycle = "dengan" if args.lifecycle else "tanpa"
    print(
        f"{args.agencies * args.titles} judul SOP di register ({lifecycle} formulir siklus "
        f"tahun ini); beban rata-rata {', '.join(f'{x:.2f}' for x in os.getloadavg())}"
    )
    print(
        f"dasbor koordinator            : pertama sesudah server mulai {first * 1000:6.0f} ms; "
        f"berikutnya terbaik {min(dashboard) * 1000:6.0f} ms, median "
        f"{statistics.median(dashboard) * 1000:6.0f} ms; pertama sesudah register berubah "
        f"{changed * 1000:6.0f} ms (target <= 200 ms)"
    )
    p50, p95 = statistics.median(times), percentile(times, 0.95)
    print(
        f"1 unggahan sendiri (30 langkah)  : median {statistics.median(alone) * 1000:6.0f} ms "
        "(target: dalam satu detik)"
    )
    print(
        f"{len(times)} unggahan bersamaan (30 langkah): p50 {p50 * 1000:6.0f} ms, "
        f"p95 {p95 * 1000:6.0f} ms (target p95 <= 300 ms)"
    )
    print(
        f"sopxl check satu formulir     : {best_check * 1000:6.0f} ms (proses baru); "
        f"p50/check {p50 / best_check:4.1f}x, p95/check {p95 / best_check:4.1f}x"
    )


if __name__ == "__main__":
    main()
