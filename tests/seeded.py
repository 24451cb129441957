"""A store holding the seed articles with their gold facts, for interface tests.

The gold facts stand in for extraction so that the API, pages and exports are tested on real
articles, real names and real quotes whatever the extractor finds today.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

from orgwatch.analysis import analyze
from orgwatch.graph import refresh
from orgwatch.model import Claim, Document
from orgwatch.store import DocMeta, Store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold" / "seeds.jsonl"


def gold_claims() -> dict[str, list[dict[str, str | None]]]:
    by_doc: dict[str, list[dict[str, str | None]]] = defaultdict(list)
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        fact = json.loads(line)
        by_doc[fact["doc"]].append(fact)
    return by_doc


def gold_evidence(doc_prefix: str, type_: str, subject: str) -> str:
    """The gold's quote for a fact, read at run time: tests never hold article text."""
    for docs in gold_claims().values():
        for f in docs:
            if str(f["doc"]).startswith(doc_prefix) and (f["type"], f["subject"]) == (type_, subject):
                return str(f["evidence"])
    raise LookupError(f"no gold {type_} of {subject} in {doc_prefix}")


def load_seeds(store: Store) -> int:
    """Store every seed article with its gold facts; returns the number of facts stored."""
    stored = 0
    facts = gold_claims()
    for path in sorted(SEEDS.glob("*.txt")):
        doc = Document(id=path.name, text=path.read_text(encoding="utf-8"), source=str(path))
        adoc = analyze(doc)
        claims = []
        for f in facts.get(doc.id, []):
            evidence = f["evidence"] or ""
            start = max(doc.text.find(evidence), 0)
            claims.append(
                Claim(
                    doc_id=doc.id, type=f["type"] or "", subject=f["subject"] or "", object=f["object"] or "",
                    role=f["role"], date=f["date"], status=f["status"] or "happened", evidence=evidence,
                    start=start, end=start + len(evidence), lang=adoc.lang, extractor="gold",
                )
            )  # fmt: skip
        stored += store.add(doc, DocMeta.of(adoc), claims).claims
    refresh(store)  # as the pipeline does after an ingest: names resolved across documents
    return stored


@pytest.fixture(scope="session")
def seeded_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store with the seeds and their gold facts, built once per test session."""
    url = f"sqlite:///{tmp_path_factory.mktemp('seeded') / 'seeds.db'}"
    with Store(url) as store:
        load_seeds(store)
    return url


@pytest.fixture
def seeded(seeded_url: str) -> Iterator[Store]:
    with Store(seeded_url) as store:
        yield store
