"""Response and request models: the API's typed contract, and what the OpenAPI schema shows."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class EntityRef(BaseModel):
    kind: Literal["person", "org"]
    name: str


class Evidence(BaseModel):
    """One document's sentence stating a fact, with what a reader needs to judge the source."""

    doc: str
    quote: str
    lang: str | None
    date: str | None  # the date this document gives the fact
    status: str
    published: str | None = None  # the document's date
    url: str | None = None
    title: str | None = None


class Fact(BaseModel):
    """One fact across documents (one per type, subject and object), with every source."""

    type: str
    subject: str
    object: str
    role: str | None
    date: str | None
    status: str
    evidence: list[Evidence]


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


class RoleHeld(BaseModel):
    org: str
    role: str
    since: str | None
    until: str | None


class Person(BaseModel):
    name: str
    roles: list[RoleHeld]
    events: list[Fact]  # in date order, undated last


class Movement(BaseModel):
    """A person arriving at or leaving an organization."""

    person: str
    type: str
    date: str | None
    status: str
    other: str | None  # where they came from or went to, when known


class Flow(BaseModel):
    """People who left ``source`` and joined ``target``."""

    source: str
    target: str
    people: list[str]


class PeriodCount(BaseModel):
    period: str  # 'YYYY-MM', or 'YYYY' when the date is known to the year only
    count: int
    people: list[str]


class Organization(BaseModel):
    name: str
    people_in: list[Movement]
    people_out: list[Movement]
    inflow: list[Flow]
    outflow: list[Flow]
    departures: list[PeriodCount]
    events: list[Fact]


class DocumentSummary(BaseModel):
    id: str
    title: str | None
    url: str | None
    published: str | None
    lang: str | None
    claims: int


class DocumentDetail(DocumentSummary):
    facts: list[Fact]


class Story(BaseModel):
    """Articles telling the same events, with those events."""

    id: str
    title: str
    date: str | None
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


class IngestResult(BaseModel):
    doc: str
    status: Literal["added", "unchanged", "replaced", "duplicate", "skipped"]
    claims: int
    duplicate_of: str | None = None
    reason: str | None = None  # why a document was skipped


class Problem(BaseModel):
    detail: str
