"""Time expressions: find them in a sentence and resolve them against the document's date.

Facts carry the date of the event at the precision the text supports, and news rarely writes
full dates: "am Freitag", "vor neun Jahren", "Ende März", "nel maggio di quest'anno". So every
time expression is found with its span and resolved against an *anchor* (the document's date).

The code knows no language. Each ``orgwatch/lang/{code}.toml`` has a ``[dates]`` table with the
words (``months``, ``weekdays``, ``weekday_suffixes``, ``numbers``, ``seasons``, ``day_suffix``,
``count_after``, ``count_before``, ``future_before``, ``from_markers``, ``header_prefixes``,
``header_suffixes``, ``glued_next``) and a ``[dates.patterns]`` table that maps a *resolution*
to *templates*.

A template is a case-insensitive regular expression with three conveniences:

- placeholders ``{day}`` (1-31 followed by ``day_suffix``), ``{dd}`` and ``{mm}`` (numeric day
  and month), ``{year}`` (four digits, 1800-2099), ``{yy}`` (two digits: 2000-2049 or
  1950-1999), ``{month}`` (a key of ``months``),
  ``{weekday}`` (a key of ``weekdays``, optionally glued to a ``weekday_suffixes`` entry:
  "Freitagabend"), ``{num}`` (digits or a key of ``numbers``) and ``{season}``;
- a space means "one or more spaces", ``_`` means "optional spaces";
- ``'`` matches either apostrophe (' or ’).

Resolutions (the keys of ``[dates.patterns]``):

- ``date``: from the parts the match has. With a year it is explicit; without one the year
  comes from the anchor (the nearest such date, a date more than a week in the future of the
  anchor counting three times its distance: news mostly reports the past); with a weekday too,
  the year in which that day falls on that weekday. Right after a ``from_markers`` word ("zum",
  "ab dem", "à compter du": the start of something) it is a plan, the next such date on or
  after the anchor (a week's grace before it, for a late anchor); ``resolve_ahead`` reads any
  mention so, for an event the extractor knows to be planned ("wird zum 1. Juli antreten").
- ``past`` / ``future``: the same, but the most recent / the next such date ("letzten Mai").
- ``weekday:N``: the weekday on or before the anchor (0), strictly before (-1), after (1).
- ``<unit>:<N>`` with unit ``day``, ``week``, ``month`` or ``year``: the anchor shifted by N
  units; N may be ``num``/``-num`` (the matched number). ``year`` with a ``{month}`` gives that
  month of the shifted year ("im Mai dieses Jahres"). ``week`` gives a month: "last week" does
  not tell the day.
- ``vague``: says when without giving a date ("in den vergangenen Monaten", "später"): a
  mention with value None and ``vague=True``, so the extractor knows not to use the
  article's date.

Templates are compiled once per language. To keep a sentence in the microseconds, each
template is indexed by the first three characters it can match (read off its parsed regex), so
a word start only tries the few templates that can begin there. At one position the longest
match wins, and a longer match starting inside a match replaces it ("im Mai" <
"Mai dieses Jahres").
"""

from __future__ import annotations

import calendar
import importlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from orgwatch.lang import lexicon
from orgwatch.model import DateMention, DateValue

YEAR_MIN = 1990  # window of infer_year
YEAR_MAX = 2035
FUTURE_TOLERANCE_DAYS = 7  # a date this close after the anchor still counts as "now"
FUTURE_PENALTY = 3  # a later date is chosen only when 3x closer than the earlier one

# Written the same in every language: ISO 8601 dates.
_UNIVERSAL: dict[str, tuple[str, ...]] = {"date": ("{year}-{mm}-{dd}",)}

