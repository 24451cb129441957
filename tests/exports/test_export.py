"""Every export format read back by the reader its users have: json, csv, networkx, pyarrow."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pyarrow.parquet as pq
from typer.testing import CliRunner

from orgwatch.interfaces.cli import app
from orgwatch.interfaces.export import (
    jsonld,
    write_csv,
    write_facts,
    write_graphml,
    write_neo4j,
    write_parquet,
)
from orgwatch.store import Store


def test_facts_lines_round_trip(seeded: Store) -> None:
    out = io.StringIO()
    write_facts(seeded, out)
    assert [json.loads(line) for line in out.getvalue().splitlines()] == seeded.facts()


def test_csv_round_trips(seeded: Store) -> None:
    out = io.StringIO()
    write_csv(seeded, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows == [{k: v or "" for k, v in f.items()} for f in seeded.facts()]


def test_graphml_opens_in_networkx(seeded: Store, tmp_path: Path) -> None:
    path = tmp_path / "g.graphml"
    with path.open("w", encoding="utf-8") as out:
        write_graphml(seeded, out)
    graph = nx.read_graphml(path)
    assert graph.is_directed()
    assert graph.number_of_nodes() == len(seeded.entities())
    assert graph.number_of_edges() == len(seeded.facts())
    assert graph.nodes["person:Sam Altman"] == {"name": "Sam Altman", "kind": "person"}
    edges = graph.get_edge_data("person:Sam Altman", "org:OpenAI").values()
    dismissal = [e for e in edges if e["type"] == "dismissed" and e.get("date") == "2023-11-17"]
    assert {e["doc"] for e in dismissal} == {"001_594bf44d715ea5fd.txt", "004_77357c022e005405.txt"}
    assert any("Am 17. November wurde Altman" in e["evidence"] for e in dismissal)


def test_neo4j_import_csvs(seeded: Store, tmp_path: Path) -> None:
    write_neo4j(seeded, tmp_path / "neo4j")
    with (tmp_path / "neo4j" / "nodes.csv").open(encoding="utf-8") as f:
        nodes = list(csv.DictReader(f))
    with (tmp_path / "neo4j" / "relationships.csv").open(encoding="utf-8") as f:
        rels = list(csv.DictReader(f))
    ids = {n["id:ID"] for n in nodes}
    assert len(ids) == len(nodes) == len(seeded.entities())
    assert {n[":LABEL"] for n in nodes} == {"Person", "Organization"}
    assert len(rels) == len(seeded.facts())
    assert all(r[":START_ID"] in ids and r[":END_ID"] in ids for r in rels)
    assert {"start": "person:John Schulman", "end": "org:Anthropic", "type": "JOINS"} in [
        {"start": r[":START_ID"], "end": r[":END_ID"], "type": r[":TYPE"]} for r in rels
    ]


def test_jsonld_has_schema_org_people_organizations_and_roles(seeded: Store) -> None:
    doc = json.loads(json.dumps(jsonld(seeded)))
    assert doc["@context"] == "https://schema.org/"
    nodes = {n["@id"]: n for n in doc["@graph"]}
    by_name = {n["name"]: n for n in nodes.values()}
    altman = by_name["Sam Altman"]
    assert altman["@type"] == "Person" and by_name["OpenAI"]["@type"] == "Organization"
    (ceo,) = [r for r in altman["worksFor"] if r["roleName"] == "ceo"]
    assert ceo["@type"] == "Role"
    assert ceo["endDate"] == "2023-11-17"
    assert nodes[ceo["worksFor"]["@id"]]["name"] == "OpenAI"
    assert all(" " not in i for i in nodes)


def test_parquet_reads_back_in_pyarrow(seeded: Store, tmp_path: Path) -> None:
    write_parquet(seeded, tmp_path / "facts.parquet")
    table = pq.read_table(tmp_path / "facts.parquet")
    assert table.column_names == ["doc", "type", "subject", "object", "role", "date", "status", "evidence"]
    assert table.to_pylist() == seeded.facts()


def test_cli_export(seeded_url: str, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["export", "--format", "graphml", "--db", seeded_url])
    assert result.exit_code == 0
    assert nx.parse_graphml(result.stdout).number_of_nodes() > 10
    refused = runner.invoke(app, ["export", "--format", "parquet", "--db", seeded_url])
    assert refused.exit_code == 2
    assert "needs --out" in refused.output
    written = runner.invoke(
        app, ["export", "--format", "parquet", "--db", seeded_url, "-o", str(tmp_path / "f.pq")]
    )
    assert written.exit_code == 0 and pq.read_table(tmp_path / "f.pq").num_rows > 100
