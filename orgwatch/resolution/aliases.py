"""Canonical names for claim subjects and objects: legal suffixes and an alias table.

The extractor gives names as the document spells them; facts from different documents only
meet in the store and the graph if they use one name per real-world entity (FACTS.md).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any, Literal

from orgwatch.model import PERSON_EVENT_TYPES, Claim, EntityKind

CreatedBy = Literal["curated", "user", "learned"]

# Suffixes that FACTS.md drops from organization names (but see ``keep_suffix`` in the data).
LEGAL_SUFFIXES = frozenset(
    {
        "inc", "incorporated", "llc", "ltd", "limited", "gmbh", "ag", "s.a", "sa", "sas",
        "spa", "s.p.a", "srl", "corp", "corporation", "plc", "nv", "n.v", "bv", "b.v", "se",
        "kg", "co",
    }
)  # fmt: skip
_SUFFIX = re.compile(r"[\s,]+([\w.&]+)\.?$")

# Types whose subject is always a person; for the others it may be an organization.
PERSON_SUBJECT_TYPES = frozenset({"holds_role", *PERSON_EVENT_TYPES})


def name_key(name: str) -> str:
    """The lookup key of a name: case-folded, whitespace collapsed."""
    return " ".join(name.casefold().split())


@dataclass(frozen=True)
class Alias:
    """``alias`` means ``canonical``; ``source`` says who says so and why."""

    alias: str
    canonical: str
    kind: EntityKind | None = None  # None: applies to persons and organizations
    source: str = ""
    created_by: CreatedBy = "user"


class AliasTable:
    """Name -> canonical name; later aliases override earlier ones with the same key."""

    def __init__(self, aliases: Iterable[Alias] = ()) -> None:
        self.aliases: list[Alias] = []
        self._by_key: dict[str, Alias] = {}
        self.extend(aliases)

    def extend(self, aliases: Iterable[Alias]) -> None:
        for alias in aliases:
            self.aliases.append(alias)
            self._by_key[name_key(alias.alias)] = alias

    def lookup(self, name: str, kind: EntityKind | None = None) -> str | None:
        """The canonical name for ``name``, if an alias of a compatible kind covers it."""
        alias = self._by_key.get(name_key(name))
        if alias is None or (kind and alias.kind and alias.kind != kind):
            return None
        return alias.canonical


@cache
def _data() -> dict[str, Any]:
    text = (resources.files(__package__) / "aliases.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def curated_aliases(extra: Iterable[Alias] = ()) -> AliasTable:
    """The curated table of ``aliases.toml``, with ``extra`` (e.g. user aliases) on top."""
    table = AliasTable(
        Alias(a["alias"], a["canonical"], a.get("kind"), a["source"], "curated")
        for a in _data().get("alias", [])
        if a.get("source")
    )
    table.extend(extra)
    return table


def strip_legal_suffix(name: str) -> str:
    """``'Siemens AG'`` -> ``'Siemens'``: one trailing legal suffix, unless it is kept."""
    if name_key(name) in {name_key(n) for n in _data().get("keep_suffix", [])}:
        return name
    match = _SUFFIX.search(name)
    if match and match.group(1).casefold().rstrip(".") in LEGAL_SUFFIXES and match.start() > 0:
        return name[: match.start()].rstrip(" ,")
    return name


def canonical_name(name: str, kind: EntityKind | None, aliases: AliasTable) -> str:
    """The name FACTS.md wants: an alias if one applies, else the name minus a legal suffix.

    ``kind`` None means "person or organization" (the subject of ``sues``): suffixes are then
    stripped too, since a person's name never ends in one.
    """
    name = " ".join(name.split())
    found = aliases.lookup(name, kind)
    if found is not None:
        return found
    if kind == "person":
        return name
    stripped = strip_legal_suffix(name)
    return aliases.lookup(stripped, kind) or stripped


def slot_kinds(claim_type: str) -> tuple[EntityKind | None, EntityKind | None]:
    """The kinds of a claim's subject and object as FACTS.md defines them (None: either)."""
    subject: EntityKind | None = "person" if claim_type in PERSON_SUBJECT_TYPES else None
    if claim_type == "acquires":
        subject = "org"
    return subject, (None if claim_type == "sues" else "org")


def canonicalize(claims: Iterable[Claim], aliases: AliasTable) -> list[Claim]:
    """Claims with canonical subject and object names, identical claims kept once, in order.

    Misread claims are dropped first (see ``drop_misread``).
    """
    out: dict[Claim, None] = {}
    for claim in drop_misread(claims, aliases):
        subject_kind, object_kind = slot_kinds(claim.type)
        fixed = replace(
            claim,
            subject=canonical_name(claim.subject, subject_kind, aliases),
            object=canonical_name(claim.object, object_kind, aliases),
        )
        out.setdefault(fixed, None)
    return list(out)


def drop_misread(claims: Iterable[Claim], aliases: AliasTable) -> list[Claim]:
    """``claims`` without those whose organization slot holds a name the aliases know as a
    person ("left Ultraman"): they were built on a misread name."""
    return [
        c
        for c in claims
        if not (
            slot_kinds(c.type)[1] == "org"
            and aliases.lookup(c.object, "person")
            and not aliases.lookup(c.object, "org")
        )
    ]
