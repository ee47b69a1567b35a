"""SOP forms imported against the register: the Nomor SOP must agree (Pasal 9 ayat (1))."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sopxl.forms.sop_form import write_sop_form
from sopxl.kinds.importer import ImportReport, import_paths
from sopxl.register.workspace import Workspace
from sopxl_demo.examples import surat_masuk
from tests.register_fixtures import KEUANGAN, UMUM, entry, import_entries, make_workspace

TITLE = "Penerimaan dan Pencatatan Surat Masuk"


def _registered(tmp_path: Path) -> Workspace:
    ws = make_workspace(tmp_path / "ws")
    report = import_entries(
        ws,
        "12",
        [
            entry(UMUM, "Pengarsipan Dokumen Dinas"),
            entry(UMUM, TITLE),  # 12.01.02.002
            entry(KEUANGAN, "Penerimaan Surat Pertanggungjawaban Bendahara"),
        ],
    )
    assert report.committed
    return ws


def _form(tmp_path: Path, **identity: object) -> Path:
    sop = surat_masuk()
    sop = replace(sop, identity=replace(sop.identity, **identity))  # type: ignore[arg-type]
    path = tmp_path / "formulir.xlsx"
    write_sop_form(path, sop)
    return path


def _findings(report: ImportReport) -> list[tuple[str, str | None, str]]:
    return [(f.code, f.cell, f.message) for f in report.files[0].findings]


def test_a_form_with_the_registered_number_and_no_bagian_is_imported(tmp_path: Path) -> None:
    ws = _registered(tmp_path)
    report = import_paths(ws, [_form(tmp_path, code="12.01.02.002", section="")])
    assert [(f.kind, f.outcome) for f in report.files] == [("sop", "baru")]
    assert _findings(report) == []


def test_a_form_with_another_number_is_refused_at_its_nomor_sop_cell(tmp_path: Path) -> None:
    ws = _registered(tmp_path)
    report = import_paths(ws, [_form(tmp_path, code="20.01.01.001")])
    assert report.files[0].outcome == "ditolak"
    [(code, cell, message)] = _findings(report)
    assert (code, cell) == ("SOP_CODE_DIFFERS", "F3")
    assert "'20.01.01.001'" in message and "'12.01.02.002'" in message


def test_an_unregistered_title_names_its_cell_and_the_closest_titles(tmp_path: Path) -> None:
    ws = _registered(tmp_path)
    report = import_paths(
        ws, [_form(tmp_path, code="12.01.02.009", title="Penerimaan Surat Masuk Rahasia Negara")]
    )
    assert report.files[0].outcome == "ditolak"
    [(code, cell, message)] = _findings(report)
    assert (code, cell) == ("SOP_UNREGISTERED", "F3")
    assert f"Maksud Anda: '{TITLE}' (12.01.02.002)" in message
    assert "Pengarsipan" not in message  # not alike enough to propose


def test_an_skpd_the_register_does_not_know_is_named(tmp_path: Path) -> None:
    ws = _registered(tmp_path)
    report = import_paths(ws, [_form(tmp_path, agency="Dinas Entah Apa", code="12.09.09.009")])
    [(code, cell, message)] = _findings(report)
    assert (code, cell) == ("SOP_UNREGISTERED", "F3")
    assert "SKPD 'Dinas Entah Apa' pada formulir tidak dikenal register" in message
