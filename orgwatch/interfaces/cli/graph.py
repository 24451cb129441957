"""The knowledge-graph commands: timeline, person, org, flows, alerts, stories, alias.

Thin: each command calls one function of ``orgwatch.graph`` and prints a table or, with
``--json``, the same data as JSON.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from typing import Annotated, Any, NoReturn, TypeVar

import typer
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

import orgwatch.graph as graph
from orgwatch.errors import OrgwatchError
from orgwatch.graph.timeline import TimelineEntry
from orgwatch.interfaces.cli.core import Db
from orgwatch.model import EntityKind
from orgwatch.store import Store

AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
Name = Annotated[str, typer.Argument(help="A name, an alias or, for a person, a surname.")]
T = TypeVar("T")


def register(app: typer.Typer) -> None:
    app.command("timeline")(timeline_command)
    app.command("person")(person_command)
    app.command("org")(org_command)
    app.command("flows")(flows_command)
    app.command("alerts")(alerts_command)
    app.command("stories")(stories_command)
    alias = typer.Typer(
        help="Correct the entity resolver: your aliases apply everywhere and survive re-ingest."
    )
    alias.command("add")(alias_add_command)
    alias.command("remove")(alias_remove_command)
    alias.command("list")(alias_list_command)
    app.add_typer(alias, name="alias")


def timeline_command(name: Name, as_json: AsJson = False, db: Db = None) -> None:
    """What happened to a person or organization, in event order, with every source's quote."""
    entries = _query(db, lambda store: graph.timeline(store, name))
    if as_json:
        _json([e.to_dict() for e in entries])
        return
    _print_timeline(name, entries)


def person_command(name: Name, as_json: AsJson = False, db: Db = None) -> None:
    """A person: aliases (with evidence), roles, moves between organizations, timeline."""
    _entity(name, "person", as_json, db)


def org_command(name: Name, as_json: AsJson = False, db: Db = None) -> None:
    """An organization: aliases, people and roles, moves in and out, exodus alerts, timeline."""
    _entity(name, "org", as_json, db)


def _entity(name: str, kind: EntityKind, as_json: bool, db: str | None) -> None:
    view = _query(db, lambda store: graph.entity(store, name, kind))
    if as_json:
        _json(view.to_dict())
        return
    console = Console()
    console.print(f"[bold]{escape(view.name)}[/bold] ({'person' if kind == 'person' else 'organization'})")
    for a in view.aliases:
        console.print(f"  also {escape(a.alias)!r} ({a.created_by}: {escape(a.source)})")
    if view.roles:
        table = Table(
            "person", "organization", "roles", "status", "sources", title="roles", box=box.SIMPLE_HEAD
        )
        for r in view.roles:
            table.add_row(r.person, r.org, ", ".join(r.roles), r.status, str(r.sources))
        console.print(table)
    if view.moves:
        table = Table("date", "person", "from", "to", "status", title="moves", box=box.SIMPLE_HEAD)
        for m in view.moves:
            table.add_row(_date(m.date, m.dated_by), m.person, m.origin, m.destination, m.status)
        console.print(table)
    for alert in view.alerts:
        console.print(
            f"[red]exodus[/red] {alert.since} - {alert.until}: {alert.count} left ({', '.join(alert.people)})"
        )
    _print_timeline(view.name, list(view.timeline))


def flows_command(
    org: Annotated[str, typer.Argument(help="The organization people left or joined.")],
    since: Annotated[str | None, typer.Option("--since", help="First day, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Last day, YYYY-MM-DD.")] = None,
    as_json: AsJson = False,
    db: Db = None,
) -> None:
    """Moves of people from organization to organization, with counts, names and dates."""
    window = (_day(since, "--since"), _day(until, "--until"))
    found = _query(db, lambda store: graph.flows(store, org, *window))
    if as_json:
        _json([f.to_dict() for f in found])
        return
    table = Table("from", "to", "people", "who (when)", title=f"flows: {org}", box=box.SIMPLE_HEAD)
    for f in found:
        who = "; ".join(f"{m.person} ({_date(m.date, m.dated_by)})" for m in f.moves)
        table.add_row(f.origin, f.destination, str(f.count), who)
    Console().print(table)


def alerts_command(as_json: AsJson = False, db: Db = None) -> None:
    """Exodus alerts: departures from one organization well above its usual rate."""
    found = _query(db, lambda store: graph.alerts(store))
    if as_json:
        _json([a.to_dict() for a in found])
        return
    table = Table(
        "organization", "from", "to", "left", "usual", "who", title="exodus alerts", box=box.SIMPLE_HEAD
    )
    for a in found:
        table.add_row(a.org, str(a.since), str(a.until), str(a.count), f"{a.usual:.1f}", ", ".join(a.people))
    Console().print(table)


