"""The knowledge graph over a store: canonical names, stories, merged facts.

The store keeps claims under the names their documents gave. ``refresh`` resolves them across
documents (curated and user aliases first, see ``orgwatch.resolution.entities``) and records
the outcome in the store: every reader, the FACTS.md export included, then sees canonical names,
and a user correction is applied by running it again, after ``alias add`` or any ingest.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from orgwatch.graph.merge import MergedFact, Report, merge
from orgwatch.graph.stories import Embedding, Encoder, Story, StoryDoc, embed, group_stories
from orgwatch.model import Claim, EntityKind
from orgwatch.resolution import Alias, curated_aliases, name_key
from orgwatch.resolution.entities import Resolution, resolve
from orgwatch.store import Store, StoredDocument


def refresh(store: Store) -> Resolution:
    """Resolve every stored name again (curated and user aliases win); store the outcome."""
    user = [a for a in store.alias_list() if a.created_by != "learned"]
    resolution = resolve(store.claims(resolved=False), curated_aliases(user))
    store.resolution_replace(lambda kind, name: resolution.canonical(name, kind))
    store.learned_aliases_replace(resolution.learned())
    return resolution


@dataclass(frozen=True)
class AliasChange:
    alias: str
    action: str  # 'added', 'removed', 'vetoed' (a learned alias the user rejected), 'unknown'


def alias_add(store: Store, alias: str, canonical: str, kind: EntityKind | None = None) -> AliasChange:
    """A user alias: applied to every stored claim now, and to every later ingest."""
    store.alias_add(alias, canonical, kind, "added by a user", "user")
    refresh(store)
    return AliasChange(alias, "added")


def alias_remove(store: Store, alias: str) -> AliasChange:
    """Remove a user alias; a learned or curated one is vetoed instead ('X means X'), since it
    would come back at the next refresh."""
    found = {name_key(a.alias): a for a in aliases(store)}.get(name_key(alias))
    if found is None:
        return AliasChange(alias, "unknown")
    if found.created_by in ("learned", "curated"):
        store.alias_add(found.alias, found.alias, found.kind, f"a user rejected {found.canonical!r}", "user")
        action = "vetoed"
    else:
        store.alias_remove(alias)
        action = "removed"
    refresh(store)
    return AliasChange(alias, action)


def aliases(store: Store) -> list[Alias]:
    """Curated, user and learned aliases, each with the note that justifies it."""
    return [*curated_aliases().aliases, *store.alias_list()]


@dataclass(frozen=True)
class _Corpus:
    """What reports need of all documents: their stories, dates and languages."""

    stories: tuple[Story, ...]
    story_of: dict[str, str]
    reported: dict[str, str | None]
    lang: dict[str, str | None]


# Grouping stories compares every document with every other (seconds on a large store) and
# depends only on the documents: computed once per store revision, shared by every request.
_CORPORA: WeakKeyDictionary[Store, tuple[int, _Corpus]] = WeakKeyDictionary()
_CORPORA_LOCK = threading.Lock()  # concurrent requests wait for one computation, not run many


def _corpus(store: Store, encoder: Encoder | None) -> _Corpus:
    with _CORPORA_LOCK:
        revision = store.revision()
        cached = _CORPORA.get(store)
        if cached is not None and cached[0] == revision:
            return cached[1]
        documents = store.documents()
        found = _group(store, documents, encoder)
        corpus = _Corpus(
            stories=tuple(found),
            story_of={doc: s.id for s in found for doc in s.docs},
            reported={d.id: d.doc_date or d.published for d in documents},
            lang={d.id: d.lang for d in documents},
        )
        _CORPORA[store] = (revision, corpus)
        return corpus


def _group(store: Store, documents: list[StoredDocument], encoder: Encoder | None) -> list[Story]:
    """The stored documents grouped into stories; texts not embedded yet are embedded and cached."""
    cached = store.embeddings()
    missing = {h: t for h, t in store.texts().items() if h not in cached}
    if missing:
        fresh = dict(zip(missing, embed(list(missing.values()), encoder), strict=True))
        store.embeddings_add({h: e.to_bytes() for h, e in fresh.items()})
        cached.update({h: e.to_bytes() for h, e in fresh.items()})
    embeddings = {h: Embedding.from_bytes(b) for h, b in cached.items()}
    docs = [StoryDoc(d.id, d.hash, d.lang or "", d.doc_date or d.published) for d in documents]
    return group_stories(docs, embeddings)


def stories(store: Store, encoder: Encoder | None = None) -> list[Story]:
    """The stored documents grouped into stories (recomputed only after documents changed)."""
    return list(_corpus(store, encoder).stories)


def _reports(claims: list[Claim], store: Store, encoder: Encoder | None) -> list[Report]:
    # Claims read before the corpus: every document they cite is in it, however recent.
    corpus = _corpus(store, encoder)
    return [
        Report(
            c,
            corpus.reported[c.doc_id],
            corpus.story_of.get(c.doc_id, c.doc_id),
            corpus.lang[c.doc_id] or c.lang,
        )
        for c in claims
    ]


def reports(store: Store, encoder: Encoder | None = None) -> list[Report]:
    """Every claim (canonical names) with its document's date, language and story."""
    return _reports(store.claims(), store, encoder)


def merged_facts(store: Store, encoder: Encoder | None = None) -> list[MergedFact]:
    return merge(reports(store, encoder))


def facts_about(store: Store, names: Iterable[str], encoder: Encoder | None = None) -> list[MergedFact]:
    """The merged facts with one of ``names`` as subject or object, as ``merged_facts`` has them
    (a fact merges the claims of one subject and object only), and a few more: names are
    compared in any case. Reads only the claims about ``names``."""
    return merge(_reports(store.claims_about(names), store, encoder))
