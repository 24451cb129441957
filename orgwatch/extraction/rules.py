"""Rule-based extractor: trigger words and argument slots per language, as data.

For every sentence the extractor reads the mentions of the analysis (persons, organizations,
roles in ``Sentence.norm``) and the ``[triggers]``, ``[slots]`` and ``[cues]`` tables of the
document's language. A trigger gives the fact type; the subject is the nearest person of its
clause (expanded to coordinated names, "A, B und C"); the object is chosen by the slot the
organization stands in (a 'from' preposition for departures, a 'to' preposition for joins,
'against' for lawsuits, ...), else the organization the subject is attached to, else the
document's main organization. Roles come from appositions ("Petra Albers, Präsident von
Nordwind", "Kelvo-CEO Lena Koch", "CEO von X, Y"). Status and date come from cues in the
trigger's clause (``status.py`` / ``dates`` of the analysis). No rule names a company, a person
or a sentence: what the rules know of a language is in ``orgwatch/lang/<code>.toml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise

from orgwatch.analysis.firstnames import gender
from orgwatch.analysis.mentions import find_mentions, speech_filter, speech_pattern, strong_orgs
from orgwatch.extraction.status import AGE, Cues, cues, event_date, event_status
from orgwatch.lang import Lexicon, common, lexicon
from orgwatch.lang.patterns import LiteralIndex, dispatch, fold, literal_index
from orgwatch.model import PERSON_EVENT_TYPES, AnalyzedDocument, Claim, Mention, Sentence

# 'contests' before 'sues': of two matches of one length, the earlier type wins
TRIGGER_TYPES = (
    *PERSON_EVENT_TYPES,
    "candidate",
    "contests",
    "sues",
    "invests",
    "holds",
    "partakes",
    "acquires",
    "sells",
    "moves",
    "former",
)
# Departure-like events take the organization the person is attached to.
# a departure and an arrival in one sentence name different organizations
_OPPOSED = frozenset(
    frozenset((a, b)) for a in ("leaves", "dismissed") for b in ("joins", "appointed", "returns", "founds")
)
_FROM_TYPES = ("leaves", "dismissed", "leave_of_absence", "returns", "reassigned")
_MAIN_ORG_TYPES = (*_FROM_TYPES, "appointed")


@dataclass(frozen=True)
class Grammar:
    """Compiled trigger and slot patterns of one language."""

    triggers: dict[str, re.Pattern[str]]
    # the types whose literals a sentence has: most have none of any type, and one search for
    # them is far cheaper than the patterns
    trigger_index: LiteralIndex | None
    caps_nouns: bool  # the language capitalises every noun (German)
    verb_final: bool  # subordinate clauses (and perfect tenses) put the verb last
    inverts: bool  # a titled subject may follow its verb past adverbials ('lascia ... il cfo X')
    pro_drop: bool  # a finite verb needs no subject pronoun ('ha annunciato che lascerà')
    fronted: re.Pattern[str]  # 'Zum', 'Per': a V2 language's fronted adverbial, its subject after the verb
    unnamed: re.Pattern[str]  # ' de um', ' of a' after a verb's noun: its person is unnamed
    source: re.Pattern[str]  # 'von X' right before an organization
    only_source: re.Pattern[str]  # 'desde X', 'from X': a source slot that is never an owner's 'of'
    target: re.Pattern[str]
    goal: re.Pattern[str]  # 'a', 'to', 'zu': where one goes
    exchange: re.Pattern[str]  # 'left A for B', 'quitte A pour B': the one left for
    addressee: re.Pattern[str]  # 'pediu demissão ao X': the one a resignation is handed to is left
    stint: re.Pattern[str]  # 'after four years at X': a stint before a move, the one left
    handover: re.Pattern[str]  # 'the reins', 'il testimone': what a departing holder hands over
    coming: re.Pattern[str]  # 'kwam', 'came': a verb of coming, whose goal unnamed is the article's
    recipient: re.Pattern[str]  # 'to', 'a' (and a description) right before the one handed to
    at: re.Pattern[str]  # 'en (el)', 'presso': right before a name, where one works
    counsel: re.Pattern[str]  # 'son avocate, Me': a lawyer's title right before a name
    own_counsel: re.Pattern[str]  # 'Su abogada, ' right before a name: one's lawyer, speaking for one
    own_lawyer: re.Pattern[str]  # 'Sein Anwalt', 'Su abogada': one's lawyer, named or not
    goal_name: re.Pattern[str]  # the goal's preposition right after the verb, then a capital
    goal_place: re.Pattern[str]  # a goal or target preposition, then a capital: 'nach Mußbach'
    against: re.Pattern[str]
    against_described: re.Pattern[str]  # 'contre son ancien trésorier, ' before the defendant's name
    client: re.Pattern[str]  # "l'avocat de " before a name: the one a lawyer speaks for
    into: re.Pattern[str]
    agent: re.Pattern[str]
    backer: re.Pattern[str]  # 'from' before the investor of a funding round
    buyer: re.Pattern[str]  # 'to' before the buyer of a sale
    capital: re.Pattern[str]  # 'del capital', 'im Kapital': a company's capital, no name
    funding_round: re.Pattern[str]  # 'Finanzierungsrunde', 'round': a round of funding
    role_slot: re.Pattern[str]
    with_: re.Pattern[str]
    of: re.Pattern[str]  # 'Präsident von X', 'the CEO of X'
    of_after: re.Pattern[str]  # 'Abgang von Weber'
    # 'Das Trio', 'the two' opening a clause: the persons last named together, by their number
    person_group: dict[int, re.Pattern[str]]
    person_object: re.Pattern[str]  # 'ha fichado a X': the preposition that marks a person as the object
    of_before: re.Pattern[str]  # 'concorrente di ' right before a name
    conj: re.Pattern[str]
    defendants: re.Pattern[str]
    court: re.Pattern[str]  # 'Audiencia Provincial de X', 'Superior Court': where a suit is heard
    apposition: re.Pattern[str]  # 'Petra Albers, der Präsident', 'X (CEO'
    pronoun_before: re.Pattern[str]  # 'nachdem er leitende Positionen'
    possessive: re.Pattern[str]  # 'ihren' right before a title
    subject_pronoun: re.Pattern[str]  # 'er', 'he', 'lui' as a subject
    description: re.Pattern[str]  # 'die 38-Jährige', 'the executive': a person named before
    feminine: frozenset[str]  # 'elle', 'la': pronouns and articles of one gender
    masculine: frozenset[str]
    definite: re.Pattern[str]  # 'il', 'the': with a title after it, a person named before ('il tecnico')
    first_person: re.Pattern[str]  # 'ich', 'I', 'ho': the sentence is a quote of its speaker
    speech: re.Pattern[str]  # a verb of saying next to a name
    speech_filter: re.Pattern[str] | None  # literals of the verbs of saying, in ``fold(norm)``
    bare_gap: re.Pattern[str]  # nothing but a determiner between two words
    clause_opener: re.Pattern[str]  # the clause breaks of the language
    passive: re.Pattern[str]  # passive auxiliaries
    loose_conj: re.Pattern[str]  # 'und einer der Erfinder von RLHF': a conjunction and a description
    described_comma: re.Pattern[str]  # ', el guionista B y ...': a described item of a list
    described_conj: re.Pattern[str]  # 'sowie die Entwicklerin': a list's next name, described
    conj_before: re.Pattern[str]  # 'A, B y ' before a name: the last of a list
    target_common: re.Pattern[str]  # 'to the energy sector': a 'to' slot filled by a common noun
    passive_agent: re.Pattern[str]  # 'von' before the agent of a passive
    anaphora: re.Pattern[str]  # 'the company', 'das Unternehmen': the article's organization
    again: re.Pattern[str]  # 'wieder', 'again': a join or appointment that is a return
    rumored: re.Pattern[str]  # 'circule', 'nome caldo': the event is talked of, not done
    incumbent: re.Pattern[str]  # 'derzeit', 'currently' before a title: one held until a move
    leading_roles: frozenset[str]  # 'ceo', 'chairman': taking one is an appointment, not a move
    where: re.Pattern[str]  # ', où', ', wo': opens a clause about the organization named before
    education: re.Pattern[str]  # 'diplômée de l'', 'graduated from' right before a school
    describing: re.Pattern[str]  # 'néerlandais', 'marseillais': adjectives between a kind and its name
    qualifier: re.Pattern[str]  # 'l'établissement nantais': a people's or place's adjective after a kind
    object_clitic: re.Pattern[str]  # "l'a", 'la' right before a verb: its object is a pronoun
    # 'X, a subsidiary of Y', 'X, filiale de Y': patterns over a sentence whose organizations are
    # replaced by placeholders, with groups 'parent' and 'child'
    subsidiary: tuple[re.Pattern[str], ...]
    purpose: re.Pattern[str]  # 'per', 'um', 'and': a second event shares the first one's status
    nonfinite: re.Pattern[str]  # ', dopo aver lasciato X': the clause's subject is the sentence's
    arrival: re.Pattern[str]  # 'Arrivé en 2021 de X, ...,': an opening participle of the main subject
    there: re.Pattern[str]  # 'Elle y prendra la direction': the organization named last before
    predicate: re.Pattern[str]  # 'Neuer Chef wird X': the verb between a title and its holder
    board: re.Pattern[str]  # "Quillon's board": a governing body right after its owner
    board_of: re.Pattern[str]  # 'the board of' right before its owner, joined: a seat taken
    predecessor: re.Pattern[str]  # 'succeeding' right before a name: the one replaced, no subject
    successor: re.Pattern[str]  # 'replaced by' before a name: the one who takes the post
    preposition: re.Pattern[str]  # a preposition (and determiner) right before a name
    acquired_gap: re.Pattern[str]  # what may stand between an acquisition verb and the company bought
    shares: re.Pattern[str]  # 'Acme common shares': a purchase of shares, not of the company
    group: re.Pattern[str]  # 'beide Konzerne', 'both companies': the two organizations named together
    pair_gap: re.Pattern[str]  # ' und ', ' and ': what joins exactly two coordinated names
    list_opener: re.Pattern[str]  # 'wie', 'such as': a list of examples follows
    also_from: re.Pattern[str]  # 'ebenfalls von ', 'also from ': an elided departure verb
    plain_words: frozenset[str]  # the words the language's tables know: no lower-case name

    @property
    def backing(self) -> tuple[re.Pattern[str], ...]:
        """The prepositions before one who acts for a verb of investing: an agent or a backer."""
        return (self.agent, self.passive_agent, self.backer)


def _alt(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True)) or "(?!)"


def _place_adjective(lex: Lexicon) -> str | None:
    """A people's or place's adjective ('tedesca', 'nantais'), where adjectives are lower-case words
    after their noun: a demonym, or a lower-case word with a head adjective's ending. None where
    adjectives come first (German and Dutch demonyms are nouns of persons)."""
    ends = lex.get("mentions.head_adjective_endings", [])
    if not (lex.get("mentions.heads_first", False) and ends):
        return None
    return rf"(?i:{_alt(lex.get('mentions.demonyms', []))})|(?-i:[^\W\d_A-ZÀ-Þ])[\w-]*(?:{_alt(ends)})"


@cache
def grammar(code: str) -> Grammar:
    lex = lexicon(code)

    def slots(key: str) -> str:
        return _alt(lex.get(f"slots.{key}", []))

    trig = {
        t: re.compile(
            rf"(?<!\w)(?:{dispatch(sorted(lex.get(f'triggers.{t}', []), key=len, reverse=True))})(?!\w)",
            re.IGNORECASE,
        )
        for t in TRIGGER_TYPES
        if lex.get(f"triggers.{t}")
    }
    # a slot preposition, then up to four lower-case or cue words, right before the mention
    tail = r"(?:\s+(?:{})(?:\b|(?<=['’])))[^,;:.!?]{{0,60}}$"
    conj = _alt(lex.get("cues.conjunctions", []))
    counsel = _alt(lex.get("cues.counsel", []))  # a lawyer's titles
    determiners = _alt(lex.get("mentions.determiners", []))
    peoples, adjectives = (
        _alt(lex.get("mentions.demonyms", [])),
        _alt(lex.get("mentions.head_adjective_endings", [])),
    )
    return Grammar(
        triggers=trig,
        trigger_index=literal_index({t: lex.get(f"triggers.{t}", []) for t in trig}),
        caps_nouns=bool(lex.get("mentions.capitalises_nouns", False)),
        verb_final=bool(lex.get("cues.verb_final", False)),
        inverts=bool(lex.get("cues.subject_inverts", False)),
        pro_drop=bool(lex.get("cues.pro_drop", False)),
        fronted=re.compile(rf"[\s\"„“«»-]*(?:{_alt(lex.get('cues.fronted', []))})(?!\w)", re.IGNORECASE),
        unnamed=re.compile(
            rf"\s+(?:{slots('of')})\s*(?:{_alt(lex.get('cues.indefinite_articles', []))})\b", re.IGNORECASE
        ),
        source=re.compile(tail.format(slots("source")), re.IGNORECASE),
        only_source=re.compile(tail.format(slots("only_source") or "(?!)"), re.IGNORECASE),
        addressee=re.compile(tail.format(slots("addressee") or "(?!)"), re.IGNORECASE),
        stint=re.compile(tail.format(slots("stint") or "(?!)"), re.IGNORECASE),
        handover=re.compile(
            rf"(?<!\w)(?:{_alt(lex.get('cues.handover', [])) or '(?!)'})(?!\w)", re.IGNORECASE
        ),
        coming=re.compile(rf"(?:{_alt(lex.get('cues.coming', [])) or '(?!)'})(?!\w)", re.IGNORECASE),
        recipient=re.compile(
            rf"(?<!\w)(?:{slots('recipient') or '(?!)'})\s+(?:[\w'’-]+\s+){{0,3}}$", re.IGNORECASE
        ),
        target=re.compile(tail.format(slots("target")), re.IGNORECASE),
        goal=re.compile(tail.format(slots("goal")), re.IGNORECASE),
        at=re.compile(
            rf"\s(?:{slots('at')})(?:\s+(?:{_alt(lex.get('mentions.determiners', []))}))?\s*$", re.IGNORECASE
        ),
        counsel=re.compile(rf"(?<!\w)(?:{counsel})\W{{0,6}}(?:\w+\W{{1,3}})?$", re.IGNORECASE),
        own_lawyer=re.compile(
            rf"(?<!\w)(?:{_alt(lex.get('mentions.possessives', []))})\s+(?:{counsel})(?!\w)", re.IGNORECASE
        ),
        own_counsel=re.compile(
            rf"(?<!\w)(?:{_alt(lex.get('mentions.possessives', []))})\s+"
            rf"(?:{counsel})\W{{0,6}}(?:\w+\W{{1,3}})?$",
            re.IGNORECASE,
        ),
        client=re.compile(rf"(?<!\w)(?:{counsel})\s+(?:{slots('of')})\s+$", re.IGNORECASE),
        # ... three words at most between: 'per dedicarsi a tempo pieno a X' is a purpose
        exchange=re.compile(rf"\s+(?:{slots('exchange')})(?:\s+[^\s,;:.!?]+){{0,3}}\s*$", re.IGNORECASE),
        goal_name=re.compile(rf"\s+(?:{slots('goal')})\s+(?-i:[A-ZÀ-Þ])", re.IGNORECASE),
        goal_place=re.compile(
            rf"(?<!\w)(?:{slots('goal')}|{slots('target')})\s+(?-i:[A-ZÀ-Þ])", re.IGNORECASE
        ),
        against=re.compile(tail.format(slots("against")), re.IGNORECASE),
        against_described=re.compile(
            rf"\s+(?:{slots('against')})(?:\s+(?-i:[^\W\d_A-Z])[\w'’-]*){{1,4}}\s*,\s*$", re.IGNORECASE
        ),
        into=re.compile(tail.format(slots("into")), re.IGNORECASE),
        agent=re.compile(tail.format(slots("agent")), re.IGNORECASE),
        backer=re.compile(tail.format(slots("backer")), re.IGNORECASE),
        buyer=re.compile(tail.format(slots("buyer")), re.IGNORECASE),
        capital=re.compile(rf"(?<!\w)(?:{slots('capital')})(?!\w)", re.IGNORECASE),
        funding_round=re.compile(rf"(?<!\w)(?:{slots('funding_round')})(?!\w)", re.IGNORECASE),
        role_slot=re.compile(rf"(?:^|\s)(?:{slots('role')})\s+(?:\S+\s+){{0,2}}$", re.IGNORECASE),
        with_=re.compile(rf"(?<!\w)(?:{slots('with')})\s+$", re.IGNORECASE),
        # ('de l'Agence', "dell'Ospedale": an elided article or preposition joins the name)
        # ... after a title's domain at most ('directeur hernieuwbare energie bij X')
        of=re.compile(
            rf"^\s*(?:(?-i:[^\W\d_A-ZÀ-Þ])[\w-]*\s+){{0,2}}?(?:{slots('of')})(?:\s+|(?<=['’]))"
            rf"(?:[^\s,;:]+(?:\s+|(?<=['’]))){{0,4}}?$",
            re.IGNORECASE,
        ),
        of_after=re.compile(rf"^\s+(?:{slots('of')})\s+$", re.IGNORECASE),
        person_group={
            n: re.compile(
                rf"[\s\"„“«]*(?:{_alt(lex.get(f'cues.person_{k}', [])) or '(?!)'})(?!\w)", re.IGNORECASE
            )
            for n, k in ((2, "pair"), (3, "trio"))
        },
        person_object=re.compile(rf"(?<!\w)(?:{slots('person_object') or '(?!)'})\s+$", re.IGNORECASE),
        of_before=re.compile(rf"(?<!\w)(?:{slots('of')})\s+$", re.IGNORECASE),
        conj=re.compile(rf"^\s*(?:,\s*)?(?:(?:{conj})\s+)?$|^\s*,\s*(?:(?:{conj})\s+)?$", re.IGNORECASE),
        defendants=re.compile(rf"(?<!\w)(?:{slots('defendant_nouns')})(?!\w)", re.IGNORECASE),
        court=re.compile(rf"(?<!\w)(?:{slots('courts')})(?!\w)", re.IGNORECASE),
        apposition=re.compile(
            # 'X, sorella del socio e presidente': a description, then 'and' the title
            rf"\s*[,:(–—-]\s*(?:[^\W\d_A-Z][\w'’]*\s+){{0,3}}(?:(?:{conj})\s+)?|\s+(?:{slots('role')})\s+(?:[^\W\d_A-Z]+\s+){{0,2}}"
            # 'X, 49 anni, attuale direttrice', 'X, de 58 años, ', 'X (49), ': an age between
            # ... and a year the title is held since ('X, 51 anni, dal 2021 amministratore delegato')
            rf"|\s*[,(]\s*(?:[^\W\d_A-Z]+\s+)?\d{{1,2}}(?:\s+[^\W\d_A-Z]+)?\s*[,)]\s*,?\s*"
            rf"(?:[^\W\d_A-Z]+\s+(?:(?:19|20)\d\d\s+))?(?:[^\W\d_A-Z][\w'’]*\s+){{0,3}}"
            # 'Jan Roth war ebenfalls ein ehemaliger Nordwind-Manager': a copula
            rf"|\s+(?:{_alt(lex.get('mentions.copulas', []))})\s+(?:[^\W\d_A-Z]+\s+){{0,4}}"
            # 'X, until January head of Y', 'X, hasta el pasado mes de enero director de Y'
            rf"|\s*[,(]\s*(?i:{_alt(lex.get('cues.incumbent', []))})\s+(?:[^\W\d_A-Z][\w'’]*\s+){{0,2}}",
        ),
        subject_pronoun=re.compile(
            rf"(?<!\w)(?:{_alt(lex.get('mentions.subject_pronouns', []))})(?!\w)", re.IGNORECASE
        ),
        first_person=re.compile(rf"(?<!\w)(?:{_alt(lex.get('mentions.first_person', []))})(?!\w)"),
        feminine=frozenset(w.casefold() for w in lex.get("mentions.feminine", [])),
        masculine=frozenset(w.casefold() for w in lex.get("mentions.masculine", [])),
        description=re.compile(
            rf"(?:{_alt(lex.get('mentions.person_descriptions', []))})(?!\w)", re.IGNORECASE
        ),
        definite=re.compile(
            rf"(?:{_alt(lex.get('mentions.definite_articles', []))})(?:\s+|(?<=['’]))", re.IGNORECASE
        ),
        speech=speech_pattern(lex),
        speech_filter=speech_filter(lex),
        target_common=re.compile(
            rf"\s+(?:{slots('goal')})\s+(?:(?:{_alt(lex.get('mentions.determiners', []))})\s+)?[^\W\d_A-Z]"
        ),
        loose_conj=re.compile(rf"\s*(?:{conj})\s+[^,;:.!?]{{0,45}}", re.IGNORECASE),
        conj_before=re.compile(rf"(?<!\w)(?:{conj})\s+$", re.IGNORECASE),
        described_comma=re.compile(
            rf"\s*,\s*(?:{determiners})\s+(?-i:[^\W\d_A-Z][\w-]*\s+){{1,2}}", re.IGNORECASE
        ),
        described_conj=re.compile(
            rf"\s*(?:,\s*)?(?:{conj})\s+(?:(?:{determiners})(?:\s+|(?<=['’])))?(?-i:[^\W\d_A-Z][\w-]*\s+){{0,2}}[^\W\d_][\w-]*\s+",
            re.IGNORECASE,
        ),
        passive=re.compile(rf"(?<!\w)(?:{_alt(lex.get('cues.passive', []))})(?!\w)", re.IGNORECASE),
        passive_agent=re.compile(tail.format(slots("passive_agent")), re.IGNORECASE),
        clause_opener=re.compile("|".join(lex.get("cues.clause_breaks", [])) or "(?!)", re.IGNORECASE),
        nonfinite=re.compile(
            rf"[\s,]*(?:{_alt(lex.get('cues.nonfinite', [])) or '(?!)'})(?!\w)", re.IGNORECASE
        ),
        board=re.compile(rf"\s+(?:{slots('board') or '(?!)'})\b", re.IGNORECASE),
        board_of=re.compile(rf"(?<!\w)(?:{slots('board_of') or '(?!)'})\s*$", re.IGNORECASE),
        predicate=re.compile(rf"(?<!\w)(?:{_alt(lex.get('cues.predicate', []))})(?!\w)", re.IGNORECASE),
        there=re.compile(rf"(?<!\w)(?:{_alt(lex.get('cues.there', []))})(?!\w)", re.IGNORECASE),
        arrival=re.compile(rf"[\s\"«„“]*(?:{_alt(lex.get('cues.opening_arrivals', []))})(?!\w)"),
        anaphora=re.compile(
            rf"(?<!\w)(?:{_alt(lex.get('mentions.company_anaphora', []))})(?!\w)", re.IGNORECASE
        ),
        bare_gap=re.compile(rf"\s*(?:(?:{_alt(lex.get('mentions.determiners', []))})\s+)?$", re.IGNORECASE),
        possessive=re.compile(rf"(?<!\w)(?:{_alt(lex.get('mentions.possessives', []))})\s+$", re.IGNORECASE),
        again=re.compile(rf"(?<!\w)(?:{_alt(lex.get('cues.again', []))})(?!\w)", re.IGNORECASE),
        rumored=cues(code).rumored,
        leading_roles=lexicon("common").words("events.leading_roles"),
        where=re.compile(
            rf",\s*(?:{_alt(lex.get('cues.where', []))})(?!\w)" if lex.get("cues.where") else "(?!)",
            re.IGNORECASE,
        ),
        describing=re.compile(
            rf"(?:\s+(?:{peoples}|[^\W\d_A-ZÀ-Þ][\w-]*(?:{adjectives}))){{1,2}}\s+", re.IGNORECASE
        ),
        qualifier=re.compile(rf"\s+(?:{_place_adjective(lex) or '(?!)'})(?=[\s,;.:!?])"),
        object_clitic=re.compile(
            rf"(?<!\w)(?:{_alt(lex.get('cues.object_clitics', []))})\s*$", re.IGNORECASE
        ),
        education=re.compile(
            rf"(?<!\w)(?:{_alt(lex.get('cues.education', []))})\s*(?:(?:{determiners})\s+|\w*['’])?$",
            re.IGNORECASE,
        ),
        subsidiary=tuple(
            re.compile(p.replace("ORG", _PLACEHOLDER), re.IGNORECASE) for p in lex.get("slots.subsidiary", [])
        ),
        incumbent=re.compile(rf"(?<!\w)(?:{_alt(lex.get('cues.incumbent', []))})(?!\w)", re.IGNORECASE),
        purpose=re.compile(rf"(?<!\w)(?:{_alt(lex.get('cues.purpose', []))})(?!\w)", re.IGNORECASE),
        predecessor=re.compile(rf"(?<!\w)(?:{slots('predecessor')})\s+(?:\S+\s+){{0,2}}$", re.IGNORECASE),
        successor=re.compile(rf"(?<!\w)(?:{slots('successor') or '(?!)'})\b[^.;:!?]{{0,30}}$", re.IGNORECASE),
        preposition=re.compile(
            rf"(?<!\w)(?:{_alt(_prepositions(lex))})\s+(?:(?:{determiners})\s+)?$", re.IGNORECASE
        ),
        acquired_gap=_acquired_gap(lex),
        shares=re.compile(rf"\s*>?\s*(?:{slots('shares')})(?!\w)", re.IGNORECASE),
        group=re.compile(rf"(?<!\w)(?:{_alt(lex.get('mentions.group_anaphora', []))})(?!\w)", re.IGNORECASE),
        pair_gap=re.compile(rf"\s+(?:{conj})\s+(?:(?:{determiners})\s+)?", re.IGNORECASE),
        plain_words=_plain_words(lex),
        also_from=re.compile(
            rf"(?<!\w)(?:{_alt(lex.get('cues.also', []))})\s+(?:{slots('source')})\s+"
            rf"(?:(?:{determiners})\s+)?$",
            re.IGNORECASE,
        ),
        list_opener=re.compile(
            rf"(?<!\w)(?:{_alt(lex.get('mentions.list_openers', []))})(?!\w)", re.IGNORECASE
        ),
        pronoun_before=re.compile(
            rf"(?<!\w)(?:{_alt(lex.get('mentions.pronouns', []))})\s+(?:(?-i:[^\W\d_A-Z])\w*\s+){{0,2}}$",
            re.IGNORECASE,
        ),
    )


def _plain_words(lex: Lexicon) -> frozenset[str]:
    """Every single word of the language's word lists (stopwords, determiners, slots, cues...)."""
    out: set[str] = set()
    for table in ("mentions", "slots", "cues"):
        for value in (lex.get(table, {}) or {}).values():
            if isinstance(value, list):
                out.update(w.casefold() for w in value if isinstance(w, str) and re.fullmatch(r"\w+", w))
    return frozenset(out | set(lexicon("common").words("mentions.stopwords")))


