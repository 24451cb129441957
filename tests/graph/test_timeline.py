"""Timelines: name resolution (alias, case, surname) and date order with undated last."""

from __future__ import annotations

from pathlib import Path

import pytest
from fakes import claim, document

from orgwatch.errors import NotFound
from orgwatch.graph import resolve_names, timeline
from orgwatch.store import DocMeta, Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(f"sqlite:///{tmp_path / 'test.db'}")
    s.add(
        document("a", "Text a."),
        DocMeta(),
        [
            claim("a", type="holds_role", subject="Sam Altman", role="ceo", date=None),
            claim("a", type="dismissed", subject="Sam Altman", date="2023-11-17"),
            claim("a", type="returns", subject="Sam Altman", date="2023-11-22"),
        ],
    )
    s.add(
        document("b", "Text b."),
        DocMeta(),
        [
            claim("b", type="founds", subject="Sam Altman", date="2015"),
            claim("b", type="invests", subject="Examplix", object="OpenAI", date="2023-01"),
            claim("b", type="leaves", subject="Jane Altman", object="Examplix", date="2020"),
        ],
    )
    return s


def test_person_timeline_is_dated_first_in_order_then_undated(store: Store) -> None:
    entries = timeline(store, "Sam Altman")
    assert [(e.date, e.type) for e in entries] == [
        ("2015", "founds"),
        ("2023-11-17", "dismissed"),
        ("2023-11-22", "returns"),
        (None, "holds_role"),
    ]
    assert [e.undated for e in entries] == [False, False, False, True]
    assert entries[-1].role == "ceo" and entries[-1].other == "OpenAI" and entries[-1].doc == "a"


def test_names_resolve_through_case_aliases_and_surnames(store: Store) -> None:
    assert resolve_names(store, "sam altman") == ["Sam Altman"]
    assert resolve_names(store, "Ultraman") == ["Sam Altman"]  # curated alias
    assert resolve_names(store, "Altman") == ["Jane Altman", "Sam Altman"]  # both people
    store.alias_add("Sama", "Sam Altman", "person", "test")
    assert resolve_names(store, "SAMA") == ["Sam Altman"]


def test_organization_timeline_has_both_directions(store: Store) -> None:
    entries = timeline(store, "OpenAI Inc.")
    assert ("invests", "subject") not in {(e.type, e.as_) for e in entries}
    assert {(e.type, e.as_, e.other) for e in entries} >= {("invests", "object", "Examplix")}
    assert all(e.as_ == "object" for e in entries)
    examplix = timeline(store, "examplix")
    assert {(e.type, e.as_) for e in examplix} == {("invests", "subject"), ("leaves", "object")}


def test_unknown_name_is_not_found(store: Store) -> None:
    with pytest.raises(NotFound) as e:
        timeline(store, "Nobody")
    assert e.value.code == "E005"
