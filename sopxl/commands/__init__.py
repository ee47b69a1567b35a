"""Command modules of the ``sopxl`` CLI, one per area.

Each module defines click commands (importing only click and light modules at import
time: the work is imported inside the command) and an ``attach(cli, template)`` function
that adds them to the top-level group and to the ``template`` group.
"""

from __future__ import annotations

import importlib

import click

MODULES = (
    "sopxl.commands.check",
    "sopxl.commands.register",
    "sopxl.commands.render",
    "sopxl.commands.lifecycle",
    "sopxl.commands.web",
)


def attach_all(cli: click.Group, template: click.Group) -> None:
    """Attach the commands of every area module that exists."""
    for name in MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue
        module.attach(cli, template)
