"""The store: idempotent ingest, replacement, duplicates, atomicity, stable export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fakes import claim, document
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from orgwatch.errors import StoreError
from orgwatch.store import DEFAULT_URL, ENV_VAR, DocMeta, Store, database_url
from orgwatch.store.models import ClaimRow, DocumentRow, EntityRow


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """Every store test runs on SQLite and on a throwaway PostgreSQL (tests/services.py)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'test.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
    with Store(url) as store:
        yield store


def counts(store: Store) -> tuple[int, int, int]:
    with Session(store._engine) as s:
        return tuple(  # type: ignore[return-value]
            s.scalar(select(func.count()).select_from(t)) for t in (DocumentRow, EntityRow, ClaimRow)
        )


def test_url_comes_from_argument_then_environment_then_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert database_url() == DEFAULT_URL == "sqlite:///orgwatch.db"
    monkeypatch.setenv(ENV_VAR, "sqlite:///env.db")
    assert database_url() == "sqlite:///env.db"
    assert database_url("sqlite:///arg.db") == "sqlite:///arg.db"


def test_plain_postgresql_urls_use_the_installed_driver() -> None:
    assert database_url("postgresql://u@127.0.0.1:5432/db") == "postgresql+psycopg://u@127.0.0.1:5432/db"
    assert database_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"


def test_bad_url_is_a_store_error() -> None:
    with pytest.raises(StoreError):
        Store("nodb://what")


def test_add_then_same_again_is_unchanged(store: Store) -> None:
    doc = document()
    first = store.add(doc, DocMeta("en", "2024-08-06"), [claim()])
    again = store.add(doc, DocMeta("en", "2024-08-06"), [claim(), claim(type="joins", object="Anthropic")])
    assert (first.status, first.claims) == ("added", 1)
    assert again.status == "unchanged"
    assert counts(store) == (1, 2, 1)
    assert store.has(doc)
    (stored,) = store.documents()
    assert (stored.id, stored.lang, stored.doc_date, stored.claims) == ("d1", "en", "2024-08-06", 1)


def test_new_text_under_same_id_replaces_the_claims(store: Store) -> None:
    store.add(document(), DocMeta(), [claim(), claim(type="joins", object="Anthropic")])
    result = store.add(document(text="John Schulman joined Anthropic."), DocMeta(), [claim(type="joins")])
    assert result.status == "replaced"
    assert [f["type"] for f in store.facts()] == ["joins"]
    assert store.documents()[0].hash == document(text="John Schulman joined Anthropic.").hash


def test_same_text_under_another_id_is_a_duplicate(store: Store) -> None:
    store.add(document("a"), DocMeta(), [claim("a")])
    result = store.add(document("b"), DocMeta(), [claim("b")])
    assert (result.status, result.duplicate_of) == ("duplicate", "a")
    assert [d.id for d in store.documents()] == ["a"]
    assert counts(store)[2] == 1


def failing_after(store: Store, monkeypatch: pytest.MonkeyPatch, calls: int) -> None:
    """Make entity creation fail on call number ``calls``: mid-document, after rows were written."""
    real = Store._entity
    seen = {"n": 0}

    def entity(self: Store, session: Session, kind: object, name: str) -> EntityRow:
        seen["n"] += 1
        if seen["n"] == calls:
            raise RuntimeError("disk on fire")
        return real(self, session, kind, name)  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "_entity", entity)


def test_a_failure_mid_document_leaves_nothing_written(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    failing_after(store, monkeypatch, calls=3)  # the second claim's subject
    with pytest.raises(RuntimeError):
        store.add(document(), DocMeta(), [claim(), claim(type="joins", object="Anthropic")])
    assert counts(store) == (0, 0, 0)
    assert store.documents() == []


def test_a_failed_replacement_keeps_the_old_version(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store.add(document(), DocMeta(), [claim()])
    before = store.facts()
    failing_after(store, monkeypatch, calls=1)
    with pytest.raises(RuntimeError):
        store.add(document(text="Changed text."), DocMeta(), [claim(type="joins")])
    assert store.facts() == before
    assert store.documents()[0].hash == document().hash


def test_facts_are_in_the_stable_export_order(store: Store) -> None:
    store.add(document("b"), DocMeta(), [claim("b", type="joins"), claim("b", type="holds_role", role="ceo")])
    store.add(
        document("a", "Other text."),
        DocMeta(),
        [claim("a", subject="Zed Zu"), claim("a", subject="Ann Ax", date=None)],
    )
    facts = store.facts()
    assert [(f["doc"], f["type"], f["subject"]) for f in facts] == [
        ("a", "leaves", "Ann Ax"),
        ("a", "leaves", "Zed Zu"),
        ("b", "holds_role", "John Schulman"),
        ("b", "joins", "John Schulman"),
    ]
    assert list(facts[0]) == ["doc", "type", "subject", "object", "role", "date", "status", "evidence"]


def test_entities_are_shared_and_claims_found_by_name_in_any_case(store: Store) -> None:
    store.add(document("a"), DocMeta(), [claim("a")])
    store.add(document("b", "Text b."), DocMeta(), [claim("b", type="joins", object="Anthropic")])
    assert counts(store)[1] == 3  # John Schulman, OpenAI, Anthropic
    assert [c.doc_id for c in store.claims_for("john schulman")] == ["a", "b"]
    assert [c.doc_id for c in store.claims_for("ANTHROPIC")] == ["b"]
    assert store.claims_for("Nobody") == []


def test_sues_parties_reuse_a_known_person(store: Store) -> None:
    store.add(document("a"), DocMeta(), [claim("a", subject="Elon Musk", object="Examplix", type="joins")])
    store.add(
        document("b", "Text b."), DocMeta(), [claim("b", type="sues", subject="Elon Musk", object="OpenAI")]
    )
    kinds = {(e.kind, e.name) for e in store.entities()}
    assert ("person", "Elon Musk") in kinds and ("org", "Elon Musk") not in kinds
    assert ("org", "OpenAI") in kinds


def test_aliases_are_stored_replaced_listed_and_removed(store: Store) -> None:
    store.alias_add("Sammy", "Sam Altman", "person", "test note")
    store.alias_add("sammy", "Sam A.", "person", "corrected")
    (alias,) = store.alias_list()
    assert (alias.alias, alias.canonical, alias.source, alias.created_by) == (
        "sammy",
        "Sam A.",
        "corrected",
        "user",
    )
    assert store.alias_table().lookup("SAMMY") == "Sam A."
    assert store.alias_table().lookup("Ultraman") == "Sam Altman"  # curated ones still apply
    assert store.alias_remove("Sammy") is True
    assert store.alias_remove("Sammy") is False
    assert store.alias_list() == []
