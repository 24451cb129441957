"""Person, organization and role mentions, and their resolution within a document.

All sentences are invented for these tests, in the five languages of the lexicons.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from orgwatch.analysis.mentions import find_mentions, strong_orgs, tokenize
from orgwatch.analysis.sentences import split_sentences
from orgwatch.model import AnalyzedDocument, Document, Mention, Sentence


def analysed(lang: str, text: str) -> AnalyzedDocument:
    doc = Document(id="t", text=text, source="test")
    return AnalyzedDocument(doc=doc, lang=lang, doc_date=None, sentences=split_sentences(text, lang))


def mentions(lang: str, text: str) -> list[Mention]:
    return [m for ms in find_mentions(analysed(lang, text)).values() for m in ms]


def names(lang: str, text: str, kind: str) -> list[str]:
    return [m.name for m in mentions(lang, text) if m.kind == kind]


def test_first_name_and_surname_with_particles() -> None:
    assert names("fr", "Selon Luca de Meo, le marché recule.", "person") == ["Luca de Meo"]
    assert names("de", "Laut Ursula von der Leyen wächst die Wirtschaft.", "person") == [
        "Ursula von der Leyen"
    ]


def test_title_cues_a_name_without_first_name() -> None:
    assert "Brudermüller" in names("de", "Konzernchef Brudermüller sprach am Montag.", "person")


def test_a_title_cued_surname_in_the_possessive_is_named_without_it() -> None:
    assert names("en", "The board rejected President Tolland's plan on Monday.", "person") == ["Tolland"]


def test_mentions_do_not_depend_on_the_hash_seed() -> None:
    """Lone speakers are a set: reading them must not depend on its order (PYTHONHASHSEED)."""
    text = (
        "Chief of staff Donald Regis met the press. President Reagor's aides said Regis would stay. "
        "Reagor said more. Regis said less. Chairman Regas's office said Ragis and Regos agreed."
    )
    code = (
        "from orgwatch.analysis import analyze; from orgwatch.analysis.mentions import find_mentions; "
        "from orgwatch.model import Document; import sys; "
        "d = Document(id='t', text=sys.argv[1], source='t', lang='en', published='2024-03-03'); "
        "ms = find_mentions(analyze(d)); "
        "print(sorted((i, m.kind, m.start, m.name) for i in ms for m in ms[i]))"
    )
    outs = {
        subprocess.run(
            [sys.executable, "-c", code, text],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(6)
    }
    assert len(outs) == 1, outs


def test_surname_genitive_and_garble_resolve_to_the_full_name() -> None:
    text = (
        "Die Forscherin Katharina Wendeborn verlässt Lindholm. "
        "Wendeborns Abgang kam überraschend. "
        "Später sagte Wendebron, sie freue sich. "
        "Wendeborn bleibt in Berlin."
    )
    people = names("de", text, "person")
    assert people and set(people) == {"Katharina Wendeborn"}


def test_first_name_alone_resolves_when_unique() -> None:
    text = "Giorgio Lanza guida la società. Giorgio ha detto che il piano è pronto."
    assert names("it", text, "person") == ["Giorgio Lanza", "Giorgio Lanza"]


def test_organizations_by_suffix_shape_cue_and_compound() -> None:
    orgs = names(
        "de", "Die Nordwind Logistik GmbH und das Unternehmen Brasko arbeiten mit SAP zusammen.", "org"
    )
    assert {"Nordwind Logistik", "Brasko", "SAP"} <= set(orgs)
    assert names("de", "Der Kelvo-Konkurrent Lumio wächst.", "org")[:2] == ["Kelvo", "Lumio"]
    assert "Acme" in names("en", "The deal was signed by Acme Corp. on Monday.", "org")


def test_organizations_in_lists_after_a_cue_noun() -> None:
    orgs = names("de", "Sie arbeitete bei Unternehmen wie Kelvo, Rasto und Plenum.", "org")
    assert {"Kelvo", "Rasto", "Plenum"} <= set(orgs)


def test_a_noun_is_no_organization_in_german() -> None:
    orgs = names("de", "Die Entscheidung fiel nach langer Beratung im Vorstand.", "org")
    assert orgs == []


def test_roles_map_to_the_english_vocabulary() -> None:
    cases = {
        "de": (
            "Der Vorstandsvorsitzende und der Finanzvorstand trafen den Aufsichtsratschef.",
            ["ceo", "cfo", "chairman of the supervisory board"],
        ),
        "it": ("L'amministratore delegato e il cofondatore hanno parlato.", ["ceo", "co-founder"]),
        "fr": ("Le directeur général et le cofondateur ont parlé.", ["ceo", "co-founder"]),
        "es": ("El consejero delegado y el cofundador hablaron.", ["ceo", "co-founder"]),
        "en": ("The chief executive officer and the co-founder spoke.", ["ceo", "co-founder"]),
    }
    for lang, (text, roles) in cases.items():
        assert names(lang, text, "role") == roles, lang


def test_mention_offsets_point_into_norm() -> None:
    adoc = analysed("en", "Acme Corp named Jane Doe chief executive officer.")
    for s in adoc.sentences:
        for m in find_mentions(adoc)[s.index]:
            assert s.norm[m.start : m.end] == m.text


def test_strong_organizations_exclude_mere_capitalised_words() -> None:
    adoc = analysed("es", "El presidente visitó Egipto. La empresa Cabify creció. Egipto respondió.")
    assert "Cabify" in strong_orgs(adoc)
    assert "Egipto" not in strong_orgs(adoc)


@pytest.mark.parametrize(
    ("lang", "text", "firm"),
    [
        ("es", "Valmer S.A. ha nombrado a Ana Ruiz consejera delegada.", "Valmer"),
        ("it", "Oggi Fabbri S.p.A. ha nominato Marco Bellini direttore generale.", "Fabbri"),
        ("it", "Ieri Tessiture Orvieto S.r.l. ha chiuso il bilancio.", "Tessiture Orvieto"),
    ],
)
def test_a_legal_suffix_spelt_with_periods_makes_a_sure_organization(lang: str, text: str, firm: str) -> None:
    assert firm in strong_orgs(analysed(lang, text))


def test_elided_articles_are_split_off() -> None:
    assert [t.text for t in tokenize("dell'azienda d'Airbus")] == ["dell'", "azienda", "d'", "Airbus"]


def test_headline_capitals_and_datelines_name_nobody() -> None:
    text = "ACME NAMES NEW CHIEF FOR UNIT BOSTON, Feb 26 - Acme Corp said Jane Roe will run the unit."
    orgs = names("en", text, "org")
    assert "Acme" in orgs
    assert not {"BOSTON", "ACME", "NAMES", "UNIT"} & set(orgs)


def test_peoples_places_and_titles_are_no_organizations() -> None:
    orgs = names("en", "Japanese buyers and many Americans met former Secretary of State Jan Moss.", "org")
    assert not {"Japanese", "Americans", "State", "Secretary"} & set(orgs)
    assert names("es", "Luis Vega es el nuevo presidente de Egipto.", "org") == []
    assert "Zealand" not in names("en", "Orbis is owned by a Wellington firm from New Zealand.", "org")


def test_organization_names_joined_by_connectors_around_a_head_noun() -> None:
    cases = {
        "en": (
            "He filed the report with the Securities and Exchange Commission.",
            "Securities and Exchange Commission",
        ),
        "it": ("Lo ha confermato la Banca d'Italia ieri.", "Banca d'Italia"),
        "fr": ("Selon la Banque de France, la croissance ralentit.", "Banque de France"),
        "es": ("El Banco de la Nación subió los tipos.", "Banco de la Nación"),
    }
    for lang, (text, org) in cases.items():
        assert org in names(lang, text, "org"), lang
    assert names("en", "Shares of Acme Foods and Bolt Bank rose.", "org") != ["Acme Foods and Bolt Bank"]


def test_initials_middle_initials_and_months_before_names() -> None:
    # one sentence as the splitter should cut it (it now ends a sentence after 'L.K.')
    text = "Orbis said L.K. Brandt was elected president."
    sent = Sentence(0, 0, len(text), text, text, tuple(range(len(text))))
    adoc = AnalyzedDocument(Document(id="t", text=text, source="test"), "en", None, [sent])
    assert [m.name for m in find_mentions(adoc)[0] if m.kind == "person"] == ["L K Brandt"]
    assert names("en", "Orbis said John M. Brandt was elected president.", "person") == ["John M Brandt"]
    assert names("en", "The board will elect in April John Brandt as chief.", "person") == ["John Brandt"]
    assert "U S Steelworks" not in names("en", "He worked at U.S. Steelworks for years.", "person")


def test_possessive_is_not_part_of_a_name() -> None:
    assert names("en", "Prime Minister Anil Varma's budget was criticised.", "person") == ["Anil Varma"]
    orgs = names("en", "Jan Moss, chairman of the Brantley's audit committee, spoke.", "org")
    assert "Brantley" in orgs


def test_the_name_after_a_public_office_is_a_person() -> None:
    assert names("es", "Habló Luis Vega, el primer ministro de Carlos Ruiz.", "person") == [
        "Luis Vega",
        "Carlos Ruiz",
    ]
    assert "Carlos Ruiz" not in names("es", "Habló Luis Vega, el primer ministro de Carlos Ruiz.", "org")


def test_inner_period_before_capitals_stays_in_the_word() -> None:
    assert [t.text for t in tokenize("Q.VOX-Chef")] == ["Q.VOX-Chef"]
    assert [t.text for t in tokenize("die U.S. Firma")][1] == "U."  # initials stay apart


def test_a_prefixed_surname_after_a_first_name_is_a_person() -> None:
    for lang, text in [
        ("en", "Matthew McArdle said the plan works."),
        ("de", "Laut Matthew McArdle wirkt der Plan."),
        ("it", "Secondo Matthew McArdle il piano funziona."),
        ("fr", "Selon Matthew McArdle, le plan marche."),
        ("es", "Según Matthew McArdle, el plan funciona."),
    ]:
        assert names(lang, text, "person") == ["Matthew McArdle"], lang


def test_hashtags_and_handles_are_no_organizations() -> None:
    assert "QuorvaLeaks" not in names("en", "Users posted #QuorvaLeaks and @QuorvaFan all day.", "org")


def test_a_descriptive_noun_before_a_name_is_no_part_of_it() -> None:
    text = "Der Münchner Pharmakonzern Velmora Pharma übernimmt den Hamburger Handelskonzern Ostwerk Group."
    orgs = names("de", text, "org")
    assert "Velmora Pharma" in orgs and "Ostwerk Group" in orgs, orgs
    assert not any("konzern" in o for o in orgs), orgs


def test_a_name_before_an_organization_tail_is_no_person() -> None:
    for text in (
        "Calder Ridge Bancorp said profit rose.",
        "Jenny Ridge University hired a dean.",
        "Marion Bio hired a chemist.",  # a first name, then a sector word that ends names
        "Helen Bulk Carriers sold a ship.",
    ):
        assert names("en", text, "person") == [], text
    assert names("en", "Calder Ridge Bancorp said profit rose.", "org") == ["Calder Ridge Bancorp"]


def test_short_forms_and_acronyms_take_the_full_name() -> None:
    de = "Der Sender Westwelle Rundfunk (WWR) sucht einen Intendanten. Die WWR wächst."
    assert set(names("de", de, "org")) == {"Westwelle Rundfunk"}
    es = "Laboratorios Monteverde Sala crece. El consejo de Monteverde Sala aprobó el plan."
    assert set(names("es", es, "org")) == {"Laboratorios Monteverde Sala"}
    en = "Straits Meridian Airlines hired a pilot. Straits Meridian said it grew."
    assert set(names("en", en, "org")) == {"Straits Meridian Airlines"}


def test_a_dateline_city_in_capitals_is_no_organization() -> None:
    assert "MILANO" not in names("it", "MILANO – La società Orvieta ha nominato un nuovo direttore.", "org")
    assert names("fr", "Le FC Valbonne a limogé son entraîneur.", "org") == ["FC Valbonne"]


def test_a_first_surname_stands_for_a_name_with_two() -> None:
    text = "Alberto Sanz Ferrer dirige el grupo. Sanz dejó el cargo. Según Martínez Soria, todo sigue."
    text = "José Luis Martínez Soria y " + text
    persons = names("es", text, "person")
    assert persons.count("Alberto Sanz Ferrer") == 2 and "José Luis Martínez Soria" in persons[-1:], persons
    assert names("es", text, "org") == []


def test_a_head_noun_is_no_first_name() -> None:
    text = "La Caja de Ahorros del Tormes citó a la exvicerrectora de Investigación de la Universidad Andina."
    orgs = names("es", text, "org")
    assert "Caja de Ahorros del Tormes" in orgs and "Universidad Andina" in orgs, orgs
    assert names("es", text, "person") == []


def test_head_first_names_accented_and_compound_first_names() -> None:
    assert names("es", "Según Seguros Almena, el plan funciona.", "org") == ["Seguros Almena"]
    assert names("fr", "Selon Élodie Marvaux et Jean-Baptiste Orlan, tout va bien.", "person") == [
        "Élodie Marvaux",
        "Jean-Baptiste Orlan",
    ]


def test_a_person_shaped_name_that_begins_a_tailed_organization_is_its_short_form() -> None:
    # 'Morgan' is a first name, but 'Morgan Hill' begins 'Morgan Hill Bancorp'
    text = "Morgan Hill Bancorp named Jane Doe chief executive. Shares of Morgan Hill rose on Monday."
    assert names("en", text, "org") == ["Morgan Hill Bancorp", "Morgan Hill Bancorp"]
    assert names("en", text, "person") == ["Jane Doe"]


def test_a_second_first_name_that_is_a_month_and_a_name_after_two_surnames() -> None:
    # 'Jan' is also January's abbreviation; 'Smit Pieter' is no surname pair
    text = "Gisteren volgde Anouk Smit Pieter Jan Hoekstra op."
    assert names("nl", text, "person") == ["Anouk Smit", "Pieter Jan Hoekstra"]


def test_capitalised_words_after_an_acronym_belong_to_its_name() -> None:
    assert names("nl", "Zij stapt over naar RTL Nieuws.", "org") == ["RTL Nieuws"]
    assert names("pt", "Ele trabalhou na CNN Portugal durante anos.", "org") == ["CNN Portugal"]


def test_a_peoples_adjective_before_a_name_describes_it() -> None:
    # a headline begins with it in the Romance languages; Dutch writes it capitalised anywhere
    assert names("pt", "Espanhola Vento Norte Energia compra Solaris.", "org")[0] == "Vento Norte Energia"
    assert names("nl", "Het fonds is van de Londense Bolder Capital.", "org") == ["Bolder Capital"]
    assert names("nl", "De Friese Kredietbank groeit.", "org") == ["Friese Kredietbank"]


def test_an_institution_head_in_lower_case_names_it() -> None:
    text = "Elle quitte l'université de Valmonde pour Lyon."
    assert names("fr", text, "org")[0] == "Université de Valmonde"
    assert names("es", "Trabajó en la universidad de Salvatierra.", "org") == ["Universidad de Salvatierra"]


def test_a_short_form_that_begins_several_names_takes_the_first_named() -> None:
    text = (
        "Corran State University named Jane Doe president. The Corran State Faculty Union objected. "
        "Doe joined Corran State in 2019."
    )
    assert names("en", text, "org")[-1] == "Corran State University"


def test_a_place_after_an_acronym_belongs_to_its_name() -> None:
    assert names("de", "Sie studierte an der TU Berlin.", "org") == ["TU Berlin"]


def test_a_descriptive_noun_after_a_title_is_no_part_of_the_owner() -> None:
    text = "Er zieht in den Vorstand des Dortmunder Energiekonzerns Halvstrom ein."
    assert names("de", text, "org") == ["Halvstrom"]
    # ... but a cue that heads names is a word of the name
    text = "El consejo de administración del Banco Ribera Norte destituyó al consejero delegado."
    assert names("es", text, "org") == ["Banco Ribera Norte"]


def test_a_lone_word_named_as_an_organization_is_the_short_form_of_the_name_it_ends() -> None:
    text = (
        "A alemã Brandt conclui a compra da Freios Itaperi. Rui Lopes, presidente da Itaperi desde "
        "2016, deixará o cargo."
    )
    assert names("pt", text, "org")[-1] == "Freios Itaperi"
    text = "La Cantina Valdara compra vigneti. Luca Neri lascia la Valdara dopo dieci anni."
    assert names("it", text, "org")[-1] == "Cantina Valdara"


def test_a_describing_compound_before_a_name_is_no_part_of_it() -> None:
    text = (
        "Das Hamburger Spielestudio Kelvo Games sammelt 20 Millionen Euro beim Wagniskapitalfonds "
        "Greywater Capital ein."
    )
    assert names("de", text, "org") == ["Kelvo Games", "Greywater Capital"]


def test_a_town_named_with_no_organization_evidence_is_a_place() -> None:
    # GeoNames towns: 'em Blumenau', 'to Maine'; an organization noun still names one
    text = "A Cooperativa Xingu Verde abriu um escritório em Blumenau. Os sócios fundaram o jornal Itajaí."
    assert names("pt", text, "org") == ["Cooperativa Xingu Verde", "Itajaí"]
    assert "Maine" not in names("en", "Jane Roe said she moved back to Maine in 2019.", "org")


@pytest.mark.parametrize(
    ("lang", "text", "relative"),
    [
        ("nl", "Els Verhoef, een dochter van de oprichter, is al jaren ceo van het bedrijf.", "ceo"),
        (
            "it",
            "Lucia Ferri, nipote del fondatore, guida la società come presidente.",
            "president",
        ),
        (
            "de",
            "Paul Roth, Sohn des Gründers, leitet seit März als Vertriebsleiter das Geschäft.",
            "head of sales",
        ),
        ("en", "Jane Roe, the daughter of the founder, becomes chief executive.", "ceo"),
        ("fr", "Anne Roy, fille du fondateur, devient directrice générale.", "ceo"),
        ("es", "Ana Ruiz, hija del fundador, será la nueva consejera delegada.", "ceo"),
        ("pt", "Rita Sales, filha do fundador, assume a presidência executiva.", None),
    ],
)
def test_a_title_after_a_kinship_noun_is_a_relatives(lang: str, text: str, relative: str | None) -> None:
    """'the daughter of the founder' founded nothing: the founder's title is another's."""
    roles = [m.name for m in mentions(lang, text) if m.kind == "role"]
    assert "co-founder" not in roles
    assert relative is None or relative in roles


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Ana Costa, filha do fundador João Costa, assumiu a presidência."),
        ("en", "Jane Roe, daughter of founder John Roe, becomes chief executive."),
    ],
)
def test_a_title_after_a_kinship_noun_is_the_named_relatives(lang: str, text: str) -> None:
    """'son of founder Ana Reis': the title then belongs to the name after it."""
    assert "co-founder" in [m.name for m in mentions(lang, text) if m.kind == "role"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Die Kieler Verlagsgruppe Nordlicht Medien hat Anna Roth entlassen.", "Nordlicht Medien"),
        ("Die Ulmer Beteiligungsgesellschaft Alpenblick Equity hält 20 Prozent.", "Alpenblick Equity"),
        ("Die Verlagsgruppe Nordlicht Medien hat Anna Roth entlassen.", "Nordlicht Medien"),
    ],
)
def test_a_german_kind_before_a_name_describes_it(text: str, org: str) -> None:
    """'die Bremer Verlagsgruppe X': a kind that may also end a name ('Bremer Verlagsgruppe')
    describes the name right after it."""
    assert names("de", text, "org") == [org]


def test_a_german_kind_that_ends_a_name_names_it_where_no_name_follows() -> None:
    assert names("de", "Die Bremer Verlagsgruppe hat Anna Roth entlassen.", "org") == ["Bremer Verlagsgruppe"]


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Trainer Jan Roth verlässt den TuS Nordmark 1921 zum Saisonende.", "TuS Nordmark 1921"),
        ("Der FC Halden 04 hat Trainer Jan Roth entlassen.", "FC Halden 04"),
    ],
)
def test_a_clubs_founding_year_is_part_of_its_name(text: str, club: str) -> None:
    assert names("de", text, "org") == [club]


def test_no_person_begins_after_an_italian_plural_article() -> None:
    """'negli Stati Uniti': 'Stati' is a first name in the lists, but no name follows 'negli'."""
    assert names("it", "Vogliamo crescere soprattutto negli Stati Uniti.", "person") == []


def test_a_possessive_ends_an_english_name() -> None:
    """ "Velorim's Danish unit": the capitalised word after a possessive begins another phrase."""
    assert "Velorim" in names("en", "Velorim's Danish subsidiary Lumio Inc said profits rose.", "org")


def test_a_french_channel_name_begins_with_tele() -> None:
    """'Télé' begins the names of French television channels ('Télé Loire-Pilat' is one name)."""
    assert names(
        "fr",
        "La chaîne régionale Télé Rhône-Vallon recrute un présentateur.",
        "org",
    ) == ["Télé Rhône-Vallon"]


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        (
            "pt",
            "Ana Reis, Beatriz Fontes e Rui Lobo deixaram a Velorim no mês passado.",
            "Beatriz Fontes",
        ),
        ("en", "Jane Roe, Wanjiru Kamau and John Smith have left Halvor Bank.", "Wanjiru Kamau"),
    ],
)
def test_an_item_between_two_persons_of_a_list_is_a_person(lang: str, text: str, person: str) -> None:
    """A first name the lists miss, or a surname that is also a common word ('Fontes', sources),
    is a person's where the name stands between two persons of one list."""
    assert person in names(lang, text, "person")


