"""Reading an Indonesian SOP title as a procedure: what it acts on, not how it is spelt.

A title is reduced to weighted word stems (PySastrawi, cached per word):

- "SOP", "Standar Operasional Prosedur", "Prosedur", ".pdf", years, conjunctions and filler
  words are dropped (weight 0);
- acronyms and abbreviations are expanded ("DUK" -> daftar urut kepegawaian), old spellings
  mended ("resiko" -> risiko);
- generic procedural verbs ("pengelolaan", "penyusunan", "pengajuan", ...) weigh 0.1: nearly
  every SOP manages, drafts or proposes something, so the object of the procedure decides
  (words of an acronym's expansion always weigh 1: they name a thing);
- light modifiers ("publik", "elektronik") weigh 0.4; every other word 1.

Two titles are then compared by the weight they share (:func:`compare`): a title that is the
other with words left out scores high (most titles shorten), two titles that each name an
object the other lacks score low, and words that flip meaning (masuk/keluar,
kelahiran/kematian, ...) or mark another procedure when only one title has them
("perubahan", "pembatalan") are decisive. The words come from ``istilah.toml`` shipped
with sopxl, extended by the workspace (``[duplikat]`` in ``sopxl.toml`` or its own
``istilah.toml``).
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any, Final

from sopxl.errors import InputError, reason

GENERIC_WEIGHT: Final = 0.1
WEAK_WEIGHT: Final = 0.4
CONTENT_WEIGHT: Final = 1.0
SAME_SCORE: Final = 95
"""From this score two titles are called the same procedure ("sama"); below it, down to
the workspace threshold, "kemungkinan sama"."""

TERMS_FILE: Final = "istilah.toml"
_WORD: Final = re.compile(r"[^\W_]+", re.UNICODE)
_ACTION: Final = re.compile(r"^(?:pe|per)[a-z]{3,}an$|^[a-z]{3,}(?:asi|isasi)$")
"""A word naming an action: a pe-/per-...-an nominalisation ("penyimpanan", "pelaporan") or a
loan word in -asi ("verifikasi")."""
_PREFIXES: Final = (
    ("standar", "operasional", "prosedur"),
    ("standard", "operasional", "prosedur"),
    ("standar", "operasional", "pelayanan"),
)


@dataclass(frozen=True)
class Lexicon:
    """The words the matcher knows: acronyms (as word tuples) with their expansions,
    spelling fixes, filler, generic verbs, light modifiers, one-sided markers and groups
    of contrasting words. Marker and contrast words are held as stems."""

    acronyms: Mapping[tuple[str, ...], tuple[str, ...]]
    spellings: frozenset[tuple[str, ...]]
    filler: frozenset[str]
    generic: frozenset[str]
    umbrella: frozenset[str]
    weak: frozenset[str]
    markers: frozenset[str]
    contrasts: tuple[frozenset[str], ...]

    @cached_property
    def longest_acronym(self) -> int:
        return max((len(key) for key in self.acronyms), default=1)

    @cached_property
    def decisive(self) -> frozenset[str]:
        """Stems that never merge with a look-alike spelling."""
        return self.markers.union(*self.contrasts)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _str_list(value: object, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f'{where} harus daftar teks, misalnya ["pengelolaan"].')
    return [word for v in value for word in _words(v)]


def _merge(data: dict[str, Any], extra: Mapping[str, Any], where: str) -> None:
    """Add one source's terms to ``data`` (tables merge, lists extend)."""
    for section, value in extra.items():
        if not isinstance(value, dict):
            continue
        target = data.setdefault(section, {})
        for key, item in value.items():
            if isinstance(item, list) and isinstance(target.get(key), list):
                target[key] = [*target[key], *item]
            elif isinstance(item, str | list):
                target[key] = item
            else:
                raise InputError(f"{where}: {section}.{key} harus teks atau daftar teks.")


