"""Laporan pengawasan SOP: the quarterly supervision of the SOPs in force."""

from __future__ import annotations

from sopxl.forms import lifecycle_spec
from sopxl.kinds.lifecycle_form import LifecycleForm


class Supervision(LifecycleForm):
    stamp = lifecycle_spec.SUPERVISION.kind
    label = "laporan pengawasan SOP"
    rank = 4
    spec = lifecycle_spec.SUPERVISION


KIND = Supervision()
