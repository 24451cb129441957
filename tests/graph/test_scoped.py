"""Per-entity answers read only the claims about the entity; they must equal the whole-store ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from fakes import SEED_FILES, claim, document

from orgwatch import graph
from orgwatch.graph.alerts import exodus_alerts
from orgwatch.graph.flows import flows, moves
from orgwatch.graph.timeline import entries
from orgwatch.store import DocMeta, Store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    s = Store(f"sqlite:///{tmp_path_factory.mktemp('scoped') / 'kg.db'}")
    german, italian = (SEED_FILES[i].read_text(encoding="utf-8") for i in (0, 3))  # one article, translated
    s.add(document("de", german), DocMeta("de", "2024-05-02"), [
        claim("de", type="leaves", subject="Sam Altman", object="OpenAI", date="2024-05-01"),
        claim("de", type="holds_role", subject="Sama", object="OpenAI", role="ceo", date=None),
    ])  # fmt: skip
    s.add(document("it", italian), DocMeta("it", "2024-05-03"), [
        claim("it", type="leaves", subject="Sam Altman", object="OpenAI", date="2024-05-01", lang="it"),
    ])  # fmt: skip
    s.add(document("old", "Old news."), DocMeta("en", "2021-01-01"), [
        claim("old", type="leaves", subject="Sam Altman", object="OpenAI", date="2019-03"),
        claim("old", type="returns", subject="Sam Altman", object="OpenAI", date="2020-06"),
        claim("old", type="joins", subject="Sam Altman", object="Y Combinator", date="2019-04"),
    ])  # fmt: skip
    # Two people left OpenAI, and arrived at Anthropic by another report; Ann Other's arrival
    # there takes its origin from this document although she never names OpenAI; Dan Doe's
    # does not, since another report has someone else arrive there from elsewhere.
    s.add(document("exodus", "Exodus."), DocMeta("en", "2024-06-01"), [
        claim("exodus", type="leaves", subject="Jan Leike", object="OpenAI", date="2024-05-15"),
        claim("exodus", type="leaves", subject="John Schulman", object="OpenAI", date="2024-06"),
        claim("exodus", type="joins", subject="Ann Other", object="Anthropic", date="2024-06"),
        claim("exodus", type="joins", subject="Dan Doe", object="Anthropic", date="2024-06"),
    ])  # fmt: skip
    s.add(document("arrivals", "Arrivals."), DocMeta("en", "2024-06-02"), [
        claim("arrivals", type="joins", subject="Jan Leike", object="Anthropic", date="2024-05-20"),
        claim("arrivals", type="joins", subject="John Schulman", object="Anthropic", date="2024-06"),
    ])  # fmt: skip
    s.add(document("rival", "Rival."), DocMeta("en", "2024-06-03"), [
        claim("rival", type="joins", subject="Dan Doe", object="Anthropic", date="2024-06"),
        claim("rival", type="leaves", subject="Carl Cox", object="Examplix", date="2024-06"),
        claim("rival", type="joins", subject="Carl Cox", object="Anthropic", date="2024-06"),
    ])  # fmt: skip
    s.add(document("later", "Later."), DocMeta("en", "2024-07-01"), [
        claim("later", type="leaves", subject="John Schulman", object="Anthropic", date="2025-02"),
        claim("later", type="joins", subject="John Schulman", object="Thinking Machines", date="2025-02"),
        claim("later", type="leaves", subject="Bob Builder", object="Examplix", date="2023"),
        claim("later", type="joins", subject="Bob Builder", object="Anthropic", date="2023"),
    ])  # fmt: skip
    graph.alias_add(s, "Sama", "Sam Altman", "person")
    return s


def test_the_fixture_has_two_stints_a_translation_and_a_move_from_a_document(store: Store) -> None:
    leaves = [f for f in graph.merged_facts(store) if f.key.startswith("leaves|Sam Altman|OpenAI")]
    assert [(f.stint, f.independent_sources, len(f.sources)) for f in leaves] == [(1, 1, 1), (2, 1, 2)]
    (flow,) = [f for f in graph.flows(store, "Anthropic") if f.origin == "OpenAI"]
    origins = {m.person: m.origin_from for m in flow.moves}
    assert origins["Ann Other"] == "document" and "Dan Doe" not in origins


def test_scoped_answers_equal_the_whole_store_ones(store: Store) -> None:
    full = graph.merged_facts(store)
    for e in store.entities():
        names = {e.name}
        mine = [f for f in full if f.subject in names or f.object in names]
        assert graph.timeline(store, e.name) == entries(mine, names)
        view = graph.entity(store, e.name, e.kind)
        assert list(view.timeline) == entries(mine, names)
        assert list(view.moves) == [m for m in moves(full) if names & {m.person, m.origin, m.destination}]
        assert list(view.alerts) == [a for a in exodus_alerts(full) if a.org in names]
        if e.kind == "org":
            assert graph.flows(store, e.name) == flows(full, e.name)
    assert graph.entity(store, "OpenAI", "org").alerts  # the exodus: compared above, not vacuously


def test_stories_are_grouped_again_after_a_document_is_added(tmp_path: Path) -> None:
    s = Store(f"sqlite:///{tmp_path / 'kg.db'}")
    s.add(document("a", "Text a."), DocMeta(), [claim("a")])
    assert [st.docs for st in graph.stories(s)] == [("a",)]
    revision = s.revision()
    s.add(document("b", "Text a."), DocMeta(), [claim("b")])  # the same text: not stored
    s.add(document("a", "Text a."), DocMeta(), [claim("a")])  # unchanged
    assert s.revision() == revision
    s.add(document("c", "Text c."), DocMeta(), [claim("c")])
    assert s.revision() > revision
    assert sorted(d for st in graph.stories(s) for d in st.docs) == ["a", "c"]
