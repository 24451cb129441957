"""Junk lines are flagged, article lines never are."""

from __future__ import annotations

import pytest

from orgwatch.analysis.clean import is_heading, is_junk_line


@pytest.mark.parametrize(
    "line",
    [
        "[ad_3]",
        "Anzeige",
        "Advertisement",
        "EnglishFrançaisРусский язык한국어Deutsch",
        "Redaktion Nord |. Newsletter",
        "[2]https://example.org/some/article",
        "Referenzlinks:",
    ],
)
def test_junk(line: str) -> None:
    assert is_junk_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Die Bank hat ihren Finanzchef entlassen.",
        "Il presidente lascia la società dopo dieci anni.",
        "Share prices fell 3% after the chief executive resigned.",
        "Anzeige gegen den Vorstand erstattet: Der Aufsichtsrat prüft.",
    ],
)
def test_article_text_is_not_junk(line: str) -> None:
    assert not is_junk_line(line)


def test_heading() -> None:
    assert is_heading("Marta Lindqvist: Finanzchefin")
    assert not is_heading("Marta Lindqvist ist Finanzchefin.")
