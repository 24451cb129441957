"""Document-level consolidation of claims, whatever extractor made them.

An article that reports a dismissal also says the person left ('X was fired ... X leaves the
company'): that is one departure, and ``dismissed`` is its more specific account (FACTS.md keeps
``leaves`` for departures not forced by others). A departure the text denies stays: it is a
different statement, shown beside the dismissal.
"""

from __future__ import annotations

from orgwatch.model import Claim


def consolidate(claims: list[Claim]) -> list[Claim]:
    """``claims`` without the departures that a dismissal of the same person from the same
    organization in the same document already tells."""
    dismissed = {(c.subject, c.object) for c in claims if c.type == "dismissed" and c.status == "happened"}
    return [
        c
        for c in claims
        if not (c.type == "leaves" and c.status != "denied" and (c.subject, c.object) in dismissed)
    ]
