"""Analysis stage: clean, language, sentences, dates, mentions.

``analyze(doc)`` is the stage's one entry point; the extractor reads only what it returns.
Each step assigns one thing: language -> ``lang``; sentences (junk and headings flagged,
glued words split) -> ``sentences``; dates -> ``doc_date``, ``Sentence.dates`` and
``Sentence.section_date``; mentions -> ``mentions``.
"""

from __future__ import annotations

from dataclasses import replace

from orgwatch.analysis.dates import find_dates
from orgwatch.analysis.docdate import document_date, section_dates
from orgwatch.analysis.language import detect
from orgwatch.analysis.mentions import find_mentions
from orgwatch.analysis.sentences import split_sentences
from orgwatch.lang import available
from orgwatch.model import AnalyzedDocument, Document


def analyze(doc: Document) -> AnalyzedDocument:
    """Everything the extractor needs to know about ``doc``.

    Raises ``UnknownLanguage`` when the source gives no language and none can be told.
    """
    notes: list[str] = []
    lang = (doc.lang or "").lower()[:2] or detect(doc.text)
    if lang not in available():
        notes.append(f"no language data for '{lang}': only language-independent rules apply")
    sentences = split_sentences(doc.text, lang)
    doc_date = document_date(doc, [s.text for s in sentences], lang)
    if doc_date is not None:
        notes.append(f"document date {doc_date.iso} ({doc_date.how})")
    sections = section_dates([s.text for s in sentences], lang, doc_date)
    # inside a timeline section, "on Friday" counts from the section's date, not the article's
    sentences = [
        replace(
            s,
            section_date=section,
            dates=tuple(find_dates(s.text, lang, section or doc_date, offset=s.start)),
        )
        for s, section in zip(sentences, sections, strict=True)
    ]
    adoc = AnalyzedDocument(doc=doc, lang=lang, doc_date=doc_date, sentences=sentences, notes=notes)
    adoc.mentions = find_mentions(adoc)
    return adoc
