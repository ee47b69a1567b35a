"""``sopxl serve`` (the web inbox), ``sopxl akun`` (its accounts) and ``sopxl demo``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from sopxl.commands.base import CONTEXT, SopxlCommand, SopxlGroup, echo
from sopxl.commands.register import find_workspace_of, workspace_options
from sopxl.errors import UsageError

DEFAULT_PORT = 8057


def _read_password(from_stdin: bool, prompt: str) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return str(click.prompt(prompt, hide_input=True, confirmation_prompt=True))


@click.command("serve", cls=SopxlCommand)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    metavar="ALAMAT",
    help="Alamat yang didengarkan (0.0.0.0 agar dapat dibuka dari komputer lain).",
)
@click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=DEFAULT_PORT,
    show_default=True,
    metavar="PORT",
    help="Nomor port.",
)
@click.option(
    "--buat-admin",
    "create_admin",
    default=None,
    metavar="NAMA_AKUN",
    help="Buat (atau ganti kata sandi) akun koordinator NAMA_AKUN dahulu; kata sandi ditanyakan.",
)
@click.option(
    "--kata-sandi-stdin",
    "password_stdin",
    is_flag=True,
    help="Dengan --buat-admin: baca kata sandi dari satu baris stdin.",
)
@click.option(
    "--buka/--jangan-buka",
    "open_browser",
    default=True,
    help="Buka peramban di alamat server (bawaan: dibuka).",
)
@click.option(
    "--threads",
    type=click.IntRange(1, 64),
    default=8,
    show_default=True,
    metavar="N",
    help="Jumlah permintaan yang dilayani bersamaan.",
)
@workspace_options
def serve_command(
    host: str,
    port: int,
    create_admin: str | None,
    password_stdin: bool,
    open_browser: bool,
    threads: int,
    workspace: Path | None,
    db: str | None,
) -> None:
    """Menjalankan kotak masuk verifikasi SOP di peramban: SKPD mengunggah formulir dan
    langsung melihat temuannya; koordinator mengimpor, melihat dasbor dan mengunduh
    ekspor. Berhenti dengan Ctrl+C."""
    import logging

    import waitress

    from sopxl.web.accounts import create_coordinator
    from sopxl.web.app import create_app, warm_up
    from sopxl.web.store import open_web_store

    found = find_workspace_of(workspace, db)
    if create_admin:
        store = open_web_store(found.db_url)
        try:
            password = _read_password(password_stdin, "Kata sandi koordinator")
            account = create_coordinator(store, create_admin, password)
        finally:
            store.close()
        echo(f"Akun koordinator '{account.username}' siap.")
    app = create_app(found)
    warm_up(app)
    # Waitress warns "Task queue depth is N" whenever requests wait for a free thread:
    # twenty SKPDs uploading at once do, each for a few milliseconds. Nothing to act on,
    # so not printed into the koordinator's console; real errors still are.
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}/"
    echo(f"sopxl serve: ruang kerja {found.root}, buka {url} (berhenti: Ctrl+C).")
    if open_browser:
        import threading
        import webbrowser

        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    try:
        waitress.serve(app, host=host, port=port, threads=threads, ident="sopxl", _quiet=True)
    except OSError as error:
        from sopxl.errors import OperationalError, reason

        raise OperationalError(
            f"Server tidak dapat dijalankan di {host}:{port}: {reason(error)}"
        ) from error


@click.group("akun", cls=SopxlGroup, context_settings=CONTEXT)
def accounts_group() -> None:
    """Akun kotak masuk web (sopxl serve): koordinator dan SKPD."""


@accounts_group.command("koordinator", context_settings=CONTEXT)
@click.argument("username", metavar="NAMA_AKUN")
@click.option(
    "--kata-sandi-stdin",
    "password_stdin",
    is_flag=True,
    help="Baca kata sandi dari satu baris stdin (untuk skrip).",
)
@workspace_options
def account_coordinator(
    username: str, password_stdin: bool, workspace: Path | None, db: str | None
) -> None:
    """Membuat akun koordinator (atau mengganti kata sandinya)."""
    from sopxl.web.accounts import create_coordinator
    from sopxl.web.store import open_web_store

    store = open_web_store(find_workspace_of(workspace, db).db_url)
    try:
        password = _read_password(password_stdin, "Kata sandi")
        account = create_coordinator(store, username, password)
    finally:
        store.close()
    echo(f"Akun koordinator '{account.username}' siap.")


@accounts_group.command("skpd", context_settings=CONTEXT)
@click.option(
    "--agency",
    "agency",
    default=None,
    metavar="KODE",
    help="Hanya SKPD ini (bawaan: setiap SKPD aktif di master organisasi).",
)
@click.option(
    "--ganti-sandi",
    "reset",
    is_flag=True,
    help="Beri kata sandi baru juga kepada akun SKPD yang sudah ada.",
)
@workspace_options
def account_agencies(
    agency: str | None, reset: bool, workspace: Path | None, db: str | None
) -> None:
    """Membuat akun untuk SKPD dari master organisasi di register. Kata sandi dicetak
    sekali ini saja: sampaikan kepada setiap SKPD."""
    from sopxl.web.accounts import create_agency_accounts
    from sopxl.web.store import open_web_store

    found = find_workspace_of(workspace, db)
    store = open_web_store(found.db_url)
    try:
        created = create_agency_accounts(store, found, agency, reset)
    finally:
        store.close()
    for item in created:
        echo(f"{item.username}\t{item.password}\t{item.agency_code}\t{item.display_name}")
    echo(f"{len(created)} akun SKPD dibuat atau diberi kata sandi baru.", err=True)


@accounts_group.command("daftar", context_settings=CONTEXT)
@workspace_options
def account_list(workspace: Path | None, db: str | None) -> None:
    """Mencetak semua akun."""
    from sopxl.web.store import open_web_store

    store = open_web_store(find_workspace_of(workspace, db).db_url)
    try:
        for account in store.accounts():
            state = "" if account.active else " (nonaktif)"
            echo(f"{account.username}\t{account.role}\t{account.agency_code or '-'}{state}")
    finally:
        store.close()


def _set_active(username: str, active: bool, workspace: Path | None, db: str | None) -> None:
    from sopxl.web.accounts import set_active
    from sopxl.web.store import open_web_store

    store = open_web_store(find_workspace_of(workspace, db).db_url)
    try:
        account = set_active(store, username, active)
    finally:
        store.close()
    echo(f"Akun '{account.username}' {'aktif' if active else 'nonaktif'}.")


@accounts_group.command("nonaktif", context_settings=CONTEXT)
@click.argument("username", metavar="NAMA_AKUN")
@workspace_options
def account_deactivate(username: str, workspace: Path | None, db: str | None) -> None:
    """Menonaktifkan akun NAMA_AKUN: tidak dapat masuk lagi, sesi yang terbuka berakhir.
    Kiriman dan riwayatnya tetap disimpan."""
    _set_active(username, False, workspace, db)


@accounts_group.command("aktif", context_settings=CONTEXT)
@click.argument("username", metavar="NAMA_AKUN")
@workspace_options
def account_activate(username: str, workspace: Path | None, db: str | None) -> None:
    """Mengaktifkan kembali akun NAMA_AKUN yang dinonaktifkan."""
    _set_active(username, True, workspace, db)


def attach(cli: click.Group, template: click.Group) -> None:
    """Add ``sopxl serve`` and ``sopxl akun`` to the CLI."""
    del template
    cli.add_command(serve_command)
    cli.add_command(accounts_group)
    cli.add_command(demo_command)


@click.command("demo", cls=SopxlCommand)
@click.argument(
    "folder",
    required=False,
    default="out/demo",
    metavar="[FOLDER]",
    type=click.Path(file_okay=False, path_type=Path),
)
@click.option(
    "--contoh",
    "samples",
    default=None,
    metavar="FOLDER",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    help="Folder contoh lengkap seperti samples/ repositori (bawaan: samples/ bila ada, "
    "selain itu semua contoh dibuat dahulu).",
)
def demo_command(folder: Path, samples: Path | None) -> None:
    """Menjalankan tur sopxl (sama dengan 'make demo'): templat, pemeriksaan, dokumen SOP,
    ruang kerja, Nomor SOP, formulir Pasal 12-21 dan ekspor, ke FOLDER (bawaan out/demo;
    isinya dihapus dahulu)."""
    # The demo data is a package of its own (sopxl_demo), shipped in the same wheel but
    # never imported by the library: only here, and only when asked for.
    try:
        from sopxl_demo.tour import find_samples, run_demo
    except ModuleNotFoundError as error:
        if error.name is None or error.name.split(".")[0] != "sopxl_demo":
            raise
        raise UsageError(
            "Paket contoh 'sopxl_demo' tidak terpasang, jadi demo tidak dapat dijalankan. "
            "Pasang sopxl dari paket lengkapnya (misalnya 'pip install sopxl') atau jalankan "
            "dari folder repositori sopxl."
        ) from error

    # The whole CLI is this command's root group: reached through click, not by
    # importing sopxl.cli (which imports this module).
    root = click.get_current_context().find_root().command

    def run(args: tuple[str, ...]) -> int:
        echo(f"$ sopxl {' '.join(args)}")
        try:
            root.main(list(args), prog_name="sopxl", standalone_mode=False)
        except click.exceptions.Exit as done:
            return int(done.exit_code)
        except click.ClickException as error:
            error.show()
            return error.exit_code
        return 0

    code = run_demo(folder, samples or find_samples(), run, echo)
    click.get_current_context().exit(code)
