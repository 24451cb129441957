"""One person's or organization's claims in date order: the view a user asks for first."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

from orgwatch.errors import NotFound
from orgwatch.resolution import name_key, strip_legal_suffix
from orgwatch.store import Store


@dataclass(frozen=True)
class TimelineEntry:
    date: str | None
    undated: bool  # no date: listed last
    type: str
    subject: str
    object: str
    other: str  # the other party: the object when the entity is the subject, and vice versa
    as_: Literal["subject", "object"]
    role: str | None
    status: str
    doc: str
    evidence: str

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["as"] = data.pop("as_")
        return data


def resolve_names(store: Store, name: str) -> list[str]:
    """The stored entity names that ``name`` means.

    Aliases first ("Ultraman" -> "Sam Altman"), then the exact name in any case, then, for a
    one-word query, the people whose last name it is ("Altman" -> "Sam Altman").
    """
    wanted = store.alias_table().lookup(name) or name
    keys = {name_key(wanted), name_key(strip_legal_suffix(wanted))}
    entities = store.entities()
    exact = sorted({e.name for e in entities if name_key(e.name) in keys})
    if exact or len(wanted.split()) != 1:
        return exact
    surname = name_key(wanted)
    return sorted(
        {e.name for e in entities if e.kind == "person" and name_key(e.name).split()[-1] == surname}
    )


def timeline(store: Store, name: str) -> list[TimelineEntry]:
    """The claims about ``name`` (as subject or object), dated ones by date, undated last.

    Raises ``NotFound`` when the store knows no entity of that name.
    """
    names = resolve_names(store, name)
    if not names:
        raise NotFound(f"no person or organization named {name!r} in the store")
    keys = {name_key(n) for n in names}
    entries = []
    for c in store.claims_for(*names):
        as_subject = name_key(c.subject) in keys
        entries.append(
            TimelineEntry(
                date=c.date,
                undated=c.date is None,
                type=c.type,
                subject=c.subject,
                object=c.object,
                other=c.object if as_subject else c.subject,
                as_="subject" if as_subject else "object",
                role=c.role,
                status=c.status,
                doc=c.doc_id,
                evidence=c.evidence,
            )
        )
    return sorted(entries, key=lambda e: (e.undated, e.date or "", e.doc, e.type, e.other, e.evidence))
