"""The one catalogue of finding codes: severity, the rule of the regulation, the message.

Codes are stable identifiers; tests assert on codes, people read the messages. Messages
are Indonesian ``str.format`` templates filled from a finding's parameters. Each area
declares its entries in its own module (``files``, ``reading``, ``rules``); this package
merges them and refuses a code declared twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from sopxl.model.severity import Severity


class Renderable(Protocol):
    """What :func:`render` needs of a finding (:class:`sopxl.findings.Finding`): the
    catalogue sits below the findings and does not import them."""

    @property
    def code(self) -> str: ...

    @property
    def value(self) -> str | None: ...

    @property
    def parameters(self) -> dict[str, str]: ...


@dataclass(frozen=True)
class Rule:
    """A catalogue entry: ``reference`` names the Pasal / Lampiran item it enforces;
    ``citation`` quotes the regulation's words a galat rests on (see
    :mod:`sopxl.messages.citations`; empty for a peringatan without one)."""

    code: str
    severity: Severity
    reference: str
    template: str
    citation: str = ""


def _catalogue() -> dict[str, Rule]:
    from dataclasses import replace

    from sopxl.messages import files, lifecycle, reading, register, rules
    from sopxl.messages.citations import CITATIONS

    merged: dict[str, Rule] = {}
    for module in (files, reading, rules, register, lifecycle):
        for entry in module.RULES:
            if entry.code in merged:
                raise RuntimeError(f"finding code declared twice: {entry.code}")
            cited = CITATIONS.get(entry.code, "")
            merged[entry.code] = replace(entry, citation=cited) if cited else entry
    return merged


_CATALOGUE: dict[str, Rule] | None = None


def catalogue() -> dict[str, Rule]:
    """Every code sopxl can report, by code."""
    global _CATALOGUE
    if _CATALOGUE is None:
        _CATALOGUE = _catalogue()
    return _CATALOGUE


def rule(code: str) -> Rule:
    """The catalogue entry of ``code``; an unknown code is a programming error."""
    return catalogue()[code]


class _Defaults(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(finding: Renderable) -> str:
    """The finding's Indonesian message, its parameters (and ``{value}``, the offending
    value as read) filled in."""
    values = _Defaults({"value": finding.value or "", **finding.parameters})
    return rule(finding.code).template.format_map(values)
