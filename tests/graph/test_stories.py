"""Stories: identical texts, and translations found by sentence alignment with the real USE model."""

from __future__ import annotations

from fakes import SEED_FILES

from orgwatch.graph.stories import ALIGN_THRESHOLD, StoryDoc, alignment, embed, group_stories, sentences
from orgwatch.model import content_hash


def test_identical_text_is_one_story_without_embeddings() -> None:
    docs = [
        StoryDoc("b", "h1", reported="2024-01-02"),
        StoryDoc("a", "h1", reported="2024-01-01"),
        StoryDoc("c", "h2"),
    ]
    stories = group_stories(docs, {})
    assert [(s.id, s.docs) for s in stories] == [("a", ("a", "b")), ("c", ("c",))]
    assert stories[0].links[0].how == "identical"


def test_the_seed_translation_is_one_story_and_the_other_seeds_are_not() -> None:
    texts = [p.read_text(encoding="utf-8") for p in SEED_FILES]
    embeddings = embed(texts)
    docs = [
        StoryDoc(p.name, content_hash(t), "it" if p.name.startswith("003") else "de")
        for p, t in zip(SEED_FILES, texts, strict=True)
    ]
    stories = group_stories(docs, {d.hash: e for d, e in zip(docs, embeddings, strict=True)})
    assert sorted(len(s.docs) for s in stories) == [1, 1, 1, 2]
    (pair,) = [s for s in stories if len(s.docs) == 2]
    assert [d[:3] for d in pair.docs] == ["000", "003"]
    assert pair.langs == ("de", "it") and pair.links[0].how == "translation"
    # the margin the threshold was chosen with (see orgwatch.graph.stories)
    assert alignment(embeddings[0], embeddings[3]) > ALIGN_THRESHOLD + 0.1
    others = [
        alignment(embeddings[i], embeddings[j]) for i in range(5) for j in range(i + 1, 5) if (i, j) != (0, 3)
    ]
    assert max(others) < ALIGN_THRESHOLD - 0.1


def test_embeddings_survive_the_cache_format() -> None:
    (e,) = embed(["Die Bank hat ihren Finanzchef entlassen, teilte sie am Montag mit. " * 2])
    again = type(e).from_bytes(e.to_bytes())
    assert again.sentences.shape == e.sentences.shape
    assert alignment(e, again) > 0.999


def test_short_lines_are_not_sentences() -> None:
    assert sentences("Menu\nHome\nThe chief executive resigned on Monday after ten years at the bank.") == [
        "The chief executive resigned on Monday after ten years at the bank."
    ]
    assert sentences("Short text.") == ["Short text."]
