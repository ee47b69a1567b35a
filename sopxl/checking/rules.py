"""The rules that check an SOP against Perbup Kukar 57/2012 (and, optionally, Permenpan).

Each rule is a small function that takes a :class:`RuleContext` and yields
:class:`~sopxl.findings.Finding` values; :data:`REGISTRY` lists them in order and
:func:`check_sop` runs them. Rules see only the neutral model and the
:data:`~sopxl.findings.SourceMap`, never a workbook, so they apply to whatever layout the
SOP was read from.

Decisions a person meets in the results:

* A text field holding only a dash ("-") counts as empty, except in Keterkaitan, where
  "-" is the usual way to write "this SOP relates to no other" and is accepted. The Waktu
  of a step may also be "-" (the form's own guidance: "tulis - bila tidak ada").
* The flow of the procedure (see :func:`flow_graph`) starts at the first step by order;
  every Terminator other than the first step ends it.
* When the reader already reported a field (a value was typed but could not be read),
  the rule that would call the same field *missing* stays silent: one problem, one
  finding.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from sopxl.checking.config import CheckConfig
from sopxl.errors import InputError
from sopxl.findings import FieldRef, Finding, SourceMap, finding
from sopxl.forms import sop_spec as spec
from sopxl.messages import rules as catalogue
from sopxl.model import Sop, Step, Symbol

__all__ = [
    "REGISTRY",
    "RuleContext",
    "RuleSpec",
    "check_sop",
    "flow_graph",
]

# Office software turns a typed "-" into an en or em dash, so all three mean "nothing".
_DASHES: Final = frozenset({"-", "\u2013", "\u2014"})

_MONTHS: Final = (
    *("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus"),
    *("September", "Oktober", "November", "Desember"),
)

_BRANCHES: Final = (("yes_target", "Ya"), ("no_target", "Tidak"))


def _blank(text: str) -> bool:
    """True for text with nothing in it but whitespace or a lone dash."""
    stripped = text.strip()
    return not stripped or stripped in _DASHES


def _tanggal(day: date) -> str:
    """A date as Indonesian officials write it: ``20 Januari 2025``."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


# ---------------------------------------------------------------------------------------
# Context and registry
# ---------------------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------------------
# Identity (Lampiran II angka 2, Cara Pengisian (1)-(12) and (18))
# ---------------------------------------------------------------------------------------


def identity_filled(ctx: RuleContext) -> Iterator[Finding]:
    """Every required identity field and the Pengesahan block are filled (galat)."""
    ident = ctx.sop.identity
    for key in catalogue.REQUIRED_IDENTITY:
        value: object = getattr(ident, key)
        if value is None or (isinstance(value, str) and _blank(value)):
            yield ctx.report(f"IDENT_{key.upper()}_MISSING", FieldRef("identity", key))
    for field in spec.APPROVAL_FIELDS:
        if _blank(getattr(ident.approval, field.key)):
            yield ctx.report(
                f"APPROVAL_{field.key.upper()}_MISSING", FieldRef("approval", field.key)
            )


def lists_filled(ctx: RuleContext) -> Iterator[Finding]:
    """Dasar Hukum holds at least one regulation (galat, Pasal 9(2)a); every other list of
    Lampiran II angka 2 holds at least one entry (peringatan).

    An entry of only "-" does not count, except in Keterkaitan where it means "no related
    SOP". The finding points at the list's first entry cell.
    """
    ident = ctx.sop.identity
    for item in spec.LISTS:
        entries: tuple[str, ...] = getattr(ident, item.key)
        if item.key == "related":
            filled = any(entry.strip() for entry in entries)
        else:
            filled = any(not _blank(entry) for entry in entries)
        if not filled:
            yield ctx.report(f"LIST_{item.key.upper()}_EMPTY", FieldRef("list", item.key, index=0))