@pytest.mark.parametrize(
    ("lang", "text", "org"),
    [
        (
            "nl",
            "Eerstedivisionist FC Halden neemt afscheid van hoofdtrainer Jan Mol.",
            "FC Halden",
        ),
        ("nl", "Eredivisionist FC Halden heeft hoofdtrainer Jan Mol ontslagen.", "FC Halden"),
    ],
)
def test_a_kind_that_opens_a_sentence_describes_the_name_after_it(lang: str, text: str, org: str) -> None:
    """'Eerstedivisionist FC X', as German 'Zweitligist X': the league's member, not a name."""
    assert names(lang, text, "org") == [org]


def test_a_short_form_is_the_long_name_whose_head_adjective_is_lower_case() -> None:
    """'Vire-Bocage' after 'Coopérative laitière Vire-Bocage': French writes a head's
    adjective in lower case inside the name."""
    text = (
        "La Coopérative laitière Vire-Bocage grandit. Le projet prévoit l'absorption de Vire-Bocage par "
        "Unilait Armor. Vire-Bocage emploie 300 personnes."
    )
    assert set(names("fr", text, "org")) == {"Coopérative laitière Vire-Bocage", "Unilait Armor"}


def test_a_word_opening_a_sentence_whose_verb_has_a_pronoun_subject_names_nothing() -> None:
    """'Formée à Lyon, elle succède à X': the verb's subject is the pronoun, and the
    capitalised word that opens the sentence is no organization that acts."""
    text = "La Mutuelle Velorim recrute. Formée à Lyon, elle succède à Paul Roy."
    assert "Formée" not in names("fr", text, "org")


