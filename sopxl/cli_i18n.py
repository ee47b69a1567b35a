"""Click's own texts (usage, option headings, its error messages) in Bahasa Indonesia.

Click marks its strings for gettext but ships no Indonesian catalogue, so the module-level
``_`` of each click module is replaced with a lookup in this table. A string not listed
stays in English rather than breaking.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

TRANSLATIONS: dict[str, str] = {
    "Usage:": "Penggunaan:",
    "Options": "Opsi",
    "Commands": "Perintah",
    "Positional arguments": "Argumen",
    "Show this message and exit.": "Tampilkan bantuan ini lalu keluar.",
    "Show the version and exit.": "Tampilkan versi lalu keluar.",
    "%(prog)s, version %(version)s": "%(prog)s versi %(version)s",
    "Error: {message}": "Galat: {message}",
    "Try '{command} {option}' for help.": "Coba '{command} {option}' untuk bantuan.",
    "No such command {name!r}.": "Tidak ada perintah {name!r}.",
    "No such option {name!r}.": "Tidak ada opsi {name!r}.",
    "Missing command.": "Perintah belum disebut.",
    "Missing argument": "Argumen belum diisi",
    "Missing option": "Opsi belum diisi",
    "Missing parameter": "Parameter belum diisi",
    "Missing parameter: {param_name}": "Parameter belum diisi: {param_name}",
    "Invalid value for {param_hint}: {message}": "Nilai tidak sah untuk {param_hint}: {message}",
    "Invalid value: {message}": "Nilai tidak sah: {message}",
    "Option {name!r} does not take a value.": "Opsi {name!r} tidak menerima nilai.",
    "{value!r} is not a valid {number_type}.": "{value!r} bukan {number_type} yang sah.",
    "{value} is not in the range {range}.": "{value} di luar rentang {range}.",
    "{name} {filename!r} does not exist.": "{name} {filename!r} tidak ada.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} adalah folder.",
    "{name} {filename!r} is a file.": "{name} {filename!r} adalah berkas, bukan folder.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} tidak dapat dibaca.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} tidak dapat ditulisi.",
    "Choose from:\n\t{choices}": "Pilih dari:\n\t{choices}",
    "Aborted!": "Dibatalkan!",
    "default: {default}": "bawaan: {default}",
    "env var: {var}": "variabel lingkungan: {var}",
    "file": "berkas",
    "directory": "folder",
    "path": "jalur",
    "required": "wajib",
    "integer": "bilangan bulat",
    "integer range": "rentang bilangan bulat",
}

PLURALS: dict[str, str] = {
    "Got unexpected extra argument ({args})": "Ada argumen lebih yang tidak dikenal ({args})",
    "Got unexpected extra arguments ({args})": "Ada argumen lebih yang tidak dikenal ({args})",
    "Error: No such option: {name}": "Galat: Tidak ada opsi: {name}",
    "Did you mean {possibility}?": "Mungkin maksud Anda {possibility}?",
    "(Possible options: {possibilities})": "(Pilihan yang mungkin: {possibilities})",
    "Option {name!r} requires an argument.": "Opsi {name!r} memerlukan nilai.",
    "Option {name!r} requires {nargs} arguments.": "Opsi {name!r} memerlukan {nargs} nilai.",
}


def _translate(message: str) -> str:
    return TRANSLATIONS.get(message, message)


def _translate_plural(singular: str, plural: str, n: int) -> str:
    chosen = singular if n == 1 else plural
    return PLURALS.get(chosen, chosen)


def install() -> None:
    """Make click speak Indonesian. Idempotent."""
    import click.core
    import click.decorators
    import click.exceptions
    import click.formatting
    import click.parser
    import click.types

    modules: list[ModuleType] = [
        click.core,
        click.decorators,
        click.exceptions,
        click.formatting,
        click.parser,
        click.types,
    ]
    # Type names go into messages such as "'abc' bukan bilangan bulat yang sah." unchanged.
    click.types.IntParamType.name = "bilangan bulat"
    click.types.FloatParamType.name = "bilangan desimal"
    click.types.IntRange.name = "bilangan bulat"
    click.types.FloatRange.name = "bilangan desimal"
    for module in modules:
        namespace = vars(module)
        if "_" in namespace:
            namespace["_"] = _translate
        if "ngettext" in namespace:
            plural: Callable[[str, str, int], str] = _translate_plural
            namespace["ngettext"] = plural
