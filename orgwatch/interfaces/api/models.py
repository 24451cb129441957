"""Response and request models: the API's typed contract, and what the OpenAPI schema shows."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class EntityRef(BaseModel):
    kind: Literal["person", "org"]
    name: str


class Source(BaseModel):
    """One document's report of a merged fact (``orgwatch.graph``)."""

    doc: str
    story: str  # copies and translations of one article share a story
    lang: str
    reported: str | None
    status: str
    date: str | None
    role: str | None
    evidence: str
    confidence: float


class StatusChange(BaseModel):
    status: str
    since: str | None
    docs: list[str]


class Variant(BaseModel):
    value: str | None
    docs: list[str]
    stories: int


class Conflict(BaseModel):
    field: str
    variants: list[Variant]


class TimelineEntry(BaseModel):
    """One merged fact about an entity, as ``orgwatch timeline`` lists it (``orgwatch.graph``)."""

    model_config = ConfigDict(populate_by_name=True)

    date: str | None
    undated: bool
    placed: str | None
    placed_by: Literal["event", "reported", "none"]
    type: str
    subject: str
    object: str
    other: str
    as_: Literal["subject", "object"] = Field(alias="as")
    role: str | None
    status: str
    doc: str
    evidence: str
    stint: int
    confidence: float
    independent_sources: int
    languages: list[str]
    sources: list[Source]
    history: list[StatusChange]
    conflicts: list[Conflict]


class Fact(BaseModel):
    """A fact merged across documents (one per type, subject, object and stint), every source kept."""

    key: str
    type: str
    subject: str
    object: str
    stint: int
    status: str
    date: str | None
    roles: list[str]
    sources: list[Source]
    independent_sources: int
    languages: list[str]
    first_reported: str | None
    last_reported: str | None
    confidence: float
    history: list[StatusChange]
    conflicts: list[Conflict]


class Role(BaseModel):
    person: str
    org: str
    roles: list[str]
    status: str
    sources: int  # independent stories


class Move(BaseModel):
    """A person leaving ``origin`` for ``destination``."""

    person: str
    origin: str
    destination: str
    date: str | None
    dated_by: Literal["event", "reported", "none"]
    status: str
    origin_from: Literal["departure", "document"]
    departure: str | None  # merged fact keys
    arrival: str
    docs: list[str]


class Flow(BaseModel):
    origin: str
    destination: str
    count: int
    people: list[str]
    moves: list[Move]


class Alias(BaseModel):
    alias: str
    canonical: str
    kind: Literal["person", "org"] | None
    source: str
    created_by: str


class PeriodCount(BaseModel):
    period: str  # 'YYYY-MM', or 'YYYY' when the date is known to the year only
    count: int
    people: list[str]


class Entity(BaseModel):
    """A person's or organization's page."""

    name: str
    kind: Literal["person", "org"]
    aliases: list[Alias]
    roles: list[Role]
    moves: list[Move]
    timeline: list[TimelineEntry]


class Organization(Entity):
    inflow: list[Flow]
    outflow: list[Flow]
    departures: list[PeriodCount]  # people who left, per month


class DocumentSummary(BaseModel):
    id: str
    title: str | None
    url: str | None
    published: str | None
    lang: str | None
    claims: int


class DocumentDetail(DocumentSummary):
    facts: list[Fact]


class StoryLink(BaseModel):
    a: str
    b: str
    how: Literal["identical", "translation", "near-duplicate"]
    score: float


class Story(BaseModel):
    """One article with its copies and translations."""

    id: str
    docs: list[str]
    langs: list[str]
    first_reported: str | None
    links: list[StoryLink]


class StoryDetail(Story):
    documents: list[DocumentSummary]
    facts: list[Fact]


class IngestRequest(BaseModel):
    """An article's text, or a URL to fetch it from (exactly one of the two)."""

    text: str | None = Field(default=None, max_length=5 * 1024 * 1024)
    url: str | None = Field(default=None, max_length=2048)
    id: str | None = Field(default=None, max_length=200, description="Default: derived from the text or URL.")
    title: str | None = None
    published: str | None = Field(default=None, description="ISO 8601 date of the article.")
    lang: str | None = None


IngestStatus = Literal["added", "unchanged", "replaced", "duplicate", "skipped"]


class IngestResult(BaseModel):
    doc: str
    status: IngestStatus
    claims: int
    duplicate_of: str | None = None
    reason: str | None = None  # why a document was skipped


class Problem(BaseModel):
    detail: str