@pytest.mark.parametrize(
    ("lang", "text", "org"),
    [
        (
            "it",
            "L'allenatore Marco Neri lascia a fine stagione la Virtus Pallavolo Cremona.",
            "Virtus Pallavolo Cremona",
        ),
        ("es", "El Orvalia Basket Valladolid ha fichado a Pedro Gil.", "Orvalia Basket Valladolid"),
    ],
)
def test_a_town_after_an_organization_tail_is_the_clubs_home(lang: str, text: str, org: str) -> None:
    assert names(lang, text, "org") == [org]


def test_an_italian_name_runs_on_over_degli() -> None:
    text = "Anna Neri è la nuova rettrice dell'Università degli Studi di Cremona."
    assert names("it", text, "org") == ["Università degli Studi di Cremona"]


@pytest.mark.parametrize(
    ("lang", "text", "kind", "org"),
    [
        (
            "it",
            "Il Pastificio Morandi cambia guida. Il pastificio, nato come bottega di paese, vende ormai "
            "in tutta Europa. Il Pastificio Lenti, suo rivale, tace.",
            "pastificio",
            "Pastificio Morandi",
        ),
        (
            "en",
            "The Harlan Museum of Art named a director. The museum, which opened in a former mill, "
            "draws record crowds. The Lake Museum declined to comment.",
            "museum",
            "Harlan Museum of Art",
        ),
    ],
)
def test_a_kind_word_stands_for_the_one_organization_of_that_kind_named_so_far(
    lang: str, text: str, kind: str, org: str
) -> None:
    """Another of the same kind named later ('Pastificio Lenti') leaves the earlier reading."""
    assert [m.name for m in mentions(lang, text) if m.text.casefold() == kind] == [org]


