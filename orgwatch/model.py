"""The typed contracts that pass between pipeline stages.

Each stage takes the previous stage's objects and returns its own; nothing here knows about
storage or interfaces. Offsets are always character offsets into ``Document.text``, so any
evidence can be cut back out of the original article verbatim.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

FactType = Literal[
    "holds_role",
    "leaves",
    "dismissed",
    "joins",
    "appointed",
    "leave_of_absence",
    "returns",
    "reassigned",
    "founds",
    "sues",
    "invests",
    "acquires",
]
FACT_TYPES: tuple[str, ...] = FactType.__args__  # type: ignore[attr-defined]
# Events whose subject is always a person (for sues, invests, acquires it may be an organization).
PERSON_EVENT_TYPES: tuple[str, ...] = (
    "leaves", "dismissed", "joins", "appointed", "leave_of_absence", "returns", "reassigned", "founds",
)  # fmt: skip

Status = Literal["happened", "planned", "rumored", "denied"]

EntityKind = Literal["person", "org"]


def content_hash(text: str) -> str:
    """Hash of the text a document was built from: the key that makes re-ingest a no-op."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Document:
    """One article as a source delivered it, before any analysis."""

    id: str
    text: str
    source: str
    url: str | None = None
    published: str | None = None  # ISO 8601 date from metadata, at the precision known
    lang: str | None = None  # language given by the source, if any
    title: str | None = None

    @property
    def hash(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True)
class DateValue:
    """A date at the precision the text supports: '2024', '2024-08' or '2024-08-06'."""

    iso: str
    how: str = ""  # why this value: 'explicit', 'relative:weekday', 'inferred:weekday-year', ...

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        return ("year", "month", "day")[self.iso.count("-")]


@dataclass(frozen=True)
class DateMention:
    """A time expression found in a sentence; ``value`` is None when it is too vague to date."""

    start: int  # offsets into Document.text
    end: int
    text: str
    value: DateValue | None
    vague: bool = False  # 'in recent months', 'later': says when, but not a date


@dataclass(frozen=True)
class Sentence:
    """A sentence cut from the document, verbatim, with its offsets.

    ``norm`` is the same sentence with glued words split ('SchulmanZurücktreten' ->
    'Schulman Zurücktreten'); ``norm_map[i]`` is the offset in ``Document.text`` of
    ``norm[i]`` (inserted spaces map to the character after them).
    """

    index: int
    start: int
    end: int
    text: str
    norm: str
    norm_map: tuple[int, ...]
    is_junk: bool = False  # menu, byline, ad marker: kept for offsets, never mined
    is_heading: bool = False
    section_date: DateValue | None = None  # date of the timeline section the sentence is in
    dates: tuple[DateMention, ...] = ()

    def to_doc(self, norm_offset: int) -> int:
        """Map an offset in ``norm`` back to an offset in ``Document.text``."""
        if norm_offset >= len(self.norm_map):
            return self.end
        return self.norm_map[norm_offset]


@dataclass(frozen=True)
class Mention:
    """A person, organization or role mention in a sentence (offsets into ``Sentence.norm``)."""

    kind: Literal["person", "org", "role"]
    start: int
    end: int
    text: str  # surface form
    name: str  # document-level name: a surname expanded to the full name seen earlier;
    # for roles, the English role of FACTS.md
    # named by its kind word alone ('das Klinikum' for 'Klinikum Nordheide'): no evidence of
    # which organization the text is about
    by_kind: bool = False


@dataclass
class AnalyzedDocument:
    """What the analysis stage knows about a document; the extractor's only input."""

    doc: Document
    lang: str
    doc_date: DateValue | None
    sentences: list[Sentence]
    mentions: dict[int, list[Mention]] = field(default_factory=dict)  # by sentence index
    notes: list[str] = field(default_factory=list)  # how doc_date/lang were decided, skips


@dataclass(frozen=True)
class Claim:
    """One document's statement of one fact, with the sentence that states it."""

    doc_id: str
    type: str
    subject: str
    object: str
    role: str | None
    date: str | None
    status: str
    evidence: str
    start: int  # evidence offsets into Document.text
    end: int
    lang: str = ""
    extractor: str = ""
    confidence: float = 1.0
    date_how: str = ""

    def to_fact(self) -> dict[str, Any]:
        """The FACTS.md interchange record."""
        return {
            "doc": self.doc_id,
            "type": self.type,
            "subject": self.subject,
            "object": self.object,
            "role": self.role,
            "date": self.date,
            "status": self.status,
            "evidence": self.evidence,
        }
