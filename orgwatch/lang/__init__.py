"""Language knowledge as data: one TOML file per language beside this module.

Adding a language adds a file (``pt.toml``), not code: every stage asks ``lexicon(code)`` for
its words and patterns and treats a missing key as "nothing known". ``common.toml`` holds
knowledge shared by all languages (camel-case brand names, nickname aliases, legal suffixes).
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


class Lexicon:
    """Read-only view of one language file, with dotted-key access."""

    def __init__(self, code: str, data: dict[str, Any]) -> None:
        self.code = code
        self.data = data

    def get(self, key: str, default: Any = None) -> Any:
        node: Any = self.data
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    def words(self, key: str) -> frozenset[str]:
        """A list of words under ``key``, case-folded."""
        return frozenset(w.casefold() for w in self.get(key, []))

    def mapping(self, key: str) -> dict[str, Any]:
        """A table under ``key`` with case-folded keys."""
        return {k.casefold(): v for k, v in self.get(key, {}).items()}

    def alternation(self, key: str) -> str:
        """The words or patterns under ``key`` as one regex alternation, longest first."""
        items = self.get(key, [])
        if isinstance(items, dict):
            items = list(items)
        return "|".join(sorted(items, key=len, reverse=True)) or "(?!)"


def available() -> list[str]:
    """Language codes that have a data file."""
    files = resources.files(__name__)
    return sorted(
        p.name.removesuffix(".toml")
        for p in files.iterdir()
        if p.name.endswith(".toml") and p.name != "common.toml"
    )


@cache
def lexicon(code: str) -> Lexicon:
    """The lexicon of language ``code``; an unknown code gives an empty lexicon."""
    path = resources.files(__name__) / f"{code}.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    return Lexicon(code, data)


def common() -> Lexicon:
    """Knowledge shared by every language."""
    return lexicon("common")
