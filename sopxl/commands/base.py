"""Click classes shared by every sopxl command: Indonesian usage lines and error handling."""

from __future__ import annotations

from typing import Any

import click

from sopxl.errors import SopxlError

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
            click.echo(f"Galat: {error}", err=True)
            ctx.exit(error.exit_code)


SopxlGroup.group_class = SopxlGroup
