"""The exit codes of every ``sopxl`` command: one table, documented in the README.

A command exits with the most serious code that applies: an internal error (5) before an
output not written (4), before unreadable input (3), before findings (1).
"""

from __future__ import annotations

OK = 0
"""Everything done; no galat."""
FINDINGS = 1
"""Done, but a file has galat or was refused (check, import, render)."""
USAGE = 2
"""The command was called wrongly (click's own code too)."""
UNREADABLE = 3
"""An input file or folder does not exist or cannot be read as a workbook."""
NOT_WRITTEN = 4
"""An output could not be written (disk full, no permission, path too long), or the
register could not be opened or changed."""
INTERNAL = 5
"""sopxl failed on its own (a bug): please report it with the file."""
INTERRUPTED = 130
"""Stopped with Ctrl-C (128 + SIGINT, as shells do)."""

TABLE: tuple[tuple[int, str], ...] = (
    (OK, "berhasil; tidak ada galat"),
    (FINDINGS, "ada temuan galat atau berkas yang ditolak"),
    (USAGE, "salah pemakaian (opsi atau argumen, pengaturan sopxl.toml)"),
    (UNREADABLE, "masukan tidak ada atau tidak dapat dibaca"),
    (NOT_WRITTEN, "keluaran atau register tidak dapat ditulis"),
    (INTERNAL, "kesalahan internal sopxl (mohon laporkan beserta berkasnya)"),
    (INTERRUPTED, "dihentikan dengan Ctrl-C"),
)
"""Each code with its Indonesian meaning, as the README and ``--help`` show it."""
