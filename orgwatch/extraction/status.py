"""Status and date of an event, from cues around its trigger.

Negation is scoped to the trigger's clause ("..., dass Hale nicht zurückkehren werde":
denied; "Dies wird nicht passieren, da Hale ... beitritt": not). Hedging and intention cues
count anywhere before the trigger in the sentence, because they usually govern a subordinate
clause ("Es gab Gerüchte, dass ..."); a future or conditional form of the trigger word itself
("lascerà", "rejoindra", "se unirá") makes the event planned. All cue words are data in the
``[cues]`` table of the language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from orgwatch.analysis.dates import resolve_ahead
from orgwatch.lang import lexicon
from orgwatch.model import AnalyzedDocument, DateMention, Sentence

# A person's age in parentheses ('Wim Bos (63)', 'Ana Gil (56 años)'), no clause of its own
AGE = re.compile(r"\(\d{1,3}(?: [^\W\d_]{1,5})?\)")
# ... nor is a short aside: a state ('Bauru (SP)'), a day ('na quarta-feira (1º)'), an acronym ('(CEO)')
_ASIDE = re.compile(rf"{AGE.pattern}|\(\w{{1,4}}\)")


@dataclass(frozen=True)
class Cues:
    negation: re.Pattern[str]
    failure: re.Pattern[str]  # 'the return failed', 'failed to return': up to a coordination
    coordination: re.Pattern[str]  # ', und ...': a coordinated clause has its own event
    until: re.Pattern[str]  # 'until (the)' right before a date: it ends a span, it dates nothing
    denial: re.Pattern[str]  # 'denied reports that ...': governs the whole sentence after it
    rumored: re.Pattern[str]
    undecided: re.Pattern[str]  # 'ambivalent about a return': around the trigger, a possibility
    planned: re.Pattern[str]
    future_suffix: re.Pattern[str]
    background: re.Pattern[str]
    clause_re: re.Pattern[str]
    verb_final: bool

    def relative_spans(self, norm: str) -> list[tuple[int, int]]:
        """Spans of ', che ... ,' / ', der ... ,': from a comma-led clause break to the next comma."""
        out = []
        for m in self.clause_re.finditer(norm):
            if m.group().startswith(","):
                nxt = norm.find(",", m.end())
                out.append((m.start(), nxt if nxt >= 0 else len(norm)))
        return out

    def bounds(self, norm: str) -> list[int]:
        """Clause boundary offsets of ``norm``."""
        out: set[int] = set()
        for m in self.clause_re.finditer(norm):
            if m.group() in ("(", ")") and any(
                a.start() <= m.start() < a.end()
                for a in _ASIDE.finditer(norm, max(0, m.start() - 10), min(len(norm), m.end() + 10))
            ):
                continue  # 'Wim Bos (63) wordt ...', '(56 años)', 'Bauru (SP)': an aside is no clause
            if self.verb_final and m.group().startswith(","):
                nxt = norm.find(",", m.end())
                words = norm[m.end() : nxt if nxt >= 0 else len(norm)].rstrip(' .!?"“”»').split()
                last = words[-1] if words else ""
                verb = last.endswith(("en", "t", "te", "ten", "ern", "eln")) or len(last) <= 4
                if not last[:1].islower() or not verb:
                    continue  # an apposition ('dem Claude-Team von nebenan'), not a clause
            out.add(m.start())  # the break word opens the clause it introduces
            if not self.verb_final and m.group().startswith(","):
                nxt = norm.find(",", m.end())
                if nxt >= 0:
                    out.add(nxt)  # 'Ferri, che aveva fondato la società nel 2009, entrerà ...'
        return sorted(out)


def _alt(items: list[str]) -> str:
    return "|".join(sorted(items, key=len, reverse=True)) or "(?!)"


def _words(lex_items: list[str]) -> re.Pattern[str]:
    alt = "|".join(sorted(lex_items, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.IGNORECASE)


@cache
def cues(code: str) -> Cues:
    lex = lexicon(code)
    future = "|".join(lex.get("cues.future_suffixes", [])) or "(?!)"
    clause = "|".join(lex.get("cues.clause_breaks", [])) or "[;:]"
    if lex.get("cues.nonfinite"):
        # ', dopo aver lasciato X': a clause without a subject of its own
        clause += rf"|,\s*(?:{_alt(lex.get('cues.nonfinite', []))})\b"
    return Cues(
        negation=_words(lex.get("cues.negation", [])),
        failure=_words(lex.get("cues.failure", [])),
        until=re.compile(
            rf"(?<!\w)(?:{_alt(lex.get('cues.until', []))})\W*(?:\w+\W+){{0,2}}$", re.IGNORECASE
        ),
        coordination=re.compile(rf",\s*(?:{_alt(lex.get('cues.conjunctions', []))})\b", re.IGNORECASE),
        denial=_words(lex.get("cues.denial", [])),
        rumored=_words(lex.get("cues.rumored", [])),
        undecided=_words(lex.get("cues.undecided", [])),
        planned=_words(lex.get("cues.planned", [])),
        future_suffix=re.compile(rf"(?:{future})$", re.IGNORECASE),
        background=_words(lex.get("cues.background", [])),
        clause_re=re.compile(clause, re.IGNORECASE),
        verb_final=bool(lex.get("cues.verb_final", False)),
    )


def _coordinated_end(norm: str, te: int, hi: int, cs: Cues) -> int:
    """Where the trigger's own clause ends: at ', und ...' if one follows, else at ``hi``."""
    m = cs.coordination.search(norm, te, hi)
    return m.start() if m else hi


