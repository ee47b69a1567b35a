"""Every kind of workbook sopxl writes, printed through LibreOffice on realistic long
values, prints no text over other text.

A register of the 53 SKPDs of Kutai Kartanegara, every one with titles (one of them a
150-character Nama SOP) and lifecycle reports; a SOP form with a 150-character Nama SOP, a
300-character Dasar Hukum and a 60-character jabatan; its findings workbook and returned
copy. Each workbook is printed to PDF (several per LibreOffice run) and the word boxes
of every page are compared: no two words of different lines may overlap, and no cell
prints "###" (a date or number too wide for its column, as the filled lifecycle forms and
the exports' long Indonesian dates such as "30 September 2025" would).
"""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from sopxl.cli import cli
from sopxl.forms.inventory_form import write_inventory_form
from sopxl.forms.org_form import write_org_master
from sopxl.forms.sop_form import write_sop_form
from sopxl.kinds.importer import import_paths
from sopxl.lifecycle.exports import export_evaluation, export_review_due, export_supervision
from sopxl.lifecycle.report import STAGE_COLUMNS, export_report
from sopxl.model.sop import Sop
from sopxl.register.exports import export_decree, export_inventory
from sopxl.register.kukar import sample_master
from sopxl.register.store import open_register
from sopxl.register.workspace import Workspace, init_workspace
from sopxl_demo.examples import surat_masuk
from sopxl_demo.lifecycle import write_lifecycle_samples
from tests.office import convert_all, overprinted, pdf_text, word_boxes
from tests.register_fixtures import entry

LONG_TITLE = (
    "Penyusunan, Verifikasi, Penetapan dan Penyampaian Laporan Pertanggungjawaban "
    "Pengelolaan Keuangan Bantuan Operasional Pelayanan Administrasi Kependudukan Desa"
)[:150]
LONG_BASIS = (
    "Peraturan Menteri Dalam Negeri Republik Indonesia Nomor 108 Tahun 2019 tentang "
    "Peraturan Pelaksanaan Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan "
    "Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil, sebagaimana telah diubah dengan "
    "Peraturan Menteri Dalam Negeri Nomor 73 Tahun 2022 tentang Pencatatan Nama pada "
    "Dokumen Kependudukan"
)[:300]
LONG_POSITION = "Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Kukar"[:60]
YEAR = 2025
LIFECYCLE_FORMS = {"status", "monitoring", "evaluasi", "pengawasan"}


def test_long_values_are_as_long_as_the_issue_asks() -> None:
    assert (len(LONG_TITLE), len(LONG_BASIS), len(LONG_POSITION)) == (150, 300, 60)


def long_sop() -> Sop:
    sop = surat_masuk()
    identity = sop.identity
    return replace(
        sop,
        identity=replace(
            identity,
            title=LONG_TITLE,
            legal_basis=(LONG_BASIS, *identity.legal_basis[1:]),
            approval=replace(identity.approval, position=LONG_POSITION),
        ),
    )


