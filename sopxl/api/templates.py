"""Blank SOP forms (Lampiran II)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sopxl.api.result import Result
from sopxl.forms.sop_layout import DEFAULT_LIST_ROWS, DEFAULT_STEPS

__all__ = ["DEFAULT_LIST_ROWS", "DEFAULT_STEPS", "sop_template"]


def sop_template(
    output: Path,
    *,
    actors: int | None = None,
    steps: int | None = None,
    list_rows: int | None = None,
    agency: str = "",
    unit: str = "",
    section: str = "",
    code: str = "",
    title: str = "",
    actor_names: Sequence[str] = (),
) -> Result:
    """A blank (or partly pre-filled) SOP form as Lampiran II lays it out: ``actors``
    pelaksana columns (or one per name in ``actor_names``), ``steps`` step rows and
    ``list_rows`` rows per list; the text fields pre-fill the identity."""
    from sopxl.templates import SopTemplateRequest, write_sop_template

    request = SopTemplateRequest(
        actors=actors,
        steps=DEFAULT_STEPS if steps is None else steps,
        list_rows=DEFAULT_LIST_ROWS if list_rows is None else list_rows,
        agency=agency,
        unit=unit,
        section=section,
        code=code,
        title=title,
        actor_names=tuple(actor_names),
    )
    layout = write_sop_template(output, request)
    return Result(
        lines=(
            f"Formulir SOP ditulis ke {output} "
            f"({layout.actors} kolom pelaksana, {layout.steps} baris langkah).",
        ),
        written=(output,),
    )
