"""``render``: the official SOP document (Lampiran II) from checked SOP forms."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sopxl.api.result import Result

if TYPE_CHECKING:
    from sopxl.checking.config import CheckConfig

Progress = Callable[[int, int, Path], None]


@dataclass(frozen=True)
class Sources:
    """Where the forms to render are: their paths, the Nomor SOP that named no form (as
    messages), the check's settings, and the bagian the register files a form under."""

    paths: tuple[Path, ...]
    errors: tuple[str, ...]
    config: CheckConfig
    sections: dict[Path, str]


def resolve_sources(
    sources: Sequence[str], workspace: Path | None = None, db: str | None = None
) -> Sources:
    """Paths for ``sources``: a file or folder as it is; anything else that names no file
    is taken as a Nomor SOP and looked up in the workspace's register, if there is one.
    The check's settings are the workspace's (its Nomor SOP pattern) when there is one."""
    from sopxl.checking.config import CheckConfig
    from sopxl.errors import InputError
    from sopxl.register.workspace import find_workspace

    paths: list[Path] = []
    errors: list[str] = []
    sections: dict[Path, str] = {}
    try:
        found = find_workspace(workspace, db)
    except InputError:
        found = None
    for source in sources:
        path = Path(source)
        if path.exists() or found is None:
            paths.append(path)  # without a register to ask, a missing one is reported
            continue
        from sopxl.register.lookup import form_file_for_code, registered_section

        try:
            path = form_file_for_code(found, source)
        except InputError as error:
            errors.append(str(error))
            continue
        paths.append(path)
        sections[path] = registered_section(found, source)
    config = found.check_config() if found else CheckConfig()
    return Sources(tuple(paths), tuple(errors), config, sections)


def render_files(
    sources: Sequence[str],
    output: Path,
    *,
    fmt: str | None = None,
    steps_per_page: int | None = None,
    with_text: bool = False,
    draft: bool = False,
    workspace: Path | None = None,
    db: str | None = None,
    progress: Progress | None = None,
) -> Result:
    """Check each SOP form named by ``sources`` (files, folders or Nomor SOP of the
    register) and render those without galat into ``output`` (a file for one source, a
    folder for several). With ``draft`` forms with galat are rendered too, marked
    'DRAF — BELUM LULUS VERIFIKASI'. Refused forms' findings are in the notes."""
    from sopxl.checking.gate import render_verified
    from sopxl.checking.output import detail_lines
    from sopxl.exitcodes import UNREADABLE
    from sopxl.render.api import RenderOptions, format_for

    options = RenderOptions(format_for(output, fmt), steps_per_page, with_text=with_text)
    found = resolve_sources(sources, workspace, db)
    notes = [f"Galat: {message}" for message in found.errors]
    report = render_verified(
        found.paths,
        output,
        options,
        found.config,
        draft=draft,
        progress=progress,
        sections=found.sections,
    )
    lines = []
    for source, target in report.written:
        mark = " (DRAF: memuat galat)" if source in report.drafts else ""
        lines.append(f"{source} -> {target}{mark}")
    if report.refused:
        notes.append("Tidak dirender karena memuat galat (perbaiki, atau pakai --draf):")
        notes.extend(detail_lines(report.refused)[:-3])  # without the check's totals
    notes.extend(f"Galat: {failure.message}" for failure in report.failures)
    total = len(report.written) + len(report.refused) + len(report.failures)
    notes.append(f"{len(report.written)} dari {total} SOP dirender ke {output}.")
    exit_code = report.exit_code or (UNREADABLE if found.errors else 0)
    return Result(
        exit_code=exit_code,
        lines=tuple(lines),
        notes=tuple(notes),
        written=tuple(target for _, target in report.written),
    )
