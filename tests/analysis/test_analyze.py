"""analyze(): the assembled stage on real articles (read from ../shared, never copied)."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgwatch.analysis import analyze
from orgwatch.model import Document

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seeds"


def _analyze(prefix: str) -> tuple[Document, object]:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    doc = Document(id=path.name, text=path.read_text(encoding="utf-8"), source=str(path))
    return doc, analyze(doc)


@pytest.mark.parametrize(("prefix", "lang"), [("000", "de"), ("003", "it"), ("004", "de")])
def test_language_and_document_date_come_from_the_text(prefix: str, lang: str) -> None:
    _, adoc = _analyze(prefix)
    assert adoc.lang == lang  # type: ignore[attr-defined]
    assert adoc.doc_date is not None  # type: ignore[attr-defined]


def test_timeline_headers_date_the_sentences_after_them() -> None:
    _, adoc = _analyze("001")
    dated = [s for s in adoc.sentences if s.section_date is not None]  # type: ignore[attr-defined]
    assert len({s.section_date.iso for s in dated}) >= 4
    days = [s.section_date.iso for s in dated]
    assert days == sorted(days)  # the timeline runs forward


def test_every_sentence_date_lies_inside_its_sentence() -> None:
    doc, adoc = _analyze("002")
    for s in adoc.sentences:  # type: ignore[attr-defined]
        for d in s.dates:
            assert s.start <= d.start < d.end <= s.end
            assert doc.text[d.start : d.end] == d.text
