"""The fonts every backend uses: Bitstream Vera, shipped inside the reportlab package.

Taking the TTF files from an installed PyPI package (not from a system font folder) means
the PDF embeds the same font and the PNG measures the same text on every machine, CI
included, with nothing to install from the operating system.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

from sopxl.errors import OperationalError

REGULAR = "Vera.ttf"
BOLD = "VeraBd.ttf"
ITALIC = "VeraIt.ttf"


@cache
def font_dir() -> Path:
    """The folder of reportlab's bundled fonts."""
    spec = importlib.util.find_spec("reportlab")
    if spec is None or not spec.submodule_search_locations:
        raise OperationalError("Paket reportlab tidak terpasang: pasang ulang sopxl.")
    folder = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    if not (folder / REGULAR).is_file():
        raise OperationalError(f"Huruf {REGULAR} tidak ditemukan di {folder}.")
    return folder


def font_path(bold: bool = False, italic: bool = False) -> Path:
    """Path of the regular, bold or italic Vera TTF."""
    name = BOLD if bold else ITALIC if italic else REGULAR
    return font_dir() / name