def code_pattern(ctx: RuleContext) -> Iterator[Finding]:
    """A filled Nomor SOP matches the configured pattern in full (galat, Pasal 8(2))."""
    code = ctx.sop.identity.code.strip()
    if _blank(code):
        return
    try:
        pattern = re.compile(ctx.config.code_pattern)
    except re.error as exc:
        raise InputError(
            f"Pola Nomor SOP '{ctx.config.code_pattern}' pada pengaturan tidak sah: {exc}."
        ) from exc
    if pattern.fullmatch(code) is None:
        yield ctx.report(
            "IDENT_CODE_PATTERN",
            FieldRef("identity", "code"),
            value=code,
            sop_code=code,
            example=ctx.config.code_example,
        )


def nip_valid(ctx: RuleContext) -> Iterator[Finding]:
    """A filled NIP is 18 digits once spaces are removed (galat, Cara Pengisian (18))."""
    nip = ctx.sop.identity.approval.nip
    if _blank(nip):
        return
    digits = "".join(nip.split())
    if not (len(digits) == 18 and digits.isascii() and digits.isdigit()):
        yield ctx.report("APPROVAL_NIP_INVALID", FieldRef("approval", "nip"), value=nip, nip=nip)


def dates_in_order(ctx: RuleContext) -> Iterator[Finding]:
    """Tanggal Pembuatan is on or before Tanggal Pengesahan; a Tanggal Revisi is strictly
    after Tanggal Pembuatan (galat). Missing dates are reported elsewhere, not here."""
    ident = ctx.sop.identity
    made, approved, revised = ident.made_on, ident.approved_on, ident.revised_on
    if made is not None and approved is not None and made > approved:
        yield ctx.report(
            "DATE_MADE_AFTER_APPROVED",
            FieldRef("identity", "made_on"),
            value=made.isoformat(),
            made_on=_tanggal(made),
            approved_on=_tanggal(approved),
        )
    if made is not None and revised is not None and revised <= made:
        yield ctx.report(
            "DATE_REVISED_NOT_AFTER_MADE",
            FieldRef("identity", "revised_on"),
            value=revised.isoformat(),
            revised_on=_tanggal(revised),
            made_on=_tanggal(made),
        )


def dates_not_future(ctx: RuleContext) -> Iterator[Finding]:
    """No date of the header lies after the reference date (peringatan: usually a typo in
    the year; a planned Tanggal Pengesahan is possible, hence not galat)."""
    today = ctx.config.reference_date()
    ident = ctx.sop.identity
    for field in spec.HEADER_FIELDS:
        if field.kind != "date":
            continue
        day: date | None = getattr(ident, field.key)
        if day is not None and day > today:
            yield ctx.report(
                "DATE_IN_FUTURE",
                FieldRef("identity", field.key),
                value=day.isoformat(),
                label=field.label,
                date=_tanggal(day),
                today=_tanggal(today),
            )


# ---------------------------------------------------------------------------------------
# Steps (Lampiran II angka 3) and pelaksana
# ---------------------------------------------------------------------------------------


def steps_present(ctx: RuleContext) -> Iterator[Finding]:
    """The Uraian Prosedur holds at least one step (galat, Pasal 10(1))."""
    if not ctx.sop.steps:
        yield ctx.report("STEPS_EMPTY", FieldRef("sheet", spec.SHEET_PROCEDURE))


def _steps_by_actor(sop: Sop) -> dict[int, list[Step]]:
    by_actor: dict[int, list[Step]] = {}
    for step in sop.steps:
        if step.actor is not None:
            by_actor.setdefault(step.actor, []).append(step)
    return by_actor


def actors_enough(ctx: RuleContext) -> Iterator[Finding]:
    """The steps involve at least two different pelaksana (galat, Pasal 9(3)c).

    Counted are the pelaksana the steps actually mark, not the names in the header; two
    columns with the same jabatan are one party. When no step marks any pelaksana at all,
    every step already has STEP_ACTOR_MISSING and this rule stays silent.
    """
    by_actor = _steps_by_actor(ctx.sop)
    parties = {ctx.actor_label(actor).casefold() for actor in by_actor}
    if len(parties) == 1:
        actor = min(by_actor)
        yield ctx.report(
            "ACTORS_TOO_FEW", FieldRef("actor", index=actor), actor=ctx.actor_label(actor)
        )


