"""What every rule sees and how a rule is registered: :class:`RuleContext`, :class:`RuleSpec`.

Also the few helpers all rules share: when a text counts as empty, and the ref of a
step's field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Final

from sopxl.checking.config import CheckConfig
from sopxl.findings import FieldRef, Finding, SourceMap, finding
from sopxl.model.sop import Sop

# Office software turns a typed "-" into an en or em dash, so all three mean "nothing".
_DASHES: Final = frozenset({"-", "\u2013", "\u2014"})


def _blank(text: str) -> bool:
    """True for text with nothing in it but whitespace or a lone dash."""
    stripped = text.strip()
    return not stripped or stripped in _DASHES


_FINDING_KEYWORDS: Final = frozenset({"code", "file", "sheet", "row", "column", "value", "ref"})


@dataclass(frozen=True)
class RuleContext:
    """What every rule sees: the SOP, where its fields were read, the file and settings."""

    sop: Sop
    sources: SourceMap
    file: str
    config: CheckConfig

    def report(
        self, code: str, ref: FieldRef, /, value: object = None, **params: object
    ) -> Finding:
        """A finding on the field ``ref``, placed where the reader found that field.

        A field without a source (never read, or a list with no entries) keeps its ref but
        has no cell; a whole-sheet ref without a source still names its sheet. ``params``
        fill the message template and must not reuse a keyword of
        :func:`~sopxl.findings.finding` (``sheet``, ``row``, ``column``, ...).
        """
        clash = params.keys() & _FINDING_KEYWORDS
        if clash:
            raise ValueError(f"message parameters clash with finding(): {sorted(clash)}")
        # Typed as Any only to pass through finding()'s **params; the clash check above is
        # what keeps them out of its typed keywords.
        message: dict[str, Any] = dict(params)
        loc = self.sources.get(ref)
        if loc is not None:
            return finding(
                code,
                self.file,
                sheet=loc.sheet,
                row=loc.row,
                column=loc.column,
                value=value,
                ref=ref,
                **message,
            )
        sheet = ref.key if ref.area == "sheet" else None
        return finding(code, self.file, sheet=sheet, value=value, ref=ref, **message)

    def actor_label(self, actor: int) -> str:
        """The pelaksana column as a person knows it: its jabatan, or its position."""
        if 0 <= actor < len(self.sop.actors) and not _blank(self.sop.actors[actor].name):
            return self.sop.actors[actor].name.strip()
        return f"pelaksana ke-{actor + 1}"


RuleFunction = Callable[[RuleContext], Iterable[Finding]]


@dataclass(frozen=True)
class RuleSpec:
    """A registered rule. ``needs_steps`` rules are skipped when the SOP has no step (that
    is reported once, as STEPS_EMPTY); ``profile`` rules run only under that profile."""

    name: str
    check: RuleFunction
    needs_steps: bool = False
    profile: str | None = None


def _step_ref(index: int, key: str, actor: int | None = None) -> FieldRef:
    return FieldRef("step", key, index=index, actor=actor)
