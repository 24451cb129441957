"""Status and date of events: a planned event's day-month without a year is the next one.

Every sentence is invented. The articles are dated 14 March 2025 unless a case says otherwise.
"""

from __future__ import annotations

import pytest

from orgwatch.analysis import analyze
from orgwatch.extraction import default_extractor
from orgwatch.model import Document

Event = tuple[str, str, str, str, str | None]  # type, subject, object, status, date


def events(lang: str, text: str, published: str = "2025-03-14") -> set[Event]:
    adoc = analyze(Document(id="t", text=text, source="test", published=published, lang=lang))
    claims = default_extractor().extract(adoc)
    return {(c.type, c.subject, c.object, c.status, c.date) for c in claims if c.type != "holds_role"}


@pytest.mark.parametrize(
    ("lang", "text", "published", "event"),
    [
        # the future auxiliary far from the infinitive, across an apposition (verb-final)
        (
            "de",
            "Jonas Berger, bislang Vertriebschef der Falkenried Werke, wird zum 1. Juli als neuer "
            "Technikchef zur Brandauer AG wechseln.",
            "2025-03-14",
            ("joins", "Jonas Berger", "Brandauer", "planned", "2025-07-01"),
        ),
        (
            "de",
            "Mara Lindqvist wird zum 1. Januar zur Osterholz Gruppe wechseln.",
            "2024-11-20",
            ("joins", "Mara Lindqvist", "Osterholz Gruppe", "planned", "2025-01-01"),
        ),
        (
            "en",
            "Priya Raman will join Calloway Systems on July 1.",
            "2025-03-14",
            ("joins", "Priya Raman", "Calloway Systems", "planned", "2025-07-01"),
        ),
        (
            "it",
            "Chiara Lodi entrerà in Ferralba dal 1° luglio.",
            "2025-03-14",
            ("joins", "Chiara Lodi", "Ferralba", "planned", "2025-07-01"),
        ),
        (
            "fr",
            "Claire Demarne rejoindra Valorix à compter du 1er juillet.",
            "2025-03-14",
            ("joins", "Claire Demarne", "Valorix", "planned", "2025-07-01"),
        ),
        (
            "es",
            "Lucas Herrera se incorporará a Talamanca Energía a partir del 1 de julio.",
            "2025-03-14",
            ("joins", "Lucas Herrera", "Talamanca Energía", "planned", "2025-07-01"),
        ),
    ],
)
def test_planned_event_takes_the_next_day_month(lang: str, text: str, published: str, event: Event) -> None:
    assert event in events(lang, text, published)


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("de", "Jonas Berger wechselte am 1. Juli zur Brandauer AG.", ("joins", "Jonas Berger", "Brandauer")),
        (
            "en",
            "Priya Raman joined Calloway Systems on July 1.",
            ("joins", "Priya Raman", "Calloway Systems"),
        ),
        ("it", "Chiara Lodi è entrata in Ferralba il 1° luglio.", ("joins", "Chiara Lodi", "Ferralba")),
        ("fr", "Claire Demarne a rejoint Valorix le 1er juillet.", ("joins", "Claire Demarne", "Valorix")),
        (
            "es",
            "Lucas Herrera se incorporó a Talamanca Energía el 1 de julio.",
            ("joins", "Lucas Herrera", "Talamanca Energía"),
        ),
    ],
)
def test_past_event_keeps_the_previous_day_month(lang: str, text: str, event: tuple[str, str, str]) -> None:
    assert (*event, "happened", "2024-07-01") in events(lang, text)


def test_subordinate_future_does_not_reach_the_next_conjunct() -> None:
    # 'wird' ends the first conjunct of the 'dass' clause; Weber's appointment happened
    text = (
        "Die Brandauer AG gab bekannt, dass Jonas Berger die Brandauer AG verlassen wird und "
        "Ida Weber zur Vorstandschefin der Brandauer AG ernannt wurde."
    )
    found = {e[:4] for e in events("de", text)}
    assert ("leaves", "Jonas Berger", "Brandauer", "planned") in found
    assert ("appointed", "Ida Weber", "Brandauer", "happened") in found


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        ("de", "Jonas Berger wechselt zum 1. Juli zur Brandauer AG.", ("joins", "Jonas Berger", "Brandauer")),
        (
            "en",
            "Priya Raman joins Calloway Systems effective July 1.",
            ("joins", "Priya Raman", "Calloway Systems"),
        ),
        ("it", "Chiara Lodi entra in Ferralba dal 1° luglio.", ("joins", "Chiara Lodi", "Ferralba")),
        (
            "fr",
            "Claire Demarne rejoint Valorix à compter du 1er juillet.",
            ("joins", "Claire Demarne", "Valorix"),
        ),
        (
            "es",
            "Lucas Herrera se incorpora a Talamanca Energía a partir del 1 de julio.",
            ("joins", "Lucas Herrera", "Talamanca Energía"),
        ),
    ],
)
def test_start_marker_without_future_verb_is_a_plan(
    lang: str, text: str, event: tuple[str, str, str]
) -> None:
    assert (*event, "planned", "2025-07-01") in events(lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        (
            "de",
            "Jan Roe steht einer Rückkehr zur Halvor Bank ambivalent gegenüber.",
            ("returns", "Jan Roe", "Halvor Bank"),
        ),
        ("en", "Dana Roe is undecided about a return to Corvala.", ("returns", "Dana Roe", "Corvala")),
        ("fr", "Luc Brun hésite à rejoindre la Banque Sorel.", ("joins", "Luc Brun", "Banque Sorel")),
        (
            "it",
            "Marco Pini è indeciso su un ritorno alla Vetri Sardi.",
            ("returns", "Marco Pini", "Vetri Sardi"),
        ),
    ],
)
def test_doubt_toward_an_event_makes_it_a_possibility(
    lang: str, text: str, event: tuple[str, str, str]
) -> None:
    assert {e[:4] for e in events(lang, text)} >= {(*event, "rumored")}


def test_the_month_may_is_no_hedge() -> None:
    # 'may' the modal hedges an event; 'in May' the month dates it
    got = events("en", "Mara Lind left Quillon Systems in May to join Brightfold Labs.", "2025-08-14")
    assert ("joins", "Mara Lind", "Brightfold Labs", "happened", "2025-05") in got, got
    got = events("en", "Mara Lind may join Brightfold Labs.")
    assert ("joins", "Mara Lind", "Brightfold Labs", "rumored", "2025-03-14") in got, got
