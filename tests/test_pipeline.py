"""The library API end to end, with a fake extractor so that claims flow whatever rules exist."""

from __future__ import annotations

from pathlib import Path

import pytest
from fakes import SEED_FILES, SEEDS, FakeExtractor

from orgwatch import Document, Skip, Store, extract_paths, ingest
from orgwatch.errors import PathNotFound, UnknownLanguage
from orgwatch.model import AnalyzedDocument, Claim


def test_extract_paths_gives_canonical_claims_per_document() -> None:
    items = list(extract_paths([SEEDS], extractor=FakeExtractor()))
    assert [doc.id for doc, _ in items] == [p.name for p in SEED_FILES]  # type: ignore[misc]
    for doc, claims in items:  # type: ignore[misc]
        assert isinstance(doc, Document)
        assert {(c.subject, c.object) for c in claims} == {("Sam Altman", "OpenAI")}
        for c in claims:
            assert doc.text[c.start : c.end] == c.evidence


def test_extract_paths_with_the_default_extractor_runs_on_the_seeds() -> None:
    items = list(extract_paths([SEEDS]))
    assert len(items) == len(SEED_FILES)
    assert all(isinstance(i, tuple) and isinstance(i[1], list) for i in items)


def test_limit_counts_documents_only(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    for name in "bcd":
        (tmp_path / f"{name}.txt").write_text(f"Article {name} says nothing about anyone.", encoding="utf-8")
    items = list(extract_paths([tmp_path], extractor=FakeExtractor(), limit=2))
    assert [type(i).__name__ for i in items] == ["Skip", "tuple", "tuple"]


def test_missing_path_fails_before_any_work(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 't.db'}")
    with pytest.raises(PathNotFound):
        ingest([SEEDS, tmp_path / "missing"], store)
    assert store.documents() == []


def test_ingest_reports_and_is_idempotent(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 't.db'}")
    ticks: list[int] = []
    first = ingest([SEEDS], store, extractor=FakeExtractor(), on_item=lambda: ticks.append(1))
    assert (first.added, first.unchanged, first.claims) == (len(SEED_FILES), 0, 2 * len(SEED_FILES))
    assert len(ticks) == len(SEED_FILES)
    facts = store.facts()
    second = ingest([SEEDS], store, extractor=FakeExtractor())
    assert (second.added, second.unchanged, second.claims) == (0, len(SEED_FILES), 0)
    assert store.facts() == facts


def test_ingest_counts_duplicates_replacements_and_skips(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "one.txt").write_text("Anna Berg joined Examplix.", encoding="utf-8")
    (corpus / "two.txt").write_text("Anna Berg joined Examplix.", encoding="utf-8")
    (corpus / "bad.txt").write_bytes(b"\x00\x01")
    store = Store(f"sqlite:///{tmp_path / 't.db'}")
    report = ingest([corpus], store, extractor=FakeExtractor())
    assert (report.added, report.duplicates, len(report.skipped)) == (1, [("two.txt", "one.txt")], 1)
    (corpus / "one.txt").write_text("Anna Berg left Examplix.", encoding="utf-8")
    report = ingest([corpus / "one.txt"], store, extractor=FakeExtractor())
    assert report.replaced == 1
    assert [f["evidence"] for f in store.facts()] == ["Anna Berg left Examplix."]


class Refusing:
    name = "refusing"

    def extract(self, adoc: AnalyzedDocument) -> list[Claim]:
        raise UnknownLanguage(f"no rules for {adoc.doc.id}")


def test_a_coded_error_skips_only_that_document(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 't.db'}")
    report = ingest([SEED_FILES[0]], store, extractor=Refusing())
    assert report.added == 0
    (skip,) = report.skipped
    assert isinstance(skip, Skip) and skip.code == "E003" and SEED_FILES[0].name in skip.reason


def test_a_batch_resolves_a_bare_surname_with_the_full_name_another_article_gives(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Eva Roth, the chief executive of Halvorsen Industries, resigned from Halvorsen on Monday.",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Roth sued Halvorsen Industries in a federal court on Friday, her lawyer said.", encoding="utf-8"
    )

    def subjects(across: bool) -> set[str]:
        items = extract_paths([tmp_path], across_documents=across)
        claims = [c for item in items if isinstance(item, tuple) for c in item[1]]
        return {c.subject for c in claims if c.doc_id == "b.txt"}

    assert subjects(across=True) == {"Eva Roth"}
    assert subjects(across=False) == {"Roth"}


class _MisreadExtractor:
    """A departure whose organization slot holds a curated person alias, beside a sound one."""

    name = "misread"

    def extract(self, adoc: AnalyzedDocument) -> list[Claim]:
        s = adoc.sentences[0]
        return [
            Claim(adoc.doc.id, "leaves", "Eva Roth", org, None, None, "happened", s.text, s.start, s.end)
            for org in ("Ultraman", "Halvorsen Inc.")
        ]


def test_ingest_drops_a_claim_on_a_misread_name_as_extract_does(tmp_path: Path) -> None:
    text = "Eva Roth left Halvorsen Inc. on Monday, the company said."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    store = Store(f"sqlite:///{tmp_path / 't.db'}")
    ingest([tmp_path], store, extractor=_MisreadExtractor())
    assert {c.object for c in store.claims()} == {"Halvorsen"}
    items = extract_paths([tmp_path], _MisreadExtractor())
    assert {c.object for i in items if isinstance(i, tuple) for c in i[1]} == {"Halvorsen"}
