"""Large word alternations that stay fast: grouped by the letter they can begin with.

A language's titles and triggers are hundreds of regexes joined by ``|``. Python's engine tries
every alternative at every word start; grouping them behind a one-letter lookahead lets it try
only those that can begin there. Order within a group is kept, so the first alternative that
matches is the same one as in the plain alternation.

Even so, most sentences match none of them: ``literal_filter`` (one pattern) and
``literal_index`` (several) give a cheap search that tells where a pattern cannot match (no
literal that each of its matches contains is there), so the pattern runs only where it may.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
from typing import Any

_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT}


def _first(items: Any) -> tuple[set[str] | None, bool]:
    """(the letters a sequence can begin with, or None if any; whether it can match empty)."""
    out: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op == C.LITERAL:
            out.add(chr(av).lower())
            return out, False
        if op == C.IN:
            if any(o != C.LITERAL for o, _ in av):
                return None, False
            out.update(chr(a).lower() for _, a in av)
            return out, False
        if op == C.SUBPATTERN:
            first, empty = _first(av[3])
        elif op == C.BRANCH:
            first, empty = set(), False
            for branch in av[1]:
                f, e = _first(branch)
                if f is None:
                    return None, False
                first |= f
                empty = empty or e
        elif op in _REPEATS:
            first, empty = _first(av[2])
            empty = empty or av[0] == 0
        else:
            return None, False
        if first is None:
            return None, False
        out |= first
        if not empty:
            return out, False
    return out, True


@cache
def _parsed(alternative: str) -> Any:
    """The parse of an alternative, once: titles and triggers make several patterns each."""
    return _parser.parse(alternative, re.IGNORECASE)


def dispatch(alternatives: list[str]) -> str:
    """The alternation of ``alternatives`` (in their order), grouped by first letter.

    Case-insensitive: compile the result with ``re.IGNORECASE``. An alternative whose first
    letter cannot be told (or that can match empty) stands in every group.
    """
    firsts: list[set[str] | None] = []
    for a in alternatives:
        first, empty = _first(_parsed(a))
        firsts.append(None if empty else first)
    letters = sorted({c for f in firsts if f for c in f})
    groups = []
    for c in letters:
        members = [a for a, f in zip(alternatives, firsts, strict=True) if f is None or c in f]
        groups.append(f"(?=[{re.escape(c)}])(?:{'|'.join(members)})")  # compiled case-insensitive
    wild = [a for a, f in zip(alternatives, firsts, strict=True) if f is None]
    if wild:
        groups.append(f"(?:{'|'.join(wild)})")
    return "|".join(groups) or "(?!)"


# A pre-filter for a large alternation: literals one of which each of its matches contains.
# Most sentences contain none, and searching for them costs a fraction of running the
# alternation. Text and literals are compared folded as ``re.IGNORECASE`` folds them: simple
# lower case, and one letter for those it takes as one ('ſ' and 's', 'ı' and 'i', 'ς' and 'σ').
_FOLD = {0x130: "i"} | {c: chr(min((c, *more))) for c, more in _EXTRA_CASES.items()}
_UNFOLDED = re.compile(f"[{''.join(sorted(map(re.escape, {chr(c) for c in _FOLD} - set(_FOLD.values()))))}]")
_MAX_SET = 64  # strings a literal part may expand to ('tr(?:itt|at|aten)': three)


def fold(text: str) -> str:
    """``text`` as a pre-filter compares it, character for character: offsets stay valid."""
    low = text.replace("İ", "i").lower() if "İ" in text else text.lower()
    if low.isascii() or not _UNFOLDED.search(low):
        return low  # most text: no letter that folds to another
    return low.translate(_FOLD)


@cache
def _folded(code: int) -> str:
    """A pattern's literal character, folded (asked for every letter of every alternative)."""
    return fold(chr(code))


def _exact(items: Any) -> set[str] | None:
    """Every string a sequence can match, if it is made of literals only and they are few."""
    out = {""}
    for op, av in items:
        part: set[str] | None
        if op in _ZERO_WIDTH:
            continue
        if op == C.LITERAL:
            part = {_folded(av)}
        elif op == C.IN and all(o == C.LITERAL for o, _ in av):
            part = {_folded(a) for _, a in av}
        elif op == C.SUBPATTERN:  # a case-sensitive group too: folding both sides keeps a match
            part = _exact(av[3])
        elif op == C.BRANCH:
            part = set()
            for branch in av[1]:
                b = _exact(branch)
                if b is None:
                    return None
                part |= b
        elif op in _REPEATS and av[1] <= 1:
            body = _exact(av[2])
            part = None if body is None else body | ({""} if av[0] == 0 else set())
        else:
            return None
        if part is None or len(out) * len(part) > _MAX_SET:
            return None
        out = {a + b for a in out for b in part}
    return out


