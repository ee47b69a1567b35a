"""``sopxl demo``: the tour of ``make demo`` without make or a POSIX shell.

Each step is a list of ``sopxl`` arguments run in this process through the CLI itself, so
the demo shows exactly what the commands do. The samples are the repository's
``samples/`` folder when there is one; from an installed wheel (no ``samples/``) every
sample is generated first, as ``make samples`` does: the SOP forms
(:mod:`sopxl_demo.samples`), the organisation master and inventories
(:mod:`sopxl_demo.inventory`) and the filled Pasal 12-21 forms (:mod:`sopxl_demo.lifecycle`,
whose Nomor SOP come from a scratch workspace that imported those inventories).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# Exit codes a step may end with: check and import report findings (1) and unreadable
# sample files (3) on purpose; a usage error (2) or an internal failure (4+) stops the demo.
ALLOWED = (0, 1, 3)
MARKER = ".sopxl-demo"
"""Marks a folder written by the demo: only such a folder is emptied by the next demo."""


@dataclass(frozen=True)
class Step:
    title: str
    commands: tuple[tuple[str, ...], ...]


def find_samples(start: Path | None = None) -> Path | None:
    """The repository's ``samples/`` (beside the package, or in the current folder)."""
    for base in (Path(__file__).resolve().parent.parent, start or Path.cwd()):
        folder = base / "samples"
        if (folder / "inventaris").is_dir() and (folder / "sop-ktp-el.xlsx").is_file():
            return folder
    return None


def demo_steps(out: Path, samples: Path) -> list[Step]:
    ws = str(out / "ruang-kerja")
    o = str(out)
    forms = sorted(str(p) for p in samples.glob("sop-*.xlsx"))
    steps = [
        Step(
            "1. Templat formulir SOP (Lampiran II), kosong dan berisi isian awal",
            (
                ("template", "sop", "-o", str(out / "formulir-sop-kosong.xlsx")),
                (
                    "template",
                    "sop",
                    "-o",
                    str(out / "formulir-sop-isian-awal.xlsx"),
                    "--skpd",
                    "Dinas Kependudukan dan Pencatatan Sipil",
                    "--unit-kerja",
                    "Sekretariat",
                    "--bagian",
                    "Sub Bagian Umum dan Kepegawaian",
                    "--nomor-sop",
                    "12.01.02.001",
                    "--nama-sop",
                    "Penerimaan dan Pencatatan Surat Masuk",
                    "--pelaksana",
                    "Kepala Dinas",
                    "--pelaksana",
                    "Sekretaris",
                    "--pelaksana",
                    "Kepala Sub Bagian Umum",
                    "--pelaksana",
                    "Pengadministrasi Umum",
                ),
            ),
        ),
        Step(
            "2. Pemeriksaan formulir contoh (termasuk yang bermasalah)",
            (
                (
                    "check",
                    *forms,
                    str(samples / "variasi"),
                    str(samples / "bermasalah"),
                    "--report",
                    str(out / "laporan-pemeriksaan.xlsx"),
                    "--return-dir",
                    str(out / "dikembalikan"),
                ),
            ),
        ),
        Step(
            "3. Dokumen SOP resmi dengan diagram alir (PDF, XLSX, SVG)",
            (
                ("render", *forms, "-o", str(out / "dokumen")),
                ("render", *forms, "-o", str(out / "uraian-prosedur"), "--format", "xlsx"),
                (
                    "render",
                    str(samples / "sop-ktp-el.xlsx"),
                    "-o",
                    str(out / "diagram-ktp-el.svg"),
                    "--langkah-per-halaman",
                    "7",
                ),
            ),
        ),
        Step(
            "4. Ruang kerja, master organisasi, inventaris dan Nomor SOP",
            (
                ("init", ws),
                ("import", "--workspace", ws, str(Path(ws) / "organisasi.xlsx")),
                (
                    "template",
                    "inventory",
                    "--workspace",
                    ws,
                    "--agency",
                    "12",
                    "-o",
                    f"{o}/inventaris-12-kosong.xlsx",
                ),
            ),
        ),
    ]
    steps.append(
        Step(
            "4b. Inventaris contoh, Nomor SOP dan ekspor",
            (
                ("import", "--workspace", ws, str(samples / "inventaris")),
                ("import", "--workspace", ws, str(samples / "sop-surat-masuk.xlsx")),
                ("export", "inventory", "--workspace", ws, "-o", f"{o}/inventaris-kabupaten.xlsx"),
                (
                    "export",
                    "decree",
                    "--workspace",
                    ws,
                    "--agency",
                    "12",
                    "-o",
                    f"{o}/nama-kode-sop-disdukcapil.xlsx",
                ),
                (
                    "template",
                    "sop",
                    "--workspace",
                    ws,
                    "--agency",
                    "12",
                    "-o",
                    f"{o}/formulir-disdukcapil",
                ),
            ),
        )
    )
    steps.append(
        Step(
            "5. Setelah penulisan: Status SOP, monitoring, evaluasi, pengawasan (Pasal 12-21)",
            (
                (
                    "template",
                    "status",
                    "--workspace",
                    ws,
                    "--agency",
                    "12",
                    "--period",
                    "2025",
                    "-o",
                    f"{o}/status-sop-12-2025.xlsx",
                ),
                (
                    "template",
                    "supervision",
                    "--workspace",
                    ws,
                    "--all",
                    "--period",
                    "2026Q1",
                    "-o",
                    f"{o}/pengawasan-2026q1",
                ),
                ("import", "--workspace", ws, str(samples / "lifecycle")),
                (
                    "export",
                    "review-due",
                    "--workspace",
                    ws,
                    "--as-of",
                    "2026-03-31",
                    "--within",
                    "90",
                    "-o",
                    f"{o}/kaji-ulang.xlsx",
                ),
                (
                    "export",
                    "supervision",
                    "--workspace",
                    ws,
                    "--year",
                    "2025",
                    "-o",
                    f"{o}/pengawasan-2025.xlsx",
                ),
                (
                    "export",
                    "evaluation",
                    "--workspace",
                    ws,
                    "--year",
                    "2025",
                    "-o",
                    f"{o}/evaluasi-2025.xlsx",
                ),
                (
                    "template",
                    "revision",
                    "--workspace",
                    ws,
                    "--year",
                    "2025",
                    "--tanggal-revisi",
                    "2026-01-15",
                    "-o",
                    f"{o}/formulir-revisi",
                ),
                (
                    "export",
                    "report",
                    "--workspace",
                    ws,
                    "--year",
                    "2025",
                    "-o",
                    f"{o}/laporan-bupati-2025.xlsx",
                ),
            ),
        )
    )
    return steps


