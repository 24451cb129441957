"""Analysis stage: clean, language, sentences, dates, mentions.

``analyze(doc)`` is the stage's one entry point; the extractor reads only what it returns.
"""

from __future__ import annotations

from orgwatch.model import AnalyzedDocument, Document


def analyze(doc: Document) -> AnalyzedDocument:
    """Placeholder: one sentence per line, no dates, no mentions (replaced shortly)."""
    from orgwatch.model import Sentence

    sentences = []
    pos = 0
    for i, line in enumerate(doc.text.split("\n")):
        if line.strip():
            sentences.append(
                Sentence(i, pos, pos + len(line), line, line, tuple(range(pos, pos + len(line))))
            )
        pos += len(line) + 1
    return AnalyzedDocument(doc=doc, lang=doc.lang or "de", doc_date=None, sentences=sentences)
