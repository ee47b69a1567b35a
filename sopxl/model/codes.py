"""Code numbers of SOPs (Pasal 8 ayat (2); Lampiran II Cara Pengisian (1)).

A Nomor SOP is built from No Komponen (the SKPD), Unit Kerja, Bagian and the SOP's own
number. The regency chooses how they are written with a Python format pattern over the
fields ``komponen``, ``unit``, ``bagian`` (the code segments of the organisation master, as
text), ``nomor`` (the sequential number within the bagian) and ``tahun`` (the year the
number was given), e.g. ``{komponen}.{unit}.{bagian}.{nomor:03d}`` (``01.02.03.004``) or
``SOP/{komponen}/{unit}/{bagian}/{nomor:03d}/{tahun}``.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from sopxl.errors import UsageError

DEFAULT_PATTERN = "{komponen}.{unit}.{bagian}.{nomor:03d}"
FIELDS = ("komponen", "unit", "bagian", "nomor", "tahun")
_SEGMENT_FIELDS = ("komponen", "unit", "bagian")
SEGMENT_RE = re.compile(r"^[0-9A-Za-z]{1,10}$")
MAX_PATTERN_CHARS = 100
MAX_FIELD_WIDTH = 12
MAX_CODE_CHARS = 100
"""The register's Nomor SOP column holds 100 characters: a pattern must fit its widest code."""
_SPEC_RE = re.compile(r"^(0?)([1-9][0-9]?)?d?$")
"""A field's format: an optional zero fill, a width, ``d``. Nothing else: a format such as
``{nomor:>999999999}`` would make every code a gigabyte long."""
"""What a code segment of the organisation master may be: no separators, so that no two
different (komponen, unit, bagian, nomor) give the same code under a pattern with
separators between the fields."""


