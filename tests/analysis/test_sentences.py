"""Sentence splitting and de-gluing: verbatim sentences, offsets that lead back to the text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orgwatch.analysis.sentences import split_sentences

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seeds"


def norms(text: str, lang: str = "de") -> list[str]:
    return [s.norm for s in split_sentences(text, lang)]


def test_initials_do_not_end_a_sentence() -> None:
    text = "The board named L.K. Evans and J. Roe to the committee. Both start in May."
    assert len(split_sentences(text, "en")) == 2


def test_splits_on_sentence_end_but_not_on_ordinals_or_abbreviations() -> None:
    text = "Am 3. Mai trat Dr. Eva Kunz zurück. Sie ging z. B. zu Bosch. Danach kam Ruhe."
    assert [s.text for s in split_sentences(text, "de")] == [
        "Am 3. Mai trat Dr. Eva Kunz zurück.",
        "Sie ging z. B. zu Bosch.",
        "Danach kam Ruhe.",
    ]


def test_a_number_before_a_stop_ends_a_sentence_unless_the_language_writes_ordinals_so() -> None:
    assert len(norms("Uma fatia de 30. A Taquari foi fundada.", "pt")) == 2
    assert len(norms("Eine Quote von 30%. Die Firma wächst.", "de")) == 2
    assert len(norms("Er kam am 17. November an.", "de")) == 1


def test_date_header_glued_to_a_line_becomes_its_own_sentence() -> None:
    text = "Der Rat tagte lange. Dienstag, 7. März Ortszeit\nDann kam die Nachricht."
    assert [s.text for s in split_sentences(text, "de")] == [
        "Der Rat tagte lange.",
        "Dienstag, 7. März Ortszeit",
        "Dann kam die Nachricht.",
    ]


@pytest.mark.parametrize(
    ("glued", "expected"),
    [
        ("der FinanzchefMarta Lindqvistund ihr Team", "der Finanzchef Marta Lindqvist und ihr Team"),
        ("laut AcmeDie Zahlen", "laut Acme Die Zahlen"),
        ("Erfinder von RLHFKarl Berg", "Erfinder von RLHF Karl Berg"),
        ("vom Modell GPT-3Ich habe", "vom Modell GPT-3 Ich habe"),
        ("Ende der Sitzung.Paul Weber kam", "Ende der Sitzung. Paul Weber kam"),
        ("mit Paul WeberAuch er ging", "mit Paul Weber Auch er ging"),
        ("der Abteilung VossEr wurde versetzt", "der Abteilung Voss Er wurde versetzt"),
    ],
)
def test_glued_words_are_split_in_norm(glued: str, expected: str) -> None:
    assert " ".join(norms(glued)) == expected


@pytest.mark.parametrize(
    ("text", "expected", "name"),
    [
        ('Hoy firmó Pablo "Pipo" Marín.', "Hoy firmó Pablo Marín.", "Marín"),
        ("Llega Diego «El Flaco» Rivas Soto.", "Llega Diego Rivas Soto.", "Rivas"),
    ],
)
def test_a_nickname_between_first_name_and_surname_is_left_out_of_norm(
    text: str, expected: str, name: str
) -> None:
    """The name reads whole; every character left still leads back to the text."""
    (s,) = split_sentences(text, "es")
    assert s.norm == expected
    k = s.norm.index(name)
    assert text[s.norm_map[k] : s.norm_map[k] + len(name)] == name


def test_a_quoted_word_after_an_ordinary_word_stays_in_norm() -> None:
    assert norms('La campaña "Verano" Rural terminó.') == ['La campaña "Verano" Rural terminó.']


@pytest.mark.parametrize(
    "word", ["YouTube", "McKinsey", "BioNTech", "iPhone", "OpenAI", "CEOs", "DeepMind", "NovaLink"]
)
def test_camel_case_names_stay_whole(word: str) -> None:
    assert norms(f"Sie arbeitet bei {word} seit Jahren.") == [f"Sie arbeitet bei {word} seit Jahren."]


def test_a_surname_ending_like_a_conjunction_is_kept_without_evidence() -> None:
    # "Verbund" ends with "und" but nothing says "Verb" is a word of this text
    assert norms("Der Verbund wächst.") == ["Der Verbund wächst."]


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seed_sentences_are_verbatim_and_map_back(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    sentences = split_sentences(text, "de")
    assert len(sentences) > 20
    for s in sentences:
        assert text[s.start : s.end] == s.text
        for i, ch in enumerate(s.norm):
            if ch != " ":
                assert text[s.to_doc(i)] == ch


@given(st.text(max_size=300))
def test_any_text_splits_without_losing_characters(text: str) -> None:
    sentences = split_sentences(text, "en")
    kept = "".join("".join(s.text.split()) for s in sentences)
    assert kept == "".join(text.split())
    for s in sentences:
        assert text[s.start : s.end] == s.text


def test_hard_wrapped_paragraphs_are_read_as_whole_sentences() -> None:
    text = (
        "ACME CORP <ACM> NAMES NEW CHIEF EXECUTIVE\n"
        "BOSTON, March 3 - Acme Corp said its board appointed Jane\n"
        "Roe as chief executive officer, succeeding John Doe, who\n"
        "retires after ten years in the post at the company.\n"
        "    Roe joined Acme from Globex Inc in 2015, the company\n"
        "said in a statement released on Tuesday afternoon here.\n"
    )
    sentences = split_sentences(text, "en")
    assert [s.text.split("\n")[0] for s in sentences] == [
        "ACME CORP <ACM> NAMES NEW CHIEF EXECUTIVE",
        "BOSTON, March 3 - Acme Corp said its board appointed Jane",
        "Roe joined Acme from Globex Inc in 2015, the company",
    ]
    assert "appointed Jane Roe as chief" in sentences[1].norm
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_lines_of_an_unwrapped_article_stay_apart() -> None:
    text = "Marta Lindqvist: Finanzchefin\nDie Bank hat am Montag ihren Abgang gemeldet.\n"
    assert len(split_sentences(text, "de")) == 2


def test_a_surname_ending_like_a_conjunction_stays_whole_before_a_stop_or_when_repeated() -> None:
    # a conjunction never ends a sentence, and a glue error does not repeat itself word for word
    assert norms("The board named Peter McCausland.", "en")[0].endswith("McCausland.")
    text = "Ross Holland spoke first. Holland said the plan stands."
    assert norms(text, "en")[0] == "Ross Holland spoke first."
    assert norms("Board member Peter Garland is to retire.", "en") == [
        "Board member Peter Garland is to retire."
    ]