def _prepositions(lex: Lexicon) -> list[str]:
    """Every one-word preposition of the slot tables and of ``mentions.prepositions``."""
    keys = ("source", "target", "against", "into", "agent", "of", "passive_agent", "goal")
    words = {w for k in keys for w in lex.get(f"slots.{k}", []) if " " not in w}
    return sorted(words | set(lex.get("mentions.prepositions", [])))


def _acquired_gap(lex: Lexicon) -> re.Pattern[str]:
    """Words that may stand between 'acquired' and the company: 'all of', 'the rival', '80 pct of'.

    A language without an ``acquired_gap`` list puts no limit on them.
    """
    if not lex.get("slots.acquired_gap"):
        return re.compile(r"(?s:.*)")
    cue = _alt(lex.get("mentions.org_cues", []))
    # ... and a people's or place's adjective ('la tedesca X', 'la valenciana X')
    adjective = _place_adjective(lex)
    words = _alt(
        lex.get("slots.acquired_gap", [])
        + lex.get("mentions.determiners", [])
        + ([adjective] if adjective else [])
    )
    suffixes = _alt(lex.get("mentions.org_cue_suffixes", []))  # 'den Lkw-Hersteller'
    # 'Denver-based', 'Portland, Ore.-based': where the company bought is
    lead = "|".join(lex.get("mentions.leading_adjectives", [])) or "(?!)"
    # ... and a cue noun with up to three words before it: 'the sensor startup'; where adjectives
    # follow the noun, up to two after it: 'le quotidien stéphanois', 'la rete catarinense'
    after = r"(?:\s+(?-i:[^\W\d_A-Z])[\w'’-]*){0,2}" if lex.get("mentions.heads_first", False) else ""
    return re.compile(
        rf"(?:\s*(?:(?:{words}|[\w-]*(?:{suffixes}))(?!\w)|[\d.,]+(?!\w)|[<(]|(?:[\w.]+,\s*)?(?-i:{lead})))*"
        rf"(?:\s*(?:[^\W\d]+\s+){{0,3}}(?:{cue})(?!\w){after})?\s*",
        re.IGNORECASE,
    )


@cache
def _offices() -> frozenset[str]:
    """Roles that are public offices: never held at the article's company by default."""
    return lexicon("common").words("mentions.public_offices")


@dataclass(frozen=True)
class Context:
    """Who a pronoun in a sentence can stand for: the salient person, the quote's speaker."""

    salient: str | None
    speaker: str | None
    pair: tuple[str, str] | None = None  # the two organizations last named together ('A und B')
    # each person's organization as the text introduced them: what 'left the company' refers to
    home: dict[str, str] = field(default_factory=dict)
    recent: tuple[str, ...] = ()  # the persons named before, the last named first
    titles: dict[str, set[str]] = field(default_factory=dict)  # the titles each person was given
    # where no organization is clearly the article's, the one named most: what 'the company'
    # of a sentence refers to all the same
    topic: str | None = None
    # the persons who join the article's organization: 'the company' they leave is their own
    incoming: set[str] = field(default_factory=set)
    # the sentence's date expressions: a preposition before one opens no slot ('lascerà a fine
    # marzo la X' leaves X, it goes to no X)
    dates: tuple[tuple[int, int], ...] = ()
    there: str | None = None  # the previous sentence's last organization: what 'y', 'dort' stand for
    group: tuple[str, ...] = ()  # the persons last named together: what 'das Trio', 'the two' stand for


_QUOTE_COLON = re.compile(r":\s*[\"“«„]")


def _speaker(norm: str, ms: list[Mention], g: Grammar) -> str | None:
    """The person a verb of saying attributes the sentence to ('schrieb Albers auf X'), or the
    first one named before a colon that opens a quote ('X fue tajante: «No voy a ...»')."""
    colon = _QUOTE_COLON.search(norm)
    if colon is not None and (
        p := next((x for x in ms if x.kind == "person" and x.end <= colon.start()), None)
    ):
        return p.name
    if g.speech_filter is not None and not g.speech_filter.search(fold(norm)):
        return None  # no verb of saying
    for m in g.speech.finditer(norm):
        at = m.start("a") if m.group("a") else m.start("b")
        p = next((x for x in ms if x.kind == "person" and x.start <= at < x.end), None)
        if p is not None:
            return p.name
    return None


@dataclass(frozen=True)
class _Aff:
    person: Mention
    org: Mention | None
    role: Mention
    elsewhere: bool = False  # held where the sentence describes another place ('…, where she was CFO')


_PRONOUN = Mention("person", -1, -1, "", "")  # a title whose holder is a pronoun ('als er Gründer wurde')


class RuleExtractor:
    """Trigger/slot rules over the mentions of the analysis; see the module docstring."""

    name = "rules"

    def extract(self, adoc: AnalyzedDocument) -> list[Claim]:
        mentions = adoc.mentions or find_mentions(adoc)
        g = grammar(adoc.lang)
        cs = cues(adoc.lang)
        sents = [s for s in adoc.sentences if not s.is_junk]
        affs_of = {s.index: _affiliations(s.norm, mentions.get(s.index, []), g) for s in sents}
        # an organization a title is held at ('Trainer von X') is surely one
        titled = {a.org.name for affs in affs_of.values() for a in affs if a.org is not None}
        lead = sents[:_LEAD]
        # the headline: the first sentence that names someone ('Rosario –' is a dateline)
        head = next((s for s in sents if any(m.kind != "role" for m in mentions.get(s.index, []))), None)
        main = _main_org(
            mentions,
            strong_orgs(adoc) | titled,
            _apposed(adoc, mentions),
            [m for m in mentions.get(head.index, []) if m.kind == "org"] if head else [],
            _opener(head, mentions, g),
            _lead_target(lead, mentions, g, cs),
            g.caps_nouns,
            lambda: any(g.anaphora.search(s.norm) for s in sents),
        )
        para = _paragraphs(adoc, sents)
        # a round-up of news on many organizations is about none of them
        round_up = _round_up(sents, para, mentions, main)
        main = None if round_up else main
        topic = None if main or round_up else _topic(mentions)
        home: dict[str, str] = {}
        incoming: set[str] = set()
        claims: list[Claim] = []
        seen: set[tuple[str, str, str, str | None, str, str | None]] = set()
        speakers = [_speaker(s.norm, mentions.get(s.index, []), g) for s in sents]
        salient: str | None = None  # the person the text is about: antecedent of 'er', 'he', 'lui'
        pair: tuple[str, str] | None = None  # antecedent of 'beide Konzerne', 'both companies'
        last: Claim | None = None  # the previous sentence's last departure
        recent: tuple[str, ...] = ()
        titles: dict[str, set[str]] = {}
        age = 0
        opened: str | None = None
        there: str | None = None  # the previous sentence's last organization: what 'there' refers to
        group: tuple[str, ...] = ()  # the persons last named together
        led: str | None = None  # the first organization the paragraph names
        for i, s in enumerate(sents):
            ms = mentions.get(s.index, [])
            persons = [m for m in ms if m.kind == "person"]
            ctx = Context(
                salient,
                g.first_person.search(s.norm) and next(filter(None, speakers[i : i + 3]), None),
                pair,
                home,
                recent,
                titles,
                topic,
                incoming,
                tuple((bisect_left(s.norm_map, d.start), bisect_left(s.norm_map, d.end)) for d in s.dates),
                there,
                group,
            )
            group = next(
                (
                    names
                    for p in (persons if len(persons) > 1 else ())
                    if len(names := tuple(dict.fromkeys(q.name for q in _coordinated(s.norm, persons, p, g))))
                    > 1
                ),
                group,
            )
            there = next((m.name for m in reversed(ms) if m.kind == "org"), None)
            if i and para[i] != para[i - 1]:
                led = None
            for a in affs_of[s.index]:
                titles.setdefault(a.person.name, set()).add(a.role.name)
                if a.org is not None and a.person.name and not a.elsewhere:
                    home.setdefault(a.person.name, a.org.name)  # 'X, direttrice della Cassa'
            recent = tuple(dict.fromkeys([*(p.name for p in reversed(persons)), *recent]))[:8]
            # a pair named in this sentence is the antecedent of the next two sentences
            here = _last_pair(s.norm, [m for m in ms if m.kind == "org"], g, len(s.norm))
            pair, age = (here, 0) if here else (None if age >= 1 else pair, age + 1)
            if persons and not g.subject_pronoun.match(s.norm.lstrip(_OPENING_MARKS)):
                salient = persons[0].name
            # 'La manager lascerà la società': no name, but a description of the one named before
            # ... or a pronoun for one, its subject ('He was fired last week', 'Dort wird er ...')
            if (
                not persons
                and not any(m.kind == "org" for m in ms)
                and _described(s.norm, 0, len(s.norm), ms, g) is None
                and not g.subject_pronoun.search(" ".join(s.norm.lstrip(_OPENING_MARKS).split()[:3]))
                # ... or later, one of the salient person's gender ('the board said that he would')
                and not (salient and _of_gender(salient, g.subject_pronoun.findall(s.norm), g))
            ):
                continue
            # 'Sortiq entwickelt ... Die Firma war 2019 gegründet': where the article has no one
            # organization, an anaphor opening a sentence is the one the sentence before opened with
            # ... and where no organization is named most either, a paragraph's is the one it
            # names first ('Il cda ha nominato X' after 'Il consiglio di Servizi Lariani ha
            # revocato ...'), in a text of several paragraphs (one paragraph's are all the article's)
            here_main = (
                main
                or (opened if g.anaphora.match(s.norm.lstrip(_OPENING_MARKS)) else None)
                or (led if topic is None and para[-1] else None)
            )
            opened = next(
                (
                    m.name
                    for m in ms
                    if m.kind == "org" and g.bare_gap.match(s.norm[: m.start].lstrip(_OPENING_MARKS))
                ),
                None,
            )
            found = _sentence_claims(adoc, s, ms, affs_of[s.index], g, cs, here_main, ctx)
            led = led or next((m.name for m in ms if m.kind == "org" and not m.by_kind), None)
            if not ms:
                # 'Er wurde aus dem Unternehmen geworfen': a past event in a sentence that names no
                # one and gives no date is background to the news more often than news
                found = [c for c in found if c.status != "happened" or c.date_how != "article"]
            if last and not _triggers(s.norm, g, ms):
                found += _elliptic(adoc, s, persons, ms, g, last)
            # (a title in a clause about another place does not introduce the person: 'torna in A
            # dopo sei anni a B, dove era vicedirettrice')
            elsewhere = {(a.person.name, a.org.name) for a in affs_of[s.index] if a.elsewhere and a.org}
            for c in found:
                if (
                    c.type == "holds_role"
                    and c.status == "happened"
                    and (c.subject, c.object) not in elsewhere
                ):
                    home.setdefault(c.subject, c.object)
                if c.type in ("joins", "appointed") and c.object == main and c.status == "planned":
                    incoming.add(c.subject)
            departures = [c for c in found if c.type in ("leaves", "dismissed")]
            last = departures[-1] if departures else None
            for c in found:
                key = (c.type, c.subject, c.object, c.role, c.status, c.date)
                if key not in seen and c.subject != c.object:
                    seen.add(key)
                    claims.append(c)
        return claims + _destinations(claims)