def load_lexicon(extras: Sequence[tuple[Mapping[str, Any], str]] = ()) -> Lexicon:
    """The shipped ``istilah.toml`` extended by ``extras`` (each a parsed table and the
    name of where it came from, for messages). Raises :class:`InputError` when an extra is
    malformed."""
    text = resources.files("sopxl.register").joinpath(TERMS_FILE).read_text(encoding="utf-8")
    data: dict[str, Any] = tomllib.loads(text)
    for extra, where in extras:
        _merge(data, extra, where)
    acronyms: dict[tuple[str, ...], tuple[str, ...]] = {}
    spellings: set[tuple[str, ...]] = set()
    for section in ("akronim", "ejaan"):
        table = data.get(section, {})
        for key, value in table.items():
            if not isinstance(value, str) or not _words(value) or not _words(key):
                raise InputError(f"{section}.{key} harus teks kepanjangan yang tidak kosong.")
            acronyms[tuple(_words(key))] = tuple(_words(value))
            if section == "ejaan":
                spellings.add(tuple(_words(key)))
    words = data.get("kata", {})
    contrasts = data.get("pembeda", {}).get("kelompok", [])
    if not isinstance(contrasts, list):
        raise InputError("pembeda.kelompok harus daftar kelompok kata.")
    return Lexicon(
        acronyms=acronyms,
        spellings=frozenset(spellings),
        filler=frozenset(_str_list(words.get("pengisi", []), "kata.pengisi")),
        generic=frozenset(_str_list(words.get("kerja_umum", []), "kata.kerja_umum")),
        umbrella=frozenset(_str_list(words.get("kerja_payung", []), "kata.kerja_payung")),
        weak=frozenset(_str_list(words.get("lemah", []), "kata.lemah")),
        markers=frozenset(stem(w) for w in _str_list(words.get("penanda", []), "kata.penanda")),
        contrasts=tuple(
            frozenset(stem(w) for w in _str_list(group, "pembeda.kelompok")) for group in contrasts
        ),
    )


def workspace_terms(root: Path, config: Mapping[str, Any]) -> list[tuple[Mapping[str, Any], str]]:
    """The workspace's additions: ``istilah.toml`` in its folder, then the ``[duplikat]``
    table of ``sopxl.toml`` (its ``akronim``/``ejaan`` sub-tables and ``kata_kerja_umum``,
    ``kata_pengisi``, ``kata_lemah``, ``kata_penanda``, ``kelompok_pembeda`` lists)."""
    extras: list[tuple[Mapping[str, Any], str]] = []
    path = root / TERMS_FILE
    if path.is_file():
        try:
            extras.append((tomllib.loads(path.read_text(encoding="utf-8")), str(path)))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise InputError(f"{path} tidak dapat dibaca: {reason(error)}") from error
    section = config.get("duplikat", {})
    if isinstance(section, dict):
        where = f"{root / 'sopxl.toml'} [duplikat]"
        words = {
            target: _str_list(section[name], f"{where} {name}") and section[name]
            for name, target in (
                ("kata_pengisi", "pengisi"),
                ("kata_kerja_umum", "kerja_umum"),
                ("kata_kerja_payung", "kerja_payung"),
                ("kata_lemah", "lemah"),
                ("kata_penanda", "penanda"),
            )
            if name in section
        }
        for name in ("akronim", "ejaan"):
            if not isinstance(section.get(name, {}), dict):
                raise InputError(f"{where} {name} harus tabel [duplikat.{name}] berisi teks.")
        table: dict[str, Any] = {
            "akronim": section.get("akronim", {}),
            "ejaan": section.get("ejaan", {}),
            "kata": words,
        }
        if "kelompok_pembeda" in section:
            table["pembeda"] = {"kelompok": section["kelompok_pembeda"]}
        extras.append((table, where))
    return extras


_STEMS: dict[str, str] = {}
_STEMMER: Any = None


def stem(word: str) -> str:
    """The Indonesian root of ``word`` ("penerimaan" -> "terima"), cached: stemming is the
    slow part of reading a title."""
    found = _STEMS.get(word)
    if found is None:
        global _STEMMER
        if _STEMMER is None:
            from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

            _STEMMER = StemmerFactory().create_stemmer()
        found = str(_STEMMER.stem(word)) or word if word.isalpha() else word
        _STEMS[word] = found
    return found