def stories_command(as_json: AsJson = False, db: Db = None) -> None:
    """Documents grouped into stories: one article with its copies and translations."""
    found = _query(db, lambda store: graph.stories(store))
    if as_json:
        _json([s.to_dict() for s in found])
        return
    table = Table("story", "documents", "languages", "why", title="stories", box=box.SIMPLE_HEAD)
    for s in found:
        why = "; ".join(f"{link.how} {link.score:.2f}" for link in s.links)
        table.add_row(s.id, "\n".join(s.docs), ", ".join(s.langs), why)
    Console().print(table)


def alias_add_command(
    alias: Annotated[str, typer.Argument(help="The name as documents write it, e.g. 'Ultraman'.")],
    canonical: Annotated[str, typer.Argument(help="The entity's canonical name, e.g. 'Sam Altman'.")],
    kind: Annotated[str | None, typer.Option("--kind", help="person or org (default: either).")] = None,
    as_json: AsJson = False,
    db: Db = None,
) -> None:
    """Say that ALIAS means CANONICAL, in every stored and future document."""
    kinds: dict[str | None, EntityKind | None] = {None: None, "person": "person", "org": "org"}
    if kind not in kinds:
        _fail_message("--kind must be 'person' or 'org'")
    change = _query(db, lambda store: graph.alias_add(store, alias, canonical, kinds[kind]))
    _print_change(change, as_json)


def alias_remove_command(
    alias: Annotated[str, typer.Argument(help="The alias to drop (a learned or curated one is vetoed).")],
    as_json: AsJson = False,
    db: Db = None,
) -> None:
    """Undo an alias: ALIAS is its own entity again, in every stored and future document."""
    change = _query(db, lambda store: graph.alias_remove(store, alias))
    _print_change(change, as_json)
    if change.action == "unknown":
        raise typer.Exit(1)


def alias_list_command(as_json: AsJson = False, db: Db = None) -> None:
    """Every alias: curated, yours and learned, with the evidence behind each."""
    found = _query(db, lambda store: graph.aliases(store))
    if as_json:
        _json([{**asdict(a), "why": a.source} for a in found])
        return
    table = Table("alias", "means", "kind", "by", "why", title="aliases", box=box.SIMPLE_HEAD)
    for a in found:
        table.add_row(a.alias, a.canonical, a.kind or "", a.created_by, escape(a.source))
    Console().print(table)


def _print_change(change: graph.AliasChange, as_json: bool) -> None:
    if as_json:
        _json({"alias": change.alias, "action": change.action})
    else:
        typer.echo(f"{change.action}: {change.alias}")


WIDE = 120  # columns from which the timeline is a table; narrower, one block per event


def _print_timeline(title: str, entries: list[TimelineEntry]) -> None:
    """The timeline under the entity's canonical name ("Ultraman" -> "Sam Altman")."""
    if entries:
        first = entries[0]
        title = first.subject if first.as_ == "subject" else first.object
    console = Console()
    rows = [
        (
            _date(e.placed, e.placed_by),
            e.type if e.as_ == "subject" else f"{e.type} (by {e.other})",
            e.other,
            e.role or "",
            e.status + (" (disputed)" if any(c.field == "status" for c in e.conflicts) else ""),
            [
                f"{s.status}: {escape(s.evidence)} [dim]({escape(s.doc)}, {s.lang or '?'})[/dim]"
                for s in e.sources
            ],
        )
        for e in entries
    ]
    if console.width < WIDE:
        console.print(f"[bold]{escape(title)}[/bold]")
        for when, event, other, role, status, quotes in rows:
            console.print(
                f"\n[bold]{when}[/bold]  {event} {escape(other)}"
                + (f" as {role}" if role else "")
                + f" - {status}"
            )
            for quote in quotes:
                console.print(f"  {quote}")
        return
    table = Table(title=title, box=box.SIMPLE_HEAD, show_lines=True)
    for column in ("date", "event", "other party", "role", "status"):
        table.add_column(column, no_wrap=column in ("date", "event", "status"))
    table.add_column("sources: status, quote (document)", ratio=1, overflow="fold")
    for when, event, other, role, status, quotes in rows:
        table.add_row(when, event, other, role, status, "\n".join(quotes))
    console.print(table)


def _date(value: str | None, how: str) -> str:
    if value is None:
        return "undated"
    return value if how == "event" else f"undated, reported {value}"


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        _fail_message(f"{option} wants a day as YYYY-MM-DD, not {value!r}")


def _query(db: str | None, ask: Callable[[Store], T]) -> T:
    """``ask`` the store; an orgwatch error (an unknown name included) ends the command clearly."""
    try:
        with Store(db) as store:
            return ask(store)
    except OrgwatchError as e:
        _fail(e)


def _json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=1, default=str))


def _fail(error: OrgwatchError) -> NoReturn:
    typer.echo(f"error: {error}", err=True)
    raise typer.Exit(1)


def _fail_message(message: str) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(1)