def _elliptic(
    adoc: AnalyzedDocument, s: Sentence, persons: list[Mention], ms: list[Mention], g: Grammar, last: Claim
) -> list[Claim]:
    """A departure whose verb is elided, right after a sentence that tells one: '..., ebenfalls
    von X.', '... also from X.' The names before the cue left X, as the previous sentence's did."""
    out = []
    for o in (m for m in ms if m.kind == "org"):
        cue = g.also_from.search(s.norm, max(0, o.start - 40), o.start)
        before = [p for p in persons if p.end <= o.start]
        if cue is None or not before:
            continue
        for p in _coordinated(s.norm, persons, before[-1], g):
            # the status carries over; the date does not ('ebenfalls' joins people, not times)
            out.append(
                replace(
                    last,
                    subject=p.name,
                    object=o.name,
                    role=None,
                    date=None,
                    date_how="",
                    evidence=s.text,
                    start=s.start,
                    end=s.end,
                )
            )
    return out


def _apposed(adoc: AnalyzedDocument, mentions: dict[int, list[Mention]]) -> set[str]:
    """Names read as organizations that a title describes as a person.

    'Jan Roe, the head of the election board, said': a name of two or three plain words with a
    title in apposition (and no one else the title introduces) is a person whose first name the
    analysis did not know; 'Acme, to the post of CEO' (a name of one word) is no such apposition.
    """
    out: set[str] = set()
    for s in adoc.sentences:
        ms = mentions.get(s.index, [])
        for a, b, c in zip(ms, ms[1:], [*ms[2:], None], strict=False):
            if (
                a.kind == "org"
                and _PERSON_SHAPE.fullmatch(a.name)
                and b.kind == "role"
                and _APPOSED.fullmatch(s.norm[a.end : b.start])
                and not (c is not None and c.kind != "role" and c.start - b.end <= 2)
            ):
                out.add(a.name)
    return out


_APPOSED = re.compile(r"\s*,\s*(?:\w{1,3}\s+)?")
_PERSON_SHAPE = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ'’-]+(?: [A-ZÀ-Þ][a-zß-ÿ'’-]+){1,2}")


def _main_org(
    mentions: dict[int, list[Mention]],
    strong: frozenset[str],
    apposed: set[str],
    headline: list[Mention],
    opener: str | None,
    target: str | None,
    caps_nouns: bool,
    anaphoric: Callable[[], bool],
) -> str | None:
    """The organization the article is about: clearly the most mentioned, and surely an organization.

    ``target`` is the company the lead says is bought or invested in: a takeover story follows its
    people, whoever is named more. Failing a sure organization, the name the headline opens with
    (``opener``; ``headline`` holds its organizations), named again and clearly more than
    any other name, is the one, in an article that refers to an organization by a common noun
    ('the company': ``anaphoric``), as news about one does; where every noun is capitalised
    (``caps_nouns``), one word is no evidence ('Generationswechsel').
    """
    counts = _org_counts(mentions)
    # 'Rovers' after 'Ashworth Rovers': a lone word that begins or ends one short longer name
    # counts for it ('Pensões' is no short form of a regulator of seven words)
    for w in [n for n in counts if " " not in n]:
        longer = [n for n in counts if (n.startswith(w + " ") or n.endswith(" " + w)) and n.count(" ") <= 2]
        if len(longer) == 1:
            counts[longer[0]] += counts.pop(w)
            if w in strong:
                strong = strong | {longer[0]}
    # kind words count for the one they name ('la naviera' after 'Naviera Cabo Froward')
    kinds = Counter(m.name for ms in mentions.values() for m in ms if m.by_kind)
    if (
        target is not None
        and counts[target] >= 2
        and target not in apposed
        and (counts[target] + kinds[target]) * 1.5 >= max(counts.values())
    ):
        return target
    # the most mentioned sure organization (kind words too), clearly ahead of the next sure one and
    # of no fewer mentions than a mere recurring word ('Aix' in an article about its university)
    sure = sorted(
        ((n, c + kinds[n]) for n, c in counts.most_common() if n in strong and n not in apposed),
        key=lambda nc: -nc[1],
    )
    if (
        sure
        and counts[sure[0][0]] >= 2
        and not any(c > counts[sure[0][0]] for n, c in counts.items() if n not in strong)
    ):
        name, count = sure[0]
        if len(sure) > 1 and sure[1][1] * 1.5 > count:
            # ... or, among the most named, the one the headline opens with and names alone of
            # them ('Unión Carmelo busca DT'; not 'A and B sign a partnership')
            top = {n for n, c in sure if c == count}
            return opener if opener in top and not top & {m.name for m in headline} - {opener} else None
        return name
    # a name not surely an organization, named more than the sure ones: the headline's test
    ranked = [(n, c) for n, c in counts.most_common() if n not in apposed]
    if (
        ranked
        and (ranked[0][0] == opener or ranked[0][1] >= 3)
        and not (caps_nouns and " " not in ranked[0][0])
        and ranked[0][1] >= 2
        # ... clearly ahead of every other name, described ones included
        and all(c * 1.5 <= ranked[0][1] for n, c in counts.items() if n != ranked[0][0])
        and anaphoric()
    ):
        return ranked[0][0]
    return None


def _paragraphs(adoc: AnalyzedDocument, sents: list[Sentence]) -> list[int]:
    """The paragraph of each sentence: a line break between two sentences begins one."""
    out, k = [], 0
    for prev, s in zip([None, *sents], sents, strict=False):
        k += prev is not None and "\n" in adoc.doc.text[prev.end : s.start]
        out.append(k)
    return out


def _round_up(
    sents: list[Sentence], para: list[int], mentions: dict[int, list[Mention]], main: str | None
) -> bool:
    """Whether the article is a round-up ('Personalien', 'Nomine', 'People moves') that names
    ``main`` in one item only: four paragraphs or more that each open on another organization,
    none of whose persons comes back in another (a report's do)."""
    firsts: dict[int, str] = {}
    named: set[int] = set()
    seen: dict[str, int] = {}
    for s, k in zip(sents, para, strict=True):
        ms = mentions.get(s.index, [])
        orgs = [m.name for m in ms if m.kind == "org"]
        if orgs and not any(m.by_kind for m in ms if m.name == orgs[0]):
            firsts.setdefault(k, orgs[0])
        if not k:
            continue  # the headline's paragraph names what the items will tell
        if main in orgs:
            named.add(k)
        for p in (m.name for m in ms if m.kind == "person"):
            if seen.setdefault(p, k) != k:
                return False
    return len(set(firsts.values())) >= 4 and len(named) < 2


def _org_counts(mentions: dict[int, list[Mention]]) -> Counter[str]:
    """How often each organization is named (by name: 'the hospital' says nothing of which the
    article is about)."""
    return Counter(m.name for ms in mentions.values() for m in ms if m.kind == "org" and not m.by_kind)


def _topic(mentions: dict[int, list[Mention]]) -> str | None:
    """The organization named most, at least twice and more often than any other."""
    top = _org_counts(mentions).most_common(2)
    if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]):
        return top[0][0]
    return None


# A headline's kicker: a label of one or two words before the headline proper ('Energie: ',
# 'Moda, ', 'EXKLUSIV – ')
_KICKER = re.compile(r"[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)?\s*(?:[:,|]|\s[–—-])\s+")


def _opener(head: Sentence | None, mentions: dict[int, list[Mention]], g: Grammar) -> str | None:
    """The organization the headline opens with: 'Vandrel raises ...', after a kicker ('Moda,
    Vandrel raccoglie ...') or an article ('La Ferrandi cambia vertice')."""
    if head is None:
        return None
    at = k.end() if (k := _KICKER.match(head.norm)) else 0
    return next(
        (
            m.name
            for m in mentions.get(head.index, [])
            if m.kind == "org"
            and any(g.bare_gap.fullmatch(head.norm, a, m.start) for a in {0, at} if a <= m.start)
        ),
        None,
    )


# The headline and the lead: the sentences that say what the article is about.
_LEAD = 3


def _lead_target(
    lead: list[Sentence], mentions: dict[int, list[Mention]], g: Grammar, cs: Cues
) -> str | None:
    """The company the lead says is bought or invested in ('X übernimmt Y': Y)."""
    for s in lead:
        ms = mentions.get(s.index, [])
        orgs = [m for m in ms if m.kind == "org"]
        if len(orgs) < 2:
            continue
        for typ, t in _triggers(s.norm, g, ms):
            if typ in ("acquires", "invests"):
                cl = _clause(cs.bounds(s.norm), t.start(), len(s.norm))
                for _, _, obj, _ in _org_event(typ, s.norm, t, cl, [], orgs, g, None):
                    return obj
    return None


def _genitive(m: Mention) -> bool:
    """'Hales', "Hale's": a possessor, never the head of an apposition."""
    return m.text.endswith(("s", "’s", "'s")) and not m.name.endswith(m.text)


def _possessor(norm: str, m: Mention) -> bool:
    """ "Hale's", "Fuchs'" before a noun: the name owns the next word ('Jens' is no 'Jen's')."""
    return m.text.endswith(("’s", "'s")) or bool(re.match(r"['’]\s", norm[m.end : m.end + 2]))


def _affiliations(norm: str, ms: list[Mention], g: Grammar) -> list[_Aff]:
    """Person-role-organization triples from appositions and compounds."""
    persons = [m for m in ms if m.kind == "person" and not _genitive(m)]
    orgs = [m for m in ms if m.kind == "org"]
    roles = [m for m in ms if m.kind == "role"]
    role_org: dict[int, Mention | None] = {}
    listed: dict[int, list[Mention]] = {}
    for r in reversed(roles):
        org = next((o for o in orgs if o.start < r.start and o.end >= r.end), None)  # 'Kelvo-CEO'
        if org is None:
            nxt = next((o for o in orgs if o.start >= r.end), None)
            if (
                nxt
                and g.of.match(norm[r.end : nxt.start])
                and not any(r.end <= p.start < nxt.start for p in persons)
            ):
                # "CEO von Rastos Plattform Plenum": a genitive owner, then the organization itself
                head = next((o for o in orgs if o.start >= nxt.end), None)
                if (
                    _genitive(nxt)
                    and head
                    and re.fullmatch(r"\s*(?:[^\s,;]+\s+){0,3}", norm[nxt.end : head.start])
                ):
                    nxt = head
                org = nxt
                listed[id(r)] = _expand(norm, orgs, [nxt], g)
        if org is None:
            # 'Mitbegründer und Chefwissenschaftler von Nordwind': coordinated titles share it
            later = next((x for x in roles if x.start >= r.end), None)
            if later is not None and g.conj.match(norm[r.end : later.start]):
                org = role_org.get(id(later))
        if org is None and r.name not in _offices():
            # 'Acme Chairman Jan Roe', 'Acme chief executive Jan Roe': the name right before the title
            # ... but 'Steel Minister Jan Roe': an office's portfolio or party is no organization
            org = next((o for o in orgs if o.end + 1 == r.start and norm[o.end] == " "), None)
        if org is None:
            # "Corvala's co-founder and CEO": a genitive organization right before the title
            own_org = next(
                (o for o in orgs if 0 <= r.start - o.end <= 1 and o.text.endswith(("'s", "’s"))), None
            )
            org = own_org
        if org is None and g.possessive.search(norm[max(0, r.start - 12) : r.start]):
            # 'Die Deutsche Bank hat ihren Finanzvorstand ...': the owner named before
            org = next((o for o in reversed(orgs) if o.end <= r.start), None)
        role_org[id(r)] = org
    # "Corvala's co-founder and CEO": a later coordinated title shares the earlier one's owner
    for a, b in pairwise(roles):
        if role_org[id(b)] is None and role_org[id(a)] is not None and g.conj.match(norm[a.end : b.start]):
            role_org[id(b)] = role_org[id(a)]
    out: list[_Aff] = []
    role_person: dict[int, Mention] = {}
    pending: list[Mention] = []  # titles waiting for the name after the next title
    where_roles: set[int] = set()
    for r in roles:
        org = role_org[id(r)]
        end = org.end if org is not None and org.start >= r.end else r.end
        person = None
        before = next((p for p in reversed(persons) if p.end <= r.start), None)
        gap = norm[before.end : r.start] if before else ""
        if before and (g.apposition.fullmatch(gap) or g.pronoun_before.search(gap)):
            person = before
            # 'A, la directrice commerciale B', 'A, commercieel directeur B': a title right before
            # a name is that name's
            after = next((p for p in persons if p.start >= r.end), None)
            if after and end == r.end and not norm[r.end : after.start].strip():
                person = None
        if person is None:
            prev = next((x for x in reversed(roles) if x.end <= r.start), None)
            if prev is not None and id(prev) in role_person and g.conj.match(norm[prev.end : r.start]):
                person = role_person[id(prev)]
        if person is None:
            after = next((p for p in persons if p.start >= end), None)
            # 'CEO Hale', 'CEO von Kelvo, Lena Koch', 'Direktor der Sicherheitsabteilung X'
            if after is not None and (
                re.fullmatch(r"\s*,?\s*", norm[end : after.start])
                or (
                    org is None and g.of.match(norm[end : after.start]) and "," not in norm[end : after.start]
                )
            ):
                person = after
        if org is None and (ante := _where_antecedent(norm, r.start, orgs, g)) is not None:
            # 'left Corvex, where she was head of sales': a title in a clause about the organization
            # named before is held there, by the sentence's subject
            person = person or next((p for p in reversed(persons) if p.end <= ante.start), None)
            if person is not None:
                role_org[id(r)] = org = ante
                where_roles.add(id(r))
        if person is None:
            nxt_role = next((x for x in roles if x.start >= r.end), None)
            if nxt_role is not None and g.conj.match(norm[r.end : nxt_role.start]):
                pending.append(r)  # "co-founder and CEO, Tom Hale"
                continue
            if g.pronoun_before.search(norm[max(0, r.start - 40) : r.start]) and not any(
                p.end <= r.start for p in persons
            ):
                out.append(_Aff(_PRONOUN, org, r))  # 'Als er Mitbegründer von Nordwind wurde'
            pending.clear()
            continue
        role_person[id(r)] = person
        for title in [*pending, r]:
            for p in _coordinated(norm, persons, person, g):
                for o in listed.get(id(title), [role_org[id(title)]]):
                    out.append(_Aff(p, o, title, id(title) in where_roles))
        pending.clear()
    return out


def _relative_spans(norm: str, g: Grammar) -> list[tuple[int, int]]:
    """', der ... ,' / ', who ... ,': from a comma-led clause opener to the next comma."""
    out = []
    for m in g.clause_opener.finditer(norm):
        if m.group().startswith(","):
            end = norm.find(",", m.end())
            out.append((m.start(), end if end >= 0 else len(norm)))
    return out


def _coordinated(
    norm: str,
    persons: list[Mention],
    p: Mention,
    g: Grammar,
    loose: bool = False,
    roles: list[Mention] | None = None,
) -> list[Mention]:
    """``p`` and the persons listed with it ('A, B und C').

    ``loose`` also takes a subject joined by 'und' and a short description ('Mia Lang und
    einer der Erfinder von RLHF Paul Weber verließ ...'): used for the subjects of events only.
    With ``roles``, names listed with their titles are listed too ('A, directora comercial; B,
    responsable de compras, y C, ...').
    """

    def listed(a: Mention, b: Mention, left: bool) -> bool:
        gap = norm[a.end : b.start]
        if (
            g.conj.match(gap)
            or (left and loose and g.loose_conj.fullmatch(gap))
            or g.described_conj.fullmatch(gap)
            # 'la directora Nuria Albiol, el guionista Rodrigo Peñalver y la productora C': an
            # item with its description before the one the list ends with
            or (left and loose and g.described_comma.fullmatch(gap) and b is not p and b in group)
        ):
            return True
        # 'por A, exconsultora de cadenas de suministro, y B': a description set off by commas
        # after a name, then the conjunction
        described = _DESCRIBED_GAP.match(gap) if loose else None
        if described and gap[described.end() :].strip() and g.conj.match(gap[described.end() :]):
            return True
        if not roles:
            return False
        if _TITLED_GAP.fullmatch(gap) and any(a.end < r.start and r.end < b.start for r in roles):
            return True
        # ', la directrice commerciale B', ' und Vertriebsleiterin B', ' en hoofd inkoop B': the
        # next name's title before it, a department at most between
        title = next(
            (
                r
                for r in roles
                if a.end <= r.start and r.end <= b.start and _DEPARTMENT.fullmatch(norm, r.end, b.start)
            ),
            None,
        )
        return title is not None and bool(g.conj.match(_ARTICLE_END.sub("", norm[a.end : title.start])))

    i = persons.index(p)
    group = [p]
    j = i
    while j > 0 and listed(persons[j - 1], persons[j], True):
        j -= 1
        group.insert(0, persons[j])
    j = i
    while j + 1 < len(persons) and listed(persons[j], persons[j + 1], False):
        j += 1
        group.append(persons[j])
    return group


