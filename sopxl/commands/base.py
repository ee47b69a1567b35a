"""Click classes shared by every sopxl command: Indonesian usage lines and error handling."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

import click

from sopxl.errors import SopxlError, reason
from sopxl.exitcodes import INTERNAL, INTERRUPTED, NOT_WRITTEN

CONTEXT: dict[str, Any] = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class SopxlCommand(click.Command):
    """A command whose usage line is in Indonesian."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", "[OPSI]")
        kwargs.setdefault("context_settings", CONTEXT)
        super().__init__(*args, **kwargs)


class SopxlGroup(click.Group):
    """A group that turns sopxl's own errors into an Indonesian message and exit code."""

    command_class = SopxlCommand

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", "[OPSI]")
        kwargs.setdefault("subcommand_metavar", "PERINTAH [ARGUMEN]...")
        kwargs.setdefault("context_settings", CONTEXT)
        super().__init__(*args, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except SopxlError as error:
            echo(f"Galat: {error}", err=True)
            if error.detail and (
                ctx.find_root().params.get("debug") or os.environ.get("SOPXL_DEBUG")
            ):
                echo(f"Rincian teknis: {error.detail}", err=True)
            ctx.exit(error.exit_code)
        except KeyboardInterrupt:
            echo(
                "\nDihentikan (Ctrl-C). Berkas keluaran yang belum selesai tidak disimpan.",
                err=True,
            )
            ctx.exit(INTERRUPTED)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except OSError as error:
            # Input files are read through the guarded loader, which makes its errors
            # findings: an operating-system error that reaches here is about an output.
            where = f" ({error.filename})" if error.filename else ""
            echo(f"Galat: keluaran tidak dapat ditulis{where}: {reason(error)}.", err=True)
            ctx.exit(NOT_WRITTEN)
        except Exception as error:  # a bug of ours: a clear line and code 5, not a traceback
            if os.environ.get("SOPXL_DEBUG"):
                raise
            echo(
                f"Galat internal sopxl ({type(error).__name__}: {error}). Ini bukan kesalahan "
                "Anda: laporkan kepada pengelola sopxl dengan menyertakan perintah yang "
                "dijalankan dan berkas masukannya (jalankan ulang dengan SOPXL_DEBUG=1 untuk "
                "rinciannya).",
                err=True,
            )
            ctx.exit(INTERNAL)


def echo(message: str = "", err: bool = False, nl: bool = True) -> None:
    """:func:`click.echo` for every line sopxl prints: file names, titles and other text
    people typed never reach the terminal with control characters (ANSI escapes, bells)."""
    from sopxl.text import for_terminal

    # Our own progress lines start with a carriage return to redraw themselves.
    lead = "\r" if message.startswith("\r") else ""
    click.echo(lead + for_terminal(message[len(lead) :]), err=err, nl=nl)


def echo_lines(lines: Sequence[str], err: bool = False) -> None:
    """:func:`echo` of many lines in one write: stderr is unbuffered, and a batch's
    thousand lines written one by one cost a thousand system calls (6 ms)."""
    if lines:
        echo("\n".join(lines), err=err)


SopxlGroup.group_class = SopxlGroup