_PLACEHOLDER = re.compile(r"\{(day|dd|mm|year|yy|month|weekday|num|season)\}")
_NO_LETTER = r"(?![^\W\d_])"
_NO_ALNUM = r"(?![^\W_])"
_WORD_START = re.compile(r"\b\w")
_KEY = 4  # templates are indexed by this many leading characters
_WILD = "\x00"  # in a prefix: anything may follow
_KEY_TABLE = str.maketrans("0123456789\t\n\r\f\v\u00a0", "#" * 10 + " " * 6)
_DIGITS = "0123456789"
_SPACES = str.maketrans("\t\n\r\f\v\u00a0", " " * 6)
try:  # CPython's regex parser, to read templates' first characters (private: may move)
    _sre: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - then every template is tried at every word
    _sre = None
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_ANCHOR = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_DAY = r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])(?!\d)"
_MM = r"(?<!\d)(?:0?[1-9]|1[0-2])(?!\d)"
_YEAR = r"(?<!\d)(?:1[89]|20)\d\d(?!\d)"
_YY = r"(?<!\d)\d\d(?!\d|[.,]\d)"


@dataclass(frozen=True)
class Template:
    """One compiled template: how its match is resolved and which parts it captures."""

    name: str  # group name in the combined regex
    source: str
    mode: str  # 'date', 'past', 'future', 'vague', 'weekday' or 'shift'
    unit: str = ""  # for 'shift': day, week, month or year
    n: int = 0  # fixed shift, or the weekday direction
    num_sign: int = 0  # +1/-1: the shift is the matched {num} times this
    bare_year: bool = False  # '{year}' alone: needs the count-word filters
    groups: tuple[tuple[str, str], ...] = ()  # (placeholder kind, group name)


@dataclass(frozen=True)
class RawDate:
    """A time expression as written, before resolution (offsets into the scanned text)."""

    start: int
    end: int
    text: str
    template: Template
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    num: int | None = None
    season: bool = False


@dataclass(frozen=True)
class Grammar:
    """The compiled ``[dates]`` table of one language."""

    lang: str
    singles: tuple[re.Pattern[str], ...]  # one regex per template
    trigger: re.Pattern[str]  # word starts (in the key text) where some template may match
    index: tuple[Mapping[str, tuple[int, ...]], ...]  # by key length 0.._KEY: key -> templates
    templates: Mapping[str, Template]
    months: Mapping[str, int]
    weekdays: tuple[tuple[str, int], ...]  # longest name first, for glued compounds
    numbers: Mapping[str, int]
    count_after: re.Pattern[str] | None
    count_before: re.Pattern[str] | None
    future_before: re.Pattern[str] | None
    from_before: re.Pattern[str] | None  # a from_markers word right before a date: a plan
    header_head: re.Pattern[str]
    header_tail: re.Pattern[str]


@dataclass(frozen=True)
class _Anchor:
    iso: str
    year: int
    month: int | None
    day: date | None


def _alternation(words: list[str], escape: bool = True) -> str:
    items = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w) if escape else w for w in items) or "(?!)"


def _month_regex(names: list[str], capitalized: bool) -> str:
    """Month names; short ones (abbreviations) may carry a period."""
    parts: list[str] = []
    for name in sorted(set(names), key=len, reverse=True):
        forms = [name[:1].upper() + name[1:], name.upper()] if capitalized else [name]
        dot = r"\.?" if len(name) <= 4 else ""
        parts.extend(re.escape(f) + dot for f in forms)
    body = "|".join(parts) or "(?!)"
    return f"(?-i:{body})" if capitalized else f"(?:{body})"