def test_a_described_name_is_the_whole_name_before_the_comma() -> None:
    """'Pastificio Morandi, il gruppo X compra': the name described is the company's, not its
    last word; so the family's surname alone later names the company, which several Morandis share."""
    text = (
        "Pastificio Morandi, il gruppo Velorim compra una quota.\n\n"
        "La bottega aperta da Carlo Morandi è cresciuta. «Serviva un socio», dice Giulia Morandi. "
        "Non è d'accordo Piero Morandi, cugino e piccolo azionista.\n\n"
        "«Morandi resterà a Parma», ha promesso Neri."
    )
    assert [m.name for m in mentions("it", text) if m.text == "Morandi"] == ["Pastificio Morandi"]


def test_an_italian_trade_noun_heads_a_workshops_name() -> None:
    text = "Il gruppo vuole comprare anche il Molino San Vitale, che gli vende la farina."
    assert names("it", text, "org") == ["Molino San Vitale"]


def test_a_brazilian_first_name_of_the_supplement_begins_a_person() -> None:
    text = "O paciente foi operado pelo cardiologista Otávio Linhares na semana passada."
    assert names("pt", text, "person") == ["Otávio Linhares"] and names("pt", text, "org") == []


@pytest.mark.parametrize(
    ("lang", "text", "org"),
    [
        (
            "de",
            "Ab dem 1. Juli von der Lindner Antriebstechnik kommend, leitet sie die Velorim AG.",
            "Velorim",
        ),
        ("en", "She joins on 4 June Reed Ventures as a partner.", "Reed Ventures"),
    ],
)
def test_a_month_after_a_day_begins_no_person(lang: str, text: str, org: str) -> None:
    """'zum 1. Juli von der X': 'Juli' is a first name too, but not after a day's number."""
    assert names(lang, text, "person") == [] and org in names(lang, text, "org")


