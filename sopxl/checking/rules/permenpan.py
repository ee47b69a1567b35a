"""The ``permenpan`` profile's rules (Permenpan RB 35/2012).

Run only under that profile: only the Terminator, Process and Decision symbols, and
each activity written with the pelaksana as its subject or as an active verb.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

from sopxl.checking.rules.context import RuleContext, _blank, _step_ref
from sopxl.findings import Finding
from sopxl.model.sop import Symbol

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
