"""First names: the list and the genders it gives."""

from __future__ import annotations

import pytest

from orgwatch.analysis.firstnames import gender, is_first_name


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Bernd", "m"), ("Katharina", "f"), ("Élodie", "f"), ("Ludovic", "m"), ("Andrea", None), ("Qzxv", None)],
)
def test_a_first_name_of_one_gender_has_it(name: str, expected: str | None) -> None:
    # 'Andrea' is a man's name in Italy and a woman's elsewhere: no gender, so no pronoun is refused
    assert gender(name) == expected


def test_accented_and_double_first_names_are_first_names() -> None:
    assert is_first_name("Élodie") and is_first_name("Jean-Baptiste") and not is_first_name("Qzxv")


def test_german_first_names_spelt_without_umlauts_are_first_names() -> None:
    assert is_first_name("Juergen") and is_first_name("Goetz") and gender("Joerg") == "m"
    assert not is_first_name("Boeing") and not is_first_name("Uelto")


def test_the_curated_supplement_adds_brazilian_first_names_with_their_gender() -> None:
    """gender-guesser lacks frequent Brazilian names; common.toml adds them, by gender."""
    assert is_first_name("Adilson") and gender("Adilson") == "m"
    assert is_first_name("Cícero") and gender("Thaís") == "f"


def test_the_curated_supplement_adds_frequent_spanish_catalan_basque_and_french_names() -> None:
    assert gender("Iñigo") == "m" and gender("Meritxell") == "f" and gender("Yanis") == "m"
    # ... but no word that is also a month or an abbreviation
    assert not is_first_name("Sep")