def _word_end(norm: str, i: int) -> int:
    while 0 < i < len(norm) and norm[i].isalnum() and norm[i - 1].isalnum():
        i += 1
    return i


_COMMA = re.compile(r",\s*")


def _denied_after(norm: str, lo: int, te: int, hi: int, cs: Cues) -> bool:
    """'Dat X ontslagen is, ontkent Y': a that-clause opening the sentence is the object of a
    denial right after one of the commas after the trigger ('Dat X vertrekt, zoals men
    beweert, ontkent Y')."""
    opener = cs.clause_re.match(norm, lo)
    if opener is None or not any(c.isalpha() for c in opener.group()) or norm[:lo].strip(" \"'„“«‚"):
        return False
    return any(cs.denial.match(norm, c.end()) for c in _COMMA.finditer(norm, te, hi))


def event_status(norm: str, ts: int, te: int, clause: tuple[int, int], cs: Cues) -> str:
    """'denied', 'rumored', 'planned' or 'happened' for the trigger at ``norm[ts:te]``."""
    lo, hi = clause
    after = _word_end(norm, min(hi, te + 25))  # never a word cut in half ('Vauclair' is no 'va')
    if (
        cs.negation.search(norm, max(lo, ts - 60), after)
        or cs.failure.search(norm, max(lo, ts - 30), _coordinated_end(norm, te, hi, cs))
        or cs.denial.search(norm, 0, ts)
        or _denied_after(norm, lo, te, hi, cs)
    ):
        return "denied"
    # ... or an attitude of doubt toward the event, before or right after it ('steht der
    # Rückkehr ambivalent gegenüber', 'is undecided about a return')
    if cs.rumored.search(norm, 0, ts) or cs.undecided.search(norm, max(lo, ts - 50), after):
        return "rumored"
    future = any(cs.future_suffix.search(w) for w in norm[ts:te].split()[:3])
    # in a verb-final language the auxiliary of a main clause follows the subject, however long
    # the middle field before the infinitive ('Hein, ..., wird zum 1. Juli als Finanzchef ...
    # wechseln'); a subordinate clause ('dass ...') has it at the end, after the trigger
    opener = cs.clause_re.match(norm, lo)
    main = opener is None or not any(c.isalpha() for c in opener.group())
    back = lo if cs.verb_final and main else max(lo, ts - 50)
    if cs.planned.search(norm, back, after) or future:
        return "planned"
    return "happened"


def event_date(
    adoc: AnalyzedDocument,
    s: Sentence,
    ts: int,
    te: int,
    clause: tuple[int, int],
    typ: str,
    cs: Cues,
    status: str,
) -> tuple[str | None, str]:
    """The event's date (ISO at the text's precision) and how it was chosen.

    A date in the trigger's clause wins, the nearest one; a vague time cue there ("in recent
    months") means no date; then the date of the timeline section; a founding, or a clause
    in the pluperfect or about the past, has no date of its own; else the event is the
    article's news and takes the article's date.

    Dates without a year lean to the past (news reports it), but a planned event is not past:
    its day-month is the next one ("wird zum 1. Juli antreten" in March: this July).
    ``status`` is the event's, as ``event_status`` read it.
    """
    if typ == "former":
        return None, "background"  # 'ehemaliger Präsident': when they left is not said
    planned = status == "planned"

    def iso(d: DateMention) -> str | None:
        v = resolve_ahead(d, adoc.lang, s.section_date or adoc.doc_date) if planned else d.value
        return v.iso if v else None

    lo, hi = s.to_doc(clause[0]), s.to_doc(max(clause[0], clause[1] - 1)) + 1
    pos = s.to_doc(ts)
    text = adoc.doc.text
    inside = [
        d for d in s.dates if lo <= d.start < hi and not cs.until.search(text, max(0, d.start - 20), d.start)
    ]
    dated = [d for d in inside if d.value is not None and not d.vague]
    if dated:
        best = min(dated, key=lambda d: abs(d.start - pos))
        return iso(best), "clause"
    if any(d.vague for d in inside):
        return None, "vague"
    # a date elsewhere in the sentence sets its time ('Ende 2023, bei dem ... gefeuert wurde')
    # ... but not from a relative clause the trigger is not in ('Ferri, che ... nel 2009, entrerà')
    rel = [(s.to_doc(a), s.to_doc(b)) for a, b in cs.relative_spans(s.norm) if not a <= ts < b]
    dated = [
        d
        for d in s.dates
        if d.value is not None
        and not d.vague
        and d.start < pos
        and not any(a <= d.start < b for a, b in rel)
        and not cs.until.search(text, max(0, d.start - 20), d.start)
    ]
    if dated:
        return iso(dated[-1]), "sentence"
    if s.section_date is not None:
        return s.section_date.iso, "section"
    # a founding, a relative clause ('Lumio, das er ... gründete') or a pluperfect is background
    opener = cs.clause_re.match(s.norm, clause[0])
    relative = opener is not None and opener.group().startswith(",")
    if typ == "founds" or relative or cs.background.search(s.norm, clause[0], clause[1]):
        return None, "background"
    if adoc.doc_date is not None:
        return adoc.doc_date.iso, "article"
    return None, ""