def actors_named_and_used(ctx: RuleContext) -> Iterator[Finding]:
    """A pelaksana column a step uses has a jabatan (galat); a named pelaksana that no step
    uses is peringatan (Lampiran II Uraian Prosedur (2))."""
    sop = ctx.sop
    by_actor = _steps_by_actor(sop)
    for actor in range(max(len(sop.actors), max(by_actor, default=-1) + 1)):
        named = actor < len(sop.actors) and not _blank(sop.actors[actor].name)
        steps = by_actor.get(actor, [])
        if steps and not named:
            yield ctx.report(
                "ACTOR_NAME_MISSING",
                FieldRef("actor", index=actor),
                position=actor + 1,
                steps=", ".join(str(step.number) for step in steps),
            )
        elif named and not steps:
            name = sop.actors[actor].name.strip()
            yield ctx.report("ACTOR_UNUSED", FieldRef("actor", index=actor), value=name, actor=name)


def step_fields(ctx: RuleContext) -> Iterator[Finding]:
    """Every step has an uraian, one marked pelaksana with a Lampiran II symbol, an output
    and a waktu (galat; Cara Pengisian (13), (14), (16), (17); Pasal 4(5)).

    A pelaksana marked without a symbol (an "x" or "v" tick) reaches the model as an
    ``actor`` with ``symbol`` ``None``. An output of only "-" is missing; a waktu of "-"
    (no measurable time) is filled.
    """
    for index, step in enumerate(ctx.sop.steps):
        if _blank(step.description):
            yield ctx.report(
                "STEP_DESCRIPTION_MISSING", _step_ref(index, "description"), step=step.number
            )
        if step.actor is None:
            yield ctx.report("STEP_ACTOR_MISSING", _step_ref(index, "actor"), step=step.number)
        elif step.symbol is None:
            yield ctx.report(
                "STEP_SYMBOL_MISSING",
                _step_ref(index, "actor", step.actor),
                step=step.number,
                actor=ctx.actor_label(step.actor),
            )
        if step.duration is None:
            yield ctx.report(
                "STEP_DURATION_MISSING", _step_ref(index, "duration"), step=step.number
            )
        if _blank(step.output):
            yield ctx.report("STEP_OUTPUT_MISSING", _step_ref(index, "output"), step=step.number)


def step_numbers_unique(ctx: RuleContext) -> Iterator[Finding]:
    """No two steps share a No (galat); the second and later uses are reported."""
    seen: set[int] = set()
    for index, step in enumerate(ctx.sop.steps):
        if step.number in seen:
            yield ctx.report(
                "STEP_NUMBER_DUPLICATE",
                _step_ref(index, "number"),
                value=step.number,
                step=step.number,
            )
        seen.add(step.number)


# ---------------------------------------------------------------------------------------
# The flow (Lampiran II angka 4)
# ---------------------------------------------------------------------------------------


def flow_ends(ctx: RuleContext) -> Iterator[Finding]:
    """The first step by order and the last step by order use the Terminator (galat).

    A step without a symbol is already reported by :func:`step_fields`, so it is not
    reported again here.
    """
    steps = ctx.sop.steps
    for index, code in (
        (0, "FLOW_START_NOT_TERMINATOR"),
        (len(steps) - 1, "FLOW_END_NOT_TERMINATOR"),
    ):
        step = steps[index]
        if step.symbol is not None and step.symbol is not Symbol.TERMINATOR:
            yield ctx.report(
                code,
                _step_ref(index, "actor", step.actor),
                value=step.symbol.label,
                step=step.number,
                symbol=step.symbol.label,
            )


