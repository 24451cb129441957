"""Language identification with py3langid (numpy only, model shipped in the package)."""

from __future__ import annotations

from functools import cache
from typing import Any

from orgwatch.errors import UnknownLanguage

_SAMPLE = 4000  # characters: enough for a stable guess, cheap on long articles


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)


def detect(text: str, min_confidence: float = 0.5) -> str:
    """ISO 639-1 code of ``text``; raises UnknownLanguage when no language is clear."""
    sample = text[:_SAMPLE]
    if sum(ch.isalpha() for ch in sample) < 20:
        raise UnknownLanguage("too little text to tell the language")
    code, prob = _identifier().classify(sample)
    if prob < min_confidence:
        raise UnknownLanguage(f"no clear language (best guess {code} at {prob:.2f})")
    return str(code)