def test_a_german_utility_is_named_after_its_service() -> None:
    text = "Die Energieversorgung Filstal-Süd hat einen neuen Chef gefunden."
    assert names("de", text, "org") == ["Energieversorgung Filstal-Süd"]


def test_an_abbreviated_saint_joined_by_a_hyphen_stays_in_the_name() -> None:
    text = "Das St.-Ulrich-Stift sucht eine neue Leitung."
    assert names("de", text, "org") == ["St.-Ulrich-Stift"]


def test_an_acronym_spells_a_name_whose_words_bear_accents() -> None:
    text = "L'Association des éleveurs ovins du Trégor (AEOT) a porté plainte."
    assert set(names("fr", text, "org")) == {"Association des éleveurs ovins du Trégor"}


def test_a_short_form_skips_the_heads_adjective_in_lower_case() -> None:
    text = (
        "Val-Morin cherche un repreneur\n\nLa Coopérative laitière Val-Morin a lancé un appel "
        "d'offres. Jean Roy, le président de Val-Morin, veut conclure avant l'été."
    )
    assert {m.name for m in mentions("fr", text) if m.text == "Val-Morin"} == {
        "Coopérative laitière Val-Morin"
    }


def test_a_family_surname_of_two_companies_names_the_one_named_first() -> None:
    """'Rovani' where the family's biscuit maker and its holding are both named: the one the
    article names first, its topic."""
    text = (
        "Velorim compra Rovani.\n\n"
        "Velorim Partners si prende la maggioranza del Biscottificio Rovani. Mario Rovani aprì il "
        "forno nel dopoguerra; oggi lo guida Paolo Rovani, e Sara Rovani siede nella cassaforte di "
        "famiglia, Rovani Partecipazioni. Rovani Partecipazioni terrà una quota; Rovani non commenta."
    )
    lone = [m.name for m in mentions("it", text) if m.text == "Rovani"]
    assert lone == ["Biscottificio Rovani", "Biscottificio Rovani"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El estudio abrió en un pequeño local del barrio de Benimar en 2016."),
        ("it", "La società ha aperto una sede nel quartiere di Lorbia."),
        ("de", "Die Firma hat ihren Sitz im Stadtteil Ehrenhain."),
        ("en", "The company moved to the town of Marbeck last year."),
    ],
)
def test_a_name_after_a_noun_of_place_is_no_organization(lang: str, text: str) -> None:
    assert names(lang, text, "org") == []


