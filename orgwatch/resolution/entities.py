"""Cross-document entity resolution: one canonical name per person and organization.

The extractor names an entity as one document spells it ('Ilja Sutskever', 'Altman', 'OpenAI
Inc.'); facts only meet across documents and languages under one name. Steps, strictest first:

1. aliases (curated, user, or a user's veto 'X means X'): final, never second-guessed;
2. the same name after folding case, accents, punctuation and, for organizations, a legal
   suffix;
3. for persons, a bare surname that belongs to exactly one known full name sharing context;
4. fuzzy match (rapidfuzz) of close spellings that also share context: an organization, a
   role or a co-mentioned person for persons, a person for organizations.

A name is only ever linked to a *canonical* name, compared with that name itself, never through
another variant: 'A' ~ 'B' and 'B' ~ 'C' never make 'A' ~ 'C' without evidence of their own.
Names are processed from the most attested down, so the canonical spelling is the common one.
Links of steps 3 and 4 are judgement calls: they come with their evidence, to be stored as
learned aliases that a user can inspect and overrule.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Literal

from rapidfuzz import fuzz, process

from orgwatch.analysis.firstnames import is_first_name
from orgwatch.model import Claim, EntityKind
from orgwatch.resolution.aliases import Alias, AliasTable, name_key, slot_kinds, strip_legal_suffix

PERSON_RATIO = 88.0  # whole name; 'Ilja Sutskever' ~ 'Ilya Sutskever' is 93, 'Dario'/'Daniela Amodei' 77
PART_RATIO = 75.0  # first and last name each; keeps 'Peter Deng' apart from 'Peter Dent' (75 on 'deng')
ORG_RATIO = 92.0
ORG_MIN_CHARS = 6  # short organization names differ by one letter too often ('Meta', 'Metal')

How = Literal["alias", "same", "surname", "fuzzy"]


def fold(name: str) -> str:
    """Case, accents and punctuation away: 'Aleksander Mądry' -> 'aleksander madry'."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


@dataclass(frozen=True)
class Link:
    """``name`` (a document's spelling) means ``canonical``, found by ``how``, because ``evidence``."""

    name: str
    canonical: str
    kind: EntityKind
    how: How
    evidence: str
    score: float = 100.0


@dataclass
class _Name:
    """What the claims tell about one spelling: how often, where, and with whom."""

    name: str
    kind: EntityKind
    claims: int = 0
    docs: set[str] = field(default_factory=set)
    related: set[str] = field(default_factory=set)  # folded names of the other parties
    roles: set[str] = field(default_factory=set)


@dataclass
class Resolution:
    links: dict[tuple[EntityKind, str], Link]

    def canonical(self, name: str, kind: EntityKind | None) -> str:
        """The canonical name; a name stored under the other kind (a lawsuit's party) is found too."""
        kinds: tuple[EntityKind, ...] = ("person", "org")
        for k in sorted(kinds, key=lambda k: k != kind):
            link = self.links.get((k, name))
            if link is not None:
                return link.canonical
        return name

    def apply(self, claims: Iterable[Claim]) -> list[Claim]:
        """Claims under canonical names; claims that become identical are kept once, in order."""
        out: dict[Claim, None] = {}
        for c in claims:
            subject_kind, object_kind = slot_kinds(c.type)
            fixed = replace(
                c,
                subject=self.canonical(c.subject, subject_kind),
                object=self.canonical(c.object, object_kind),
            )
            out.setdefault(fixed, None)
        return list(out)

    def learned(self) -> list[Alias]:
        """The judgement calls (surname, fuzzy) as aliases carrying their evidence."""
        return [
            Alias(link.name, link.canonical, link.kind, link.evidence, "learned")
            for link in sorted(self.links.values(), key=lambda x: (x.kind, x.name))
            if link.how in ("surname", "fuzzy")
        ]


