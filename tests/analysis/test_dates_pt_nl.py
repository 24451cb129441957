"""Dates in Portuguese and Dutch: the ``[dates]`` and ``[text]`` tables of pt.toml and nl.toml.

The table-driven cases (absolute, day-month, relative, vague, not a date) stand with the other
languages' in ``test_dates.py``; here are the ones of their own. Sentences are written for
these tests (never copied from articles). Every value is resolved against a fixed anchor, so the
expected dates are exact.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from test_dates import ANCHOR, isos

from orgwatch.analysis.dates import find_dates
from orgwatch.analysis.docdate import section_dates, text_date
from orgwatch.analysis.sentences import split_sentences
from orgwatch.model import DateValue

# --- absolute dates --------------------------------------------------------------------------


def test_mention_spans_are_document_offsets() -> None:
    text = "Prefácio. Em 3 de fevereiro de 2021 ela saiu."
    (m,) = find_dates(text, "pt", None, offset=100)
    assert m.text == "3 de fevereiro de 2021"
    assert (m.start, m.end) == (100 + text.index("3 de"), 100 + text.index(" ela"))


# --- day-month without year, resolved against the anchor -------------------------------------


def test_day_month_with_weekday_infers_year() -> None:
    # 17 November 2023 was a Friday; the anchor (months later) would otherwise say 2024
    anchor = DateValue("2024-02-01")
    (pt,) = find_dates("Sexta-feira, 17 de novembro", "pt", anchor)
    assert pt.value == DateValue("2023-11-17", "inferred:weekday-year")
    (nl,) = find_dates("Vrijdag 17 november", "nl", anchor)
    assert nl.value == DateValue("2023-11-17", "inferred:weekday-year")


def test_without_anchor_relative_dates_are_unresolved_not_vague() -> None:
    found = find_dates("Na sexta-feira, em 17 de julho e no ano passado.", "pt", None)
    assert [m.text for m in found] == ["Na sexta-feira", "17 de julho", "no ano passado"]
    assert all(m.value is None and not m.vague for m in found)
    found = find_dates("Vrijdag, op 17 juli en vorig jaar.", "nl", None)
    assert [m.text for m in found] == ["Vrijdag", "17 juli", "vorig jaar"]
    assert all(m.value is None and not m.vague for m in found)


# --- relative expressions ---------------------------------------------------------------------


def test_relative_day_against_month_anchor_keeps_anchor_precision() -> None:
    assert isos("Na sexta-feira e ontem", "pt", DateValue("2024-08")) == ["2024-08", "2024-08"]
    assert isos("Vrijdag en gisteren", "nl", DateValue("2024-08")) == ["2024-08", "2024-08"]


def test_glued_next_word() -> None:
    assert isos("O escândalo do ano passadoque abalou o setor.", "pt") == ["2023"]
    assert isos("Het schandaal van vorig jaarin de sector.", "nl") == ["2023"]


# --- vague expressions --------------------------------------------------------------------------


def test_longer_phrase_wins_over_vague_word() -> None:
    (pt,) = find_dates("Mais tarde este ano a empresa abre o capital.", "pt", ANCHOR)
    assert pt.value == DateValue("2024", "relative:year") and not pt.vague
    (nl,) = find_dates("Later dit jaar gaat het bedrijf naar de beurs.", "nl", ANCHOR)
    assert nl.value == DateValue("2024", "relative:year") and not nl.vague


# --- document date and timeline sections ---------------------------------------------------------


def test_dateline_with_label() -> None:
    today = date(2024, 9, 1)
    lines = ["Publicado em 6 de agosto de 2024", "A empresa anunciou a saída do diretor."]
    assert text_date(lines, "pt", today) == DateValue("2024-08-06", "text:dateline")
    lines = ["Gepubliceerd op 6 augustus 2024", "Het bedrijf maakte het vertrek bekend."]
    assert text_date(lines, "nl", today) == DateValue("2024-08-06", "text:dateline")


def test_planned_dates_are_not_the_document_date() -> None:
    today = date(2024, 12, 1)
    text = "Em 3 de março de 2024 ela saiu. A regra vale a partir de 1 de outubro de 2024."
    assert text_date([text], "pt", today) == DateValue("2024-03-03", "text:latest-date")
    text = "Op 3 maart 2024 vertrok ze. De nieuwe regel geldt vanaf 1 oktober 2024."
    assert text_date([text], "nl", today) == DateValue("2024-03-03", "text:latest-date")


def test_section_dates() -> None:
    anchor = DateValue("2023-11-20")
    pt = [
        "Cronologia",
        "Sexta-feira, 17 de novembro, hora local",
        "O conselho demitiu o diretor.",
        "18 de novembro: a sucessora foi nomeada.",
    ]
    nl = [
        "Tijdlijn",
        "Vrijdag 17 november, lokale tijd",
        "Het bestuur ontsloeg de directeur.",
        "18 november: een opvolger werd benoemd.",
    ]
    for lines, lang in ((pt, "pt"), (nl, "nl")):
        got = [v.iso if v else None for v in section_dates(lines, lang, anchor)]
        assert got == [None, "2023-11-17", "2023-11-17", "2023-11-18"]


# --- [text]: abbreviations --------------------------------------------------------------------------


def test_abbreviations_do_not_end_sentences() -> None:
    text = "O Sr. Lima falou com a Dra. Costa da Acme S.A. ontem. O processo nº. 3 saiu. Ela ficou."
    assert [s.text for s in split_sentences(text, "pt")] == [
        "O Sr. Lima falou com a Dra. Costa da Acme S.A. ontem.",
        "O processo nº. 3 saiu.",
        "Ela ficou.",
    ]
    text = "Dhr. Visser sprak met dr. Bakker van Acme B.V. gisteren. Hij noemde o.a. drie namen. Ze vertrok."
    assert [s.text for s in split_sentences(text, "nl")] == [
        "Dhr. Visser sprak met dr. Bakker van Acme B.V. gisteren.",
        "Hij noemde o.a. drie namen.",
        "Ze vertrok.",
    ]


def test_no_glue_suffixes_keep_surnames_whole() -> None:
    # "Duarte" and "Jansen" end in the conjunctions "e" / "en": nothing is split off
    pt = split_sentences("Ana Duarte saiu. Depois Duart chegou. Duarte ficou.", "pt")
    assert all("Duarte" in s.norm for s in (pt[0], pt[2]))
    nl = split_sentences("Piet Jansen vertrok. Toen kwam Jans. Jansen bleef.", "nl")
    assert all("Jansen" in s.norm for s in (nl[0], nl[2]))


# --- properties -----------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)), st.sampled_from(["/", "-"]))
def test_numeric_dates_round_trip(day: date, sep: str) -> None:
    padded = f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"
    text = f"Em {padded} / op {day.day}{sep}{day.month}{sep}{day.year}."
    for lang in ("pt", "nl"):
        assert isos(text, lang, None) == [day.isoformat(), day.isoformat()]
