"""Grouped alternations match exactly what the plain alternation matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orgwatch.lang.patterns import dispatch

ALTERNATIVES = [
    "(?:co-?)?founders?",
    "chief executive(?: officer)?",
    "ceo",
    "[cC]hairman",
    "d(?:e|')\\s*\\w+",
    "(?:vice[- ])?president",
    "\\w+chef",  # no letter can be told: stands in every group
    "ex",
]


def _plain() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{'|'.join(ALTERNATIVES)})(?!\w)", re.IGNORECASE)


def _grouped() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{dispatch(ALTERNATIVES)})(?!\w)", re.IGNORECASE)


@pytest.mark.parametrize(
    "text",
    [
        "The co-founder and Chief Executive Officer, Jan Roe, met the CEO.",
        "Der Konzernchef und Ex-Präsident sprach mit dem Vice-President.",
        "d'Altéo, de Lorvan, founders and chairman",
        "",
    ],
)
def test_the_same_matches_as_the_plain_alternation(text: str) -> None:
    assert [m.span() for m in _grouped().finditer(text)] == [m.span() for m in _plain().finditer(text)]


@given(st.text(alphabet="abcdefhinoprstuCEOFV-' ", max_size=60))
def test_the_same_matches_on_any_text(text: str) -> None:
    assert [m.span() for m in _grouped().finditer(text)] == [m.span() for m in _plain().finditer(text)]


def test_an_empty_list_matches_nothing() -> None:
    assert re.compile(dispatch([])).search("anything") is None
