"""The library API: paths in, claims or a filled store out. The CLI and the bench call this."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from orgwatch.analysis import analyze
from orgwatch.errors import OrgwatchError
from orgwatch.extraction import Extractor, consolidate, default_extractor
from orgwatch.graph import refresh
from orgwatch.model import AnalyzedDocument, Claim, Document
from orgwatch.resolution import AliasTable, canonicalize, curated_aliases, drop_misread
from orgwatch.resolution.entities import resolve
from orgwatch.sources import Note, Skip, SourceItem, iter_documents
from orgwatch.store import DocMeta, Store

Extracted = tuple[Document, list[Claim]] | Skip | Note


@dataclass
class IngestReport:
    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (id, id already stored)
    skipped: list[Skip] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    claims: int = 0  # claims stored by this run

    @property
    def documents(self) -> int:
        """Documents read (stored or not), bad input excluded."""
        return self.added + self.unchanged + self.replaced + len(self.duplicates)


def _documents(paths: Iterable[str | Path], limit: int | None) -> Iterator[SourceItem]:
    """Source items with at most ``limit`` documents (skips and notes do not count)."""
    items = iter_documents(paths)  # raises PathNotFound now, before any work
    if limit is None:
        return items
    return _limited(items, limit)


def _limited(items: Iterator[SourceItem], limit: int) -> Iterator[SourceItem]:
    seen = 0
    for item in items:
        if isinstance(item, Document):
            if seen == limit:
                return
            seen += 1
        yield item


def _claims(
    doc: Document, extractor: Extractor, aliases: AliasTable, *, rename: bool = True
) -> tuple[AnalyzedDocument, list[Claim]] | Skip:
    """Analyse, extract and canonicalize one document; a coded error skips only that document.

    Without ``rename`` the aliases only drop misread claims, and names keep the document's
    spelling (legal suffixes aside) for the store to resolve.
    """
    try:
        adoc = analyze(doc)
        claims = consolidate(extractor.extract(adoc))
        if rename:
            return adoc, canonicalize(claims, aliases)  # drops misread claims too
        return adoc, canonicalize(drop_misread(claims, aliases), AliasTable())
    except OrgwatchError as e:
        return Skip(doc.source, e.message, e.code)


def extract_paths(
    paths: Iterable[str | Path],
    extractor: Extractor | None = None,
    aliases: AliasTable | None = None,
    limit: int | None = None,
    *,
    across_documents: bool = True,
    on_item: Callable[[], None] | None = None,
) -> Iterator[Extracted]:
    """Claims of every document under ``paths``, without a store.

    Yields ``(document, claims)`` per document, and a ``Skip`` or ``Note`` for input the user
    should hear about. Names are canonical under ``aliases`` (default: the curated table) and,
    with ``across_documents``, resolved over the whole batch as ``ingest`` resolves a store: an
    article that only says 'Musk' gets the full name another article of the batch gives. That
    holds every claim until the batch is read; ``across_documents=False`` streams instead.
    ``on_item`` is called once per document or skipped input read, for progress bars.
    """
    items = _documents(paths, limit)
    aliases = aliases or curated_aliases()
    extracted = _extract(items, extractor or default_extractor(), aliases, on_item)
    return _resolved(list(extracted), aliases) if across_documents else extracted


def _extract(
    items: Iterator[SourceItem],
    extractor: Extractor,
    aliases: AliasTable,
    on_item: Callable[[], None] | None,
) -> Iterator[Extracted]:
    for item in items:
        if not isinstance(item, Note) and on_item:
            on_item()
        if not isinstance(item, Document):
            yield item
            continue
        result = _claims(item, extractor, aliases)
        yield result if isinstance(result, Skip) else (item, result[1])


def _resolved(extracted: list[Extracted], aliases: AliasTable) -> Iterator[Extracted]:
    """The batch under the names that cross-document resolution gives."""
    resolution = resolve((c for item in extracted if isinstance(item, tuple) for c in item[1]), aliases)
    for item in extracted:
        yield (item[0], resolution.apply(item[1])) if isinstance(item, tuple) else item


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    extractor: Extractor | None = None,
    limit: int | None = None,
    on_item: Callable[[], None] | None = None,
) -> IngestReport:
    """Read, extract and store every document under ``paths``; one transaction per document.

    A document already stored with the same text is not analysed again. ``on_item`` is called
    once per item read (document or skipped input), for progress bars.
    """
    return ingest_documents(_documents(paths, limit), store, extractor, on_item)


def ingest_documents(
    items: Iterable[SourceItem],
    store: Store,
    extractor: Extractor | None = None,
    on_item: Callable[[], None] | None = None,
) -> IngestReport:
    """``ingest`` for documents a caller already holds (the API's POST /api/ingest)."""
    extractor = extractor or default_extractor()
    # Claims are stored as their documents name them; ``refresh`` then resolves them across
    # documents with the curated and user aliases, so that a later alias change applies too.
    aliases = curated_aliases([a for a in store.alias_list() if a.created_by == "user"])
    report = IngestReport()
    for item in items:
        if isinstance(item, Note):
            report.notes.append(item)
            continue
        if on_item:
            on_item()
        if isinstance(item, Skip):
            report.skipped.append(item)
        elif store.has(item):
            report.unchanged += 1
        else:
            _store(item, store, extractor, aliases, report)
    if report.added or report.replaced:
        refresh(store)
    return report


def _store(
    doc: Document, store: Store, extractor: Extractor, aliases: AliasTable, report: IngestReport
) -> None:
    result = _claims(doc, extractor, aliases, rename=False)
    if isinstance(result, Skip):
        report.skipped.append(result)
        return
    adoc, claims = result
    added = store.add(doc, DocMeta.of(adoc), claims)
    if added.status == "duplicate":
        report.duplicates.append((doc.id, added.duplicate_of or ""))
    elif added.status == "unchanged":
        report.unchanged += 1
    else:
        report.claims += added.claims
        if added.status == "added":
            report.added += 1
        else:
            report.replaced += 1
