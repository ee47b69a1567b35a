"""Writes the sample folder: filled SOP forms, forms with one documented defect each, and
forms that vary the layout but must still read cleanly.

    python -m sopxl_demo.samples samples          # regenerate samples/ (what `make samples` runs)
    python -m sopxl_demo.samples samples --xls    # also remake the legacy .xls (needs LibreOffice)

Layout of the folder:

- ``<stem>.xlsx``: every example of :data:`sopxl_demo.examples.ALL_EXAMPLES`, clean;
- ``bermasalah/``: one defect per file; ``bermasalah/README.md`` lists, for each file, the
  defect, the finding codes the check must report, their kind and their cell;
- ``variasi/``: forms a person plausibly changed (dates typed as text, inserted rows, steps
  added below the printed rows, a renamed sheet) that must read cleanly, listed the same
  way in ``variasi/README.md``.

Some files are made by editing the written workbook with openpyxl. That is acceptable for
test material only (sopxl never saves a user's workbook); the result is made byte-stable
by fixing the modification date and the zip entry dates. Files that need LibreOffice
(:data:`STATIC_FILES`) are committed and not remade by :func:`write_samples`.
"""

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from sopxl.forms.sop_form import write_sop_form
from sopxl.model.sop import Symbol
from sopxl_demo.examples import ALL_EXAMPLES, surat_masuk
from sopxl_demo.samples.problems import (
    LEGACY_SAMPLE,
    PROBLEM_MAKERS,
    PROBLEMS_DIR,
    PROBLEMS_INTRO,
)
from sopxl_demo.samples.table import Expected, SampleFile, parse_table, table
from sopxl_demo.samples.variants import VARIANT_MAKERS, VARIANTS_DIR, VARIANTS_INTRO

__all__ = [
    "LEGACY_XLS",
    "PROBLEMS_DIR",
    "STATIC_FILES",
    "VARIANTS_DIR",
    "Expected",
    "SampleFile",
    "main",
    "parse_table",
    "write_legacy_xls",
    "write_samples",
]

LEGACY_XLS = f"{PROBLEMS_DIR}/format-lama.xls"
STATIC_FILES: tuple[str, ...] = (LEGACY_XLS,)
"""Committed fixtures (paths relative to the sample folder) that need LibreOffice to make;
:func:`write_samples` leaves them alone, :func:`write_legacy_xls` remakes them."""


def _samples_readme() -> str:
    lines = [
        "# Contoh formulir SOP",
        "",
        "Formulir SOP (Lampiran II Perbup Kutai Kartanegara 57/2012) yang telah diisi lengkap",
        "dan bersih dari galat, untuk demo, pelatihan dan tes. Nama SKPD dan dasar hukum nyata;",
        "nama pejabat dan NIP rekaan. Semua berkas dibuat ulang dengan",
        "`python -m sopxl_demo.samples samples`; jangan diedit dengan tangan.",
        "",
        "| Berkas | Nama SOP | SKPD | Langkah | Pelaksana | Keputusan |",
        "|---|---|---|---|---|---|",
    ]
    for stem, build in ALL_EXAMPLES.items():
        sop = build()
        decisions = sum(1 for step in sop.steps if step.symbol is Symbol.DECISION)
        lines.append(
            f"| {stem}.xlsx | {sop.identity.title} | {sop.identity.agency} | "
            f"{len(sop.steps)} | {len(sop.actors)} | {decisions} |"
        )
    lines += [
        "",
        f"- `{PROBLEMS_DIR}/`: formulir dengan satu cacat masing-masing dan temuan yang harus "
        f"dilaporkan (lihat `{PROBLEMS_DIR}/README.md`).",
        f"- `{VARIANTS_DIR}/`: formulir yang diubah tata letaknya tetapi harus tetap terbaca "
        f"(lihat `{VARIANTS_DIR}/README.md`).",
    ]
    return "\n".join(lines) + "\n"


def write_samples(folder: Path) -> list[Path]:
    """Write every sample into ``folder`` and return the paths written.

    Writes ``<stem>.xlsx`` for each example, the problem forms into ``bermasalah/``, the
    variations into ``variasi/``, and the three READMEs. Files listed in
    :data:`STATIC_FILES` are neither written nor removed. Output is byte-stable.
    """
    written: list[Path] = []
    folder.mkdir(parents=True, exist_ok=True)
    for stem, build in ALL_EXAMPLES.items():
        path = folder / f"{stem}.xlsx"
        write_sop_form(path, build())
        written.append(path)

    for subfolder, makers, intro, extra in (
        (PROBLEMS_DIR, PROBLEM_MAKERS, PROBLEMS_INTRO, (LEGACY_SAMPLE,)),
        (VARIANTS_DIR, VARIANT_MAKERS, VARIANTS_INTRO, ()),
    ):
        target = folder / subfolder
        target.mkdir(exist_ok=True)
        files = [make(target) for make in makers]
        written += [target / f.file for f in files]
        readme = target / "README.md"
        readme.write_text(table(intro, [*files, *extra]), encoding="utf-8")
        written.append(readme)

    readme = folder / "README.md"
    readme.write_text(_samples_readme(), encoding="utf-8")
    written.append(readme)
    return written


def write_legacy_xls(folder: Path) -> Path:
    """Remake ``bermasalah/format-lama.xls`` from the surat masuk form with LibreOffice.

    Raises :class:`RuntimeError` when LibreOffice (``soffice``) is missing or fails; the
    committed file then stays as it is.
    """
    soffice = shutil.which("soffice")
    if soffice is None:
        raise RuntimeError("soffice (LibreOffice) not found")
    target = folder / LEGACY_XLS
    with tempfile.TemporaryDirectory(prefix="sopxl-xls-") as temp:
        source = Path(temp) / "format-lama.xlsx"
        write_sop_form(source, surat_masuk())
        profile = Path(temp) / "profile"
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--convert-to",
                "xls",
                "--outdir",
                temp,
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        # LibreOffice exits 0 even when the conversion failed: check the result exists.
        result = Path(temp) / "format-lama.xls"
        if not result.exists():
            raise RuntimeError("LibreOffice did not write format-lama.xls")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(result, target)
    return target


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m sopxl_demo.samples FOLDER [--xls]``."""
    args = list(sys.argv[1:] if argv is None else argv)
    remake_xls = "--xls" in args
    args = [arg for arg in args if arg != "--xls"]
    if len(args) != 1:
        print("Pemakaian: python -m sopxl_demo.samples FOLDER [--xls]", file=sys.stderr)
        return 2
    folder = Path(args[0])
    written = write_samples(folder)
    if remake_xls:
        written.append(write_legacy_xls(folder))
    print(f"{len(written)} berkas contoh ditulis ke {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
