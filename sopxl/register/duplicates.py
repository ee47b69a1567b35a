"""Finding the same or near-identical SOP titles across the regency (Lampiran I angka 3
huruf b: prevent duplicated work; angka 5: no overlap with other SOPs).

The search is vectorised: titles are reduced to their normal form with words sorted, and
RapidFuzz's ``cdist`` scores every pair in compiled code, a block of rows at a time so
memory stays bounded (6,000 titles: a few seconds on one core, see
``benchmarks/register_speed.py``).
Sorting the words first makes the plain Indel ratio equal to ``token_sort_ratio``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from sopxl.register.text import DUPLICATE_THRESHOLD, title_key

BLOCK_ROWS = 1024


def _sorted_words(title: str) -> str:
    return " ".join(sorted(title_key(title).split()))


def similar_pairs(
    titles: Sequence[str], threshold: int = DUPLICATE_THRESHOLD
) -> list[tuple[int, int, int]]:
    """Every pair ``(i, j, score)`` with ``i < j`` whose titles score at least
    ``threshold`` (0-100), in order of ``i`` then ``j``.

    Titles are compared in order of length, each block only against the longer titles
    that can still reach the threshold: a ratio of ``t`` needs the shorter key to be at
    least ``t / (2 - t)`` of the longer one. That halves the pairs (one triangle) and
    skips most pairs of very different lengths, without changing the result.
    """
    keys = [_sorted_words(title) for title in titles]
    order = sorted(range(len(keys)), key=lambda i: (len(keys[i]), i))
    ordered = [keys[i] for i in order]
    lengths = np.array([len(key) for key in ordered])
    bound = threshold / (200 - threshold)
    found: list[tuple[int, int, int]] = []
    for start in range(0, len(ordered), BLOCK_ROWS):
        block = ordered[start : start + BLOCK_ROWS]
        longest = int(lengths[start + len(block) - 1])
        stop = int(np.searchsorted(lengths, longest / bound if bound else np.inf, side="right"))
        scores = process.cdist(
            block,
            ordered[start:stop],
            scorer=fuzz.ratio,
            score_cutoff=threshold,
            dtype=np.uint8,
            workers=-1,
        )
        rows, cols = np.nonzero(scores)
        for row, col in zip(rows.tolist(), cols.tolist(), strict=True):
            if col > row:
                i, j = order[start + row], order[start + col]
                found.append((min(i, j), max(i, j), int(scores[row, col])))
    found.sort()
    return found


PAIR_COLUMNS = ("agency_code", "agency", "unit", "section", "code", "title", "title_id")


def duplicates_frame(inventory: pd.DataFrame, threshold: int = DUPLICATE_THRESHOLD) -> pd.DataFrame:
    """The similar pairs of an inventory frame (:meth:`Register.inventory_frame`): one row
    per pair with ``score``, ``same_agency`` and each side's agency_code, agency, unit,
    section, code, title and title_id suffixed ``_a`` / ``_b``; highest score first."""
    columns = ["score", "same_agency"] + [
        f"{name}_{side}" for side in ("a", "b") for name in PAIR_COLUMNS
    ]
    if inventory.empty:
        return pd.DataFrame(columns=columns)
    pairs = similar_pairs(inventory["title"].astype(str).tolist(), threshold)
    if not pairs:
        return pd.DataFrame(columns=columns)
    index = np.array(pairs, dtype=np.int64)
    sides = [
        inventory.iloc[index[:, k]][list(PAIR_COLUMNS)].reset_index(drop=True).add_suffix(suffix)
        for k, suffix in ((0, "_a"), (1, "_b"))
    ]
    frame = pd.concat([pd.DataFrame({"score": index[:, 2]}), sides[0], sides[1]], axis=1)
    frame.insert(1, "same_agency", frame["agency_code_a"] == frame["agency_code_b"])
    return frame.sort_values(
        ["score", "agency_code_a", "code_a", "code_b"],
        ascending=[False, True, True, True],
        kind="stable",
    ).reset_index(drop=True)[columns]
