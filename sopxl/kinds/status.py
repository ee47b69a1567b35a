"""Status SOP: the stage each SOP of an SKPD has reached, and when it was enacted."""

from __future__ import annotations

from sopxl.forms import lifecycle_spec
from sopxl.kinds.lifecycle_form import LifecycleForm


class Status(LifecycleForm):
    stamp = lifecycle_spec.STATUS.kind
    label = "Status SOP"
    rank = 3
    spec = lifecycle_spec.STATUS


KIND = Status()
