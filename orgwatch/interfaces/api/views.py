"""What the pages show, computed from the store: merged facts, people, organizations, stories.

Claims are merged the way FACTS.md scores the corpus (one fact per type, subject and object),
so a page shows one event with every quote behind it, not one row per article.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from orgwatch.errors import NotFound
from orgwatch.graph import resolve_names
from orgwatch.interfaces.api import models
from orgwatch.model import Claim
from orgwatch.resolution import name_key
from orgwatch.store import Store, StoredDocument

ARRIVALS = ("joins", "appointed", "returns")
DEPARTURES = ("leaves", "dismissed")
ROLE_TYPES = ("holds_role", "appointed", "reassigned")
REAL = ("happened", "planned")  # statuses that move people; rumours and denials do not


@dataclass(frozen=True)
class Record:
    doc: str
    type: str
    subject: str
    object: str
    role: str | None
    date: str | None
    status: str
    quote: str
    lang: str | None


def _from_claim(c: Claim) -> Record:
    return Record(c.doc_id, c.type, c.subject, c.object, c.role, c.date, c.status, c.evidence, c.lang or None)


def _from_fact(f: Mapping[str, Any], docs: Mapping[str, StoredDocument]) -> Record:
    doc = docs.get(f["doc"])
    return Record(
        f["doc"], f["type"], f["subject"], f["object"], f["role"], f["date"], f["status"], f["evidence"],
        doc.lang if doc else None,
    )  # fmt: skip


def _summary(d: StoredDocument) -> models.DocumentSummary:
    return models.DocumentSummary(
        id=d.id, title=d.title, url=d.url, published=d.published, lang=d.lang, claims=d.claims
    )


def _date_order(fact: models.Fact) -> tuple[bool, str, str, str]:
    return (fact.date is None, fact.date or "", fact.type, fact.object)


def merge(records: Iterable[Record], docs: Mapping[str, StoredDocument]) -> list[models.Fact]:
    """One fact per (type, subject, object), dated by the most precise date its sources give."""
    groups: dict[tuple[str, str, str], list[Record]] = defaultdict(list)
    for r in records:
        groups[(r.type, r.subject, r.object)].append(r)
    return sorted((_merged(rs, docs) for rs in groups.values()), key=_date_order)


def _merged(records: list[Record], docs: Mapping[str, StoredDocument]) -> models.Fact:
    dates = Counter(r.date for r in records if r.date)
    date = max(dates, key=lambda d: (d.count("-"), dates[d], [-ord(ch) for ch in d]), default=None)
    agreeing = [r for r in records if r.date == date] or records
    status = Counter(r.status for r in agreeing).most_common(1)[0][0]
    role_counts = Counter(r.role for r in records if r.role)
    ordered = sorted(records, key=lambda r: (r.date != date, r.doc, r.quote))
    evidence, seen = [], set()
    for r in ordered:
        if (r.doc, r.quote) in seen:
            continue
        seen.add((r.doc, r.quote))
        doc = docs.get(r.doc)
        evidence.append(
            models.Evidence(
                doc=r.doc, quote=r.quote, lang=r.lang or (doc.lang if doc else None), date=r.date,
                status=r.status, published=doc.published if doc else None, url=doc.url if doc else None,
                title=doc.title if doc else None,
            )
        )  # fmt: skip
    first = records[0]
    return models.Fact(
        type=first.type,
        subject=first.subject,
        object=first.object,
        role=role_counts.most_common(1)[0][0] if role_counts else None,
        date=date,
        status=status,
        evidence=evidence,
    )


def _documents(store: Store) -> dict[str, StoredDocument]:
    return {d.id: d for d in store.documents()}


def records(store: Store, docs: Mapping[str, StoredDocument] | None = None) -> list[Record]:
    """Every claim in the store, with its document's language."""
    docs = _documents(store) if docs is None else docs
    return [_from_fact(f, docs) for f in store.facts()]


