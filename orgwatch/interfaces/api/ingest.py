"""POST /api/ingest: an article's text, or a page fetched by URL, into the store."""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Iterable
from pathlib import Path

from orgwatch.errors import BadInput
from orgwatch.interfaces.api.models import IngestRequest, IngestResult, IngestStatus
from orgwatch.interfaces.urlfetch import FetchLimits, IPNetwork, fetch
from orgwatch.model import Document, content_hash
from orgwatch.pipeline import ingest_documents
from orgwatch.sources import Skip
from orgwatch.sources.decode import decode
from orgwatch.sources.html import read_html
from orgwatch.sources.metadata import iso_date
from orgwatch.store import Store


def ingest_request(
    store: Store, request: IngestRequest, limits: FetchLimits, allow: Iterable[IPNetwork] = ()
) -> IngestResult:
    """Store the article of ``request``; bad input raises ``BadInput``, the store's errors pass."""
    if (request.text is None) == (request.url is None):
        raise BadInput("give either 'text' or 'url'")
    if request.url is not None:
        doc = _page(request.url, limits, allow)
        doc_id = request.id or f"url-{content_hash(request.url)[:16]}"
    else:
        text = request.text or ""
        if not text.strip():
            raise BadInput("empty text")
        doc = Document(id="", text=text, source="api")
        doc_id = request.id or f"api-{content_hash(text)[:16]}"
    doc = dataclasses.replace(
        doc,
        id=doc_id,
        title=request.title or doc.title,
        published=iso_date(request.published) or doc.published,
        lang=request.lang or doc.lang,
    )
    return _store(store, doc)


def _page(url: str, limits: FetchLimits, allow: Iterable[IPNetwork]) -> Document:
    page = fetch(url, limits, allow)
    if page.content_type == "text/plain":
        decoded = decode(page.body)
        if decoded.text is None or not decoded.text.strip():
            raise BadInput(f"{page.url}: {decoded.problem or 'empty page'}")
        return Document(id="", text=decoded.text, source=page.url, url=page.url)
    if page.content_type not in ("text/html", "application/xhtml+xml"):
        raise BadInput(f"{page.url}: not an article ({page.content_type or 'no content type'})")
    with tempfile.TemporaryDirectory(prefix="orgwatch-page-") as tmp:
        path = Path(tmp) / "page.html"  # the HTML source reads files: one path for all pages
        path.write_bytes(page.body)
        found = read_html(path)[0]
    if isinstance(found, Skip):
        raise BadInput(f"{page.url}: {found.reason}")
    if not isinstance(found, Document):
        raise BadInput(f"{page.url}: {found}")
    return dataclasses.replace(found, source=page.url, url=page.url)


def _store(store: Store, doc: Document) -> IngestResult:
    report = ingest_documents([doc], store)
    if report.skipped:
        return IngestResult(doc=doc.id, status="skipped", claims=0, reason=report.skipped[0].reason)
    if report.duplicates:
        return IngestResult(doc=doc.id, status="duplicate", claims=0, duplicate_of=report.duplicates[0][1])
    status: IngestStatus = "added" if report.added else "replaced" if report.replaced else "unchanged"
    return IngestResult(doc=doc.id, status=status, claims=report.claims)
