"""Merging claims into facts: stints, sources, independent stories, status history, conflicts."""

from __future__ import annotations

from fakes import claim

from orgwatch.graph.merge import MergedFact, Report, merge


def report(
    doc: str, reported: str | None, story: str | None = None, lang: str = "en", **fields: object
) -> Report:
    return Report(claim(doc, **fields), reported, story or doc, lang)


def only(facts: list[MergedFact], typ: str) -> list[MergedFact]:
    return [f for f in facts if f.type == typ]


def test_a_stint_that_ends_and_restarts_makes_two_facts() -> None:
    facts = merge(
        [
            report("a", "2020-03-02", type="leaves", date="2020-03-01"),
            report("b", "2020-03-05", type="leaves", date="2020-03"),  # the same departure, vaguer
            report("c", "2021-06-01", type="returns", date="2021-06-01"),
            report("d", "2024-01-10", type="leaves", date="2024-01-09"),
        ]
    )
    leaves = only(facts, "leaves")
    assert [(f.stint, f.date, [s.doc for s in f.sources]) for f in leaves] == [
        (1, "2020-03-01", ["a", "b"]),
        (2, "2024-01-09", ["d"]),
    ]
    assert only(facts, "returns")[0].stint == 1


def test_a_vague_date_never_splits_a_stint() -> None:
    facts = merge(
        [
            report("a", "2023-11-18", type="dismissed", date="2023-11-17"),
            report("b", "2024-08-06", type="dismissed", date="2023"),
            report("b", "2024-08-06", type="returns", date="2023"),
            report("c", "2023-11-20", type="returns", date="2023-11-20", status="denied"),
        ]
    )
    assert [(f.type, f.stint) for f in facts] == [("dismissed", 1), ("returns", 1)]


def test_a_rumour_later_denied_then_happening_keeps_its_history() -> None:
    facts = merge(
        [
            report("c", "2023-11-22", type="returns", status="happened", date="2023-11-22"),
            report("a", "2023-11-18", type="returns", status="rumored", date=None),
            report("b", "2023-11-20", type="returns", status="denied", date=None),
        ]
    )
    (fact,) = facts
    assert fact.status == "happened"
    assert [(h.status, h.since, h.docs) for h in fact.history] == [
        ("rumored", "2023-11-18", ("a",)),
        ("denied", "2023-11-20", ("b",)),
        ("happened", "2023-11-22", ("c",)),
    ]
    (conflict,) = fact.conflicts
    assert conflict.field == "status"
    assert {v.value: v.docs for v in conflict.variants} == {
        "happened": ("c",),
        "rumored": ("a",),
        "denied": ("b",),
    }
    assert fact.first_reported == "2023-11-18" and fact.last_reported == "2023-11-22"
    # earlier reports were superseded: they do not lower the confidence of what happened
    assert fact.confidence == 0.7


def test_a_rumour_denied_later_is_denied_now() -> None:
    (fact,) = merge(
        [
            report("a", "2024-05-01", type="joins", status="rumored", date=None),
            report("b", "2024-05-03", type="joins", status="denied", date=None),
        ]
    )
    assert fact.status == "denied"
    assert [h.status for h in fact.history] == ["rumored", "denied"]


def test_contradictions_of_one_day_are_kept_side_by_side() -> None:
    (fact,) = merge(
        [
            report(
                "a", "2023-11-20", type="returns", status="denied", date="2023-11-20", evidence="He will not."
            ),
            report(
                "b",
                "2023-11-20",
                type="returns",
                status="happened",
                date="2023-11-21",
                evidence="He is back.",
            ),
            report("c", "2023-11-20", type="returns", status="happened", date="2023-11-21", evidence="Back."),
        ]
    )
    assert fact.status == "happened"  # two stories against one
    assert {s.evidence for s in fact.sources} == {"He will not.", "He is back.", "Back."}
    fields = {c.field: c for c in fact.conflicts}
    assert set(fields) == {"status", "date"}
    assert [(v.value, v.stories) for v in fields["date"].variants] == [("2023-11-21", 2), ("2023-11-20", 1)]
    assert fact.date == "2023-11-21"
    assert 0 < fact.confidence < 0.91  # the same-day denial weighs against it


def test_a_translation_confirms_but_is_not_independent() -> None:
    (fact,) = merge(
        [
            report("de", "2024-08-06", story="s1", lang="de"),
            report("it", "2024-08-06", story="s1", lang="it"),
            report("x", "2024-08-07", story="s2", lang="en"),
        ]
    )
    assert len(fact.sources) == 3
    assert fact.independent_sources == 2
    assert fact.languages == ("de", "en", "it")
    assert fact.confidence == round(1 - 0.3 * 0.3, 3)


def test_the_most_precise_date_most_stories_agree_with_wins() -> None:
    (fact,) = merge(
        [
            report("a", "2024-08-10", type="dismissed", date="2023"),
            report("b", "2023-11-18", type="dismissed", date="2023-11-17"),
            report("c", "2023-11-18", type="dismissed", date="2023-11-17"),
        ]
    )
    assert fact.date == "2023-11-17"
    assert fact.conflicts == ()  # '2023' and '2023-11-17' do not disagree


def test_roles_are_collected_not_overwritten() -> None:
    (fact,) = merge(
        [
            report("a", None, type="holds_role", role="co-founder", date=None),
            report("b", None, type="holds_role", role="president", date=None),
            report("c", None, type="holds_role", role="president", date=None),
        ]
    )
    assert fact.roles == ("president", "co-founder")
    assert fact.first_reported is None and fact.stint == 1