@dataclass(frozen=True)
class CodePattern:
    """A validated code pattern. Build with :meth:`parse`."""

    pattern: str

    @classmethod
    def parse(cls, pattern: str) -> CodePattern:
        """Validate ``pattern``: only the known fields, ``nomor`` present, formats that work.

        Raises :class:`UsageError` (Indonesian) for a pattern that cannot produce codes, or
        whose codes would not fit the register: at most :data:`MAX_PATTERN_CHARS`
        characters, fields formatted only as ``{nomor}``, ``{nomor:3d}`` or ``{nomor:03d}``
        (width at most :data:`MAX_FIELD_WIDTH`), no control characters.
        """
        from sopxl.text import for_terminal, has_control

        shown = for_terminal(pattern[:MAX_PATTERN_CHARS]) + (
            "..." if len(pattern) > MAX_PATTERN_CHARS else ""
        )
        if len(pattern) > MAX_PATTERN_CHARS:
            raise UsageError(
                f"Pola nomor SOP '{shown}' terlalu panjang: {len(pattern)} karakter "
                f"(paling banyak {MAX_PATTERN_CHARS})."
            )
        if has_control(pattern) or "\n" in pattern or "\t" in pattern:
            raise UsageError(f"Pola nomor SOP '{shown}' memuat karakter kendali.")
        pattern_text = pattern
        pattern = shown
        try:
            parts = list(string.Formatter().parse(pattern))
        except ValueError as error:
            raise UsageError(f"Pola nomor SOP '{pattern}' tidak sah: {error}.") from error
        names = [name for _, name, _, _ in parts if name is not None]
        unknown = sorted({name for name in names if name not in FIELDS})
        if unknown:
            raise UsageError(
                f"Pola nomor SOP '{pattern}' memuat kolom yang tidak dikenal: "
                f"{', '.join(unknown)}. Kolom yang dikenal: "
                + ", ".join("{" + f + "}" for f in FIELDS)
                + "."
            )
        if "nomor" not in names:
            raise UsageError(f"Pola nomor SOP '{pattern}' harus memuat {{nomor}}.")
        for _, name, spec, conversion in parts:
            if name is None:
                continue
            match = _SPEC_RE.match(spec or "")
            if conversion is not None or match is None:
                raise UsageError(
                    f"Pola nomor SOP '{pattern}': format '{{{name}"
                    + (f"!{conversion}" if conversion else "")
                    + (f":{spec}" if spec else "")
                    + "}' tidak dikenal. Yang dapat dipakai: {"
                    + name
                    + "}, {"
                    + name
                    + ":3d} atau {"
                    + name
                    + ":03d}."
                )
            if match.group(2) and int(match.group(2)) > MAX_FIELD_WIDTH:
                raise UsageError(
                    f"Pola nomor SOP '{pattern}': lebar {{{name}:{spec}}} terlalu besar "
                    f"(paling lebar {MAX_FIELD_WIDTH})."
                )
        result = cls(pattern_text)
        try:
            result.format("01", "02", "03", 4, 2012)
            widest = result.format("9" * 10, "9" * 10, "9" * 10, 999_999, 9999)
        except (ValueError, TypeError) as error:
            raise UsageError(f"Pola nomor SOP '{pattern}' tidak sah: {error}.") from error
        if len(widest) > MAX_CODE_CHARS:
            raise UsageError(
                f"Pola nomor SOP '{pattern}' dapat menghasilkan nomor sepanjang {len(widest)} "
                f"karakter; register menampung paling banyak {MAX_CODE_CHARS}."
            )
        return result

    def format(self, komponen: str, unit: str, bagian: str, nomor: int, tahun: int) -> str:
        """The Nomor SOP for these segments. A segment format like ``{unit:02d}`` is
        applied to the segment's number when the segment is all digits."""
        values: dict[str, object] = {"nomor": nomor, "tahun": tahun}
        segments = {"komponen": komponen, "unit": unit, "bagian": bagian}
        out: list[str] = []
        for literal, name, spec, conversion in _parsed(self.pattern):
            out.append(literal)
            if name is None:
                continue
            value: object = values.get(name, segments.get(name, ""))
            if name in segments and spec and spec[-1:] in "dxXob":
                if str(value).isdigit():
                    value = int(str(value))
                else:  # a segment with letters (SEGMENT_RE) is written as it is
                    spec = ""
            if conversion == "r":
                value = repr(value)
            elif conversion == "s":
                value = str(value)
            out.append(format(value, spec or ""))
        return "".join(out)

    def numbering(self, komponen: str, unit: str, bagian: str, tahun: int) -> Callable[[int], str]:
        """:meth:`format` with every field but ``nomor`` fixed: the codes of one bagian
        in one year, from a format string made once (an import formats thousands)."""
        parts = _parsed(self.pattern)
        if any(conversion is not None for _, _, _, conversion in parts):
            return lambda nomor: self.format(komponen, unit, bagian, nomor, tahun)
        # The fixed fields formatted by format() itself, one nomor mark left per {nomor}.
        template: list[str] = []
        for literal, name, spec, _ in parts:
            template.append(_escaped(literal))
            if name == "nomor":
                template.append("{0:" + (spec or "") + "}")
            elif name is not None:
                field = "{" + name + (":" + spec if spec else "") + "}"
                fixed = CodePattern(field).format(komponen, unit, bagian, 0, tahun)
                template.append(_escaped(fixed))
        return "".join(template).format

    @property
    def example(self) -> str:
        """The code the pattern gives for the example of Lampiran II (01.02.03.004)."""
        return self.format("01", "02", "03", 4, 2012)

    def regex(self) -> str:
        """A regular expression that every code of this pattern matches in full (for the
        SOP form check's Nomor SOP rule)."""
        out = ["^"]
        for literal, name, spec, _ in string.Formatter().parse(self.pattern):
            out.append(re.escape(literal))
            if name is None:
                continue
            if name == "tahun":
                out.append(r"\d{4}")
            elif name == "nomor":
                width = re.search(r"0?(\d+)d$", spec or "")
                out.append(rf"\d{{{width.group(1)},}}" if width else r"\d+")
            else:
                out.append("[0-9A-Za-z]+")
        out.append("$")
        return "".join(out)


def _escaped(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


@lru_cache(maxsize=16)
def _parsed(pattern: str) -> tuple[tuple[str, str | None, str | None, str | None], ...]:
    """The parts of a pattern, parsed once (an import formats thousands of codes)."""
    return tuple(string.Formatter().parse(pattern))
