"""One exception base with two branches (bad input vs. operational failure).

The CLI catches :class:`SopxlError`, prints its Indonesian message and exits with the
class's ``exit_code``. Library code never prints.
"""

from __future__ import annotations


class SopxlError(Exception):
    """Base of every error sopxl raises on purpose. ``str(error)`` is Indonesian."""

    exit_code = 4


class InputError(SopxlError):
    """The input cannot be used: a file that is not a readable workbook, a bad option value."""

    exit_code = 3


class UsageError(SopxlError):
    """The command was called wrongly (an option out of range, a missing argument)."""

    exit_code = 2


class OperationalError(SopxlError):
    """sopxl could not finish its own work: an output could not be written, a library failed."""

    exit_code = 4
