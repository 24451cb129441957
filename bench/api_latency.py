"""Latency of the timeline and flows endpoints on a store of 100k+ facts, through a real server.

    python bench/api_latency.py [--facts 100000] [--requests 30]

The facts are the ones the extractor finds in the seeds and the SmartData dev articles, scaled
up: the articles that yield facts are bundled, and each bundle is stored many times as a new
document, people renamed per copy and organizations per group of copies, so the store has many
distinct people and a few busy organizations. The bundles' sentence vectors are computed once;
each copy caches them mixed with random directions, so that copies look like different articles
to the story grouping (as a real large corpus would) and the server embeds nothing.
Prints p50 and p95 per endpoint. Writes only under a temporary directory; not run by make test.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import httpx
import numpy as np

from orgwatch.graph.stories import Embedding, embed
from orgwatch.model import Claim, Document
from orgwatch.pipeline import extract_paths
from orgwatch.resolution import slot_kinds
from orgwatch.store import DocMeta, Store

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
CORPORA = [SHARED / "seeds", SHARED / "smartdata-dev"]
BUNDLE = 8  # articles per stored document
ORG_GROUPS = 20  # organizations are shared by the copies of one group


def extracted() -> list[tuple[Document, list[Claim]]]:
    return [item for item in extract_paths(CORPORA) if isinstance(item, tuple) and item[1]]


def bundles(docs: list[tuple[Document, list[Claim]]]) -> list[tuple[str, list[Claim]]]:
    """Articles joined ``BUNDLE`` at a time, claims' offsets moved with their text."""
    out = []
    for i in range(0, len(docs), BUNDLE):
        text, claims = "", []
        for doc, found in docs[i : i + BUNDLE]:
            shift = len(text)
            claims += [replace(c, start=c.start + shift, end=c.end + shift) for c in found]
            text += doc.text + "\n\n"
        out.append((text, claims))
    return out


def rename(claim: Claim, copy: int) -> Claim:
    def name(value: str, kind: str | None) -> str:
        if kind == "person":
            return f"{value} {copy}"
        group = copy % ORG_GROUPS
        return value if group == 0 else f"{value} g{group}"

    subject_kind, object_kind = slot_kinds(claim.type)
    return replace(claim, subject=name(claim.subject, subject_kind), object=name(claim.object, object_kind))


def build(url: str, target: int) -> tuple[int, list[str], list[str]]:
    """Fill the store; returns the facts stored and sample people and organizations to query."""
    base = bundles(extracted())
    per_copy = sum(len(c) for _, c in base)
    copies = -(-target // per_copy)
    vectors = [e.sentences for e in embed([text for text, _ in base])]
    rng = np.random.default_rng(0)
    stored = 0
    people: set[str] = set()
    orgs: dict[str, int] = defaultdict(int)
    with Store(url) as store:
        cache: dict[str, bytes] = {}
        for k in range(copies):
            for b, (text, claims) in enumerate(base):
                doc = Document(id=f"bench-{k}-{b}", text=f"{text}[copy {k}]", source="bench")
                renamed = [rename(c, k) for c in claims]
                stored += store.add(doc, DocMeta("de", "2024-01-01"), renamed).claims
                # A direction of its own per copy (else it averages out of the document's mean
                # vector, which the story grouping uses as its prefilter) and noise per sentence.
                rows = vectors[b]
                topic = rng.standard_normal((1, rows.shape[1])).astype(np.float32)
                noise = rng.standard_normal(rows.shape).astype(np.float32)
                mixed = (
                    0.3 * rows
                    + topic / np.linalg.norm(topic)
                    + noise / np.linalg.norm(noise, axis=1, keepdims=True)
                )
                cache[doc.hash] = Embedding.of(mixed).to_bytes()
                for c in renamed:
                    if slot_kinds(c.type)[0] == "person" and k < 50:
                        people.add(c.subject)
                    if slot_kinds(c.type)[1] == "org":
                        orgs[c.object] += 1
            if len(cache) >= 2000:
                store.embeddings_add(cache)
                cache = {}
        store.embeddings_add(cache)
    busiest = sorted(orgs, key=lambda o: -orgs[o])[:10]
    return stored, sorted(people)[:50], busiest


def measure(client: httpx.Client, paths: list[str], requests: int) -> tuple[float, float]:
    client.get(paths[0]).raise_for_status()  # warm-up: caches, first-use imports
    times = []
    for i in range(requests):
        started = time.perf_counter()
        client.get(paths[i % len(paths)]).raise_for_status()
        times.append(time.perf_counter() - started)
    cuts = statistics.quantiles(times, n=20)
    return statistics.median(times), cuts[18]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="orgwatch-bench-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        started = time.perf_counter()
        stored, people, orgs = build(url, args.facts)
        print(f"store: {stored} facts in {time.perf_counter() - started:.0f} s", flush=True)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = str(s.getsockname()[1])
        cli = "from orgwatch.interfaces.cli import main; main()"
        server = subprocess.Popen(
            [sys.executable, "-c", cli, "serve", "--db", url, "--port", port],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=600) as client:
                deadline = time.monotonic() + 60
                while True:
                    try:
                        client.get("/openapi.json").raise_for_status()
                        break
                    except httpx.TransportError:
                        if time.monotonic() > deadline:
                            raise
                        time.sleep(0.2)
                cases = {
                    "timeline (person)": [f"/api/timeline/{p}" for p in people],
                    "timeline (organization)": [f"/api/timeline/{o}" for o in orgs],
                    "flows (organization)": [f"/api/flows?org={o}" for o in orgs],
                }
                for label, paths in cases.items():
                    p50, p95 = measure(client, paths, args.requests)
                    print(f"{label:26} p50 {p50 * 1000:8.1f} ms   p95 {p95 * 1000:8.1f} ms", flush=True)
        finally:
            server.kill()  # not terminate: a graceful stop would wait for a slow request
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