def _required(items: Any) -> set[str] | None:
    """Strings one of which every match of a sequence contains, the rarest to be had."""
    best: set[str] | None = None

    def score(cands: set[str]) -> int:
        # the rarest by letters ('das ' is as common as 'das'); of equals, the first (the verb)
        return min(sum(map(str.isalnum, c)) for c in cands)

    def consider(cands: set[str] | None) -> None:
        nonlocal best
        if cands and "" not in cands and (best is None or score(cands) > score(best)):
            best = cands

    run: set[str] = {""}
    ahead: list[set[str] | None] = []
    for op, av in items:
        if op == C.ASSERT and av[0] == 1:
            # what a lookahead wants stands in the text too ('tr(?:itt|at)(?=.*\bzurück\b)'),
            # taken where it is rarer than what the match itself has; not a lookbehind's: it
            # may look before where a search begins
            ahead.append(_required(av[1]))
        part = _exact([(op, av)])
        if part is not None and len(run) * len(part) <= _MAX_SET:
            run = {a + b for a in run for b in part}
            continue
        consider(run)
        run = part if part is not None else {""}
        if part is not None:
            continue
        if op == C.SUBPATTERN:
            consider(_required(av[3]))
        elif op == C.BRANCH:
            sets = [_required(b) for b in av[1]]
            if all(sets):
                consider({s for b in sets if b for s in b})
        elif op in _REPEATS and av[0] >= 1:
            consider(_required(av[2]))
    consider(run)
    for cands in ahead:
        consider(cands)
    return best


def literal_filter(alternatives: list[str]) -> re.Pattern[str] | None:
    """A pattern that finds, in ``fold(text)``, a literal every match of an ``alternatives``
    pattern compiled case-insensitively contains; None where one has no such literal."""
    needed: set[str] = set()
    for a in alternatives:
        req = _literals(a)
        if req is None:
            return None
        needed |= req
    return re.compile(_trie(sorted(needed))) if needed else None


@dataclass(frozen=True)
class LiteralIndex:
    """Which of several patterns may match a text, told by one search for all their literals."""

    pattern: re.Pattern[str]  # the literals, on ``fold(text)``
    owners: dict[str, frozenset[str]]  # a literal found -> the patterns it may stand for
    always: frozenset[str]  # patterns without literals: they may match anywhere

    def keys_in(self, folded: str) -> frozenset[str]:
        """The patterns that may match the text ``folded`` is ``fold`` of."""
        out = self.always
        m = self.pattern.search(folded)
        while m is not None:
            out |= self.owners[m.group()]
            m = self.pattern.search(folded, m.start() + 1)  # literals may overlap
        return out


def literal_index(patterns: dict[str, list[str]]) -> LiteralIndex | None:
    """A ``LiteralIndex`` of the patterns, each given by its alternatives (compiled
    case-insensitively); None where no pattern has literals."""
    needed: dict[str, set[str]] = {}
    always: set[str] = set()
    for key, alternatives in patterns.items():
        sets = [_literals(a) for a in alternatives]
        if not sets or any(lits is None for lits in sets):
            always.add(key)
            continue
        for lits in sets:
            for lit in lits or ():
                needed.setdefault(lit, set()).add(key)
    if not needed:
        return None
    # the search finds the shortest of the literals that begin where it looks (the trie ends at
    # it): it stands for every literal it begins
    owners: dict[str, set[str]] = {}
    for lit, keys in needed.items():
        shortest = next(lit[:k] for k in range(1, len(lit) + 1) if lit[:k] in needed)
        owners.setdefault(shortest, set()).update(keys)
    return LiteralIndex(
        re.compile(_trie(sorted(owners))),
        {lit: frozenset(keys) for lit, keys in owners.items()},
        frozenset(always),
    )


@cache
def _literals(alternative: str) -> frozenset[str] | None:
    """The required literals of one alternative, once: a trigger is in several filters."""
    req = _required(_parsed(alternative))
    return None if req is None else frozenset(req)


def _trie(strings: list[str]) -> str:
    """An alternation of ``strings`` nested by common prefix: the engine tests one letter once."""
    if "" in strings:
        return ""  # a string ended: where it is found, what would follow it does not matter
    if len(strings) == 1:
        return re.escape(strings[0])
    groups: dict[str, list[str]] = {}
    for s in strings:
        groups.setdefault(s[0], []).append(s[1:])
    alts = [re.escape(c) + _trie(rest) for c, rest in groups.items()]
    return alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"
