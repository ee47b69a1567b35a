"""Formulir evaluasi SOP: each SOP in force assessed, with a recommendation."""

from __future__ import annotations

from sopxl.forms import lifecycle_spec
from sopxl.kinds.lifecycle_form import LifecycleForm


class Evaluation(LifecycleForm):
    stamp = lifecycle_spec.EVALUATION.kind
    label = "formulir evaluasi SOP"
    rank = 4
    spec = lifecycle_spec.EVALUATION


KIND = Evaluation()
