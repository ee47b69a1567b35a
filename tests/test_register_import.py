"""`sopxl import` of inventories: codes, stability, idempotence, dry run, refusal,
interruption, duplicates, coded copies, organisation history."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

import pytest

from sopxl.forms.org_form import write_org_master
from sopxl.kinds.importer import import_paths
from sopxl.model.inventory import InventoryEntry
from sopxl.reading.loading.files import load_workbook_data
from sopxl.register.readers import read_inventory
from sopxl.register.store import open_register
from tests.register_fixtures import (
    KELAHIRAN,
    KEUANGAN,
    SMALL,
    TU_SETDA,
    UMUM,
    codes_of,
    entry,
    import_entries,
    make_workspace,
    snapshot,
    write_inventory,
)

pytestmark = pytest.mark.usefixtures("database")

SURAT = [
    entry(UMUM, "Penerimaan dan Pencatatan Surat Masuk"),
    entry(UMUM, "Pengiriman Surat Keluar"),
    entry(KELAHIRAN, "Penerbitan Akta Kelahiran"),
    entry(UMUM, "Pengajuan Cuti Pegawai"),
]


def test_codes_follow_pattern_sequential_within_bagian(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "ws")
    report = import_entries(ws, "12", SURAT)
    assert codes_of(report) == {
        "Penerimaan dan Pencatatan Surat Masuk": "12.01.02.001",
        "Pengiriman Surat Keluar": "12.01.02.002",
        "Penerbitan Akta Kelahiran": "12.03.01.001",
        "Pengajuan Cuti Pegawai": "12.01.02.003",
    }
    assert report.exit_code == 0 and report.committed


def test_custom_pattern_with_year(tmp_path: Path) -> None:
    ws = make_workspace(
        tmp_path / "ws", pattern="SOP/{komponen}/{unit}/{bagian}/{nomor:03d}/{tahun}"
    )
    from datetime import datetime

    report = import_entries(ws, "12", SURAT[:1], now=datetime(2025, 3, 1))
    assert codes_of(report) == {"Penerimaan dan Pencatatan Surat Masuk": "SOP/12/01/02/001/2025"}


def test_same_input_gives_same_codes_in_another_register(tmp_path: Path) -> None:
    first = codes_of(import_entries(make_workspace(tmp_path / "a"), "12", SURAT))
    second = codes_of(import_entries(make_workspace(tmp_path / "b"), "12", SURAT))
    assert first == second


def test_importing_same_content_twice_changes_nothing(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "ws")
    import_entries(ws, "12", SURAT)
    before = snapshot(ws)
    again = import_entries(ws, "12", SURAT)
    assert not again.committed
    assert [f.outcome for f in again.files] == ["tetap"]
    assert snapshot(ws) == before


def test_dry_run_reports_codes_and_leaves_nothing(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "ws")
    before = snapshot(ws)
    report = import_entries(ws, "12", SURAT, dry_run=True)
    assert codes_of(report)["Pengiriman Surat Keluar"] == "12.01.02.002"
    assert report.dry_run and not report.committed
    assert snapshot(ws) == before
    assert not (ws.root / "salinan").exists()  # no coded copy from a dry run
    # The real import gives the codes the dry run announced.
    assert codes_of(import_entries(ws, "12", SURAT)) == codes_of(report)


def test_typo_fix_keeps_code_by_similarity_and_by_row_code(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "ws")
    codes = codes_of(import_entries(ws, "12", SURAT))
    fixed = [*SURAT]
    fixed[1] = entry(UMUM, "Pengirman Surat Keluar")  # retyped, no code in the row
    report = import_entries(ws, "12", fixed)
    assert [(c.title, c.code) for c in report.files[0].changed] == [
        ("Pengirman Surat Keluar", codes["Pengiriman Surat Keluar"])
    ]
    # A rename far beyond a typo is still the same title when the row carries its code.
    renamed = [*fixed]
    renamed[0] = entry(UMUM, "Pengelolaan Naskah Dinas Masuk", code="12.01.02.001")
    report = import_entries(ws, "12", renamed)
    assert [(c.title, c.code) for c in report.files[0].changed] == [
        ("Pengelolaan Naskah Dinas Masuk", "12.01.02.001")
    ]
    assert not report.files[0].new and not report.files[0].withdrawn


def test_withdrawn_number_is_never_given_again(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "ws")
    import_entries(ws, "12", SURAT)
    without_cuti = SURAT[:3]
    report = import_entries(ws, "12", without_cuti)
    assert [(c.title, c.code) for c in report.files[0].withdrawn] == [
        ("Pengajuan Cuti Pegawai", "12.01.02.003")
    ]
    report = import_entries(ws, "12", [*without_cuti, entry(UMUM, "Penyusunan Daftar Hadir")])
    assert codes_of(report) == {"Penyusunan Daftar Hadir": "12.01.02.004"}
    # Listing the withdrawn title again brings it back with its own code.
    report = import_entries(ws, "12", [*SURAT, entry(UMUM, "Penyusunan Daftar Hadir")])
    assert [(c.title, c.code) for c in report.files[0].reinstated] == [
        ("Pengajuan Cuti Pegawai", "12.01.02.003")
    ]
    frame = open_register(ws.db_url).inventory_frame(include_withdrawn=True)
    assert frame["code"].is_unique


def test_file_with_galat_is_refused_whole_others_go_in(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "ws")
    bad = write_inventory(
        tmp_path / "bad.xlsx", "12", [SURAT[0], entry(("Bidang Fiktif", "Seksi X"), "Judul")]
    )
    good = write_inventory(tmp_path / "good.xlsx", "01", [entry(TU_SETDA, "Agenda Pimpinan")])
    report = import_paths(ws, [bad, good, tmp_path / "tidak-ada.xlsx"])
    outcomes = {f.path.name: f.outcome for f in report.files}
    assert outcomes == {"bad.xlsx": "ditolak", "good.xlsx": "baru"}
    refused = report.files[[f.path.name for f in report.files].index("bad.xlsx")]
    assert [(f.code, f.cell) for f in refused.findings if f.severity.value == "galat"] == [
        ("INV_UNIT_UNKNOWN", "B12")
    ]
    assert report.missing == (tmp_path / "tidak-ada.xlsx",)
    assert report.exit_code == 3
    frame = open_register(ws.db_url).inventory_frame()
    assert frame["title"].tolist() == ["Agenda Pimpinan"]


def test_foreign_and_unreadable_files_are_refused_with_a_message(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "ws")
    text = tmp_path / "catatan.xlsx"
    text.write_text("bukan workbook", encoding="utf-8")
    from sopxl.xlsx.save import save_workbook
    from sopxl.xlsx.workbook import open_workbook

    other = open_workbook(tmp_path / "lain.xlsx", "x", "lain", "1")
    other.add_worksheet("Data").write_string(0, 0, "Daftar belanja")
    save_workbook(other)
    report = import_paths(ws, [text, tmp_path / "lain.xlsx"])
    codes = sorted(f.findings[0].code for f in report.files)
    assert codes == ["FILE_NOT_WORKBOOK", "IMPORT_KIND_UNKNOWN"]
    assert all(f.findings[0].message for f in report.files)
    assert [f.path.name for f in report.unreadable] == ["catatan.xlsx"]
    assert report.exit_code == 3  # unreadable input outranks a refused workbook


def test_interrupted_import_leaves_register_as_it_was(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "ws")
    import_entries(ws, "12", SURAT[:2])
    before = snapshot(ws)
    first = write_inventory(tmp_path / "a.xlsx", "01", [entry(TU_SETDA, "Agenda Pimpinan")])
    second = write_inventory(tmp_path / "b.xlsx", "12", [*SURAT, entry(KEUANGAN, "Pembayaran")])

    def stop_after_first(stage: str, done: int, total: int, path: Path) -> None:
        if stage == "impor" and done == 1:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_paths(ws, [first, second], progress=stop_after_first)
    assert snapshot(ws) == before


def test_duplicates_across_agencies_are_reported_with_both_places(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "ws")
    import_entries(ws, "12", SURAT)
    report = import_entries(
        ws, "01", [entry(TU_SETDA, "Penerimaan dan Pencatatan Surat-Surat Masuk")], name="s.xlsx"
    )
    found = [f for f in report.files[0].findings if f.code == "TITLE_DUPLICATE"]
    assert len(found) == 1
    params = found[0].parameters
    assert params["other_title"] == "Penerimaan dan Pencatatan Surat Masuk"
    assert "DISDUKCAPIL" in params["other_place"] and "12.01.02.001" in params["other_place"]
    assert "SETDA" in params["place"] and int(params["score"]) >= 85
    assert report.duplicates == 1
    pairs = open_register(ws.db_url).duplicates_frame()
    assert pairs[["code_a", "code_b"]].values.tolist() == [["01.03.01.001", "12.01.02.001"]]
    assert not pairs["same_agency"].iloc[0]


def test_criteria_failures_are_flagged_not_refused(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "ws")
    failing = replace(
        entry(UMUM, "Upacara Tahunan"),
        criteria=(("routine", False), ("output", True), ("parties", False)),
    )
    report = import_entries(ws, "12", [failing])
    codes = {f.code for f in report.files[0].findings}
    assert "INV_CRITERIA_NOT_MET" in codes
    assert report.files[0].outcome == "baru"


def test_coded_copy_carries_codes_and_imports_back_unchanged(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "ws")
    report = import_entries(ws, "12", SURAT)
    copy = report.files[0].coded_copy
    assert copy is not None and copy.exists()
    inventory = read_inventory(load_workbook_data(copy)).inventory
    assert inventory is not None
    assert [(e.title, e.code) for e in inventory.entries] == list(codes_of(report).items())
    before = snapshot(ws)
    again = import_paths(ws, [copy])
    assert [f.outcome for f in again.files] == ["tetap"]
    after = snapshot(ws)
    for table in ("titles", "codes", "title_events", "agencies"):
        assert after[table] == before[table]


def test_second_inventory_of_same_agency_in_one_batch_is_refused(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "ws")
    a = write_inventory(tmp_path / "a.xlsx", "12", SURAT[:1])
    b = write_inventory(tmp_path / "b.xlsx", "12", SURAT[1:2])
    report = import_paths(ws, [a, b])
    assert [(f.path.name, f.outcome) for f in report.files] == [
        ("a.xlsx", "baru"),
        ("b.xlsx", "ditolak"),
    ]
    assert report.files[1].findings[0].code == "INV_AGENCY_TWICE"


def test_renamed_and_merged_agency_keeps_its_sops(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "ws")
    codes = codes_of(import_entries(ws, "12", SURAT))
    renamed = replace(
        SMALL,
        agencies=(
            SMALL.agencies[0],
            replace(SMALL.agencies[1], name="Dinas Dukcapil", short_name="DUKCAPIL"),
        ),
    )
    write_org_master(ws.org_master_path, renamed)
    assert import_paths(ws, [ws.org_master_path]).files[0].outcome == "berubah"
    frame = open_register(ws.db_url).inventory_frame()
    assert set(frame["agency"]) == {"Dinas Dukcapil"}
    merged = replace(
        renamed, agencies=(renamed.agencies[0], replace(renamed.agencies[1], merged_into="01"))
    )
    write_org_master(ws.org_master_path, merged)
    import_paths(ws, [ws.org_master_path])
    frame = open_register(ws.db_url).inventory_frame()
    assert set(frame["agency_code"]) == {"01"}
    assert dict(zip(frame["title"], frame["code"], strict=True)) == codes
    # The successor's inventory, sent with the codes, keeps every number.
    coded = [replace(e, code=codes[e.title]) for e in SURAT]
    report = import_entries(ws, "01", coded, name="setda.xlsx")
    assert report.files[0].outcome == "tetap", [f.message for f in report.files[0].findings]


def test_inventory_of_unknown_agency_is_refused(tmp_path: Path) -> None:
    ws = make_workspace(tmp_path / "ws")
    from sopxl.forms.inventory_form import write_inventory_form
    from sopxl.model.organisation import AgencyOutline

    path = tmp_path / "x.xlsx"
    write_inventory_form(path, AgencyOutline("99", "Dinas Tidak Ada"), [entry(UMUM, "Judul")])
    report = import_paths(ws, [path])
    assert report.files[0].findings[0].code == "INV_AGENCY_UNKNOWN"


def _statements(workspace_root: Path, titles: int) -> tuple[int, int]:
    """SQL statements sent by a first import of two inventories of ``titles`` titles each,
    and by their re-import with a third of the titles renamed, a third dropped and as many
    new ones (changes, withdrawals, new codes)."""
    from sqlalchemy import Engine, event

    ws = make_workspace(workspace_root)
    places = {"12": [UMUM, KEUANGAN, KELAHIRAN], "01": [TU_SETDA]}

    def entries(agency: str, names: list[str]) -> list[InventoryEntry]:
        return [entry(places[agency][i % len(places[agency])], n) for i, n in enumerate(names)]

    def name(agency: str, i: int, version: str = "") -> str:
        return f"Prosedur {agency} {hashlib.md5(f'{agency}{i}'.encode()).hexdigest()[:10]}{version}"

    counted = [0]

    def count(*_args: object) -> None:
        counted[0] += 1

    sent = []
    for round_ in (0, 1):
        paths = []
        for agency in places:
            names = [name(agency, i) for i in range(titles)]
            if round_:
                third = titles // 3
                names = (
                    [n + "x" for n in names[:third]]  # a spelling fix: same title, changed
                    + names[third : 2 * third]  # unchanged
                    + [name(agency, i, "baru") for i in range(third)]  # new; the rest dropped
                )
            paths.append(
                write_inventory(
                    ws.root / f"inv-{agency}-{round_}.xlsx", agency, entries(agency, names)
                )
            )
        event.listen(Engine, "before_cursor_execute", count)
        try:
            counted[0] = 0
            report = import_paths(ws, paths, copies_dir=ws.root / "salinan")
        finally:
            event.remove(Engine, "before_cursor_execute", count)
        assert report.committed and not report.refused
        if round_:
            changes = sum(len(f.changed) + len(f.withdrawn) + len(f.new) for f in report.files)
            assert changes == 2 * 3 * (titles // 3)
        sent.append(counted[0])
    return sent[0], sent[1]


def test_sql_statements_grow_with_files_not_titles(tmp_path: Path) -> None:
    """Round trips cost a millisecond or more each over a network: an import sends as many
    statements for 60 titles a file as for 6 (issue 14)."""
    assert _statements(tmp_path / "few", 6) == _statements(tmp_path / "many", 60)


def test_text_of_every_kind_survives_the_batched_writes(tmp_path: Path) -> None:
    """Titles and notes go to the register in one statement per table (as JSON on
    PostgreSQL): quotes, backslashes, line breaks, emoji, right-to-left text and a
    title at the 500-character limit come back as written, also when a re-import
    changes them."""
    ws = make_workspace(tmp_path / "ws")
    odd = [
        'Surat "Masuk" \\ Keluar',
        "Surat\nBaris Dua",
        "Persetujuan 😀 Cuti",
        "مراجعة الطلب",
        "Pemeriksaan " + "x" * 488,
    ]
    first = [
        replace(entry(UMUM, title), note=f"catatan {i} ' \" \\") for i, title in enumerate(odd)
    ]
    assert import_entries(ws, "12", first).committed
    second = [replace(e, legal_basis=e.title[::-1]) for e in first]
    report = import_entries(ws, "12", second, name="inv2.xlsx")
    assert report.committed and sum(len(f.changed) for f in report.files) == len(odd)
    register = open_register(ws.db_url)
    try:
        frame = register.inventory_frame()
    finally:
        register.close()
    got = {row.title: (row.note, row.legal_basis, row.duty) for row in frame.itertuples()}
    assert got == {e.title: (e.note, e.legal_basis, True) for e in second}
