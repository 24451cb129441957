"""``orgwatch eval``: extract and score against a gold file, per fact type."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich import box
from rich.console import Console
from rich.table import Table

from orgwatch.errors import OrgwatchError
from orgwatch.evaluation import Score, as_dict, evaluate


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_command)


def _block(name: str, s: Score) -> str:
    line = f"{name:15s} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}"
    line += f" (tp {s.tp}, pred {s.pred}, gold {s.gold})"
    if s.date_compatible is not None:
        role = "n/a" if s.role is None else f"{s.role:.2f}"
        return line + f" date={s.date_exact:.2f}/{s.date_compatible:.2f} status={s.status:.2f} role={role}"
    return line + f" role-F1={s.role or 0:.2f}"


def eval_command(
    gold: Annotated[Path, typer.Argument(help="Gold facts (FACTS.md JSON lines); aliases.json beside it.")],
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Articles to extract; default: ../corpus/<gold name>/.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="The whole result as JSON.")] = False,
) -> None:
    """Extract from PATHS and score against GOLD with the semantics of gold/score.py."""
    if not gold.is_file():
        typer.echo(f"error: no gold file {gold}", err=True)
        raise typer.Exit(2)
    try:
        scores = evaluate(gold, paths)
    except OrgwatchError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from e
    if as_json:
        typer.echo(json.dumps(as_dict(scores), indent=1))
        return
    for name, s in scores.items():
        typer.echo(_block(name, s))
    table = Table(
        "type",
        "tp",
        "pred",
        "gold",
        "F1",
        title="strict events and affiliations by type",
        box=box.SIMPLE_HEAD,
    )
    for s in (scores["events_strict"], scores["affiliations"]):
        for typ, c in s.by_type.items():
            f1 = 2 * c["tp"] / (c["pred"] + c["gold"]) if c["pred"] + c["gold"] else 0.0
            table.add_row(typ, str(c["tp"]), str(c["pred"]), str(c["gold"]), f"{f1:.2f}")
    Console().print(table)
