"""What a pelaksana cell holds: a flowchart symbol (Lampiran II section 4) by one of its
names, or a plain tick that marks the column without naming a symbol."""

from __future__ import annotations

from typing import Final

from sopxl.model.sop import Symbol
from sopxl.parsing.labels import normalise_label

# Keys are label keys with all spaces removed (see _symbol_key), so "Multi Dokumen",
# "Multidokumen" and "multi-dokumen" meet.
_SYMBOL_ALIASES: Final[dict[str, Symbol]] = {
    "terminator": Symbol.TERMINATOR,
    "terminal": Symbol.TERMINATOR,
    "mulai": Symbol.TERMINATOR,
    "selesai": Symbol.TERMINATOR,
    "mulaiselesai": Symbol.TERMINATOR,
    "terminatormulaiselesai": Symbol.TERMINATOR,
    "start": Symbol.TERMINATOR,
    "end": Symbol.TERMINATOR,
    "startend": Symbol.TERMINATOR,
    "proses": Symbol.PROCESS,
    "process": Symbol.PROCESS,
    "kegiatan": Symbol.PROCESS,
    "aktivitas": Symbol.PROCESS,
    "keputusan": Symbol.DECISION,
    "pengambilankeputusan": Symbol.DECISION,
    "decision": Symbol.DECISION,
    "yatidak": Symbol.DECISION,
    "dokumen": Symbol.DOCUMENT,
    "document": Symbol.DOCUMENT,
    "penggandaandokumen": Symbol.MULTI_DOCUMENT,
    "dokumenganda": Symbol.MULTI_DOCUMENT,
    "multidokumen": Symbol.MULTI_DOCUMENT,
    "multidocument": Symbol.MULTI_DOCUMENT,
    "arsipmanual": Symbol.MANUAL_ARCHIVE,
    "arsip": Symbol.MANUAL_ARCHIVE,
    "manualarchive": Symbol.MANUAL_ARCHIVE,
    "file": Symbol.FILE,
    "data": Symbol.FILE,
    "database": Symbol.FILE,
    "berkaselektronik": Symbol.FILE,
}


def _symbol_key(text: str) -> str:
    return normalise_label(text).replace(" ", "")


def parse_symbol(text: object) -> Symbol | None:
    """The flowchart symbol a person typed or picked in a pelaksana column, or ``None``.

    Matching ignores case, spacing and the punctuation that :func:`normalise_label` drops,
    so every :class:`~sopxl.model.sop.Symbol` value is accepted as well as common variants:
    "Mulai", "Selesai", "Mulai/Selesai", "Start", "End" (Terminator); "Process",
    "Kegiatan" (Proses); "Keputusan", "Decision", "Ya/Tidak" (Pengambilan Keputusan);
    "Document" (Dokumen); "Dokumen Ganda", "Multi Dokumen", "Multidokumen" (Penggandaan
    Dokumen); "Arsip" (Arsip Manual); "Data", "Database", "Berkas Elektronik" (File).

    Returns ``None`` for anything else: empty cells, non-strings, and plain ticks such as
    "x" (see :func:`is_plain_mark`). Never raises.
    """
    if not isinstance(text, str):
        return None
    return _SYMBOL_ALIASES.get(_symbol_key(text))


_PLAIN_MARKS: Final = frozenset({"x", "X", "v", "V", "√", "✓", "✔", "●", "*"})


def is_plain_mark(text: object) -> bool:
    """True when ``text`` is a tick that marks an actor's column without naming a symbol.

    Older forms mark the pelaksana with "x", "v", "√", "✓", "✔", "●" or "*" (surrounding
    whitespace ignored). Empty cells, non-strings and everything else give ``False``.
    """
    return isinstance(text, str) and text.strip() in _PLAIN_MARKS
