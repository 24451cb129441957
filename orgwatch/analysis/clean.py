"""Junk detection: page furniture that is not article text.

Nothing is removed from the text: junk lines are only flagged, so offsets stay valid and
no article sentence can be lost by a wrong guess. A line is junk when it is an ad marker,
a share widget, a link list, a language menu (several scripts glued together) or a byline.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from orgwatch.lang import common

SENTENCE_END = re.compile(r"[.!?…:;\"“”»«]\s*$")  # a line that closes what it says


@cache
def _junk_line() -> re.Pattern[str]:
    patterns = common().get("text.junk_lines", [])
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", re.IGNORECASE)


@cache
def _script(ch: str) -> str:
    """The writing system of a letter: the first word of its Unicode name (LATIN, CYRILLIC...)."""
    return unicodedata.name(ch, "").split(" ", 1)[0]


def _scripts(line: str) -> set[str]:
    """The writing systems of the letters of ``line``."""
    return {_script(ch) for ch in line if ch.isalpha()}


def is_junk_line(line: str) -> bool:
    """True for a line that carries no article text."""
    stripped = line.strip(" \t•-–—·*")
    if not stripped:
        return True
    if _junk_line().fullmatch(stripped):
        return True
    if not stripped.isascii() and len(_scripts(stripped)) >= 3:  # a language menu: 한어Русский языкEnglish...
        return True
    words = stripped.split()
    return (
        len(words) <= 8
        and not SENTENCE_END.search(stripped)
        and any(sep in stripped for sep in common().get("text.byline_separators", []))
    )


def is_heading(line: str) -> bool:
    """A short line with no closing punctuation: a title or a section heading."""
    stripped = line.strip()
    return 0 < len(stripped.split()) <= 12 and not SENTENCE_END.search(stripped)