# the quotes and dashes that may open a sentence before its first word
_OPENING_MARKS = ' "„“«»-–'
# ', directora comercial; ', ', CTO, et ': a name's title between two names of a list
_ARTICLE_END = re.compile(r"(?<![\w'’])\w{1,3}['’]?\s*$")
# ' inkoop', ' of purchasing': up to two lower-case words between a title and its name
_DEPARTMENT = re.compile(r"(?:\s+[^\W\d_A-Z][\w-]*){0,2}\s*")
# ', exconsultora de cadenas de suministro, ': a lower-case description between two commas
_DESCRIBED_GAP = re.compile(r"\s*,\s*(?:[^\W\d_A-Z][\w'’-]*\s+){0,6}[^\W\d_A-Z][\w'’-]*\s*,")
_TITLED_GAP = re.compile(r"\s*,\s*[^,;:.!?()\d]{2,60}?\s*[,;]\s*(?:\w{1,3}\s+)?")


def _clause(bounds: list[int], pos: int, length: int) -> tuple[int, int]:
    start = max((b for b in bounds if b <= pos), default=0)
    end = min((b for b in bounds if b > pos), default=length)
    return start, end


def _sentence_claims(
    adoc: AnalyzedDocument,
    s: Sentence,
    ms: list[Mention],
    all_affs: list[_Aff],
    g: Grammar,
    cs: Cues,
    main: str | None,
    ctx: Context,
) -> list[Claim]:
    norm = s.norm
    out: list[Claim] = []
    affs = [a for a in all_affs if a.person is not _PRONOUN]
    persons = [m for m in ms if m.kind == "person"]
    orgs = [m for m in ms if m.kind == "org"]
    sentence_orgs = {o.name for o in orgs}

    def claim(
        typ: str, subj: str, obj: str, role: str | None, status: str, date: str | None, how: str
    ) -> None:
        out.append(
            Claim(
                adoc.doc.id,
                typ,
                subj,
                obj,
                role,
                date,
                status,
                s.text,
                s.start,
                s.end,
                lang=adoc.lang,
                extractor="rules",
                date_how=how,
            )
        )

    # a sentence with an organization's common noun is about the topic ('le fonds X' included)
    ana = _anaphor(norm, ms, g, 0, len(norm), kinds=True) if main or ctx.topic else None
    main = main or (ctx.topic if ana else None)
    pronoun_titles: set[tuple[str, str, str]] = set()
    for a in all_affs:
        org = a.org.name if a.org else (main if main in sentence_orgs or not sentence_orgs or ana else None)
        if a.org is None and a.role.name in _offices():
            org = None  # 'Finance Minister Jan Roe': an office of a state, not of the article's company
        person = ctx.salient if a.person is _PRONOUN else a.person.name
        if org and person and org != person:
            claim("holds_role", person, org, a.role.name, "happened", None, "")
            if a.person is _PRONOUN:
                pronoun_titles.add((person, org, a.role.name))
            if a.org is not None and (until := _held_until(norm, s, a.role, a.org, ctx, cs)) is not None:
                # 'X's finance director until 2022', 'war bis 2022 Finanzchef der X': a title held
                # until a date is left then (or will be, where the date is ahead of the article)
                ahead = adoc.doc_date is not None and until > adoc.doc_date.iso[: len(until)]
                claim("leaves", person, org, None, "planned" if ahead else "happened", until, "clause")

    prev: tuple[int, str] | None = None
    found = _triggers(norm, g, ms)
    bounds = cs.bounds(norm) if found else []  # most sentences have no trigger
    for typ, t in found:
        cl = _clause(bounds, t.start(), len(norm))
        status = "happened" if typ == "former" else event_status(norm, t.start(), t.end(), cl, cs)
        if typ == "candidate":
            # 'il nome caldo per la panchina è quello di X': an appointment talked of
            typ, status = "appointed", "denied" if status == "denied" else "rumored"
        if (
            status == "happened"
            and prev
            and prev[1] != "happened"
            and g.purpose.search(norm, prev[0], t.start())
        ):
            status = prev[1]  # 'lascerà Enel per entrare in Eni': the join is as planned as the leave
        prev = (t.end(), status)
        date, how = event_date(adoc, s, t.start(), t.end(), cl, typ, cs, status)
        if status == "happened" and date and adoc.doc_date and how in ("clause", "sentence"):
            k = min(len(date), len(adoc.doc_date.iso))
            if date[:k] > adoc.doc_date.iso[:k]:
                status = "planned"  # 'legt sein Amt zum 30. Juni nieder': dated after the article
        rivals = [(other, k.start()) for other, k in found if k is not t]
        if typ in ("joins", "appointed") and g.again.search(norm, max(cl[0], t.start() - 12), t.end()):
            typ = "returns"
        for c in _event(typ, norm, t, cl, persons, orgs, ms, affs, g, main, ctx, rivals):
            claim(c[0], c[1], c[2], c[3], status, date, how)
    for parent, child in _subsidiaries(norm, orgs, g):
        claim("invests", parent, child, None, "happened", None, "")
    # 'Im Herbst übernimmt er den Vorsitz bei X': a pronoun's title that the sentence appoints
    # them to is no title held
    taken = {(c.subject, c.object) for c in out if c.type in ("appointed", "joins", "returns")}
    out = [
        c
        for c in out
        if not (
            c.type == "holds_role"
            and (c.subject, c.object, c.role) in pronoun_titles
            and (c.subject, c.object) in taken
        )
    ]
    held = _held_until_now(norm, affs, g)
    out += _incumbents(out, held)
    out += _relative_incumbents(out, norm, persons, orgs, g)
    out = _moves_inside(out, held, g)
    return out if sentence_orgs else _stepped_aside(out)


def _stepped_aside(out: list[Claim]) -> list[Claim]:
    """'zieht sich aus dem Vorstand zurück und übernimmt den Vorsitz im Aufsichtsrat': in a
    sentence that names no organization, one who leaves and takes a title, both at the article's
    organization and with one status, moves to another role inside it."""
    moved = {
        (c.subject, c.object, c.status): c.role
        for c in out
        if c.type == "appointed"
        and any(
            d.type == "leaves" and (d.subject, d.object, d.status) == (c.subject, c.object, c.status)
            for d in out
        )
    }
    return [
        replace(c, type="reassigned", role=moved[k])
        if c.type in ("leaves", "appointed") and (k := (c.subject, c.object, c.status)) in moved
        else c
        for c in out
    ]


def _held_until(norm: str, s: Sentence, role: Mention, org: Mention, ctx: Context, cs: Cues) -> str | None:
    """The date a title is held until, said right after the title and its organization or right
    before them ('X's director until 2022', 'bis 2022 Finanzchef der X')."""
    lo, hi = min(role.start, org.start), max(role.end, org.end)
    for d, (b, e) in zip(s.dates, ctx.dates, strict=False):
        if d.value is None or d.vague:
            continue
        gap = norm[hi:b] if b >= hi else norm[e:lo] if e <= lo else None
        start = max(0, b - 25)
        until = cs.until.search(norm, start, b)
        if gap is None or len(gap) > 30 or re.search(r"[,;:()]", gap) or until is None:
            continue
        # ... not the end of a span ('from 2015 until 2019 she was finance director at X': a past stint)
        if not any(0 <= until.start() - e2 <= 4 for _, e2 in ctx.dates):
            return d.value.iso
    return None


def _held_until_now(norm: str, affs: list[_Aff], g: Grammar) -> list[_Aff]:
    """'X, derzeit Direktorin des Y,', 'X, jusqu'ici directeur marketing,', 'X, presidente
    uscente,': titles in apposition after the name that the sentence says the person holds until
    now (the cue before the title, or right after it)."""
    return [
        a
        for a in affs
        if a.person.end <= a.role.start
        and re.fullmatch(r"\s*[,(][^;:]{0,45}", norm[a.person.end : a.role.start])
        and (
            g.incumbent.search(norm, a.person.end, a.role.start)
            or (norm[a.role.end : a.role.end + 1] == " " and g.incumbent.match(norm, a.role.end + 1))
        )
    ]


# an organization's mention in a sentence's skeleton: its index between two control characters
_PLACEHOLDER = "\x01\\d+\x02"


def _subsidiaries(norm: str, orgs: list[Mention], g: Grammar) -> list[tuple[str, str]]:
    """(parent, child) of the sentence's statements that one organization is another's
    subsidiary ('Lumio Ltd, a Velorim Plc subsidiary', 'die Lumio GmbH, eine Tochter der Velorim AG'):
    the parent holds it, an investment in FACTS.md's terms."""
    if not g.subsidiary or len(orgs) < 2:
        return []
    parts, last = [], 0
    for k, o in enumerate(orgs):
        if o.start < last:
            continue  # inside the one before
        parts += [norm[last : o.start], f"\x01{k}\x02"]
        last = max(last, o.end)
    skeleton = "".join(parts) + norm[last:]
    found = []
    for pat in g.subsidiary:
        for m in pat.finditer(skeleton):
            parent, child = (orgs[int(m.group(k).strip("\x01\x02"))].name for k in ("parent", "child"))
            if parent != child:
                found.append((parent, child))
    return found


def _moves_inside(out: list[Claim], held: list[_Aff], g: Grammar) -> list[Claim]:
    """'X, jusqu'ici directrice marketing, devient directrice commerciale': one appointed
    beside a title the sentence says they hold until then, at the same organization or none
    named, moves to another role inside it; but taking the lead ('finora vicedirettore, nominato
    direttore generale') or standing in ('ad interim') is an appointment still."""
    by_person = {a.person.name: a for a in held}
    return [
        replace(c, type="reassigned")
        if c.type == "appointed"
        and (a := by_person.get(c.subject)) is not None
        and (a.org is None or a.org.name == c.object)
        and c.role is not None
        and c.role != a.role.name
        and c.role not in g.leading_roles
        and not c.role.startswith(("interim ", "acting "))
        else c
        for c in out
    ]


def _relative_incumbents(
    out: list[Claim], norm: str, persons: list[Mention], orgs: list[Mention], g: Grammar
) -> list[Claim]:
    """'X, der bislang bei SAP die Entwicklung leitet, ...', 'X, que actualmente dirige Y': one
    who joins or is appointed leaves the organization a relative clause right after their name
    says they are at until then."""
    have = {(c.type, c.subject, c.object) for c in out}
    found: list[Claim] = []
    relative = dict(_relative_spans(norm, g)) if any(c.type in ("joins", "appointed") for c in out) else {}
    for c in out:
        if c.type not in ("joins", "appointed"):
            continue
        for p in (p for p in persons if p.name == c.subject and p.end in relative):
            start, end = p.end, relative[p.end]
            held = next((o for o in orgs if start <= o.start < end and o.name != c.object), None)
            if (
                not g.incumbent.search(norm, start, end)
                or held is None
                or ("leaves", c.subject, held.name) in have
            ):
                continue
            found.append(replace(c, type="leaves", object=held.name, role=None))
            have.add(("leaves", c.subject, held.name))
    return found


def _incumbents(out: list[Claim], held: list[_Aff]) -> list[Claim]:
    """'Els Bos, nu nog verslaggever bij X, begint als ...', 'X, derzeit Direktorin des Y,
    wechselt': one who joins or is appointed leaves the organization of a title ``held`` until
    then."""
    have = {(c.type, c.subject, c.object) for c in out}
    gone = {
        (c.subject, a.org.name): c
        for c in out
        if c.type in ("joins", "appointed")
        for a in held
        if a.org is not None and a.person.name == c.subject and a.org.name != c.object
    }
    return [
        replace(c, type="leaves", object=org, role=None)
        for (person, org), c in gone.items()
        if ("leaves", person, org) not in have
    ]


def _destinations(claims: list[Claim]) -> list[Claim]:
    """'will leave A to become director of B', 'X wird Geschäftsführerin von A. Sie verlässt dafür
    B': a departure with a destination is a join too (FACTS.md), where the article names the
    person's appointment at another organization, not one they come back to."""
    gone = {
        (c.subject, c.object) for c in claims if c.type in ("leaves", "dismissed") and c.status != "denied"
    }
    have = {(c.type, c.subject, c.object) for c in claims}
    out: list[Claim] = []
    for c in claims:
        if (
            c.type == "appointed"
            and c.status != "denied"
            and not {("joins", c.subject, c.object), ("returns", c.subject, c.object)} & have
            and any(p == c.subject and o != c.object for p, o in gone)
        ):
            have.add(("joins", c.subject, c.object))
            out.append(replace(c, type="joins", role=None))
    return out


def _triggers(norm: str, g: Grammar, ms: list[Mention]) -> list[tuple[str, re.Match[str]]]:
    """Trigger matches of all types; of overlapping matches the longest wins."""
    types = g.trigger_index.keys_in(fold(norm)) if g.trigger_index is not None else g.triggers.keys()
    found = [
        (typ, t)
        for typ, pat in g.triggers.items()
        if typ in types
        for t in pat.finditer(norm)
        if not any(m.kind in ("person", "org") and m.start <= t.start() < m.end for m in ms)
        # 'Conference on Acquired Immune ...': a capitalised word inside a sentence is part of a name
        and (g.caps_nouns or not t.group()[:1].isupper() or not norm[: t.start()].strip(' "„“«-–'))
    ]
    if (a := g.arrival.match(norm)) is not None:
        found.insert(0, ("moves", a))  # 'Arrivé en 2021 de X, ...': the subject came from X
    found.sort(key=lambda x: x[1].start() - x[1].end())
    kept: list[tuple[str, re.Match[str]]] = []
    for typ, t in found:
        if all(t.end() <= k.start() or t.start() >= k.end() for _, k in kept):
            kept.append((typ, t))
    return sorted(kept, key=lambda x: x[1].start())


_TITLE_GAP = re.compile(r"(?s:.{0,2})|\s+(?-i:[^\W\d_A-Z])\w+\s+")


def _inverted_subject(
    norm: str, t: re.Match[str], cl: tuple[int, int], p: Mention, ms: list[Mention], g: Grammar
) -> bool:
    """'va in aspettativa per sei mesi anche il capo dell'ufficio legale X': a titled subject after
    adverbials, where the language lets the subject follow its verb ... not a speaker after a
    quote, nor where the verb's own one is unnamed ('la contratación de un nuevo técnico') or a
    description before the verb is the subject ('El directivo sustituye')."""
    gap = norm[t.end() : p.start]
    # where the subject follows the verb only after a fronted adverbial or object ('Zum 1. Januar
    # übernimmt X', "Fuchs' Aufgaben übernimmt X")
    inverts = g.inverts or bool(
        g.fronted.match(norm, cl[0], t.start())
        or any(
            m.kind == "person" and cl[0] <= m.start and m.end <= t.start() and _possessor(norm, m) for m in ms
        )
    )
    return (
        inverts
        # ... its title right before it, an adjective at most between ('o diretor industrial X')
        and any(
            r.kind == "role" and r.end <= p.start and _TITLE_GAP.fullmatch(norm, r.end, p.start) for r in ms
        )
        and len(gap.split()) <= 12
        and not re.search(r"[\"«»“”]", gap)
        and not g.unnamed.match(norm, t.end())
        and not g.subject_pronoun.search(norm, cl[0], t.start())
        and _described(norm, cl[0], t.start(), ms, g) is None
    )


# 'Hale, 68, who founded ...', 'X, 52 anni, che lascia', 'X, de 52 años, que': an age set off
# by commas between a name and its relative clause (a short word of years at most around it)
_COMMA_AGE = re.compile(r"^\s*,\s*(?:[^\W\d_]{1,3}\s+)?\d{1,3}(?:\s+[^\W\d_]{1,5})?\s*$")


def _without_age(gap: str) -> str:
    """``gap`` between a name and what follows it, without an age ('(64)', ', 68')."""
    return _COMMA_AGE.sub("", AGE.sub("", gap))


