"""The store in formats other tools read: FACTS.md lines, CSV, GraphML, Neo4j, JSON-LD, Parquet.

Graph formats have one node per person or organization and one edge per claim, so every edge
keeps its document and quote; JSON-LD describes who held which role where (schema.org Role).
Everything is written in the store's stable fact order, so two exports of one store are equal.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote
from xml.etree import ElementTree as ET

from orgwatch.graph import merged_facts
from orgwatch.graph.merge import MergedFact
from orgwatch.resolution import slot_kinds
from orgwatch.store import Store

FACT_FIELDS = ("doc", "type", "subject", "object", "role", "date", "status", "evidence")
EDGE_FIELDS = ("type", "role", "date", "status", "doc", "evidence")
ROLE_TYPES = ("holds_role", "appointed", "reassigned")
DEPARTURES = ("leaves", "dismissed")
SCHEMA = "https://schema.org/"


class ExportFormat(StrEnum):
    facts = "facts"
    csv = "csv"
    graphml = "graphml"
    neo4j = "neo4j"
    jsonld = "jsonld"
    parquet = "parquet"


def node_id(kind: str, name: str) -> str:
    """A node id that keeps a person and an organization of the same name apart."""
    return f"{kind}:{name}"


class _Nodes:
    """Node ids of the store's entities; one name can be a person and an organization."""

    def __init__(self, store: Store) -> None:
        self.entities = sorted(store.entities())
        self.people = {e.name for e in self.entities if e.kind == "person"}

    def endpoints(self, fact: dict[str, Any]) -> tuple[str, str]:
        """Subject and object node ids; a slot of either kind ("sues") is a person if one
        has that name, as the store decides when it adds a claim."""
        kinds = slot_kinds(fact["type"])
        ends = []
        for name, kind in zip((fact["subject"], fact["object"]), kinds, strict=True):
            ends.append(node_id(kind or ("person" if name in self.people else "org"), name))
        return ends[0], ends[1]


def write_facts(store: Store, out: TextIO) -> None:
    out.writelines(json.dumps(f, ensure_ascii=False) + "\n" for f in store.facts())


def write_csv(store: Store, out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=FACT_FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(store.facts())


def write_graphml(store: Store, out: TextIO) -> None:
    """GraphML with typed keys, as networkx and Gephi read it (directed, parallel edges)."""
    ns = "http://graphml.graphdrawing.org/xmlns"
    root = ET.Element("graphml", {"xmlns": ns})
    keys = [("node", "name"), ("node", "kind"), *(("edge", f) for f in EDGE_FIELDS)]
    for domain, name in keys:
        ET.SubElement(root, "key", {"id": name, "for": domain, "attr.name": name, "attr.type": "string"})
    graph = ET.SubElement(root, "graph", {"id": "orgwatch", "edgedefault": "directed"})
    nodes = _Nodes(store)
    for e in nodes.entities:
        node = ET.SubElement(graph, "node", {"id": node_id(e.kind, e.name)})
        for key, value in (("name", e.name), ("kind", e.kind)):
            ET.SubElement(node, "data", {"key": key}).text = value
    for i, fact in enumerate(store.facts()):
        source, target = nodes.endpoints(fact)
        edge = ET.SubElement(graph, "edge", {"id": f"e{i}", "source": source, "target": target})
        for key in EDGE_FIELDS:
            if fact[key] is not None:
                ET.SubElement(edge, "data", {"key": key}).text = fact[key]
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")


def write_neo4j(store: Store, directory: Path) -> None:
    """``nodes.csv`` and ``relationships.csv`` in the header format of ``neo4j-admin import``:
    ``neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv``.
    """
    directory.mkdir(parents=True, exist_ok=True)
    nodes = _Nodes(store)
    with (directory / "nodes.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["id:ID", "name", ":LABEL"])
        for e in nodes.entities:
            writer.writerow(
                [node_id(e.kind, e.name), e.name, "Person" if e.kind == "person" else "Organization"]
            )
    with (directory / "relationships.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow([":START_ID", ":END_ID", ":TYPE", "role", "date", "status", "doc", "evidence"])
        for fact in store.facts():
            writer.writerow(
                [
                    *nodes.endpoints(fact),
                    fact["type"].upper(),
                    *(fact[k] or "" for k in ("role", "date", "status", "doc", "evidence")),
                ]
            )


def _roles(facts: list[MergedFact]) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    """schema.org Roles per person: each role a merged fact names, from its date to the person's
    first later departure from that organization."""
    left: dict[tuple[str, str], list[str]] = defaultdict(list)
    for f in facts:
        if f.type in DEPARTURES and f.status == "happened" and f.date:
            left[(f.subject, f.object)].append(f.date)
    roles: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for f in facts:
        if f.type not in ROLE_TYPES or f.status not in ("happened", "planned"):
            continue
        ends = sorted(d for d in left[(f.subject, f.object)] if not f.date or d >= f.date)
        for name in f.roles:
            role: dict[str, Any] = {"@type": "Role", "roleName": name}
            role.update({"startDate": f.date} if f.date else {})
            role.update({"endDate": ends[0]} if ends else {})
            roles[f.subject].append((f.object, role))
    return roles


def jsonld(store: Store) -> dict[str, Any]:
    """schema.org: each Person ``worksFor`` a Role (roleName, startDate, endDate) that points to
    the Organization (the schema.org role pattern)."""
    nodes = _Nodes(store)
    roles = _roles(merged_facts(store))

    def iri(kind: str, name: str) -> str:
        return f"urn:orgwatch:{quote(node_id(kind, name))}"

    graph: list[dict[str, Any]] = []
    for e in nodes.entities:
        node: dict[str, Any] = {
            "@id": iri(e.kind, e.name),
            "@type": "Person" if e.kind == "person" else "Organization",
            "name": e.name,
        }
        held = roles.get(e.name, []) if e.kind == "person" else []
        if held:
            node["worksFor"] = [{**role, "worksFor": {"@id": iri("org", org)}} for org, role in held]
        graph.append(node)
    return {"@context": SCHEMA, "@graph": graph}


def write_jsonld(store: Store, out: TextIO) -> None:
    json.dump(jsonld(store), out, ensure_ascii=False, indent=1)
    out.write("\n")


def write_parquet(store: Store, path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(f, pa.string()) for f in FACT_FIELDS])
    pq.write_table(pa.Table.from_pylist(store.facts(), schema=schema), path)


TEXT_WRITERS: dict[ExportFormat, Callable[[Store, TextIO], None]] = {
    ExportFormat.facts: write_facts,
    ExportFormat.csv: write_csv,
    ExportFormat.graphml: write_graphml,
    ExportFormat.jsonld: write_jsonld,
}
PATH_WRITERS: dict[ExportFormat, Callable[[Store, Path], None]] = {
    ExportFormat.neo4j: write_neo4j,  # a directory of two files
    ExportFormat.parquet: write_parquet,  # binary
}