@dataclass(frozen=True)
class Title:
    """One title read as a procedure. ``weights`` maps each stem to its weight (the largest
    of its occurrences); ``stems`` holds every stem, filler included (for contrast words);
    ``surface`` the first word each stem came from; ``acronyms`` the acronyms expanded with
    the stems they stand for; ``generic`` the generic verbs present."""

    weights: Mapping[str, float]
    stems: frozenset[str]
    surface: Mapping[str, str]
    acronyms: Mapping[str, frozenset[str]] = field(default_factory=dict)
    generic: tuple[str, ...] = ()
    marks: frozenset[str] = frozenset()
    producing: frozenset[str] = frozenset()
    actions: frozenset[str] = frozenset()

    @property
    def key(self) -> tuple[frozenset[tuple[str, float]], frozenset[str]]:
        """Equal keys compare as the same procedure with score 100."""
        return frozenset(self.weights.items()), self.stems


def _strip_labels(words: list[str]) -> list[str]:
    for prefix in _PREFIXES:
        n = len(prefix)
        for start in range(len(words) - n + 1):
            if tuple(words[start : start + n]) == prefix:
                words = words[:start] + words[start + n :]
                break
    return [w for w in words if not w.isdigit()]


def read_title(title: str, lexicon: Lexicon, spelling: Mapping[str, str] | None = None) -> Title:
    """Read ``title`` into weighted stems (see the module docstring), its misspelt words
    first put right by ``spelling`` (see :func:`canonical_spellings`)."""
    words = _strip_labels(_words(title))
    if spelling:
        words = [spelling.get(word, word) for word in words]
    expanded: list[tuple[str, str | None]] = []  # (word, acronym it came from)
    longest = lexicon.longest_acronym
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            key = tuple(words[i : i + n])
            expansion = lexicon.acronyms.get(key)
            if expansion is not None:
                label = ("ejaan " if key in lexicon.spellings else "akronim ") + " ".join(key)
                expanded.extend((w, label) for w in expansion)
                i += n
                break
        else:
            expanded.append((words[i], None))
            i += 1
    weights: dict[str, float] = {}
    surface: dict[str, str] = {}
    acronyms: dict[str, set[str]] = {}
    stems: set[str] = set()
    generic: list[str] = []
    producing: set[str] = set()
    actions: set[str] = set()
    for word, acronym in expanded:
        root = stem(word)
        stems.add(root)
        if word in lexicon.filler:
            continue
        if acronym is not None and not acronym.startswith("ejaan "):
            # Words of an expansion name a thing: "Surat Permintaan Pembayaran" is a
            # document, its "permintaan" no generic verb.
            weight = CONTENT_WEIGHT
        elif word in lexicon.generic or word in lexicon.umbrella:
            weight = GENERIC_WEIGHT
            if word not in generic:
                generic.append(word)
            if word not in lexicon.umbrella:
                producing.add(root)
        elif word in lexicon.weak:
            weight = WEAK_WEIGHT
        else:
            weight = CONTENT_WEIGHT
            if _ACTION.match(word):
                actions.add(root)
        if weight > weights.get(root, 0.0):
            weights[root] = weight
        surface.setdefault(root, word)
        if acronym is not None:
            acronyms.setdefault(acronym, set()).add(root)
    return Title(
        weights=weights,
        stems=frozenset(stems),
        surface=surface,
        acronyms={k: frozenset(v) for k, v in acronyms.items()},
        generic=tuple(generic),
        marks=frozenset(stems) & lexicon.decisive,
        producing=frozenset(producing),
        actions=frozenset(actions),
    )


