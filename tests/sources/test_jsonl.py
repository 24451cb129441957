"""JSON Lines corpora: records become documents, broken lines are skipped alone."""

from __future__ import annotations

import json
from pathlib import Path

from fakes import SHARED

from orgwatch.model import Document
from orgwatch.sources import Skip, iter_documents

BENCH_DE = SHARED / "corpus" / "bench" / "smartdata-train-de.jsonl"


def test_records_carry_id_source_line_url_published_and_lang() -> None:
    items = iter_documents([BENCH_DE])
    first = next(items)
    record = json.loads(BENCH_DE.open(encoding="utf-8").readline())
    assert isinstance(first, Document)
    assert first.id == record["id"]
    assert first.text == record["text"]
    assert first.source == f"{BENCH_DE}:1"
    assert first.url == record["url"]
    assert first.lang == "de"
    assert first.published == record["published"][:10]


def test_broken_lines_are_skipped_and_the_rest_ingested(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Anna Berg joined Examplix.", "published": "2024-05"}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"text": "no id"}),
        json.dumps({"id": "e", "text": "   "}),
        "",
        json.dumps({"id": "b", "text": "Ben Ode left Examplix.", "published": "yesterday"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_documents([path]))
    docs = [i for i in items if isinstance(i, Document)]
    skips = [i for i in items if isinstance(i, Skip)]
    assert [(d.id, d.published) for d in docs] == [("a", "2024-05"), ("b", None)]
    assert [s.path for s in skips] == [f"{path}:{n}" for n in (2, 3, 4, 5)]
    assert "not JSON" in skips[0].reason
    assert "object" in skips[1].reason
    assert "'id'" in skips[2].reason
    assert "empty" in skips[3].reason