def _convert(source: str, name: str, parts: Mapping[str, str]) -> tuple[str, tuple[tuple[str, str], ...]]:
    """Template -> regex: placeholders become named groups, ' ' and '_' become spaces."""
    out: list[str] = []
    groups: list[tuple[str, str]] = []
    i, in_class = 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            out.append(source[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
            out.append("'’" if c == "'" else c)
            i += 1
            continue
        m = _PLACEHOLDER.match(source, i)
        if m:
            kind = m.group(1)
            if any(k == kind for k, _ in groups):
                raise ValueError(f"placeholder {{{kind}}} twice in date template {source!r}")
            group = f"{name}{kind}"
            groups.append((kind, group))
            out.append(f"(?P<{group}>{parts[kind]})" + parts.get(f"{kind}:after", ""))
            i = m.end()
            continue
        if c == "[":
            in_class = True
        out.append({" ": r"\s+", "_": r"\s*", "'": "['’]"}.get(c, c))
        i += 1
    return "".join(out), tuple(groups)


def _parse_spec(spec: str) -> tuple[str, str, int, int]:
    """'date' | 'past' | 'future' | 'vague' | 'weekday:N' | '<unit>:<N|num|-num>'."""
    if spec in ("date", "past", "future", "vague"):
        return spec, "", 0, 0
    unit, _, amount = spec.partition(":")
    if unit == "weekday":
        return "weekday", "", int(amount), 0
    if unit not in ("day", "week", "month", "year"):
        raise ValueError(f"unknown date resolution {spec!r}")
    if amount.lstrip("+-") == "num":
        return "shift", unit, 0, -1 if amount.startswith("-") else 1
    return "shift", unit, int(amount), 0


def _cue_regex(items: list[str], template: str) -> re.Pattern[str] | None:
    if not items:
        return None
    alt = _alternation([i.replace(" ", r"\s+") for i in items], escape=False)
    return re.compile(template.format(alt), re.IGNORECASE)


@cache
def grammar(lang: str) -> Grammar:
    """Compile the ``[dates]`` table of ``lang`` (once per process)."""
    lex = lexicon(lang)
    table: dict[str, Any] = lex.get("dates", {}) or {}
    months = lex.mapping("dates.months")
    weekdays = lex.mapping("dates.weekdays")
    numbers = lex.mapping("dates.numbers")
    suffixes = [s.casefold() for s in table.get("weekday_suffixes", [])]
    seasons = [s.casefold() for s in table.get("seasons", [])]
    parts = {
        "day": _DAY,
        "day:after": table.get("day_suffix", ""),
        "dd": _DAY,
        "mm": _MM,
        "year": _YEAR,
        "yy": _YY,
        "month": _month_regex(list(months), bool(table.get("months_capitalized", False))) + _NO_LETTER,
        "weekday": f"(?:{_alternation(list(weekdays))})(?:{_alternation(suffixes)})?{_NO_LETTER}",
        "num": rf"(?:(?<!\d)\d{{1,3}}(?!\d)|{_alternation(list(numbers))}){_NO_LETTER}",
        "season": f"(?:{_alternation(seasons)}){_NO_LETTER}",
    }
    glue = table.get("glued_next", [])
    soft_end = f"(?:{_NO_ALNUM}|(?=(?:{_alternation(glue)}){_NO_ALNUM}))" if glue else _NO_ALNUM

    specs: dict[str, list[str]] = {k: list(v) for k, v in _UNIVERSAL.items()}
    for spec, items in (table.get("patterns", {}) or {}).items():
        specs.setdefault(spec, []).extend(items)
    entries: list[tuple[str, str]] = [(spec, src) for spec, items in specs.items() for src in items]
    # Richest first: at one position the alternation takes the first branch that matches.
    entries.sort(key=lambda e: (-len(_PLACEHOLDER.findall(e[1])), -len(e[1])))

    templates: dict[str, Template] = {}
    singles: list[re.Pattern[str]] = []
    index: list[dict[str, list[int]]] = [{} for _ in range(_KEY + 1)]
    for i, (spec, src) in enumerate(entries):
        name = f"t{i}"
        mode, unit, n, sign = _parse_spec(spec)
        body, groups = _convert(src, name, parts)
        templates[name] = Template(name, src, mode, unit, n, sign, src == "{year}", groups)
        end = _NO_ALNUM if mode in ("date", "past", "future") else soft_end
        pattern = rf"\b(?P<{name}>{body}){end}"
        singles.append(re.compile(pattern, re.IGNORECASE))
        prefixes = _prefixes(list(_sre.parse(pattern, re.IGNORECASE)), _KEY) if _sre else {""}
        for prefix in prefixes:
            key = prefix.rstrip(_WILD)
            if "#" in key:  # digits: the key is "a digit" (first) or what precedes it
                key = "#" if key[0] == "#" else key[: key.index("#")]
            index[len(key)].setdefault(key, []).append(i)

    head = _alternation(table.get("header_prefixes", []), escape=False)
    tail = _alternation(table.get("header_suffixes", []), escape=False)
    return Grammar(
        lang=lang,
        singles=tuple(singles),
        trigger=_trigger_regex({key for table in index for key in table}),
        index=tuple({k: tuple(sorted(set(v))) for k, v in d.items()} for d in index),
        templates=templates,
        months=months,
        weekdays=tuple(sorted(weekdays.items(), key=lambda kv: -len(kv[0]))),
        numbers=numbers,
        count_after=_cue_regex(table.get("count_after", []), r"\s*(?:{})"),
        count_before=_cue_regex(table.get("count_before", []), r"(?:^|\W)(?:{})\s*$"),
        future_before=_cue_regex(table.get("future_before", []), r"(?:^|\W)(?:{})\s*$"),
        from_before=_cue_regex(table.get("from_markers", []), r"(?:^|\W)(?:{})\s*$"),
        header_head=re.compile(rf"[\s\-–—•*|>]*(?:(?:{head})\b\s*:?\s*)?", re.IGNORECASE),
        header_tail=re.compile(rf"[\s,;:.()\-–—]*(?:(?:{tail})\b[\s,;:.()]*)?", re.IGNORECASE),
    )


def _trigger_regex(keys: set[str]) -> re.Pattern[str]:
    """One alternation of literal keys (a digit for '#'): all literals, so the engine scans in C
    and skips positions whose character starts no key. Whether a hit starts a word is checked
    by the caller."""
    if "" in keys:  # a template that may start with anything: try every word
        return re.compile(r"\b\w")
    literal = {k for k in keys if k != "#"} | (set(_DIGITS) if "#" in keys else set())
    return re.compile(_trie(sorted(literal)) or "(?!)")


def _trie(words: list[str]) -> str:
    """An alternation of words as a trie regex: the engine tries one branch per first character
    instead of every word. A key that is a prefix of another suffices (any hit is a trigger)."""
    if not words or "" in words:
        return ""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    alts = [re.escape(c) + (f"(?:{rest})" if (rest := _trie(tails)) else "") for c, tails in groups.items()]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _in_chars(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The key characters a character class matches; None when too many to list."""
    chars: set[str] = set()
    for op, av in items:
        kind = str(op)
        if kind == "LITERAL":
            chars.add(chr(av).lower().translate(_KEY_TABLE))
        elif kind == "RANGE" and av[1] - av[0] < 40:
            chars.update(chr(c).lower().translate(_KEY_TABLE) for c in range(av[0], av[1] + 1))
        elif kind == "CATEGORY" and str(av) == "CATEGORY_DIGIT":
            chars.add("#")
        elif kind == "CATEGORY" and str(av) == "CATEGORY_SPACE":
            chars.add(" ")
        else:
            return None
    return chars


def _item_prefixes(op: Any, av: Any, k: int) -> set[str]:
    kind = str(op)
    if kind == "LITERAL":
        return {chr(av).lower().translate(_KEY_TABLE)}
    if kind == "IN":
        chars = _in_chars(av)
        return {_WILD} if chars is None else chars
    if kind == "BRANCH":
        return set().union(*(_prefixes(list(b), k) for b in av[1]))
    if kind == "SUBPATTERN":
        return _prefixes(list(av[3]), k)
    if kind == "ATOMIC_GROUP":
        return _prefixes(list(av), k)
    if kind in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, sub = av
        out = _prefixes(list(sub), k)
        if high > 1:  # what follows one repetition may be another one
            out = {p if len(p) >= k or p.endswith(_WILD) else p + _WILD for p in out}
        return out | {""} if low == 0 else out
    if kind in ("AT", "ASSERT", "ASSERT_NOT"):
        return {""}
    return {_WILD}


def _prefixes(items: list[tuple[Any, Any]], k: int) -> set[str]:
    """The first ``k`` key characters a parsed regex can match (lowercase, digits as '#').

    A shorter prefix ending in ``_WILD`` means anything may follow; a shorter one without
    means the pattern can end there. Over-approximates: it only selects templates to try.
    """
    done: set[str] = set()
    partial = {""}
    for op, av in items:
        if not partial:
            break
        exts = _item_prefixes(op, av, k)
        grown: set[str] = set()
        for p in partial:
            for e in exts:
                q = p + e
                if q.endswith(_WILD) or len(q) >= k:
                    done.add(q[:k] if len(q.rstrip(_WILD)) >= k else q)
                else:
                    grown.add(q)
        partial = grown
    return done | partial


def _days_in_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= _days_in_month(year, month)


def _bare_year_ok(text: str, start: int, end: int, g: Grammar) -> bool:
    """A lone four-digit number is a year unless it reads as an amount or a code."""
    before = text[start - 1] if start else " "
    if before in ".,/$€£¥#@+" or (before == "-" and start > 1 and text[start - 2].isalnum()):
        return False
    if re.match(r"[.,/\-–]\d|\s*[%€$£]", text[end : end + 3]):
        return False
    if g.count_after is not None and g.count_after.match(text, end):
        return False
    return not (g.count_before is not None and g.count_before.search(text, max(0, start - 30), start))


def _parse(m: re.Match[str], text: str, g: Grammar) -> RawDate | None:
    name = m.lastgroup
    if name is None or name not in g.templates:
        return None
    tpl = g.templates[name]
    values: dict[str, int | None] = {}
    season = False
    for kind, group in tpl.groups:
        s = m.group(group)
        if s is None:
            continue
        folded = s.casefold().rstrip(".")
        if kind == "yy":
            values["year"] = int(s) + (2000 if int(s) < 50 else 1900)
        elif kind in ("day", "dd", "mm", "year"):
            values["day" if kind == "dd" else "month" if kind == "mm" else kind] = int(s)
        elif kind == "month":
            values["month"] = g.months.get(folded)
        elif kind == "weekday":
            values["weekday"] = next((v for k, v in g.weekdays if folded.startswith(k)), None)
        elif kind == "num":
            values["num"] = int(folded) if folded.isdigit() else g.numbers.get(folded)
        elif kind == "season":
            season = True
    year, month, day = values.get("year"), values.get("month"), values.get("day")
    if tpl.bare_year and (
        year is None or not 1900 <= year <= 2099 or not _bare_year_ok(text, m.start(), m.end(), g)
    ):
        return None
    if day is not None and month is not None and not _valid(year or 2000, month, day):
        return None
    return RawDate(
        m.start(), m.end(), m.group(), tpl, day, month, year, values.get("weekday"), values.get("num"), season
    )


def _longest_at(text: str, keys: str, pos: int, g: Grammar) -> re.Match[str] | None:
    """The longest match at ``pos`` among the templates that can start with what is there."""
    key = "#" if keys[pos] in _DIGITS else keys[pos : pos + _KEY]
    best: re.Match[str] | None = None
    for length, table in enumerate(g.index):
        for i in table.get(key[:length], ()) if length <= len(key) else ():
            m = g.singles[i].match(text, pos)
            if m is not None and (best is None or m.end() > best.end()):
                best = m
    return best


def scan_dates(text: str, lang: str) -> list[RawDate]:
    """Every time expression of ``text`` as written, left to right, not overlapping, not in URLs."""
    g = grammar(lang)
    out: list[RawDate] = []
    keys = text.lower()
    if len(keys) != len(text):  # a character whose lower case is longer ('İ')
        keys = text
    if "\n" in keys or "\xa0" in keys or "\t" in keys:
        keys = keys.translate(_SPACES)
    pos = 0
    for t in g.trigger.finditer(keys):
        start = t.start()
        if start < pos or (start and (keys[start - 1].isalnum() or keys[start - 1] == "_")):
            continue
        m = _longest_at(text, keys, start, g)
        if m is None:
            continue
        end = m.end()
        # A longer match starting inside this one wins ("im Mai" < "Mai dieses Jahres").
        for w in _WORD_START.finditer(text, start + 1, end):
            m2 = _longest_at(text, keys, w.start(), g)
            if m2 is not None and m2.end() > end:
                m, end = m2, m2.end()
        raw = _parse(m, text, g)
        if raw is not None:
            out.append(raw)
        pos = max(end, start + 1)
    if out and ("://" in text or "www." in text.casefold()):
        urls = [u.span() for u in _URL.finditer(text)]
        out = [r for r in out if not any(s <= r.start < e for s, e in urls)]
    return out


def _parse_anchor(anchor: DateValue | None) -> _Anchor | None:
    if anchor is None:
        return None
    m = _ANCHOR.match(anchor.iso)
    if m is None:
        return None
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day: date | None = None
    if month is not None and not 1 <= month <= 12:
        return None
    if month is not None and m.group(3) and _valid(year, month, int(m.group(3))):
        day = date(year, month, int(m.group(3)))
    return _Anchor(anchor.iso, year, month, day)


def _fmt(year: int, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def infer_year(day: int, month: int, weekday: int, lo: int = YEAR_MIN, hi: int = YEAR_MAX) -> list[int]:
    """Years in [lo, hi] in which ``day``.``month`` falls on ``weekday`` (0 = Monday).

    A timeline that writes "Donnerstagabend, 16. November" but never the year still dates
    itself: 16 November was a Thursday only in 2006, 2017, 2023, ... in the window.
    """
    return [
        y for y in range(lo, hi + 1) if _valid(y, month, day) and date(y, month, day).weekday() == weekday
    ]


def _pick_year(month: int, day: int | None, a: _Anchor, mode: str) -> int | None:
    """The year of a day-month (or month) without one, relative to a month- or day-precise anchor.

    ``mode``: 'past' / 'future' (the previous / next one), 'ahead' (a plan: the next one, or
    one at most a week before a day-precise anchor), 'date' (the nearest, future penalized).
    """
    best: tuple[float, int] | None = None
    for y in (a.year - 1, a.year, a.year + 1):
        if day is not None and a.day is not None:
            if not _valid(y, month, day):
                continue
            delta = float((date(y, month, day) - a.day).days)
            tol = float(FUTURE_TOLERANCE_DAYS)
        else:
            delta = float((y * 12 + month) - (a.year * 12 + (a.month or 1)))
            tol = 0.0
        if mode == "past":
            cost = -delta if delta <= tol else None
        elif mode == "ahead":
            cost = delta if delta >= -tol else None
        elif mode == "future":
            cost = delta if delta > 0 else None
        else:
            cost = -delta if delta <= tol else FUTURE_PENALTY * delta
        if cost is not None and (best is None or cost < best[0]):
            best = (cost, y)
    return None if best is None else best[1]


def _weekday_value(weekday: int, direction: int, a: _Anchor) -> DateValue:
    if a.day is None:  # the anchor is not precise enough: the weekday is in its month or year
        return DateValue(a.iso, "relative:weekday")
    back = (a.day.weekday() - weekday) % 7
    if direction < 0:
        d = a.day - timedelta(days=back or 7)
    elif direction > 0:
        d = a.day + timedelta(days=(weekday - a.day.weekday()) % 7 or 7)
    else:
        d = a.day - timedelta(days=back)
    return DateValue(d.isoformat(), "relative:weekday")


def _resolve_date(raw: RawDate, a: _Anchor | None, mode: str) -> DateValue | None:
    y, mo, d, wd = raw.year, raw.month, raw.day, raw.weekday
    if y is not None:
        return DateValue(_fmt(y, mo, d if mo is not None else None), "explicit")
    if mo is None:
        return _weekday_value(wd, 0, a) if wd is not None and a is not None else None
    if a is None:
        return None
    if d is not None and wd is not None and mode in ("date", "ahead"):
        years = [c for c in infer_year(d, mo, wd, a.year - 1, a.year + 1)]
        if years:
            best = min(years, key=lambda c: (abs(c - a.year), c > a.year))
            return DateValue(_fmt(best, mo, d), "inferred:weekday-year")
    if a.month is None:
        if d is not None and not _valid(a.year, mo, d):
            return None
        return DateValue(_fmt(a.year, mo, d), "anchor-year")
    year = _pick_year(mo, d, a, mode)
    if year is None:
        return None
    return DateValue(_fmt(year, mo, d), "anchored:day-month" if d is not None else "anchored:month")


def _shift_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def _resolve_shift(raw: RawDate, a: _Anchor) -> DateValue | None:
    tpl = raw.template
    if tpl.num_sign:
        if raw.num is None:
            return None
        n = tpl.num_sign * raw.num
        how = f"relative:{tpl.unit}s-ago" if n < 0 else f"relative:in-{tpl.unit}s"
    else:
        n, how = tpl.n, f"relative:{tpl.unit}"
    if tpl.unit == "year":
        if raw.month is not None:
            return DateValue(_fmt(a.year + n, raw.month), "relative:month-of-year")
        return DateValue(_fmt(a.year + n), how)
    if tpl.unit == "month":
        if a.month is None:
            return DateValue(_fmt(a.year), how) if n == 0 else None
        return DateValue(_fmt(*_shift_months(a.year, a.month, n)), how)
    if a.day is None:  # day or week against a month- or year-precise anchor: keep its precision
        return DateValue(a.iso, how)
    if tpl.unit == "week":
        d = a.day + timedelta(days=7 * n)
        return DateValue(_fmt(d.year, d.month), how)
    try:
        return DateValue((a.day + timedelta(days=n)).isoformat(), how)
    except OverflowError:
        return None


def resolve(raw: RawDate, anchor: DateValue | None) -> DateValue | None:
    """The date a raw expression stands for, given the document's date (None: cannot tell)."""
    a = _parse_anchor(anchor)
    return _resolve(raw, a)


def resolve_ahead(mention: DateMention, lang: str, anchor: DateValue | None) -> DateValue | None:
    """``mention`` as the date of a plan: a day-month or month without a year is the next one.

    ``find_dates`` leans to the past because news mostly reports it; an event that is planned
    ("wird zum 1. Juli antreten", "prendra ses fonctions le 1er juillet") is not past. Other
    expressions ("letzten Mai", "2024") keep their value.
    """
    raws = scan_dates(mention.text, lang)
    if len(raws) != 1 or raws[0].template.mode != "date":
        return mention.value
    return _resolve(raws[0], _parse_anchor(anchor), ahead=True)


def _resolve(raw: RawDate, a: _Anchor | None, ahead: bool = False) -> DateValue | None:
    mode = raw.template.mode
    if ahead and mode == "date":
        mode = "ahead"
    try:
        if mode in ("date", "past", "future", "ahead"):
            return _resolve_date(raw, a, mode)
        if a is None or mode == "vague":
            return None
        if mode == "weekday":
            return None if raw.weekday is None else _weekday_value(raw.weekday, raw.template.n, a)
        return _resolve_shift(raw, a)
    except (ValueError, OverflowError):  # a shift past year 1 or 9999
        return None


def find_dates(text: str, lang: str, anchor: DateValue | None, offset: int = 0) -> list[DateMention]:
    """Every time expression in ``text`` with its span (``+ offset``), resolved against ``anchor``.

    Vague expressions come back with ``value=None, vague=True``; a relative one that cannot be
    resolved (no anchor) with ``value=None, vague=False``.
    """
    a = _parse_anchor(anchor)
    marker = grammar(lang).from_before
    out: list[DateMention] = []
    for raw in scan_dates(text, lang):
        vague = raw.template.mode == "vague"
        ahead = marker is not None and marker.search(text, max(0, raw.start - 40), raw.start) is not None
        value = None if vague else _resolve(raw, a, ahead)
        out.append(DateMention(raw.start + offset, raw.end + offset, raw.text, value, vague))
    return out