def canonical_spellings(
    titles: Iterable[str], lexicon: Lexicon, cutoff: float = 92.0
) -> dict[str, str]:
    """A map from a misspelt word to the spelling most ``titles`` use ("konskuensi" ->
    "konsekuensi", "keuanggan" -> "keuangan"): words of seven letters or more one letter
    apart (RapidFuzz ratio >= ``cutoff``: a letter left out or doubled, not a letter
    changed, so "pengaduan" never becomes "pengadaan"), compared only within the same first
    two letters. Listed words and contrast or marker words never change."""
    from rapidfuzz import fuzz, process

    counts: dict[str, int] = {}
    for title in titles:
        for word in set(_words(title)):
            counts[word] = counts.get(word, 0) + 1
    known = lexicon.filler | lexicon.generic | lexicon.umbrella | lexicon.weak
    decisive = lexicon.decisive
    buckets: dict[str, list[str]] = {}
    for word in counts:
        if (
            len(word) >= 7
            and word.isalpha()
            and word not in known
            and (word,) not in lexicon.acronyms
            and stem(word) not in decisive
        ):
            buckets.setdefault(word[:2], []).append(word)
    mapping: dict[str, str] = {}
    for bucket in buckets.values():
        if len(bucket) < 2:
            continue
        bucket.sort(key=lambda w: (-counts[w], w))
        matrix = process.cdist(bucket, bucket, scorer=fuzz.ratio, score_cutoff=cutoff)
        for i, word in enumerate(bucket):
            for j in range(i):
                if matrix[i][j]:
                    mapping[word] = mapping.get(bucket[j], bucket[j])
                    break
    return mapping


@dataclass(frozen=True)
class Comparison:
    """How alike two titles are: ``score`` 0-100 and the reasons, in Indonesian words."""

    score: int
    reasons: tuple[str, ...]

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)


def _score(a: Title, b: Title) -> tuple[float, set[str], set[str], set[str]]:
    wa, wb = a.weights, b.weights
    common = wa.keys() & wb.keys()
    shared = sum(min(wa[t], wb[t]) for t in common)
    only_a = set(wa) - common
    only_b = set(wb) - common
    if shared <= 0:
        return 0.0, common, only_a, only_b
    left_a = sum(wa[t] for t in only_a)
    left_b = sum(wb[t] for t in only_b)
    small, large = sorted((left_a, left_b))
    score = 100 * (0.6 * shared / (shared + small) + 0.4 * shared / (shared + large))
    if any(wa[t] >= CONTENT_WEIGHT for t in only_a) and any(
        wb[t] >= CONTENT_WEIGHT for t in only_b
    ):
        # Each names something the other does not: two objects, two procedures.
        score = min(score, 200 * shared / (2 * shared + left_a + left_b)) - 20
    return max(score, 0.0), common, only_a, only_b


def score_bound(threshold: int) -> tuple[float, float]:
    """The least shares of their own weight two titles must match to reach ``threshold``
    (see :func:`compare`), as ``(tight, loose)``: the title with less left unmatched
    matches at least ``tight`` of its weight, the other at least ``loose``. The search
    indexes only what could reach them."""
    lowest = threshold - 0.5  # scores are rounded: 79.5 reports as 80
    return max(0.0, lowest / 100), max(0.0, min(lowest / 100, (lowest - 60) / 40))


def compare(a: Title, b: Title, lexicon: Lexicon, explain: bool = True) -> Comparison:
    """Score two read titles 0-100 and say why.

    ``0.6 * covered(shorter) + 0.4 * covered(longer)`` of the shared weight, lowered to the
    Dice overlap minus 20 when each title names an object the other lacks; at most 40 when
    a contrast group splits them, at most 60 when a marker word is in one title only.
    """
    score, common, only_a, only_b = _score(a, b)
    reasons: list[str] = []
    for side, other, mine, theirs in ((a, b, only_a, only_b), (b, a, only_b, only_a)):
        made = side.producing & mine
        done = other.actions & theirs
        if made and done:
            # "Penyusunan Renja" is not "Penyimpanan Renja": a generic verb stands for
            # an action when the other title names a different one.
            score = min(score, 60.0)
            if explain:
                words = [side.surface[r] for r in sorted(made)]
                words += [other.surface[r] for r in sorted(done)]
                reasons.append("tindakan berbeda " + "/".join(words))
            break
    if a.marks == b.marks:
        # Neither contrast nor marker words differ: the common case, decided here.
        result = _round(score)
        if not explain:
            return Comparison(result, ())
        return Comparison(result, (*reasons, *_why(a, b, common, only_a, only_b)))
    for group in lexicon.contrasts:
        left = (group & a.stems) - b.stems
        right = (group & b.stems) - a.stems
        if left and right:
            score = min(score, 40.0)
            if explain:
                words = sorted(_word_of(a, r) for r in left) + sorted(_word_of(b, r) for r in right)
                reasons.append("kata pembeda " + "/".join(words))
            elif score < 40:
                break
    markers = lexicon.markers & (a.marks ^ b.marks)
    if markers:
        score = min(score, 60.0)
        if explain:
            words = sorted({_word_of(a, r) if r in a.stems else _word_of(b, r) for r in markers})
            reasons.append("penanda " + "/".join(words) + " hanya di satu judul")
    result = _round(score)
    if not explain:
        return Comparison(result, ())
    return Comparison(result, tuple(reasons) + _why(a, b, common, only_a, only_b))


