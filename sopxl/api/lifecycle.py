"""The lifecycle's forms and exports (Pasal 16-21): status, monitoring, evaluation,
supervision, revision, review due, and the report to the Bupati."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sopxl.api.result import Result
from sopxl.api.workspace import opened_register, resolve_agency

if TYPE_CHECKING:
    from sopxl.register.store import Register
    from sopxl.register.workspace import Workspace

FORM_KINDS = ("status", "monitoring", "evaluation", "supervision")
"""The lifecycle forms an SKPD fills, by the name ``sopxl template`` knows them by."""

YEAR_EXPORTS = {
    "supervision": "Rekap pengawasan",
    "evaluation": "Hasil evaluasi",
    "report": "Laporan kepada Bupati",
}
"""The yearly exports, with the words the result line names them by."""


def lifecycle_forms(
    workspace: Workspace, kind: str, period: str, agency: str | None, output: Path
) -> Result:
    """The ``kind`` form (one of :data:`FORM_KINDS`) of ``period`` for one SKPD
    (``agency``) or, with ``None``, one workbook per active SKPD in the folder ``output``."""
    from sopxl.lifecycle.templates import write_lifecycle_templates

    code = resolve_agency(workspace, agency) if agency else None
    written = write_lifecycle_templates(workspace, kind, period, code, output)
    return Result(
        lines=tuple(f"Formulir ditulis ke {path}" for path in written), written=tuple(written)
    )


def revision_forms(
    workspace: Workspace, year: int, output: Path, revised_on: date | None = None
) -> Result:
    """SOP forms pre-filled for every SOP the evaluation of ``year`` recommended to improve
    (Pasal 20 ayat (3)), dated ``revised_on`` (default today)."""
    from sopxl.lifecycle.templates import write_revision_forms

    written = write_revision_forms(workspace, year, output, revised_on)
    return Result(
        lines=tuple(f"Formulir revisi ditulis ke {path}" for path in written),
        written=tuple(written),
    )


def export_review_due(workspace: Workspace, output: Path, as_of: date, within: int) -> Result:
    """SOPs whose enactment or last review is, or within ``within`` days will be, two
    years old (Pasal 20 ayat (1))."""
    from sopxl.lifecycle.exports import export_review_due as export

    with opened_register(workspace) as register:
        rows = export(register, output, as_of, within, workspace.regency)
    overdue = int((rows["state"] == "jatuh tempo").sum())
    soon = len(rows) - overdue
    line = f"{overdue} SOP jatuh tempo kaji ulang, {soon} segera; ditulis ke {output}."
    return Result(lines=(line,), written=(output,))


def export_year(workspace: Workspace, name: str, year: int, output: Path) -> Result:
    """One of :data:`YEAR_EXPORTS` for ``year``: the supervision recap (Pasal 19), the
    evaluation results (Pasal 18) or the report to the Bupati (Pasal 21)."""
    from sopxl.lifecycle.exports import export_evaluation, export_supervision
    from sopxl.lifecycle.report import export_report

    exports: dict[str, Callable[[Register, Path, int, str], object]] = {
        "supervision": export_supervision,
        "evaluation": export_evaluation,
        "report": export_report,
    }
    export = exports[name]
    with opened_register(workspace) as register:
        export(register, output, year, workspace.regency)
    line = f"{YEAR_EXPORTS[name]} tahun {year} ditulis ke {output}."
    return Result(lines=(line,), written=(output,))