def test_a_capitalised_adjective_after_a_head_is_no_short_form() -> None:
    """'Grupo Marítimo Alcaraz': the short form is 'Alcaraz', not the head's adjective."""
    text = (
        "Mexicana Alcaraz entra en el transporte aéreo\n\nEl Grupo Marítimo Alcaraz anunció la "
        "operación. Ana Gil, directora de Alcaraz, la explicó. Alcaraz no descarta otras compras."
    )
    assert {m.name for m in mentions("es", text) if m.text == "Alcaraz"} == {"Grupo Marítimo Alcaraz"}


def test_a_name_without_its_middle_names_is_the_full_name() -> None:
    """'Marta Barreto' in a headline, 'Marta Vieira Barreto' in the text: the first name and the
    last surname stand for the full name, and the surname alone for it too."""
    text = (
        "Marta Barreto no comando do Banco Tapuia\n\nO conselho do Banco Tapuia elegeu Marta Vieira "
        "Barreto. Barreto era vice-presidente de crédito."
    )
    assert set(names("pt", text, "person")) == {"Marta Vieira Barreto"}


def test_a_family_companys_possessive_names_the_company() -> None:
    """ "Brandvik's CEO" where 'Brandvik Freight' is named before its founder Ola Brandvik: the
    possessive is the company's, as its bare surname is."""
    text = (
        "Brandvik Freight posted record profits. Ola Brandvik started the firm with two trucks. "
        "Lena Moe, Brandvik's CEO, thanked the staff."
    )
    assert [m.name for m in mentions("en", text) if m.text.startswith("Brandvik's")] == ["Brandvik Freight"]


