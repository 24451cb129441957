"""``orgwatch export``: the store as facts, CSV, GraphML, Neo4j CSVs, JSON-LD or Parquet."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from orgwatch.errors import OrgwatchError
from orgwatch.interfaces.cli.core import Db, Out, output
from orgwatch.interfaces.export import PATH_WRITERS, TEXT_WRITERS, ExportFormat
from orgwatch.store import Store


def register(app: typer.Typer) -> None:
    app.command("export")(export_command)


def export_command(
    fmt: Annotated[ExportFormat, typer.Option("--format", help="What to write.")] = ExportFormat.facts,
    db: Db = None,
    out: Out = "-",
) -> None:
    """Export the store. neo4j writes a directory (nodes.csv, relationships.csv for
    ``neo4j-admin database import full``); parquet writes a file; the others may go to stdout.
    """
    if fmt in PATH_WRITERS and out == "-":
        typer.echo(f"error: --format {fmt.value} needs --out PATH", err=True)
        raise typer.Exit(2)
    try:
        with Store(db) as store:
            if fmt in PATH_WRITERS:
                PATH_WRITERS[fmt](store, Path(out))
            else:
                with output(out) as stream:
                    TEXT_WRITERS[fmt](store, stream)
    except OrgwatchError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(1) from e
    except OSError as e:
        typer.echo(f"error: cannot write {out}: {e.strerror or e}", err=True)
        raise typer.Exit(1) from e
