"""Formulir monitoring SOP: how each SOP in force was carried out in a period."""

from __future__ import annotations

from sopxl.forms import lifecycle_spec
from sopxl.kinds.lifecycle_form import LifecycleForm


class Monitoring(LifecycleForm):
    stamp = lifecycle_spec.MONITORING.kind
    label = "formulir monitoring SOP"
    rank = 4
    spec = lifecycle_spec.MONITORING


KIND = Monitoring()
