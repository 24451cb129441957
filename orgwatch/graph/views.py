"""What a user asks about one person or organization, over a store: library calls for the CLI."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from orgwatch.errors import NotFound
from orgwatch.graph import alerts as alerts_
from orgwatch.graph import flows as flows_
from orgwatch.graph.knowledge import aliases, merged_facts
from orgwatch.graph.stories import Encoder
from orgwatch.graph.timeline import TimelineEntry, entries, resolve_names
from orgwatch.model import EntityKind
from orgwatch.resolution import Alias
from orgwatch.store import Store

ROLE_TYPES = frozenset({"holds_role", "appointed", "reassigned"})


@dataclass(frozen=True)
class Role:
    person: str
    org: str
    roles: tuple[str, ...]
    status: str
    sources: int  # independent


@dataclass(frozen=True)
class EntityView:
    name: str
    kind: EntityKind
    aliases: tuple[Alias, ...]  # names resolved to this one, with their evidence
    roles: tuple[Role, ...]
    moves: tuple[flows_.Move, ...]  # a person's moves, or the moves into and out of an organization
    alerts: tuple[alerts_.Alert, ...]
    timeline: tuple[TimelineEntry, ...]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["alerts"] = [a.to_dict() for a in self.alerts]
        data["timeline"] = [e.to_dict() for e in self.timeline]
        return data


def entity(store: Store, name: str, kind: EntityKind, encoder: Encoder | None = None) -> EntityView:
    """A person's or organization's page: aliases, roles, moves, alerts and timeline."""
    names = {e.name for e in store.entities() if e.kind == kind} & set(resolve_names(store, name))
    if not names:
        what = "person" if kind == "person" else "organization"
        raise NotFound(f"no {what} named {name!r} in the store")
    canonical = sorted(names)[0] if len(names) == 1 else " / ".join(sorted(names))
    facts = merged_facts(store, encoder)
    mine = [f for f in facts if f.subject in names or f.object in names]
    side = "subject" if kind == "person" else "object"
    roles = tuple(
        Role(f.subject, f.object, f.roles, f.status, f.independent_sources)
        for f in mine
        if f.type in ROLE_TYPES and getattr(f, side) in names
    )
    moves = tuple(
        m for m in flows_.moves(facts) if m.person in names or m.origin in names or m.destination in names
    )
    return EntityView(
        name=canonical,
        kind=kind,
        aliases=tuple(a for a in aliases(store) if a.canonical in names and a.alias not in names),
        roles=roles,
        moves=moves,
        alerts=tuple(a for a in alerts_.exodus_alerts(facts) if a.org in names),
        timeline=tuple(entries(mine, names)),
    )


def flows(
    store: Store,
    org: str | None = None,
    since: date | None = None,
    until: date | None = None,
    encoder: Encoder | None = None,
) -> list[flows_.Flow]:
    """Moves per pair of organizations; ``org`` is resolved like any name."""
    wanted = None
    if org is not None:
        names = [e.name for e in store.entities() if e.kind == "org"]
        found = sorted(set(resolve_names(store, org)) & set(names))
        if not found:
            raise NotFound(f"no organization named {org!r} in the store")
        wanted = found[0]
    return flows_.flows(merged_facts(store, encoder), wanted, since, until)


def alerts(store: Store, encoder: Encoder | None = None) -> list[alerts_.Alert]:
    return alerts_.exodus_alerts(merged_facts(store, encoder))
