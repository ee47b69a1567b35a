"""Settings of a check: the Nomor SOP pattern, the profile, and the date taken as today."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

DEFAULT_CODE_PATTERN = r"^\d{2}\.\d{2}\.\d{2}\.\d{3}$"
DEFAULT_CODE_EXAMPLE = "01.02.03.004"
PROFILES = ("perbup", "permenpan")


@dataclass(frozen=True)
class CheckConfig:
    """``code_pattern`` is a regular expression a Nomor SOP must match in full;
    ``code_example`` shows the pattern to people. ``profile`` ``permenpan`` adds the
    Permenpan RB 35/2012 conventions as peringatan. ``today`` fixes the date used for
    "in the future" checks (tests); ``None`` means the real date."""

    code_pattern: str = DEFAULT_CODE_PATTERN
    code_example: str = DEFAULT_CODE_EXAMPLE
    profile: str = "perbup"
    today: date | None = None

    def __post_init__(self) -> None:
        """Settings are checked before any file is read: a bad one is a usage error
        (exit 2), never a finding of each file."""
        import re

        from sopxl.errors import UsageError
        from sopxl.text import for_terminal

        if self.profile not in PROFILES:
            raise UsageError(f"Profil pemeriksaan tidak dikenal: {for_terminal(self.profile)}.")
        try:
            re.compile(self.code_pattern)
        except re.error as error:
            raise UsageError(
                f"Pola Nomor SOP '{for_terminal(self.code_pattern)}' bukan ekspresi reguler "
                f"yang sah: {error}."
            ) from error

    def reference_date(self) -> date:
        return self.today or date.today()
