"""The public library API of sopxl: what every front end (the CLI, ``sopxl serve``, a
script) calls. Each operation returns a :class:`Result` (``exit_code``, the Indonesian
``lines`` a person reads, ``notes``, ``written`` files, ``to_json()``) and prints
nothing; bad input raises a :class:`~sopxl.errors.SopxlError` with an Indonesian message
and its exit code. See ``docs/api.md``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sopxl.api.checks import CheckResult, check_files
    from sopxl.api.lifecycle import (
        FORM_KINDS,
        YEAR_EXPORTS,
        export_review_due,
        export_year,
        lifecycle_forms,
        revision_forms,
    )
    from sopxl.api.register import (
        ImportResult,
        agency_sop_forms,
        export_decree,
        export_duplicates,
        export_inventory,
        import_files,
        import_json,
        inventory_templates,
    )
    from sopxl.api.render import render_files, resolve_sources
    from sopxl.api.result import Result
    from sopxl.api.templates import DEFAULT_LIST_ROWS, DEFAULT_STEPS, sop_template
    from sopxl.api.workspace import (
        find_workspace,
        init_workspace,
        list_agencies,
        opened_register,
        resolve_agency,
    )
    from sopxl.register.workspace import Workspace

# Front ends import this package at start-up: each name loads its module when first used.
_WHERE = {
    "CheckResult": "sopxl.api.checks",
    "DEFAULT_LIST_ROWS": "sopxl.api.templates",
    "DEFAULT_STEPS": "sopxl.api.templates",
    "FORM_KINDS": "sopxl.api.lifecycle",
    "ImportResult": "sopxl.api.register",
    "Result": "sopxl.api.result",
    "Workspace": "sopxl.register.workspace",
    "YEAR_EXPORTS": "sopxl.api.lifecycle",
    "agency_sop_forms": "sopxl.api.register",
    "check_files": "sopxl.api.checks",
    "export_decree": "sopxl.api.register",
    "export_duplicates": "sopxl.api.register",
    "export_inventory": "sopxl.api.register",
    "export_review_due": "sopxl.api.lifecycle",
    "export_year": "sopxl.api.lifecycle",
    "find_workspace": "sopxl.api.workspace",
    "import_files": "sopxl.api.register",
    "import_json": "sopxl.api.register",
    "init_workspace": "sopxl.api.workspace",
    "inventory_templates": "sopxl.api.register",
    "lifecycle_forms": "sopxl.api.lifecycle",
    "list_agencies": "sopxl.api.workspace",
    "opened_register": "sopxl.api.workspace",
    "render_files": "sopxl.api.render",
    "resolve_agency": "sopxl.api.workspace",
    "resolve_sources": "sopxl.api.render",
    "revision_forms": "sopxl.api.lifecycle",
    "sop_template": "sopxl.api.templates",
}

__all__ = [
    "DEFAULT_LIST_ROWS",
    "DEFAULT_STEPS",
    "FORM_KINDS",
    "YEAR_EXPORTS",
    "CheckResult",
    "ImportResult",
    "Result",
    "Workspace",
    "agency_sop_forms",
    "check_files",
    "export_decree",
    "export_duplicates",
    "export_inventory",
    "export_review_due",
    "export_year",
    "find_workspace",
    "import_files",
    "import_json",
    "init_workspace",
    "inventory_templates",
    "lifecycle_forms",
    "list_agencies",
    "opened_register",
    "render_files",
    "resolve_agency",
    "resolve_sources",
    "revision_forms",
    "sop_template",
]


def __getattr__(name: str) -> Any:
    try:
        module = _WHERE[name]
    except KeyError:
        raise AttributeError(f"module 'sopxl.api' has no attribute {name!r}") from None
    return getattr(importlib.import_module(module), name)
