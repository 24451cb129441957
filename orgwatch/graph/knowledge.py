"""The knowledge graph over a store: canonical names, stories, merged facts.

The store keeps claims under the names their documents gave. ``refresh`` resolves them across
documents (curated and user aliases first, see ``orgwatch.resolution.entities``) and records
the outcome in the store: every reader, the FACTS.md export included, then sees canonical names,
and a user correction is applied by running it again, after ``alias add`` or any ingest.
"""

from __future__ import annotations

from dataclasses import dataclass

from orgwatch.graph.merge import MergedFact, Report, merge
from orgwatch.graph.stories import Embedding, Encoder, Story, StoryDoc, embed, group_stories
from orgwatch.model import EntityKind
from orgwatch.resolution import Alias, curated_aliases, name_key
from orgwatch.resolution.entities import Resolution, resolve
from orgwatch.store import Store


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


def stories(store: Store, encoder: Encoder | None = None) -> list[Story]:
    """The stored documents grouped into stories; texts not embedded yet are embedded and cached."""
    cached = store.embeddings()
    missing = {h: t for h, t in store.texts().items() if h not in cached}
    if missing:
        fresh = dict(zip(missing, embed(list(missing.values()), encoder), strict=True))
        store.embeddings_add({h: e.to_bytes() for h, e in fresh.items()})
        cached.update({h: e.to_bytes() for h, e in fresh.items()})
    embeddings = {h: Embedding.from_bytes(b) for h, b in cached.items()}
    docs = [StoryDoc(d.id, d.hash, d.lang or "", d.doc_date or d.published) for d in store.documents()]
    return group_stories(docs, embeddings)


def reports(store: Store, encoder: Encoder | None = None) -> list[Report]:
    """Every claim (canonical names) with its document's date, language and story."""
    story_of = {doc: s.id for s in stories(store, encoder) for doc in s.docs}
    docs = {d.id: d for d in store.documents()}
    out = []
    for c in store.claims():
        d = docs[c.doc_id]
        out.append(Report(c, d.doc_date or d.published, story_of.get(c.doc_id, c.doc_id), d.lang or c.lang))
    return out


def merged_facts(store: Store, encoder: Encoder | None = None) -> list[MergedFact]:
    return merge(reports(store, encoder))
