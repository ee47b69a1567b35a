"""The one rule for user text: what sopxl removes, and what it refuses.

Text typed by people reaches sopxl through the reading layer (cells), the command line
(options) and the register (text read before). Whatever comes in is cleaned here, once,
so that nothing sopxl writes (workbooks, PDFs, the terminal) ever carries a character that
makes a file invalid or a terminal misbehave:

- removed: the C0 control characters except tab and line feed (so also carriage return,
  ESC, BEL), DEL, the C1 controls (U+0080-U+009F), lone surrogates and the non-characters
  U+FFFE/U+FFFF. calamine decodes Excel's escaped form ``_x001B_`` into the character
  itself, so those are removed too. Everything else is kept byte for byte: RTL text,
  emoji, astral characters, text that looks like a formula.
- refused: text longer than Excel's cell limit (:data:`MAX_CELL_CHARS`).
"""

from __future__ import annotations

import dataclasses
import re
from typing import TypeVar

MAX_CELL_CHARS = 32_767
"""Excel's limit on the characters of one cell."""

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_TERMINAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u2028\u2029]")


def has_control(text: str) -> bool:
    """Whether ``text`` holds a character :func:`clean` removes."""
    # isprintable() (in C, several times faster) is true for nearly every text read.
    return not text.isprintable() and _CONTROL.search(text) is not None


def clean(text: str) -> str:
    """``text`` without the characters described in the module docstring."""
    return _CONTROL.sub("", text)


def for_terminal(text: str) -> str:
    """``text`` safe to print: every control character (ANSI escapes, bells, carriage
    returns that overwrite a line) is shown as ``?``; line feeds and tabs stay."""
    return _TERMINAL.sub("?", text)


_T = TypeVar("_T")


def clean_fields(value: _T) -> _T:
    """``value`` with every text inside it cleaned (:func:`clean`): a string, or a tuple,
    list, dict or frozen dataclass holding strings at any depth (the SOP model, inventory
    entries, the organisation master). Writers call it on what they are given, so text
    that did not come through the reading layer (the register, the command line, a
    library caller) cannot make a workbook invalid either."""
    if isinstance(value, str):
        return clean(value) if has_control(value) else value  # type: ignore[return-value]
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        return tuple(clean_fields(item) for item in value)  # type: ignore[return-value]
    if isinstance(value, list):
        return [clean_fields(item) for item in value]  # type: ignore[return-value]
    if isinstance(value, dict):
        return {key: clean_fields(item) for key, item in value.items()}  # type: ignore[return-value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for item in dataclasses.fields(value):
            if not item.init:
                continue
            old = getattr(value, item.name)
            new = clean_fields(old)
            if new is not old:
                changes[item.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value
