"""The rules that check an SOP against Perbup Kukar 57/2012 (and, optionally, Permenpan).

Each rule is a small function that takes a :class:`RuleContext` and yields
:class:`~sopxl.findings.Finding` values; :data:`REGISTRY` lists them in order and
:func:`check_sop` runs them. Rules see only the neutral model and the
:data:`~sopxl.findings.SourceMap`, never a workbook, so they apply to whatever layout the
SOP was read from.

Decisions a person meets in the results:

* A text field holding only a dash ("-") counts as empty where the regulation asks for
  a value (Dasar Hukum, the identity header, a step's uraian and output). Where "none"
  is an honest answer it is accepted: the lists other than Dasar Hukum (Keterkaitan,
  Peringatan, ...), Tanggal Revisi, Bagian, a pelaksana column the step does not use,
  the Ya/Tidak columns of a step that is no decision, and the Waktu of a step (the
  form's own guidance: "tulis - bila tidak ada").
* The flow of the procedure (see :mod:`sopxl.model.flow`) starts at the first step by order;
  every Terminator other than the first step ends it.
* When the reader already reported a field (a value was typed but could not be read),
  the rule that would call the same field *missing* stays silent: one problem, one
  finding.

The rules live by what they check: :mod:`~sopxl.checking.rules.identity`,
:mod:`~sopxl.checking.rules.steps`, :mod:`~sopxl.checking.rules.flow` and
:mod:`~sopxl.checking.rules.permenpan`; :mod:`~sopxl.checking.rules.context` holds what
they share. This module registers them and runs them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from sopxl.checking.config import CheckConfig
from sopxl.checking.rules.context import RuleContext, RuleSpec
from sopxl.checking.rules.flow import decision_targets, flow_connected, flow_ends
from sopxl.checking.rules.identity import (
    code_pattern,
    dates_in_order,
    dates_not_future,
    identity_filled,
    lists_filled,
    nip_valid,
)
from sopxl.checking.rules.permenpan import permenpan_activity, permenpan_symbols
from sopxl.checking.rules.steps import (
    actors_enough,
    actors_named_and_used,
    step_fields,
    step_numbers_unique,
    steps_present,
)
from sopxl.findings import FieldRef, Finding, SourceMap
from sopxl.forms import sop_spec as spec
from sopxl.messages import rules as catalogue
from sopxl.model.sop import Sop

__all__ = [
    "REGISTRY",
    "RuleContext",
    "RuleSpec",
    "check_sop",
]


REGISTRY: tuple[RuleSpec, ...] = (
    RuleSpec("identity_filled", identity_filled),
    RuleSpec("lists_filled", lists_filled),
    RuleSpec("code_pattern", code_pattern),
    RuleSpec("nip_valid", nip_valid),
    RuleSpec("dates_in_order", dates_in_order),
    RuleSpec("dates_not_future", dates_not_future),
    RuleSpec("steps_present", steps_present),
    RuleSpec("actors_enough", actors_enough, needs_steps=True),
    RuleSpec("actors_named_and_used", actors_named_and_used, needs_steps=True),
    RuleSpec("step_fields", step_fields, needs_steps=True),
    RuleSpec("step_numbers_unique", step_numbers_unique, needs_steps=True),
    RuleSpec("flow_ends", flow_ends, needs_steps=True),
    RuleSpec("decision_targets", decision_targets, needs_steps=True),
    RuleSpec("flow_connected", flow_connected, needs_steps=True),
    RuleSpec("permenpan_symbols", permenpan_symbols, needs_steps=True, profile="permenpan"),
    RuleSpec("permenpan_activity", permenpan_activity, needs_steps=True, profile="permenpan"),
)
"""Every rule, in the order it runs."""

# Codes that say a field is empty. When the reader already reported the same field (it
# held a value that could not be read: a bad date, an unreadable Waktu, an unknown
# symbol), such a finding would only repeat that problem in other words.
_MISSING_CODES: Final = frozenset(
    rule.code for rule in catalogue.RULES if rule.code.endswith(("_MISSING", "_EMPTY"))
)


def _field_key(ref: FieldRef) -> tuple[str, str, int | None]:
    # A step's pelaksana cells are one field for this purpose: the reader may name the
    # column it could not read, the rule the step as a whole.
    return (ref.area, ref.key, ref.index)


_SHEET_RANK: Final = {spec.SHEET_IDENTITY: 0, spec.SHEET_PROCEDURE: 1}
_AREA_RANK: Final = {"identity": 0, "approval": 0, "list": 0, "actor": 1, "step": 1}


def _order(item: Finding) -> tuple[int, int, int, str]:
    # The sheet comes from the field, not from the sheet name a person may have changed.
    ref = item.ref
    if ref is None:
        rank = _SHEET_RANK.get(item.sheet or "", 2)
    elif ref.area == "sheet":
        rank = _SHEET_RANK.get(ref.key, 2)
    else:
        rank = _AREA_RANK.get(ref.area, 2)
    return (rank, item.row or 0, item.column or 0, item.code)


def check_sop(
    sop: Sop,
    sources: SourceMap,
    file: str,
    config: CheckConfig,
    already: Iterable[Finding] = (),
) -> list[Finding]:
    """Check ``sop`` against the regulation and return its findings, ordered.

    ``sources`` says where each field was read (a finding on a field without a source has
    no cell); ``file`` names the file in every finding. The ``permenpan`` profile adds
    its rules. ``already`` are findings reported before (by the reader): a finding that
    calls a field missing is dropped when one of them concerns the same field.

    The order is stable: the identity sheet before the procedure sheet, then row, column
    and code; findings that tie keep the order of :data:`REGISTRY` and of the steps.

    Raises :class:`~sopxl.errors.InputError` when ``config.code_pattern`` is not a valid
    regular expression.
    """
    ctx = RuleContext(sop=sop, sources=sources, file=file, config=config)
    reported = {_field_key(item.ref) for item in already if item.ref is not None}
    found: list[Finding] = []
    for rule in REGISTRY:
        if rule.profile is not None and rule.profile != config.profile:
            continue
        if rule.needs_steps and not sop.steps:
            continue
        for item in rule.check(ctx):
            if (
                item.code in _MISSING_CODES
                and item.ref is not None
                and _field_key(item.ref) in reported
            ):
                continue
            found.append(item)
    return sorted(found, key=_order)
