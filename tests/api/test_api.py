"""The REST API through a real server on 127.0.0.1: every endpoint, the token, URL ingestion.

The store holds the seed articles with their gold facts (tests/seeded.py).
"""

from __future__ import annotations

import ipaddress
import json
import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from openapi_spec_validator import validate
from seeded import gold_evidence
from services import live_server

from orgwatch.graph import timeline
from orgwatch.interfaces.api import create_app
from orgwatch.store import Store

TOKEN = "s3cret-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _copy(seeded_url: str, tmp: Path) -> str:
    path = tmp / "store.db"
    shutil.copy(seeded_url.removeprefix("sqlite:///"), path)
    return f"sqlite:///{path}"


@pytest.fixture(scope="module")
def api(seeded_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    """A server over a copy of the seeded store (the ingest tests write to it)."""
    with (
        Store(_copy(seeded_url, tmp_path_factory.mktemp("api"))) as store,
        live_server(create_app(store, token=TOKEN)) as base,
        httpx.Client(base_url=base, timeout=120) as client,
    ):
        yield client


def test_openapi_schema_is_valid_and_every_endpoint_is_typed(api: httpx.Client) -> None:
    schema = api.get("/openapi.json").json()
    validate(schema)
    operations = [(path, method, op) for path, ops in schema["paths"].items() for method, op in ops.items()]
    assert {p for p, _, _ in operations} >= {
        "/api/search", "/api/people/{name}", "/api/orgs/{name}", "/api/timeline/{name}", "/api/flows",
        "/api/facts", "/api/stories", "/api/stories/{story_id}", "/api/documents",
        "/api/documents/{doc_id}", "/api/ingest",
    }  # fmt: skip
    for path, method, op in operations:
        body = op["responses"]["200"]["content"]["application/json"]["schema"]
        assert body.get("$ref") or body.get("items", {}).get("$ref"), f"{method} {path} has no response model"
    assert schema["paths"]["/api/ingest"]["post"]["security"] == [{"HTTPBearer": []}]


def test_search_finds_people_and_organizations(api: httpx.Client) -> None:
    assert {"kind": "person", "name": "Sam Altman"} in api.get("/api/search", params={"q": "altman"}).json()
    assert {"kind": "org", "name": "OpenAI"} in api.get("/api/search", params={"q": "openai"}).json()
    assert api.get("/api/search", params={"q": "no such name"}).json() == []
    assert api.get("/api/search", params={"q": ""}).status_code == 422


def test_person_has_roles_and_events_with_their_quotes(api: httpx.Client) -> None:
    person = api.get("/api/people/Sam Altman").json()
    assert (person["name"], person["kind"]) == ("Sam Altman", "person")
    assert "Ultraman" in {a["alias"] for a in person["aliases"]}
    (ceo,) = [r for r in person["roles"] if r["org"] == "OpenAI"]
    assert "ceo" in ceo["roles"]
    (dismissal,) = [e for e in person["timeline"] if e["type"] == "dismissed" and e["object"] == "OpenAI"]
    assert (dismissal["date"], dismissal["status"]) == ("2023-11-17", "happened")
    quotes = {s["doc"]: s for s in dismissal["sources"]}
    assert set(quotes) == {
        "000_5aa39e69270f6084.txt", "001_594bf44d715ea5fd.txt", "003_7b307c7fb72fabcf.txt",
        "004_77357c022e005405.txt",
    }  # fmt: skip
    german = quotes["001_594bf44d715ea5fd.txt"]
    assert german["evidence"] == gold_evidence("001", "dismissed", "Sam Altman")
    assert (german["lang"], german["date"]) == ("de", "2023-11-17")
    assert quotes["003_7b307c7fb72fabcf.txt"]["lang"] == "it"
    assert dismissal["independent_sources"] == 3  # 003 is a translation of 000
    assert {"origin": "OpenAI", "destination": "Microsoft"}.items() <= person["moves"][0].items()
    assert api.get("/api/people/Altman").json()["name"] == "Sam Altman"  # a surname is enough


def test_unknown_names_are_404(api: httpx.Client) -> None:
    for path in (
        "/api/people/Nobody Atall",
        "/api/orgs/Nothing Inc",
        "/api/timeline/Nobody",
        "/api/orgs/Sam Altman",
    ):
        response = api.get(path)
        assert response.status_code == 404, path
        assert "no " in response.json()["detail"]


def test_organization_shows_movements_flows_and_departures(api: httpx.Client) -> None:
    org = api.get("/api/orgs/OpenAI").json()
    assert (org["name"], org["kind"]) == ("OpenAI", "org")
    outflow = {(f["origin"], f["destination"]): f for f in org["outflow"]}
    assert "John Schulman" in outflow[("OpenAI", "Anthropic")]["people"]
    assert all(f["count"] == len(f["people"]) for f in org["outflow"] + org["inflow"])
    assert all(f["destination"] == "OpenAI" for f in org["inflow"])
    left = {(e["subject"], e["type"]): e for e in org["timeline"] if e["as"] == "object"}
    assert left[("Sam Altman", "dismissed")]["date"] == "2023-11-17"
    periods = {p["period"]: p for p in org["departures"]}
    assert "Sam Altman" in periods["2023-11"]["people"]
    assert all(p["count"] == len(p["people"]) for p in org["departures"])


def test_timeline_is_the_graph_timeline(api: httpx.Client, seeded: Store) -> None:
    entries = api.get("/api/timeline/Altman").json()
    assert entries == json.loads(json.dumps([e.to_dict() for e in timeline(seeded, "Altman")]))
    assert entries[0]["as"] in ("subject", "object")


def test_flows_into_and_out_of_an_organization(api: httpx.Client) -> None:
    flows = api.get("/api/flows", params={"org": "OpenAI"}).json()
    assert flows and all("OpenAI" in (f["origin"], f["destination"]) for f in flows)
    to_anthropic = [f for f in flows if (f["origin"], f["destination"]) == ("OpenAI", "Anthropic")]
    assert "John Schulman" in to_anthropic[0]["people"]
    assert {m["person"] for m in to_anthropic[0]["moves"]} == set(to_anthropic[0]["people"])
    everywhere = api.get("/api/flows").json()
    assert len(everywhere) >= len(flows) and [f["count"] for f in everywhere] == sorted(
        (f["count"] for f in everywhere), reverse=True
    )
    assert api.get("/api/flows", params={"org": "Nothing Inc"}).status_code == 404


def test_facts_carry_every_source(api: httpx.Client) -> None:
    params = {"type": "dismissed", "subject": "Altman", "object": "OpenAI"}
    (fact,) = api.get("/api/facts", params=params).json()
    assert fact["key"] == "dismissed|Sam Altman|OpenAI|1"
    assert len(fact["sources"]) == 4 and all(s["evidence"] and s["lang"] for s in fact["sources"])
    assert set(fact["languages"]) == {"de", "it"}
    everything = api.get("/api/facts").json()
    assert len(everything) > 50 and len({f["key"] for f in everything}) == len(everything)
    assert api.get("/api/facts", params={"type": "bogus"}).status_code == 422


def test_stories_group_the_translation_with_its_original(api: httpx.Client) -> None:
    stories = api.get("/api/stories").json()
    groups = [set(s["docs"]) for s in stories]
    assert {"000_5aa39e69270f6084.txt", "003_7b307c7fb72fabcf.txt"} in groups
    assert sum(len(g) for g in groups) == len(api.get("/api/documents").json())
    (pair,) = [s for s in stories if len(s["docs"]) == 2]
    detail = api.get(f"/api/stories/{pair['id']}").json()
    assert {d["id"] for d in detail["documents"]} == set(pair["docs"])
    assert any(f["subject"] == "John Schulman" and f["type"] == "leaves" for f in detail["facts"])
    assert api.get("/api/stories/nope").status_code == 404


def test_documents(api: httpx.Client) -> None:
    docs = api.get("/api/documents").json()
    assert len(docs) >= 5 and all(d["claims"] >= 0 for d in docs)
    detail = api.get("/api/documents/001_594bf44d715ea5fd.txt").json()
    assert detail["lang"] == "de"
    assert any(f["type"] == "dismissed" and f["subject"] == "Sam Altman" for f in detail["facts"])
    assert all(any(s["doc"] == detail["id"] for s in f["sources"]) for f in detail["facts"])
    assert api.get("/api/documents/nope.txt").status_code == 404


ARTICLE = "Jane Roe left Examplix on 3 March 2024 and joined Samplecorp as chief technology officer."


def test_ingest_needs_the_token(api: httpx.Client) -> None:
    body = {"text": ARTICLE}
    assert api.post("/api/ingest", json=body).status_code == 401
    wrong = api.post("/api/ingest", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
    assert api.post("/api/ingest", json=body, headers={"Authorization": TOKEN}).status_code == 401
    assert not any(d["id"].startswith("api-") for d in api.get("/api/documents").json())


def test_ingest_text_then_again(api: httpx.Client) -> None:
    body = {"text": ARTICLE, "id": "jane.txt", "published": "2024-03-04", "title": "Jane moves"}
    first = api.post("/api/ingest", json=body, headers=AUTH)
    assert first.status_code == 200
    assert first.json()["status"] == "added" and first.json()["doc"] == "jane.txt"
    assert api.post("/api/ingest", json=body, headers=AUTH).json()["status"] == "unchanged"
    stored = api.get("/api/documents/jane.txt").json()
    assert (stored["title"], stored["published"]) == ("Jane moves", "2024-03-04")


@pytest.mark.parametrize(
    "body", [{}, {"text": "x", "url": "http://example.org/"}, {"text": "   "}, {"url": "file:///etc/passwd"}]
)
def test_ingest_refuses_bad_requests(api: httpx.Client, body: dict[str, str]) -> None:
    response = api.post("/api/ingest", json=body, headers=AUTH)
    assert response.status_code == 400
    assert response.json()["detail"]


def test_ingest_refuses_private_and_loopback_urls(api: httpx.Client) -> None:
    for url in (
        f"{api.base_url}/api/documents", "http://localhost/", "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/", "http://[::1]/", "http://0x7f000001/",
    ):  # fmt: skip
        response = api.post("/api/ingest", json={"url": url}, headers=AUTH)
        assert response.status_code == 400, url
        assert "refused" in response.json()["detail"], url


def test_a_server_without_token_takes_no_writes(seeded: Store) -> None:
    with live_server(create_app(seeded)) as base:
        response = httpx.post(f"{base}/api/ingest", json={"text": ARTICLE}, headers=AUTH)
    assert response.status_code == 403
    assert "ORGWATCH_TOKEN" in response.json()["detail"]


class _Page(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = f"<html><head><title>Jane moves</title></head><body><article><p>{ARTICLE}</p>" \
            "<p>She said the move had been planned for a long time and was announced to staff today.</p>" \
            "</article></body></html>"  # fmt: skip
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_ingest_url_from_an_allowed_test_network(seeded_url: str, tmp_path: Path) -> None:
    page = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    threading.Thread(target=page.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{page.server_address[1]}/jane"
    allow = [ipaddress.ip_network("127.0.0.1/32")]
    try:
        with (
            Store(_copy(seeded_url, tmp_path)) as store,
            live_server(create_app(store, token=TOKEN, fetch_allow=allow)) as base,
        ):
            result = httpx.post(f"{base}/api/ingest", json={"url": url}, headers=AUTH, timeout=20).json()
            assert result["status"] == "added"
            (doc,) = [d for d in store.documents() if d.id == result["doc"]]
            assert doc.url == url and doc.title == "Jane moves"
    finally:
        page.shutdown()
        page.server_close()