def _nearest_person(
    norm: str,
    t: re.Match[str],
    cl: tuple[int, int],
    persons: list[Mention],
    g: Grammar,
    opener: bool,
    ms: list[Mention],
    agentive: bool = False,
    appointing: bool = False,
) -> Mention | None:
    after_of = next((p for p in persons if p.start >= t.end()), None)
    # ... the 'of' may end a noun trigger itself ('descartó la vuelta de X'), a description
    # between ('la vuelta del delantero X'); not a verb's ('prend la succession de X')
    words = norm[t.start() : t.end()].split()
    if (
        after_of is not None
        and (
            g.of_after.match(norm[t.end() : after_of.start])
            or (
                len(words) > 1
                and g.bare_gap.fullmatch(f" {words[0]} ")
                and g.of_after.match(f" {words[-1]} ")
                and _DEPARTMENT.fullmatch(norm, t.end(), after_of.start)
            )
        )
        and not g.predecessor.search(norm[max(0, t.start() - 40) : t.end()] + " ")
    ):
        return after_of
    # 'la firma ha fichado a X', 'nombró a X': the person the verb's object marks, the mark after
    # the trigger or ending it (not the one replaced: 'sucede a X')
    if (
        after_of is not None
        and len(norm[t.end() : after_of.start].split()) <= 1
        and g.person_object.search(norm, t.start(), after_of.start)
        and not g.handover.search(norm, t.start(), after_of.start)
        and not g.predecessor.search(norm[max(0, t.start() - 40) : after_of.start])
    ):
        return after_of
    before = [p for p in persons if p.end <= t.start()]
    # "Fuchs' Aufgaben übernimmt X": a possessor is no subject, unless it owns the trigger
    # itself ('Hales Rücktritt')
    # ... nor is the one replaced where a name follows the verb ('Al posto di Rossi è stato
    # nominato X'; but 'replacing X, who resigned')
    named_after = any(t.end() <= p.start < cl[1] for p in persons)
    in_clause = [
        p
        for p in before
        if p.start >= cl[0]
        and not (_possessor(norm, p) and t.start() - p.end > 3)
        # ... nor one opposed ('ha vinto contro la candidata X e si insedierà')
        and not _slot(norm, p, g.against, cl[0])
        # ... nor one the clause opens with as the one the subject goes with ('Con X lascia la
        # società anche il preparatore Y'; but a co-founder is one: 'gemeinsam mit X gegründet')
        and not (not agentive and g.with_.fullmatch(norm[cl[0] : p.start].lstrip(_OPENING_MARKS + " ,")))
        and not (named_after and g.predecessor.search(norm[max(0, p.start - 40) : p.start]))
    ]
    if in_clause:
        # 'Fábio X, neto de Ademar e presidente da Y, deixará': a name inside the apposition of
        # the one before is no subject
        last = in_clause[-1]
        gap = norm[in_clause[-2].end : last.start] if len(in_clause) > 1 else ""
        if (
            gap.lstrip().startswith(",")
            and gap.count(",") == 1
            and not g.conj.match(gap)
            and "," in norm[last.end : t.start()]
        ):
            return in_clause[-2]
        return last
    # 'Roe was elected president, succeeding Jan Moss': the one succeeded is no subject
    after = [
        p
        for p in persons
        if p.start >= t.end()
        and p.start < cl[1]
        and not g.predecessor.search(norm[max(0, p.start - 40) : p.start])
    ]
    # 'Fondée en 1987 par le médecin lyonnais X': a founder is the passive's agent
    if (
        after
        and (
            len(norm[t.end() : after[0].start].split()) <= 4
            # 'Neuer Technikvorstand wird zum 1. Januar X': a predicate opening the clause, its
            # subject after the verb
            or (
                not norm[cl[0] : t.start()].strip(_OPENING_MARKS + ",")
                and bool(g.predicate.search(norm, t.end(), after[0].start))
            )
            or _inverted_subject(norm, t, cl, after[0], ms, g)
            or (agentive and any(_slot(norm, after[0], p, t.end()) for p in (g.passive_agent, g.agent)))
            # ... or named after the title that describes it ('ejercidas por la directora
            # financiera de la empresa, X')
            or (appointing and _described_agent(norm, t, after[0], ms, g))
        )
    ):
        return after[0]
    # 'le départ de trois de ses dirigeants : Léna Rigaud, ...': the list after a colon
    colon = norm.find(":", t.end(), t.end() + 80)
    listed = next((p for p in persons if colon >= 0 and 0 < p.start - colon <= 3), None)
    if listed is not None:
        return listed
    # 'Tom Brandt, der 2023 zu Nordwind kam': a relative clause right after the person (and
    # their age: 'Tom Brandt (64), der'); 'Ferri, che aveva fondato la società, entrerà ...': the
    # main clause goes on after it
    # ... not where a description opens that clause ('..., il giornalista ha annunciato che')
    if before and (
        (opener and len(_without_age(norm[before[-1].end : cl[0]])) <= 3)
        or (
            re.fullmatch(r"\s*,\s*[^\W\d_A-Z][^,]*", norm[before[-1].end : cl[0]])
            and _described(norm, norm.index(",", before[-1].end) + 1, cl[0], ms, g) is None
        )
    ):
        return before[-1]
    # 'Rigo ha annunciato che impugnerà la revoca', 'anunció que dejará X': where subjects are
    # dropped, a clause opened right after the name's verb, with no subject of its own before
    # the trigger (no determiner: 'che il consiglio lo licenzierà'), is the name's
    if before and g.pro_drop and before[-1].end < cl[0] and (opened := re.match(r"\w+", norm[cl[0] :])):
        head, inner = norm[before[-1].end : cl[0]], norm[cl[0] + opened.end() : t.start()].split()
        if (
            "," not in head
            and len(head.split()) <= 4
            and len(inner) <= 2
            and not any(w[:1].isupper() or g.bare_gap.fullmatch(w + " ") for w in inner)
            and not any(before[-1].end <= m.start < t.start() for m in ms if m.kind in ("person", "org"))
        ):
            return before[-1]
    # 'Chairman X, who had hired Y from a rival, will leave': the main clause goes on
    # after a relative clause; its subject is the name before that clause, not one inside it
    for a, b in _relative_spans(norm, g):
        if b <= t.start() and cl[0] >= b and not norm[b : cl[0]].strip(" ,"):
            named = [p for p in before if p.end <= a and not _genitive(p)]
            if named and not _without_age(norm[named[-1].end : a]).strip():
                return named[-1]
    return None


def _described_agent(norm: str, t: re.Match[str], p: Mention, ms: list[Mention], g: Grammar) -> bool:
    """Whether ``p`` is a passive's agent named after its title and a comma ('by finance chief
    X' without the comma is a plain agent; 'por la directora financiera del grupo, X'); the trigger
    may end with the preposition."""
    te = t.end()
    c = norm.rfind(",", te, p.start)
    # ... a description in lower case may stand between ('pelo vice-reitor, o engenheiro X')
    if c < 0 or not re.fullmatch(r"\s*(?:(?-i:[^\W\d_A-Z])[\w'’-]*\s+){0,4}", norm[c + 1 : p.start]):
        return False
    by = g.passive_agent.search(norm, t.start(), c) or g.agent.search(norm, t.start(), c)
    # ... a title, or a description in common nouns ('la directora financiera del grupo')
    return by is not None and (
        any(r.kind == "role" and te <= r.start < c for r in ms)
        or not any(w[:1].isupper() for w in norm[by.start() : c].split())
    )


def _title_org(
    norm: str, te: int, cl: tuple[int, int], ms: list[Mention], orgs: list[Mention], g: Grammar
) -> Mention | None:
    """'übernimmt er den Vorsitz des Vorstands bei der Bremer Reederei X': the organization of
    the title right after the verb, however far from the verb the title's words reach."""
    r = next((m for m in ms if m.kind == "role" and te <= m.start <= te + 40 and m.start < cl[1]), None)
    if r is None:
        return None
    return next((o for o in orgs if r.end <= o.start < cl[1] and g.of.match(norm[r.end : o.start])), None)


def _place_goal(norm: str, cl: tuple[int, int], ms: list[Mention], g: Grammar) -> bool:
    """Whether the clause names a destination that is a place, a capitalised word after a goal
    or target preposition that no mention covers ('nach Mußbach', 'an die Lahn')."""
    return any(
        not any(x.start <= m.end() - 1 < x.end for x in ms if x.kind in ("org", "person"))
        for m in g.goal_place.finditer(norm, cl[0], cl[1])
    )


def _participle_subject(
    norm: str, t: re.Match[str], cl: tuple[int, int], persons: list[Mention], ms: list[Mention], g: Grammar
) -> Mention | re.Match[str] | None:
    """'Arrivé en 2021 de X, où il dirigeait Y, le dirigeant de 54 ans a lancé ...': in a sentence
    that opens with a participle of arrival, the events of its opening clause are those of the
    main clause's subject, the name or description that opens a later comma-separated part."""
    if cl[0] != 0 or not g.arrival.match(norm):
        return None
    c = norm.find(",", t.end())
    while c >= 0:
        nxt = norm.find(",", c + 1)
        hi = nxt if nxt >= 0 else len(norm)
        roles = [r.end for r in ms if r.kind == "role" and c < r.start < hi]
        for p in persons:
            if c < p.start < hi and re.fullmatch(
                r"[\s,]*", norm[max([c + 1, *(e for e in roles if e <= p.start)]) : p.start]
            ):
                return p
        found = _described(norm, c + 1, hi, ms, g)
        if found is not None:
            return found
        c = nxt
    return None


def _reporter(
    norm: str, cl: tuple[int, int], persons: list[Mention], ms: list[Mention], g: Grammar
) -> re.Match[str] | None:
    """'..., il giornalista ha annunciato che impugnerà ...': a description opening the clause
    before a reported one, with no name between, is the reported clause's subject."""
    if not cl[0] or norm[cl[0] : cl[0] + 1] == ",":
        return None
    lo = norm.rfind(",", 0, cl[0]) + 1
    if any(lo <= p.start < cl[0] for p in persons):
        return None
    return _described(norm, lo, cl[0], ms, g)


def _described(norm: str, lo: int, hi: int, ms: list[Mention], g: Grammar) -> re.Match[str] | None:
    """A definite description opening ``norm[lo:hi]`` ('Die 38-Jährige war ... gewechselt', 'Il
    tecnico romano, arrivato alla Ducale ...') that no name follows: the clause is about a person
    named before ('der neue Trainer Tom Roe' is someone else, and is named). The match's text
    starts with the article, which may tell the gender."""
    start = lo + len(norm[lo:hi]) - len(norm[lo:hi].lstrip(' ,;:"„“«»-–'))
    found = g.description.match(norm, start, hi) or g.definite.match(norm, start, hi)
    if found is None:
        return None
    end: int | None = found.end()
    if found.re is g.definite:
        end = next((r.end for r in ms if r.kind == "role" and r.start == found.end() and r.end <= hi), None)
    # a name right after it, or a person's after an adjective ('il tecnico romano Marco Bellini')
    if end is None or any(
        re.fullmatch(r"\s*,?\s*" if x.kind == "org" else r"(?:\s+[^\W\d_A-Z]+)?\s*,?\s*", norm[end : x.start])
        for x in ms
        if x.start >= end and x.kind in ("person", "org")
    ):
        return None
    return found


def _word_gender(word: str, g: Grammar) -> str | None:
    """'f' for 'elle', 'la manager'; 'm' for 'il'; None for a first word of no one gender."""
    first = word.split()[0].casefold() if word.split() else ""
    return "f" if first in g.feminine else "m" if first in g.masculine else None


def _agrees(name: str, word: str, g: Grammar) -> bool:
    """Whether the person ``name`` can be the one 'elle', 'il', 'la manager' stands for: a first
    name of one gender only must agree with a pronoun or article that has one."""
    want = _word_gender(word, g)
    have = gender(name.split()[0]) if want and name.split() else None
    return have is None or have == want


def _of_gender(name: str, words: list[str], g: Grammar) -> bool:
    """Whether one of ``words`` is a pronoun of a gender, and the first name of ``name`` is of it."""
    have = gender(name.split()[0]) if name.split() else None
    return have is not None and any(_word_gender(w, g) == have for w in words)


def _slot(norm: str, m: Mention, pat: re.Pattern[str], floor: int) -> bool:
    window = norm[max(0, floor, m.start - 70) : m.start]
    # past a form of address, whose period ends no phrase ('von der Biologin Dr. X')
    if window.endswith(". ") and (h := _honorifics().search(window)):
        window = window[: h.start()]
    return bool(pat.search(window))