def resolve(claims: Iterable[Claim], aliases: AliasTable) -> Resolution:
    """Resolve every subject and object name of ``claims``; ``aliases`` win over everything."""
    names = _names(list(claims), aliases)
    fixed = _aliased(names, aliases)
    links = dict(fixed)
    for kind in ("org", "person"):  # organizations first: they are context for persons
        pool = [n for (k, _), n in names.items() if k == kind and (k, n.name) not in fixed]
        parties = {_key(name, k): fold(link.canonical) for (k, name), link in links.items()}
        links.update(_resolve_kind(pool, kind, parties))
    return Resolution(links)


def _persons(claims: list[Claim], aliases: AliasTable) -> set[str]:
    """Folded names that are persons: in a person's slot, or, in a slot open to both kinds (the
    parties of a lawsuit), a person's alias, starting with a first name or a known person's surname."""
    persons = {fold(c.subject) for c in claims if slot_kinds(c.type)[0] == "person"}
    persons |= {fold(a.alias) for a in aliases.aliases if a.kind == "person"}
    either = {
        n for c in claims for n, k in zip((c.subject, c.object), slot_kinds(c.type), strict=True) if k is None
    }
    persons |= {fold(n) for n in either if len(n.split()) > 1 and is_first_name(n.split()[0])}
    surnames = {p.split()[-1] for p in persons if len(p.split()) > 1}
    return persons | {fold(n) for n in either if fold(n) in surnames}


def _names(claims: list[Claim], aliases: AliasTable) -> dict[tuple[EntityKind, str], _Name]:
    persons = _persons(claims, aliases)
    names: dict[tuple[EntityKind, str], _Name] = {}
    for c in claims:
        for name, other, kind in zip(
            (c.subject, c.object), (c.object, c.subject), slot_kinds(c.type), strict=True
        ):
            k: EntityKind = kind or ("person" if fold(name) in persons else "org")
            entry = names.setdefault((k, name), _Name(name, k))
            entry.claims += 1
            entry.docs.add(c.doc_id)
            entry.related.add(fold(strip_legal_suffix(other)))
            if c.role and k == "person":
                entry.roles.add(c.role)
    co_mentioned: dict[str, set[str]] = defaultdict(set)  # doc -> persons
    for (kind, _), n in names.items():
        if kind == "person":
            for doc in n.docs:
                co_mentioned[doc].add(fold(n.name))
    for (kind, _), n in names.items():
        if kind == "person":
            n.related |= {p for doc in n.docs for p in co_mentioned[doc]} - {fold(n.name)}
    return names


def _aliased(
    names: dict[tuple[EntityKind, str], _Name], aliases: AliasTable
) -> dict[tuple[EntityKind, str], Link]:
    by_key = {name_key(a.alias): a for a in aliases.aliases}  # later aliases override earlier ones
    links = {}
    for kind, name in names:
        alias = by_key.get(name_key(name)) or by_key.get(name_key(strip_legal_suffix(name)))
        if alias is not None and (alias.kind is None or alias.kind == kind):
            evidence = (
                f"{alias.created_by} alias: {alias.source}" if alias.source else f"{alias.created_by} alias"
            )
            links[(kind, name)] = Link(name, alias.canonical, kind, "alias", evidence)
    return links


def _key(name: str, kind: EntityKind) -> str:
    return fold(strip_legal_suffix(name) if kind == "org" else name)


def _resolve_kind(
    pool: list[_Name], kind: EntityKind, parties: dict[str, str]
) -> dict[tuple[EntityKind, str], Link]:
    """Links for the names of one kind; ``parties`` maps resolved names (folded) to their canonical."""
    groups: dict[str, list[_Name]] = defaultdict(list)
    for n in pool:
        groups[_key(n.name, kind)].append(n)
    # Most attested first; on a tie the plain (ASCII) spelling, as FACTS.md wants English names,
    # and not a shouted one ('OPENAI' in a headline).
    for members in groups.values():
        members.sort(key=lambda n: (-n.claims, not n.name.isascii(), n.name.isupper(), n.name))
    # Full names before bare surnames, so that 'Altman' finds 'Sam Altman' whichever is more common.
    ordered = sorted(
        groups.values(),
        key=lambda ms: (len(ms[0].name.split()) == 1, -sum(m.claims for m in ms), ms[0].name),
    )
    canon = _Canon(kind)
    links: dict[tuple[EntityKind, str], Link] = {}
    for members in ordered:
        head = members[0]
        target, how, evidence, score = _match(head, canon, parties)
        if target is None:
            canon.add(head)
            canonical = head.name
        else:
            canonical = target.name
            links[(kind, head.name)] = Link(head.name, canonical, kind, how, evidence, score)
        for m in members[1:]:
            evidence = f"same name as {head.name!r} but for case, accents and legal suffix"
            links[(kind, m.name)] = Link(m.name, canonical, kind, "same", evidence)
    return links


