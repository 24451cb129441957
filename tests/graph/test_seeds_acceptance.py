"""Issue 4's "done when" on the seeds.

Twice: with the gold facts standing in for extraction (what the graph does with perfect claims:
nothing may be lost or misnamed), and with the real extractor end to end (``orgwatch ingest``
then the commands), which also depends on the extractor being improved elsewhere.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from fakes import GOLD_SEEDS, SCORE, SEEDS
from seeded import load_seeds
from typer.testing import CliRunner

from orgwatch import graph
from orgwatch.interfaces.cli import app
from orgwatch.store import Store

ANTHROPIC_MOVERS = {"John Schulman", "Jan Leike", "Dario Amodei", "Daniela Amodei", "Tom Brown"}


@pytest.fixture(scope="module")
def gold_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('gold') / 'kg.db'}")
    load_seeds(store)
    graph.refresh(store)
    return store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('seeds') / 'kg.db'}"
    assert CliRunner().invoke(app, ["ingest", str(SEEDS), "--db", url]).exit_code == 0
    return url


def cli_json(*args: str) -> Any:
    result = CliRunner().invoke(app, [*args, "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def corpus_f1(facts: list[dict[str, Any]], tmp_path: Path) -> float:
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in facts), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(SCORE), str(GOLD_SEEDS), str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return float(json.loads(out[: out.rindex("}") + 1])["events_corpus"]["f1"])


def check_altman_timeline(entries: list[dict[str, Any]]) -> None:
    by_type = {(e["type"], e["other"]): e for e in entries}
    assert {e["subject"] for e in entries if e["as"] == "subject"} == {"Sam Altman"}
    assert by_type[("dismissed", "OpenAI")]["date"] == "2023-11-17"
    joins = by_type[("joins", "Microsoft")]
    assert "planned" in {s["status"] for s in joins["sources"]}  # announced
    returns = by_type[("returns", "OpenAI")]
    quotes = {s["status"]: s["evidence"] for s in returns["sources"]}
    assert quotes.get("denied") and quotes.get("happened")  # both shown, with their quotes
    assert {"status"} <= {c["field"] for c in returns["conflicts"]}


def check_anthropic_flow(flows: list[dict[str, Any]]) -> None:
    (flow,) = [f for f in flows if (f["origin"], f["destination"]) == ("OpenAI", "Anthropic")]
    assert set(flow["people"]) >= ANTHROPIC_MOVERS


# -- with the gold facts: the graph's own part ------------------------------------------------


def test_gold_stories_group_the_translation(gold_store: Store) -> None:
    groups = sorted(s.docs for s in graph.stories(gold_store))
    assert [len(g) for g in groups] == [2, 1, 1, 1]
    assert [d[:3] for d in groups[0]] == ["000", "003"]


def test_gold_altman_timeline_by_nickname(gold_store: Store) -> None:
    check_altman_timeline([e.to_dict() for e in graph.timeline(gold_store, "Ultraman")])


def test_gold_openai_to_anthropic_flow(gold_store: Store) -> None:
    check_anthropic_flow([f.to_dict() for f in graph.flows(gold_store, "OpenAI")])


def test_gold_nothing_is_lost_in_resolution(gold_store: Store, tmp_path: Path) -> None:
    assert corpus_f1(gold_store.facts(), tmp_path) == 1.0
    merged = graph.merged_facts(gold_store)
    keys = {(f["type"], f["subject"], f["object"]) for f in gold_store.facts()}
    assert {(f.type, f.subject, f.object) for f in merged} == keys
    assert sum(len(f.sources) for f in merged) == len(gold_store.facts())


# -- end to end, with the real extractor -----------------------------------------------------


def test_stories_json_groups_000_and_003(db: str) -> None:
    stories = cli_json("stories", "--db", db)
    (pair,) = [s for s in stories if len(s["docs"]) > 1]
    assert [d[:3] for d in pair["docs"]] == ["000", "003"]


def test_timeline_ultraman_json(db: str) -> None:
    check_altman_timeline(cli_json("timeline", "Ultraman", "--db", db))


def test_flows_openai_to_anthropic(db: str) -> None:
    check_anthropic_flow(cli_json("flows", "OpenAI", "--db", db))


def test_events_corpus_f1_on_orgwatch_facts(db: str, tmp_path: Path) -> None:
    out = CliRunner().invoke(app, ["facts", "--db", db], catch_exceptions=False).stdout
    facts = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert corpus_f1(facts, tmp_path) >= 0.90


def test_gold_person_org_alerts_and_alias_commands(gold_store: Store) -> None:
    db = gold_store.url
    person = cli_json("person", "Altman", "--db", db)
    assert person["name"] == "Sam Altman"
    assert {"Ultraman", "Schumann"} & {a["alias"] for a in person["aliases"]} == {"Ultraman"}
    assert ("OpenAI", "Microsoft") in {(m["origin"], m["destination"]) for m in person["moves"]}
    org = cli_json("org", "OpenAI Inc.", "--db", db)
    assert org["name"] == "OpenAI" and org["alerts"]  # November 2023, and the 2024 departures
    assert {a["org"] for a in cli_json("alerts", "--db", db)} >= {"OpenAI"}
    assert cli_json("alias", "add", "Sama", "Sam Altman", "--db", db) == {"alias": "Sama", "action": "added"}
    assert ("Sama", "user") in {(a["alias"], a["created_by"]) for a in cli_json("alias", "list", "--db", db)}
    assert cli_json("alias", "remove", "Sama", "--db", db)["action"] == "removed"
