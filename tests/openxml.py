"""Validation of written workbooks against the Office schemas Excel expects.

``openxml-audit`` is a pure-Python port of Microsoft's Open XML SDK validator: a file it
refuses is one Excel may "repair" or refuse to open, which we cannot see here (no Excel).
One validator for the whole test run: loading its schemas is the slow part.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from openxml_audit.errors import FileFormat
from openxml_audit.validator import OpenXmlValidator


@cache
def _validator() -> OpenXmlValidator:
    return OpenXmlValidator(file_format=FileFormat.OFFICE_2019, max_errors=20)


def schema_errors(path: Path) -> list[str]:
    """What the Open XML SDK rules find wrong in ``path`` (empty when valid)."""
    result = _validator().validate(path)
    if result.is_valid:
        return []
    return [f"{path.name}: {error.description}" for error in result.errors]
