"""One person's or organization's merged facts in event order: the view a user asks for first.

Each entry is one fact (not one article), with every source and its quote, the status history
and any disagreement. An undated event is placed on the day it was first reported and marked
so (``placed_by="reported"``); one with neither date comes last.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

from orgwatch.errors import NotFound
from orgwatch.graph.dates import span
from orgwatch.graph.knowledge import facts_about
from orgwatch.graph.merge import Conflict, MergedFact, Source, StatusChange
from orgwatch.graph.stories import Encoder
from orgwatch.resolution import name_key, strip_legal_suffix
from orgwatch.store import Store


@dataclass(frozen=True)
class TimelineEntry:
    date: str | None  # the event's date
    undated: bool  # no event date: placed by report date, or last
    placed: str | None  # the date the entry is ordered by
    placed_by: Literal["event", "reported", "none"]
    type: str
    subject: str
    object: str
    other: str  # the other party: the object when the entity is the subject, and vice versa
    as_: Literal["subject", "object"]
    role: str | None
    status: str
    doc: str  # the first source of the current status, and its quote
    evidence: str
    stint: int
    confidence: float
    independent_sources: int
    languages: tuple[str, ...]
    sources: tuple[Source, ...]
    history: tuple[StatusChange, ...]
    conflicts: tuple[Conflict, ...]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["as"] = data.pop("as_")
        return data


def resolve_names(store: Store, name: str) -> list[str]:
    """The stored canonical entity names that ``name`` means.

    Aliases first ("Ultraman" -> "Sam Altman"), then the exact name in any case, then, for a
    one-word query, the people whose last name it is ("Altman" -> "Sam Altman").
    """
    wanted = store.alias_table().lookup(name) or name
    exact = sorted({e.name for e in store.entities_named(wanted, strip_legal_suffix(wanted))})
    if exact or len(wanted.split()) != 1:
        return exact
    surname = name_key(wanted)
    return sorted(
        {e.name for e in store.entities() if e.kind == "person" and name_key(e.name).split()[-1] == surname}
    )


def timeline(store: Store, name: str, encoder: Encoder | None = None) -> list[TimelineEntry]:
    """The merged facts about ``name`` (as subject or object), in event order.

    Raises ``NotFound`` when the store knows no entity of that name.
    """
    names = set(resolve_names(store, name))
    if not names:
        raise NotFound(f"no person or organization named {name!r} in the store")
    facts = [f for f in facts_about(store, names, encoder) if f.subject in names or f.object in names]
    return entries(facts, names)


def entries(facts: list[MergedFact], names: set[str]) -> list[TimelineEntry]:
    """Timeline entries of ``facts`` seen from the entity called ``names``, in order."""
    out = [_entry(f, f.subject in names) for f in facts]
    return sorted(
        out,
        key=lambda e: (e.placed is None, span(e.placed)[0].isoformat() if e.placed else "", e.type, e.other),
    )


def _entry(f: MergedFact, as_subject: bool) -> TimelineEntry:
    placed_by: Literal["event", "reported", "none"] = "event" if f.date else "reported"
    placed = f.date or f.first_reported
    if placed is None:
        placed_by = "none"
    headline = next(s for s in f.sources if s.status == f.status)
    return TimelineEntry(
        date=f.date,
        undated=f.date is None,
        placed=placed,
        placed_by=placed_by,
        type=f.type,
        subject=f.subject,
        object=f.object,
        other=f.object if as_subject else f.subject,
        as_="subject" if as_subject else "object",
        role=f.roles[0] if f.roles else None,
        status=f.status,
        doc=headline.doc,
        evidence=headline.evidence,
        stint=f.stint,
        confidence=f.confidence,
        independent_sources=f.independent_sources,
        languages=f.languages,
        sources=f.sources,
        history=f.history,
        conflicts=f.conflicts,
    )
