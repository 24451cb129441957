"""The ``orgwatch`` command. Each module in ``COMMAND_MODULES`` adds its commands to ``app``.

To add commands, write a module with ``register(app)`` beside this one and list it below.
"""

from __future__ import annotations

import typer

from orgwatch.interfaces.cli import core, evaluate, export, graph, serve

app = typer.Typer(
    name="orgwatch",
    help="Leadership changes and talent flows from multilingual news, with the evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

COMMAND_MODULES = (core, graph, evaluate, serve, export)
for _module in COMMAND_MODULES:
    _module.register(app)


def main() -> None:
    app()


__all__ = ["app", "main"]
