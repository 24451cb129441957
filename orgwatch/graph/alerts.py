"""Exodus alerts: departures from one organization well above its usual rate.

The rule, per organization: for every departure, count the distinct people who left in the
``window_days`` starting that day. Its usual rate is the number of departures in the
``history_days`` before the window, scaled to the window's length, but at least ``floor`` (an
organization we know little about is not alarming after two departures). An alert fires when
the window holds at least ``min_people`` people and at least ``factor`` times the usual rate.
Overlapping alerting windows of one organization make one alert (the one with most people).

Departures are ``leaves`` and ``dismissed`` facts that happened or are announced; an undated
one is placed on the day it was first reported and marked so.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any, Literal

from orgwatch.graph.dates import span
from orgwatch.graph.flows import DEPARTURES, MOVING
from orgwatch.graph.merge import MergedFact

WINDOW_DAYS = 90
HISTORY_DAYS = 730
MIN_PEOPLE = 3
FACTOR = 3.0
FLOOR = 0.5


@dataclass(frozen=True)
class Departure:
    person: str
    org: str
    day: date
    dated_by: Literal["event", "reported"]
    fact: str  # merged fact key
    docs: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "day": self.day.isoformat()}


@dataclass(frozen=True)
class Alert:
    org: str
    since: date
    until: date
    people: tuple[str, ...]
    usual: float  # departures expected in a window of this length
    departures: tuple[Departure, ...]

    @property
    def count(self) -> int:
        return len(self.people)

    def to_dict(self) -> dict[str, Any]:
        return {
            "org": self.org,
            "since": self.since.isoformat(),
            "until": self.until.isoformat(),
            "count": self.count,
            "usual": round(self.usual, 2),
            "people": list(self.people),
            "departures": [d.to_dict() for d in self.departures],
        }


def departures(facts: Iterable[MergedFact]) -> list[Departure]:
    """Departures that can be placed in time, by day."""
    out = []
    for f in facts:
        if f.type not in DEPARTURES or f.status not in MOVING:
            continue
        dated_by: Literal["event", "reported"] = "event" if f.date else "reported"
        when = f.date or f.first_reported
        if when is None:
            continue
        docs = tuple(dict.fromkeys(s.doc for s in f.sources))
        out.append(Departure(f.subject, f.object, span(when)[0], dated_by, f.key, docs))
    return sorted(out, key=lambda d: (d.day, d.org, d.person))


def exodus_alerts(
    facts: Iterable[MergedFact],
    window_days: int = WINDOW_DAYS,
    history_days: int = HISTORY_DAYS,
    min_people: int = MIN_PEOPLE,
    factor: float = FACTOR,
    floor: float = FLOOR,
) -> list[Alert]:
    """Alerts by organization and date (see the module docstring for the rule)."""
    by_org: dict[str, list[Departure]] = defaultdict(list)
    for d in departures(facts):
        by_org[d.org].append(d)
    alerts = []
    for org, deps in sorted(by_org.items()):
        found: list[Alert] = []
        for start in sorted({d.day for d in deps}):
            end = start + timedelta(days=window_days - 1)
            inside = [d for d in deps if start <= d.day <= end]
            people = tuple(dict.fromkeys(d.person for d in inside))
            past = {d.person for d in deps if start - timedelta(days=history_days) <= d.day < start}
            usual = max(len(past) * window_days / history_days, floor)
            if len(people) < min_people or len(people) < factor * usual:
                continue
            alert = Alert(org, start, end, people, usual, tuple(inside))
            if found and found[-1].until >= start:  # overlaps the previous one: keep the larger
                if alert.count > found[-1].count:
                    found[-1] = alert
            else:
                found.append(alert)
        alerts += found
    return alerts
