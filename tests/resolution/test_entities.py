"""Cross-document entity resolution: aliases, folding, surnames, fuzzy matches with context."""

from __future__ import annotations

from fakes import claim

from orgwatch.resolution import Alias, AliasTable, curated_aliases
from orgwatch.resolution.entities import resolve


def test_aliases_win_and_a_bare_surname_joins_the_one_full_name_with_shared_context() -> None:
    claims = [
        claim("a", type="dismissed", subject="Sam Altman", object="OpenAI"),
        claim("a", type="holds_role", subject="Sam Altman", object="OpenAI", role="ceo"),
        claim("b", type="returns", subject="Altman", object="OpenAI Inc."),
        claim("c", type="joins", subject="Ultraman", object="Microsoft"),
    ]
    r = resolve(claims, curated_aliases())
    assert r.canonical("Altman", "person") == "Sam Altman"
    assert r.canonical("Ultraman", "person") == "Sam Altman"
    assert r.canonical("OpenAI Inc.", "org") == "OpenAI"
    assert {(c.subject, c.object) for c in r.apply(claims)} == {
        ("Sam Altman", "OpenAI"),
        ("Sam Altman", "Microsoft"),
    }
    (learned,) = r.learned()
    assert (learned.alias, learned.canonical, learned.created_by) == ("Altman", "Sam Altman", "learned")
    assert "openai" in learned.source and "b" in learned.source  # the evidence that justified it


def test_a_shared_surname_is_ambiguous_and_stays_unresolved() -> None:
    claims = [
        claim("a", type="founds", subject="Dario Amodei", object="Anthropic"),
        claim("a", type="founds", subject="Daniela Amodei", object="Anthropic"),
        claim("b", type="leaves", subject="Amodei", object="Anthropic"),
    ]
    r = resolve(claims, AliasTable())
    assert r.canonical("Amodei", "person") == "Amodei"
    assert r.canonical("Daniela Amodei", "person") == "Daniela Amodei"  # not 77% 'Dario Amodei'


def test_close_spellings_need_context() -> None:
    with_context = [
        claim("a", type="leaves", subject="Ilya Sutskever", object="OpenAI"),
        claim("b", type="leaves", subject="Ilya Sutskever", object="OpenAI"),
        claim("c", type="holds_role", subject="Ilja Sutskever", object="OpenAI", role="chief scientist"),
    ]
    r = resolve(with_context, AliasTable())
    assert r.canonical("Ilja Sutskever", "person") == "Ilya Sutskever"
    assert r.learned()[0].source.startswith("spelling 93% like 'Ilya Sutskever'; both with openai")
    without_context = [
        claim("a", type="leaves", subject="Ilya Sutskever", object="OpenAI"),
        claim("c", type="joins", subject="Ilja Sutskever", object="Examplix"),
    ]
    assert resolve(without_context, AliasTable()).canonical("Ilja Sutskever", "person") == "Ilja Sutskever"


def test_case_and_accents_fold_to_the_most_attested_spelling() -> None:
    claims = [
        claim("a", type="leaves", subject="Aleksander Madry", object="OpenAI"),
        claim("b", type="joins", subject="Aleksander Madry", object="Microsoft"),
        claim("c", type="leaves", subject="Aleksander Mądry", object="OPENAI"),
    ]
    r = resolve(claims, AliasTable())
    assert r.canonical("Aleksander Mądry", "person") == "Aleksander Madry"
    assert r.canonical("OPENAI", "org") == "OpenAI"
    assert r.learned() == []  # folding is a rule, not a judgement call


def test_no_transitive_chain_without_evidence() -> None:
    # 'Jon Smithe' is close to 'Jon Smith', 'Jon Smithers' is close to 'Jon Smithe' but not to 'Jon Smith'
    claims = [
        *[claim(d, type="leaves", subject="Jon Smith", object="Examplix") for d in "abc"],
        *[claim(d, type="leaves", subject="Jon Smithe", object="Examplix") for d in "de"],
        claim("f", type="leaves", subject="Jon Smithers", object="Examplix"),
    ]
    r = resolve(claims, AliasTable())
    assert r.canonical("Jon Smithe", "person") == "Jon Smith"
    assert r.canonical("Jon Smithers", "person") == "Jon Smithers"


def test_a_user_veto_keeps_a_name_apart() -> None:
    claims = [
        claim("a", type="dismissed", subject="Sam Altman", object="OpenAI"),
        claim("b", type="returns", subject="Altman", object="OpenAI"),
    ]
    veto = AliasTable([Alias("Altman", "Altman", "person", "not the same person", "user")])
    r = resolve(claims, veto)
    assert r.canonical("Altman", "person") == "Altman"
    assert r.learned() == []