@pytest.mark.parametrize(
    ("lang", "text", "org"),
    [
        (
            "es",
            "La directora del Hospital San Leandro de Ronda dimitió ayer.",
            "Hospital San Leandro de Ronda",
        ),
        (
            "pt",
            "A diretora do Hospital Santa Helena de Brito pediu demissão.",
            "Hospital Santa Helena de Brito",
        ),
    ],
)
def test_a_saints_name_is_no_person(lang: str, text: str, org: str) -> None:
    """'San Leandro': a first name after a saint's word names the saint's place or house."""
    assert names(lang, text, "person") == [] and org in names(lang, text, "org")


def test_a_town_after_a_connector_leaves_a_name_the_article_names_without_it() -> None:
    """'Hospital San Leandro de Ronda' and later 'el Hospital San Leandro': the town (here the
    dateline's) is where the hospital is."""
    text = (
        "RONDA, 3 de junio de 2025 — El Hospital San Leandro de Ronda estrena gerente. "
        "La Junta de Personal Sanitario pidió reunirse con el Hospital San Leandro."
    )
    assert set(names("es", text, "org")) == {"Hospital San Leandro", "Junta de Personal Sanitario"}


def test_a_first_person_verb_opening_a_quote_is_no_organization() -> None:
    assert names("es", '"Voy a querellarme contra la clínica", dijo la exdirectora.', "org") == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Arriva dal Caseificio Borgato di Vicenza, dove era direttore.", "Caseificio Borgato"),
        ("Arriva dalla Banca Popolare di Vicenza, dove era direttore.", "Banca Popolare di Vicenza"),
        ("Arriva dalla Cassa di Risparmio di Vicenza, dove era direttore.", "Cassa di Risparmio di Vicenza"),
    ],
)
def test_a_known_town_after_a_head_and_its_name_word_is_the_place(text: str, org: str) -> None:
    """'Caseificio Borgato di Vicenza' is in Vicenza; an adjective or a connector before the
    town makes it the name's ('Banca Popolare di X', 'Cassa di Risparmio di X')."""
    assert names("it", text, "org") == [org]