class _Canon:
    """The canonical names found so far, indexed so that a name is compared with few of them."""

    def __init__(self, kind: EntityKind) -> None:
        self.kind = kind
        self.names: list[_Name] = []
        self.keys: list[str] = []
        self.by_surname: dict[str, list[_Name]] = defaultdict(list)

    def add(self, n: _Name) -> None:
        key = _key(n.name, self.kind)
        self.names.append(n)
        self.keys.append(key)
        if self.kind == "person" and len(key.split()) > 1:
            self.by_surname[key.split()[-1]].append(n)

    def similar(self, key: str) -> list[tuple[_Name, float]]:
        cutoff = ORG_RATIO if self.kind == "org" else PERSON_RATIO
        found = process.extract(key, self.keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)
        return [(self.names[i], score) for _, score, i in found]


def _match(n: _Name, canon: _Canon, parties: dict[str, str]) -> tuple[_Name | None, How, str, float]:
    """The one canonical entity ``n`` is evidently a variant of, or None (also when ambiguous)."""
    candidates: list[tuple[float, _Name, How, str]] = []
    key = _key(n.name, canon.kind)
    words = key.split()
    if canon.kind == "person" and len(words) == 1:
        for c in canon.by_surname.get(words[0], []):
            if shared := _shared(n, c, parties):
                candidates.append((100.0, c, "surname", f"surname of {c.name!r}; {shared}"))
    for c, score in canon.similar(key):
        if _close(words, _key(c.name, canon.kind).split(), canon.kind) and (shared := _shared(n, c, parties)):
            candidates.append((score, c, "fuzzy", f"spelling {score:.0f}% like {c.name!r}; {shared}"))
    if not candidates:
        return None, "fuzzy", "", 0.0
    candidates.sort(key=lambda x: -x[0])
    if len(candidates) > 1 and candidates[1][0] >= candidates[0][0] - 2:
        return None, "fuzzy", "", 0.0  # two entities fit about as well: leave it to a user alias
    score, target, how, evidence = candidates[0]
    return target, how, f"{evidence}; docs {', '.join(sorted(n.docs))}", score


def _close(words: list[str], cwords: list[str], kind: EntityKind) -> bool:
    """Beyond the whole-name ratio: long enough organization names, persons alike in both name parts."""
    if kind == "org":
        return min(len("".join(words)), len("".join(cwords))) >= ORG_MIN_CHARS
    if len(words) < 2 or len(cwords) < 2:
        return False
    first_ok = fuzz.ratio(words[0], cwords[0]) >= PART_RATIO or (
        min(len(words[0]), len(cwords[0])) == 1 and words[0][0] == cwords[0][0]
    )
    return first_ok and fuzz.ratio(words[-1], cwords[-1]) >= PART_RATIO


def _shared(n: _Name, c: _Name, parties: dict[str, str]) -> str:
    """The context two names share, in words ('' if none): what makes a close spelling evidence."""
    common = {parties.get(r, r) for r in n.related} & {parties.get(r, r) for r in c.related}
    common -= {fold(n.name), fold(c.name)}
    reasons = []
    if common:
        reasons.append("both with " + ", ".join(sorted(common)[:3]))
    if n.roles & c.roles:
        reasons.append("both " + ", ".join(sorted(n.roles & c.roles)[:3]))
    return "; ".join(reasons)
