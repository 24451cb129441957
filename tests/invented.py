"""What the default extractor finds in sentences written for the tests (never article text)."""

from __future__ import annotations

from orgwatch.analysis.mentions import find_mentions
from orgwatch.analysis.sentences import split_sentences
from orgwatch.extraction import default_extractor
from orgwatch.model import AnalyzedDocument, Claim, Document

Fact = tuple[str, str, str, str]  # type, subject, object, status


def claims(lang: str, text: str) -> list[Claim]:
    """The claims of ``text`` read as one undated document in ``lang``."""
    doc = Document(id="t", text=text, source="test")
    adoc = AnalyzedDocument(doc=doc, lang=lang, doc_date=None, sentences=split_sentences(text, lang))
    adoc.mentions = find_mentions(adoc)
    return default_extractor().extract(adoc)


def facts(lang: str, text: str) -> set[Fact]:
    return {(c.type, c.subject, c.object, c.status) for c in claims(lang, text)}
