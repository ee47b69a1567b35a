"""Pure parsers for the values people type into SOP workbooks, one module per idea:
:mod:`.dates` (Tanggal), :mod:`.durations` (Waktu), :mod:`.symbols` (what a pelaksana
cell holds), :mod:`.labels` (matching retyped labels), over the shared clean-up of
:mod:`.common`.

Every reader turns raw cell values into model values through these functions, so that a
date, a Waktu, a flowchart symbol or a label is understood the same way whichever form
layout it came from. The functions take whatever a spreadsheet library hands over
(``str``, numbers, ``datetime``, ``None``) and either return a model value, return
``None`` for an empty cell, or raise :class:`ValueError` for a value that was typed but
cannot be understood. The messages of those errors are for developers (English); callers
render their own Indonesian findings from the fact that parsing failed.

Only the standard library and :mod:`sopxl.model` are imported here: readers for every
layout import this package, and it must stay cheap to import.
"""