def _round(score: float) -> int:
    """Half up, and deaf to the last bits of float sums: 79.5 is 80 whatever the order
    the weights were added in."""
    return math.floor(score + 0.5 + 1e-9)


def _word_of(title: Title, root: str) -> str:
    return title.surface.get(root, root)


def _why(
    a: Title, b: Title, common: set[str], only_a: set[str], only_b: set[str]
) -> tuple[str, ...]:
    reasons: list[str] = []
    if not only_a and not only_b and dict(a.surface) == dict(b.surface):
        reasons.append("judul sama")
    for side, other in ((a, b), (b, a)):
        for acronym, roots in side.acronyms.items():
            if acronym not in other.acronyms and roots & common:
                kind, _, words = acronym.partition(" ")
                label = f"{kind} {words.upper() if kind == 'akronim' else words}"
                if label not in reasons:
                    reasons.append(label)
    affixes = sorted(
        f"{a.surface[t]}/{b.surface[t]}"
        for t in common
        if a.surface[t] != b.surface[t] and a.weights[t] >= CONTENT_WEIGHT
    )
    if affixes:
        reasons.append("kata dasar sama " + ", ".join(affixes))
    generic = [w for w in (*a.generic, *b.generic) if stem(w) not in common]
    if generic:
        reasons.append("kata kerja umum " + "/".join(dict.fromkeys(generic)))
    extra_a = [a.surface[t] for t in a.weights if t in only_a and a.weights[t] >= CONTENT_WEIGHT]
    extra_b = [b.surface[t] for t in b.weights if t in only_b and b.weights[t] >= CONTENT_WEIGHT]
    if extra_a and extra_b:
        reasons.append("objek berbeda " + " ".join(extra_a) + " / " + " ".join(extra_b))
    elif extra_a or extra_b:
        reasons.append("hanya di satu judul: " + " ".join(extra_a or extra_b))
    objects = [a.surface[t] for t in a.weights if t in common and a.weights[t] >= CONTENT_WEIGHT]
    if objects and "judul sama" not in reasons:
        reasons.append("objek sama " + " ".join(objects))
    return tuple(reasons)


def verdict(score: int, threshold: int) -> str:
    """The verdict in words: "sama" from :data:`SAME_SCORE`, "kemungkinan sama" from
    ``threshold``, otherwise "berbeda"."""
    if score >= SAME_SCORE:
        return "sama"
    return "kemungkinan sama" if score >= threshold else "berbeda"


class Matcher:
    """Reads titles with one lexicon and compares them."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()

    def read(self, titles: Sequence[str]) -> list[Title]:
        """Every title read, with typos mended against the others (see
        :func:`canonical_spellings`)."""
        unique = list(dict.fromkeys(titles))
        spelling = canonical_spellings(unique, self.lexicon)
        cache = {text: read_title(text, self.lexicon, spelling) for text in unique}
        return [cache[text] for text in titles]

    def compare(self, a: str, b: str) -> Comparison:
        """Score the two titles ``a`` and ``b`` (0-100) with the reasons."""
        first, second = self.read([a, b])
        return compare(first, second, self.lexicon)
