"""First names of many countries, from the data file that ``gender-guesser`` ships.

No German or Italian NER model exists as a package, so a first name followed by a
capitalised word is the main cue for a person. The list (Jörg Michael's ``nam_dict.txt``,
~48k names, GNU FDL) is read from the installed package once; nothing is downloaded.
Callers filter words that are also function words ("Am", "Il", "Will") with their
language's stopwords.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources

from orgwatch.lang import common


@cache
def _entries() -> tuple[tuple[str, str], ...]:
    """(gender code, name) of each line of the list, read once for names and genders alike, and
    of the names common.toml adds where the list is thin."""
    text = (resources.files("gender_guesser") / "data" / "nam_dict.txt").read_text(encoding="utf-8")
    rows = (line.split() for line in text.splitlines() if line and line[0] not in "#=")
    extra = common()
    return tuple((parts[0], parts[1]) for parts in rows if len(parts) >= 2) + tuple(
        (code, name)
        for code, key in (("M", "male"), ("F", "female"))
        for name in extra.get(f"first_names.{key}", [])
    )


@cache
def first_names() -> frozenset[str]:
    """Every first name of the list, as written there (capitalised), '+' parts joined."""
    names: set[str] = set()
    for _, name in _entries():
        if "+" in name:
            names.update(name.replace("+", sep) for sep in ("-", " "))
            names.update(name.split("+"))
        else:
            names.add(name)
    return frozenset(names)


@lru_cache(maxsize=65536)
def is_first_name(word: str) -> bool:
    """'Élodie' (the list writes 'Elodie'), 'Jean-Baptiste' (two names of the list) count too."""
    names = first_names()
    if word in names:
        return True
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    if plain != word and plain in names:
        return True
    if (umlauts := _umlauts(word)) != word and umlauts in names:
        return True  # 'Juergen', 'Joerg': German names spelt without umlauts
    parts = word.split("-")
    return len(parts) == 2 and all(x[:1].isupper() and is_first_name(x) for x in parts)


_UMLAUT = re.compile(r"(?<=[^\W\d_])(ae|oe|ue)")


def _umlauts(word: str) -> str:
    """'Juergen' -> 'Jürgen': the transcription English and wire texts use, undone (never
    at the start of a word: 'Uele', 'Oebele' keep their vowels)."""
    return _UMLAUT.sub(lambda m: {"ae": "ä", "oe": "ö", "ue": "ü"}[m.group(1)], word)


@cache
def _genders() -> dict[str, str]:
    """'m' or 'f' for the names the list gives one gender only (in any country)."""
    seen: dict[str, set[str]] = {}
    for code, name in _entries():
        if code[0] != "?" and code[-1] in "MF":
            for part in name.split("+"):
                seen.setdefault(part, set()).add(code[-1].lower())
    return {name: next(iter(g)) for name, g in seen.items() if len(g) == 1}


def gender(first: str) -> str | None:
    """'f' for 'Élodie', 'm' for 'Bernd', None for 'Andrea' (both) or a name the list lacks:
    a pronoun ('sie', 'elle') then stands for the person named before whose gender agrees."""
    table = _genders()
    plain = unicodedata.normalize("NFKD", first).encode("ascii", "ignore").decode()
    return (
        table.get(first) or table.get(plain) or table.get(_umlauts(first)) or table.get(first.split("-")[0])
    )
