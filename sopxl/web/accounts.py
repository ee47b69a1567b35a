"""Accounts of the web inbox: the koordinator, and one account per SKPD of the register.

Passwords are hashed with argon2 (argon2-cffi's recommended parameters); a generated
password is shown once, to the person who created the account, and never stored.
"""

from __future__ import annotations

import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from sopxl.errors import InputError, UsageError
from sopxl.register.workspace import Workspace
from sopxl.web.store import ROLE_AGENCY, ROLE_COORDINATOR, Account, WebStore
from sopxl.xlsx.names import slug

_HASHER = PasswordHasher()
MIN_PASSWORD = 10
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,79}$")
# A hash to verify against when the username is unknown, so that both take as long.
_DUMMY_HASH = _HASHER.hash("sopxl-tidak-ada-akun")


@dataclass(frozen=True)
class NewAccount:
    """An account just created, with its password in clear (shown once)."""

    username: str
    password: str
    agency_code: str | None
    display_name: str


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def generate_password() -> str:
    """A password of 16 URL-safe characters (about 96 bits)."""
    return secrets.token_urlsafe(12)


def check_username(username: str) -> str:
    name = username.strip().lower()
    if not _USERNAME.match(name):
        raise UsageError(
            f"Nama akun '{username}' tidak sah: pakai 2-80 huruf kecil, angka, titik, "
            "garis bawah atau tanda hubung."
        )
    return name


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise UsageError(f"Kata sandi terlalu pendek: paling sedikit {MIN_PASSWORD} karakter.")


def authenticate(store: WebStore, username: str, password: str) -> Account | None:
    """The active account ``username`` when ``password`` is its password, else ``None``."""
    found = store.account_row(username.strip().lower())
    stored = found[1] if found else _DUMMY_HASH
    try:
        _HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    if found is None or not found[0].active:
        return None
    account = found[0]
    if _HASHER.check_needs_rehash(stored):
        store.set_password(account.id, hash_password(password))
    return account


def set_active(store: WebStore, username: str, active: bool) -> Account:
    """Deactivate (or reactivate) the account ``username``: an inactive account cannot sign
    in, and its open sessions end at their next request. Nothing it sent is removed."""
    name = username.strip().lower()
    found = store.account_row(name)
    if found is None:
        raise UsageError(f"Akun '{username}' tidak ada (daftarnya: 'sopxl akun daftar').")
    store.set_active(found[0].id, active)
    store.log(None, "akun", f"akun {name} {'diaktifkan' if active else 'dinonaktifkan'}")
    account = store.account(found[0].id)
    assert account is not None
    return account


MAX_FAILURES = 5
LOCKOUT_SECONDS = 5 * 60


@dataclass
class LoginThrottle:
    """Refuses sign-in for an account name for :data:`LOCKOUT_SECONDS` after
    :data:`MAX_FAILURES` wrong passwords in a row (kept in memory: a restart forgets)."""

    clock: Callable[[], float] = time.monotonic
    _failures: dict[str, list[float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def wait_seconds(self, username: str) -> int:
        """Seconds before ``username`` may try again; 0 when it may now."""
        name = username.strip().lower()
        with self._lock:
            times = self._failures.get(name, [])
            if len(times) < MAX_FAILURES:
                return 0
            left = times[-1] + LOCKOUT_SECONDS - self.clock()
            if left <= 0:
                del self._failures[name]
                return 0
            return -int(-left // 1)  # whole seconds, rounded up

    def failed(self, username: str) -> None:
        name = username.strip().lower()
        with self._lock:
            times = self._failures.setdefault(name, [])
            times.append(self.clock())
            del times[:-MAX_FAILURES]
            if len(self._failures) > 10_000:  # a flood of invented names: forget the oldest
                self._failures.pop(next(iter(self._failures)))

    def succeeded(self, username: str) -> None:
        with self._lock:
            self._failures.pop(username.strip().lower(), None)


def create_coordinator(store: WebStore, username: str, password: str) -> Account:
    """Create a koordinator account, or set the password of the one called ``username``."""
    name = check_username(username)
    check_password(password)
    found = store.account_row(name)
    if found is not None:
        if not found[0].is_coordinator:
            raise UsageError(f"Akun '{name}' sudah ada dan bukan akun koordinator.")
        store.set_password(found[0].id, hash_password(password))
        store.log(found[0].id, "kata-sandi", f"kata sandi koordinator {name} diganti")
        return found[0]
    account_id = store.add_account(name, hash_password(password), ROLE_COORDINATOR, None)
    store.log(account_id, "akun", f"akun koordinator {name} dibuat")
    account = store.account(account_id)
    assert account is not None
    return account


def agency_username(code: str, short_name: str | None) -> str:
    """``skpd-<kode>`` plus the short name when there is one: ``skpd-12-disdukcapil``."""
    name = slug(short_name or "")
    base = f"skpd-{code.lower()}".replace(".", "-")
    return f"{base}-{name}"[:80].rstrip("-") if name else base


def create_agency_accounts(
    store: WebStore, workspace: Workspace, agency: str | None = None, reset: bool = False
) -> list[NewAccount]:
    """Create an account for SKPD ``agency`` (or every active SKPD of the register's
    organisation master). An SKPD that already has an account is skipped unless ``reset``,
    which gives it a new password."""
    from sopxl.api import opened_register

    with opened_register(workspace) as register:
        frame = register.agencies_frame()
    frame = frame[frame["active"]]
    if agency is not None:
        frame = frame[frame["code"] == agency]
        if frame.empty:
            raise InputError(f"SKPD dengan kode {agency} tidak ada (atau tidak aktif) di register.")
    if frame.empty:
        raise InputError(
            "Register belum berisi SKPD: impor dahulu master organisasi (sopxl import "
            "organisasi.xlsx)."
        )
    created: list[NewAccount] = []
    for record in frame.to_dict("records"):
        code = str(record["code"])
        name = agency_username(code, record.get("short_name"))
        password = generate_password()
        found = store.account_row(name)
        if found is not None:
            if not reset:
                continue
            store.set_password(found[0].id, hash_password(password))
            store.log(None, "kata-sandi", f"kata sandi akun {name} diganti")
        else:
            store.add_account(name, hash_password(password), ROLE_AGENCY, code, str(record["name"]))
            store.log(None, "akun", f"akun SKPD {name} ({code}) dibuat")
        created.append(NewAccount(name, password, code, str(record["name"])))
    return created
