"""Claims from many documents -> facts: one per type, subject, object and stint.

A user wants to know what happened, how sure we are and who said so; a fact therefore keeps
every source with its quote, counts independent sources (stories, not documents: a copy or a
translation confirms but is not independent), keeps its status history in report order and
lists disagreements side by side instead of letting one source overwrite another.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from orgwatch.graph.dates import before, compatible, precision
from orgwatch.model import Claim

# Event types that end or begin a person's time at an organization. A second departure is a
# second fact only if the person came back in between ("stint"); see ``_stints``.
SEPARATED_BY: dict[str, frozenset[str]] = {
    "leaves": frozenset({"joins", "returns"}),
    "dismissed": frozenset({"joins", "returns"}),
    "joins": frozenset({"leaves", "dismissed"}),
    "appointed": frozenset({"leaves", "dismissed"}),
    "returns": frozenset({"leaves", "dismissed", "leave_of_absence"}),
    "leave_of_absence": frozenset({"returns"}),
}
# When reports of one day disagree on the status, the more definite one is shown as current
# (the disagreement itself stays listed in ``conflicts``).
STATUS_RANK = {"happened": 0, "denied": 1, "planned": 2, "rumored": 3}
# How much one independent story alone makes us believe a fact: news is often wrong, and a
# second independent story should count for more than a copy of the first.
STORY_WEIGHT = 0.7


@dataclass(frozen=True)
class Report:
    """A claim as the graph sees it: with its document's date, language and story."""

    claim: Claim
    reported: str | None  # the document's date (ISO), None when unknown
    story: str  # copies and translations of one article share a story id
    lang: str = ""

    @property
    def when(self) -> str | None:
        """Where the event sits in time: its date, else the day it was reported."""
        return self.claim.date or self.reported


@dataclass(frozen=True)
class Source:
    doc: str
    story: str
    lang: str
    reported: str | None
    status: str
    date: str | None
    role: str | None
    evidence: str
    confidence: float


@dataclass(frozen=True)
class StatusChange:
    """From ``since`` (report date) on, the sources ``docs`` said ``status``."""

    status: str
    since: str | None
    docs: tuple[str, ...]


@dataclass(frozen=True)
class Variant:
    value: str | None
    docs: tuple[str, ...]
    stories: int


@dataclass(frozen=True)
class Conflict:
    """Sources that disagree on ``field`` ('status' or 'date'), each value with its sources."""

    field: str
    variants: tuple[Variant, ...]


@dataclass(frozen=True)
class MergedFact:
    type: str
    subject: str
    object: str
    stint: int  # 1 for the first time at the organization, 2 after a return, ...
    status: str  # the latest reported status
    date: str | None
    roles: tuple[str, ...]
    sources: tuple[Source, ...]
    independent_sources: int
    languages: tuple[str, ...]
    first_reported: str | None
    last_reported: str | None
    confidence: float
    history: tuple[StatusChange, ...]
    conflicts: tuple[Conflict, ...]

    @property
    def key(self) -> str:
        return f"{self.type}|{self.subject}|{self.object}|{self.stint}"

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, **asdict(self)}


def merge(reports: Iterable[Report]) -> list[MergedFact]:
    """Merged facts, ordered by subject, object, type and stint."""
    by_pair: dict[tuple[str, str], list[Report]] = defaultdict(list)
    for r in reports:
        by_pair[(r.claim.subject, r.claim.object)].append(r)
    facts = []
    for pair_reports in by_pair.values():
        by_type: dict[str, list[Report]] = defaultdict(list)
        for r in pair_reports:
            by_type[r.claim.type].append(r)
        for typ, group in by_type.items():
            separators = [
                r for r in pair_reports
                if r.claim.type in SEPARATED_BY.get(typ, ()) and r.claim.status == "happened" and r.when
            ]  # fmt: skip
            for n, stint in enumerate(_stints(group, separators), 1):
                facts.append(_fact(stint, n))
    return sorted(facts, key=lambda f: (f.subject, f.object, f.type, f.stint))


def _stints(reports: list[Report], separators: list[Report]) -> list[list[Report]]:
    """Split reports of one type, subject and object where a separating event lies between.

    Reports are placed by event date, else report date; a report placed nowhere joins the
    last stint (news rarely reports an old stint without a date). Two reports are in different
    stints only if a separating event (a return between two departures) is certainly after
    the one and certainly before the other: a vague date ('2023') never splits.
    """
    placed = sorted((r for r in reports if r.when), key=lambda r: (r.when or "", r.claim.doc_id))
    stints: list[list[Report]] = []
    for r in placed:
        when = r.when or ""
        if stints and not any(
            before(x.when or "", s.when or "") and before(s.when or "", when)
            for x in stints[-1]
            for s in separators
        ):
            stints[-1].append(r)
        else:
            stints.append([r])
    unplaced = [r for r in reports if not r.when]
    if unplaced:
        if stints:
            stints[-1].extend(unplaced)
        else:
            stints.append(unplaced)
    return stints


