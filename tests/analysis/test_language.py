"""Language identification prefers languages with data, refuses text it cannot place."""

from __future__ import annotations

import pytest

from orgwatch.analysis.language import detect
from orgwatch.errors import UnknownLanguage


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Vorstandschefin des Konzerns hat ihren Rücktritt für Ende des Monats angekündigt.", "de"),
        ("L'amministratore delegato lascerà la società alla fine dell'anno, secondo fonti interne.", "it"),
        ("The chief financial officer resigned on Monday after ten years with the company.", "en"),
        ("Le directeur général quittera le groupe à la fin de l'année, selon plusieurs sources.", "fr"),
        ("El consejero delegado dejará la empresa a finales de año, según fuentes internas.", "es"),
        ("Anna Berg joined Examplix.", "en"),  # short: the best language with data wins
    ],
)
def test_detects_the_five_languages(text: str, lang: str) -> None:
    assert detect(text) == lang


def test_too_little_text_is_refused_with_a_code() -> None:
    with pytest.raises(UnknownLanguage) as err:
        detect("12 34 !!")
    assert "[E003]" in str(err.value)


def test_a_clear_language_without_data_is_refused() -> None:
    text = "这家公司的首席执行官周五宣布辞职，董事会已经开始寻找继任者。" * 6
    with pytest.raises(UnknownLanguage, match="no data file"):
        detect(text)
