"""Document-level consolidation: one departure per person and organization."""

from __future__ import annotations

from fakes import claim

from orgwatch.extraction import consolidate


def test_a_dismissal_tells_the_departure_and_a_denied_one_stays() -> None:
    claims = [
        claim("a", type="dismissed", subject="Eva Roth", object="Brunnhold"),
        claim("a", type="leaves", subject="Eva Roth", object="Brunnhold", status="planned"),
        claim("a", type="leaves", subject="Eva Roth", object="Kelvo"),
        claim("a", type="leaves", subject="Paul Weber", object="Brunnhold"),
        claim("a", type="leaves", subject="Eva Roth", object="Brunnhold", status="denied"),
    ]
    assert [(c.type, c.subject, c.object, c.status) for c in consolidate(claims)] == [
        ("dismissed", "Eva Roth", "Brunnhold", "happened"),
        ("leaves", "Eva Roth", "Kelvo", "happened"),
        ("leaves", "Paul Weber", "Brunnhold", "happened"),
        ("leaves", "Eva Roth", "Brunnhold", "denied"),
    ]


def test_a_rumoured_dismissal_leaves_the_departure_alone() -> None:
    claims = [
        claim("a", type="dismissed", subject="Eva Roth", object="Brunnhold", status="rumored"),
        claim("a", type="leaves", subject="Eva Roth", object="Brunnhold"),
    ]
    assert consolidate(claims) == claims
