"""Partial ISO dates ('2024', '2024-08', '2024-08-06') as day spans.

Sources state dates at different precisions; comparing them as spans orders and matches them
without inventing precision: '2023' neither precedes nor follows '2023-11-17', it contains it.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def span(iso: str) -> tuple[date, date]:
    """The first and last day that ``iso`` may mean (its leading valid part: '2024-08-06T..' works)."""
    match = _ISO.match(iso)
    if match is None:
        raise ValueError(f"not an ISO date: {iso!r}")
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    if day is None:
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    return date(year, month, day), date(year, month, day)


def compatible(a: str, b: str) -> bool:
    """Whether the two dates may be the same day ('2024' and '2024-08-06' are)."""
    (a0, a1), (b0, b1) = span(a), span(b)
    return a0 <= b1 and b0 <= a1


def before(a: str, b: str) -> bool:
    """Whether ``a`` is over before ``b`` begins, whatever day each means."""
    return span(a)[1] < span(b)[0]


def precision(iso: str) -> int:
    """1 for a year, 2 for a month, 3 for a day."""
    match = _ISO.match(iso)
    return 0 if match is None else sum(g is not None for g in match.groups())


def within(iso: str, since: date | None, until: date | None) -> bool:
    """Whether ``iso`` may fall in [since, until] (either bound open when None)."""
    first, last = span(iso)
    return (since is None or last >= since) and (until is None or first <= until)