def decision_targets(ctx: RuleContext) -> Iterator[Finding]:
    """A decision has a Ya and a Tidak target, each an existing step other than itself
    (galat); two equal targets do not branch (peringatan); a target on a step that is not
    a decision is ignored and reported (peringatan)."""
    numbers = {step.number for step in ctx.sop.steps}
    for index, step in enumerate(ctx.sop.steps):
        if step.symbol is not Symbol.DECISION:
            for key, branch in _BRANCHES:
                target: int | None = getattr(step, key)
                if target is not None:
                    yield ctx.report(
                        "TARGET_ON_NON_DECISION",
                        _step_ref(index, key),
                        value=target,
                        step=step.number,
                        branch=branch,
                    )
            continue
        for key, branch in _BRANCHES:
            target = getattr(step, key)
            ref = _step_ref(index, key)
            if target is None:
                yield ctx.report("DECISION_TARGET_MISSING", ref, step=step.number, branch=branch)
            elif target == step.number:
                yield ctx.report(
                    "DECISION_TARGET_SELF", ref, value=target, step=step.number, branch=branch
                )
            elif target not in numbers:
                yield ctx.report(
                    "DECISION_TARGET_UNKNOWN",
                    ref,
                    value=target,
                    step=step.number,
                    branch=branch,
                    target=target,
                )
        same = step.yes_target if step.yes_target == step.no_target else None
        # A missing, self or unknown pair is already reported twice above.
        if same is not None and same != step.number and same in numbers:
            yield ctx.report(
                "DECISION_TARGETS_SAME",
                _step_ref(index, "no_target"),
                value=same,
                step=step.number,
                target=same,
            )


def flow_graph(sop: Sop) -> tuple[list[list[int]], list[bool]]:
    """The flow of ``sop`` as successor lists over step positions, and which are ends.

    Semantics:

    * the first step by order is the start, whatever its symbol;
    * every Terminator other than the first step is an end: the flow stops there, and a
      step after it is reached only through a decision's target;
    * the last step by order, unless it is a decision, is also an end (the table stops);
      if it is not a Terminator that is FLOW_END_NOT_TERMINATOR, not a dead end of every
      step before it;
    * a decision flows only to its Ya and Tidak targets. A target refers to the first step
      with that No. A branch that is missing, unknown or points at the decision itself
      is reported by :func:`decision_targets`; for the flow it continues to the next
      step, so one slip is not also reported on every step behind it;
    * every other step flows to the next step by order.
    """
    steps = sop.steps
    last = len(steps) - 1
    position: dict[int, int] = {}
    for index, step in enumerate(steps):
        position.setdefault(step.number, index)
    successors: list[list[int]] = []
    ends: list[bool] = []
    for index, step in enumerate(steps):
        following = [index + 1] if index < last else []
        if step.symbol is Symbol.DECISION:
            targets: list[int] = []
            for key, _ in _BRANCHES:
                number: int | None = getattr(step, key)
                target = position.get(number) if number is not None else None
                for successor in following if target is None or target == index else [target]:
                    if successor not in targets:
                        targets.append(successor)
            successors.append(targets)
            ends.append(False)
        elif (step.symbol is Symbol.TERMINATOR and index != 0) or index == last:
            successors.append([])
            ends.append(True)
        else:
            successors.append(following)
            ends.append(False)
    return successors, ends


def _visit(starts: Iterable[int], successors: Sequence[Sequence[int]]) -> set[int]:
    """Every node reachable from ``starts`` (breadth-first; no recursion, any size)."""
    seen = set(starts)
    queue = deque(seen)
    while queue:
        node = queue.popleft()
        for successor in successors[node]:
            if successor not in seen:
                seen.add(successor)
                queue.append(successor)
    return seen


def flow_connected(ctx: RuleContext) -> Iterator[Finding]:
    """Every step is reachable from the first step (STEP_UNREACHABLE) and, when reached,
    can go on to an end (STEP_DEAD_END); each bad step is reported once (galat)."""
    successors, ends = flow_graph(ctx.sop)
    reached = _visit([0], successors)
    predecessors: list[list[int]] = [[] for _ in successors]
    for node, targets in enumerate(successors):
        for target in targets:
            predecessors[target].append(node)
    finishing = _visit([node for node, end in enumerate(ends) if end], predecessors)
    for index, step in enumerate(ctx.sop.steps):
        if index not in reached:
            yield ctx.report("STEP_UNREACHABLE", _step_ref(index, "number"), step=step.number)
        elif index not in finishing:
            yield ctx.report("STEP_DEAD_END", _step_ref(index, "number"), step=step.number)


# ---------------------------------------------------------------------------------------
# Profile permenpan (Permenpan RB 35/2012)
# ---------------------------------------------------------------------------------------

PERMENPAN_SYMBOLS: Final = frozenset({Symbol.TERMINATOR, Symbol.PROCESS, Symbol.DECISION})

