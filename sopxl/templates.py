"""Library entry points for the templates a person fills in (``sopxl template ...``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sopxl.errors import UsageError, reason
from sopxl.forms.sop_layout import (
    DEFAULT_ACTORS,
    DEFAULT_LIST_ROWS,
    DEFAULT_STEPS,
    SopFormLayout,
)
from sopxl.model.sop import Actor, Identity, Sop
from sopxl.text import clean
from sopxl.xlsx.workbook import check_output_file


@dataclass(frozen=True)
class SopTemplateRequest:
    """What to pre-fill in a new SOP form, and how large to make it.

    ``actors=None`` means the default number of pelaksana columns, or as many as
    ``actor_names`` when more are given.
    """

    actors: int | None = None
    steps: int = DEFAULT_STEPS
    list_rows: int = DEFAULT_LIST_ROWS
    agency: str = ""
    unit: str = ""
    section: str = ""
    code: str = ""
    title: str = ""
    actor_names: tuple[str, ...] = ()

    def to_sop(self) -> Sop:
        """The partial SOP that pre-fills the form (its text cleaned as any user text:
        :mod:`sopxl.text`)."""
        identity = Identity(
            agency=clean(self.agency),
            unit=clean(self.unit),
            section=clean(self.section),
            code=clean(self.code),
            title=clean(self.title),
        )
        return Sop(identity=identity, actors=tuple(Actor(clean(n)) for n in self.actor_names))

    def layout(self) -> SopFormLayout:
        actors = (
            self.actors if self.actors is not None else max(DEFAULT_ACTORS, len(self.actor_names))
        )
        if len(self.actor_names) > actors:
            raise UsageError(
                f"{len(self.actor_names)} pelaksana disebut, padahal kolom "
                f"pelaksana hanya {actors}."
            )
        try:
            return SopFormLayout(actors=actors, steps=self.steps, list_rows=self.list_rows)
        except ValueError as error:
            raise UsageError(f"Ukuran formulir tidak sah: {reason(error)}") from error


def write_sop_template(
    path: Path, request: SopTemplateRequest = SopTemplateRequest()
) -> SopFormLayout:
    """Write a blank or pre-filled Lampiran II SOP form to ``path``; return its layout."""
    from sopxl.forms.sop_form import write_sop_form

    layout = request.layout()
    check_output_file(path)
    return write_sop_form(path, request.to_sop(), layout)
