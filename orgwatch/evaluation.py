"""Extraction quality against gold facts, with the semantics of ``../shared/gold/score.py``.

The shared scorer is the contract every gold set is judged by; this module applies the same
rules (name folding, legal suffixes, the gold's ``aliases.json``, lenient ``dismissed`` ->
``leaves``, corpus-level merging, ``holds_role`` scored apart) inside the library so that
``orgwatch eval`` can extract and score in one step and report per fact type. A test checks
that both give the same figures on the same files.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from orgwatch.errors import PathNotFound
from orgwatch.extraction import Extractor
from orgwatch.pipeline import extract_paths

Fact = dict[str, Any]
Key = tuple[str, str, str, str]

_LEGAL_SUFFIXES = frozenset(
    {"inc", "incorporated", "llc", "ltd", "limited", "gmbh", "ag", "spa", "sa", "sas", "srl",
     "corp", "corporation", "co", "plc", "nv", "bv", "se", "kg", "company"}
)  # fmt: skip
_ROLE_SYNONYMS = {
    "chief executive officer": "ceo", "chief executive": "ceo", "ceo": "ceo",
    "interim chief executive officer": "interim ceo", "interim chief executive": "interim ceo",
    "acting ceo": "interim ceo", "interim ceo": "interim ceo",
    "chief technology officer": "cto", "chief financial officer": "cfo",
    "chief operating officer": "coo", "founder": "co-founder", "cofounder": "co-founder",
    "co founder": "co-founder", "co-founder": "co-founder",
    "chair": "chairman", "chairwoman": "chairman", "chairperson": "chairman",
    "chairman of the board": "chairman", "board chairman": "chairman",
    "president": "president", "chief scientist": "chief scientist",
}  # fmt: skip
_LENIENT = {"dismissed": "leaves"}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _name_key(name: str | None, aliases: dict[str, str]) -> str:
    words = _fold(name or "").split()
    while len(words) > 1 and words[-1] in _LEGAL_SUFFIXES:
        words.pop()
    key = " ".join(words)
    return aliases.get(key, key)


def _role_key(role: str | None) -> str:
    r = _fold((role or "").replace("-", " "))
    return _ROLE_SYNONYMS.get(r, _ROLE_SYNONYMS.get(r.replace(" ", ""), r))


def load_aliases(path: Path) -> dict[str, str]:
    """The gold's spelling variants (``aliases.json``): variant key -> canonical key."""
    table: dict[str, str] = {}
    if path.is_file():
        for canonical, variants in json.loads(path.read_text(encoding="utf-8")).items():
            for v in [canonical, *variants]:
                table[_name_key(v, {})] = _name_key(canonical, {})
    return table


def load_facts(path: Path) -> list[Fact]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Score:
    """One block of the score: counts, precision/recall/F1, attribute accuracies, per type."""

    gold: int
    pred: int
    tp: int
    precision: float
    recall: float
    f1: float
    by_type: dict[str, dict[str, int]] = field(default_factory=dict)
    date_exact: float | None = None
    date_compatible: float | None = None
    status: float | None = None
    role: float | None = None  # events: role accuracy; affiliations: role F1
    missed: list[Key] = field(default_factory=list)
    spurious: list[Key] = field(default_factory=list)


def _index(
    facts: Iterable[Fact], aliases: dict[str, str], *, lenient: bool, corpus: bool, roles: bool
) -> dict[Key, list[Fact]]:
    groups: dict[Key, list[Fact]] = defaultdict(list)
    for f in facts:
        typ = str(f.get("type", ""))
        if (typ == "holds_role") != roles:
            continue
        if lenient:
            typ = _LENIENT.get(typ, typ)
        doc = "" if corpus else str(f.get("doc", ""))
        groups[(doc, typ, _name_key(f.get("subject"), aliases), _name_key(f.get("object"), aliases))].append(
            f
        )
    return groups


def _compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return a == b
    return a.startswith(b) or b.startswith(a)


def _score(gold: list[Fact], pred: list[Fact], aliases: dict[str, str], **how: bool) -> Score:
    g = _index(gold, aliases, **how)
    p = _index(pred, aliases, **how)
    matched = g.keys() & p.keys()
    by_type: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "pred": 0, "gold": 0})
    for keys, slot in ((g, "gold"), (p, "pred"), (matched, "tp")):
        for k in keys:
            by_type[k[1]][slot] += 1
    score = Score(
        len(g), len(p), len(matched), *_prf(len(matched), len(p), len(g)), dict(sorted(by_type.items()))
    )
    score.missed, score.spurious = sorted(g.keys() - matched), sorted(p.keys() - matched)
    n = len(matched) or 1
    if how["roles"]:
        tp = n_p = n_g = 0
        for k in matched:
            gr = {_role_key(x.get("role")) for x in g[k]} - {""}
            pr = {_role_key(x.get("role")) for x in p[k]} - {""}
            tp, n_p, n_g = tp + len(gr & pr), n_p + len(pr), n_g + len(gr)
        score.role = _prf(tp, n_p, n_g)[2]
        return score
    exact = compatible = status = roles = roles_n = 0
    for k in matched:
        gd, pd = {x.get("date") for x in g[k]}, {x.get("date") for x in p[k]}
        exact += bool(gd & pd)
        compatible += any(_compatible(a, b) for a in gd for b in pd)
        status += bool(
            {x.get("status") or "happened" for x in g[k]} & {x.get("status") or "happened" for x in p[k]}
        )
        gr = {_role_key(x.get("role")) for x in g[k]} - {""}
        if gr:
            roles_n += 1
            roles += bool(gr & {_role_key(x.get("role")) for x in p[k]})
    score.date_exact, score.date_compatible, score.status = exact / n, compatible / n, status / n
    score.role = roles / roles_n if roles_n else None
    return score


def score(gold: list[Fact], pred: list[Fact], aliases: dict[str, str]) -> dict[str, Score]:
    """The four blocks of score.py; predictions on documents outside the gold are ignored."""
    docs = {f.get("doc") for f in gold}
    pred = [f for f in pred if f.get("doc") in docs]
    base = {"lenient": False, "corpus": False, "roles": False}
    return {
        "events_strict": _score(gold, pred, aliases, **base),
        "events_lenient": _score(gold, pred, aliases, **{**base, "lenient": True}),
        "events_corpus": _score(gold, pred, aliases, **{**base, "corpus": True}),
        "affiliations": _score(gold, pred, aliases, **{**base, "roles": True}),
    }


def default_corpus(gold: Path) -> Path | None:
    """By the shared layout, ``gold/NAME.jsonl`` annotates ``corpus/NAME/``."""
    folder = gold.resolve().parent.parent / "corpus" / gold.stem
    return folder if folder.is_dir() else None


def evaluate(
    gold_path: Path, paths: list[Path] | None = None, extractor: Extractor | None = None
) -> dict[str, Score]:
    """Extract from ``paths`` (default: the gold's own corpus) and score against the gold."""
    if not paths:
        corpus = default_corpus(gold_path)
        if corpus is None:
            raise PathNotFound(f"no corpus given and none found for {gold_path}")
        paths = [corpus]
    pred = [
        claim.to_fact()
        for item in extract_paths(paths, extractor)
        if isinstance(item, tuple)
        for claim in item[1]
    ]
    aliases = load_aliases(gold_path.parent / "aliases.json")
    return score(load_facts(gold_path), pred, aliases)


def as_dict(scores: dict[str, Score]) -> dict[str, Any]:
    return {name: asdict(s) for name, s in scores.items()}