def _entity(store: Store, name: str, kind: str) -> str:
    """The stored name of the ``kind`` entity that ``name`` means, or ``NotFound``."""
    kinds = {e.name: e.kind for e in store.entities()}
    names = [n for n in resolve_names(store, name) if kinds.get(n) == kind]
    if not names:
        label = "person" if kind == "person" else "organization"
        raise NotFound(f"no {label} named {name!r} in the store")
    return names[0]


def search(store: Store, query: str, limit: int) -> list[models.EntityRef]:
    """Entities whose name contains every word of ``query`` (any case, any accents)."""
    words = name_key(query).split()
    hits = [e for e in store.entities() if all(w in name_key(e.name) for w in words)]
    hits.sort(key=lambda e: (not name_key(e.name).startswith(words[0]) if words else False, e.name))
    return [models.EntityRef(kind=e.kind, name=e.name) for e in hits[:limit]]


def person(store: Store, name: str) -> models.Person:
    who = _entity(store, name, "person")
    facts = merge(map(_from_claim, store.claims_for(who)), _documents(store))
    return models.Person(
        name=who, roles=roles(facts, who), events=[f for f in facts if f.type != "holds_role"]
    )


def roles(facts: list[models.Fact], who: str) -> list[models.RoleHeld]:
    """Roles the person held, from role facts; ``until`` is a later departure from that org."""
    mine = [f for f in facts if f.subject == who]
    held: dict[tuple[str, str], list[str]] = {}
    for f in mine:
        if f.type in ROLE_TYPES and f.role and f.status in REAL:
            held.setdefault((f.object, f.role), []).extend([f.date] if f.date else [])
    roles = []
    for (org, role), dates in held.items():
        since = min(dates) if dates else None
        ends = [
            f.date for f in mine
            if f.type in DEPARTURES and f.object == org and f.status == "happened" and f.date
            and (since is None or f.date >= since)
        ]  # fmt: skip
        roles.append(models.RoleHeld(org=org, role=role, since=since, until=min(ends) if ends else None))
    return sorted(roles, key=lambda r: (r.since is None, r.since or "", r.org, r.role))


def _flows(facts: list[models.Fact]) -> list[models.Flow]:
    """Person left A, then joined B (when both are dated, not before leaving): a flow A -> B."""
    left: dict[str, list[models.Fact]] = defaultdict(list)
    joined: dict[str, list[models.Fact]] = defaultdict(list)
    for f in facts:
        if f.status in REAL and f.type in DEPARTURES:
            left[f.subject].append(f)
        elif f.status in REAL and f.type in ("joins", "appointed"):
            joined[f.subject].append(f)
    pairs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for who, exits in left.items():
        for out in exits:
            for into in joined.get(who, []):
                later = (
                    not (out.date and into.date) or into.date[: len(out.date)] >= out.date[: len(into.date)]
                )
                if into.object != out.object and later:
                    pairs[(out.object, into.object)].add(who)
    return [models.Flow(source=s, target=t, people=sorted(p)) for (s, t), p in sorted(pairs.items())]


def flows(store: Store, org: str) -> list[models.Flow]:
    """Flows into and out of ``org``, from the moves of everyone who arrived or left."""
    name = _entity(store, org, "org")
    movers = {c.subject for c in store.claims_for(name) if c.type in ARRIVALS + DEPARTURES}
    if not movers:
        return []
    facts = merge(map(_from_claim, store.claims_for(*movers)), {})
    return [f for f in _flows(facts) if name in (f.source, f.target)]


