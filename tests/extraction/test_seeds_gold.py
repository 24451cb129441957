"""Floor test: the default extractor on the five seed articles, scored by the shared scorer.

The floors are the scores reached when the rules were written, rounded down: a change that
loses facts on the seeds fails here. The seeds are the only hand-checked gold of the
project; the rules must not be keyed to them (see tests/extraction/test_rules.py for
sentences of other companies and people in every language).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from orgwatch.analysis import analyze
from orgwatch.extraction import default_extractor
from orgwatch.interfaces.cli import app
from orgwatch.model import Document

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold"

EVENTS_STRICT_F1 = 0.92
AFFILIATIONS_F1 = 0.95
SMARTDATA_RECALL = 0.68


def _score(gold: Path, facts: list[dict[str, object]], tmp_path: Path) -> dict[str, dict[str, float]]:
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in facts), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(GOLD / "score.py"), str(gold), str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result: dict[str, dict[str, float]] = json.loads(out[: out.rindex("}") + 1])
    return result


def test_seed_gold_floor(tmp_path: Path) -> None:
    """``orgwatch extract`` itself, as a user runs it, scored by the shared scorer."""
    out = tmp_path / "seeds.jsonl"
    assert CliRunner().invoke(app, ["extract", str(SEEDS), "--out", str(out)]).exit_code == 0
    facts = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    result = _score(GOLD / "seeds.jsonl", facts, tmp_path)
    assert result["events_strict"]["f1"] >= EVENTS_STRICT_F1
    assert result["affiliations"]["f1"] >= AFFILIATIONS_F1


def test_smartdata_affiliation_recall_floor(tmp_path: Path) -> None:
    gold = GOLD / "smartdata-dev.jsonl"
    wanted = {
        json.loads(line)["doc"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()
    }
    extractor = default_extractor()
    facts = []
    articles = SHARED / "corpus" / "smartdata-dev" / "articles.jsonl"
    for line in articles.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec["id"] in wanted:
            doc = Document(
                id=rec["id"],
                text=rec["text"],
                source="smartdata",
                lang=rec.get("lang"),
                published=rec.get("published"),
            )
            facts += [c.to_fact() for c in extractor.extract(analyze(doc))]
    result = _score(gold, facts, tmp_path)
    assert result["affiliations"]["recall"] >= SMARTDATA_RECALL
