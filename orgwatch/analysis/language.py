"""Language identification with py3langid (numpy only, model shipped in the package)."""

from __future__ import annotations

from functools import cache
from typing import Any

from orgwatch.errors import UnknownLanguage
from orgwatch.lang import available

_SAMPLE = 4000  # characters: enough for a stable guess, cheap on long articles
_MIN_LETTERS = 12
_PLAUSIBLE = 0.05  # a language with data below this probability is not a candidate
_SHORT = 100  # letters: below this a guess is noise, so only languages with data compete


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> str:
    """ISO 639-1 code of ``text``, preferring the languages orgwatch has data for.

    Short texts often look like a neighbouring language ("de" read as "lb"), so the best
    language with a data file wins while it is plausible at all. Raises ``UnknownLanguage``
    for text with too few letters or in a language without data.
    """
    sample = text[:_SAMPLE]
    letters = sum(ch.isalpha() for ch in sample)
    if letters < _MIN_LETTERS:
        raise UnknownLanguage("too little text to tell the language")
    ranked: list[tuple[str, float]] = _identifier().rank(sample)
    known = set(available())
    floor = 0.0 if letters < _SHORT else _PLAUSIBLE
    for code, prob in ranked:
        if code in known and prob >= floor:
            return code
    best = ranked[0][0]
    raise UnknownLanguage(f"language '{best}' has no data file (orgwatch/lang/{best}.toml)")
