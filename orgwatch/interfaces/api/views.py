"""The API's answers, from ``orgwatch.graph``: this module only selects and reshapes.

Merged facts, timelines, moves, flows and stories are the graph's; what is added here is what a
page needs on top: search, departures per month, and the facts of one document or story.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import orgwatch.graph as graph
from orgwatch.errors import NotFound
from orgwatch.graph.merge import MergedFact
from orgwatch.interfaces.api import models
from orgwatch.resolution import name_key
from orgwatch.store import Store, StoredDocument

DEPARTURES = ("leaves", "dismissed")


def _plain(data: Any) -> Any:
    """Dataclass dicts as JSON has them (tuples become lists), ready for the pydantic models."""
    return json.loads(json.dumps(data))


def _facts(facts: Iterable[MergedFact]) -> list[models.Fact]:
    return [models.Fact.model_validate(_plain(f.to_dict())) for f in facts]


def _summary(d: StoredDocument) -> models.DocumentSummary:
    return models.DocumentSummary(
        id=d.id, title=d.title, url=d.url, published=d.published, lang=d.lang, claims=d.claims
    )


def search(store: Store, query: str, limit: int) -> list[models.EntityRef]:
    """Entities whose name contains every word of ``query`` (any case), names starting with it first."""
    words = name_key(query).split()
    hits = [e for e in store.entities() if all(w in name_key(e.name) for w in words)]
    hits.sort(key=lambda e: (not name_key(e.name).startswith(words[0]) if words else False, e.name))
    return [models.EntityRef(kind=e.kind, name=e.name) for e in hits[:limit]]


def person(store: Store, name: str) -> models.Entity:
    return models.Entity.model_validate(_plain(graph.entity(store, name, "person").to_dict()))


def organization(store: Store, name: str) -> models.Organization:
    view = graph.entity(store, name, "org")
    flows = graph.flows(store, name)
    names = set(view.name.split(" / "))  # the graph joins the names of an ambiguous query
    departures: dict[str, set[str]] = defaultdict(set)
    for e in view.timeline:
        if e.type in DEPARTURES and e.object in names and e.status == "happened" and e.date:
            departures[e.date[:7]].add(e.subject)
    return models.Organization.model_validate(
        {
            **_plain(view.to_dict()),
            "inflow": _plain([f.to_dict() for f in flows if f.destination in names]),
            "outflow": _plain([f.to_dict() for f in flows if f.origin in names]),
            "departures": [
                {"period": p, "count": len(people), "people": sorted(people)}
                for p, people in sorted(departures.items())
            ],
        }
    )


def flows(store: Store, org: str | None) -> list[models.Flow]:
    return [models.Flow.model_validate(_plain(f.to_dict())) for f in graph.flows(store, org)]


def facts(
    store: Store, type: str | None = None, subject: str | None = None, object: str | None = None
) -> list[models.Fact]:
    """Merged facts, filtered by type, subject and object (names resolved as everywhere)."""
    subjects = set(graph.resolve_names(store, subject)) if subject else None
    objects = set(graph.resolve_names(store, object)) if object else None
    named = subjects if subjects is not None else objects
    return _facts(
        f
        for f in (graph.merged_facts(store) if named is None else graph.facts_about(store, named))
        if (type is None or f.type == type)
        and (subjects is None or f.subject in subjects)
        and (objects is None or f.object in objects)
    )


def documents(store: Store) -> list[models.DocumentSummary]:
    return [_summary(d) for d in store.documents()]


def document(store: Store, doc_id: str) -> models.DocumentDetail:
    found = [d for d in store.documents() if d.id == doc_id]
    if not found:
        raise NotFound(f"no document {doc_id!r} in the store")
    mine = (f for f in graph.merged_facts(store) if any(s.doc == doc_id for s in f.sources))
    return models.DocumentDetail(**_summary(found[0]).model_dump(), facts=_facts(mine))


def stories(store: Store) -> list[models.Story]:
    return [models.Story.model_validate(_plain(s.to_dict())) for s in graph.stories(store)]


def story(store: Store, story_id: str) -> models.StoryDetail:
    found = [s for s in graph.stories(store) if s.id == story_id]
    if not found:
        raise NotFound(f"no story {story_id!r}")
    docs = set(found[0].docs)
    mine = (f for f in graph.merged_facts(store) if any(s.doc in docs for s in f.sources))
    return models.StoryDetail.model_validate(
        {
            **_plain(found[0].to_dict()),
            "documents": [_summary(d) for d in store.documents() if d.id in docs],
            "facts": _facts(mine),
        }
    )