def _fact(reports: list[Report], stint: int) -> MergedFact:
    first = reports[0].claim
    sources = tuple(
        sorted(
            (
                Source(
                    r.claim.doc_id, r.story, r.lang, r.reported, r.claim.status, r.claim.date,
                    r.claim.role, r.claim.evidence, r.claim.confidence,
                )
                for r in reports
            ),
            key=lambda s: (s.reported is not None, s.reported or "", s.doc, s.evidence),
        )
    )  # fmt: skip
    status = _current_status(sources)
    reported = [s.reported for s in sources if s.reported]
    return MergedFact(
        type=first.type,
        subject=first.subject,
        object=first.object,
        stint=stint,
        status=status,
        date=_best_date(sources),
        roles=_ranked(s.role for s in sources),
        sources=sources,
        independent_sources=len({s.story for s in sources}),
        languages=tuple(sorted({s.lang for s in sources if s.lang})),
        first_reported=min(reported, default=None),
        last_reported=max(reported, default=None),
        confidence=_confidence(sources, status),
        history=_history(sources),
        conflicts=_conflicts(sources),
    )


def _current_status(sources: Sequence[Source]) -> str:
    """The status of the latest report; on a tie, the one most stories say, then the most definite."""
    latest = sources[-1].reported
    last = [s for s in sources if s.reported == latest]
    stories: dict[str, set[str]] = defaultdict(set)
    for s in last:
        stories[s.status].add(s.story)
    return min(stories, key=lambda st: (-len(stories[st]), STATUS_RANK.get(st, len(STATUS_RANK))))


def _best_date(sources: Sequence[Source]) -> str | None:
    """The date most stories agree with (a vaguer date agrees), then the most precise, then earliest."""
    dates = {s.date for s in sources if s.date}
    if not dates:
        return None

    def support(d: str) -> int:
        return len({s.story for s in sources if s.date and compatible(s.date, d)})

    return min(dates, key=lambda d: (-support(d), -precision(d), d))


def _ranked(values: Iterable[str | None]) -> tuple[str, ...]:
    counts: dict[str, int] = defaultdict(int)
    for v in values:
        if v:
            counts[v] += 1
    return tuple(sorted(counts, key=lambda v: (-counts[v], v)))


def _confidence(sources: Sequence[Source], status: str) -> float:
    """Noisy-OR over independent stories that state the current status.

    Each story counts once with its best claim confidence, scaled by ``STORY_WEIGHT``. Stories
    contradicting it (a denial against anything else, or the reverse) at or after the first
    report of the current status lower the result the same way; earlier ones were superseded.
    A plan or a rumour does not contradict its happening.
    """
    since = min((s.reported or "" for s in sources if s.status == status), default="")
    pro: dict[str, float] = defaultdict(float)
    con: dict[str, float] = defaultdict(float)
    for s in sources:
        if s.status == status:
            pro[s.story] = max(pro[s.story], s.confidence)
        elif (s.status == "denied") != (status == "denied") and (s.reported or "") >= since:
            con[s.story] = max(con[s.story], s.confidence)
    belief = 1.0
    for c in pro.values():
        belief *= 1 - STORY_WEIGHT * c
    doubt = 1.0
    for c in con.values():
        doubt *= 1 - STORY_WEIGHT * c
    return round((1 - belief) * doubt, 3)


def _history(sources: Sequence[Source]) -> tuple[StatusChange, ...]:
    """Status changes in report order; consecutive reports of one status make one entry."""
    changes: list[StatusChange] = []
    for s in sources:
        if changes and changes[-1].status == s.status:
            last = changes[-1]
            changes[-1] = StatusChange(last.status, last.since, (*last.docs, s.doc))
        else:
            changes.append(StatusChange(s.status, s.reported, (s.doc,)))
    return tuple(changes)


def _conflicts(sources: Sequence[Source]) -> tuple[Conflict, ...]:
    conflicts = []
    statuses = _variants(sources, lambda s: s.status)
    if len(statuses) > 1:
        conflicts.append(Conflict("status", statuses))
    dated = [s for s in sources if s.date]
    if any(not compatible(a.date or "", b.date or "") for a in dated for b in dated):
        conflicts.append(Conflict("date", _variants(dated, lambda s: s.date)))
    return tuple(conflicts)


def _variants(sources: Sequence[Source], value: Callable[[Source], str | None]) -> tuple[Variant, ...]:
    groups: dict[str | None, list[Source]] = defaultdict(list)
    for s in sources:
        groups[value(s)].append(s)
    return tuple(
        Variant(v, tuple(dict.fromkeys(s.doc for s in group)), len({s.story for s in group}))
        for v, group in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0] or ""))
    )
