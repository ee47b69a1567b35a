"""Findings: frozen values with a location, rendered into Indonesian late.

A finding is produced by a file check, the form reader or a rule. It holds its stable
``code`` (see :mod:`sopxl.messages`), where it is (file, sheet, 1-based row and column as
Excel shows them), the parameters of its message, the offending value, and ``ref``: the
field of the SOP it concerns, so that a copy rebuilt from the template can mark the same
field even though the person's rows had moved.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from sopxl.model.severity import Severity
from sopxl.model.sop import Sop


class FieldRef(NamedTuple):
    """A field of the SOP form, independent of where a person's workbook put it.

    ``area`` is one of:
    - ``"identity"``: ``key`` is an :class:`~sopxl.model.sop.Identity` field (``code``, ...);
    - ``"approval"``: ``key`` is ``position``, ``name`` or ``nip``;
    - ``"list"``: ``key`` is a list field (``legal_basis``, ...), ``index`` the entry;
    - ``"actor"``: ``index`` is the pelaksana column (zero-based);
    - ``"step"``: ``index`` is the position of the step in :attr:`Sop.steps` (zero-based),
      ``key`` the column: ``number``, ``description``, ``actor`` (then ``actor`` is the
      pelaksana column), ``requirements``, ``duration``, ``output``, ``note``,
      ``yes_target``, ``no_target``;
    - ``"sheet"``: the whole ``key`` sheet (a missing label, an empty table).

    A named tuple: the reader hashes hundreds of refs per form, and a tuple hashes in C.
    """

    area: str
    key: str = ""
    # Shadows tuple.index on purpose: the field is the public name.
    index: int | None = None  # type: ignore[assignment]
    actor: int | None = None


@dataclass(frozen=True)
class Finding:
    """One problem found in one file. Build with :func:`finding`."""

    code: str
    file: str
    sheet: str | None = None
    row: int | None = None
    column: int | None = None
    params: tuple[tuple[str, str], ...] = ()
    value: str | None = None
    ref: FieldRef | None = None

    @property
    def cell(self) -> str | None:
        """The cell as Excel shows it (``C7``), or ``None`` when not tied to one cell."""
        if self.row is None or self.column is None:
            return None
        # Imported here: xlsxwriter is not loaded for `sopxl --help` (tests/test_cli.py).
        from sopxl.xlsx import refs

        return refs.cell(self.row - 1, self.column - 1)

    @property
    def parameters(self) -> dict[str, str]:
        return dict(self.params)

    @property
    def severity(self) -> Severity:
        from sopxl.messages import rule

        return rule(self.code).severity

    @property
    def reference(self) -> str:
        """The Pasal or Lampiran item the finding enforces."""
        from sopxl.messages import rule

        return rule(self.code).reference

    @property
    def message(self) -> str:
        """The Indonesian message, rendered from the catalogue."""
        from sopxl.messages import render

        return render(self)


def finding(
    code: str,
    file: str,
    *,
    sheet: str | None = None,
    row: int | None = None,
    column: int | None = None,
    value: object = None,
    ref: FieldRef | None = None,
    **params: object,
) -> Finding:
    """Make a finding; ``row``/``column`` are 1-based; parameters become strings."""
    shown = None if value is None or value == "" else str(value)
    return Finding(
        code=code,
        file=file,
        sheet=sheet,
        row=row,
        column=column,
        params=tuple(sorted((k, str(v)) for k, v in params.items())),
        value=shown,
        ref=ref,
    )


@dataclass(frozen=True)
class Location:
    """Where a field was read in the person's workbook (1-based, as Excel shows it)."""

    sheet: str
    row: int
    column: int


SourceMap = Mapping[FieldRef, Location]
"""For every field the reader found, where it was read."""


@dataclass(frozen=True)
class FileReport:
    """Everything checking one file produced."""

    file: str
    findings: tuple[Finding, ...] = ()
    readable: bool = True
    sop: Sop | None = field(default=None, compare=False)
    # Where each field of ``sop`` was read: import points its own findings (Nomor SOP
    # against the register) at the person's cell.
    sources: SourceMap | None = field(default=None, compare=False, repr=False)
    # The submitted table's (pelaksana columns, step rows), kept by a returned copy.
    form_size: tuple[int, int] | None = field(default=None, compare=False)

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.WARNING)
