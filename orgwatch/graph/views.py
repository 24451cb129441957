"""What a user asks about one person or organization, over a store: library calls for the CLI."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from orgwatch.errors import NotFound
from orgwatch.graph import alerts as alerts_
from orgwatch.graph import flows as flows_
from orgwatch.graph.knowledge import aliases, facts_about, merged_facts
from orgwatch.graph.merge import MergedFact
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
    found = resolve_names(store, name)
    names = {e.name for e in store.entities_named(*found) if e.kind == kind and e.name in found}
    if not names:
        what = "person" if kind == "person" else "organization"
        raise NotFound(f"no {what} named {name!r} in the store")
    canonical = sorted(names)[0] if len(names) == 1 else " / ".join(sorted(names))
    mine = [f for f in facts_about(store, names, encoder) if f.subject in names or f.object in names]
    side = "subject" if kind == "person" else "object"
    roles = tuple(
        Role(f.subject, f.object, f.roles, f.status, f.independent_sources)
        for f in mine
        if f.type in ROLE_TYPES and getattr(f, side) in names
    )
    moves = tuple(
        m
        for m in flows_.moves(_move_facts(store, names, encoder))
        if m.person in names or m.origin in names or m.destination in names
    )
    return EntityView(
        name=canonical,
        kind=kind,
        aliases=tuple(a for a in aliases(store) if a.canonical in names and a.alias not in names),
        roles=roles,
        moves=moves,
        # an organization's alerts count only the departures from it: all in ``mine``
        alerts=tuple(a for a in alerts_.exodus_alerts(mine) if a.org in names),
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
    if org is None:
        return flows_.flows(merged_facts(store, encoder), None, since, until)
    resolved = resolve_names(store, org)
    found = sorted(
        {e.name for e in store.entities_named(*resolved) if e.kind == "org" and e.name in resolved}
    )
    if not found:
        raise NotFound(f"no organization named {org!r} in the store")
    return flows_.flows(_move_facts(store, {found[0]}, encoder), found[0], since, until)


def alerts(store: Store, encoder: Encoder | None = None) -> list[alerts_.Alert]:
    return alerts_.exodus_alerts(merged_facts(store, encoder))


def _move_facts(store: Store, names: set[str], encoder: Encoder | None) -> list[MergedFact]:
    """Facts from which every move of ``names`` (people), or into or out of ``names``
    (organizations), comes out as over the whole store, read from the claims of a few people.

    A move needs all the claims of its person. An origin taken from a document (see
    ``orgwatch.graph.flows``) also needs the moves of everyone else that document reports, and
    makes an organization the origin of people who never mention it. Hence the people: those
    moving into or out of ``names``; everyone arriving somewhere in the documents of their moves;
    everyone moving in the documents of those arrivals. Facts of others (read because they share
    a claim with these people) are left out: some of their claims may be missing.
    """
    people = set(names) | {
        c.subject
        for c in store.claims_about(names)
        if flows_.moves_in(c.type, (c.role,)) and c.object in names
    }
    docs = {c.doc_id for c in store.claims_about(people) if flows_.moves_in(c.type, (c.role,))}
    people |= {c.subject for c in store.claims_in(docs) if flows_.arrives(c.type, (c.role,))}
    docs = {c.doc_id for c in store.claims_about(people) if flows_.arrives(c.type, (c.role,))}
    people |= {c.subject for c in store.claims_in(docs) if flows_.moves_in(c.type, (c.role,))}
    return [f for f in facts_about(store, people, encoder) if f.subject in people]