SUBJECT_WORDS: Final = frozenset(
    {
        *("kepala", "sekretaris", "staf", "staff", "petugas", "pegawai", "pemohon"),
        *("bendahara", "operator", "kasubbag", "kabid", "kasi", "camat", "lurah"),
        *("pelaksana", "pejabat"),
    }
)
"""First words that make an uraian start with a subject (who), not with the activity."""

VERB_WORDS: Final = frozenset(
    {
        *("cek", "input", "scan", "upload", "validasi", "verifikasi", "paraf"),
        *("tandatangani", "serahkan", "catat", "ajukan", "terima", "kirim", "periksa"),
        *("buat", "susun", "tetapkan", "teruskan", "arsipkan", "selesai", "mulai"),
        # Imperatives that begin like a passive di- verb.
        *("distribusikan", "diskusikan"),
        # Base verbs that take no prefix in plain official Indonesian.
        *("datang", "ambil", "isi", "cetak", "pilih", "tulis", "bawa", "tunggu"),
    }
)
"""Imperatives, base and loan verbs accepted as the first word although they lack a
prefix."""

_VERB_PREFIXES: Final = ("me", "ber", "ter")
# Common nouns that happen to begin like an active verb ("Berkas diterima" has a subject).
_PREFIX_NOUNS: Final = frozenset(
    {"berkas", "berita", "meja", "media", "memo", "menteri", "mesin", "metode", "terminal"}
)
_WORD: Final = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def permenpan_symbols(ctx: RuleContext) -> Iterator[Finding]:
    """Only Terminator, Proses and Pengambilan Keputusan are used (peringatan)."""
    for index, step in enumerate(ctx.sop.steps):
        if step.symbol is not None and step.symbol not in PERMENPAN_SYMBOLS:
            yield ctx.report(
                "PERMENPAN_SYMBOL",
                _step_ref(index, "actor", step.actor),
                value=step.symbol.label,
                step=step.number,
                symbol=step.symbol.label,
            )


def _starts_with_subject(description: str, actor_names: Sequence[str]) -> bool:
    """True when ``description`` does not open with an active verb (a heuristic).

    It opens with a subject when it starts with one of the SOP's jabatan or a word of
    :data:`SUBJECT_WORDS`. Otherwise its first word must look like an active verb: the
    prefixes me- (mem-, men-, meng-, meny-), ber-, ter-, the imperative suffix -kan, or
    :data:`VERB_WORDS` ("Tanda tangani" is read as one word). A passive "di-" verb fails,
    so imperatives that begin with "di" ("Distribusikan") are in :data:`VERB_WORDS`.
    """
    folded = " ".join(description.split()).casefold()
    for name in actor_names:
        if folded == name or folded.startswith(name + " "):
            return True
    words = _WORD.findall(folded)
    if not words:
        return False
    first = words[0]
    if first in SUBJECT_WORDS:
        return True
    if first in VERB_WORDS or "".join(words[:2]) in VERB_WORDS:
        return False
    if first in _PREFIX_NOUNS:
        return True
    # An imperative in -kan ("Sampaikan") is active; a di- verb ("Disampaikan") is passive.
    imperative = len(first) >= 6 and first.endswith("kan") and not first.startswith("di")
    return not (first.startswith(_VERB_PREFIXES) or imperative)


def permenpan_activity(ctx: RuleContext) -> Iterator[Finding]:
    """Each uraian is an active verb without a subject (peringatan); an empty uraian is
    already STEP_DESCRIPTION_MISSING."""
    names = [
        " ".join(actor.name.split()).casefold()
        for actor in ctx.sop.actors
        if not _blank(actor.name)
    ]
    for index, step in enumerate(ctx.sop.steps):
        if _blank(step.description):
            continue
        if _starts_with_subject(step.description, names):
            text = " ".join(step.description.split())
            shown = text if len(text) <= 60 else text[:57].rstrip() + "..."
            yield ctx.report(
                "PERMENPAN_ACTIVITY_SUBJECT",
                _step_ref(index, "description"),
                value=step.description,
                step=step.number,
                text=shown,
            )


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