@pytest.mark.parametrize(
    ("lang", "text", "orgs"),
    [
        ("it", "Nautica, Gabbiano Capital compra il 30% di Velaria.", ["Gabbiano Capital", "Velaria"]),
        ("es", "Náutica, Grupo Alcotán adquiere el 30% de Velaria.", ["Grupo Alcotán", "Velaria"]),
        # ... but a list of names goes on
        ("it", "Lumio, Brix e Kelvo rilevano il 30% di Velaria.", ["Lumio", "Brix", "Kelvo", "Velaria"]),
    ],
)
def test_a_headline_section_word_before_a_comma_is_no_organization(
    lang: str, text: str, orgs: list[str]
) -> None:
    assert names(lang, text, "org") == orgs


@pytest.mark.parametrize(
    ("lang", "text", "orgs"),
    [
        # a family name's particles, the first capitalised, begin the company's name
        (
            "nl",
            "Het bouwbedrijf Van den Akker Techniek kocht aandelen van Korfbalclub Velp.",
            ["Van den Akker Techniek", "Korfbalclub Velp"],
        ),
        # ... but a sentence's first 'De' is an article
        (
            "nl",
            "De Akker Techniek kocht aandelen van Korfbalclub Velp.",
            ["Akker Techniek", "Korfbalclub Velp"],
        ),
        # a word that opens a sentence right before a person's name describes that person
        ("nl", "Kunsthistorica Fenna de Wit wordt directeur van Zeewerf Harlingen", ["Zeewerf Harlingen"]),
    ],
)
def test_particles_begin_company_names_and_descriptions_are_none(
    lang: str, text: str, orgs: list[str]
) -> None:
    assert names(lang, text, "org") == orgs


@pytest.mark.parametrize(
    ("lang", "text", "orgs"),
    [
        ("en", "On Monday Corvex Ltd sued Halden Ltd.", ["Corvex", "Halden"]),
        ("de", "Am Montag Lumio AG übernahm die Brix GmbH.", ["Lumio", "Brix"]),
    ],
)
def test_a_day_after_a_preposition_is_no_word_of_the_name_after_it(
    lang: str, text: str, orgs: list[str]
) -> None:
    assert names(lang, text, "org") == orgs


@pytest.mark.parametrize(
    ("lang", "text", "orgs"),
    [
        (
            "pt",
            "Na semana passada, a editora de Economia, Rita Souto, demitiu-se do Diário do Sul.",
            ["Diário do Sul"],
        ),
        (
            "es",
            "La semana pasada, la redactora de Economía, Ana Vidal, dejó el Diario del Sur.",
            ["Diario del Sur"],
        ),
        (
            "it",
            "Il caporedattore di Economia, Luca Sala, ha lasciato il Corriere del Sud.",
            ["Corriere del Sud"],
        ),
    ],
)
def test_a_newspaper_desk_is_no_organization(lang: str, text: str, orgs: list[str]) -> None:
    assert names(lang, text, "org") == orgs


@pytest.mark.parametrize(
    ("lang", "text", "org"),
    [
        ("es", "La naviera compró la Portuaria del Sur en mayo.", "Portuaria del Sur"),
        ("pt", "O clube perdeu para o Operário do Seridó no domingo.", "Operário do Seridó"),
        ("it", "Il club ha battuto la Portuale di Valdora ieri.", "Portuale di Valdora"),
        ("fr", "Le club a battu le Sportif de Valdora hier.", "Sportif de Valdora"),
    ],
)
def test_a_lone_capitalised_adjective_names_its_bearer_across_a_connector(
    lang: str, text: str, org: str
) -> None:
    assert org in names(lang, text, "org")


def test_a_title_s_noun_with_an_adjective_ending_keeps_its_article_and_short_form() -> None:
    text = (
        "Presse : Lumen Médias rachète « Le Courrier du Valdor ». Lumen Médias a racheté le quotidien "
        "Le Courrier du Valdor. Anne Marlot, entrée au Courrier en 2009, assurera l'intérim."
    )
    orgs = names("fr", text, "org")
    assert "Courrier du Valdor" not in orgs and "Courrier" not in orgs, orgs
    assert orgs.count("Le Courrier du Valdor") == 3, orgs


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        (
            "es",
            "Ana Ruiz, jefa del servicio de Cardiología del Hospital Santa Brígida, asume la gerencia.",
            "Cardiología",
        ),
        (
            "it",
            "Luca Neri, direttore della Cardiologia dell'Ospedale San Vitale, guiderà la struttura.",
            "Cardiologia",
        ),
        (
            "fr",
            "Jeanne Ferlin, cheffe du service de Cardiologie du CHU de Lorient, prend la direction.",
            "Cardiologie",
        ),
        (
            "en",
            "Jane Roe, head of Cardiology at Brierley General Hospital, will lead the trust.",
            "Cardiology",
        ),
    ],
)
def test_a_hospital_department_named_by_its_specialty_is_no_organization(
    lang: str, text: str, unit: str
) -> None:
    assert unit not in names(lang, text, "org")
