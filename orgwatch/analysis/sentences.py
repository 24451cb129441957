"""Sentence splitting and de-gluing, with offsets back into the original text.

Machine-translated and scraped news glue words together ("ChefwissenschaftlerIlja
Sutskeverund", "OpenAIDie") and glue date headers to the end of the previous line
("... wird. Freitag, 17. November, Ortszeit"). Sentences are cut from the original text
verbatim (they are the evidence); ``Sentence.norm`` is the de-glued copy that mention and
event rules read, and ``Sentence.norm_map`` leads every character of it back to the text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache

from orgwatch.analysis.clean import SENTENCE_END, is_heading, is_junk_line
from orgwatch.analysis.firstnames import is_first_name
from orgwatch.lang import common, lexicon
from orgwatch.model import Sentence

# A sentence ends at . ! ? … (optionally followed by closing quotes or brackets) when
# whitespace and the start of a new sentence follow.
_BOUNDARY = re.compile(
    r"[.!?…]+[\"”»’')\]]*(?=\s+[\"„“«¿¡(\[]?(\w))"
    # glued: "...abteilung.Tom Brown" (a lowercase word, a stop, a capitalised word)
    r"|(?<=[^\W\d_A-Z]{3})[.!?](?=([^\W\d_])[^\W\d_A-Z])"
)
_WORD_BEFORE = re.compile(r"([^\W_]+(?:\.[^\W_]+)*)\W*$")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")  # "K", "L.K": a person's initials
_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _abbreviations(lang: str) -> frozenset[str]:
    return frozenset(lexicon(lang).get("text.abbreviations", []))


@cache
def _camel_case_names() -> tuple[str, ...]:
    return tuple(common().get("text.camel_case_names", []))


@cache
def _glue_suffixes(lang: str) -> tuple[str, ...]:
    return tuple(sorted(lexicon(lang).get("text.glue_suffixes", []), key=len, reverse=True))


@cache
def _surname_endings(lang: str) -> tuple[str, ...]:
    return tuple(lexicon(lang).get("text.glue_surname_endings", []))


def _is_boundary(line: str, end: int, lang: str) -> bool:
    """Whether the punctuation ending at ``end`` closes a sentence."""
    head = line[:end].rstrip("\"”»’')]")
    if not head.endswith("."):
        return True
    m = _WORD_BEFORE.search(head[:-1])
    if not m:
        return True
    word = m.group(1)
    if word in _abbreviations(lang) or _INITIALS.fullmatch(word):
        return False
    # "am 17. November": where the language writes ordinals so, a day number right before the
    # stop is one, not the end of a sentence ('fatia de 30%. A' ends one)
    return not (word.isdigit() and len(word) <= 2 and head[:-1].endswith(word) and _ordinal_stop(lang))


@cache
def _ordinal_stop(lang: str) -> bool:
    return bool(lexicon(lang).get("text.ordinal_stop", False))


def _spans(line: str, lang: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence in ``line``, stripped of surrounding whitespace."""
    start = 0
    for m in _BOUNDARY.finditer(line):
        following = m.group(1) or m.group(2)
        if (following.isupper() or following.isdigit()) and _is_boundary(line, m.end(), lang):
            yield start, m.end()
            start = m.end()
    yield start, len(line)


def _capitalised_word(word: str, i: int) -> str:
    """The capitalised word starting at ``word[i]``."""
    j = i + 1
    while j < len(word) and word[j].islower():
        j += 1
    return word[i:j]


