"""What a document kind is: one interface every kind of workbook implements.

A kind declares its ``stamp`` (the ``sopxl_kind`` defined name its template writes), the
template ``version`` it reads, its Indonesian ``label``, its ``rank`` (the import order:
organisation masters before the inventories that name their units, inventories before
the SOP forms and lifecycle forms that name their titles) and its ``spec`` (the form's
spec module or value). It implements:

- :meth:`Kind.recognise`: does this workbook, without a stamp, look like one of mine?
- :meth:`Kind.read`: the workbook's content as a value, and what reading it found;
- :meth:`Kind.check`: the rules that need nothing but the value read;
- :meth:`Kind.apply`: write it into the register (inside the import's transaction),
  with the checks that need the register.

The importer (:mod:`sopxl.kinds.importer`) loops over :data:`sopxl.kinds.KINDS`; adding a
kind is one module and one line there.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from sopxl.findings import Finding
from sopxl.reading.grid import WorkbookData

if TYPE_CHECKING:
    from sopxl.register.apply import ApplyResult, Session
    from sopxl.register.workspace import Workspace

R = TypeVar("R")


@dataclass(frozen=True)
class Context:
    """What reading and checking a file may need besides the file: the workspace (for
    the SOP checker's configuration) and today's date (lifecycle periods)."""

    workspace: Workspace
    today: date


@dataclass
class Batch:
    """What the files of one import batch share while they are applied: ``seen`` maps
    each SKPD code whose inventory went in already to that file's name."""

    seen: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Read(Generic[R]):
    """A kind's reading of one file: the value (``None`` when nothing usable was read)
    and the findings of reading it."""

    value: R | None
    findings: tuple[Finding, ...] = ()
    sort_key: str = ""
    """Orders files of the same kind within a batch (e.g. by SKPD code)."""


class Kind(ABC, Generic[R]):
    """A kind of workbook sopxl imports. Subclasses set the class attributes."""

    stamp: str
    version: str
    label: str
    rank: int
    spec: object

    @abstractmethod
    def recognise(self, data: WorkbookData) -> bool:
        """Whether an unstamped workbook looks like one of this kind (by sheet names and
        labels from the spec: a stamp is lost when a person copies the sheets)."""

    @abstractmethod
    def read(self, path: Path, data: WorkbookData, context: Context) -> Read[R]:
        """Read the workbook; never raises for anything about the file."""

    def check(self, value: R, file: str, context: Context) -> list[Finding]:
        """The rules that need only the value read (none by default)."""
        return []

    @abstractmethod
    def apply(self, session: Session, value: R, path: Path, batch: Batch) -> ApplyResult:
        """Write the value into the register; the findings that need the register are in
        the result (a refused result writes nothing: its savepoint is rolled back)."""

    def title_place(self, value: R) -> tuple[str | None, int | None] | None:
        """Where the titles the file brought are (sheet, 1-based title column), for the
        duplicate findings of an import; ``None``: the kind brings no titles to compare."""
        return None

    def future_version(self, data: WorkbookData) -> str | None:
        """The stamped template version when it is newer than the one this sopxl reads."""
        version = data.stamp.get("sopxl_version", "")
        if version.isdigit() and int(version) > int(self.version):
            return version
        return None
