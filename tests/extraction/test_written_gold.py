"""The quality gate on articles the extractor was not written against.

``tests/data/written/`` holds invented news articles in seven languages (other sectors, other
companies, other outlets' styles), annotated by hand in the FACTS.md format before the rules
saw them; the rules have since been tuned on their misses. ``tests/data/heldout/`` has not been:
its gap to the first set is the figure to watch. Floors are the figures last measured; like the
seeds floors they only ever rise.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from orgwatch.evaluation import evaluate

WRITTEN = Path(__file__).resolve().parent.parent / "data" / "written"
EVENTS_STRICT_F1 = {"de": 0.66, "it": 0.66, "en": 0.79, "fr": 0.66, "es": 0.65, "pt": 0.48, "nl": 0.67}
# ``tests/data/heldout/``: articles written and annotated by colleagues who never saw the rules'
# output, added after the rules had been tuned on the set above. The gap between the two is the
# honest measure of how the rules generalize: read misses from it, never fit a rule to it.
HELDOUT = WRITTEN.parent / "heldout"
HELDOUT_STRICT_F1 = {"de": 0.20, "it": 0.25, "en": 0.34, "fr": 0.25, "es": 0.31, "pt": 0.30, "nl": 0.51}


@pytest.mark.parametrize("lang", sorted(EVENTS_STRICT_F1))
def test_written_articles_meet_their_floor(lang: str) -> None:
    scores = evaluate(WRITTEN / f"{lang}.jsonl", [WRITTEN / lang])
    assert scores["events_strict"].f1 >= EVENTS_STRICT_F1[lang], scores["events_strict"]


@pytest.mark.parametrize("lang", sorted(HELDOUT_STRICT_F1))
def test_held_out_articles_meet_their_floor(lang: str) -> None:
    scores = evaluate(HELDOUT / f"{lang}.jsonl", [HELDOUT / lang])
    assert scores["events_strict"].f1 >= HELDOUT_STRICT_F1[lang], scores["events_strict"]


@pytest.mark.parametrize("folder", [WRITTEN, HELDOUT])
def test_every_evidence_is_a_sentence_of_its_article(folder: Path) -> None:
    for gold in folder.glob("*.jsonl"):
        for line in gold.read_text(encoding="utf-8").splitlines():
            fact = json.loads(line)
            text = (folder / gold.stem / fact["doc"]).read_text(encoding="utf-8")
            assert fact["evidence"] in text, (gold.name, fact["evidence"])
