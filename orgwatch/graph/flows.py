"""Moves of people between organizations (leaves A, joins B) and their counts per pair.

A move pairs one arrival of a person at B (joins, founds, appointed, returns, or being named
its co-founder, which is a founding told by a noun; happened or planned) with a departure of
that person from another organization A that is not certainly later. The departure reported in
the same document wins, then the latest. An arrival with no departure of its own takes its
origin from its document when every other move into B that the document reports comes from one
organization A (at least two of them): "X, Y and also Z went to B" is how news lists an exodus.
Such a move is marked ``origin="document"``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any, Literal

from orgwatch.graph.dates import before, within
from orgwatch.graph.merge import MergedFact

ARRIVALS = frozenset({"joins", "founds", "appointed", "returns"})
DEPARTURES = frozenset({"leaves", "dismissed"})
MOVING = frozenset({"happened", "planned"})  # a rumour or a denial is not a move
MIN_DOCUMENT_MOVES = 2
FOUNDER = "co-founder"  # FACTS.md's role for a founder named by a noun


def arrives(type_: str, roles: Iterable[str | None]) -> bool:
    """Whether a fact of ``type_`` with ``roles`` puts its subject at its object."""
    return type_ in ARRIVALS or (type_ == "holds_role" and FOUNDER in roles)


def moves_in(type_: str, roles: Iterable[str | None]) -> bool:
    """Whether such a fact is half of a move (an arrival or a departure)."""
    return type_ in DEPARTURES or arrives(type_, roles)


@dataclass(frozen=True)
class Move:
    person: str
    origin: str
    destination: str
    date: str | None  # the arrival's date, else the departure's, else when it was first reported
    dated_by: Literal["event", "reported", "none"]
    status: str  # the arrival's
    origin_from: Literal["departure", "document"]
    departure: str | None  # merged fact keys
    arrival: str
    docs: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Flow:
    origin: str
    destination: str
    count: int  # people, each counted once however often they moved
    people: tuple[str, ...]
    moves: tuple[Move, ...]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def moves(facts: Iterable[MergedFact]) -> list[Move]:
    """Every move the facts show, by date (undated last)."""
    facts = list(facts)
    departures: dict[str, list[MergedFact]] = defaultdict(list)
    arrivals: list[MergedFact] = []
    for f in facts:
        if f.status in MOVING and f.type in DEPARTURES:
            departures[f.subject].append(f)
        elif f.status in MOVING and f.type in ARRIVALS:
            arrivals.append(f)
    arrived = {(f.subject, f.object) for f in arrivals}  # a founding told twice is one arrival
    arrivals += [
        f
        for f in facts
        if f.status in MOVING
        and f.type not in ARRIVALS
        and arrives(f.type, f.roles)
        and (f.subject, f.object) not in arrived
    ]
    found, orphans = [], []
    for arrival in arrivals:
        departure = _departure(arrival, departures[arrival.subject])
        if departure is None:
            orphans.append(arrival)
        else:
            found.append(_move(arrival, departure.object, "departure", departure))
    found += _from_documents(orphans, found)
    return sorted(found, key=lambda m: (m.date is None, m.date or "", m.person, m.destination))


def flows(
    facts: Iterable[MergedFact],
    org: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> list[Flow]:
    """Moves per (origin, destination), most people first; only those touching ``org`` if given,
    and only moves whose date may fall in [since, until] (undated moves only with no window)."""
    pairs: dict[tuple[str, str], list[Move]] = defaultdict(list)
    for m in moves(facts):
        if org is not None and org not in (m.origin, m.destination):
            continue
        if (since or until) and (m.date is None or not within(m.date, since, until)):
            continue
        pairs[(m.origin, m.destination)].append(m)
    out = [
        Flow(a, b, len({m.person for m in ms}), tuple(dict.fromkeys(m.person for m in ms)), tuple(ms))
        for (a, b), ms in pairs.items()
    ]
    return sorted(out, key=lambda f: (-f.count, f.origin, f.destination))


def _when(fact: MergedFact) -> str | None:
    return fact.date or fact.first_reported


def _departure(arrival: MergedFact, candidates: Sequence[MergedFact]) -> MergedFact | None:
    arrived = _when(arrival)
    usable = [
        d for d in candidates
        if d.object != arrival.object and not (arrived and (left := _when(d)) and before(arrived, left))
    ]  # fmt: skip
    if not usable:
        return None
    docs = {s.doc for s in arrival.sources}
    return max(usable, key=lambda d: (bool(docs & {s.doc for s in d.sources}), _when(d) or ""))


def _move(
    arrival: MergedFact,
    origin: str,
    origin_from: Literal["departure", "document"],
    departure: MergedFact | None,
) -> Move:
    when = arrival.date or (departure.date if departure else None)
    dated_by: Literal["event", "reported", "none"] = "event"
    if when is None:
        when = arrival.first_reported
        dated_by = "reported" if when else "none"
    docs = {s.doc for s in arrival.sources} | ({s.doc for s in departure.sources} if departure else set())
    return Move(
        person=arrival.subject,
        origin=origin,
        destination=arrival.object,
        date=when,
        dated_by=dated_by,
        status=arrival.status,
        origin_from=origin_from,
        departure=departure.key if departure else None,
        arrival=arrival.key,
        docs=tuple(sorted(docs)),
    )


def _from_documents(orphans: list[MergedFact], known: list[Move]) -> list[Move]:
    """Origins of arrivals without a departure, from the other moves their documents report."""
    origins: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for m in known:
        for doc in m.docs:
            origins[(doc, m.destination)][m.origin].add(m.person)
    out = []
    for arrival in orphans:
        candidates: dict[str, set[str]] = defaultdict(set)
        for s in arrival.sources:
            for origin, people in origins.get((s.doc, arrival.object), {}).items():
                candidates[origin] |= people - {arrival.subject}
        if len(candidates) == 1:
            ((origin, people),) = candidates.items()
            if len(people) >= MIN_DOCUMENT_MOVES:
                out.append(_move(arrival, origin, "document", None))
    return out