def _event(
    typ: str,
    norm: str,
    t: re.Match[str],
    cl: tuple[int, int],
    persons: list[Mention],
    orgs: list[Mention],
    ms: list[Mention],
    affs: list[_Aff],
    g: Grammar,
    main: str | None,
    ctx: Context,
    rivals: list[tuple[str, int]],
) -> list[tuple[str, str, str, str | None]]:
    """(type, subject, object, role) of one trigger occurrence; ``rivals`` are the type and
    start of the sentence's other triggers."""
    ts, te = t.start(), t.end()
    # 'Diplômée de l'X, elle succède à Y': the school studied at is no party to the event
    orgs = [o for o in orgs if not g.education.search(norm, max(0, o.start - 60), o.start)]
    # ... nor is a part of a court's name read apart ('ante la Audiencia Provincial de X')
    orgs = [o for o in orgs if g.court.search(o.text) or not _court(norm, o, g)]
    # 'Elle y prendra la direction des contenus', 'Dort wird er zum Finanzchef ernannt': an
    # adverb of place near the verb in its clause, in a sentence that names no organization, is
    # the one named last before
    # ... or opens the sentence ('Dort leitet er die Abteilung von X, die in den Ruhestand tritt')
    if (
        ctx.there
        and not orgs
        and (g.there.search(norm, max(cl[0], ts - 40), min(cl[1], te + 40)) or g.there.match(norm))
    ):
        main = ctx.there
    if typ == "sells":
        return _sold(norm, t, cl, orgs, ms, g, main)
    if typ == "invests" and any(other == "sells" and 0 <= ts - r <= 30 for other, r in rivals):
        # 'sold his 34.2 pct stake in X to Lubensky': the buyer of the stake invests, not the seller
        buyer = next(
            (
                e
                for e in sorted(persons + orgs, key=lambda e: e.start)
                if e.start >= te and _slot(norm, e, g.buyer, te)
            ),
            None,
        )
        if buyer is None:
            return []
        found = _group_event(typ, norm, t, cl, persons, orgs, g, main, ctx)
        return [(typ, buyer.name, c[2], None) for c in found if c[2] != buyer.name]
    if typ in ("sues", "invests", "acquires"):
        found = _group_event(typ, norm, t, cl, persons, orgs, g, main, ctx)
        if (
            not found
            and typ == "sues"
            and ctx.salient
            and not any(p.end <= ts for p in persons)
            and (
                _described(norm, 0, ts, ms, g)
                or g.subject_pronoun.search(norm, 0, ts)
                or g.own_lawyer.search(norm, 0, ts)
            )
        ):
            # 'Der Manager will Klage gegen X erheben', 'Sein Anwalt reichte Klage gegen X ein': a
            # description, a pronoun or the lawyer of the person the text is about: that person
            # sues the one after 'against'
            # ... or the verb's object ('The doctor has sued X', 'Hij heeft X vorige week gedagvaard')
            sued = [o for o in orgs if _slot(norm, o, g.against, ts - 80) and o.name != ctx.salient] or [
                o
                for o in orgs
                if o.name != ctx.salient
                and cl[0] <= o.start < cl[1]
                and (
                    (o.start >= te and _object_gap(norm[te : o.start], g))
                    or (g.verb_final and o.end <= ts and not re.search(r"[,(]", norm[o.end : ts]))
                )
            ][:1]
            return [(typ, ctx.salient, o.name, None) for o in sued]
        return found
    if typ == "holds":
        # a stake held is an organization's investment; a founder's own shares are none
        owners = {p.name for p in persons}
        return [
            c for c in _group_event("invests", norm, t, cl, persons, orgs, g, main, ctx) if c[1] not in owners
        ]
    if typ == "former":
        return _former(norm, t, persons, orgs, ms, g, main)
    if typ == "partakes":
        return _partakers(norm, t, cl, persons, orgs, g, main)
    opener = bool((m := g.clause_opener.match(norm, cl[0])) and m.group().startswith(","))
    roles = [m for m in ms if m.kind == "role"]
    # 'he is being replaced by his son, X': X takes the post and is no subject of the departure
    successor = (
        next((p for p in persons if 0 <= p.start - te <= 80 and g.successor.search(norm, ts, p.start)), None)
        if typ in ("leaves", "dismissed")
        else None
    )
    if successor is not None:
        persons = [p for p in persons if p is not successor]
    subj = _nearest_person(norm, t, cl, persons, g, opener, ms, typ == "founds", typ == "appointed")
    succeeded_at: str | None = None
    comma = norm.find(",")
    if (
        typ in ("appointed", "joins")
        and te <= comma
        and g.purpose.match(norm, len(norm) - len(norm.lstrip(_OPENING_MARKS)))
        and (after := [p for p in persons if p.start > comma])
    ):
        # 'Pour lui succéder, Velorim a recruté X', 'To replace her, the board named X': an
        # opening purpose clause's succession is the one the main clause names last, at the
        # organization of the one succeeded (a buyer hires for the company it bought)
        subj = after[-1]
        succeeded_at = ctx.home.get(ctx.salient) if ctx.salient and ctx.salient != subj.name else None
    lead = _participle_subject(norm, t, cl, persons, ms, g) if subj is None else None
    if isinstance(lead, Mention):
        subj, lead = lead, None
    if subj is not None and g.own_counsel.search(norm, max(0, subj.start - 40), subj.start):
        return []  # 'Son avocate, Me X, a annoncé que sa cliente ...': the lawyer speaks for another
    subjects = _coordinated(norm, persons, subj, g, loose=True, roles=roles) if subj is not None else []
    if subj is None and (k := len(ctx.group)) in g.person_group and g.person_group[k].match(norm, cl[0]):
        # 'Das Trio gründete X': each of the persons last named together
        subjects = [Mention("person", cl[0], cl[0], "", n) for n in ctx.group]
        subj = subjects[0]
    if subj is None:
        # 'ich habe Nordwind mitbegründet' (the quote's speaker), 'dass er ... zurückgetreten war'
        name = None
        if ctx.speaker and g.first_person.search(norm, cl[0], ts):
            name = ctx.speaker
        elif (
            (
                pro := g.subject_pronoun.search(norm, cl[0], ts)
                # ... or right after the verb ('Im Herbst übernimmt er', 'Daarna wordt hij')
                or (g.subject_pronoun.match(norm, te + 1) if norm[te : te + 1] == " " else None)
                or _described(norm, cl[0], ts, ms, g)
                or lead
                or _reporter(norm, cl, persons, ms, g)
            )
            is not None
        ):
            # the person named last before the clause ('sagte Eva, dass er entlassen wurde'),
            # else the one the text is about, else the one named before whose gender agrees ('elle')
            # ... not one inside a relative clause ('Chen, who co-founded it with Raj Patel, said she')
            rel = _relative_spans(norm, g)
            earlier = [
                p.name
                for p in persons
                if p.end <= cl[0]
                # ('X, ..., il giornalista ha annunciato che': a description before the clause
                # stands for someone other than the names before it)
                and pro.start() >= cl[0]
                and not _genitive(p)
                and not any(a <= p.start < b and not a <= ts < b for a, b in rel)
            ]
            who = [*reversed(earlier), *([ctx.salient] if ctx.salient else []), *ctx.recent]
            # 'o técnico' is the one named before as a coach
            told = {r.name for r in ms if r.kind == "role" and pro.start() <= r.start < pro.end() + 1}
            who = [c for c in who if told & ctx.titles.get(c, set())] or who
            name = next((c for c in who if _agrees(c, pro.group(), g)), None)
        elif g.nonfinite.match(norm, cl[0]) or g.where.match(norm, cl[0]):
            # 'Ruggeri era approdata ad A, dopo aver lasciato B': the one of the clause before;
            # 'se incorporará a X, donde asumirá ...': where the subject goes unsaid
            before = [p for p in persons if p.end <= cl[0] and not _genitive(p)]
            name = before[-1].name if before else None
        if name is None:
            return []
        subj = Mention("person", cl[0], cl[0], "", name)
        subjects = [subj]
    # the subject's own organizations: from an apposition in the trigger's clause or next to the name
    mine = [
        a
        for a in affs
        if a.person.name == subj.name
        and min(subj.start, cl[0]) - 60 <= a.role.start < cl[1]
        # 'has hired Daniel Moss as its CTO': the title one joins as is not one held before
        # ... but 'arriverà X, oggi direttrice di Y': one set off by a comma is
        and not (
            typ in ("joins", "appointed")
            and a.role.start > te
            and not (a.person.end <= a.role.start and re.match(r"\s*[,(]", norm[a.person.end : a.role.start]))
        )
    ]
    own = {a.org.name for a in mine if a.org is not None}
    own_roles = [a.role.name for a in mine]

    def dist(o: Mention) -> int:
        return o.start - te if o.start >= te else ts - o.end

    def is_modifier(o: Mention) -> bool:
        """'Nordwind-Konkurrenten', 'il concorrente di Nordwind, Lumio': not the event's object."""
        if ("-" in o.text and not o.text.endswith(o.name)) or _genitive(o):
            return True
        nxt = next((x for x in orgs if x.start >= o.end), None)
        return (
            nxt is not None
            and bool(re.fullmatch(r"\s*,\s*", norm[o.end : nxt.start]))
            and bool(g.of_before.search(norm[max(0, o.start - 12) : o.start]))
        )

    # a slot's preposition stands after the organization and the verb before ('to A from B': B
    # is no target; 'al banco en 2018 tras abandonar BBVA': BBVA is none of 'abandonar'); where
    # verbs come last, the trigger's own objects stand before it
    floors = {
        id(o): max(
            [x.end for x in orgs if x.end <= o.start]
            + [e for _, e in ctx.dates if e <= o.start]
            + [r - 1 for r in [*(r for _, r in rivals), *([] if g.verb_final else [ts])] if r < o.start],
            default=0,
        )
        for o in orgs
    }

    def unclaimed(o: Mention) -> bool:
        """No verb of the other direction, nor a former title, stands between the trigger and
        ``o`` ('se incorporó al banco tras abandonar BBVA': BBVA is the one left; 'fondée par X,
        ancienne consultante chez McKinsey')."""
        return not any(
            # ... nor, where the verb comes first, before ``o`` that comes before the trigger
            # ('lascerà la X e sarà direttore di Y': X is the one left)
            (te <= r <= o.start or (not g.verb_final and r < o.start and o.end <= ts))
            and (other == "former" or frozenset((typ, other)) in _OPPOSED)
            for other, r in rivals
        )

    # 'returns after four years at X', 'tras cuatro años en X': a stint before the move, left
    stints = [
        o
        for o in orgs
        if dist(o) <= 90
        and _slot(norm, o, g.stint, max([x.end for x in orgs if x.end <= o.start], default=0))
    ]
    src = [o for o in orgs if (_slot(norm, o, g.source, floors[id(o)]) or o in stints) and not is_modifier(o)]
    # a join whose person follows the verb ('la firma ha fichado a X'): the organization hires
    hired = typ == "joins" and subj.text != "" and subj.start >= te and not g.verb_final
    tgt = [
        o for o in orgs if _slot(norm, o, g.target, floors[id(o)]) and not is_modifier(o) and o not in stints
    ]

    def opens(o: Mention) -> bool:
        """'(Hoofdklasser) HV X uit Y heeft coach Z (52) gisteravond ... ontslagen': where
        verbs come last, the name that opens the clause (a word of description at most before it)
        is its subject however far the verb stands."""
        return g.verb_final and len(norm[cl[0] : o.start].split()) <= 1 and dist(o) <= 100

    # organizations of the trigger's clause, near it or in a slot, and the subject's own; one
    # joined or returned to is not named before the one who joins ('Hales Rückkehr')
    def placed(o: Mention) -> bool:
        # ... but 'Corvala has hired Daniel Moss': the one hired stands after the verb ('Die
        # Kinzig Falken haben X verpflichtet': between the hirer and the verb)
        return (
            o.end > subj.start
            or subj.start >= te
            or typ not in ("joins", "returns")
            or o in tgt
            or (g.verb_final and "," not in norm[o.end : subj.start] and not _slot(norm, o, g.source, cl[0]))
        )

    titled = _title_org(norm, te, cl, ms, orgs, g)
    near = sorted(
        (
            o
            for o in orgs
            if (
                cl[0] <= o.start < cl[1]
                and (dist(o) <= 60 or o in src or o in tgt or o is titled or opens(o))
                and placed(o)
                and unclaimed(o)
            )
            or o.name in own
            # 'to found her own company, Ledgerline', 'fundou a sua própria startup, a X': the
            # name right after the founded thing
            or (
                typ == "founds"
                and 0 <= o.start - te <= 40
                and bool(re.fullmatch(r"[^,;:]*,", norm[te : (c := norm.rfind(",", te, o.start) + 1)]))
                and bool(g.bare_gap.fullmatch(norm, c, o.start))
            )
        ),
        # 'to found her own company, Ledgerline', 'Ruggeri, laureata alla Bocconi, era approdata alla
        # Cassa': where the verb comes first, its object follows
        # ... but 'Brightwell hired Dana Roe, then at Shell': a hirer stands before the one hired
        key=lambda o: (
            is_modifier(o),
            (o.start >= ts) if hired else (typ in ("founds", "joins") and not g.verb_final and o.start < ts),
            dist(o),
        ),
    )
    if typ in ("appointed", "reassigned") and (ante := _where_antecedent(norm, ts, orgs, g)) is not None:
        near = [ante, *(o for o in near if o is not ante)]
    role = _event_role(norm, t, ms, affs, subj, g)
    if role in _offices() or any(r in _offices() for r in own_roles):
        main = None  # 'Prime Minister Jan Roe will step down': no company of the article is left
    out: list[tuple[str, str, str, str | None]] = []
    if typ == "moves":
        # ... a destination of the trigger's clause ('Arrivé de X, où il dirigeait la banque pour
        # l'Occitanie')
        tgt = [o for o in tgt if o.start < cl[1]]
        s_org = next((o.name for o in sorted(src, key=dist) if o.name not in {x.name for x in tgt}), None)
        # ... or the trigger's own object ('verhuurd aan X': the preposition is the trigger's)
        t_org = next((o.name for o in sorted(tgt, key=dist)), None) or next(
            (o.name for o in orgs if 0 <= o.start - te <= 1 and o.name != s_org), None
        )
        if s_org is None and t_org is None:
            # 'soll künftig in den Vorstand der Reederei Nordmeer wechseln': moves to the one named
            t_org = next((o.name for o in near if o.name not in own and not is_modifier(o)), None)
        if t_org is None and main not in (None, s_org) and g.arrival.match(norm) and cl[0] == 0:
            t_org = main  # 'Arrivé en 2021 en provenance de X, le dirigeant ...': come to the article's
        elif t_org is None and s_org and main not in (None, s_org) and _place_goal(norm, cl, ms, g):
            t_org = main  # 'war vom X nach Mußbach gewechselt': to the article's organization there
        elif t_org is None and s_org and main not in (None, s_org) and g.coming.match(t.group()):
            t_org = main  # 'kwam in 2021 over van X': one comes to the article's organization
        elif s_org is None and t_org is not None:
            # 'Finanzchef X wechselt zur Nordwind AG': one who moves to another leaves the one
            # they hold a title at, else the one introduced with, else the article's
            # (the article's only where the sentence names no other)
            held = [a.org.name for a in affs if a.person.name == subj.name and a.org is not None]
            alone = all(o.name == t_org for o in orgs)
            s_org = next(
                (
                    o
                    for o in (*own, *held, ctx.home.get(subj.name), main if alone else None)
                    if o is not None and o != t_org
                ),
                None,
            )
        for p in subjects:
            if s_org:
                out.append(("leaves", p.name, s_org, None))
            if t_org:
                out.append(("joins", p.name, t_org, None))
        return out
    if typ == "contests":
        # 'impugnerà il licenziamento', 'gegen die Abberufung klagen': challenging one's dismissal
        # in court sues the employer, the article's organization or the one the person holds a
        # title at
        # ... not its lawyer's ('Son avocate, Me X, a annoncé que sa cliente allait saisir')
        employer = main or ctx.home.get(subj.name)
        lawyer = g.counsel.search(norm, max(0, subj.start - 30), subj.start) if subj.text else None
        return [("sues", p.name, employer, None) for p in subjects] if employer and not lawyer else []
    obj: str | None = None
    if typ == "founds" and norm[cl[0] : cl[0] + 1] == ",":
        # 'Lumio, das er nach seinem Ausscheiden gründete': the relative clause's antecedent
        ante = next((o for o in orgs if 0 <= cl[0] - o.end <= 2), None)
        if ante is not None:
            # ... with the co-founders after 'with' ('which X founded with chief executive Y')
            withs = [
                q
                for p in persons
                if te <= p.start < cl[1] and _with_before(norm, max(te, p.start - 60), p, ms, g)
                for q in _coordinated(norm, persons, p, g)
            ]
            return [(typ, p.name, ante.name, None) for p in [*subjects, *withs]]
    # 'che aveva fondato la società', 'left the company': the article's organization, unless a
    # named one stands nearer
    # ... or, in an article about no one organization, the one the person was introduced with
    main = main or (ctx.home.get(subj.name) if typ in _FROM_TYPES else None)
    ana = (
        _anaphor(norm, ms, g, max(cl[0], ts - (100 if g.verb_final else 60)), min(cl[1], te + 60))
        if main
        else None
    )
    if ana is not None:
        ana_dist = ana.start() - te if ana.start() >= te else ts - ana.end()
        # ... nearer, or in the slot of the one left ('Fuga da X: tre dirigenti della compagnia'),
        # or the object of a founding verb that comes first ('left the company and founded X')
        founded_after = typ == "founds" and not g.verb_final and ana.start() < ts
        named = [
            o
            for o in near
            if (dist(o) < ana_dist or o in src or (founded_after and o.start >= te))
            and not is_modifier(o)
            and not (hired and o.start >= ts)
        ]
        # one joins the article's organization only where the clause names no other for this verb
        if not named and (
            typ != "joins"
            or (hired and ana.start() < ts)
            or not any(cl[0] <= o.start < cl[1] and unclaimed(o) for o in orgs)
        ):
            near = []
            own = {main} if main else set()
            # 'Ruggeri, direttrice della Cassa, entrerà in carica ... La manager lascerà l'istituto':
            # one who joins the article's organization leaves their own
            # ... as one does 'l'établissement nantais', 'la editora francesa': a kind the article
            # qualifies by a people's or place's adjective is the person's own, where that is another
            qualified = g.qualifier.match(norm, ana.end()) is not None
            home = ctx.home.get(subj.name, main)
            if typ in _FROM_TYPES and (subj.name in ctx.incoming or qualified) and home not in (None, main):
                own = {home}
    if typ in ("joins", "appointed"):
        # 'became Harlan State's 15th president': the owner of the title taken is the object
        # ... or of the board joined ("will join Quillon's board")
        owner = next(
            (
                o
                for o in orgs
                if _genitive(o)
                and te <= o.start < cl[1]
                and (any(0 <= r.start - o.end <= 12 for r in roles) or g.board.match(norm, o.end))
            ),
            None,
        )
        # ... not one in the apposition of a subject named after the verb ('il nome caldo è
        # quello di X, 56 anni, oggi alla guida della Y': Y is X's own)
        described = subj.start >= te and norm.startswith(",", subj.end)
        cands = (
            [owner]
            if owner is not None
            else [
                o
                for o in near
                if o.name not in own and not is_modifier(o) and not (described and o.start > subj.end)
            ]
        )
        # ... and the owner of the title taken ('has been named chairman of Acme'; not a word that
        # another name follows: 'del Club Atlético Sauce' is read as two)
        taken = {
            a.org.start
            for a in affs
            if a.org is not None
            and a.person.name == subj.name
            and a not in mine
            and not any(o.start == a.org.end + 1 for o in orgs)
        }
        pref = [o for o in cands if o in tgt or _slot(norm, o, g.agent, floors[id(o)]) or o.start in taken]
        # 'chegou ao banco em 2012, vinda do Itaú': the one named is the one left, the one joined
        # stands in the verb's goal slot
        goal = (
            ana is not None
            and ana.start() >= ts
            and ana.end() > te
            and (
                ana.start() < te  # 'chegou ao' + 'ao banco'
                or bool(g.target.search(norm, ts, ana.start()) or g.bare_gap.match(norm, te, ana.start()))
            )
        )
        # 'came to Portland in 2015 from the Hartwell Museum': a place, no organization, as the
        # goal is the article's organization there (and the one come from is left)
        # ... the preposition after the verb or ending it ('came to' + 'Portland')
        at = g.goal_name.match(norm, te) or g.goal_name.match(norm, max(ts, norm.rfind(" ", ts, te)))
        to_place = (
            main is not None
            and typ == "joins"
            and not hired
            and at is not None
            and not any(m.start == at.end() - 1 for m in ms)
        )
        # ... never one come from ('llegó a la ciudad desde X')
        came = [o for o in cands if _slot(norm, o, g.only_source, floors[id(o)]) or o in stints]
        cands = (
            # ... the one come from is no owner of a title taken ('arrivato in azienda da X, dove guidava')
            [o for o in pref if not ((to_place or goal) and o in src) and o not in came]
            or [o for o in cands if o not in src]
            or ([] if goal or to_place else [o for o in cands if o not in came])
        )
        # 'has joined Stitchwise as head of sales', 'kommt X als Finanzchef an Bord': one joins to
        # a title, and is named to it; with no organization named, the article's
        titled = next(
            (
                r
                for r in roles
                if cl[0] <= r.start < cl[1]
                and g.role_slot.search(norm, max(cl[0], r.start - 30), r.start)
                and not any(a.role is r and a.person.name != subj.name for a in affs)
            ),
            None,
        )
        implied = typ == "appointed" or ana is not None or to_place or (typ == "joins" and titled is not None)
        obj = succeeded_at or (cands[0].name if cands else (main if implied else None))
        if (
            obj is None
            and typ == "appointed"
            and not g.rumored.search(norm, cl[0], cl[1])
            # ... not one whose title there is a former one ('X, former vice president of Y, has
            # been named president')
            and not any(other == "former" and subj.end <= r < ts for other, r in rivals)
        ):
            # 'A succedergli sarà X, attuale direttrice di Y' in an article about no one
            # organization: a successor from within (not a rumoured candidate: 'Le nom de X,
            # actuel directeur de Y, circule')
            obj = next(iter(own), None)
        if typ == "joins" and obj:
            # 'joined Brightwell from Shell': the one left is named too
            # ... further on after a word that only says 'from' ('llegó a la empresa hace años desde X')
            left = next(
                (
                    o.name
                    for o in sorted(src, key=dist)
                    if o.name != obj and (dist(o) <= 40 or (o in came and dist(o) <= 80) or o in stints)
                ),
                None,
            )
            if left:
                out.extend(("leaves", p.name, left, None) for p in subjects)
            if titled is not None:
                out.extend(("appointed", p.name, obj, titled.name) for p in subjects)
            elif (owner is not None and g.board.match(norm, owner.end)) or (
                cands and cands[0].start >= te and g.board_of.search(norm, te, cands[0].start)
            ):
                # "will join Quillon's board", 'rejoindra le comité exécutif de X': a seat on it
                # is a title taken
                out.extend(("appointed", p.name, obj, "board member") for p in subjects)
    elif typ in _FROM_TYPES:
        cands = [
            o for o in near if o not in tgt or typ == "returns" or _slot(norm, o, g.addressee, floors[id(o)])
        ] or [
            # 'pone fin a su etapa en el Club X': where only target slots name one, a slot that
            # also names where one works is no destination, nor the one of a title after the verb
            # ('quit his job as assistant coach at X')
            o
            for o in near
            if _slot(norm, o, g.at, floors[id(o)])
            or any(
                te <= r.start and 0 <= o.start - r.end <= 30 and "," not in norm[r.end : o.start]
                for r in roles
            )
        ]
        # 'Rao rejoins from Swiss drugmaker X': the one come back from is left, not returned to
        came_from = (
            next(
                (
                    o
                    for o in cands
                    if o in src
                    and o not in tgt
                    and o.start >= te
                    # ... not the owner of a title ('returned as chief medical officer of X'), nor
                    # the agent of a passive ('è stata reintegrata da X')
                    and not g.of_before.search(norm[max(0, o.start - 12) : o.start])
                    and not (
                        _slot(norm, o, g.passive_agent, floors[id(o)])
                        and g.passive.search(norm, max(cl[0], ts - 30), ts)
                    )
                ),
                None,
            )
            if typ == "returns"
            else None
        )
        cands = [o for o in cands if o is not came_from and (typ != "returns" or o not in stints)]
        if typ == "returns" and came_from is None:
            came_from = next((o for o in stints if o.start >= te or g.verb_final), None)
        cands = [o for o in cands if o.name in own] or cands
        # 'would not return to the energy sector': a place named by a common noun, no organization
        # ... not a date ('va in pensione a fine mese')
        common_goal = (m := g.target_common.match(norm, te)) is not None and not any(
            a <= m.end() - 1 < b for a, b in ctx.dates
        )
        # 'Tanjong said ... that Solheim would leave': the person's own organization, named in the
        # sentence outside the clause, rather than the article's
        home = ctx.home.get(subj.name)
        home = home if home in {o.name for o in orgs} else None
        obj = cands[0].name if cands else (next(iter(own), None) or home or (None if common_goal else main))
        if came_from is not None and obj and obj != came_from.name:
            out.extend(("leaves", p.name, came_from.name, None) for p in subjects)
        # 'se marchó en octubre a Ferrofluido': a departure with a destination joins it too
        dest = (
            next(
                (
                    o
                    for o in orgs
                    if o.name != obj
                    and o.start >= te
                    and (
                        (dist(o) <= 40 and _slot(norm, o, g.goal, floors[id(o)]))
                        # 'a quitté Radio X vendredi pour la chaîne Y': the one left stands between
                        or (dist(o) <= 70 and _slot(norm, o, g.exchange, floors[id(o)]))
                    )
                    and not is_modifier(o)
                ),
                None,
            )
            if typ == "leaves" and obj
            else None
        )
        if dest is not None:
            out.extend(("joins", p.name, dest.name, None) for p in subjects)
        # 'hands over the reins to X', 'passa il testimone a X': the one handed to takes the post
        heir = next(
            (
                p
                for p in persons
                if te <= p.start < cl[1]
                and p.name not in {s.name for s in subjects}
                and g.handover.search(norm, ts, p.start)
                and g.recipient.search(norm, max(te, p.start - 40), p.start)
            ),
            None,
        )
        if typ == "leaves" and obj and heir is not None:
            out.append(("appointed", heir.name, obj, None))
    elif typ == "founds":
        # 'A Conservas X foi fundada em 1931 por Y, junto ao porto de Z': in a passive, the one
        # founded stands before the verb
        founded = next((o for o in reversed(orgs) if cl[0] <= o.start and o.end <= ts), None)
        if founded is not None and g.passive.search(norm, founded.end, ts) and subj.start >= te:
            near = [founded]
        elif subj.text and any(_slot(norm, subjects[0], p, cl[0]) for p in (g.passive_agent, g.agent)):
            # ... the first of the agents listed ('von der Biologin X und dem Chemiker Y')
            near = _founded_by(norm, t, subjects[0], orgs, ms, g, main)
        elif main and not near and subj.text:
            # 'Das Familienunternehmen, das X 1961 gegründet hatte': a relative clause on 'the
            # company' (the article's organization)
            heads = [
                a
                for a in _anaphors(norm, ms, g, 0, subj.start)
                if g.clause_opener.fullmatch(norm[a.end() : subj.start].rstrip())
            ]
            near = [Mention("org", a.start(), a.end(), a.group(), main) for a in heads[-1:]]
        # 'Nordwind, dem Unternehmen, das er 2015 gegründet hatte': the antecedent before the clause
        cands = near or ([] if own else sorted((o for o in orgs if o.end <= ts), key=dist))
        obj = cands[0].name if cands else next(iter(own), None)
    if not obj:
        return out
    ev_role = role if typ in ("appointed", "reassigned") else (own_roles[0] if own_roles else None)
    for p in subjects:
        out.append((typ, p.name, obj, ev_role))
    if successor is not None:
        out.append(("appointed", successor.name, obj, ev_role))
    # 'gemeinsam mit Karl Vogel gegründet': the co-subject and the subject before it;
    # 'co-founded the company in 2016 with Raj Patel': the co-founder after the verb
    if typ == "founds" and subj.text and _with_before(norm, max(0, subj.start - 60), subj, ms, g):
        prior = [p for p in persons if p.end <= subj.start and p.name != subj.name]
        if prior:
            out.append((typ, prior[-1].name, obj, None))
    if typ == "founds":
        for p in persons:
            if te <= p.start < cl[1] and _with_before(norm, max(te, p.start - 60), p, ms, g):
                out.extend((typ, q.name, obj, None) for q in _coordinated(norm, persons, p, g))
    return out


