"""``import`` and the register's exports: what the koordinator does with the register."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sopxl.api.result import Result
from sopxl.api.workspace import opened_register

if TYPE_CHECKING:
    from sopxl.register.import_report import ImportReport
    from sopxl.register.workspace import Workspace

ImportProgress = Callable[[str, int, int, Path], None]
"""Called as ``progress(stage, done, total, path)``; the stage ``"baca"`` is reading."""


@dataclass(frozen=True, kw_only=True)
class ImportResult(Result):
    """A :class:`Result` with the importer's report (every file, its kind and findings)."""

    report: ImportReport


def import_files(
    workspace: Workspace,
    paths: Sequence[Path],
    *,
    dry_run: bool = False,
    copies_dir: Path | None = None,
    max_wait: int = 600,
    progress: ImportProgress | None = None,
    waiting: Callable[[float], None] | None = None,
) -> ImportResult:
    """Import organisation masters, inventories, SOP forms and lifecycle forms into the
    register in one transaction (nothing with ``dry_run``), assign Nomor SOP and report
    duplicate titles. A refused or unreadable file is skipped; the rest go on."""
    from sopxl.kinds.importer import import_paths
    from sopxl.register.import_lines import report_lines

    report = import_paths(
        workspace,
        list(paths),
        dry_run=dry_run,
        copies_dir=copies_dir,
        progress=progress,
        waiting=waiting,
        max_wait=max_wait,
    )
    return ImportResult(
        exit_code=report.exit_code,
        lines=tuple(report_lines(report)),
        data=import_json(report),
        report=report,
    )


IMPORT_SCHEMA = "sopxl.import/1"
"""Version of :func:`import_json`'s document. Within version 1 keys are only ever added."""


def import_json(report: ImportReport) -> dict[str, Any]:
    """The import as JSON-ready values: per file its kind, outcome, SKPD, title changes
    and findings (each finding as in ``sopxl check --json``), then the batch's totals."""
    from sopxl.checking.output import finding_json
    from sopxl.findings import FileReport

    files = []
    for result in report.files:
        as_report = FileReport(str(result.path), result.findings)
        files.append(
            {
                "file": str(result.path),
                "kind": result.kind,
                "outcome": result.outcome,
                "agency": result.agency_code,
                "new": len(result.new),
                "changed": len(result.changed),
                "reinstated": len(result.reinstated),
                "withdrawn": len(result.withdrawn),
                "unchanged": result.unchanged,
                "coded_copy": str(result.coded_copy) if result.coded_copy else None,
                "findings": [finding_json(as_report, item) for item in result.findings],
            }
        )
    return {
        "schema": IMPORT_SCHEMA,
        "exit_code": report.exit_code,
        "dry_run": report.dry_run,
        "committed": report.committed,
        "missing": [str(path) for path in report.missing],
        "duplicates": report.duplicates,
        "duplicate_groups": report.duplicate_groups,
        "files": files,
    }


def export_inventory(workspace: Workspace, output: Path) -> Result:
    """The regency's inventory of SOP titles (Rekap with chart, every title, per SKPD)."""
    from sopxl.register.exports import export_inventory as export

    with opened_register(workspace) as register:
        frame = export(register, output, workspace.regency)
    return _written(output, f"Inventaris ({len(frame)} judul SOP) ditulis ke {output}.")


def export_decree(workspace: Workspace, agency: str, output: Path) -> Result:
    """The NAMA DAN KODE NOMOR SOP table of one SKPD (Lampiran I angka 3)."""
    from sopxl.api.workspace import resolve_agency
    from sopxl.register.exports import export_decree as export

    code = resolve_agency(workspace, agency)
    with opened_register(workspace) as register:
        rows = export(register, output, code, workspace.regency)
    return _written(output, f"Tabel Nama dan Kode Nomor SOP ({len(rows)} SOP) ditulis ke {output}.")


def export_duplicates(workspace: Workspace, output: Path, *, across: bool = False) -> Result:
    """Same or similar SOP titles, each pair once, groups as one (Lampiran I angka 3 b)."""
    from sopxl.register.duplicate_export import export_duplicates as export

    with opened_register(workspace) as register:
        found = export(register, output, workspace, across_agencies=across)
    return _written(
        output,
        f"Judul sama/mirip: {found.groups} kelompok dan {found.pairs} pasangan "
        f"(ambang {workspace.duplicate_threshold}) ditulis ke {output}.",
        {"groups": found.groups, "pairs": found.pairs},
    )


def inventory_templates(
    workspace: Workspace, output: Path, agency: str | None, rows: int
) -> Result:
    """Inventory workbooks for one SKPD (``agency``) or, with ``None``, every active one."""
    from sopxl.api.workspace import resolve_agency
    from sopxl.register.templates import write_inventory_templates

    code = resolve_agency(workspace, agency) if agency else None
    written = write_inventory_templates(workspace, output, code, rows)
    return Result(
        lines=tuple(f"Inventaris judul SOP ditulis ke {path}" for path in written),
        written=tuple(written),
    )


def agency_sop_forms(workspace: Workspace, agency: str, output: Path) -> Result:
    """One SOP form per numbered title of the SKPD, pre-filled from the register."""
    from sopxl.api.workspace import resolve_agency
    from sopxl.register.sop_forms import write_agency_sop_forms

    code = resolve_agency(workspace, agency)
    paths = write_agency_sop_forms(workspace, code, output)
    lines = [f"Formulir SOP ditulis ke {path}" for path in paths]
    lines.append(f"{len(paths)} formulir SOP untuk SKPD {code} ditulis ke {output}.")
    return Result(lines=tuple(lines), written=tuple(paths))


def _written(output: Path, line: str, data: dict[str, Any] | None = None) -> Result:
    payload: dict[str, Any] = {}
    if data:
        payload = {"exit_code": 0, "lines": [line], "notes": [], "written": [str(output)], **data}
    return Result(lines=(line,), written=(output,), data=payload)
