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
EVENTS_STRICT_F1 = {"de": 0.83, "it": 0.85, "en": 0.87, "fr": 0.87, "es": 0.79, "pt": 0.75, "nl": 0.85}
# ``tests/data/heldout/``: articles written and annotated by colleagues who never saw the rules'
# output, added after the rules had been tuned on the set above. The gap between the two is the
# honest measure of how the rules generalize: read misses from it, never fit a rule to it.
HELDOUT = WRITTEN.parent / "heldout"
# ``tests/data/heldout2/``: 21 more, written the same way a session later (insurers, utilities,
# museums, unions, wine cooperatives, game studios ...), after the first held-out set had been read;
# read for misses in its turn once the third set below existed.
HELDOUT2 = WRITTEN.parent / "heldout2"
# ``tests/data/heldout3/``: 21 more (construction, chemicals, hotels, orchestras, handball and
# cycling teams, medical devices ...), written like real news with career histories, quotes and
# several moves per sentence. Never read for misses: the honest figure of the three.
HELDOUT3 = WRITTEN.parent / "heldout3"
# ``tests/data/heldout4/``: 21 more (hospitals, fashion, universities, theatres, football clubs,
# machine tools, dairy cooperatives, ports ...), one classic report, one personnel round-up and one
# deal or dispute story per language, written by colleagues blind to the rules and read for misses
# from the start, so that the third set can stay unread.
HELDOUT4 = WRITTEN.parent / "heldout4"
HELDOUT_STRICT_F1 = {
    HELDOUT: {"de": 0.76, "it": 0.74, "en": 0.84, "fr": 0.81, "es": 0.79, "pt": 0.69, "nl": 0.76},
    HELDOUT2: {"de": 0.87, "it": 0.76, "en": 0.84, "fr": 0.79, "es": 0.77, "pt": 0.76, "nl": 0.81},
    HELDOUT3: {"de": 0.48, "it": 0.55, "en": 0.54, "fr": 0.50, "es": 0.65, "pt": 0.54, "nl": 0.55},
    HELDOUT4: {"de": 0.77, "it": 0.66, "en": 0.78, "fr": 0.74, "es": 0.85, "pt": 0.77, "nl": 0.76},
}


@pytest.mark.parametrize("lang", sorted(EVENTS_STRICT_F1))
def test_written_articles_meet_their_floor(lang: str) -> None:
    scores = evaluate(WRITTEN / f"{lang}.jsonl", [WRITTEN / lang])
    assert scores["events_strict"].f1 >= EVENTS_STRICT_F1[lang], scores["events_strict"]


@pytest.mark.parametrize(
    ("folder", "lang"),
    [(folder, lang) for folder, floors in HELDOUT_STRICT_F1.items() for lang in sorted(floors)],
)
def test_held_out_articles_meet_their_floor(folder: Path, lang: str) -> None:
    scores = evaluate(folder / f"{lang}.jsonl", [folder / lang])
    assert scores["events_strict"].f1 >= HELDOUT_STRICT_F1[folder][lang], scores["events_strict"]


@pytest.mark.parametrize("folder", [WRITTEN, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4])
def test_every_evidence_is_a_sentence_of_its_article(folder: Path) -> None:
    for gold in folder.glob("*.jsonl"):
        for line in gold.read_text(encoding="utf-8").splitlines():
            fact = json.loads(line)
            text = (folder / gold.stem / fact["doc"]).read_text(encoding="utf-8")
            assert fact["evidence"] in text, (gold.name, fact["evidence"])
