"""The workspace: a folder with ``sopxl.toml``, the organisation master and the register.

``sopxl init`` creates one; every other command finds it from ``--workspace``, then the
``SOPXL_WORKSPACE`` variable, then the current folder and its parents. The register's
database URL comes from ``--db``, then ``SOPXL_DB``, then ``sopxl.toml``; a relative SQLite
path there is relative to the workspace folder, so the folder can be moved or copied.

This module imports neither SQLAlchemy nor any workbook library: finding a workspace
must stay cheap.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sopxl.errors import InputError, UsageError, reason
from sopxl.model.codes import DEFAULT_PATTERN, CodePattern

if TYPE_CHECKING:
    from sopxl.checking.config import CheckConfig
    from sopxl.register.titles import Matcher

CONFIG_NAME = "sopxl.toml"
ENV_WORKSPACE = "SOPXL_WORKSPACE"
ENV_DB = "SOPXL_DB"
ORG_MASTER_NAME = "organisasi.xlsx"
DEFAULT_DB_URL = "sqlite:///register.sqlite"
OUTPUT_DIR = "hasil"
DEFAULT_REGENCY = "Kabupaten Kutai Kartanegara"
DEFAULT_DUPLICATE_THRESHOLD = 80


@dataclass(frozen=True)
class Workspace:
    """A loaded workspace. ``db_url`` is resolved (overrides applied, SQLite path made
    absolute); ``config_db_url`` is what ``sopxl.toml`` says."""

    root: Path
    regency: str
    code_pattern: CodePattern
    db_url: str
    config_db_url: str = DEFAULT_DB_URL
    duplicate_threshold: int = DEFAULT_DUPLICATE_THRESHOLD
    duplicate_terms: Mapping[str, object] = field(default_factory=dict, hash=False)

    @property
    def config_path(self) -> Path:
        return self.root / CONFIG_NAME

    @property
    def org_master_path(self) -> Path:
        return self.root / ORG_MASTER_NAME

    @property
    def output_dir(self) -> Path:
        """Where sopxl writes what goes back to the SKPDs (coded inventories)."""
        return self.root / OUTPUT_DIR

    def title_matcher(self) -> Matcher:
        """The duplicate-title matcher with this workspace's extra terms (``istilah.toml``
        in the folder, ``[duplikat]`` in ``sopxl.toml``)."""
        from sopxl.register.titles import Matcher, load_lexicon, workspace_terms

        terms = workspace_terms(self.root, {"duplikat": dict(self.duplicate_terms)})
        return Matcher(load_lexicon(terms))

    def check_config(self) -> CheckConfig:
        """The SOP form check's settings for this workspace's code pattern."""
        from sopxl.checking.config import CheckConfig

        return CheckConfig(
            code_pattern=self.code_pattern.regex(), code_example=self.code_pattern.example
        )


def _toml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    escaped = "".join(c if c >= " " else f"\\u{ord(c):04x}" for c in escaped)
    return f'"{escaped}"'


def config_text(regency: str, pattern: str, db_url: str, threshold: int) -> str:
    """The text of a ``sopxl.toml`` (tomllib reads; nothing in the stdlib writes TOML)."""
    return (
        "# Ruang kerja sopxl (Perbup Kukar 57/2012). Berkas ini boleh disunting.\n\n"
        "[kabupaten]\n"
        f"nama = {_toml_string(regency)}\n\n"
        "[nomor_sop]\n"
        "# Kolom: {komponen} {unit} {bagian} (kode dari master organisasi), {nomor} (urut\n"
        '# dalam bagian) dan {tahun}. Contoh: "{komponen}.{unit}.{bagian}.{nomor:03d}"\n'
        '# menghasilkan 01.02.03.004; "SOP/{komponen}/{unit}/{bagian}/{nomor:03d}/{tahun}".\n'
        "# Nomor yang sudah diberikan tidak berubah bila pola diganti.\n"
        f"pola = {_toml_string(pattern)}\n\n"
        "[register]\n"
        "# URL basis data SQLAlchemy. sqlite:///register.sqlite = berkas di folder ini;\n"
        "# PostgreSQL: postgresql+psycopg://pengguna@server/sopxl\n"
        f"url = {_toml_string(db_url)}\n\n"
        "[duplikat]\n"
        "# Judul dengan skor kesamaan prosedur sekurang-kurangnya ambang ini (0-100) dilaporkan.\n"
        "# Akronim dan kata tambahan: lihat docs/register.md, misalnya\n"
        "#   [duplikat.akronim]\n"
        '#   simpeg = "sistem informasi manajemen kepegawaian"\n'
        f"ambang = {threshold}\n"
    )


def resolve_db_url(url: str, root: Path) -> str:
    """Make a relative SQLite path absolute against ``root``; other URLs are unchanged."""
    prefix = "sqlite:///"
    if url.startswith(prefix):
        rest = url[len(prefix) :]
        if (
            rest
            and rest != ":memory:"
            and not rest.startswith("/")
            and not Path(rest).is_absolute()
        ):
            return prefix + str((root / rest).resolve())
    return url


def load_workspace(root: Path, db_url: str | None = None) -> Workspace:
    """Read ``root/sopxl.toml``. ``db_url`` overrides the URL it names.

    Raises :class:`InputError` for a missing or malformed file, :class:`UsageError` for a
    bad code pattern.
    """
    root = root.resolve()
    path = root / CONFIG_NAME
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise InputError(f"{path} tidak ada: folder ini bukan ruang kerja sopxl.") from error
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise InputError(f"{path} tidak dapat dibaca: {reason(error)}") from error

    def get(section: str, key: str, default: object) -> object:
        table = data.get(section, {})
        return table.get(key, default) if isinstance(table, dict) else default

    regency = get("kabupaten", "nama", DEFAULT_REGENCY)
    pattern = get("nomor_sop", "pola", DEFAULT_PATTERN)
    url = get("register", "url", DEFAULT_DB_URL)
    threshold = get("duplikat", "ambang", DEFAULT_DUPLICATE_THRESHOLD)
    if not isinstance(regency, str) or not isinstance(pattern, str) or not isinstance(url, str):
        raise InputError(f"{path}: kabupaten.nama, nomor_sop.pola dan register.url harus teks.")
    if not isinstance(threshold, int) or isinstance(threshold, bool) or not 50 <= threshold <= 100:
        raise InputError(f"{path}: duplikat.ambang harus bilangan bulat 50 sampai 100.")
    return Workspace(
        root=root,
        regency=regency,
        code_pattern=CodePattern.parse(pattern),
        db_url=resolve_db_url(db_url or url, root),
        config_db_url=url,
        duplicate_threshold=threshold,
        duplicate_terms=_duplicate_terms(data.get("duplikat", {}), path),
    )


def _duplicate_terms(table: object, path: Path) -> dict[str, object]:
    """The ``[duplikat]`` table's term additions, checked now so a typo is reported when
    the workspace is opened rather than mid-import."""
    if not isinstance(table, dict):
        return {}
    terms = {key: value for key, value in table.items() if key != "ambang"}
    if terms:
        from sopxl.register.titles import load_lexicon, workspace_terms

        load_lexicon(workspace_terms(path.parent, {"duplikat": terms}))
    return terms


def find_workspace(
    explicit: Path | None = None,
    db_url: str | None = None,
    start: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> Workspace:
    """The workspace named by ``explicit`` (``--workspace``), else by ``SOPXL_WORKSPACE``,
    else the first folder from ``start`` (the current folder) upwards holding
    ``sopxl.toml``. ``db_url`` (``--db``), else ``SOPXL_DB``, overrides the register URL.
    """
    env = os.environ if environ is None else environ
    db_url = db_url or env.get(ENV_DB) or None
    named = explicit or (Path(env[ENV_WORKSPACE]) if env.get(ENV_WORKSPACE) else None)
    if named is not None:
        if not (named / CONFIG_NAME).is_file():
            raise InputError(
                f"{named} bukan ruang kerja sopxl ({CONFIG_NAME} tidak ada). Buat dengan "
                f"'sopxl init {named}'."
            )
        return load_workspace(named, db_url)
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_NAME).is_file():
            return load_workspace(folder, db_url)
    raise InputError(
        "Ruang kerja sopxl tidak ditemukan di folder ini maupun folder induknya. Buat "
        "dengan 'sopxl init FOLDER', atau sebut dengan --workspace FOLDER atau variabel "
        f"{ENV_WORKSPACE}."
    )


def init_workspace(
    directory: Path,
    *,
    regency: str = DEFAULT_REGENCY,
    code_pattern: str = DEFAULT_PATTERN,
    db_url: str | None = None,
    sample: bool = True,
) -> Workspace:
    """Create a workspace in ``directory`` (created when missing): ``sopxl.toml``, the
    organisation master (the Kutai Kartanegara sample, or blank when ``sample`` is false)
    and an empty register with its schema.

    Refuses (:class:`UsageError`) a folder that already holds ``sopxl.toml``. An existing
    organisation master is left as it is.
    """
    from sopxl.errors import OperationalError

    pattern = CodePattern.parse(code_pattern)
    config = directory / CONFIG_NAME
    if config.exists():
        raise UsageError(f"{directory} sudah berisi ruang kerja sopxl ({CONFIG_NAME}).")
    url = db_url or DEFAULT_DB_URL
    try:
        directory.mkdir(parents=True, exist_ok=True)
        workspace = Workspace(
            root=directory.resolve(),
            regency=regency,
            code_pattern=pattern,
            db_url=resolve_db_url(url, directory.resolve()),
            config_db_url=url,
        )
        from sopxl.register.store import open_register

        open_register(workspace.db_url, create=True).close()
        if not workspace.org_master_path.exists():
            from sopxl.forms.org_form import write_org_master
            from sopxl.register.kukar import sample_master

            write_org_master(workspace.org_master_path, sample_master() if sample else None)
        from sopxl.xlsx.save import write_bytes

        text = config_text(regency, pattern.pattern, url, DEFAULT_DUPLICATE_THRESHOLD)
        write_bytes(config, text.encode("utf-8"))
    except OSError as error:
        raise OperationalError(
            f"Ruang kerja tidak dapat dibuat di {directory}: {reason(error)}"
        ) from error
    return workspace