@cache
def _honorifics() -> re.Pattern[str]:
    """Forms of address before a name ('Dr. X', 'Prof. X', 'Me X'), from common.toml's curated
    list: no word of a title's."""
    forms = _alt([re.escape(f) for f in common().get("mentions.address_forms", [])])
    return re.compile(rf"(?:(?<!\w)(?:{forms})\.?\s+)+$")


def _with_before(norm: str, lo: int, p: Mention, ms: list[Mention], g: Grammar) -> bool:
    """Whether 'with' introduces ``p``, past a title or honorific, an article and an occupation
    ('with chief executive X', 'with Dr. X', 'con il fisico X', 'junto con el físico X')."""
    end = p.start
    title = next(
        (
            r
            for r in ms
            if r.kind == "role" and lo <= r.start and r.end <= end and _TITLE_GAP.fullmatch(norm, r.end, end)
        ),
        None,
    )
    gap = _honorifics().sub("", norm[lo : title.start if title else end])
    # ... or an occupation in lower case, up to two words ('con il fisico X', 'avec le physicien X')
    for _ in range(4):
        if g.with_.search(gap):
            return True
        m = re.search(r"(?-i:[^\W\d_A-Z])[\w'’-]*\s+$", gap)
        if m is None:
            return False
        gap = gap[: m.start()]
    return False


def _former(
    norm: str,
    t: re.Match[str],
    persons: list[Mention],
    orgs: list[Mention],
    ms: list[Mention],
    g: Grammar,
    main: str | None,
) -> list[tuple[str, str, str, str | None]]:
    """'ehemalige X-Talente wie A und B': people named as former staff of X have left X.

    A former title ('ehemaliger Präsident von X', 'der frühere X-Chef Y') is a past role, the
    ``holds_role`` fact of the apposition, and no news of a departure. Neither is a name after a
    comma that no list opener introduces ('ehemalige Mitarbeiter sagen, Y habe ...').
    """
    te = t.end()
    after = next((p for p in persons if p.start >= te), None)
    if after is None:
        return []
    gap = norm[te : after.start]
    titled = any(m.kind == "role" and te <= m.start < after.start for m in ms)
    if len(gap.split()) > 4 or titled or ("," in gap and not g.list_opener.search(gap)):
        return []
    org = next((o for o in orgs if te <= o.start < after.start), None)
    # 'former investment banker X', 'l'ancien résistant X': an occupation of the past, no departure
    # from the article's organization
    obj = org.name if org else (main if not gap.strip() else None)
    if not obj:
        return []
    return [("leaves", p.name, obj, None) for p in _coordinated(norm, persons, after, g)]


def _anaphor(
    norm: str, ms: list[Mention], g: Grammar, lo: int, hi: int, kinds: bool = False
) -> re.Match[str] | None:
    """'the company', 'la banca' between ``lo`` and ``hi``, but not a name's own words ('der
    Deutschen Bank'), nor, unless ``kinds``, the kind of the name right after it ('der
    Spielzeughersteller Larbo')."""
    return next(_anaphors(norm, ms, g, lo, hi, kinds), None)


def _anaphors(
    norm: str, ms: list[Mention], g: Grammar, lo: int, hi: int, kinds: bool = False
) -> Iterator[re.Match[str]]:
    for m in g.anaphora.finditer(norm, lo, hi):
        if not any(
            (x.kind != "role" and x.start < m.end() and m.start() < x.end)
            # ('le groupe néerlandais X': adjectives between the kind and the name)
            or (
                not kinds
                and x.kind == "org"
                and x.start >= m.end()
                and (not norm[m.end() : x.start].strip() or g.describing.fullmatch(norm, m.end(), x.start))
            )
            for x in ms
        ):
            yield m


def _where_antecedent(norm: str, ts: int, orgs: list[Mention], g: Grammar) -> Mention | None:
    """'rejoint Radio X, où il prendra la direction', 'wechselt zur Y nach Ulm, wo er den
    Vorsitz übernimmt': the organization named right before the relative adverb of place whose
    clause holds the trigger (a town may stand between)."""
    opens = [m for m in g.where.finditer(norm, 0, ts) if not re.search(r"[,;:]", norm[m.end() : ts])]
    if not opens:
        return None
    at = opens[-1].start()
    return next((o for o in reversed(orgs) if 0 <= at - o.end <= 30 and "," not in norm[o.end : at]), None)


def _founded_by(
    norm: str,
    t: re.Match[str],
    agent: Mention,
    orgs: list[Mention],
    ms: list[Mention],
    g: Grammar,
    main: str | None,
) -> list[Mention]:
    """The one founded in a passive whose agent is ``agent``: what follows the agent is a place
    or a description ('fondata nel 1952 da X in un laboratorio di Y', 'von X in einer Scheune
    gegründet'). The passive's subject stands before the verb and the agent, named or as 'the
    company' (the article's organization); after an opening participle ('Fondée en 1987 par X,
    ..., Terres d'Entraide emploie'), it opens the clause after the agent's."""

    def as_org(a: re.Match[str]) -> list[Mention]:
        return [Mention("org", a.start(), a.end(), a.group(), main)] if main else []

    ts = t.start()
    # 'die 2010 von X gegründete Lumio AG': the name the participle qualifies
    right = next((o for o in orgs if o.start - t.end() in (0, 1)), None)
    if right is not None:
        return [right]
    # 'Das Unternehmen war 1952 von X gegründet', 'Gegründet wurde das Unternehmen 2012 von X'
    named = [o for o in orgs if o.end <= agent.start]
    ana = [*_anaphors(norm, ms, g, 0, agent.start)]
    if named and (not ana or named[-1].start > ana[-1].start()):
        return named[-1:]
    if ana:
        return as_org(ana[-1])
    if norm[:ts].strip(_OPENING_MARKS):
        return []

    # ... right after a comma: 'par X, ancien rapporteur à l'Autorité, le cabinet compte'
    # (its article between: 'pela engenheira X, agora reformada, a Velorim exporta')
    def after_comma(k: int) -> bool:
        gap = g.bare_gap.search(norm, 0, k)
        return gap is not None and norm[: gap.start()].endswith(",")

    opens = [o for o in orgs if o.start > agent.end and after_comma(o.start)]
    ana = [
        a for a in _anaphors(norm, ms, g, agent.end, len(norm)) if norm[: a.start()].rstrip().endswith(",")
    ]
    if opens and (not ana or opens[0].start < ana[0].start()):
        return opens[:1]
    return as_org(ana[0]) if ana else []


def _event_role(
    norm: str, t: re.Match[str], ms: list[Mention], affs: list[_Aff], subj: Mention, g: Grammar
) -> str | None:
    """The role an appointment is to: 'zum Interims-CEO ernannt', 'named ... chief executive'."""
    # a title in an apposition before the verb is what the person is now, not what they are
    # appointed to; one after it ('appointed X as its new CFO') is the new one
    attached = {id(a.role) for a in affs if a.role.start < t.start()}
    roles = [m for m in ms if m.kind == "role" and id(m) not in attached]
    best = None
    for r in roles:
        d = abs(r.start - t.end()) if r.start >= t.start() else abs(t.start() - r.end)
        slot = bool(g.role_slot.search(norm[max(0, r.start - 30) : r.start]))
        score = d - (40 if slot else 0)
        if best is None or score < best[0]:
            best = (score, r.name)
    return best[1] if best and best[0] < 60 else None


_GROUP = "\x00group"  # the name standing for 'beide Konzerne' until it is resolved to two


def _last_pair(norm: str, orgs: list[Mention], g: Grammar, upto: int) -> tuple[str, str] | None:
    """The last two organizations named together before ``upto``: 'A und B', 'mit A und b'.

    Only a pair: 'A, B und C' names three. The second name may be written in lower case
    ('Verträge mit Nordwind und kelvo') when the first stands after a preposition, the second is
    a single word that none of the language's word lists knows, and the phrase ends there (or,
    where the verb comes last, with one more word, the verb).
    """
    named = [o for o in orgs if o.end <= upto]
    best: tuple[int, tuple[str, str]] | None = None

    def joined(a: Mention | None, b: Mention | None) -> bool:
        return a is not None and b is not None and bool(g.conj.match(norm[a.end : b.start]))

    for k, a in enumerate(named):
        prev = named[k - 1] if k else None
        nxt = named[k + 1] if k + 1 < len(named) else None
        if joined(prev, a) or _genitive(a):
            continue
        gap = g.pair_gap.match(norm, a.end)
        if gap is None:
            continue
        if nxt is not None and nxt.start == gap.end():
            after = named[k + 2] if k + 2 < len(named) else None
            if nxt.name != a.name and not joined(nxt, after):
                best = (nxt.end, (a.name, nxt.name))
            continue
        tail = "(?:\\s+[^\\W\\d_A-ZÀ-Þ]\\w*)?" if g.verb_final else ""
        w = re.match(rf"([^\W\d_A-ZÀ-Þ][\w-]{{2,}})(?={tail}\s*(?:[,;:.!?)]|$))", norm[gap.end() : upto])
        if (
            w is None
            or w.group(1).casefold() in g.plain_words
            or any(p.fullmatch(w.group(1)) for p in g.triggers.values())
            or not _slot(norm, a, g.preposition, 0)
        ):
            continue
        word = w.group(1)
        best = (gap.end() + w.end(1), (a.name, word[:1].upper() + word[1:]))
    return best[1] if best else None


def _group_event(
    typ: str,
    norm: str,
    t: re.Match[str],
    cl: tuple[int, int],
    persons: list[Mention],
    orgs: list[Mention],
    g: Grammar,
    main: str | None,
    ctx: Context,
) -> list[tuple[str, str, str, str | None]]:
    """An organization event whose actor (or object) is 'beide Konzerne': one fact for each of the
    two organizations last named together, in an earlier clause or the sentences before."""
    m = g.group.search(norm, cl[0], cl[1])
    pair = (_last_pair(norm, orgs, g, cl[0]) or ctx.pair) if m else None
    if m is None or pair is None:
        return _org_event(typ, norm, t, cl, persons, orgs, g, main)
    stand_in = Mention("org", m.start(), m.end(), m.group(), _GROUP)
    # 'Entrambe', 'Beide' read as a name at the start of a sentence: the cue is no name
    persons = [p for p in persons if not (p.start < m.end() and m.start() < p.end)]
    orgs = [o for o in orgs if not (o.start < m.end() and m.start() < o.end)]
    found = _org_event(typ, norm, t, cl, persons, sorted([*orgs, stand_in], key=lambda o: o.start), g, main)
    out: list[tuple[str, str, str, str | None]] = []
    for kind, subj, obj, role in found:
        for s in pair if subj == _GROUP else (subj,):
            for o in pair if obj == _GROUP else (obj,):
                if s != o:
                    out.append((kind, s, o, role))
    return out


def _also_bought(norm: str, after: list[Mention], g: Grammar) -> list[Mention]:
    """The one bought, ``after[0]``, and those coordinated with it ('rilevato nel 2021 la X e nel
    2023 la statunitense Y'): a conjunction, then only what may stand before one bought."""
    out = after[:1]
    for o in after[1:]:
        gap = norm[out[-1].end : o.start]
        if not any(
            gap[:k].strip(" ,") and g.conj.fullmatch(gap[:k]) and g.acquired_gap.fullmatch(gap, k)
            for k in range(1, len(gap) + 1)
            if gap[k - 1] == " "
        ):
            break
        out.append(o)
    return out


