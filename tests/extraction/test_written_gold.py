"""The quality gate on articles the extractor was not written against.

``tests/data/written/`` holds invented news articles in five languages (other sectors, other
companies, other outlets' styles), annotated by hand in the FACTS.md format before the rules
saw them. Floors are the figures measured when the set was added; like the seeds floors they
only ever rise.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from orgwatch.evaluation import evaluate

WRITTEN = Path(__file__).resolve().parent.parent / "data" / "written"
EVENTS_STRICT_F1 = {"de": 0.66, "it": 0.60, "en": 0.74, "fr": 0.63, "es": 0.56, "pt": 0.35, "nl": 0.56}


@pytest.mark.parametrize("lang", sorted(EVENTS_STRICT_F1))
def test_written_articles_meet_their_floor(lang: str) -> None:
    scores = evaluate(WRITTEN / f"{lang}.jsonl", [WRITTEN / lang])
    assert scores["events_strict"].f1 >= EVENTS_STRICT_F1[lang], scores["events_strict"]


def test_every_evidence_is_a_sentence_of_its_article() -> None:
    for gold in WRITTEN.glob("*.jsonl"):
        for line in gold.read_text(encoding="utf-8").splitlines():
            fact = json.loads(line)
            text = (WRITTEN / gold.stem / fact["doc"]).read_text(encoding="utf-8")
            assert fact["evidence"] in text, (gold.name, fact["evidence"])
