"""Day-months without a year read as plans: ``resolve_ahead`` and the ``from_markers`` words.

News mostly reports the past, so "am 1. Juli" in a March article is last July; but the date
of a planned event, or one after "zum", "à compter du", "a partir del", is the next one.
Every sentence is invented.
"""

from __future__ import annotations

import pytest

from orgwatch.analysis.dates import find_dates, resolve_ahead
from orgwatch.model import DateValue

MARCH = DateValue("2025-03-14", "test")


def isos(text: str, lang: str, anchor: DateValue = MARCH) -> list[str | None]:
    return [m.value.iso if m.value else None for m in find_dates(text, lang, anchor)]


def ahead(text: str, lang: str, anchor: DateValue = MARCH) -> list[str | None]:
    out = []
    for m in find_dates(text, lang, anchor):
        v = resolve_ahead(m, lang, anchor)
        out.append(v.iso if v else None)
    return out


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Sie übernimmt das Amt am 1. Juli."),
        ("en", "She takes office on July 1."),
        ("it", "Assume l'incarico il 1° luglio."),
        ("fr", "Elle prend ses fonctions le 1er juillet."),
        ("es", "Asume el cargo el 1 de julio."),
    ],
)
def test_a_plan_takes_the_next_day_month(lang: str, text: str) -> None:
    assert isos(text, lang) == ["2024-07-01"]  # read alone: news reports the past
    assert ahead(text, lang) == ["2025-07-01"]


def test_ahead_crosses_the_year_and_keeps_a_week_of_grace() -> None:
    november = DateValue("2024-11-20", "test")
    assert ahead("Er beginnt am 1. Januar.", "de", november) == ["2025-01-01"]
    assert ahead("Er beginnt am 1. Dezember.", "de", november) == ["2024-12-01"]
    # a few days before the article is still this one (the anchor may be late), not next year
    assert ahead("Sie beginnt am 10. März.", "de") == ["2025-03-10"]
    assert ahead("Sie beginnt am 1. März.", "de") == ["2026-03-01"]


def test_ahead_months_and_what_it_leaves_alone() -> None:
    assert ahead("Sie beginnt im Juli.", "de") == ["2025-07"]
    assert ahead("Sie beginnt im März.", "de") == ["2025-03"]
    assert ahead("Sie begann im Juli 2023.", "de") == ["2023-07"]  # a year is written
    assert ahead("Sie begann letzten Juli.", "de") == ["2024-07"]  # 'letzten' says the past
    # a weekday names the year: 1 July was a Monday in 2024, not in 2025
    assert ahead("Sie begann am Montag, 1. Juli.", "de") == ["2024-07-01"]


@pytest.mark.parametrize(
    ("lang", "text", "iso"),
    [
        ("de", "Huber wechselt zum 1. Juli nach Graz.", "2025-07-01"),
        ("de", "Ab dem 1. Juli leitet Huber das Werk.", "2025-07-01"),
        ("de", "Huber übernimmt per 1. Juli die Leitung.", "2025-07-01"),
        ("en", "Okafor becomes treasurer effective July 1.", "2025-07-01"),
        ("en", "Okafor becomes treasurer with effect from 1 July.", "2025-07-01"),
        ("it", "Dal 1° luglio Ferri guida la divisione.", "2025-07-01"),
        ("fr", "Moreau dirige la filiale à compter du 1er juillet.", "2025-07-01"),
        ("es", "Ortega dirige la filial a partir del 1 de julio.", "2025-07-01"),
    ],
)
def test_a_start_marker_makes_the_date_a_plan(lang: str, text: str, iso: str) -> None:
    assert isos(text, lang) == [iso]


def test_without_a_start_marker_the_past_is_kept() -> None:
    assert isos("Huber wechselte am 1. Juli nach Graz.", "de") == ["2024-07-01"]
    assert isos("Huber blieb bis zum 30. Juni im Amt.", "de") == ["2024-06-30"]  # 'bis zum' ends
    assert isos("Okafor became treasurer on July 1.", "en") == ["2024-07-01"]
