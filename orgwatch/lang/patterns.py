"""Large word alternations that stay fast: grouped by the letter they can begin with.

A language's titles and triggers are hundreds of regexes joined by ``|``. Python's engine tries
every alternative at every word start; grouping them behind a one-letter lookahead lets it try
only those that can begin there. Order within a group is kept, so the first alternative that
matches is the same one as in the plain alternation.
"""

from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
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


def dispatch(alternatives: list[str]) -> str:
    """The alternation of ``alternatives`` (in their order), grouped by first letter.

    Case-insensitive: compile the result with ``re.IGNORECASE``. An alternative whose first
    letter cannot be told (or that can match empty) stands in every group.
    """
    firsts: list[set[str] | None] = []
    for a in alternatives:
        first, empty = _first(_parser.parse(a, re.IGNORECASE))
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
