"""Only a verified SOP becomes an official-looking document (Pasal 12 and 13).

``sopxl render`` checks every form first. A form with galat is refused: it is not drawn,
and its findings come back so the person sees what to fix. Asked for a draft, it is
drawn anyway, with :data:`~sopxl.render.watermark.DRAFT` across every page.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sopxl.checking.config import CheckConfig
from sopxl.findings import FileReport
from sopxl.render.api import (
    Progress,
    RenderFailure,
    RenderOptions,
    internal_failure,
    plan_outputs,
    render_sop,
)


@dataclass(frozen=True)
class GatedRender:
    """What :func:`render_verified` did.

    ``written`` are (source, output) pairs, ``drafts`` the sources among them drawn with
    the draft mark; ``refused`` the reports of forms not drawn because of galat;
    ``failures`` sources that could not be read at all.
    """

    written: tuple[tuple[Path, Path], ...]
    drafts: tuple[Path, ...]
    refused: tuple[FileReport, ...]
    failures: tuple[RenderFailure, ...]

    @property
    def exit_code(self) -> int:
        """5 when sopxl failed on a source (a bug), 3 when a source could not be read, else
        1 when a form was refused, else 0 (see :mod:`sopxl.exitcodes`)."""
        if self.failures:
            return max(failure.exit_code for failure in self.failures)
        return 1 if self.refused else 0


def render_verified(
    sources: Sequence[Path],
    output: Path,
    options: RenderOptions,
    config: CheckConfig | None = None,
    draft: bool = False,
    progress: Progress | None = None,
    sections: Mapping[Path, str] | None = None,
) -> GatedRender:
    """Check every SOP form in ``sources`` (files or folders), then render those without
    galat into ``output``; with ``draft`` also those with galat, marked as drafts.

    Outputs are planned for every form found, so names do not depend on which forms
    pass. ``sections`` gives, for a form found through the register, the bagian the
    register files it under: the document prints that one (Lampiran II has no Bagian
    field; the form's may be empty).

    Raises :class:`~sopxl.errors.UsageError` for an output that does not fit the sources,
    :class:`~sopxl.errors.OperationalError` when writing fails.
    """
    from sopxl.checking.output import ordered_findings
    from sopxl.checking.run import check_file
    from sopxl.errors import SopxlError
    from sopxl.exitcodes import INTERNAL, UNREADABLE
    from sopxl.reading.loading.files import find_workbooks
    from sopxl.render.watermark import DRAFT
    from sopxl.xlsx.save import make_folder

    files, missing = find_workbooks(list(sources))
    failures = [
        RenderFailure(path, f"{path}: berkas atau folder tidak ditemukan.") for path in missing
    ]
    if not files:
        return GatedRender((), (), (), tuple(failures))
    targets = plan_outputs(files, output, options.format)
    written: list[tuple[Path, Path]] = []
    drafts: list[Path] = []
    refused: list[FileReport] = []
    folder_made = False
    for done, (source, target) in enumerate(zip(files, targets, strict=True)):
        if progress:
            progress(done, len(files), source)
        report = check_file(source, config)
        if not report.readable or report.sop is None:
            reasons = ordered_findings(report)
            why = reasons[0].message if reasons else "berkas ini bukan formulir SOP (Lampiran II)."
            bug = any(item.code == "INTERNAL_ERROR" for item in reasons)
            code = INTERNAL if bug else UNREADABLE
            failures.append(RenderFailure(source, f"{source}: {why}", code))
            continue
        marked = options
        if report.errors:
            if not draft:
                refused.append(report)
                continue
            marked = replace(options, watermark=DRAFT)
            drafts.append(source)
        if not folder_made:
            make_folder(target.parent)
            folder_made = True
        sop = report.sop
        registered = (sections or {}).get(source, "")
        if registered:
            sop = replace(sop, identity=replace(sop.identity, section=registered))
        try:
            written.append((source, render_sop(sop, target, marked)))
        except SopxlError:
            raise
        except Exception as error:  # a bug of ours must not stop the batch: say so, go on
            failures.append(internal_failure(source, error))
    if progress:
        progress(len(files), len(files), files[-1])
    return GatedRender(tuple(written), tuple(drafts), tuple(refused), tuple(failures))