def _org_event(
    typ: str,
    norm: str,
    t: re.Match[str],
    cl: tuple[int, int],
    persons: list[Mention],
    orgs: list[Mention],
    g: Grammar,
    main: str | None,
) -> list[tuple[str, str, str, str | None]]:
    """Lawsuits, investments and acquisitions: actors may be persons or organizations."""
    ts, te = t.start(), t.end()
    # 'Zudem hat der Konzern die Spedition Lassen verklagt': the article's organization acts;
    # 'Romero demandará a la cooperativa', 'Roth hat die Brauerei verklagt': it is sued; 'will
    # invest $4 million in the co-op': it is invested in
    sued = None
    if main:
        acting = _anaphor(norm, orgs + persons, g, cl[0], ts)
        if acting is not None and any(re.fullmatch(r"\s*,\s*", norm[o.end : acting.start()]) for o in orgs):
            acting = None  # 'Kelvo, the grocery chain, made an offer': it describes the name
        named_before = acting is not None and any(cl[0] <= o.start < acting.start() for o in orgs + persons)
        # 'Larbo hatte das Unternehmen übernommen': a name before it in the clause buys it
        bought = acting if named_before and typ == "acquires" else None
        if acting and typ != "sues" and named_before:
            acting = None  # a name before it in the clause acts
        # 'L'ancien directeur du journal, Marc Brun, a assigné ...': the one it titles acts
        if acting and any(re.fullmatch(r"\s*,\s*", norm[acting.end() : p.start]) for p in persons):
            acting = None
        sued = (
            _anaphor(norm, orgs + persons, g, te, cl[1]) if typ in ("sues", "invests", "acquires") else None
        )
        if sued and typ == "acquires" and not g.acquired_gap.fullmatch(norm, te, sued.start()):
            sued = None  # 'acquired the company' is bought; 'bought by the fund X' is no object
        for ana in (a for a in (acting, bought, sued) if a is not None):
            m = Mention("org", ana.start(), ana.end(), ana.group(), main)
            if ana is sued and typ == "invests" and not _invested_in(norm, m, ts, g):
                sued = None  # 'led by the fund X', 'raised 5 million from the fund': no investee
                continue
            orgs = sorted([*orgs, m], key=lambda o: o.start)
    ents = sorted(orgs + (persons if typ != "acquires" else []), key=lambda m: m.start)
    if typ == "sues":
        # 'Nimbus was sued by Kestrel Dynamics': the agent of a passive sues the one before
        agent = next((e for e in ents if e.start >= te and _slot(norm, e, g.agent, te)), None)
        patient = next((e for e in reversed(ents) if e.end <= ts), None)
        if agent is not None and patient is not None and agent.start - te < 30:
            return [(typ, agent.name, patient.name, None)]
        objs = [
            e
            for e in ents
            if any(_slot(norm, e, p, ts - 80) for p in (g.against, g.against_described))
            and not _court(norm, e, g)
        ]
        # the first name of the clause sues; the defendant stands between (verb-final) or after
        # ... of the clause itself where it names one ('Su abogada X avanzó que Y demandará a Z')
        near = [e for e in ents if ts - 120 <= e.start and e.end <= ts and e not in objs]
        # ... no prepositional object ('La exvicerrectora de la Universidad X, Rosa Y, presentó'),
        # but a lawyer's client ("l'avocat de X, Me Y, indique que son client va porter plainte")
        # ... a preposition of the clause itself ('kondigde aan dat X': the particle is no slot)
        plain = [
            e
            for e in near
            if not _slot(norm, e, g.preposition, max(cl[0] if e.start >= cl[0] else 0, e.start - 30))
        ]
        client = [e for e in near if g.client.search(norm, max(0, e.start - 30), e.start)]
        subj = next(
            (e for e in (client or plain or near) if e.start >= cl[0]),
            next(iter(client or plain or near), None),
        )
        after = [e for e in ents if e.start >= te]
        if (
            g.verb_final
            and cl[0] < ts
            and not any(cl[0] <= e.start < ts for e in ents)
            and len(after) >= 2
            and g.bare_gap.fullmatch(norm, te, after[0].start)
            and (
                _object_gap(norm[after[0].end : after[1].start], g)
                or g.acquired_gap.fullmatch(norm, after[0].end, after[1].start)
            )
        ):
            # V2: 'Im Mai verklagte X die Firma Y vor dem Landgericht': after a fronted adverbial,
            # the plaintiff follows the verb and the defendant follows the plaintiff
            subj, objs = after[0], [o for o in objs if o is not after[0]] or after[1:2]
        if subj is None:
            return []
        if not objs:
            # the defendant right after the verb ('sued Rivian') or before it ('hat Nordwind
            # verklagt'), not in the plaintiff's apposition ('Ledgerly, the San Francisco start-up,
            # has sued')
            objs = [
                e
                for e in ents
                if e.name != subj.name
                and (
                    (subj.end < e.start and e.end <= ts and not re.search(r"[,(]", norm[subj.end : e.start]))
                    or (e.start >= te and _object_gap(norm[te : e.start], g))
                )
            ][:1]
        if not objs and main and subj.name != main and g.object_clitic.search(norm, max(cl[0], ts - 12), ts):
            # 'Le fabricant X l'a assignée en justice': the pronoun object is the article's organization
            return [(typ, subj.name, main, None)]
        dm = g.defendants.search(norm, te)
        if dm:
            objs += [e for e in ents if e.start > dm.end() and e not in objs]
        objs = _expand(norm, ents, objs, g)
        return [(typ, subj.name, o.name, None) for o in objs if o.name != subj.name]
    if typ == "invests":
        # 'raised 5 million in a round led by Kestrel Capital and Orbit': the agent invests in the
        # one that raised the money, named first before the verb, or in the article's organization
        led = [
            o for o in orgs if 0 <= o.start - te < 60 and any(_slot(norm, o, p, ts - 1) for p in g.backing)
        ][:1]
        if led:
            investors = _backers(norm, ents, led, g)
            # 'mené par le fonds X, aux côtés de Y': a co-investor named with the lead ones, past
            # the last one's apposition ('A, il fondo fiorentino ..., affiancato da B')
            beside = next((e for e in ents if e.start > investors[-1].end), None)
            if (
                beside is not None
                and g.with_.search(norm, max(0, beside.start - 30), beside.start)
                and (
                    beside.start - investors[-1].end < 40
                    or _APPOSITION_GAP.fullmatch(norm, investors[-1].end, beside.start)
                )
            ):
                investors += [o for o in _backers(norm, ents, [beside], g) if o not in investors]
            # ... or in the one the trigger names ('Zu den Gesellschaftern der X gehören A und B')
            raised = next(
                (
                    o.name
                    for o in sorted(orgs, key=lambda o: o.end > ts)
                    if o.end <= te
                    and o not in investors
                    and not any(_slot(norm, o, p, o.start - 30) for p in g.backing)
                ),
                None,
            )
            target = raised or main
            return [(typ, o.name, target, None) for o in investors if target and o.name != target]
        # '83 pct owned by X', 'Lumio, backed by X', 'controllata al 60% da X': in a passive, the
        # agent right after the verb invests in the one named before it
        by = next(
            (
                o
                for o in orgs
                if 0 <= o.start - te <= 12 and any(_slot(norm, o, p, te) for p in (g.agent, g.passive_agent))
            ),
            None,
        )
        held = next((o for o in reversed(orgs) if o.end <= ts and ts - o.end <= 40), None)
        if by is not None and held is not None and by.name != held.name:
            return [(typ, by.name, held.name, None)]
        objs = [o for o in orgs if _slot(norm, o, g.into, ts - 80) and abs(o.start - ts) < 90]
        if not objs and main and g.capital.search(norm, ts, min(cl[1], te + 25)):
            # 'que en 2019 tomó un 18 % del capital', 'è salito al 9,8% del capitale': a stake in
            # the article's organization
            objs = [Mention("org", te, te, "", main)]
        if not objs:
            # 'auch der Geldgeber X beteiligt sich': no company named, one of a round's investors
            return _partakers(norm, t, cl, persons, orgs, g, main)
        # the investor: the nearest name before that is not the company invested in, preferably
        # no prepositional object ('Musk sagte, dass er sich an X beteiligte und in X investierte';
        # but 'Allianzen mit Microsoft, das Milliarden in X investierte')
        near = [e for e in reversed(ents) if ts - 120 <= e.start and e.end <= ts and e.name != objs[0].name]
        plain = [
            e
            for e in near
            if not _slot(norm, e, g.preposition, max(0, e.start - 30))
            and not _inside_apposition(norm, e, ents, g)
        ]
        subj = next(iter(plain or near), None)
        if subj is None and g.verb_final and cl[0] < ts and not any(cl[0] <= e.start < ts for e in ents):
            # V2: 'Seit 2022 hält zudem der Finanzinvestor X 20 Prozent an Y': after a fronted
            # adverbial, the investor follows the verb
            subj = next(
                (
                    e
                    for e in ents
                    if ts < e.start < objs[0].start
                    and "," not in norm[ts : e.start]
                    and len(norm[ts : e.start].split()) <= 6
                ),
                None,
            )
        if subj is None:
            return []
        invested = objs[0].name
        if (
            sued is not None
            and objs[0].start == sued.start()
            and any(a - 2 <= subj.end <= a and a <= ts < b for a, b in _relative_spans(norm, g))
            and not g.conj_before.search(norm, 0, subj.start)
        ):
            # 'A X tem como acionista o fundo Y, que entrou no capital do grupo': in a relative
            # clause on the investor, 'the group' is the one the main clause named (not another
            # investor listed with it: 'participaron A y B, que ya había invertido en la empresa')
            invested = next(
                (o.name for o in reversed(orgs) if o.end <= subj.start and o.name != subj.name), invested
            )
        return [(typ, subj.name, invested, None)] if invested != subj.name else []
    # acquires: 'X übernimmt Y', 'Übernahme von Y durch X'
    before = [o for o in orgs if o.end <= ts]
    after = [o for o in orgs if o.start >= te]
    # (not a preposition of the trigger itself: "uma proposta pela X" is an offer for X)
    agent = next((o for o in orgs if _slot(norm, o, g.agent, te)), None)
    # 'X, que Y compró en 2023', 'X, which was bought by Y': a relative clause's antecedent is
    # the one bought, the clause's one name the buyer
    rel = next(((a, b) for a, b in _relative_spans(norm, g) if a < ts < b), None)
    ante = next((o for o in before if rel and 0 <= rel[0] - o.end <= 2), None)
    if rel is not None and ante is not None:
        inside = [o for o in orgs if rel[0] < o.start < rel[1]]
        if len(inside) == 1 and (
            (inside[0].end <= ts and not g.passive.search(norm, rel[0], ts))
            or (inside[0] is agent and g.passive.search(norm, rel[0], ts))
        ):
            return [(typ, inside[0].name, ante.name, None)]
    if agent is not None and agent.start > te and not norm[:ts].strip(_OPENING_MARKS):
        # 'Racheté l'an dernier par le fonds X, le club ...': an opening participle's agent buys
        # the subject of the main clause
        c = norm.find(",", agent.end) + 1
        subj = next((o for o in orgs if 0 < c <= o.start and g.bare_gap.fullmatch(norm, c, o.start)), None)
        a = _anaphor(norm, orgs + persons, g, c, c + 40) if c and main and subj is None else None
        name = subj.name if subj else (main if a and not norm[c : a.start()].strip() else None)
        return [(typ, agent.name, name, None)] if name and name != agent.name else []
    # (the trigger a finite verb: no capitalised noun, no determiner before it: 'Mit dem Kauf von X')
    prev = norm.rfind(" ", 0, max(0, ts - 1)) + 1
    if (
        g.verb_final
        and agent is None
        and cl[0] < ts
        and norm[ts].islower()
        and not (norm[prev:ts].strip() and g.bare_gap.fullmatch(norm, prev, ts))
        and not any(o.start >= cl[0] for o in before)
        and len(after) >= 2
        and g.bare_gap.fullmatch(norm, te, after[0].start)
        and after[1].start - after[0].end < 60
        and g.acquired_gap.fullmatch(norm, after[0].end, after[1].start)
        and not g.shares.match(norm, after[1].end)
        and not g.passive.search(norm, cl[0], ts)
    ):
        # V2: 'Vorig jaar nam X de kaasmakerij Y over', 'Im Mai kaufte X die Y': after a fronted
        # adverbial, the buyer follows the verb and the one bought follows the buyer
        return [(typ, after[0].name, o.name, None) for o in _also_bought(norm, after[1:], g)]
    if agent is None and g.passive.search(norm, cl[0], ts):
        # 'Vetrix è stata acquisita da Lumira': a passive's own agent preposition
        agent = next((o for o in after if _slot(norm, o, g.passive_agent, te)), None)
    if agent is not None and after:
        obj = next((o for o in after if o is not agent), None)
        # 'Lumio Inc was acquired by Halvern': in a passive, the one bought stands before the verb
        patient = next((o for o in reversed(before) if o.start >= cl[0]), None)
        if obj is None and patient is not None and g.passive.search(norm, patient.end, ts):
            obj = patient
        return [(typ, agent.name, obj.name, None)] if obj else []
    # 'Acme agreed to buy 80 pct of Bolt Inc': the buyer is the nearest name before that is no
    # prepositional object ('in a filing with the Commission'); the thing bought is a company
    # ('500,000 tonnes of Canadian wheat', '32,800 Bolt shares' are no acquisitions)
    buyer = next((o for o in reversed(before) if not _slot(norm, o, g.preposition, cl[0])), None)
    if buyer is None and main and not any(cl[0] <= p.start < ts for p in persons):
        # 'Une partie des fonds financera le rachat de Vignasol': no buyer named, the article's
        buyer = Mention("org", -1, -1, "", main)
    if (
        buyer is not None
        and after
        and after[0].name != buyer.name
        and after[0].start - te < 60
        and g.acquired_gap.fullmatch(norm, te, after[0].start)
        and not g.shares.match(norm, after[0].end)
    ):
        # 'A, B and C agreed to buy X': each buyer listed
        listed = _listed_before(norm, before, buyer, g) if buyer.start >= 0 else []
        # ... not a prepositional object before ('In a filing with the Commission, Orbis said')
        buyers = [buyer, *(b for b in listed if not _slot(norm, b, g.preposition, cl[0]))]
        return [
            (typ, b.name, o.name, None)
            for o in _also_bought(norm, after, g)
            for b in buyers
            if b.name != o.name
        ]
    if after and after[0].start - te < 60:
        return []
    # verb last: 'Kronberg hatte den Paketdienst Schnellbote übernommen'; in a passive,
    # 'X wird von Y übernommen', the one after 'von' is the buyer
    in_clause = [o for o in before if o.start >= cl[0]]
    if (
        in_clause
        and not g.passive.search(norm, cl[0], ts)
        and _slot(norm, in_clause[-1], g.passive_agent, in_clause[-1].start - 10)
    ):
        # 'haben A und B den Kartendienst X von Nokia gekauft': bought from the one after 'von'
        in_clause.pop()
    if (
        len(in_clause) >= 2
        and g.passive.search(norm, cl[0], ts)
        and _slot(norm, in_clause[-1], g.passive_agent, cl[0])
    ):
        return [(typ, in_clause[-1].name, in_clause[0].name, None)]
    if g.verb_final and len(in_clause) >= 2 and ts - in_clause[-1].end < 40:
        # 'haben A, B und C den Kartendienst X gekauft': each buyer listed
        buyers = _expand(norm, in_clause[:-1], in_clause[:1], g)
        return [(typ, b.name, in_clause[-1].name, None) for b in buyers if b.name != in_clause[-1].name]
    return []


def _listed_before(norm: str, ents: list[Mention], last: Mention, g: Grammar) -> list[Mention]:
    """The names listed before ``last`` ('A, B and C agreed'), nearest first."""
    out: list[Mention] = []
    i = ents.index(last)
    while i > 0 and (gap := norm[ents[i - 1].end : ents[i].start]).strip() and g.conj.match(gap):
        i -= 1
        out.append(ents[i])
    return out


def _sold(
    norm: str,
    t: re.Match[str],
    cl: tuple[int, int],
    orgs: list[Mention],
    ms: list[Mention],
    g: Grammar,
    main: str | None,
) -> list[tuple[str, str, str, str | None]]:
    """A sale is the buyer's acquisition: 'selling the company to X', 'su venta al grupo X', 'die
    Stadtwerke an X verkaufen'. The buyer stands after the sale's preposition; the one sold is a
    name or 'the company' between, the one whose sale it is ('its sale to'), or a passive's subject
    ('is being sold to'). Selling goods or shares to someone ('sells its products to X') is none."""
    ts, te = t.start(), t.end()
    # the buyer's preposition follows the verb or, where the verb comes last, precedes it ('die
    # Stadtwerke an die X verkaufen'); the buyer is the first name after it
    after = next((o for o in orgs if te <= o.start < cl[1] and _slot(norm, o, g.buyer, te)), None)
    final = next((o for o in reversed(orgs) if cl[0] <= o.start and o.end <= ts), None)
    lo, named = (te, after) if after or not g.verb_final else (cl[0], final)
    slot = g.buyer.search(norm, max(lo, named.start - 70), named.start) if named else None
    if slot is None:
        return []
    hi = slot.start()
    buyer = next(o for o in orgs if o.start > hi)
    forward = lo == te
    # 'hatte der FC X Jonas Roe an Borussia Y verkauft', 'sold striker Jan Roe to Y': a player
    # sold moves from the seller, the club named before him, to the buyer
    # ... the verb's own object, no name in an apposition ('sold its unit, run by Jan Roe, to Y')
    player = next(
        (
            p
            for p in ms
            if p.kind == "person" and lo <= p.start and p.end <= buyer.start and "," not in norm[lo : p.start]
        ),
        None,
    )
    if player is not None:
        club = next((o.name for o in reversed(orgs) if cl[0] <= o.start and o.end <= player.start), main)
        moved: list[tuple[str, str, str, str | None]] = [("joins", player.name, buyer.name, None)]
        return moved + ([("leaves", player.name, club, None)] if club and club != buyer.name else [])
    between = [o for o in orgs if lo <= o.start and o.end <= hi]
    sold = next(iter(between if forward else reversed(between)), None)
    if forward and sold is not None and not g.acquired_gap.fullmatch(norm, te, sold.start):
        sold = None
    name = sold.name if sold else None
    ana = _anaphor(norm, ms, g, lo, hi)
    if name is None and ana is not None and (not forward or g.acquired_gap.fullmatch(norm, te, ana.start())):
        name = main
    if name is None and forward and g.buyer.match(norm[te : buyer.start]):
        # 'its sale to X', 'is being sold to X': the seller named before the verb is sold
        seller = next((o for o in reversed(orgs) if o.end <= ts), None)
        if g.possessive.search(norm, max(cl[0], ts - 12), ts):
            name = seller.name if seller else main
        elif seller is not None and seller.start >= cl[0] and g.passive.search(norm, seller.end, ts):
            name = seller.name
    if name is None or name == buyer.name or g.shares.match(norm, sold.end if sold else te):
        return []
    return [("acquires", buyer.name, name, None)]


def _object_gap(gap: str, g: Grammar) -> bool:
    """Whether a verb's direct object can follow ``gap``: nothing but an article ('sued Rivian')
    or an adverb or two ('a assigné hier X'), not a preposition ('denunció a X' is a complaint
    about X, no lawsuit)."""
    if g.bare_gap.match(gap):
        return True
    return bool(re.fullmatch(r"\s*(?:[^\W\d_A-Z]+\s+){1,2}", gap)) and not g.preposition.search(gap)


def _inside_apposition(norm: str, e: Mention, ents: list[Mention], g: Grammar) -> bool:
    """Whether ``e`` stands inside the apposition of the name before it ('X, la holding de
    l'entrepreneur Y, a pris'): that name, not ``e``, is the clause's subject."""
    prev = [d for d in ents if d.end <= e.start]
    if not prev or not norm.startswith(",", e.end):
        return False
    gap = norm[prev[-1].end : e.start]
    return gap.startswith(",") and "," not in gap[1:] and bool(g.definite.match(gap[1:].lstrip()))


def _invested_in(norm: str, m: Mention, floor: int, g: Grammar) -> bool:
    """Whether ``m`` is the one invested in: in an 'into' slot, not a backer's."""
    return _slot(norm, m, g.into, floor) and not any(_slot(norm, m, p, floor) for p in g.backing)


def _partakers(
    norm: str,
    t: re.Match[str],
    cl: tuple[int, int],
    persons: list[Mention],
    orgs: list[Mention],
    g: Grammar,
    main: str | None,
) -> list[tuple[str, str, str, str | None]]:
    """'auch der Geldgeber X beteiligt sich', 'ook A en investeerder B doen mee', 'mit im Boot ist
    zudem X': those who take part in the funding round the sentence tells of invest in the
    article's organization; the names of the verb's clause, before it or else after it."""
    if main is None or not g.funding_round.search(norm):
        return []
    ents = sorted(persons + orgs, key=lambda e: e.start)
    inside = [e for e in ents if cl[0] <= e.start and e.end <= cl[1]]
    if not inside:
        return []
    before = [e for e in inside if e.end <= t.start()]
    # ... the list the nearest one before ends ('waaraan ook A en B deelnamen')
    i = ents.index(before[-1] if before else inside[0])
    while i > 0 and ents[i - 1].start >= cl[0] and _listed(norm, ents[i - 1], ents[i], g):
        i -= 1
    return [("invests", e.name, main, None) for e in _backers(norm, ents, [ents[i]], g) if e.name != main]


# A lead investor's apposition up to the next name ('Appennino Ventures, il fondo fiorentino
# specializzato in software, affiancato da '): set off by a comma, no clause of its own
_APPOSITION_GAP = re.compile(r"\s*,[^;:.!?()]{1,130}")


def _backers(norm: str, ents: list[Mention], first: list[Mention], g: Grammar) -> list[Mention]:
    """The investors ``first`` begins a list of, persons included, each maybe described ('led
    by A, B and the angel investor C')."""
    out = list(first)
    i = ents.index(first[-1])
    while i + 1 < len(ents) and _listed(norm, ents[i], ents[i + 1], g):
        i += 1
        out.append(ents[i])
    return out


def _listed(norm: str, a: Mention, b: Mention, g: Grammar) -> bool:
    """Whether ``b`` follows ``a`` in one list, maybe described ('A, B and the angel investor C')."""
    gap = norm[a.end : b.start]
    return bool(g.conj.match(gap) or g.described_conj.fullmatch(gap))


def _court(norm: str, e: Mention, g: Grammar) -> bool:
    """Whether ``e`` is a court, or a part of a court's name read apart ('Mercantil de X' after
    'ante el Juzgado de lo'): where a suit is heard, not who is sued."""
    if g.court.search(e.text):
        return True
    chain = norm[max(0, e.start - 40) : e.start]
    # ... a court's name, capitalised ('portato in tribunale il X' names no court)
    return any(
        m.group()[:1].isupper() and _NAME_CHAIN.fullmatch(chain, m.end()) for m in g.court.finditer(chain)
    )


# What runs on inside one name: short connectors ('de lo', 'of') and capitalised words
_NAME_CHAIN = re.compile(r"(?:\s+(?:(?-i:[^\W\d_]{1,3})|(?-i:[A-ZÀ-Þ])[\w'’-]*))*\s*")


def _expand(norm: str, ents: list[Mention], objs: list[Mention], g: Grammar) -> list[Mention]:
    """Objects plus the names coordinated with them ('gegen Nordwind und Hale', 'sowohl die A als
    auch die B')."""
    out = list(objs)
    for o in objs:
        i = ents.index(o)
        while i + 1 < len(ents) and (
            g.conj.match(gap := norm[ents[i].end : ents[i + 1].start]) or g.pair_gap.fullmatch(gap)
        ):
            i += 1
            if ents[i] not in out:
                out.append(ents[i])
    return out
