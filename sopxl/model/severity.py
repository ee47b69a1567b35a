"""How serious a finding is (galat or peringatan): a value both the catalogue
(:mod:`sopxl.messages`) and the findings (:mod:`sopxl.findings`) hold."""

from __future__ import annotations

import enum


class Severity(enum.Enum):
    """galat = must be fixed before the SOP can go on; peringatan = should be fixed."""

    ERROR = "galat"
    WARNING = "peringatan"