def _split_points(word: str, glue_word: Callable[[str], bool]) -> list[int]:
    """Offsets inside ``word`` where glued words meet.

    ``glue_word`` tells whether a capitalised word is one that glue errors produce (a first
    name, a function word); it decides the cases where a brand ("DeepMind") looks the same.
    """
    points = []
    last = 0
    for i in range(1, len(word) - 1):
        a, b, c = word[i - 1], word[i], word[i + 1]
        if not (b.isupper() and c.islower()):
            continue
        left = word[last:i]
        if a.islower():
            # "nebenanBruder", "SchulmanZurücktreten", "LoweAuch"; not "iPhone", "McKinsey",
            # and not two short capitalised parts ("OpenWave") unless the second is a glue word
            if len(left) <= 1 or (len(left) <= 3 and left[0].isupper()):
                continue
            if left[0].isupper() and len(left) < 7 and not glue_word(_capitalised_word(word, i)):
                continue
        elif a.isupper():
            # "OpenAIDie", "RLHFJan": an acronym of 2+ letters, then a capitalised word
            # (not a plural: "CEOs")
            run = len(left) - len(left.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ"))
            if run < 2 or not word[i + 1 : i + 3].isalpha() or not word[i + 2 : i + 3].islower():
                continue
        elif not a.isdigit():  # "GPT-3Ich"
            continue
        points.append(i)
        last = i
    return points


class _Degluer:
    """Splits glued words of one document; knows which words the document uses alone."""

    def __init__(self, text: str, lang: str) -> None:
        self.lang = lang
        self.seen = Counter(m.group() for m in _WORD.finditer(text))
        self.function_words = lexicon(lang).words("mentions.stopwords")

    def _glue_word(self, word: str) -> bool:
        return is_first_name(word) or word.casefold() in self.function_words

    def _cuts(self, token: str) -> list[int]:
        """Split points of ``token``; none in links, handles and listed camel-case names."""
        rest = token[1:]
        if rest.lower() == rest:  # no capital inside: nothing glued (most words)
            return []
        points = _split_points(token, self._glue_word)
        if not points or "://" in token or "www." in token or "@" in token:
            return []
        return [] if any(name in token for name in _camel_case_names()) else points

    def _suffix_split(self, piece: str, previous: str) -> int | None:
        """Offset of a conjunction glued to the end of a name ("Sutskeverund"), if any."""
        if not piece[:1].isupper() or piece.isupper():
            return None
        word = piece.rstrip(".,;:!?\"')")
        if word != piece:
            return None  # a conjunction stands before no stop or comma: 'Peter McCausland.'
        for suffix in _glue_suffixes(self.lang):
            stem = word[: -len(suffix)]
            if not word.endswith(suffix) or len(stem) < 4:
                continue
            seen_alone = self.seen[stem] > 0
            # ... and a surname the text repeats is one word ('Ross Holland ... Holland said'), as
            # is one in '-land' ('Peter McCausland is')
            after_first_name = (
                len(suffix) >= 3
                and is_first_name(previous)
                and self.seen[word] < 2
                and not word.endswith(_surname_endings(self.lang))
            )
            if seen_alone or after_first_name:
                return len(stem)
        return None

    def norm(self, text: str, start: int) -> tuple[str, tuple[int, ...]]:
        """De-glued ``text`` (found at ``start`` in the document) and its offset map."""
        cuts: list[int] = []  # offsets in ``text`` where a space goes in
        previous = ""
        for m in _TOKEN.finditer(text):
            token = m.group()
            points = self._cuts(token)
            last = points[-1] if points else 0
            before_last = token[points[-2] if len(points) > 1 else 0 : last] if points else previous
            tail = self._suffix_split(token[last:], before_last.strip(".,;:!?\"'()"))
            if tail is not None:
                points.append(last + tail)
            cuts.extend(m.start() + p for p in points)
            previous = token[points[-1] :] if points else token
        pieces: list[str] = []
        mapping: list[int] = []
        prev = 0
        for cut in cuts:
            pieces += [text[prev:cut], " "]
            mapping += [*range(start + prev, start + cut), start + cut]
            prev = cut
        pieces.append(text[prev:])
        mapping += range(start + prev, start + len(text))
        # a hard-wrapped sentence reads as one line
        return _drop_nicknames("".join(pieces).replace("\r", " ").replace("\n", " "), mapping)


# 'Pablo "Pipo" Marín', 'Diego «El Flaco» Rivas': a nickname in quotes between a first name and a
# surname, up to three capitalised words
_NICKNAME = re.compile(
    r"(?<!\w)([^\W\d_a-z][^\W\d_]+) "
    r"([\"“«'‘](?:[^\W\d_a-z][^\W\d_]*\.?\s?){1,3}[\"”»'’] )(?=[^\W\d_a-z][^\W\d_])"
)


def _drop_nicknames(norm: str, mapping: list[int]) -> tuple[str, tuple[int, ...]]:
    """``norm`` without the nicknames that split a person's name, so that the name reads whole."""
    for m in reversed([m for m in _NICKNAME.finditer(norm) if is_first_name(m.group(1))]):
        a, b = m.span(2)
        norm, mapping = norm[:a] + norm[b:], mapping[:a] + mapping[b:]
    return norm, tuple(mapping)


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text (wire copy, press releases) is wrapped at, if it is."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 4:
        return None
    width = lengths[int(len(lengths) * 0.9) - 1]
    long_lines = sum(n >= 0.6 * width for n in lengths)
    return width if 40 <= width <= 100 and long_lines >= len(lengths) / 2 else None


def _continues(line: str, following: str, width: int | None) -> bool:
    """Whether ``following`` continues the sentence of ``line`` (a wrapped line)."""
    head, nxt = line.rstrip(), following.lstrip()
    if not head or not nxt or following[:1].isspace() or SENTENCE_END.search(head):
        return False
    if not any(ch.islower() for ch in head):  # an all-capitals headline stands alone
        return False
    if nxt[0].islower():
        return True
    return width is not None and len(head) >= 0.6 * width


def _blocks(text: str) -> Iterator[tuple[int, list[str]]]:
    """(offset, lines) of each paragraph: wrapped lines joined, any other line alone."""
    lines = text.split("\n")
    width = _wrap_width(lines)
    start, block = 0, [lines[0]]
    for line in lines[1:]:
        if _continues(block[-1], line, width):
            block.append(line)
            continue
        yield start, block
        start += sum(len(x) + 1 for x in block)
        block = [line]
    yield start, block


def split_sentences(text: str, lang: str) -> list[Sentence]:
    """Sentences of ``text``, in order, each verbatim with its offsets and de-glued form."""
    degluer = _Degluer(text, lang)
    sentences: list[Sentence] = []
    for block_start, lines in _blocks(text):
        block = "\n".join(lines)
        junk = all(is_junk_line(line) for line in lines)
        heading = len(lines) == 1 and is_heading(block)
        for a, b in _spans(block, lang):
            raw = block[a:b]
            lead = len(raw) - len(raw.lstrip())
            body = raw.strip()
            if not body:
                continue
            start = block_start + a + lead
            norm, mapping = degluer.norm(body, start)
            sentences.append(
                Sentence(
                    index=len(sentences),
                    start=start,
                    end=start + len(body),
                    text=body,
                    norm=norm,
                    norm_map=mapping,
                    is_junk=junk,
                    is_heading=heading and body == block.strip(),
                )
            )
    return sentences
