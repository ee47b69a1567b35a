"""The one result type every batch operation of :mod:`sopxl.api` returns.

A front end shows a result; it does not recompute it. The CLI prints :attr:`Result.lines`
on stdout (on stderr when it prints JSON), :attr:`Result.notes` on stderr, and exits with
:attr:`Result.exit_code`; the web inbox shows the same lines, and ``to_json()`` is the
machine-readable form of the same values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Result:
    """What one operation did.

    ``exit_code`` follows :mod:`sopxl.exitcodes` (0 clean, 1 galat, 3 unreadable input,
    4 output not written, 5 internal). ``lines`` are the Indonesian lines a person reads
    as the result; ``notes`` are lines about the run itself (missing inputs, refusals)
    that a terminal shows on stderr. ``written`` are the files the operation wrote.
    ``data`` is the operation's own JSON-ready payload (for ``sopxl check`` the
    ``--json`` document of ``docs/check-json.md``).
    """

    exit_code: int = 0
    lines: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    written: tuple[Path, ...] = ()
    data: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The result as JSON-ready values: the operation's payload when it has one (its
        schema is the operation's), else exit code, lines, notes and written files."""
        if self.data:
            return self.data
        return {
            "exit_code": self.exit_code,
            "lines": list(self.lines),
            "notes": list(self.notes),
            "written": [str(path) for path in self.written],
        }
