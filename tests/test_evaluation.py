"""orgwatch eval gives the figures of the shared scorer, block by block."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from orgwatch.evaluation import as_dict, default_corpus, evaluate, load_aliases, load_facts, score
from orgwatch.interfaces.cli import app
from orgwatch.pipeline import extract_paths

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = SHARED / "gold"
BLOCKS = ("events_strict", "events_lenient", "events_corpus", "affiliations")
FIELDS = ("gold", "pred", "tp", "precision", "recall", "f1")


def _shared_scorer(gold: Path, pred: Path) -> dict[str, dict[str, object]]:
    out = subprocess.run(
        [sys.executable, str(GOLD / "score.py"), str(gold), str(pred), "--json"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    return json.loads(out[: out.rindex("}") + 1])  # type: ignore[no-any-return]


@pytest.mark.parametrize("gold_name", ["seeds.jsonl", "smartdata-dev.jsonl"])
def test_same_figures_as_score_py(gold_name: str, tmp_path: Path) -> None:
    gold = GOLD / gold_name
    ours = as_dict(evaluate(gold))
    pred = tmp_path / "pred.jsonl"
    # the shared scorer on the same predictions, extracted a second time
    corpus = default_corpus(gold)
    assert corpus is not None
    lines = [
        json.dumps(c.to_fact(), ensure_ascii=False)
        for item in extract_paths([corpus])
        if isinstance(item, tuple)
        for c in item[1]
    ]
    pred.write_text("\n".join(lines) + "\n", encoding="utf-8")
    theirs = _shared_scorer(gold, pred)
    for block in BLOCKS:
        for f in FIELDS:
            assert ours[block][f] == pytest.approx(theirs[block][f]), (block, f)
        assert [list(k) for k in ours[block]["missed"]] == theirs[block]["missed"]
    assert ours["events_strict"]["date_compatible"] == pytest.approx(
        theirs["events_strict"]["date_compatible"]
    )
    assert ours["affiliations"]["role"] == pytest.approx(theirs["affiliations"]["role_f1"])


def test_gold_aliases_and_lenient_dismissal() -> None:
    aliases = load_aliases(GOLD / "aliases.json")
    gold = [
        {"doc": "d", "type": "leaves", "subject": "Ilya Sutskever", "object": "Acme Inc.", "date": "2024-05"}
    ]
    pred = [
        {"doc": "d", "type": "dismissed", "subject": "Ilja Sutskever", "object": "ACME", "date": "2024-05-14"}
    ]
    s = score(gold, pred, aliases)
    assert s["events_strict"].tp == 0
    assert s["events_lenient"].tp == 1
    assert s["events_lenient"].date_compatible == 1.0 and s["events_lenient"].date_exact == 0.0


def test_cli_prints_every_block_and_types() -> None:
    result = CliRunner().invoke(app, ["eval", str(GOLD / "seeds.jsonl")])
    assert result.exit_code == 0, result.output
    for block in BLOCKS:
        assert block in result.output
    assert "holds_role" in result.output
    assert len(load_facts(GOLD / "seeds.jsonl")) > 100


def test_missing_gold_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 2
    assert "no gold file" in result.output
