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
from dataclasses import dataclass

from sopxl.errors import UsageError

DEFAULT_PATTERN = "{komponen}.{unit}.{bagian}.{nomor:03d}"
FIELDS = ("komponen", "unit", "bagian", "nomor", "tahun")
_SEGMENT_FIELDS = ("komponen", "unit", "bagian")
SEGMENT_RE = re.compile(r"^[0-9A-Za-z]{1,10}$")
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

        Raises :class:`UsageError` (Indonesian) for a pattern that cannot produce codes.
        """
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
        result = cls(pattern)
        try:
            result.format("01", "02", "03", 4, 2012)
        except (ValueError, TypeError) as error:
            raise UsageError(f"Pola nomor SOP '{pattern}' tidak sah: {error}.") from error
        return result

    def format(self, komponen: str, unit: str, bagian: str, nomor: int, tahun: int) -> str:
        """The Nomor SOP for these segments. A segment format like ``{unit:02d}`` is
        applied to the segment's number when the segment is all digits."""
        values: dict[str, object] = {"nomor": nomor, "tahun": tahun}
        segments = {"komponen": komponen, "unit": unit, "bagian": bagian}
        out: list[str] = []
        for literal, name, spec, conversion in string.Formatter().parse(self.pattern):
            out.append(literal)
            if name is None:
                continue
            value: object = values.get(name, segments.get(name, ""))
            if name in segments and spec and spec[-1:] in "dxXob" and str(value).isdigit():
                value = int(str(value))
            if conversion == "r":
                value = repr(value)
            elif conversion == "s":
                value = str(value)
            out.append(format(value, spec or ""))
        return "".join(out)

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
