"""Whole organization and person names in Portuguese, Spanish and Dutch news: long Romance
names with connectors, club and brand names, camel-cased names, a company after an article,
family companies, and persons whose first name no list knows.

All sentences and names are invented for these tests.
"""

from __future__ import annotations

from orgwatch.analysis.mentions import find_mentions
from orgwatch.analysis.sentences import split_sentences
from orgwatch.model import AnalyzedDocument, Document


def names(lang: str, text: str, kind: str) -> list[str]:
    doc = Document(id="t", text=text, source="test")
    adoc = AnalyzedDocument(doc=doc, lang=lang, doc_date=None, sentences=split_sentences(text, lang))
    return [m.name for ms in find_mentions(adoc).values() for m in ms if m.kind == kind]


def test_a_headed_name_runs_through_connectors_past_a_first_name() -> None:
    text = "A Universidade Federal do Alto Xingu (UFAX) nomeou Carlos Mendes. A UFAX cresceu."
    assert names("pt", text, "org") == ["Universidade Federal do Alto Xingu"] * 3
    assert names("pt", text, "person") == ["Carlos Mendes"]
    text = "O Tribunal de Comércio de Vila Franca de Xira decidiu."
    assert names("pt", text, "org") == ["Tribunal de Comércio de Vila Franca de Xira"]
    assert names("pt", text, "person") == []


def test_a_person_after_a_headed_name_stays_a_person() -> None:
    # a conjunction lists a new name; a place ends the institution's name
    assert names("pt", "A Fundação Lumen e Ana Lima assinaram.", "person") == ["Ana Lima"]
    text = "O presidente do Banco de Portugal Mário Centeno falou."
    assert names("pt", text, "person") == ["Mário Centeno"]


def test_an_article_links_a_name_only_after_a_preposition() -> None:
    text = "Trabajó en la Comisión para el Mercado Financiero."
    assert names("es", text, "org") == ["Comisión para el Mercado Financiero"]
    assert names("es", "El Banco de España y el Gobierno acordaron.", "org") == [
        "Banco de España",
        "Gobierno",
    ]


def test_a_sentence_initial_head_begins_the_name() -> None:
    assert names("pt", "Banco Xaréu anunciou a saída de Maria Souza.", "org") == ["Banco Xaréu"]
    assert names("pt", "Grupo Tavora comprou a Lusomar.", "org")[0] == "Grupo Tavora"
    assert names("es", "Grupo Alimentario Nervión compra Supermercados Miño.", "org") == [
        "Grupo Alimentario Nervión",
        "Supermercados Miño",
    ]


def test_club_names_of_several_words_stay_whole() -> None:
    assert names("pt", "O Atlético Pinhal Velho contratou João Reis.", "org") == ["Atlético Pinhal Velho"]
    text = "O Esporte Clube Vila Nova contratou Pedro Alves."
    assert names("pt", text, "org") == ["Esporte Clube Vila Nova"]
    # three words after a head, where nouns are lower case
    text = "O Clube Pinhal Seco Azul contratou Pedro Alves."
    assert names("pt", text, "org") == ["Clube Pinhal Seco Azul"]


def test_a_country_after_a_name_tail_names_the_branch() -> None:
    text = "Ela trabalhou na Latam Airlines Brasil desde 2019."
    assert names("pt", text, "org") == ["Latam Airlines Brasil"]


def test_an_acronym_right_after_a_name_ends_it() -> None:
    assert names("pt", "Ele deixou a Sonae MC em março.", "org") == ["Sonae MC"]
    text = "Dirigia a Rádio Educativa Serra FM desde 2020."
    assert names("pt", text, "org") == ["Rádio Educativa Serra FM"]
    assert "PSD" in names("pt", "Em Portugal PSD e PS votaram.", "org")


def test_a_camel_cased_name_is_one_word() -> None:
    text = "Telecomunicaciones de los Andes (TeleAndes) nombró a Pedro Gómez. Luego TeleAndes compró RedNova."
    assert names("es", text, "org") == ["Telecomunicaciones de los Andes"] * 3 + ["RedNova"]
    assert names("nl", "Ze vertrok naar FrieslandZuivel, waar ze werkt.", "org") == ["FrieslandZuivel"]
    # with a letter outside ASCII
    assert names("es", "TeleAndés anunció resultados.", "org") == ["TeleAndés"]
    # a long noun glued to a first name is a glue error: the person stays one
    text = "Volgens ChefwetenschapperIlja Sutskever is dat zo."
    assert names("nl", text, "person") == ["Ilja Sutskever"]


def test_a_company_after_an_article_is_the_name_it_begins() -> None:
    text = "A Hélio Renováveis anunciou lucros. A Hélio foi fundada em 2014 por Ana Lima."
    assert names("pt", text, "org") == ["Hélio Renováveis", "Hélio Renováveis"]


def test_a_surname_a_family_shares_is_its_company() -> None:
    text = (
        "Koninklijke Bakkerij Haverkamp groeit. Els Haverkamp is directeur. Haar broer Jan "
        "Haverkamp is commissaris. In 2019 nam Haverkamp de bakkerij Smit over."
    )
    assert names("nl", text, "org") == ["Koninklijke Bakkerij Haverkamp"] * 2 + ["Smit"]
    # one person of that name: the surname is hers
    text = "Koninklijke Bakkerij Haverkamp groeit. Els Haverkamp is directeur. Haverkamp vertrekt."
    assert names("nl", text, "person")[-1] == "Els Haverkamp"


def test_a_first_names_genitive_is_no_organization() -> None:
    text = "Merel Verhoef leidt Bakkerij Smit. Het bedrijf werd opgericht door Merels vader Piet Verhoef."
    assert names("nl", text, "org") == ["Bakkerij Smit"]


def test_a_person_the_first_name_list_lacks_is_read_by_context() -> None:
    text = "Wanjiru Kamau, directora ejecutiva de Fundación Lumbre, dijo que renunciará."
    assert names("es", text, "person") == ["Wanjiru Kamau"]
    assert names("pt", "Okonkwo Adebayo (52) deixa o Banco Xaréu.", "person") == ["Okonkwo Adebayo"]
    # an organization's name is none
    assert names("pt", "Nimbus Robotics, a empresa, cresceu.", "person") == []
