"""Test doubles and paths shared by the tests. Article text is read from ../shared, never copied."""

from __future__ import annotations

from pathlib import Path

from orgwatch.model import AnalyzedDocument, Claim, Document

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()
SEEDS = SHARED / "corpus" / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
GOLD_SEEDS = SHARED / "gold" / "seeds.jsonl"
SCORE = SHARED / "gold" / "score.py"
FACT_FIELDS = ["doc", "type", "subject", "object", "role", "date", "status", "evidence"]


class FakeExtractor:
    """Two claims per document from its first two sentences, with names that need resolving.

    The real extractor is written elsewhere; this one makes the store, export and timeline
    paths carry real rows whatever the real one finds.
    """

    name = "fake"

    def extract(self, adoc: AnalyzedDocument) -> list[Claim]:
        claims = []
        for i, s in enumerate(adoc.sentences[:2]):
            claims.append(
                Claim(
                    doc_id=adoc.doc.id,
                    type="joins" if i == 0 else "holds_role",
                    subject="Ultraman",
                    object="OpenAI Inc.",
                    role=None if i == 0 else "ceo",
                    date="2024-08" if i == 0 else None,
                    status="happened",
                    evidence=s.text,
                    start=s.start,
                    end=s.end,
                    extractor=self.name,
                )
            )
        return claims


def claim(doc_id: str = "d1", **changes: object) -> Claim:
    """A claim with sensible defaults; tests override the fields they care about."""
    fields: dict[str, object] = {
        "doc_id": doc_id,
        "type": "leaves",
        "subject": "John Schulman",
        "object": "OpenAI",
        "role": None,
        "date": "2024-08-06",
        "status": "happened",
        "evidence": "John Schulman left OpenAI.",
        "start": 0,
        "end": 26,
    }
    fields.update(changes)
    return Claim(**fields)  # type: ignore[arg-type]


def document(doc_id: str = "d1", text: str = "John Schulman left OpenAI.") -> Document:
    return Document(id=doc_id, text=text, source=f"test:{doc_id}")
