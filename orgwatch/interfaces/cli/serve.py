"""``orgwatch serve``: the REST API and the web pages over a store."""

from __future__ import annotations

import os
from typing import Annotated

import typer
import uvicorn

from orgwatch.errors import OrgwatchError
from orgwatch.interfaces.api import create_app
from orgwatch.interfaces.cli.core import Db
from orgwatch.store import Store

TOKEN_VAR = "ORGWATCH_TOKEN"


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)


def serve_command(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    db: Db = None,
) -> None:
    """Serve the API (/api, schema at /openapi.json) and the web pages.

    Writes (POST /api/ingest) need ``Authorization: Bearer $ORGWATCH_TOKEN``; without that
    variable the server is read-only.
    """
    token = os.environ.get(TOKEN_VAR) or None
    try:
        store = Store(db)
    except OrgwatchError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(1) from e
    if token is None:
        typer.echo(f"{TOKEN_VAR} is not set: read-only, POST /api/ingest is refused", err=True)
    with store:
        uvicorn.run(create_app(store, token), host=host, port=port, log_level="info")
