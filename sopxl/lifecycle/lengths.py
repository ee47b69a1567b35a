"""Lifecycle answers too long for the register, found when the form is read (see
:mod:`sopxl.register.lengths`): a galat at the answer's cell, so that file is refused and
the rest of the batch goes in, the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from sopxl.findings import Finding
from sopxl.lifecycle.reader import LifecycleReading
from sopxl.register import schema as s
from sopxl.register.lengths import check_length


def lifecycle_lengths(reading: LifecycleReading) -> list[Finding]:
    """Galat for each answer of a lifecycle form too long for the register (a Nomor
    Keputusan of 263 characters, say)."""
    table = s.ANSWER_TABLES.get(reading.form.kind)
    out: list[Finding] = []
    if table is None:
        return out
    labels = {f.key: f.label for f in reading.form.columns}
    for entry in reading.entries:
        for key, value in entry.values.items():
            if isinstance(value, str) and key in table.c:
                check_length(
                    out,
                    reading.file,
                    value,
                    table.c[key],
                    labels.get(key, key),
                    sheet=reading.sheet,
                    row=entry.row,
                    col=reading.columns.get(key),
                )
    return out
