"""The tables of ``bermasalah/README.md`` and ``variasi/README.md``: each sample file,
its defect, and the findings checking it must report (written by
:func:`sopxl_demo.samples.write_samples`, read back by :func:`parse_table` in tests)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sopxl.messages import rule

TABLE_HEADER = "| Berkas | Cacat | Kode temuan | Jenis | Sel |"
NO_CELL = "-"


@dataclass(frozen=True)
class Expected:
    """A finding the check must report: its code and its cell (``Sheet!A1``), if any."""

    code: str
    cell: str | None = None

    @property
    def kind(self) -> str:
        """``galat`` or ``peringatan``, from the message catalogue."""
        return rule(self.code).severity.value


@dataclass(frozen=True)
class SampleFile:
    """One file of ``bermasalah/`` or ``variasi/`` and what checking it must report."""

    file: str
    defect: str
    findings: tuple[Expected, ...] = ()

    def table_row(self) -> str:
        codes = ", ".join(f.code for f in self.findings) or NO_CELL
        kinds = ", ".join(f.kind for f in self.findings) or NO_CELL
        cells = ", ".join(f.cell or NO_CELL for f in self.findings) or NO_CELL
        return f"| {self.file} | {self.defect} | {codes} | {kinds} | {cells} |"


def table(intro: str, files: Sequence[SampleFile]) -> str:
    rows = [TABLE_HEADER, "|---|---|---|---|---|", *(f.table_row() for f in files)]
    return intro + "\n".join(rows) + "\n"


def parse_table(readme: str) -> list[SampleFile]:
    """Read the table of a ``bermasalah``/``variasi`` README back into :class:`SampleFile`s.

    The inverse of the table :func:`write_samples` writes, for tests that run the check
    over the samples and compare. Raises :class:`ValueError` on a malformed row.
    """
    files: list[SampleFile] = []
    rows = [line for line in readme.splitlines() if line.startswith("|")]
    if not rows or rows[0] != TABLE_HEADER:
        raise ValueError("table header not found")
    for line in rows[2:]:
        cells = [cell.strip() for cell in line.strip("|").split(" | ")]
        if len(cells) != 5:
            raise ValueError(f"malformed row: {line!r}")
        name, defect, codes, kinds, places = cells
        if codes == NO_CELL:
            files.append(SampleFile(name, defect))
            continue
        code_list, kind_list, cell_list = (c.split(", ") for c in (codes, kinds, places))
        if not len(code_list) == len(kind_list) == len(cell_list):
            raise ValueError(f"codes, kinds and cells do not line up: {line!r}")
        expected = tuple(
            Expected(code, None if cell == NO_CELL else cell)
            for code, cell in zip(code_list, cell_list, strict=True)
        )
        files.append(SampleFile(name, defect, expected))
    return files


# --- Entry points -----------------------------------------------------------------------