class SampleError(Exception):
    """A command preparing the generated samples ended with a disallowed exit code."""

    def __init__(self, args: tuple[str, ...], code: int) -> None:
        super().__init__(f"sopxl {' '.join(args[:2])}")
        self.args_run = args
        self.code = code


def generate_samples(folder: Path, run: Callable[[tuple[str, ...]], int]) -> Path:
    """Write every sample into ``folder`` (what ``make samples`` writes into ``samples/``)
    and return it. The lifecycle forms carry the Nomor SOP the register gives the sample
    inventories, so a scratch workspace under ``folder`` imports them first (through the
    CLI, ``run``) and is removed afterwards."""
    import shutil

    from sopxl.api import find_workspace
    from sopxl_demo.inventory import INVENTORY_DIR, ORG_FILE, write_register_samples
    from sopxl_demo.lifecycle import write_lifecycle_samples
    from sopxl_demo.samples import write_samples

    write_samples(folder)
    write_register_samples(folder)
    scratch = folder / "ruang-sementara"
    try:
        for args in (
            ("init", str(scratch)),
            (
                "import",
                "--workspace",
                str(scratch),
                str(folder / ORG_FILE.parent),
                str(folder / INVENTORY_DIR),
            ),
        ):
            code = run(args)
            if code not in ALLOWED:
                raise SampleError(args, code)
        write_lifecycle_samples(find_workspace(scratch), folder / "lifecycle")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return folder


def run_demo(
    out: Path,
    samples: Path | None,
    run: Callable[[tuple[str, ...]], int],
    say: Callable[[str], None],
) -> int:
    """Run every step with ``run`` (the CLI); return 0, or the first disallowed exit code."""
    import shutil

    from sopxl.errors import UsageError

    if out.exists() and any(out.iterdir()):
        if not (out / MARKER).is_file():
            raise UsageError(f"{out} berisi berkas lain: sebut folder kosong atau folder demo.")
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    (out / MARKER).write_text("Folder ini dibuat oleh 'sopxl demo'.\n", encoding="utf-8")
    if samples is None:
        say("== 0. Membuat contoh formulir (sopxl dipasang dari paket, tanpa folder samples/)")
        try:
            samples = generate_samples(out / "contoh", run)
        except SampleError as error:
            say(f"Galat: langkah '{error}' berhenti dengan kode {error.code}.")
            return error.code
    for step in demo_steps(out, samples):
        say(f"== {step.title}")
        for args in step.commands:
            code = run(args)
            if code not in ALLOWED:
                say(f"Galat: langkah 'sopxl {' '.join(args[:2])}' berhenti dengan kode {code}.")
                return code
    say("")
    say(f"Hasil demo ada di folder {out}:")
    for path in sorted(p for p in out.iterdir() if p.name != MARKER):
        say(f"  {path.name}")
    return 0
