"""The neutral SOP model: frozen value objects for an SOP as Lampiran II defines it.

Every reader produces these objects and every writer, rule and exporter consumes them.
Names follow the glossary in PRODUCT.md (Indonesian term -> identifier).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


class Symbol(enum.Enum):
    """Flowchart symbols of Lampiran II section 4 that a person picks for a step.

    The two connectors and the garis alir (flow line) are derived when the flowchart is
    drawn, never typed, so they are not members here. The value is Lampiran II's own
    "Sebutan" and is what the dropdown of the SOP form offers.
    """

    TERMINATOR = "Terminator"
    PROCESS = "Proses"
    DECISION = "Pengambilan Keputusan"
    DOCUMENT = "Dokumen"
    MULTI_DOCUMENT = "Penggandaan Dokumen"
    MANUAL_ARCHIVE = "Arsip Manual"
    FILE = "File"

    @property
    def label(self) -> str:
        """The text shown to a person (Lampiran II's Sebutan)."""
        return self.value


class TimeUnit(enum.Enum):
    """Units in which the Waktu of a step is held (value + unit, as web SOP systems do)."""

    MINUTE = "menit"
    HOUR = "jam"
    DAY = "hari"
    WORKING_DAY = "hari kerja"
    WEEK = "minggu"
    MONTH = "bulan"
    YEAR = "tahun"


@dataclass(frozen=True)
class Duration:
    """Waktu of a step (Cara Pengisian (16)), parsed.

    ``amount`` and ``unit`` are both ``None`` when the person wrote that no time applies
    ("-"). ``text`` keeps what was typed, so nothing is lost when the form is rebuilt.
    """

    amount: Decimal | None
    unit: TimeUnit | None
    text: str

    @property
    def is_none(self) -> bool:
        """True when the step explicitly takes no measurable time ("-")."""
        return self.amount is None


@dataclass(frozen=True)
class Approval:
    """The Pengesahan block (Cara Pengisian (18)): the Kepala SKPD who signs."""

    name: str = ""
    nip: str = ""
    position: str = ""


@dataclass(frozen=True)
class Identity:
    """Informasi Prosedur yang akan distandarkan (Lampiran II section 2)."""

    agency: str = ""
    unit: str = ""
    section: str = ""
    code: str = ""
    made_on: date | None = None
    revised_on: date | None = None
    approved_on: date | None = None
    approved_by: str = ""
    title: str = ""
    legal_basis: tuple[str, ...] = ()
    qualifications: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    equipment: tuple[str, ...] = ()
    cautions: tuple[str, ...] = ()
    records: tuple[str, ...] = ()
    approval: Approval = field(default_factory=Approval)


@dataclass(frozen=True)
class Actor:
    """A pelaksana column: a position (jabatan), highest first (Cara Pengisian (2))."""

    name: str


@dataclass(frozen=True)
class Step:
    """One row of the Uraian Prosedur (Lampiran II section 3).

    ``actor`` is the index into :attr:`Sop.actors` of the pelaksana column that was marked,
    ``symbol`` the flowchart symbol chosen there. ``yes_target``/``no_target`` are step
    numbers and are set only for a decision (Pengambilan Keputusan).
    """

    number: int
    description: str = ""
    actor: int | None = None
    symbol: Symbol | None = None
    requirements: str = ""
    duration: Duration | None = None
    output: str = ""
    note: str = ""
    yes_target: int | None = None
    no_target: int | None = None


@dataclass(frozen=True)
class Sop:
    """A whole SOP: its identity, its pelaksana (highest position first) and its steps."""

    identity: Identity = field(default_factory=Identity)
    actors: tuple[Actor, ...] = ()
    steps: tuple[Step, ...] = ()

    def actor_of(self, step: Step) -> Actor | None:
        """The pelaksana who performs ``step``, or ``None`` when no column was marked."""
        if step.actor is None or not 0 <= step.actor < len(self.actors):
            return None
        return self.actors[step.actor]

    def step_numbered(self, number: int) -> Step | None:
        """The step whose No is ``number``."""
        for step in self.steps:
            if step.number == number:
                return step
        return None