def organization(store: Store, name: str) -> models.Organization:
    org = _entity(store, name, "org")
    docs = _documents(store)
    facts = merge(map(_from_claim, store.claims_for(org)), docs)
    movers = {f.subject for f in facts if f.type in ARRIVALS + DEPARTURES and f.object == org}
    moves = merge(map(_from_claim, store.claims_for(*movers)), docs) if movers else []
    all_flows = _flows(moves)
    inflow = [f for f in all_flows if f.target == org]
    outflow = [f for f in all_flows if f.source == org]
    came_from = {p: f.source for f in inflow for p in f.people}
    went_to = {p: f.target for f in outflow for p in f.people}

    def movement(f: models.Fact, other: Mapping[str, str]) -> models.Movement:
        return models.Movement(
            person=f.subject, type=f.type, date=f.date, status=f.status, other=other.get(f.subject)
        )

    ins = [movement(f, came_from) for f in facts if f.object == org and f.type in ARRIVALS]
    outs = [movement(f, went_to) for f in facts if f.object == org and f.type in DEPARTURES]
    return models.Organization(
        name=org, people_in=ins, people_out=outs, inflow=inflow, outflow=outflow,
        departures=_by_period(m for m in outs if m.status == "happened"), events=facts,
    )  # fmt: skip


def _by_period(moves: Iterable[models.Movement]) -> list[models.PeriodCount]:
    periods: dict[str, set[str]] = defaultdict(set)
    for m in moves:
        if m.date:
            periods[m.date[:7]].add(m.person)
    return [
        models.PeriodCount(period=p, count=len(ps), people=sorted(ps)) for p, ps in sorted(periods.items())
    ]


def facts(
    store: Store, type: str | None = None, subject: str | None = None, object: str | None = None
) -> list[models.Fact]:
    """Merged facts, filtered by type and by subject and object (a name the store resolves)."""
    docs = _documents(store)
    names = [n for n in (subject, object) if n]
    if names:
        wanted = {k: set(resolve_names(store, v)) for k, v in (("subject", subject), ("object", object)) if v}
        found = [_from_claim(c) for n in names for c in store.claims_for(*resolve_names(store, n))]
        found = [r for r in found if all(getattr(r, k) in v for k, v in wanted.items())]
    else:
        found = records(store, docs)
    return [f for f in merge(set(found), docs) if type is None or f.type == type]


def documents(store: Store) -> list[models.DocumentSummary]:
    return [_summary(d) for d in store.documents()]


def document(store: Store, doc_id: str) -> models.DocumentDetail:
    docs = _documents(store)
    if doc_id not in docs:
        raise NotFound(f"no document {doc_id!r} in the store")
    found = [r for r in records(store, docs) if r.doc == doc_id]
    return models.DocumentDetail(**_summary(docs[doc_id]).model_dump(), facts=merge(found, docs))


def stories(store: Store) -> list[models.Story]:
    """Documents grouped into stories: two documents that share at least half of their events
    (by the smaller one's count) tell the same story. Stories with the most documents first.
    """
    docs = _documents(store)
    claims = records(store, docs)
    events: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for r in claims:
        if r.type != "holds_role":
            events[r.doc].add((r.type, r.subject, r.object))
    parent = {d: d for d in events}

    def root(d: str) -> str:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    ids = sorted(events)
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            if 2 * len(events[a] & events[b]) >= min(len(events[a]), len(events[b])):
                parent[root(b)] = root(a)
    groups: dict[str, list[str]] = defaultdict(list)
    for d in ids:
        groups[root(d)].append(d)
    result = [_story(members, [r for r in claims if r.doc in members], docs) for members in groups.values()]
    return sorted(result, key=lambda s: (-len(s.documents), s.date or "", s.id))


def _story(members: list[str], records: list[Record], docs: Mapping[str, StoredDocument]) -> models.Story:
    facts = [f for f in merge(records, docs) if f.type != "holds_role"]
    # The headline: the event most of its articles report, the latest if several.
    lead = max(facts, key=lambda f: (len({e.doc for e in f.evidence}), f.date or ""), default=None)
    title = f"{lead.subject} {lead.type.replace('_', ' ')} {lead.object}" if lead else members[0]
    story_id = hashlib.sha256("\n".join(sorted(members)).encode()).hexdigest()[:12]
    return models.Story(
        id=story_id,
        title=title,
        date=lead.date if lead else None,
        documents=[_summary(docs[d]) for d in sorted(members) if d in docs],
        facts=facts,
    )


def story(store: Store, story_id: str) -> models.Story:
    for s in stories(store):
        if s.id == story_id:
            return s
    raise NotFound(f"no story {story_id!r}")
