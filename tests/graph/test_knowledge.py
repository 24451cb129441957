"""The graph over a store: user alias corrections survive re-ingest and apply everywhere."""

from __future__ import annotations

from pathlib import Path

from fakes import claim, document

from orgwatch import graph
from orgwatch.model import AnalyzedDocument, Claim
from orgwatch.pipeline import ingest
from orgwatch.store import DocMeta, Store


class NicknameExtractor:
    """One claim per document, naming Sam Altman by a nickname no curated alias knows."""

    name = "nickname"

    def extract(self, adoc: AnalyzedDocument) -> list[Claim]:
        s = adoc.sentences[0]
        return [
            claim(adoc.doc.id, type="leaves", subject="Sama", object="OpenAI", date="2023-11-17",
                  evidence=s.text, start=s.start, end=s.end)
        ]  # fmt: skip


def test_a_user_alias_survives_re_ingest_and_applies_everywhere(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Sama left the company on Friday, the board said.", encoding="utf-8")
    store = Store(f"sqlite:///{tmp_path / 'kg.db'}")
    ingest([corpus], store, extractor=NicknameExtractor())
    assert {f["subject"] for f in store.facts()} == {"Sama"}

    assert graph.alias_add(store, "Sama", "Sam Altman", "person").action == "added"
    assert {f["subject"] for f in store.facts()} == {"Sam Altman"}  # the FACTS.md export
    assert [e.subject for e in graph.timeline(store, "Sam Altman")] == ["Sam Altman"]
    assert [f.subject for f in graph.merged_facts(store)] == ["Sam Altman"]

    # the article changes: it is re-analysed and its claims replaced, the correction stays
    (corpus / "a.txt").write_text("Sama left the company on Friday, the board said today.", encoding="utf-8")
    report = ingest([corpus], store, extractor=NicknameExtractor())
    assert report.replaced == 1
    assert {f["subject"] for f in store.facts()} == {"Sam Altman"}
    assert ("Sama", "Sam Altman", "user") in {
        (a.alias, a.canonical, a.created_by) for a in graph.aliases(store)
    }

    assert graph.alias_remove(store, "Sama").action == "removed"
    assert {f["subject"] for f in store.facts()} == {"Sama"}
    assert graph.alias_remove(store, "Sama").action == "unknown"


def test_a_learned_alias_carries_its_evidence_and_a_user_can_veto_it(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'kg.db'}")
    store.add(document("a", "Text a."), DocMeta(), [claim("a", type="dismissed", subject="Sam Altman")])
    store.add(document("b", "Text b."), DocMeta(), [claim("b", type="returns", subject="Altman")])
    graph.refresh(store)
    (learned,) = [a for a in graph.aliases(store) if a.created_by == "learned"]
    assert (learned.alias, learned.canonical) == ("Altman", "Sam Altman")
    assert "openai" in learned.source
    assert {f["subject"] for f in store.facts()} == {"Sam Altman"}

    assert graph.alias_remove(store, "Altman").action == "vetoed"
    graph.refresh(store)  # as any later ingest does: the veto holds
    assert {f["subject"] for f in store.facts()} == {"Sam Altman", "Altman"}
    assert not [a for a in graph.aliases(store) if a.created_by == "learned"]
