"""Rendering SOPs into their official documents and flowchart pictures.

:func:`render_sop` writes one :class:`~sopxl.model.sop.Sop` in one format;
:func:`sopxl.checking.gate.render_verified` checks filled SOP forms and renders those that
pass (the batch the CLI and the web use, through :mod:`sopxl.api`). Nothing here prints.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sopxl.errors import OperationalError, UsageError, reason
from sopxl.model.sop import Sop
from sopxl.render.geometry import Diagram, FlowFrame, layout_flowchart

FORMATS: tuple[str, ...] = ("pdf", "xlsx", "svg", "png")
DEFAULT_FORMAT = "pdf"
DEFAULT_STEPS_PER_PAGE = 7
"""Steps per procedure page when none is asked for (web SOP systems use 6-8)."""


@dataclass(frozen=True)
class RenderOptions:
    """``format`` is one of :data:`FORMATS`. ``steps_per_page`` caps the steps on one
    page; ``None`` means :data:`DEFAULT_STEPS_PER_PAGE` for PDF and XLSX, and the whole
    flowchart on one picture for SVG and PNG (given, the picture shows the pages one
    below another, with their connectors). ``with_text`` (SVG and PNG only) puts each
    step's number and Uraian Prosedur beside the flowchart, for slides."""

    format: str = DEFAULT_FORMAT
    steps_per_page: int | None = None
    # Text across every page (see sopxl.render.watermark); "" for none.
    watermark: str = ""
    with_text: bool = False

    def __post_init__(self) -> None:
        if self.format not in FORMATS:
            raise UsageError(
                f"Format '{self.format}' tidak dikenal; pilih salah satu: {', '.join(FORMATS)}."
            )
        if self.steps_per_page is not None and self.steps_per_page < 1:
            raise UsageError("Jumlah langkah per halaman paling sedikit 1.")
        if self.with_text and self.format not in ("svg", "png"):
            raise UsageError(
                "--dengan-uraian hanya untuk format svg dan png; dokumen pdf dan xlsx "
                "sudah memuat uraian prosedur."
            )


def render_sop(sop: Sop, path: Path, options: RenderOptions | None = None) -> Path:
    """Write ``sop`` to ``path`` in ``options.format``; returns ``path``.

    Never fails on a flawed SOP (it draws what can be drawn); raises
    :class:`~sopxl.errors.OperationalError` when the file cannot be written.
    """
    options = options or RenderOptions()
    per_page = options.steps_per_page
    try:
        if options.format == "pdf":
            from sopxl.render.pdf import PdfOptions, write_pdf

            write_pdf(path, sop, PdfOptions(per_page or DEFAULT_STEPS_PER_PAGE, options.watermark))
        elif options.format == "xlsx":
            from sopxl.render.xlsx import write_xlsx

            write_xlsx(path, sop, per_page or DEFAULT_STEPS_PER_PAGE, options.watermark)
        else:
            diagram = picture_diagram(sop, per_page, options.with_text)
            if options.format == "svg":
                from sopxl.render.svg import write_svg

                write_svg(path, sop, diagram, options.with_text)
            else:
                from sopxl.render.png import write_png

                write_png(path, sop, diagram, with_text=options.with_text)
            if options.watermark:
                from sopxl.render.watermark import png_mark, svg_mark

                mark = svg_mark if options.format == "svg" else png_mark
                mark(path, options.watermark)
    except OSError as error:
        raise OperationalError(f"Berkas {path} tidak dapat ditulis: {reason(error)}.") from error
    return path


def picture_diagram(sop: Sop, steps_per_page: int | None, with_text: bool = False) -> Diagram:
    """The flowchart laid out for a stand-alone picture (SVG, PNG): pelaksana columns
    as wide as the document's, or wider when there are few; with the step text, rows
    as tall as their wrapped Uraian Prosedur."""
    from sopxl.render.draw import step_row_heights
    from sopxl.render.metrics import wrap
    from sopxl.render.table import table_layout

    table = table_layout(sop, lambda text, width, size: wrap(text, width, size))
    width = max(table.actor_width, 72.0)
    heights = step_row_heights(sop) if with_text else ()
    frame = FlowFrame(len(sop.actors), width, heights, steps_per_page=steps_per_page)
    return layout_flowchart(sop, frame)


@dataclass(frozen=True)
class RenderFailure:
    """A source that could not be rendered, and why (Indonesian, names the file)."""

    source: Path
    message: str
    exit_code: int = 3
    """3 the source could not be read; 5 sopxl failed on it (a bug)."""


Progress = Callable[[int, int, Path], None]
"""progress(done, total, source): called before each source is rendered."""


def plan_outputs(sources: Sequence[Path], output: Path, fmt: str) -> list[Path]:
    """Where each source's rendering goes. ``output`` is a file when there is one source
    and it names a file (has a suffix, is not a folder); otherwise a folder, created if
    needed, holding ``<source name>.<format>`` (``-2``, ``-3`` ... when names repeat)."""
    suffix = f".{fmt}"
    single_file = len(sources) == 1 and not output.is_dir() and output.suffix != ""
    if single_file:
        if output.suffix.lower() != suffix:
            raise UsageError(
                f"Berkas keluaran {output.name} tidak berakhiran {suffix} padahal formatnya {fmt}."
            )
        return [output]
    if output.suffix.lower() in {f".{f}" for f in FORMATS} and not output.is_dir():
        raise UsageError(
            f"Ada {len(sources)} sumber: -o harus berupa folder, bukan berkas {output.name}."
        )
    used: set[str] = set()
    paths = []
    for source in sources:
        stem, number = source.stem, 1
        name = f"{stem}{suffix}"
        while name.lower() in used:
            number += 1
            name = f"{stem}-{number}{suffix}"
        used.add(name.lower())
        paths.append(output / name)
    return paths


def internal_failure(source: Path, error: Exception) -> RenderFailure:
    from sopxl.exitcodes import INTERNAL

    message = (
        f"{source}: kesalahan internal sopxl ({type(error).__name__}: {error}). Ini bukan "
        "kesalahan pengisi formulir: laporkan kepada pengelola sopxl dengan melampirkan "
        "berkas ini."
    )
    return RenderFailure(source, message, INTERNAL)


def format_for(output: Path, fmt: str | None) -> str:
    """The format asked for, else the one the output file's suffix names, else PDF."""
    if fmt:
        return fmt
    suffix = output.suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS and not output.is_dir() else DEFAULT_FORMAT
