"""Every kind of output, made after hostile text went in (control characters, RTL, emoji,
astral characters, formula-looking text, a text over the cell limit), opens in openpyxl
and in LibreOffice (all workbooks converted in one LibreOffice start), passes the Office
schema checks Excel applies (openxml-audit), and the PDFs are whole."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from sopxl.cli import cli
from sopxl.forms.sop_form import write_sop_form
from sopxl.kinds.importer import import_paths
from sopxl.text import MAX_CELL_CHARS
from sopxl_demo.examples import surat_masuk
from tests.hostile import replace_text
from tests.office import convert_all
from tests.openxml import schema_errors
from tests.register_fixtures import UMUM, entry, make_workspace, write_inventory

HOSTILE = '=HYPERLINK("http://x";"klik") \x1b[31m\u202eعربى\u202c 😀 𝕏 \x85\x07'


def invoke(*args: str) -> None:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code in (0, 1), result.output
    assert "\x1b" not in result.output and "\x07" not in result.output


def test_every_output_opens_in_openpyxl_and_libreoffice(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path / "ws")
    ws = ["--workspace", str(workspace.root)]
    plain = write_inventory(
        tmp_path / "inv.xlsx", "12", [entry(UMUM, "Judul A"), entry(UMUM, "Judul B")]
    )
    sent = replace_text(
        plain, tmp_path / "kiriman.xlsx", {"Judul A": HOSTILE + " A", "Judul B": "=1+1 B"}
    )
    imported = import_paths(workspace, [sent])
    assert imported.committed and not imported.refused, imported.files[0].findings

    identity = surat_masuk().identity.title
    form = tmp_path / "formulir-asli.xlsx"
    write_sop_form(form, surat_masuk())
    hostile_form = replace_text(form, tmp_path / "formulir.xlsx", {identity: HOSTILE})
    huge_form = replace_text(
        form, tmp_path / "panjang.xlsx", {identity: "p" * (MAX_CELL_CHARS + 1)}
    )

    out = tmp_path / "keluar"
    out.mkdir()
    invoke("template", "sop", "-o", str(out / "templat.xlsx"), "--nama-sop", HOSTILE)
    invoke("template", "sop", "--agency", "12", *ws, "-o", str(out / "formulir-12"))
    invoke("template", "inventory", "--agency", "12", *ws, "-o", str(out / "inventaris.xlsx"))
    invoke(
        "template",
        "status",
        "--agency",
        "12",
        "--period",
        "2025",
        *ws,
        "-o",
        str(out / "status.xlsx"),
    )
    invoke("export", "inventory", *ws, "-o", str(out / "ekspor.xlsx"))
    invoke("export", "decree", "--agency", "12", *ws, "-o", str(out / "keputusan.xlsx"))
    invoke(
        "check",
        str(hostile_form),
        str(huge_form),
        "--report",
        str(out / "temuan.xlsx"),
        "--return-dir",
        str(out / "kembali"),
    )
    invoke("render", str(hostile_form), "-o", str(out / "uraian.xlsx"))
    invoke("render", str(hostile_form), "-o", str(out / "dokumen.pdf"))
    invoke("render", str(hostile_form), "-o", str(out / "diagram.svg"))

    workbooks = sorted(out.rglob("*.xlsx"))
    assert len(workbooks) >= 10, workbooks
    for path in workbooks:
        openpyxl.load_workbook(path).close()
    assert [error for path in workbooks for error in schema_errors(path)] == []
    # Same stems in different folders would overwrite each other's PDF: give each a name.
    flat = tmp_path / "semua"
    flat.mkdir()
    copies = []
    for number, path in enumerate(workbooks):
        copy = flat / f"{number:02d}-{path.stem}.xlsx"
        shutil.copyfile(path, copy)
        copies.append(copy)
    pdfs = convert_all(copies, "pdf", tmp_path / "pdf")
    for pdf in [*pdfs, out / "dokumen.pdf"]:
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True)
        assert info.returncode == 0 and "Pages:" in info.stdout, (pdf, info.stderr)
    svg = (out / "diagram.svg").read_text(encoding="utf-8")
    assert "\x1b" not in svg and "\x85" not in svg
