"""Finding SOP titles that are the same procedure written twice (Lampiran I angka 3 huruf
b: prevent duplicated work; angka 5: no overlap with other SOPs).

Titles are read as procedures by :mod:`sopxl.register.titles`. Titles that read the same
(same weighted stems) are one *key*; only keys are compared. Candidates come from an
inverted index over stems (prefix filtering): a key is compared only with keys sharing one
of its rarest stems, enough of them that any title reaching the threshold must share one
(:func:`sopxl.register.titles.score_bound`); candidates are scored in bulk with numpy and
only the few that can reach the threshold are compared one by one. Nothing compares all
pairs.

Titles joined by a score of :data:`~sopxl.register.titles.SAME_SCORE` or more form a
*group* when there are three or more of them; a group is reported once, and the pairs
between a group and other titles once per group. What a person reads is the list of
:class:`Entry` values: groups and pairs, highest score first.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from sopxl.register.text import DUPLICATE_THRESHOLD
from sopxl.register.titles import (
    CONTENT_WEIGHT,
    SAME_SCORE,
    Lexicon,
    Matcher,
    Title,
    compare,
    score_bound,
    verdict,
)

GROUP_SIZE = 3
"""Titles of one procedure from this many on are shown as one group."""


@dataclass(frozen=True)
class Entry:
    """One finding of the search: ``a`` and ``b`` are title indices (``b`` is ``None``
    for a group); ``members`` the titles of a group (or of side ``a`` when it is a group),
    ``others`` the titles of side ``b`` when it is a group."""

    score: int
    a: int
    b: int | None
    reason: str
    members: tuple[int, ...] = ()
    others: tuple[int, ...] = ()

    @property
    def is_group(self) -> bool:
        return self.b is None

    @property
    def titles_a(self) -> tuple[int, ...]:
        return self.members or (self.a,)

    @property
    def titles_b(self) -> tuple[int, ...]:
        if self.b is None:
            return ()
        return self.others or (self.b,)

    def involves(self, wanted: set[int]) -> bool:
        return any(i in wanted for i in (*self.titles_a, *self.titles_b))


@dataclass
class Search:
    """The result of :func:`search`: titles as keys, scored key pairs."""

    titles: list[Title]
    key_of: list[int]  # title index -> key index
    members: list[list[int]]  # key index -> title indices
    key_pairs: list[tuple[int, int, int]]  # (key u, key v, score), u < v
    lexicon: Lexicon
    _neighbours: dict[int, list[tuple[int, int]]] | None = None

    def title_pairs(self) -> Iterator[tuple[int, int, int]]:
        """Every pair ``(i, j, score)`` of titles, ``i < j``, at or above the threshold
        (titles that read the same score 100). Can be many: prefer :meth:`entries`."""
        for group in self.members:
            for x, i in enumerate(group):
                for j in group[x + 1 :]:
                    yield i, j, 100
        for u, v, score in self.key_pairs:
            for i in self.members[u]:
                for j in self.members[v]:
                    yield min(i, j), max(i, j), score

    def entries(self, agencies: Sequence[str] | None = None) -> list[Entry]:
        """Groups and pairs, each once, highest score first. With ``agencies`` (the SKPD
        of each title), only what spans two or more SKPDs."""
        parent = list(range(len(self.members)))

        def find(k: int) -> int:
            while parent[k] != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        for u, v, score in self.key_pairs:
            if score >= SAME_SCORE:
                parent[find(u)] = find(v)
        lowest: dict[int, int] = {}  # component -> its weakest joining score
        for u, _, score in self.key_pairs:
            if score >= SAME_SCORE:
                root = find(u)
                lowest[root] = min(score, lowest.get(root, 100))
        components: dict[int, list[int]] = {}
        for key in range(len(self.members)):
            components.setdefault(find(key), []).append(key)
        item_of: dict[int, tuple[int, ...]] = {}  # title -> its group's titles, if any
        entries: list[Entry] = []
        for keys in components.values():
            titles = sorted(i for k in keys for i in self.members[k])
            if len(titles) >= GROUP_SIZE:
                group = tuple(titles)
                for i in titles:
                    item_of[i] = group
                score = lowest.get(find(keys[0]), 100)
                entries.append(Entry(score, titles[0], None, "", members=group))
            elif len(titles) == 2:
                # Two titles of one procedure: one pair, and one side of any other pair.
                item_of[titles[0]] = item_of[titles[1]] = tuple(titles)
                score = lowest.get(find(keys[0]), 100)
                entries.append(Entry(score, titles[0], titles[1], ""))
        # Every title of a key is in its key's component, so sides are found per key.
        best: dict[tuple[tuple[int, ...], tuple[int, ...]], tuple[int, int, int]] = {}
        for u, v, score in self.key_pairs:
            i, j = self.members[u][0], self.members[v][0]
            side_a, side_b = item_of.get(i, (i,)), item_of.get(j, (j,))
            if side_a == side_b:
                continue
            if side_b < side_a:
                side_a, side_b, i, j = side_b, side_a, j, i
            if score > best.get((side_a, side_b), (-1, 0, 0))[0]:
                best[(side_a, side_b)] = (score, i, j)
        for (side_a, side_b), (score, i, j) in best.items():
            entries.append(
                Entry(
                    score,
                    i,
                    j,
                    "",
                    members=side_a if len(side_a) > 1 else (),
                    others=side_b if len(side_b) > 1 else (),
                )
            )
        if agencies is not None:
            entries = [
                e for e in entries if len({agencies[i] for i in (*e.titles_a, *e.titles_b)}) > 1
            ]
        entries = [self._explained(e) for e in entries]
        entries.sort(key=lambda e: (-e.score, e.b is not None, e.a, e.b or 0))
        return entries

    def closest(self, title: int, limit: int) -> list[tuple[int, int]]:
        """The ``limit`` titles closest to ``title`` as ``(score, other)``, best first."""
        if self._neighbours is None:
            neighbours: dict[int, list[tuple[int, int]]] = {}
            for u, v, score in self.key_pairs:
                neighbours.setdefault(u, []).append((score, v))
                neighbours.setdefault(v, []).append((score, u))
            self._neighbours = neighbours
        key = self.key_of[title]
        found = [(100, i) for i in self.members[key] if i != title][:limit]
        for score, other in sorted(self._neighbours.get(key, []), key=lambda m: -m[0]):
            if len(found) >= limit:
                break
            found.extend((score, i) for i in self.members[other][: limit - len(found)])
        return found

    def reason(self, i: int, j: int) -> str:
        """Why titles ``i`` and ``j`` were found alike, in Indonesian words."""
        return compare(self.titles[i], self.titles[j], self.lexicon).reason or "judul sama"

    def _explained(self, entry: Entry) -> Entry:
        if entry.b is None:
            first = self.titles[entry.members[0]]
            keys = {self.key_of[i] for i in entry.members}
            if len(keys) == 1:
                reason = "judul sama"
            else:
                parts = [
                    compare(first, self.titles[i], self.lexicon).reason
                    for i in entry.members[1:]
                    if self.key_of[i] != self.key_of[entry.members[0]]
                ]
                reason = "; ".join(dict.fromkeys(p for part in parts for p in part.split("; ")))
            return Entry(entry.score, entry.a, None, reason or "judul sama", entry.members)
        found = compare(self.titles[entry.a], self.titles[entry.b], self.lexicon)
        return Entry(entry.score, entry.a, entry.b, found.reason, entry.members, entry.others)


def search(
    titles: Sequence[str], threshold: int = DUPLICATE_THRESHOLD, matcher: Matcher | None = None
) -> Search:
    """Find every pair of titles scoring at least ``threshold`` (0-100)."""
    matcher = matcher or Matcher()
    read = matcher.read(titles)
    index: dict[object, int] = {}
    key_of: list[int] = []
    members: list[list[int]] = []
    keys: list[Title] = []
    for position, title in enumerate(read):
        key = title.key
        found = index.get(key)
        if found is None:
            found = index[key] = len(keys)
            keys.append(title)
            members.append([])
        key_of.append(found)
        members[found].append(position)
    pairs = _key_pairs(keys, threshold, matcher.lexicon)
    return Search(read, key_of, members, pairs, matcher.lexicon)


def _key_pairs(keys: list[Title], threshold: int, lexicon: Lexicon) -> list[tuple[int, int, int]]:
    if len(keys) < 2:
        return []
    frequency: dict[str, int] = {}
    for title in keys:
        for root in title.weights:
            frequency[root] = frequency.get(root, 0) + 1
    ids = {root: n for n, root in enumerate(sorted(frequency))}
    width = max(1, max(len(title.weights) for title in keys))
    tokens = np.full((len(keys), width), -1, dtype=np.int32)
    weights = np.zeros((len(keys), width), dtype=np.float32)
    # A pair reaching the threshold matches at least ``tight`` of one title's weight and
    # ``loose`` of the other's (score_bound). A title matching a share s of its weight has
    # a matched stem among its rarest stems holding more than 1 - s (its prefix for s),
    # so the pair's rarest matched stem is in the tight prefix of one and the loose
    # prefix of the other. Indexing and probing these prefixes alone is enough (prefix
    # filtering, Chaudhuri et al. 2006; Xiao et al. 2008).
    tight, loose = score_bound(threshold)
    # Per prefix stem: (key, its weight there, weight after it, stems after it, total).
    Posting = tuple[int, float, float, int, float]
    tight_postings: dict[str, list[Posting]] = {}
    loose_postings: dict[str, list[Posting]] = {}
    probes: list[list[tuple[str, bool, Posting]]] = []
    for k, title in enumerate(keys):
        roots = sorted(title.weights, key=lambda r: (frequency[r], r))
        own = [title.weights[root] for root in roots]
        total = sum(own)
        for column, root in enumerate(roots):
            tokens[k, column] = ids[root]
            weights[k, column] = own[column]
        probe: list[tuple[str, bool, Posting]] = []
        for is_tight, share, postings in (
            (True, tight, tight_postings),
            (False, loose, loose_postings),
        ):
            covered = 0.0
            for column, root in enumerate(roots):
                if total <= 0 or covered > (1.0 - share) * total + 1e-9:
                    break
                after = total - covered - own[column]
                entry = (k, own[column], after, len(roots) - column - 1, total)
                postings.setdefault(root, []).append(entry)
                probe.append((root, is_tight, entry))
                covered += own[column]
        probes.append(probe)
    arrays = {
        (root, is_tight): np.array(entries, dtype=np.float64).reshape(-1, 5)
        for is_tight, postings in ((True, tight_postings), (False, loose_postings))
        for root, entries in postings.items()
    }
    found: list[tuple[int, int, int]] = []
    batch_a: list[np.ndarray] = []
    batch_b: list[np.ndarray] = []
    pending = 0
    chunk = max(1000, 2_000_000 // width)
    for k, probe in enumerate(probes):
        parts = []
        for root, is_tight, (_, weight, after, count, total) in probe:
            # The pair's rarest shared stem: here tight in this key and loose in the other,
            # or the reverse. Only stems after it can still match, on both sides.
            other = arrays.get((root, not is_tight))
            if other is None:
                continue
            other = other[other[:, 0] > k]
            mine_need, theirs_need = (tight, loose) if is_tight else (loose, tight)
            mine = weight + np.minimum(after, other[:, 3])
            theirs = other[:, 1] + np.minimum(other[:, 2], count)
            keep = (mine >= mine_need * total - 1e-6) & (theirs >= theirs_need * other[:, 4] - 1e-6)
            parts.append(other[keep, 0])
        if not parts:
            continue
        others = np.unique(np.concatenate(parts)).astype(np.int64)
        if not len(others):
            continue
        batch_a.append(np.full(len(others), k, dtype=np.int64))
        batch_b.append(others)
        pending += len(others)
        if pending >= chunk:
            found.extend(_score_batch(batch_a, batch_b, tokens, weights, keys, threshold, lexicon))
            batch_a, batch_b, pending = [], [], 0
    if pending:
        found.extend(_score_batch(batch_a, batch_b, tokens, weights, keys, threshold, lexicon))
    found.sort()
    return found


def _score_batch(
    batch_a: list[np.ndarray],
    batch_b: list[np.ndarray],
    tokens: np.ndarray,
    weights: np.ndarray,
    keys: list[Title],
    threshold: int,
    lexicon: Lexicon,
) -> Iterator[tuple[int, int, int]]:
    """Score candidate key pairs in bulk with the formula of
    :func:`sopxl.register.titles.compare` before contrast and marker words; only pairs
    that can reach ``threshold`` are then compared one by one."""
    first = np.concatenate(batch_a)
    second = np.concatenate(batch_b)
    ta, tb = tokens[first], tokens[second]
    wa, wb = weights[first], weights[second]
    hit_a = np.zeros(ta.shape, dtype=bool)
    hit_b = np.zeros(tb.shape, dtype=bool)
    for column in range(ta.shape[1]):
        same = tb == ta[:, column : column + 1]
        hit_a[:, column] = same.any(axis=1)
        hit_b |= same
    hit_a &= ta >= 0
    hit_b &= tb >= 0
    # The shared weight counts each matched stem at the lower of its two weights; the
    # larger of the two sides' matched weights bounds it from above, and the score only
    # grows with it, so this filter never drops a pair compare() would keep.
    shared = np.maximum((wa * hit_a).sum(axis=1), (wb * hit_b).sum(axis=1))
    left_a = (wa * ~hit_a).sum(axis=1)
    left_b = (wb * ~hit_b).sum(axis=1)
    small = np.minimum(left_a, left_b)
    large = np.maximum(left_a, left_b)
    with np.errstate(divide="ignore", invalid="ignore"):
        score = 100 * (0.6 * shared / (shared + small) + 0.4 * shared / (shared + large))
        dice = 200 * shared / (2 * shared + left_a + left_b) - 20
    both = ((wa >= CONTENT_WEIGHT) & ~hit_a).any(axis=1) & ((wb >= CONTENT_WEIGHT) & ~hit_b).any(
        axis=1
    )
    score = np.where(both, np.minimum(score, dice), score)
    score = np.where(shared > 0, score, 0.0)
    for index in np.nonzero(score >= threshold - 1)[0].tolist():
        a, b = int(first[index]), int(second[index])
        result = compare(keys[a], keys[b], lexicon, explain=False)
        if result.score >= threshold:
            yield a, b, result.score


def similar_pairs(
    titles: Sequence[str], threshold: int = DUPLICATE_THRESHOLD
) -> list[tuple[int, int, int]]:
    """Every pair ``(i, j, score)`` with ``i < j`` whose titles score at least
    ``threshold`` (0-100), in order of ``i`` then ``j``."""
    return sorted(search(titles, threshold).title_pairs())


PAIR_COLUMNS = ("agency_code", "agency", "unit", "section", "code", "title", "title_id")
FRAME_COLUMNS = [
    "score",
    "verdict",
    "kind",
    "count_a",
    "count_b",
    "same_agency",
    "reason",
    *(f"{name}_{side}" for side in ("a", "b") for name in PAIR_COLUMNS),
]


def duplicates_frame(
    inventory: pd.DataFrame,
    threshold: int = DUPLICATE_THRESHOLD,
    across_agencies: bool = False,
    matcher: Matcher | None = None,
) -> pd.DataFrame:
    """The duplicate findings of an inventory frame (:meth:`Register.inventory_frame`),
    one row per :class:`Entry`, highest score first: ``score``, ``verdict``, ``kind``
    ("pasangan" or "kelompok"), ``count_a``/``count_b`` (titles on each side; a group is
    side a alone), ``same_agency``, ``reason`` and each side's first title's columns
    suffixed ``_a``/``_b`` (for a group, its first two titles). ``across_agencies`` keeps
    only entries spanning two SKPDs."""
    if inventory.empty:
        return pd.DataFrame(columns=FRAME_COLUMNS)
    found = search(inventory["title"].astype(str).tolist(), threshold, matcher)
    agencies = inventory["agency_code"].astype(str).tolist()
    records = inventory[list(PAIR_COLUMNS)].to_dict("records")
    rows: list[dict[str, object]] = []
    for entry in found.entries(agencies if across_agencies else None):
        if entry.is_group:
            first, second = entry.members[0], entry.members[1]
            counts = (len(entry.members), 0)
        else:
            assert entry.b is not None
            first, second = entry.a, entry.b
            counts = (len(entry.titles_a), len(entry.titles_b))
        spread = {agencies[i] for i in (*entry.titles_a, *entry.titles_b)}
        row: dict[str, object] = {
            "score": entry.score,
            "verdict": verdict(entry.score, threshold),
            "kind": "kelompok" if entry.is_group else "pasangan",
            "count_a": counts[0],
            "count_b": counts[1],
            "same_agency": len(spread) == 1,
            "reason": entry.reason,
        }
        row.update({f"{k}_a": v for k, v in records[first].items()})
        row.update({f"{k}_b": v for k, v in records[second].items()})
        rows.append(row)
    return pd.DataFrame(rows, columns=FRAME_COLUMNS)
