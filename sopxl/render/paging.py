"""Pagination of the procedure pages: which steps go on which page.

``--langkah-per-halaman`` is a maximum. The page count is the fewest the cap and the
page height allow; the steps are then spread so page sizes differ by one at most (9
steps at most 7 a page print 5 + 4, never 7 + 2), or, when tall rows decide, the
smallest cap that needs no extra page.
"""

from __future__ import annotations

from collections.abc import Sequence


def paginate(heights: Sequence[float], per_page: int | None, room: float | None) -> list[list[int]]:
    """Step indices per page, for rows of ``heights``, at most ``per_page`` steps and
    ``room`` points a page (``None``: no limit). One empty page when there are no steps."""
    count = len(heights)
    if count == 0:
        return [[]]
    if per_page is None and room is None:
        return [list(range(count))]
    pages = _fill(heights, per_page, room)
    if len(pages) == 1:
        return pages
    # The same number of pages, sizes differing by one at most (larger ones first).
    share, extra = divmod(count, len(pages))
    even: list[list[int]] = []
    start = 0
    for number in range(len(pages)):
        size = share + (1 if number < extra else 0)
        even.append(list(range(start, start + size)))
        start += size
    if room is None or all(sum(heights[i] for i in page) <= room for page in even):
        return even
    # Tall rows: the smallest cap that still needs no more pages.
    cap = per_page or max(len(page) for page in pages)
    for smaller in range(share + 1, cap):
        balanced = _fill(heights, smaller, room)
        if len(balanced) <= len(pages):
            return balanced
    return pages


def _fill(heights: Sequence[float], per_page: int | None, room: float | None) -> list[list[int]]:
    """Fill pages in order, each up to ``per_page`` steps and ``room`` points (a row
    taller than the room still gets a page of its own)."""
    pages: list[list[int]] = [[]]
    used = 0.0
    for index, height in enumerate(heights):
        current = pages[-1]
        full = per_page is not None and len(current) >= per_page
        too_tall = room is not None and used + height > room
        if current and (full or too_tall):
            pages.append([])
            used = 0.0
        pages[-1].append(index)
        used += height
    return pages