@pytest.fixture(scope="module")
def regency(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    """The 53 SKPDs of the sample organisation, each with two titles (the first SKPD's
    first title 150 characters long) and a year of lifecycle reports."""
    root = tmp_path_factory.mktemp("cetak")
    workspace = init_workspace(root / "ruang", sample=True)
    write_org_master(workspace.org_master_path, sample_master())
    assert import_paths(workspace, [workspace.org_master_path]).committed
    register = open_register(workspace.db_url)
    try:
        codes = register.agency_codes()
        outlines = [register.agency_outline(code) for code in codes]
    finally:
        register.close()
    inventories = root / "inventaris"
    inventories.mkdir()
    for index, outline in enumerate(outlines):
        unit, sections = next((u, s) for u, s in outline.units if s)
        first = LONG_TITLE if index == 0 else f"Pelayanan Administrasi Umum {outline.name}"
        entries = [entry((unit, sections[0]), first), entry((unit, sections[0]), "Surat Masuk")]
        write_inventory_form(inventories / f"inv-{outline.code}.xlsx", outline, entries, rows=10)
    assert not import_paths(workspace, [inventories]).refused
    forms = root / "siklus"
    write_lifecycle_samples(workspace, forms, YEAR, codes)
    assert not import_paths(workspace, [forms]).refused
    return workspace


def _cli(*args: str) -> None:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code in (0, 1), result.output


def test_no_generated_workbook_prints_text_over_text(regency: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "keluaran"
    out.mkdir()
    ws = ["--workspace", str(regency.root)]
    register = open_register(regency.db_url)
    try:
        codes = register.agency_codes()
        assert len(codes) == 53
        export_inventory(register, out / "inventaris-kabupaten.xlsx", regency.regency)
        export_decree(register, out / "nama-kode-sop.xlsx", codes[0], regency.regency)
        export_review_due(register, out / "kaji-ulang.xlsx", date(YEAR + 1, 3, 31), 90)
        export_supervision(register, out / "pengawasan.xlsx", YEAR)
        export_evaluation(register, out / "evaluasi.xlsx", YEAR)
        export_report(register, out / "laporan-bupati.xlsx", YEAR)
    finally:
        register.close()
    write_org_master(out / "organisasi.xlsx", sample_master())
    form = out / "formulir-sop-panjang.xlsx"
    write_sop_form(form, long_sop())
    _cli(
        "check",
        str(form),
        "--report",
        str(out / "laporan-pemeriksaan.xlsx"),
        "--return-dir",
        str(out),
    )
    _cli("template", "inventory", *ws, "--agency", codes[0], "-o", str(out / "inv-kosong.xlsx"))
    _cli(
        "template",
        "status",
        *ws,
        "--agency",
        codes[0],
        "--period",
        str(YEAR),
        "-o",
        str(out / "status-sop.xlsx"),
    )
    _cli(
        "template",
        "supervision",
        *ws,
        "--agency",
        codes[0],
        "--period",
        f"{YEAR + 1}Q1",
        "-o",
        str(out / "pengawasan-tw.xlsx"),
    )
    _cli(
        "template",
        "monitoring",
        *ws,
        "--agency",
        codes[0],
        "--period",
        str(YEAR),
        "-o",
        str(out / "monitoring.xlsx"),
    )
    _cli(
        "template",
        "evaluation",
        *ws,
        "--agency",
        codes[0],
        "--period",
        str(YEAR),
        "-o",
        str(out / "evaluasi-form.xlsx"),
    )
    # The first SKPD's filled lifecycle forms: every date column holds dates.
    filled = sorted((regency.root.parent / "siklus").glob(f"*-sop-{codes[0]}-*.xlsx"))
    assert {p.name.split("-sop-")[0] for p in filled} >= LIFECYCLE_FORMS, filled
    for path in filled:
        shutil.copy(path, out / f"isi-{path.name}")
    workbooks = sorted(out.glob("*.xlsx"))
    assert len(workbooks) >= 14 + len(LIFECYCLE_FORMS), [p.name for p in workbooks]
    pdfs = convert_all(workbooks, "pdf", tmp_path / "pdf")
    found = {source.name: overprinted(pdf) for source, pdf in zip(workbooks, pdfs, strict=True)}
    assert not {name: pairs[:5] for name, pairs in found.items() if pairs}
    # Every date prints in full: a cell too narrow for its value prints "###".
    texts = {source.name: pdf_text(pdf) for source, pdf in zip(workbooks, pdfs, strict=True)}
    assert not [name for name, text in texts.items() if "###" in text]
    assert re.search(r"\b\d{1,2} (September|November|Desember) \d{4}\b", "\n".join(texts.values()))
    # No column heading breaks mid-word ("Disosialisasik/an"): every word of the report's
    # stage headings prints whole.
    report = pdfs[workbooks.index(out / "laporan-bupati.xlsx")]
    printed = {box[4] for page in word_boxes(report) for box in page}
    headings = {word for _, label in STAGE_COLUMNS for word in label.split()}
    assert headings <= printed, sorted(headings - printed)
