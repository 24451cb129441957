"""The rule extractor on sentences written for these tests, in the seven languages.

Every sentence is invented (no article text): the rules must work at the level of the
language, for companies and people they have never seen.
"""

from __future__ import annotations

import pytest
from invented import Fact, claims, facts

from orgwatch.analysis import analyze
from orgwatch.analysis.sentences import split_sentences
from orgwatch.extraction import default_extractor
from orgwatch.extraction.status import cues
from orgwatch.model import AnalyzedDocument, Document

CASES: list[tuple[str, str, set[Fact]]] = [
    # German
    (
        "de",
        "Die Deutsche Bank hat ihren Finanzvorstand Hans Müller entlassen.",
        {
            ("dismissed", "Hans Müller", "Deutsche Bank", "happened"),
            ("holds_role", "Hans Müller", "Deutsche Bank", "happened"),
        },
    ),
    (
        "de",
        "Anna Schmidt verlässt Siemens und wechselt zu Bosch.",
        {("leaves", "Anna Schmidt", "Siemens", "happened"), ("joins", "Anna Schmidt", "Bosch", "happened")},
    ),
    (
        "de",
        "Karl Huber wechselt von Daimler zu BMW.",
        {("leaves", "Karl Huber", "Daimler", "happened"), ("joins", "Karl Huber", "BMW", "happened")},
    ),
    (
        "de",
        "Der Siemens-Chef Peter Wagner wird zum Jahresende zurücktreten.",
        {
            ("leaves", "Peter Wagner", "Siemens", "planned"),
            ("holds_role", "Peter Wagner", "Siemens", "happened"),
        },
    ),
    (
        "de",
        "Laut Medienberichten soll Thomas Keller zu Porsche wechseln.",
        {("joins", "Thomas Keller", "Porsche", "rumored")},
    ),
    (
        "de",
        "Julia Berger wird nicht zu Bayer zurückkehren.",
        {("returns", "Julia Berger", "Bayer", "denied")},
    ),
    (
        "de",
        "Der Aufsichtsrat von Henkel hat Markus Braun zum neuen Vorstandsvorsitzenden ernannt.",
        {("appointed", "Markus Braun", "Henkel", "happened")},
    ),
    (
        "de",
        "Stefan Vogel gründete 2010 das Startup Flinkbau.",
        {("founds", "Stefan Vogel", "Flinkbau", "happened")},
    ),
    ("de", "Die Firma Zalando hat Klage gegen Otto eingereicht.", {("sues", "Zalando", "Otto", "happened")}),
    ("de", "Volkswagen übernimmt den Zulieferer Brose.", {("acquires", "Volkswagen", "Brose", "happened")}),
    (
        "de",
        "BASF-Chef Martin Brudermüller nimmt eine Auszeit.",
        {("leave_of_absence", "Martin Brudermüller", "BASF", "happened")},
    ),
    # Italian
    (
        "it",
        "Maria Rossi lascerà Enel per entrare in Eni.",
        {("leaves", "Maria Rossi", "Enel", "planned"), ("joins", "Maria Rossi", "Eni", "planned")},
    ),
    (
        "it",
        "Luca Bianchi, amministratore delegato di Fiat, è stato licenziato.",
        {
            ("dismissed", "Luca Bianchi", "Fiat", "happened"),
            ("holds_role", "Luca Bianchi", "Fiat", "happened"),
        },
    ),
    (
        "it",
        "Secondo indiscrezioni, Giulia Verdi potrebbe unirsi a Mediobanca.",
        {("joins", "Giulia Verdi", "Mediobanca", "rumored")},
    ),
    ("it", "Marco Neri non tornerà in Telecom.", {("returns", "Marco Neri", "Telecom", "denied")}),
    (
        "it",
        "Il consiglio di Unicredit ha nominato Paolo Gallo amministratore delegato.",
        {("appointed", "Paolo Gallo", "Unicredit", "happened")},
    ),
    ("it", "Fincantieri ha acquisito la società Vard.", {("acquires", "Fincantieri", "Vard", "happened")}),
    # English
    (
        "en",
        "Acme Corp named Jane Doe chief executive officer on Monday.",
        {("appointed", "Jane Doe", "Acme", "happened")},
    ),
    (
        "en",
        "John Smith, the chief financial officer of Globex, resigned on Friday.",
        {("leaves", "John Smith", "Globex", "happened"), ("holds_role", "John Smith", "Globex", "happened")},
    ),
    (
        "en",
        "Mary Jones will join Initech as head of product.",
        {("joins", "Mary Jones", "Initech", "planned")},
    ),
    ("en", "Oracle is reportedly in talks to acquire Cerner.", {("acquires", "Oracle", "Cerner", "rumored")}),
    ("en", "Tesla sued Rivian over trade secrets.", {("sues", "Tesla", "Rivian", "happened")}),
    ("en", "SoftBank invested $2 billion in WeWork.", {("invests", "SoftBank", "WeWork", "happened")}),
    ("en", "Peter Hall co-founded Stripe in 2010.", {("founds", "Peter Hall", "Stripe", "happened")}),
    ("en", "Mark Lee will not return to Intel.", {("returns", "Mark Lee", "Intel", "denied")}),
    # French
    (
        "fr",
        "Le PDG de Renault, Luca de Meo, quitte le groupe.",
        {
            ("leaves", "Luca de Meo", "Renault", "happened"),
            ("holds_role", "Luca de Meo", "Renault", "happened"),
        },
    ),
    ("fr", "Claire Martin rejoindra Danone en janvier.", {("joins", "Claire Martin", "Danone", "planned")}),
    ("fr", "Sophie Durand a été limogée par Orange.", {("dismissed", "Sophie Durand", "Orange", "happened")}),
    (
        "fr",
        "Pierre Lefèvre ne reviendra pas chez Airbus.",
        {("returns", "Pierre Lefèvre", "Airbus", "denied")},
    ),
    (
        "fr",
        "Selon des rumeurs, Vivendi serait en pourparlers pour racheter Lagardère.",
        {("acquires", "Vivendi", "Lagardère", "rumored")},
    ),
    (
        "fr",
        "Renault a nommé Thierry Bolloré directeur général.",
        {("appointed", "Thierry Bolloré", "Renault", "happened")},
    ),
    # Spanish
    (
        "es",
        "El consejero delegado de Iberdrola, Juan Pérez, dimitió el pasado lunes.",
        {
            ("leaves", "Juan Pérez", "Iberdrola", "happened"),
            ("holds_role", "Juan Pérez", "Iberdrola", "happened"),
        },
    ),
    (
        "es",
        "Ana García se unirá a Telefónica el próximo mes.",
        {("joins", "Ana García", "Telefónica", "planned")},
    ),
    ("es", "Carlos Ruiz fue despedido por Repsol.", {("dismissed", "Carlos Ruiz", "Repsol", "happened")}),
    ("es", "Luis Torres no volverá a Inditex.", {("returns", "Luis Torres", "Inditex", "denied")}),
    ("es", "Santander compró el banco Popular.", {("acquires", "Santander", "Popular", "happened")}),
    ("es", "Elena Díaz fundó la empresa Cabify en 2011.", {("founds", "Elena Díaz", "Cabify", "happened")}),
    # Portuguese and Dutch: a new language is a data file, not code
    (
        "pt",
        "Maria Silva deixou a Petrobras e juntou-se à Vale.",
        {("leaves", "Maria Silva", "Petrobras", "happened"), ("joins", "Maria Silva", "Vale", "happened")},
    ),
    ("pt", "Carlos Lima não voltará ao Bradesco.", {("returns", "Carlos Lima", "Bradesco", "denied")}),
    (
        "pt",
        "Segundo rumores, a Ambev poderia comprar a Heineken.",
        {("acquires", "Ambev", "Heineken", "rumored")},
    ),
    (
        "nl",
        "Jan de Vries verlaat Philips en stapt over naar ASML.",
        {("leaves", "Jan de Vries", "Philips", "happened"), ("joins", "Jan de Vries", "ASML", "happened")},
    ),
    (
        "nl",
        "Shell heeft topman Pieter Jansen ontslagen.",
        {("dismissed", "Pieter Jansen", "Shell", "happened")},
    ),
    (
        "nl",
        "De bestuursvoorzitter van Ahold, Frans Muller, treedt af.",
        {
            ("leaves", "Frans Muller", "Ahold", "happened"),
            ("holds_role", "Frans Muller", "Ahold", "happened"),
        },
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_sentence_facts(lang: str, text: str, expected: set[Fact]) -> None:
    got = facts(lang, text)
    assert expected <= got, f"missing {expected - got}; got {got}"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Shares of Acme rose 5 percent on Monday."),
        ("de", "Der Umsatz von Siemens stieg im dritten Quartal."),
        ("it", "Il governo ha annunciato nuove misure economiche."),
        ("fr", "La Banque de France a publié ses prévisions."),
        ("es", "El precio del petróleo subió ayer en Madrid."),
        ("de", "Besonders umstritten war der Zeitpunkt der Entscheidung."),
    ],
)
def test_no_fact_without_an_event(lang: str, text: str) -> None:
    assert facts(lang, text) == set()


def test_coordinated_names_give_one_fact_each() -> None:
    got = facts("de", "Die Forscher Lena Koch, Jonas Wolf und Mia Lang haben Infineon verlassen.")
    assert {("leaves", n, "Infineon", "happened") for n in ("Lena Koch", "Jonas Wolf", "Mia Lang")} <= got


def test_a_list_of_founders_continues_past_a_description_of_several_words() -> None:
    text = "Quillon Bio was founded by the chemist Ada Brenner and former investment banker Omar Haddad."
    got = facts("en", text)
    assert {("founds", n, "Quillon Bio", "happened") for n in ("Ada Brenner", "Omar Haddad")} <= got
    # a capitalised word is a name, not part of the description
    got = facts("en", "Quillon Bio was founded by Ada Brenner and Harlow Bank chief Omar Haddad.")
    assert ("founds", "Omar Haddad", "Quillon Bio", "happened") not in got


def test_an_investor_listed_with_another_invests_in_the_company_of_its_relative_clause() -> None:
    text = (
        "Brivento Labs cerró una ronda de 20 millones. Brivento Labs crece. En la ronda participaron "
        "Fondo Arrayán, con sede en Lima, y Quelmar Capital, que ya había invertido en la primera "
        "ronda de la empresa en 2022."
    )
    got = {f[:3] for f in article_facts("es", text)}
    assert ("invests", "Quelmar Capital", "Brivento Labs") in got
    assert ("invests", "Quelmar Capital", "Fondo Arrayán") not in got


@pytest.mark.parametrize(
    ("lang", "text", "org"),
    [
        (
            "de",
            "Die Kerbel Fördersysteme GmbH hat 300 Mitarbeiter. Das Familienunternehmen, das Anton Kerbel "
            "1961 als Schlosserei gegründet hatte, baut heute Förderbänder. Kerbel Fördersysteme wächst.",
            "Kerbel Fördersysteme",
        ),
        (
            "en",
            "Brannock Logistics cut jobs. Brannock Logistics is old. The company, which Edith Brannock "
            "founded in 1962, employs 300 people.",
            "Brannock Logistics",
        ),
        (
            "it",
            "La Ferretti Valvole taglia. La Ferretti Valvole cresce. L'azienda, che Mario Ferretti fondò "
            "nel 1950, ha 300 dipendenti.",
            "Ferretti Valvole",
        ),
    ],
)
def test_a_founding_in_a_relative_clause_on_the_company_is_of_the_article_organization(
    lang: str, text: str, org: str
) -> None:
    got = {f[:3] for f in article_facts(lang, text) if f[0] == "founds"}
    assert len(got) == 1 and next(iter(got))[2] == org


def test_a_noun_after_a_preposition_and_an_adjective_is_no_organization() -> None:
    text = "Der Aufsichtsrat hat Geschäftsführer Arne Vogt mit sofortiger Wirkung abberufen."
    assert not {f for f in facts("de", text) if f[2] == "Wirkung"}


@pytest.mark.parametrize(
    ("lang", "text", "person", "left", "joined"),
    [
        (
            "fr",
            "Radio Hexagone perd sa directrice. Aurélie Sandre a quitté Radio Hexagone vendredi pour la "
            "chaîne privée Canal Onze.",
            "Aurélie Sandre",
            "Radio Hexagone",
            "Canal Onze",
        ),
        (
            "nl",
            "Thermivo zoekt een topman. Directeur Wim Deporre heeft laten weten dat hij Thermivo deze "
            "zomer verlaat voor de Nederlandse branchegenoot Kooiker Isolatie.",
            "Wim Deporre",
            "Thermivo",
            "Kooiker Isolatie",
        ),
        (
            "en",
            "Jane Mott left Harlow Bank in May for rival Kestrel Finance.",
            "Jane Mott",
            "Harlow Bank",
            "Kestrel Finance",
        ),
    ],
)
def test_leaving_one_for_another_joins_the_other(
    lang: str, text: str, person: str, left: str, joined: str
) -> None:
    got = {f[:3] for f in article_facts(lang, text)}
    assert {("leaves", person, left), ("joins", person, joined)} <= got


def test_leaving_for_a_reason_or_a_purpose_joins_nothing() -> None:
    got = article_facts("en", "Jane Mott left Harlow Bank in May for personal reasons.")
    assert not {f for f in got if f[0] == "joins"}
    text = (
        "L'ateneo perde un docente. Carlo Neri lascerà la cattedra per dedicarsi a tempo pieno a Biosfera, "
        "la società che ha fondato."
    )
    assert not {f for f in article_facts("it", text) if f[0] == "joins"}


def test_a_name_inside_the_apposition_of_the_subject_is_no_subject() -> None:
    text = (
        "Fábio Bortoli, neto de Ademar Bortoli e presidente da Itaqui desde 2016, deixará a Itaqui em março."
    )
    got = {f[:3] for f in facts("pt", text)}
    assert ("leaves", "Fábio Bortoli", "Itaqui") in got
    assert ("leaves", "Ademar Bortoli", "Itaqui") not in got


@pytest.mark.parametrize(
    ("lang", "text", "person", "org"),
    [
        (
            "it",
            "Il quotidiano Sentinella Lagunare ha licenziato il direttore Alvise Moretto. La Sentinella "
            "Lagunare cambia. Assistito dall'avvocata Rita Menotti, il giornalista ha annunciato che "
            "impugnerà il licenziamento davanti al giudice del lavoro.",
            "Alvise Moretto",
            "Sentinella Lagunare",
        ),
        (
            "de",
            "Das Klinikum Osterfeld hat Geschäftsführer Arne Vogt abberufen. Das Klinikum Osterfeld spart. "
            "Vogt kündigte über seinen Anwalt an, gegen die Abberufung vor dem Landgericht zu klagen.",
            "Arne Vogt",
            "Klinikum Osterfeld",
        ),
        (
            "es",
            "El Hospital San Telmo destituyó a su gerente, Ana Corujo. El Hospital San Telmo busca "
            "sustituto. La exgerente anunció que recurrirá su destitución ante los tribunales.",
            "Ana Corujo",
            "Hospital San Telmo",
        ),
        (
            "pt",
            "O Banco Lusitano demitiu o diretor Rui Sousa. O Banco Lusitano cresce. Rui Sousa vai "
            "contestar o despedimento em tribunal.",
            "Rui Sousa",
            "Banco Lusitano",
        ),
        (
            "en",
            "Harlow Bank fired its finance chief Jane Mott. Harlow Bank is hiring. Mott said she would "
            "challenge her dismissal in court.",
            "Jane Mott",
            "Harlow Bank",
        ),
    ],
)
def test_challenging_ones_dismissal_in_court_sues_the_employer(
    lang: str, text: str, person: str, org: str
) -> None:
    got = {f[:3] for f in article_facts(lang, text) if f[0] == "sues"}
    assert got == {("sues", person, org)}


def test_a_lawyer_announcing_a_clients_claim_does_not_sue() -> None:
    text = (
        "La Fondation Brunel a limogé sa directrice Claire Vasson. La Fondation Brunel recrute. Son "
        "avocate, Me Florence Méjat, a annoncé vendredi que sa cliente allait saisir les prud'hommes."
    )
    assert ("sues", "Florence Méjat", "Fondation Brunel") not in {f[:3] for f in article_facts("fr", text)}


def test_a_kind_word_of_another_organization_is_a_part_of_that_one() -> None:
    text = (
        "O Conselho Nacional de Energia aprovou a venda. O executivo Fábio Lenz deixa a Itaqui Freios. "
        "A partir de abril, Lenz passa a integrar o conselho consultivo da Brandauer Automotive."
    )
    got = {f[:3] for f in article_facts("pt", text)}
    assert ("joins", "Fábio Lenz", "Brandauer Automotive") in got
    assert not {f for f in got if f[2] == "Conselho Nacional de Energia"}


def test_surname_and_genitive_resolve_to_the_full_name() -> None:
    text = (
        "Die Bank Nordwind hat Petra Albers zur Chefin ernannt. Albers kam von Lindholm. "
        "Albers' Abgang von Lindholm überraschte."
    )
    got = facts("de", text)
    assert ("appointed", "Petra Albers", "Nordwind", "happened") in got
    assert ("leaves", "Petra Albers", "Lindholm", "happened") in got


def test_evidence_is_the_verbatim_sentence() -> None:
    text = "Gestern war ein ruhiger Tag. Acme Corp named Jane Doe chief executive officer on Monday."
    doc = Document(id="t", text=text, source="test")
    adoc = AnalyzedDocument(doc=doc, lang="en", doc_date=None, sentences=split_sentences(text, "en"))
    claims = default_extractor().extract(adoc)
    assert claims
    for c in claims:
        assert (
            text[c.start : c.end]
            == c.evidence
            == "Acme Corp named Jane Doe chief executive officer on Monday."
        )


ARTICLE_EN = "\n".join(
    [
        "Nimbus Robotics shakes up leadership as CEO departs",
        "March 4, 2025",
        "Nimbus Robotics said on Tuesday that its chief executive, Laura Chen, will step down at the end of the month.",  # noqa: E501
        "The board has named Victor Alvarez, currently the company's chief operating officer, as interim CEO.",  # noqa: E501
        "Chen, who co-founded the company in 2016 with Raj Patel, said she plans to take some time off.",
        "Patel, the company's chief technology officer, will remain in his role.",
        "The move follows the departure of chief financial officer Mark Feld, who left Nimbus in January to join rival Orbital Machines.",  # noqa: E501
        "According to people familiar with the matter, Nimbus is also in talks to acquire the sensor startup Lumina Labs.",  # noqa: E501
        "Last year, Nimbus was sued by Kestrel Dynamics over a patent dispute.",
    ]
)

ARTICLE_IT = "\n".join(
    [
        "Terremoto ai vertici di Sirio Energia",
        "Milano, 5 marzo 2025 - L'amministratore delegato di Sirio Energia, Roberto Ferri, ha rassegnato le dimissioni lunedì.",  # noqa: E501
        "Il consiglio di amministrazione ha nominato Chiara Russo nuovo amministratore delegato.",
        "Ferri, che aveva fondato la società nel 2009, entrerà nel consiglio di Banca Orsini.",
        "Secondo indiscrezioni, Sirio Energia starebbe trattando per acquisire la rivale Voltara.",
    ]
)


def article_facts(lang: str, text: str) -> set[tuple[str, str, str, str, str | None]]:
    from orgwatch.analysis import analyze

    adoc = analyze(Document(id="a", text=text, source="test", lang=lang))
    return {(c.type, c.subject, c.object, c.status, c.date) for c in default_extractor().extract(adoc)}


def test_article_short_names_anaphora_and_dates_en() -> None:
    got = {f[:4] for f in article_facts("en", ARTICLE_EN)}
    assert {
        ("leaves", "Laura Chen", "Nimbus Robotics", "planned"),
        ("appointed", "Victor Alvarez", "Nimbus Robotics", "happened"),
        ("founds", "Laura Chen", "Nimbus Robotics", "happened"),
        ("founds", "Raj Patel", "Nimbus Robotics", "happened"),
        ("holds_role", "Raj Patel", "Nimbus Robotics", "happened"),
        ("joins", "Mark Feld", "Orbital Machines", "happened"),
        ("acquires", "Nimbus Robotics", "Lumina Labs", "rumored"),
        ("sues", "Kestrel Dynamics", "Nimbus Robotics", "happened"),
    } <= got
    # a departure is never attributed to the co-founder named beside the subject
    assert ("leave_of_absence", "Raj Patel", "Nimbus Robotics", "planned") not in got


def test_article_dates_and_relative_clauses_it() -> None:
    got = article_facts("it", ARTICLE_IT)
    assert ("founds", "Roberto Ferri", "Sirio Energia", "happened", "2009") in got
    assert ("appointed", "Chiara Russo", "Sirio Energia", "happened", "2025-03-05") in got
    joins = [f for f in got if f[0] == "joins"]
    assert joins == [("joins", "Roberto Ferri", "Banca Orsini", "planned", "2025-03-05")]


ARTICLE_DE = "\n".join(
    [
        "Führungswechsel bei Kronberg Logistik",
        "Hamburg, 10. März 2025. Der Vorstandsvorsitzende der Kronberg Logistik AG, Thomas Albrecht, legt sein Amt nieder.",  # noqa: E501
        "Der Aufsichtsrat hat Sabine Krüger, bisher Finanzvorständin des Unternehmens, zu seiner Nachfolgerin bestimmt.",  # noqa: E501
        "Wie das Handelsblatt berichtet, soll Albrecht künftig in den Vorstand der Reederei Nordmeer wechseln.",  # noqa: E501
        "Kronberg hatte im vergangenen Jahr den Paketdienst Schnellbote übernommen.",
        "Zudem hat der Konzern die Spedition Lassen verklagt.",
        "Finanzvorstand Jörg Weber wird das Unternehmen ebenfalls verlassen und zu Hapag-Lloyd gehen.",
    ]
)


def test_article_verb_final_clauses_and_anaphora_de() -> None:
    got = {f[:4] for f in article_facts("de", ARTICLE_DE)}
    assert {
        ("holds_role", "Thomas Albrecht", "Kronberg Logistik", "happened"),
        ("leaves", "Thomas Albrecht", "Kronberg Logistik", "happened"),
        ("appointed", "Sabine Krüger", "Kronberg Logistik", "happened"),
        ("joins", "Thomas Albrecht", "Nordmeer", "rumored"),
        ("acquires", "Kronberg Logistik", "Schnellbote", "happened"),
        ("sues", "Kronberg Logistik", "Lassen", "happened"),
        ("leaves", "Jörg Weber", "Kronberg Logistik", "planned"),
        ("joins", "Jörg Weber", "Hapag-Lloyd", "planned"),
    } <= got


def test_article_passive_founding_and_denials_fr_es() -> None:
    fr = "\n".join(
        [
            "Jean Martin, PDG et cofondateur de Mistralis, a annoncé lundi sa démission.",
            "Selon Les Echos, Jean Martin pourrait rejoindre le fonds Eurazeo.",
            "Mistralis avait été fondée en 2015 par Jean Martin et Paul Durand.",
        ]
    )
    got = {f[:4] for f in article_facts("fr", fr)}
    assert {
        ("leaves", "Jean Martin", "Mistralis", "happened"),
        ("joins", "Jean Martin", "Eurazeo", "rumored"),
        ("founds", "Paul Durand", "Mistralis", "happened"),
    } <= got
    es = "\n".join(
        [
            "La operadora Telvia ha contratado a Marta Ruiz, antes directora de estrategia de Vodafone.",
            "Según fuentes del sector, Pedro Gil podría incorporarse a Orange.",
            "Telvia no comprará la empresa Redline, aseguró su presidente, Luis Vega.",
        ]
    )
    got = {f[:4] for f in article_facts("es", es)}
    assert {
        ("joins", "Marta Ruiz", "Telvia", "happened"),
        ("joins", "Pedro Gil", "Orange", "rumored"),
        ("acquires", "Telvia", "Redline", "denied"),
    } <= got
    en = "Hale denied reports that Corvala was in talks to merge with rival Paystack."
    assert ("acquires", "Corvala", "Paystack", "denied") in {f[:4] for f in article_facts("en", en)}


def test_the_one_succeeded_is_not_the_appointee() -> None:
    en = facts("en", "Orbis Corp said Lena Brandt has been elected president, succeeding Jan Moss.")
    assert ("appointed", "Lena Brandt", "Orbis", "happened") in en
    assert not any(f[1] == "Jan Moss" for f in en if f[0] == "appointed")
    for lang, text in [
        ("it", "Orbis ha nominato Carla Neri amministratore delegato: succede a Paolo Bruni."),
        ("fr", "Orbis a nommé Claire Noir directrice générale; elle succède à Paul Roux."),
        ("es", "Orbis ha nombrado a Marta Gil consejera delegada; sustituye a Pedro Ruiz."),
        ("de", "Orbis hat Lena Hart zur Vorstandschefin ernannt, als Nachfolgerin von Jan Roth."),
    ]:
        got = facts(lang, text)
        assert not any(
            f[0] == "appointed" and f[1] in ("Paolo Bruni", "Paul Roux", "Pedro Ruiz", "Jan Roth")
            for f in got
        ), lang


def test_buying_goods_or_shares_is_no_acquisition() -> None:
    cases = [
        ("en", "Nordland agreed to buy 300,000 tonnes of Brazilian sugar."),
        ("en", "Orbis Corp bought 12,500 Kestrel common shares last week."),
        ("it", "Orbis ha comprato 30.000 azioni di Kestrel."),
        ("fr", "Orbis a acquis 5 000 tonnes de cuivre de Kestrel."),
        ("es", "Orbis compró 20.000 toneladas de trigo de Kestrel."),
        ("de", "Orbis kauft 5000 Tonnen Kupfer von Kestrel."),
    ]
    for lang, text in cases:
        assert not [f for f in facts(lang, text) if f[0] == "acquires"], (lang, text)
    got = facts("en", "Orbis Corp agreed to buy 80 pct of the rival Kestrel Inc.")
    assert ("acquires", "Orbis", "Kestrel", "planned") in got
    got = facts("en", "In a filing with the Trade Commission, Orbis Corp said it acquired Kestrel Inc.")
    assert {f[1] for f in got if f[0] == "acquires"} == {"Orbis"}


def test_public_offices_are_not_held_at_the_article_company() -> None:
    text = (
        "Orbis Corp reported higher sales. Orbis said demand rose. Orbis will expand. "
        "Trade Minister Jan Moss praised the plan, and Steel Minister Anil Varma agreed."
    )
    got = facts("en", text)
    assert not any(f[0] == "holds_role" and f[1] in ("Jan Moss", "Anil Varma") for f in got)
    assert ("holds_role", "Jan Moss", "Orbis", "happened") not in facts(
        "en", text + " Former Trade Minister Jan Moss spoke."
    )


def test_a_name_right_before_a_title_owns_it() -> None:
    assert ("holds_role", "Jan Moss", "Kestrel Foods", "happened") in facts(
        "en", "Kestrel Foods Chairman Jan Moss said sales rose."
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "#QuorvaLeaks trends. #QuorvaLeaks is everywhere. #QuorvaLeaks again. Jan Moss resigned."),
        ("de", "#QuorvaLeaks trendet. #QuorvaLeaks überall. #QuorvaLeaks wieder. Jan Moss trat zurück."),
        ("it", "#QuorvaLeaks è ovunque. #QuorvaLeaks cresce. #QuorvaLeaks ancora. Jan Moss si è dimesso."),
        ("fr", "#QuorvaLeaks partout. #QuorvaLeaks encore. #QuorvaLeaks toujours. Jan Moss a démissionné."),
        ("es", "#QuorvaLeaks en todas partes. #QuorvaLeaks otra vez. #QuorvaLeaks sigue. Jan Moss dimitió."),
    ],
)
def test_a_hashtag_is_not_the_article_organization(lang: str, text: str) -> None:
    assert not any(f[2].endswith("Leaks") for f in facts(lang, text))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Tarek Halvan, the head of the board, spoke. The head of the board Tarek Halvan was praised. "
            "Tarek Halvan again. Mira Lenz resigned.",
        ),
        (
            "es",
            "Tarek Halvan, el jefe del comité, habló. El jefe del comité Tarek Halvan fue elogiado. "
            "Tarek Halvan otra vez. Mira Lenz dimitió.",
        ),
        (
            "it",
            "Tarek Halvan, il capo del comitato, ha parlato. Il capo del comitato Tarek Halvan. "
            "Tarek Halvan ancora. Mira Lenz si è dimessa.",
        ),
        (
            "fr",
            "Tarek Halvan, le chef du comité, a parlé. Le chef du comité Tarek Halvan. "
            "Tarek Halvan encore. Mira Lenz a démissionné.",
        ),
        (
            "de",
            "Tarek Halvan, der Chef des Ausschusses, sprach. Der Chef des Ausschusses Tarek Halvan. "
            "Tarek Halvan erneut. Mira Lenz trat zurück.",
        ),
    ],
)
def test_a_name_described_by_a_title_is_not_the_article_organization(lang: str, text: str) -> None:
    assert not any(f[2] == "Tarek Halvan" for f in facts(lang, text))


def test_lowercase_name_after_a_cue_noun_and_coordinated_holders_de() -> None:
    got = facts(
        "de",
        "Die Geschäftsführer der Einkaufskooperation nova retail, Jan Moss und Mira Lenz, sind zufrieden.",
    )
    assert {("holds_role", p, "nova retail", "happened") for p in ("Jan Moss", "Mira Lenz")} <= got


def test_a_name_with_an_inner_period_is_one_organization() -> None:
    assert ("holds_role", "Jan Moss", "Q.VOX", "happened") in facts(
        "de", "Q.VOX-Chef Jan Moss sprach in Berlin."
    )


# 'beide Konzerne', 'both companies': the two organizations last named together act, one fact each
GROUP_CASES: list[tuple[str, str, str]] = [
    (
        "de",
        "Die Nordwind AG und die Kelvo GmbH verhandeln seit Monaten. "
        "Beide Konzerne haben in das Startup Lumio investiert.",
        "invests",
    ),
    (
        "en",
        "Nordwind Inc and Kelvo Corp have been rivals for years. Both companies sued Lumio Inc on Monday.",
        "sues",
    ),
    (
        "en",
        "Nordwind Inc and Kelvo Corp have been talking for months. Both companies invested in Lumio Inc.",
        "invests",
    ),
    (
        "it",
        "Nordwind SpA e Kelvo Srl trattano da mesi. Entrambe le aziende hanno investito in Lumio SpA.",
        "invests",
    ),
    (
        "fr",
        "Nordwind SA et Kelvo SAS négocient depuis des mois. Les deux groupes ont investi dans Lumio SA.",
        "invests",
    ),
    (
        "es",
        "Nordwind SA y Kelvo SL negocian desde hace meses. Ambas empresas invirtieron en Lumio SA.",
        "invests",
    ),
    ("pt", "Nordwind SA e Kelvo SA negociam há meses. Ambas as empresas investiram na Lumio SA.", "invests"),
    ("nl", "Nordwind NV en Kelvo BV praten al maanden. Beide bedrijven investeerden in Lumio BV.", "invests"),
    # the second name in lower case, in a slot after a preposition
    (
        "de",
        "Die Kronos AG hat Verträge mit Nordwind AG und kelvo geschlossen. "
        "Beide Konzerne sind zudem in Lumio AG investiert.",
        "invests",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "typ"), GROUP_CASES, ids=[f"{c[0]}-{c[1][:30]}" for c in GROUP_CASES]
)
def test_group_anaphora_gives_one_fact_per_organization(lang: str, text: str, typ: str) -> None:
    got = facts(lang, text)
    assert {(typ, "Nordwind", "Lumio", "happened"), (typ, "Kelvo", "Lumio", "happened")} <= got, got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a lower-case word after 'and' that is a verb, not a name
        (
            "en",
            "Kronos Inc signed deals with Nordwind Inc and expanded its cloud. "
            "Both companies invested in Lumio Inc.",
        ),
        # three organizations named together are no pair
        (
            "en",
            "Nordwind Inc, Kelvo Corp and Vantor Inc have been talking. "
            "Both companies invested in Lumio Inc.",
        ),
        # the pair is too far back
        (
            "en",
            "Nordwind Inc and Kelvo Corp met. The weather was fine. Prices rose. "
            "Markets fell. Both companies invested in Lumio Inc.",
        ),
    ],
)
def test_group_anaphora_needs_a_pair(lang: str, text: str) -> None:
    got = facts(lang, text)
    assert not {f for f in got if f[0] == "invests" and f[1] in ("Nordwind", "Kelvo", "Expanded")}, got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The board of Halvorsen is discussing a return with Karl Brenner."),
        ("fr", "Le conseil du groupe Valmorin discute avec Karl Brenner d'un retour chez Valmorin."),
        ("es", "La junta de Aldemar S.A. discute con Karl Brenner su regreso a Aldemar."),
    ],
)
def test_talks_about_a_return_are_a_rumour_not_a_return(lang: str, text: str) -> None:
    assert {status for typ, *_, status in facts(lang, text) if typ == "returns"} == {"rumored"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Karl Brenner failed to return to Halvorsen.", {("returns", "denied")}),
        ("de", "Die Rückkehr von Karl Brenner zur Brunnhold AG scheiterte.", {("returns", "denied")}),
        (
            "de",
            "Der Vorstand der Brunnhold AG ernannte Eva Roth zur Chefin, "
            "und die Rückkehr von Karl Brenner scheiterte.",
            {("returns", "denied"), ("appointed", "happened")},
        ),
        ("it", "Il ritorno di Karl Brenner in Ferrovia Nord è fallito.", {("returns", "denied")}),
        ("fr", "Le retour de Karl Brenner chez Valmorin a échoué.", {("returns", "denied")}),
        ("es", "El regreso de Karl Brenner a Aldemar S.A. fracasó.", {("returns", "denied")}),
    ],
)
def test_a_failed_event_is_denied_and_only_in_its_own_clause(
    lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(typ, status) for typ, _, _, status in facts(lang, text)} == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Eva Roth, die Präsidentin von Brunnhold, lässt sich bis Ende des Jahres beurlauben."),
        ("it", "Eva Roth, presidente di Ferrovia Nord, si prende un congedo fino alla fine dell'anno."),
        ("en", "Eva Roth, president of Halvorsen, takes a leave of absence until the end of the year."),
        ("fr", "Eva Roth, présidente de Valmorin, prend un congé jusqu'à la fin de l'année."),
        ("es", "Eva Roth, presidenta de Aldemar, se toma una excedencia hasta finales de año."),
    ],
)
def test_a_date_after_until_ends_the_leave_and_does_not_date_it(lang: str, text: str) -> None:
    adoc = analyze(Document(id="t", text=text, source="test", published="2024-08-06", lang=lang))
    dates = {c.date for c in default_extractor().extract(adoc) if c.type == "leave_of_absence"}
    assert dates == {"2024-08-06"}  # the article's news, not the end of the year


def test_a_plain_date_still_dates_the_event() -> None:
    text = "Eva Roth will leave Halvorsen at the end of the year."
    adoc = analyze(Document(id="t", text=text, source="test", published="2024-08-06", lang="en"))
    assert {c.date for c in default_extractor().extract(adoc) if c.type == "leaves"} == {"2024"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Der Vorstand sprach mit Eva Roth, der ehemaligen Chefin von Brunnhold, über die Pläne."),
        ("en", "The board hired Eva Roth, the former chief executive of Halvorsen, as an adviser."),
        ("fr", "Le conseil a recruté Eva Roth, ancienne présidente de Valmorin, comme conseillère."),
        ("es", "La junta contrató a Eva Roth, ex presidenta de Aldemar, como asesora."),
    ],
)
def test_a_former_title_is_a_past_role_not_a_departure(lang: str, text: str) -> None:
    got = facts(lang, text)
    assert ("holds_role", "Eva Roth") in {f[:2] for f in got}, got
    assert not {f for f in got if f[0] == "leaves"}, got


@pytest.mark.parametrize(
    ("lang", "text", "leavers"),
    [
        ("de", "Zum Team gehören ehemalige Brunnhold-Mitarbeiter wie Eva Roth und Paul Weber.", 2),
        ("en", "The team includes former Halvorsen engineers such as Eva Roth and Paul Weber.", 2),
        ("de", "Ehemalige Brunnhold-Mitarbeiter sagen, Eva Roth sei eine gute Chefin gewesen.", 0),
        ("en", "Former Halvorsen engineers said, Eva Roth was a fair manager.", 0),
    ],
)
def test_former_staff_named_in_a_list_have_left(lang: str, text: str, leavers: int) -> None:
    assert len({f for f in facts(lang, text) if f[0] == "leaves"}) == leavers


def test_a_name_after_a_clause_final_auxiliary_opens_the_next_clause_de() -> None:
    # the comma after 'hatte' is missing, as machine translation often leaves it
    text = "Nachdem die Brunnhold AG Eva Roth entlassen hatte Paul Weber kündigte seinen Rücktritt an."
    assert text.index("Paul Weber") in cues("de").bounds(text)
    got = facts("de", text)
    assert ("dismissed", "Eva Roth", "happened") in {(t, s, st) for t, s, _, st in got}, got
    assert not {f for f in got if f[0] == "dismissed" and f[1] == "Paul Weber"}, got
    # 'hatte' after a noun is a main-clause verb: no break before its object
    main = "Im Januar hatte Paul Weber die Brunnhold AG verlassen."
    assert main.index("Paul Weber") not in cues("de").bounds(main)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Eva Roth ist von Brunnhold zurückgetreten. Paul Weber und Mia Lang, ebenfalls von Brunnhold"),
        ("en", "Eva Roth resigned from Halvorsen. Paul Weber and Mia Lang, also from Halvorsen."),
        ("it", "Eva Roth si è dimessa da Ferrovia Nord. Paul Weber e Mia Lang, anche da Ferrovia Nord."),
        ("es", "Eva Roth dimitió de Aldemar. Paul Weber y Mia Lang, también de Aldemar."),
    ],
)
def test_an_elided_departure_takes_the_verb_of_the_sentence_before(lang: str, text: str) -> None:
    leavers = {s for typ, s, _, status in facts(lang, text) if typ == "leaves" and status == "happened"}
    assert leavers == {"Eva Roth", "Paul Weber", "Mia Lang"}


def test_an_also_without_a_departure_before_is_no_departure() -> None:
    text = "Eva Roth sprach mit Brunnhold. Paul Weber und Mia Lang, ebenfalls von Brunnhold."
    assert not {f for f in facts("de", text) if f[0] == "leaves"}


def test_a_kind_of_organization_refers_to_the_article_s_organization() -> None:
    en = (
        "Halvern Bancorp named a new chief executive on Monday. Halvern Bancorp said profit rose. "
        "Tom Reyes, 61, joined the regional bank in 1994. Ann Kyle has left the bank, Halvern Bancorp said."
    )
    got = {f[:3] for f in article_facts("en", en)}
    assert {("joins", "Tom Reyes", "Halvern Bancorp"), ("leaves", "Ann Kyle", "Halvern Bancorp")} <= got
    it = (
        "La Banca Orvieta cambia vertice. La Banca Orvieta ha chiuso l'anno in utile. "
        "Paolo Serra lascerà la banca a giugno. Marta Gori entrerà nella società rivale Credimar."
    )
    got = {f[:3] for f in article_facts("it", it)}
    assert ("leaves", "Paolo Serra", "Banca Orvieta") in got
    assert ("joins", "Marta Gori", "Banca Orvieta") not in got


def test_a_kind_word_names_the_organization_it_heads_not_the_article_s() -> None:
    # the article is about the buyer; 'il caseificio' is the dairy named before
    it = (
        "Latterie Orsine compra il Caseificio Valbruna. Latterie Orsine crescono. "
        "Latterie Orsine pagano 40 milioni. Marta Neri aveva lasciato il caseificio nel 2022."
    )
    got = {f[:3] for f in article_facts("it", it)}
    assert ("leaves", "Marta Neri", "Caseificio Valbruna") in got
    de = (
        "Die Corvana Gruppe übernimmt das Klinikum Weserau. Die Corvana Gruppe zahlt 30 Millionen Euro. "
        "Chefarzt Jan Roth verlässt das Klinikum im Mai."
    )
    assert ("leaves", "Jan Roth", "Klinikum Weserau") in {f[:3] for f in article_facts("de", de)}


def test_kind_words_count_toward_the_article_s_organization() -> None:
    # Corvo is named three times, the institute twice and twice as 'the institute': the
    # headline's institute is the article's, not the funder named more often by name
    en = (
        "Harlow Institute names new head\n\nHarlow Institute, a charity, is funded by Corvo Capital "
        "Partners. Corvo Capital Partners also funds two schools. The institute has 40 staff. The "
        "institute said Corvo Capital Partners would add funds. Ann Kyle will step down as director in June."
    )
    got = {f[:3] for f in article_facts("en", en)}
    assert ("leaves", "Ann Kyle", "Harlow Institute") in got
    assert ("leaves", "Ann Kyle", "Corvo Capital Partners") not in got


def test_a_kind_word_before_a_name_makes_it_one_of_that_kind() -> None:
    # 'il fondo Lince' is a fund too: 'del fondo' no longer surely means the fund named 'Fondo'
    it = (
        "Il fondo Lince compra quote della Bottega Morandi. Anche il Fondo Marche Sviluppo compra quote. "
        "Marta Neri, partner del fondo, siederà nel consiglio."
    )
    assert not {f for f in facts("it", it) if f[1] == "Marta Neri" and f[2] == "Fondo Marche Sviluppo"}


def test_a_surname_a_kind_word_describes_is_the_family_company() -> None:
    # 'le groupe hôtelier niçois Varland' is the company, though a Varland is named too
    fr = (
        "Le groupe hôtelier niçois Varland a racheté la chaîne Aviline. Claire Varland, directrice générale "
        "du groupe, s'en félicite."
    )
    assert ("acquires", "Varland", "Aviline", "happened") in facts("fr", fr)


def test_a_successor_of_an_opening_purpose_clause_is_named_where_the_one_succeeded_works() -> None:
    # the buyer hires for the company it bought
    fr = (
        "Les Hôtels Aviline changent de propriétaire. Varland Hôtels a acquis Aviline en mai. Marc Lestrade, "
        "fondateur d'Aviline, partira à la retraite en décembre. Pour lui succéder, Varland Hôtels a choisi "
        "Julie Ranson. Aviline gère dix hôtels."
    )
    got = facts("fr", fr)
    assert ("appointed", "Julie Ranson", "Hôtels Aviline", "happened") in got
    assert ("appointed", "Julie Ranson", "Varland Hôtels", "happened") not in got


def test_without_a_clear_article_organization_the_company_is_the_one_named_most() -> None:
    # Orvane is named four times, Belcastel three: too close for the article's organization,
    # but 'the company' of a sentence is the one named most
    en = (
        "Orvane Systems and Belcastel Labs signed a partnership. Orvane Systems makes drones. "
        "Belcastel Labs makes sensors. Orvane Systems is based in Ohio. Belcastel Labs is in Utah. "
        "Orvane Systems hires. Dana Whitfield will leave the company in June."
    )
    assert ("leaves", "Dana Whitfield", "Orvane Systems") in {f[:3] for f in article_facts("en", en)}
    # a tie names none
    tie = en.replace("Orvane Systems hires. ", "")
    assert not any(f[0] == "leaves" for f in article_facts("en", tie))


def test_the_company_one_left_is_the_one_they_were_introduced_with() -> None:
    # two companies named equally often: no article organization, so the person's own one
    es = (
        "Redalia y Telvano cierran su fusión. Redalia y Telvano informaron del acuerdo. "
        "Luis Peña, director financiero de Redalia, presentó las cifras junto a Telvano. "
        "Peña dejará la empresa a finales de año."
    )
    assert ("leaves", "Luis Peña", "Redalia") in {f[:3] for f in article_facts("es", es)}


def test_names_listed_with_their_titles_are_one_subject() -> None:
    es = (
        "Automóviles Tarsa anuncia cambios. Automóviles Tarsa crece. Elena Varo, directora comercial; "
        "Raúl Ponce, responsable de compras, y Bea Lomas, directora de personas, abandonan la compañía."
    )
    got = {f[:3] for f in article_facts("es", es)}
    assert {("leaves", n, "Automóviles Tarsa") for n in ("Elena Varo", "Raúl Ponce", "Bea Lomas")} <= got
    fr = (
        "La société Nuvexa change de direction. La société Nuvexa a confirmé le départ de trois "
        "dirigeants : Léna Rival, directrice produit, Hugo Marsan, directeur technique, et Samira Benali."
    )
    got = {f[:3] for f in article_facts("fr", fr)}
    assert {("leaves", n, "Nuvexa") for n in ("Léna Rival", "Hugo Marsan", "Samira Benali")} <= got


def test_a_slot_preposition_belongs_to_the_nearest_organization() -> None:
    # 'to A from B': B is the one left, so the promotion is at A
    en = (
        "Ana Ruiz came to Tolvex Labs from Brimco Trust in 2019 and was promoted to chief operating "
        "officer in 2022."
    )
    got = {f[:3] for f in article_facts("en", en)}
    assert ("appointed", "Ana Ruiz", "Tolvex Labs") in got
    assert ("appointed", "Ana Ruiz", "Brimco Trust") not in got


def test_the_article_organization_counts_its_short_form_and_titles_held_at_it() -> None:
    # 'Rovers' is the short form of 'Kelby Rovers'; a title held at it makes it surely one
    en = (
        "Tom Hale was sacked as chief executive of Kelby Rovers on Sunday. Fans of Rovers were angry. "
        "The board of Rovers met on Monday. His deputy Ian Cole has also left the club."
    )
    got = {f[:3] for f in article_facts("en", en)}
    assert ("leaves", "Ian Cole", "Kelby Rovers") in got
    nl = (
        "Bart Mol is niet langer directeur van Sporting Lindel. Sporting Lindel verloor zondag. "
        "Ook assistent Kees Bos verlaat de club."
    )
    assert ("leaves", "Kees Bos", "Sporting Lindel") in {f[:3] for f in article_facts("nl", nl)}


def test_a_recurring_place_word_does_not_outweigh_the_sure_article_organization() -> None:
    # 'Aix' is no organization for sure; the university, named as often, is the article's
    fr = (
        "Le conseil de l'université de Valmonde a élu Sophie Lagrange. Les campus d'Aix et de Digne "
        "seront rénovés. L'université de Valmonde recrute. "
        "Elle succède à Paul Verdier, qui quitte ses fonctions à Aix en mars."
    )
    got = {f[:3] for f in article_facts("fr", fr)}
    assert ("appointed", "Sophie Lagrange", "Université de Valmonde") in got
    assert ("leaves", "Paul Verdier", "Université de Valmonde") in got


def test_the_owner_of_the_title_taken_is_the_object() -> None:
    en = "Ruth Kamara, previously provost at Delmont College, became Corran University's 15th president."
    got = {f[:3] for f in article_facts("en", en)}
    assert ("appointed", "Ruth Kamara", "Corran University") in got
    assert ("appointed", "Ruth Kamara", "Delmont College") not in got


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "it",
            "Lucia Ferraro, laureata alla Bocconi, era approdata alla Banca Orvieta nel 2019, "
            "dopo aver lasciato Deloitte.",
            ("leaves", "Lucia Ferraro", "Deloitte"),
        ),
        (
            "es",
            "Marta Gil se incorporó a Seguros Tajo en 2020, tras abandonar Mapfre.",
            ("leaves", "Marta Gil", "Mapfre"),
        ),
        (
            "en",
            "Jane Roe joined Brimco Trust in 2019, after leaving Tolvex Labs.",
            ("leaves", "Jane Roe", "Tolvex Labs"),
        ),
    ],
)
def test_a_clause_without_a_subject_of_its_own_takes_the_one_before(
    lang: str, text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in {f[:3] for f in article_facts(lang, text)}


def test_a_preposition_is_no_clause_without_a_subject() -> None:
    # 'without a win' has no verb: the departure that follows is nobody's
    en = "Kelby Rovers sacked coach Tom Hale after a run without a win, leaving the club in last place."
    assert ("leaves", "Tom Hale", "Kelby Rovers") not in {f[:3] for f in article_facts("en", en)}


def test_the_one_joined_stands_after_the_verb() -> None:
    it = "Lucia Ferraro, laureata alla Bocconi, è approdata alla Banca Orvieta nel 2019."
    got = {f[:3] for f in article_facts("it", it)}
    assert ("joins", "Lucia Ferraro", "Banca Orvieta") in got
    assert ("joins", "Lucia Ferraro", "Bocconi") not in got


def test_a_company_anaphor_far_before_a_final_verb() -> None:
    de = (
        "Die Lumora Energy GmbH wächst. Lumora Energy baut Speicher. Das Unternehmen war 2022 von "
        "Jana Petrović und Moritz Eichler gegründet worden, die sich aus dem Studium an der TU Berlin kennen."
    )
    got = {f[:3] for f in article_facts("de", de)}
    assert {("founds", n, "Lumora Energy") for n in ("Jana Petrović", "Moritz Eichler")} <= got


def test_an_organization_after_another_verb_is_that_verb_s() -> None:
    # 'se incorporó al banco ... tras abandonar BBVA': BBVA is what was left, not joined
    es = (
        "El Banco Meridiano nombró a Marcos Ibáñez director. El Banco Meridiano crece. "
        "Ibáñez se incorporó al banco en 2018 tras abandonar Banco Sabadell, donde trabajó doce años."
    )
    got = {f[:3] for f in article_facts("es", es)}
    assert ("joins", "Marcos Ibáñez", "Banco Meridiano") in got
    assert ("leaves", "Marcos Ibáñez", "Banco Sabadell") in got
    assert ("joins", "Marcos Ibáñez", "Banco Sabadell") not in got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Lumio Inc was acquired by Halvern Bancorp in 2021."),
        ("fr", "Lumio SA a été rachetée par Halvern Partners."),
        ("es", "Lumio fue adquirida por Halvern Capital en 2020."),
        ("it", "Lumio è stata acquisita da Halvern nel 2020."),
        ("pt", "A Lumio foi adquirida pela Halvern em 2020."),
    ],
)
def test_a_passive_acquisition_names_the_one_bought_first(lang: str, text: str) -> None:
    got = {(f[0], f[1], f[2]) for f in facts(lang, text)}
    assert any(t == "acquires" and s.startswith("Halvern") and o == "Lumio" for t, s, o in got), got


def test_the_status_window_cuts_no_word_in_half() -> None:
    # 'Vauclair' cut after 'Va' would read as the future 'va'
    got = facts("fr", "Le club Olympique de Lorvan se sépare de son entraîneur Didier Vauclair.")
    assert ("dismissed", "Didier Vauclair", "Olympique de Lorvan", "happened") in got


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "pt",
            "A Conservas Lobo foi fundada em 1931 por Joaquim Lobo, numa fábrica junto ao porto de Leixões.",
            ("founds", "Joaquim Lobo", "Conservas Lobo"),
        ),
        (
            "fr",
            "Nortex SA a été fondée en 2016 par Anne Col, ancienne consultante chez Brelan Partners.",
            ("founds", "Anne Col", "Nortex"),
        ),
    ],
)
def test_a_passive_founding_names_the_one_founded_first(
    lang: str, text: str, fact: tuple[str, str, str]
) -> None:
    got = {f[:3] for f in article_facts(lang, text)}
    assert fact in got
    assert not any(f[0] == "founds" and f[2] in ("Leixões", "Brelan Partners") for f in got)


@pytest.mark.parametrize(
    ("lang", "text", "fact", "place"),
    [
        (
            "de",
            "Die Brenner Pumpen GmbH wird verkauft. Brenner Pumpen schreibt Gewinne. Brenner Pumpen "
            "wächst. Das Unternehmen war 1958 von Otto Brenner in einer alten Mühle gegründet worden.",
            ("founds", "Otto Brenner", "Brenner Pumpen"),
            "Mühle",
        ),
        (
            "de",
            "Die Solvan Energie AG baut Windparks. Solvan Energie wächst. Solvan Energie stellt ein. "
            "Gegründet wurde das Unternehmen 2009 von Ole Hansen in Kiel, damals mit einer Anlage auf "
            "einem alten Flugplatz Holtenau.",
            ("founds", "Ole Hansen", "Solvan Energie"),
            "Holtenau",
        ),
        (
            "it",
            "La Pastificio Arvani spa cambia proprietà. La Pastificio Arvani spa cresce. La Pastificio "
            "Arvani spa assume. Fondata nel 1948 da Luigi Arvani in una bottega di Borgo Sesia, "
            "l'azienda conta oggi 300 dipendenti.",
            ("founds", "Luigi Arvani", "Pastificio Arvani"),
            "Borgo Sesia",
        ),
        (
            "fr",
            "Le cabinet Lenoir Avocats recrute. Lenoir Avocats grandit. Lenoir Avocats ouvre un bureau. "
            "Fondé en 2004 par Paul Lenoir, ancien juriste à l'Autorité des marchés, le cabinet compte "
            "quarante avocats.",
            ("founds", "Paul Lenoir", "Lenoir Avocats"),
            "Autorité",
        ),
        (
            "es",
            "Cerámicas Oliva cambia de dueño. Cerámicas Oliva vende. Cerámicas Oliva crece. La compañía "
            "fue fundada en 1970 por Ramón Oliva, padre del actual presidente, en un taller junto a la "
            "carretera de Alcora.",
            ("founds", "Ramón Oliva", "Cerámicas Oliva"),
            "Alcora",
        ),
    ],
)
def test_what_follows_the_agent_of_a_passive_founding_is_no_organization_founded(
    lang: str, text: str, fact: tuple[str, str, str], place: str
) -> None:
    got = {f[:3] for f in article_facts(lang, text)}
    assert fact in got
    assert not any(f[0] == "founds" and f[2] == place for f in got)


def test_the_organization_the_lead_names_and_names_again_is_the_article_s() -> None:
    # 'Vandrel' has no suffix and no cue noun: being the lead's organization, named again and
    # clearly more than any other, makes it the one 'het bedrijf' and a bare departure refer to
    nl = (
        "Vandrel haalt geld op voor nieuwe fabriek\n\n"
        "Vandrel, de jonge batterijmaker uit Delft, bouwt een tweede fabriek, maakte Vandrel dinsdag "
        "bekend. Financieel directeur Joost Amel verlaat het bedrijf per 1 mei."
    )
    assert ("leaves", "Joost Amel", "Vandrel") in {f[:3] for f in article_facts("nl", nl)}
    # ... but a place the lead names is not promoted over a sure company
    en = (
        "Corvane Energy Corp. said it would build a plant on the Gulf Coast. The Gulf Coast site "
        "was picked in May. Corvane Energy hired 40 engineers. Its finance chief Dana Roe has left."
    )
    assert ("leaves", "Dana Roe", "Corvane Energy") in {f[:3] for f in article_facts("en", en)}


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "es",
            "Grupo Halcón compra Lácteos Miravalle. Lácteos Miravalle tiene 300 empleados en León. "
            "Grupo Halcón no cambiará el nombre. El director general, Íñigo Sala, dejará la empresa.",
            ("leaves", "Íñigo Sala", "Lácteos Miravalle"),
        ),
        (
            "en",
            "Brannock Foods agreed to buy Tidewell Dairy. Tidewell Dairy has 300 staff. "
            "Tidewell Dairy's founder Amy Lund said she would leave the company after the deal.",
            ("leaves", "Amy Lund", "Tidewell Dairy"),
        ),
    ],
)
def test_a_takeover_story_follows_the_people_of_the_company_bought(
    lang: str, text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in {f[:3] for f in article_facts(lang, text)}


@pytest.mark.parametrize(
    ("lang", "text", "raised", "investors"),
    [
        (
            "en",
            "Vorlane Labs raised $16 million in a round led by Kestrel Capital, with participation from "
            "Orbit Partners.",
            "Vorlane Labs",
            {"Kestrel Capital", "Orbit Partners"},
        ),
        (
            "en",
            "Vorlane Labs Inc raised $4 million from Kestrel Capital.",
            "Vorlane Labs",
            {"Kestrel Capital"},
        ),
        (
            "es",
            "La fintech Vorlane cerró una ronda liderada por Kestrel Capital, con la participación de "
            "Orbit Ventures.",
            "Vorlane",
            {"Kestrel Capital", "Orbit Ventures"},
        ),
        (
            "pt",
            "A startup Vorlane captou 10 milhões numa rodada liderada pela Kestrel Capital.",
            "Vorlane",
            {"Kestrel Capital"},
        ),
        (
            "fr",
            "La start-up Vorlane a levé 16 millions d'euros lors d'un tour de table mené par Kestrel "
            "Capital, avec la participation de Orbit Ventures.",
            "Vorlane",
            {"Kestrel Capital", "Orbit Ventures"},
        ),
        (
            "it",
            "La startup Vorlane ha chiuso un round da 5 milioni guidato da Kestrel Capital.",
            "Vorlane",
            {"Kestrel Capital"},
        ),
        (
            "nl",
            "De start-up Vorlane haalde 12 miljoen euro op bij het Leuvense fonds Kestrel Ventures.",
            "Vorlane",
            {"Kestrel Ventures"},
        ),
        (
            "de",
            "Das Start-up Vorlane GmbH hat in einer Finanzierungsrunde angeführt von Kestrel Capital "
            "20 Millionen Euro eingesammelt.",
            "Vorlane",
            {"Kestrel Capital"},
        ),
    ],
)
def test_the_backers_of_a_funding_round_invest_in_the_one_that_raised_it(
    lang: str, text: str, raised: str, investors: set[str]
) -> None:
    got = {f[:3] for f in article_facts(lang, text)}
    assert {(s, o) for t, s, o in got if t == "invests"} == {(i, raised) for i in investors}, got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Cerámicas Tolosa crece. Cerámicas Tolosa vende más. La firma ha fichado a Sergio Monfort, "
            "hasta enero director de Porcelánicos Brena.",
        ),
        (
            "en",
            "Cerámicas Tolosa is growing. Cerámicas Tolosa sells more. The company has hired Sergio "
            "Monfort, until January a director at Porcelánicos Brena.",
        ),
    ],
)
def test_the_organization_that_hires_is_the_one_joined(lang: str, text: str) -> None:
    # the person follows the verb: the company before it hires; the one after it is their old one
    got = {f[:3] for f in article_facts(lang, text)}
    assert ("joins", "Sergio Monfort", "Cerámicas Tolosa") in got
    assert ("joins", "Sergio Monfort", "Porcelánicos Brena") not in got


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "it",
            "Calcio Vareno cambia allenatore. Marco Bellini, allenatore del Calcio Vareno, saluta. Il "
            "tecnico romano, arrivato nel 2022, lascerà il Calcio Vareno a giugno.",
            ("leaves", "Marco Bellini", "Calcio Vareno"),
        ),
        (
            "de",
            "Kessler Werke bekommen eine neue Chefin. Anna Roth leitet den Vertrieb der Kessler Werke. "
            "Die 38-Jährige war 2018 von Bosch zu den Kessler Werken gewechselt.",
            ("leaves", "Anna Roth", "Bosch"),
        ),
        (
            "en",
            "Varna Foods needs a new coach. Tom Ruddock coached Varna Foods for years. The 58-year-old "
            "has quit Varna Foods.",
            ("leaves", "Tom Ruddock", "Varna Foods"),
        ),
        (
            "nl",
            "Brouwerij Hoorn zoekt een nieuwe topman. Piet de Vries, directeur van Brouwerij Hoorn, "
            "stopt. De 61-jarige topman vertrekt in mei bij Brouwerij Hoorn.",
            ("leaves", "Piet de Vries", "Brouwerij Hoorn"),
        ),
        # the coach of the sentence before, not its first name: the title tells them apart
        (
            "pt",
            "O Clube Naval procura treinador. O presidente do clube, Rui Lopes, já contactou Nuno "
            "Cabral, treinador do Atlético Sardoal. O técnico poderá deixar o Atlético Sardoal.",
            ("leaves", "Nuno Cabral", "Atlético Sardoal"),
        ),
    ],
)
def test_a_description_of_the_person_named_before_is_the_subject(
    lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    got = {f[:3] for f in article_facts(lang, text)}
    assert expected in got, got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Anna Roth leitet Kessler Werke. Der neue Trainer Tom Gross verlässt Bosch."),
        ("it", "Anna Rossi guida Lumen Moda da anni. Il nuovo tecnico lascerà Lumen Moda."),
    ],
)
def test_a_description_that_names_or_introduces_someone_is_no_reference(lang: str, text: str) -> None:
    # 'der neue Trainer Tom Gross' names its own subject; 'il nuovo tecnico' is someone not named yet
    got = {f[:2] for f in article_facts(lang, text)}
    assert ("leaves", "Anna Roth") not in got and ("leaves", "Anna Rossi") not in got, got


def test_a_pronoun_stands_for_the_person_of_its_gender() -> None:
    got = {
        f[:3]
        for f in article_facts(
            "fr",
            "Banque Meuse change de direction. Claire Dumas succède à Paul Roy. Paul Roy a félicité "
            "Claire Dumas. Elle a quitté Banque Sauldre en 2019.",
        )
    }
    assert ("leaves", "Claire Dumas", "Banque Sauldre") in got, got
    assert ("leaves", "Paul Roy", "Banque Sauldre") not in got, got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Dunmore Markets is sold. Dunmore Markets will change. The chain's head of stores, Rachel "
            "Imbert, stays. Imbert joined the chain in 2015 from Bayridge Supermarkets.",
        ),
        (
            "pt",
            "O Banco Piracema muda de presidente. Cláudia Barreto assume a presidência do Banco Piracema. "
            "Cláudia Barreto chegou ao banco em 2012, vinda do Itaú Unibanco.",
        ),
    ],
)
def test_the_company_in_the_goal_slot_is_joined_and_the_one_named_after_it_left(lang: str, text: str) -> None:
    got = {f[:3] for f in article_facts(lang, text)}
    joined = {o for t, _, o in got if t == "joins"}
    left = {o for t, _, o in got if t == "leaves"}
    assert joined == {"Dunmore Markets"} or joined == {"Banco Piracema"}, got
    assert left in ({"Bayridge Supermarkets"}, {"Itaú Unibanco"}), got


@pytest.mark.parametrize(
    ("lang", "text", "org"),
    [
        (
            "de",
            "Mara Vogt hat die Führung der Lindner Werke nach einer Auszeit wieder übernommen.",
            "Lindner Werke",
        ),
        ("it", "Mara Vogt è di nuovo entrata in Lindner Moda come direttrice.", "Lindner Moda"),
        ("fr", "Mara Vogt a de nouveau rejoint Lindner Industries.", "Lindner Industries"),
    ],
)
def test_a_join_again_is_a_return(lang: str, text: str, org: str) -> None:
    got = {f[:3] for f in article_facts(lang, text)}
    assert ("returns", "Mara Vogt", org) in got, got
    assert not {f for f in got if f[0] in ("joins", "appointed")}, got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La compagnie Orvalia change de main. Le rachat d'Orvalia est finalisé. Le directeur financier "
            "Paul Mercier, la directrice commerciale Inès Barre et le chef pilote Yann Morel ont quitté "
            "l'entreprise cet été.",
        ),
        (
            "it",
            "La compagnia Orvalia cambia proprietario. Il rilancio di Orvalia è iniziato. Il direttore "
            "finanziario Paolo Merli, la direttrice commerciale Ines Barra e il capo pilota Ivan Moro hanno "
            "lasciato la società.",
        ),
        (
            "de",
            "Die Fluggesellschaft Orvalia hat einen neuen Eigentümer. Orvalia war lange in Familienhand. "
            "Finanzchef Paul Merkel, die Vertriebsleiterin Ines Bahr und der Chefpilot Jan Mohr haben das "
            "Unternehmen verlassen.",
        ),
        # no article before the titles; the last one names a department
        (
            "nl",
            "De luchtvaartmaatschappij Orvalia heeft een nieuwe eigenaar. Orvalia was lang een "
            "familiebedrijf. Vorig jaar verlieten financieel directeur Pauline Mertens, commercieel "
            "directeur Ingrid Bakker en hoofd inkoop Joost Mol het bedrijf.",
        ),
        (
            "en",
            "The airline Orvalia has a new owner. Orvalia was long family-run. Chief financial officer "
            "Paula Mercer, commercial director Ines Barton and head of purchasing Yann Morel left "
            "the company this summer.",
        ),
    ],
)
def test_names_listed_each_after_a_title_all_leave_and_keep_their_own_title(lang: str, text: str) -> None:
    got = claims(lang, text)
    assert len({c.subject for c in got if c.type == "leaves" and c.object == "Orvalia"}) == 3, got
    roles = {(c.subject, c.role) for c in got if c.type == "holds_role"}
    assert {role for person, role in roles if person.startswith("Pa")} == {"cfo"}, roles
    assert any(person.startswith("In") for person, _ in roles), roles


def test_the_headline_organization_named_most_is_the_articles_over_two_sure_ones_named_less() -> None:
    text = (
        "Valdoria Previdenza, il consiglio revoca l'amministratore delegato.\n\n"
        "La compagnia comasca Valdoria Previdenza cambia vertice. Il consulente Banca Ardesia SpA e il socio "
        "Fondo Brenta SpA hanno votato a favore. Banca Ardesia SpA e Fondo Brenta SpA hanno ciascuno il "
        "cinque per cento. Valdoria Previdenza ha chiuso il 2024 in utile. Ieri hanno rassegnato le "
        "dimissioni il direttore commerciale Luca Neri e la direttrice legale Sara Moro."
    )
    got = {(c.type, c.subject, c.object) for c in claims("it", text)}
    assert {
        ("leaves", "Luca Neri", "Valdoria Previdenza"),
        ("leaves", "Sara Moro", "Valdoria Previdenza"),
    } <= got


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "fr",
            "Le groupe lyonnais Brume Médias a finalisé mardi le rachat du quotidien stéphanois "
            "Le Veilleur du Pilat.",
            ("acquires", "Brume Médias", "Le Veilleur du Pilat"),
        ),
        (
            "it",
            "Il gruppo veronese Ardesia Media ha completato l'acquisto della rete televisiva "
            "locale Tele Baldo.",
            ("acquires", "Ardesia Media", "Tele Baldo"),
        ),
        (
            "en",
            "Harrow Freight Lines Inc said on Thursday it had agreed to buy rival Kettle Logistics.",
            ("acquires", "Harrow Freight Lines", "Kettle Logistics"),
        ),
        (
            "de",
            "Die Stadtwerke Ohlental übernehmen den hessischen Windpark-Entwickler Luftmühle.",
            ("acquires", "Stadtwerke Ohlental", "Luftmühle"),
        ),
        (
            "es",
            "Su abogada, Marta Pérez, avanzó que Eladio Ruiz demandará a Viñalta Bodegas.",
            ("sues", "Eladio Ruiz", "Viñalta Bodegas"),
        ),
        (
            "en",
            "His lawyer, Anne Roe, said that Tom Hale would sue Brimco Trust.",
            ("sues", "Tom Hale", "Brimco Trust"),
        ),
        (
            "it",
            "Il suo avvocato, Carla Neri, ha annunciato che Paolo Viti farà causa a Orvanne Industrie.",
            ("sues", "Paolo Viti", "Orvanne Industrie"),
        ),
    ],
)
def test_organization_events_find_their_actor_and_object(
    lang: str, text: str, fact: tuple[str, str, str]
) -> None:
    """The company bought after a described noun or a suffixed buyer; the plaintiff named in the
    lawsuit's own clause, not the speaker who announces it."""
    got = {(c.type, c.subject, c.object) for c in claims(lang, text)}
    assert {f for f in got if f[0] == fact[0]} == {fact}, got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Rutavia cierra una ronda de 30 millones. La startup Rutavia opera en Jalisco. La empresa crece. "
            "El primer paso de "
            "su expansión es la adquisición de Paquetera, una plataforma de mensajería de Medellín.",
        ),
        (
            "fr",
            "Solvane lève 20 millions. La start-up Solvane fabrique des trackers. La société a dix ans. "
            "Une partie des fonds "
            "financera le rachat de Vignora, une jeune pousse bordelaise.",
        ),
    ],
)
def test_an_acquisition_with_no_buyer_named_is_the_articles_organization(lang: str, text: str) -> None:
    got = {(c.type, c.subject, c.object) for c in claims(lang, text)}
    assert {(t, s) for t, s, o in got if t == "acquires"} == {
        ("acquires", "Rutavia" if lang == "es" else "Solvane")
    }, got


def test_an_anaphor_opening_a_sentence_is_the_organization_the_sentence_before_opened_with() -> None:
    # two companies named alike: the article has no one organization to fall back on
    text = (
        "Die Haldenstein AG kooperiert künftig mit der Sortiq GmbH. Das teilte die Haldenstein AG "
        "am Montag mit. Die Sortiq GmbH entwickelt Software für Lager. Die Firma wurde 2019 von "
        "Lena Maurer gegründet."
    )
    assert ("founds", "Lena Maurer", "Sortiq", "happened") in facts("de", text)


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "es",
            "La cooperativa Viñalta despidió a Eladio Romero. Viñalta no hizo comentarios. "
            "Romero demandará a la cooperativa.",
            ("sues", "Eladio Romero", "Viñalta", "planned"),
        ),
        (
            "en",
            "Harlow Foods fired Dana Price. Harlow Foods declined to comment. "
            "Price sued the company on Monday.",
            ("sues", "Dana Price", "Harlow Foods", "happened"),
        ),
        (
            "it",
            "La Ferralta ha licenziato Marco Neri. La Ferralta non commenta. "
            "Neri ha fatto causa all'azienda.",
            ("sues", "Marco Neri", "Ferralta", "happened"),
        ),
        # the verb last: the article's organization between the plaintiff and the verb
        (
            "de",
            "Die Brauerei Kessler hat Jan Roth entlassen. Kessler äußerte sich nicht. "
            "Roth hat die Brauerei verklagt.",
            ("sues", "Jan Roth", "Kessler", "happened"),
        ),
    ],
)
def test_the_article_organization_named_by_a_common_noun_is_sued(lang: str, text: str, fact: Fact) -> None:
    assert fact in facts(lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Im Juli verließen Jens Korte sowie die Entwicklerin Mia Falk die Kelvo GmbH."),
        ("nl", "Vorige maand verlieten Jens Korte en de ontwerper Mia Falk de uitgever Kelvo Games."),
    ],
)
def test_a_name_described_after_the_conjunction_is_listed_with_the_one_before(lang: str, text: str) -> None:
    got = {c.subject for c in claims(lang, text) if c.type == "leaves"}
    assert got == {"Jens Korte", "Mia Falk"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Lumbre Games crece. Lumbre Games contrata. Nuria Alba se marchó en octubre a Ferrofluido."),
        ("en", "Lumbre Games is growing. Lumbre Games is hiring. Nuria Alba quit in October to Ferrofluido."),
    ],
)
def test_a_departure_with_a_destination_leaves_one_and_joins_the_other(lang: str, text: str) -> None:
    got = facts(lang, text)
    assert {
        ("leaves", "Nuria Alba", "Lumbre Games", "happened"),
        ("joins", "Nuria Alba", "Ferrofluido", "happened"),
    } <= got


@pytest.mark.parametrize(
    ("lang", "text", "firm"),
    [
        (
            "es",
            "Camilo Toro y Adriana Mejía renunciaron el lunes y constituyeron su propio despacho, "
            "Toro Mejía Abogados.",
            "Toro Mejía Abogados",
        ),
        (
            "it",
            "Marco Neri e Lia Sala hanno lasciato la Ferralta e hanno aperto il proprio studio, "
            "Neri Sala Associati.",
            "Neri Sala Associati",
        ),
        (
            "pt",
            "Ana Lima e Rui Costa deixaram a firma e abriram o próprio escritório, Lima Costa Advogados.",
            "Lima Costa Advogados",
        ),
    ],
)
def test_partners_who_open_their_own_firm_found_it(lang: str, text: str, firm: str) -> None:
    got = {(c.subject, c.object) for c in claims(lang, text) if c.type == "founds"}
    assert len(got) == 2 and all(obj == firm for _, obj in got), got


def test_a_former_occupation_is_no_departure_from_the_articles_organization() -> None:
    text = (
        "Marlo Bio raised money. Marlo Bio was founded by the former investment banker Marcus Dale. "
        "Former Kelvo engineers Ann Lee and Bo Chan joined Marlo Bio last year."
    )
    left = {(c.subject, c.object) for c in claims("en", text) if c.type == "leaves"}
    assert left == {("Ann Lee", "Kelvo"), ("Bo Chan", "Kelvo")}, left


@pytest.mark.parametrize(
    ("lang", "text", "typ", "person"),
    [
        (
            "it",
            "Crisi alla Banca Ardesia. La Banca Ardesia ha chiuso il 2024 in perdita. Da lunedì va in "
            "aspettativa per tre mesi, per motivi personali, anche il direttore finanziario Marco Bellini.",
            "leave_of_absence",
            "Marco Bellini",
        ),
        (
            "es",
            "La junta del Club Deportivo Lindero destituyó el pasado domingo por la noche al entrenador "
            "Julián Ortega.",
            "dismissed",
            "Julián Ortega",
        ),
        (
            "pt",
            "O Clube Atlético Serrano demitiu na noite deste domingo o técnico Renato Moura.",
            "dismissed",
            "Renato Moura",
        ),
        (
            "fr",
            "Crise chez Aubrac SA. Aubrac SA a perdu deux clients. Plusieurs médias avaient évoqué un "
            "départ imminent de la directrice générale, Claire Morvan.",
            "leaves",
            "Claire Morvan",
        ),
    ],
)
def test_a_titled_subject_may_follow_its_verb_past_adverbials(
    lang: str, text: str, typ: str, person: str
) -> None:
    assert person in {c.subject for c in claims(lang, text) if c.type == typ}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the speaker after a quote did not leave
        ("es", "«No vamos a dejar el club», aseguró su consejero delegado, Alberto Ruiz."),
        # the coach hired is unnamed; the assistant only stands in
        (
            "pt",
            "Até à contratação de um novo técnico, a equipa fica entregue ao adjunto Hugo Pires.",
        ),
        # German keeps the subject right after its verb: the far name is an object
        ("de", "Dies folgt auf ähnliche Äußerungen der Vorstände Jan Lenz und Ute Kai."),
    ],
)
def test_a_far_titled_name_after_the_verb_is_not_always_its_subject(lang: str, text: str) -> None:
    got = {(c.type, c.subject) for c in claims(lang, text) if c.type in ("leaves", "joins", "appointed")}
    assert not got, got


def test_the_headline_after_a_dateline_breaks_a_tie_of_organizations() -> None:
    text = (
        "Rosario –\nPublicado el 07/02/2024\n\nNaviera Lindero SA busca gerente\n\n"
        "Naviera Lindero SA compite con Transportes Sauce SA en el puerto. Transportes Sauce SA creció "
        "un 10 % y Naviera Lindero SA un 5 %. Según Transportes Sauce SA, el mercado crece. Por otra "
        "parte, Julián Ortega dejará la compañía en marzo."
    )
    left = {c.object for c in claims("es", text) if c.type == "leaves"}
    assert left == {"Naviera Lindero"}, left


def test_a_place_as_the_goal_of_a_join_is_the_articles_organization_there() -> None:
    text = (
        "Harbor Museum of Art names new director\n\nThe Harbor Museum of Art said on Monday that Jane "
        "Roe will lead it. Roe came to Portland in 2015 from the Alder Gallery, where she was chief "
        "curator. The Harbor Museum of Art has 40 staff and the museum opened in 1990."
    )
    got = {(c.type, c.object) for c in claims("en", text) if c.type in ("joins", "leaves")}
    assert got == {("joins", "Harbor Museum of Art"), ("leaves", "Alder Gallery")}, got


def test_one_who_joins_the_articles_organization_leaves_their_own() -> None:
    text = (
        "Cambio al vertice della Banca Orobia. Banca Orobia ha chiuso il 2024 in utile. A succedergli "
        "sarà Lucia Ferri, 49 anni, attuale direttrice finanziaria della Cassa Rurale Alpina, che "
        "entrerà in carica come amministratore delegato dal primo luglio. La manager lascerà l'istituto "
        "trentino a fine aprile. Banca Orobia conta 900 dipendenti."
    )
    got = {(c.type, c.object) for c in claims("it", text) if c.type in ("leaves", "holds_role")}
    assert got == {("holds_role", "Cassa Rurale Alpina"), ("leaves", "Cassa Rurale Alpina")}, got


@pytest.mark.parametrize(
    ("lang", "text", "org"),
    [
        ("en", "Jane Roe, 51, chief executive of Lumex Holdings, spoke on Monday.", "Lumex Holdings"),
        ("es", "Ana Soto, de 58 años, consejera delegada de Grupo Lindero, habló el lunes.", "Grupo Lindero"),
    ],
)
def test_an_age_between_a_name_and_its_title_keeps_the_apposition(lang: str, text: str, org: str) -> None:
    assert {(c.type, c.object) for c in claims(lang, text)} == {("holds_role", org)}


def test_offering_ones_resignation_is_no_dismissal() -> None:
    text = (
        "Kees Mol stapt op bij Sporting Veldhoven. De 52-jarige coach bood zondagavond, na de 0-4 "
        "thuisnederlaag tegen Rapid Oosterhout in de eigen sporthal, zelf zijn ontslag aan."
    )
    assert not [c for c in claims("nl", text) if c.type == "dismissed"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Acme Foods is buying its rival. Acme Foods employs 300 people. The Northwind Fund has "
            "agreed to invest $4 million in the company to help pay for the deal.",
        ),
        (
            "de",
            "Die Acme Foods GmbH wächst. Acme Foods baut ein neues Werk. Der Versorger Northwind "
            "Fund verhandelt über eine Minderheitsbeteiligung am Unternehmen.",
        ),
        (
            "nl",
            "Acme Foods groeit snel. Acme Foods opent een nieuwe fabriek. Northwind Fund bouwde sinds "
            "vorig jaar een belang van 7,4 procent op in het West-Vlaamse bedrijf.",
        ),
    ],
)
def test_the_company_invested_in_may_be_named_by_an_anaphor(lang: str, text: str) -> None:
    assert {(c.subject, c.object) for c in claims(lang, text) if c.type == "invests"} == {
        ("Northwind Fund", "Acme Foods")
    }


def test_a_fund_that_leads_a_round_is_no_company_invested_in() -> None:
    text = (
        "La fintech Acme Pay anunció el cierre de una ronda de 40 millones de dólares, liderada por "
        "el fondo chileno Bolder Capital y con la participación de la gestora estadounidense Kestrel "
        "Partners. Acme Pay tiene 200 empleados."
    )
    assert {(c.subject, c.object) for c in claims("es", text) if c.type == "invests"} == {
        ("Bolder Capital", "Acme Pay"),
        ("Kestrel Partners", "Acme Pay"),
    }


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        # in a relative clause on the investor, 'the group' is the one the main clause named
        (
            "pt",
            "A Gazeta Sul vende jornais. A Acme Media tem como maior acionista o fundo Bolder Capital, "
            "que entrou no capital do grupo em 2022. A Gazeta Sul cresce.",
            ("Bolder Capital", "Acme Media"),
        ),
        # ... outside one, it is the article's organization
        (
            "en",
            "Acme Foods is buying its rival. Acme Foods employs 300 people. Unlike Bolt Bank, the "
            "Northwind Fund has agreed to invest $4 million in the company.",
            ("Northwind Fund", "Acme Foods"),
        ),
        # a name inside the investor's apposition is not the investor
        (
            "fr",
            "En mai, Durand Participations, la holding de l'entrepreneur lyonnais Paul Durand, a pris "
            "30 % du capital de Acme Sport.",
            ("Durand Participations", "Acme Sport"),
        ),
    ],
)
def test_the_investor_and_the_company_invested_in(lang: str, text: str, pair: tuple[str, str]) -> None:
    assert {(c.subject, c.object) for c in claims(lang, text) if c.type == "invests"} == {pair}


@pytest.mark.parametrize(
    ("lang", "text", "company", "investors"),
    [
        (
            "it",
            "Cirro Studio SpA sviluppa videogiochi. A guidare il round è Ortica Ventures, il fondo "
            "pisano. Cirro Studio ha 40 dipendenti.",
            "Cirro Studio",
            {"Ortica Ventures"},
        ),
        (
            "it",
            "Lattevia produce formaggi. Venerdì Lattevia ha chiuso un aumento di capitale da 6 "
            "milioni guidato dal Fondo Scirocco, al quale ha partecipato anche la torinese Darsena Ventures.",
            "Lattevia",
            {"Fondo Scirocco", "Darsena Ventures"},
        ),
        (
            "es",
            "La startup Envialo reparte paquetes. Envialo cerró una ronda de 38 millones. En la ronda "
            "también participaron Fondo Ceiba y Cala Capital.",
            "Envialo",
            {"Fondo Ceiba", "Cala Capital"},
        ),
        (
            "es",
            "Brasa Juegos crea juegos. La ronda de Brasa Juegos está liderada por el fondo Ashcombe "
            "Partners, al que se ha sumado la gestora Atalaya Capital.",
            "Brasa Juegos",
            {"Ashcombe Partners", "Atalaya Capital"},
        ),
        (
            "de",
            "Die Dohle Games GmbH entwickelt Spiele. Die Runde führt der Dubliner Risikokapitalgeber "
            "Slatebrook Capital an, wie Dohle Games mitteilte.",
            "Dohle Games",
            {"Slatebrook Capital"},
        ),
    ],
)
def test_the_investors_of_a_round_may_follow_it(
    lang: str, text: str, company: str, investors: set[str]
) -> None:
    got = {(c.subject, c.object) for c in claims(lang, text) if c.type == "invests"}
    assert got == {(i, company) for i in investors}, got


_HOME = {
    "it": "Marco Ventresca, presidente della Conserviera Adriatica, lascia la società. "
    "La Conserviera Adriatica ha 300 dipendenti. ",
    "es": "El consejero delegado de la empresa Olivar Guadalbar, Tomás Ruiz, dejará la compañía. "
    "Olivar Guadalbar tiene 300 empleados. ",
    "pt": "O presidente da Metalúrgica Ipiranga, Carlos Nunes, deixou a empresa. "
    "A Metalúrgica Ipiranga tem 300 funcionários. ",
    "nl": "De topman van Verhoef Bouw, Karel Dijk, stapt op bij het bedrijf. "
    "Verhoef Bouw heeft 300 werknemers. ",
    "fr": "Le directeur général de la société Ferronnerie Lemoine, Paul Girard, quitte l'entreprise. "
    "Ferronnerie Lemoine emploie 300 personnes. ",
    "de": "Der Chef der Brenner Maschinenbau GmbH, Karl Fuchs, verlässt das Unternehmen. "
    "Brenner Maschinenbau hat 300 Mitarbeiter. ",
}


@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        (
            "it",
            "Fino ad allora la società sarà guidata ad interim dal direttore finanziario Piero Santini.",
            "Piero Santini",
        ),
        (
            "it",
            "Al suo posto arriva Giulia Fornasari, 44 anni, oggi direttrice commerciale "
            "della Pastificio Molisano.",
            "Giulia Fornasari",
        ),
        (
            "it",
            "Alla guida operativa arriverà Giulia Fornasari, oggi direttrice commerciale "
            "della Pastificio Molisano.",
            "Giulia Fornasari",
        ),
        (
            "es",
            "Hasta nuevo aviso, la compañía queda en manos de su director financiero, Lucas Peña.",
            "Lucas Peña",
        ),
        (
            "es",
            "Sus funciones serán asumidas de forma interina por la directora de operaciones, Eva Soler.",
            "Eva Soler",
        ),
        (
            "pt",
            "Até lá, a área ficará a cargo do diretor financeiro Paulo Reis, de forma interina.",
            "Paulo Reis",
        ),
        ("pt", "Para o lugar dele foi contratada Ana Prado, que deixou a Tecnoforte em junho.", "Ana Prado"),
        (
            "nl",
            "Tot er een opvolger is, neemt financieel directeur Eva Smit de dagelijkse leiding waar.",
            "Eva Smit",
        ),
        ("de", "Fuchs' Aufgaben übernimmt kommissarisch Jonas Keller.", "Jonas Keller"),
        (
            "fr",
            "À sa place arrive Anne Morel, actuelle directrice financière de la Verrerie Dumas.",
            "Anne Morel",
        ),
    ],
)
def test_who_takes_over_in_the_meantime_is_appointed_at_the_article_s_organization(
    lang: str, text: str, who: str
) -> None:
    got = {(f[0], f[1], f[2]) for f in article_facts(lang, _HOME[lang] + text)}
    home = next(o for t, s, o in got if t == "holds_role" and s != who)
    assert ("appointed", who, home) in got, got
    # the one named after the newcomer is where they work now, not where they are appointed
    assert not {f for f in got if f[:2] == ("appointed", who) and f[2] != home}, got
    # the one whose duties are taken over is not the one appointed
    assert not {f for f in got if f[0] == "appointed" and f[1] != who}, got


@pytest.mark.parametrize(
    ("lang", "text", "who", "org", "role"),
    [
        (
            "en",
            "Tom Vika has joined Fjellmark Shipping as chief executive.",
            "Tom Vika",
            "Fjellmark Shipping",
            "ceo",
        ),
        (
            "es",
            "Héctor Lluch dejará la empresa para incorporarse como consejero delegado a la "
            "distribuidora Azulejos Benicarló.",
            "Héctor Lluch",
            "Azulejos Benicarló",
            "ceo",
        ),
        (
            "it",
            "Carla Neri entra in Ferrotecnica Lombarda come direttrice generale.",
            "Carla Neri",
            "Ferrotecnica Lombarda",
            None,
        ),
    ],
)
def test_joining_as_a_title_is_an_appointment_to_it(
    lang: str, text: str, who: str, org: str, role: str | None
) -> None:
    got = claims(lang, text)
    assert ("joins", who, org) in {(c.type, c.subject, c.object) for c in got}
    named = [c for c in got if c.type == "appointed"]
    assert [(c.subject, c.object) for c in named] == [(who, org)], got
    if role:
        assert named[0].role == role


def test_joining_without_a_title_is_no_appointment() -> None:
    assert {f[0] for f in facts("en", "Tom Vika has joined Fjellmark Shipping.")} == {"joins"}


@pytest.mark.parametrize(
    ("lang", "text", "plaintiff", "defendant"),
    [
        # a place in the plaintiff's apposition is no defendant
        (
            "en",
            "Ledgerwise Inc., the San Francisco accounting start-up, has sued Tallyhouse.",
            "Ledgerwise",
            "Tallyhouse",
        ),
        # an adverb between the verb and the defendant
        (
            "fr",
            "Verrerie Dumas a assigné hier Harwick Lyle pour concurrence déloyale.",
            "Verrerie Dumas",
            "Harwick Lyle",
        ),
    ],
)
def test_the_defendant_is_the_one_the_verb_names(
    lang: str, text: str, plaintiff: str, defendant: str
) -> None:
    assert {(s, o) for t, s, o, _ in facts(lang, text) if t == "sues"} == {(plaintiff, defendant)}


def test_a_lawsuit_by_the_one_an_anaphor_titles() -> None:
    text = (
        "Le Journal du Velay licencie. Le Journal du Velay compte 300 salariés. L'ancien directeur "
        "général du journal, Marc Brunel, démis en septembre, a assigné Le Journal du Velay "
        "devant le tribunal."
    )
    sued = {(f[1], f[2]) for f in article_facts("fr", text) if f[0] == "sues"}
    assert sued == {("Marc Brunel", "Le Journal du Velay")}, sued


def test_the_age_and_the_year_since_in_an_apposition_keep_the_title() -> None:
    text = (
        "Stefano Rossi, 51 anni, dal 2021 amministratore delegato del Caseificio Valbruna, lascerà a giugno."
    )
    assert ("holds_role", "Stefano Rossi", "Caseificio Valbruna", "happened") in facts("it", text)


def test_an_acronym_of_a_product_is_no_organization() -> None:
    text = "Two managers in the EV unit, Hana Vossberg and Owen Tullman, quit earlier this year."
    assert not {f for f in facts("en", text) if f[2] == "EV"}


def test_a_town_of_two_words_is_no_person() -> None:
    from orgwatch.analysis import analyze

    adoc = analyze(Document(id="a", text="Ana Roe moved to San Francisco last year.", source="t", lang="en"))
    persons = {m.name for ms in adoc.mentions.values() for m in ms if m.kind == "person"}
    assert persons == {"Ana Roe"}


@pytest.mark.parametrize(
    ("lang", "text", "buyer", "sold", "status"),
    [
        # the one whose sale it is ('its sale to')
        (
            "en",
            "Halvorsen Foods denied on Monday that it was negotiating its sale to the Dutch group "
            "Brevik Holdings.",
            "Brevik Holdings",
            "Halvorsen Foods",
            "denied",
        ),
        (
            "es",
            "Textiles Ribera negó que esté negociando su venta al grupo japonés Kaito Holdings.",
            "Kaito Holdings",
            "Textiles Ribera",
            "denied",
        ),
        # a name in the object's place
        (
            "fr",
            "Le groupe Varenne a démenti la vente de sa filiale Ornis au groupe allemand Kessler Holding.",
            "Kessler Holding",
            "Ornis",
            "denied",
        ),
        # a passive's subject
        (
            "nl",
            "Het bedrijf Veldhoven Tech wordt verkocht aan de Duitse concurrent Lindberg Antriebe.",
            "Lindberg Antriebe",
            "Veldhoven Tech",
            "happened",
        ),
        # where the verb comes last, the buyer's preposition stands before it
        (
            "de",
            "Die Stadtwerke Ellbach suchen einen Partner. Die Stadt will die Stadtwerke Ellbach an den "
            "Versorger Rhenova verkaufen.",
            "Rhenova",
            "Stadtwerke Ellbach",
            "planned",
        ),
    ],
)
def test_a_sale_is_the_buyers_acquisition(lang: str, text: str, buyer: str, sold: str, status: str) -> None:
    assert {f for f in article_facts(lang, text) if f[0] == "acquires"} == {
        ("acquires", buyer, sold, status, None)
    }


@pytest.mark.parametrize(
    ("lang", "text", "buyer", "sold"),
    [
        (
            "en",
            "Halvorsen Foods named a new chief on Monday. Halvorsen Foods has 300 staff. The family had "
            "held talks about selling the company to the investment firm Carver Ridge Partners.",
            "Carver Ridge Partners",
            "Halvorsen Foods",
        ),
        (
            "it",
            "La Ducale Basket cambia allenatore. La Ducale Basket ha vinto 20 partite. Il presidente ha "
            "smentito le voci su una cessione del club al fondo americano Redcliff Capital.",
            "Redcliff Capital",
            "Ducale Basket",
        ),
        (
            "pt",
            "A Trevo Aviação tem um novo presidente. A Trevo Aviação voa para 12 cidades. A Trevo "
            "negou uma eventual venda da companhia para a Voamar.",
            "Voamar",
            "Trevo Aviação",
        ),
    ],
)
def test_the_company_sold_may_be_an_anaphor(lang: str, text: str, buyer: str, sold: str) -> None:
    assert {f[1:3] for f in article_facts(lang, text) if f[0] == "acquires"} == {(buyer, sold)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Halvorsen Foods sells its products to Walmart."),
        ("en", "Halvorsen Foods sold 1.5 million shares to Brevik Holdings."),
        ("es", "Textiles Ribera vende sus camisas al grupo Kaito Holdings."),
    ],
)
def test_selling_goods_or_shares_is_no_acquisition(lang: str, text: str) -> None:
    assert not {f for f in article_facts(lang, text) if f[0] == "acquires"}


@pytest.mark.parametrize(
    ("lang", "text", "left", "joined"),
    [
        (
            "en",
            "Jane Roe will leave Acme Foods at the end of the year to become finance director at "
            "Brattle Hospital.",
            "Acme Foods",
            "Brattle Hospital",
        ),
        # 'and become': the title's owner is the appointment's, not the one stepped down from
        (
            "en",
            "Ruth Oyelaran is leaving the Harbor Arts Museum. The Harbor Arts Museum has 40 staff. Ruth "
            "Oyelaran will step down at the end of June and become director of the Lakeshore Design "
            "Institute in July.",
            "Harbor Arts Museum",
            "Lakeshore Design Institute",
        ),
        # a date after the verb opens no slot, and the one left is no appointment's
        (
            "it",
            "Marco Neri lascerà a fine marzo la Fattoria Ulivello e dal 1° aprile sarà il nuovo direttore "
            "generale della Cantina Sociale Valbruna.",
            "Fattoria Ulivello",
            "Cantina Sociale Valbruna",
        ),
    ],
)
def test_a_departure_to_an_appointment_elsewhere_joins_it(
    lang: str, text: str, left: str, joined: str
) -> None:
    got = {f[:3] for f in article_facts(lang, text) if f[0] != "holds_role"}
    person = text.split(" ")[0] + " " + text.split(" ")[1]
    assert got == {
        ("leaves", person, left),
        ("appointed", person, joined),
        ("joins", person, joined),
    }, got


def test_an_appointment_at_the_organization_left_joins_nothing() -> None:
    text = "Jane Roe left Acme Foods in May and was appointed chief executive of Acme Foods in June."
    assert not {f for f in article_facts("en", text) if f[0] == "joins"}


@pytest.mark.parametrize(
    ("lang", "text", "person", "held"),
    [
        (
            "nl",
            "De Vakbond Noord krijgt versterking. De Vakbond Noord telt 9000 leden. Sanne Hooghiem, nu "
            "nog verslaggever bij Dagblad Noorderland, begint op 1 februari als hoofd communicatie van de "
            "Vakbond Noord.",
            "Sanne Hooghiem",
            "Dagblad Noorderland",
        ),
        (
            "it",
            "La Ferralba Spa cambia vertice. La Ferralba Spa ha 900 dipendenti. Al suo posto il consiglio ha "
            "nominato Elisa Sandri, 49 anni, attuale direttrice generale di Idraulica Orobia.",
            "Elisa Sandri",
            "Idraulica Orobia",
        ),
        (
            "en",
            "Corvala Foods named a new finance chief. Corvala Foods has 300 staff. Corvala Foods hired "
            "Dana Whitlow, currently chief financial officer of Brennick Mills, as its finance chief.",
            "Dana Whitlow",
            "Brennick Mills",
        ),
    ],
)
def test_one_who_moves_leaves_the_title_held_until_now(lang: str, text: str, person: str, held: str) -> None:
    assert ("leaves", person, held) in {f[:3] for f in article_facts(lang, text)}


def test_a_title_held_before_is_no_incumbent_one() -> None:
    text = (
        "Corvala Foods named a new finance chief. Corvala Foods has 300 staff. Corvala Foods hired "
        "Dana Whitlow, chief financial officer of Brennick Mills in the 1990s, as its finance chief."
    )
    assert ("leaves", "Dana Whitlow", "Brennick Mills") not in {f[:3] for f in article_facts("en", text)}


def test_a_join_whose_trigger_ends_in_the_role_preposition_names_the_role() -> None:
    text = "Sanne Hooghiem begint op 1 februari als hoofd communicatie van de Vakbond Noord."
    got = {(f[0], f[1], f[2]) for f in article_facts("nl", text)}
    assert ("appointed", "Sanne Hooghiem", "Vakbond Noord") in got


def test_a_join_to_a_title_without_an_organization_joins_the_articles() -> None:
    text = (
        "Das Studio Nebelhorn Games wächst. Nebelhorn Games beschäftigt 80 Leute. Zum 1. November "
        "kommt Frank Oltmer als Finanzchef an Bord."
    )
    got = {f[:3] for f in article_facts("de", text)}
    assert {
        ("joins", "Frank Oltmer", "Nebelhorn Games"),
        ("appointed", "Frank Oltmer", "Nebelhorn Games"),
    } <= got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Rutalia Envíos crece. Rutalia Envíos fue fundada en 2020 por Daniela Cárdenas Ugalde, "
            "exconsultora de cadenas de suministro, y Emiliano Fuentes Treviño, ingeniero en sistemas.",
        ),
        (
            "en",
            "Corvina Labs grows. Corvina Labs was founded in 2020 by Daniela Carden, a former supply "
            "chain consultant, and Emiliano Treviño, a software engineer.",
        ),
    ],
)
def test_founders_listed_with_their_descriptions(lang: str, text: str) -> None:
    founders = {f[1] for f in article_facts(lang, text) if f[0] == "founds"}
    assert len(founders) == 2 and all(" " in f for f in founders), founders


@pytest.mark.parametrize(
    ("lang", "text", "plaintiff", "defendant"),
    [
        # a month after a preposition is no first name ('im August Klage')
        (
            "de",
            "Das Klinikum Osterfeld spart. Das Klinikum Osterfeld hat 900 Betten. Hartwig Lüdde hat im "
            "August Klage gegen das Klinikum Osterfeld beim Arbeitsgericht erhoben.",
            "Hartwig Lüdde",
            "Klinikum Osterfeld",
        ),
        # the defendant named after a description
        (
            "fr",
            "L'organisation Terres Unies a porté plainte contre son ancien trésorier, Pierre-Yves "
            "Gamet, pour abus de confiance.",
            "Terres Unies",
            "Pierre-Yves Gamet",
        ),
        (
            "es",
            "La cooperativa Viñaluz presentará una querella contra el exgerente, Eladio Carrasco, por "
            "apropiación indebida.",
            "Viñaluz",
            "Eladio Carrasco",
        ),
        # the plaintiff is no title's prepositional object
        (
            "es",
            "La exdecana de Derecho de la Universidad Austral Andina, Rosa Quispe Huamán, presentó el "
            "viernes una demanda contra Editorial Sierra Alta.",
            "Rosa Quispe Huamán",
            "Editorial Sierra Alta",
        ),
        # ... but a lawyer's client is the plaintiff
        (
            "fr",
            "Contacté, l'avocat de Jean Tessier, Me Paul Lanvier, indique que son client va porter "
            "plainte contre Armor Mutuelle.",
            "Jean Tessier",
            "Armor Mutuelle",
        ),
    ],
)
def test_lawsuit_parties_around_descriptions(lang: str, text: str, plaintiff: str, defendant: str) -> None:
    assert {f[1:3] for f in article_facts(lang, text) if f[0] == "sues"} == {(plaintiff, defendant)}


def test_a_title_after_a_pronoun_and_a_verb_is_the_persons() -> None:
    text = (
        "Orland Freight has a new chief. Orland Freight has 900 staff. Tom Reyes joined Orland Freight "
        "in 2018, where he was chief operating officer until May."
    )
    assert ("holds_role", "Tom Reyes", "Orland Freight") in {f[:3] for f in article_facts("en", text)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Zum Jahreswechsel übernimmt ab 2026 auch die Stellvertreterin Miriam Rapp den Posten.",
        "Fuchs' Aufgaben übernimmt zum 1. Januar 2026 seine bisherige Stellvertreterin Miriam Rapp.",
    ],
)
def test_a_german_subject_after_a_fronted_adverbial_or_object(sentence: str) -> None:
    text = (
        "Die Kerbach Fördertechnik GmbH wächst. Die Kerbach Fördertechnik GmbH hat 500 Leute. "
        f"Andreas Fuchs geht in Rente. {sentence}"
    )
    got = {f[:3] for f in article_facts("de", text)}
    assert ("appointed", "Miriam Rapp", "Kerbach Fördertechnik") in got, got


def test_a_german_subject_before_the_verb_is_not_inverted() -> None:
    text = (
        "Der Rundfunk Nordheim sucht. Der Rundfunkrat des Rundfunks Nordheim wählte am Freitag den "
        "bisherigen Programmdirektor Jan Overbeck zum Intendanten."
    )
    got = {f[:3] for f in article_facts("de", text) if f[0] == "appointed"}
    assert got <= {("appointed", "Jan Overbeck", "Rundfunk Nordheim")}, got


@pytest.mark.parametrize(
    ("lang", "text", "lawyer"),
    [
        (
            "fr",
            "La Fondation Verlaine licencie sa directrice Claire Vasson. La Fondation Verlaine a 40 "
            "salariés. Son avocate, Me Florence Méran, a annoncé vendredi que sa cliente allait saisir "
            "le conseil de prud'hommes de Nîmes pour licenciement abusif.",
            "Florence Méran",
        ),
        (
            "es",
            "La cooperativa Viñaluz destituyó a su gerente, Eladio Carrasco. La cooperativa Viñaluz "
            "tiene 300 socios. Su abogada, Begoña Sáenz, calificó el cese de «linchamiento» y avanzó "
            "que Carrasco demandará a la cooperativa.",
            "Begoña Sáenz",
        ),
    ],
)
def test_ones_lawyer_is_no_subject_of_the_clients_events(lang: str, text: str, lawyer: str) -> None:
    assert not {f for f in article_facts(lang, text) if f[1] == lawyer and f[0] != "holds_role"}


@pytest.mark.parametrize(
    ("lang", "text", "person", "org"),
    [
        (
            "it",
            "La Ducale Basket esonera il tecnico. La Ducale Basket ha perso dieci gare. Il nome caldo per "
            "la panchina è quello di Zoran Radović, serbo, 56 anni, oggi alla guida della Pallacanestro "
            "Lagunare.",
            "Zoran Radović",
            "Ducale Basket",
        ),
        (
            "es",
            "El club Unión Fluvial despide a su técnico. El club Unión Fluvial busca DT. El apuntado para "
            "reemplazarlo es Hernán Bustamante, actual DT de Náutico Calamuchita.",
            "Hernán Bustamante",
            "Unión Fluvial",
        ),
        (
            "fr",
            "La Fondation Castelmont renvoie sa directrice. La Fondation Castelmont a 40 salariés. Le nom "
            "de Bérénice Lhermitte, qui dirige le centre d'art Le Quai des Sables à Sète, circule avec "
            "insistance pour la succession.",
            "Bérénice Lhermitte",
            "Fondation Castelmont",
        ),
        (
            "pt",
            "O clube Cerrado Basquete demitiu o técnico. O clube Cerrado Basquete perdeu dez jogos. "
            "Segundo apurou a reportagem, o preferido é o argentino Facundo Lérida, técnico do Sertão.",
            "Facundo Lérida",
            "Cerrado Basquete",
        ),
        (
            "nl",
            "De club Hanzestad Zwolle ontslaat de coach. De club Hanzestad Zwolle verloor tien duels. "
            "Volgens ingewijden staat de Belg Tom Verstraete bovenaan het lijstje om de coach op te volgen.",
            "Tom Verstraete",
            "Hanzestad Zwolle",
        ),
        (
            "en",
            "The club Humber Hawks FC fired the coach. Humber Hawks FC lost ten games. The front-runner "
            "for the job is Ivan Dragović, assistant coach at CB Costa Brava.",
            "Ivan Dragović",
            "Humber Hawks FC",
        ),
    ],
)
def test_a_rumoured_candidate_is_a_rumoured_appointment(lang: str, text: str, person: str, org: str) -> None:
    got = article_facts(lang, text)
    assert ("appointed", person, org, "rumored") in {f[:4] for f in got}, got
    # the organization in the candidate's apposition is their own, not the post's
    assert not {f for f in got if f[0] == "appointed" and f[2] != org}


def test_a_rumoured_candidate_with_no_article_organization_is_no_successor_from_within() -> None:
    text = "Le nom de Thierry Caumel, actuel directeur des ventes de Logivia, circule avec insistance."
    assert not {f for f in article_facts("fr", text) if f[0] == "appointed"}


@pytest.mark.parametrize(
    ("lang", "text", "investor", "company"),
    [
        (
            "es",
            "Cerámicas Alvarado SA nombra director. Cerámicas Alvarado SA factura 300 millones. El único "
            "socio ajeno a la familia es la gestora Levante Equity, que en 2019 tomó un 18 % del capital.",
            "Levante Equity",
            "Cerámicas Alvarado",
        ),
        (
            "fr",
            "La Société Solvence recrute. La Société Solvence a 90 salariés. L'énergéticien Énergies du "
            "Val de Loire entre au capital à cette occasion.",
            "Énergies du Val de Loire",
            "Société Solvence",
        ),
    ],
)
def test_a_stake_in_the_capital_invests_in_the_articles_organization(
    lang: str, text: str, investor: str, company: str
) -> None:
    assert ("invests", investor, company) in {f[:3] for f in article_facts(lang, text)}


def test_a_co_investor_named_beside_the_lead_investor() -> None:
    text = (
        "La start-up Kelvion lève 20 millions. Kelvion a 40 salariés. Le tour de série B est mené par "
        "le fonds Ormeau Partners, aux côtés de Lumen Capital, déjà présent au capital."
    )
    got = {f[:3] for f in article_facts("fr", text) if f[0] == "invests"}
    assert got == {("invests", "Ormeau Partners", "Kelvion"), ("invests", "Lumen Capital", "Kelvion")}


@pytest.mark.parametrize(
    ("lang", "text", "company", "investors"),
    [
        (
            "it",
            "Trivela Srl raccoglie 9 milioni. Trivela ha 30 dipendenti. A guidare il round è Borea "
            "Capital, il fondo milanese specializzato in pagamenti, affiancato da Lario Ventures e "
            "dall'imprenditore Paolo Bertuzzi.",
            "Trivela",
            {"Borea Capital", "Lario Ventures", "Paolo Bertuzzi"},
        ),
        (
            "en",
            "Quillby Inc raises $12 million. Quillby has 30 staff. The round was led by Tarn Capital, "
            "with participation from Heron Fund and angel investor Mara Bellweather.",
            "Quillby",
            {"Tarn Capital", "Heron Fund", "Mara Bellweather"},
        ),
        (
            "de",
            "Sonnwerk GmbH sammelt zehn Millionen Euro ein. Sonnwerk hat 40 Beschäftigte. Die Runde "
            "führt der Münchner Investor Alpgrat Capital an; auch der bisherige Geldgeber Isarbrücke "
            "Ventures beteiligt sich erneut.",
            "Sonnwerk",
            {"Alpgrat Capital", "Isarbrücke Ventures"},
        ),
        (
            "nl",
            "Fietsplan BV haalt geld op. Fietsplan heeft 25 medewerkers. De financieringsronde wordt geleid "
            "door Dijkstra Capital; ook het Polderfonds en bestaande investeerder Wadden Ventures doen "
            "mee.",
            "Fietsplan",
            {"Dijkstra Capital", "Polderfonds", "Wadden Ventures"},
        ),
        (
            "es",
            "Tramoya SL levanta 5 millones. Tramoya tiene 20 empleados. La ronda está liderada por Cumbre "
            "Capital; también participaron Ría Ventures y el inversor Tomás Argüelles Pino.",
            "Tramoya",
            {"Cumbre Capital", "Ría Ventures", "Tomás Argüelles Pino"},
        ),
    ],
)
def test_every_investor_of_a_round_invests_in_the_company_that_raised(
    lang: str, text: str, company: str, investors: set[str]
) -> None:
    got = {f[:3] for f in article_facts(lang, text) if f[0] == "invests"}
    assert got == {("invests", i, company) for i in investors}


def test_taking_part_in_something_other_than_a_round_invests_in_nothing() -> None:
    text = (
        "Fietsplan BV opent een winkel. Fietsplan heeft 25 medewerkers. Ook Dijkstra Capital en het "
        "Polderfonds doen mee aan de beurs in Utrecht."
    )
    assert not [f for f in article_facts("nl", text) if f[0] == "invests"]


def test_a_headline_kicker_does_not_hide_the_organization_the_headline_opens_with() -> None:
    text = (
        "Videospiele: Pixelhain GmbH holt eine neue Chefin. Pixelhain GmbH hat 50 Beschäftigte. Die "
        "Dorn AG berät Pixelhain GmbH. Die Dorn AG hat Büros in Köln. Die Dorn AG ist alt. Das "
        "Unternehmen ernennt Eva Klein zur Geschäftsführerin."
    )
    got = {f[:3] for f in article_facts("de", text) if f[0] == "appointed"}
    assert got == {("appointed", "Eva Klein", "Pixelhain")}


def test_a_family_name_an_organization_noun_describes_is_surely_the_company() -> None:
    text = (
        "Bellandi, Marta Rossi nuova amministratrice delegata. Cambio ai vertici di Bellandi, la "
        "maison fiorentina fondata da Ugo Bellandi. La presidente Anna Bellandi resta. Il gruppo "
        "Corvetta tace. Il gruppo Corvetta cresce. Bellandi ha 300 dipendenti. Il gruppo Corvetta ha "
        "200 dipendenti. Bellandi vende borse. Il cda ha nominato Marta Rossi."
    )
    got = {f[:3] for f in article_facts("it", text) if f[0] == "holds_role"}
    assert got == {("holds_role", "Marta Rossi", "Bellandi"), ("holds_role", "Anna Bellandi", "Bellandi")}


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "it",
            "Nomine della settimana\n\nLa Banca Popolare Valtorta ha nominato Ugo Ferri direttore "
            "generale.\n\nIl consiglio di Acquedotti Riuniti ha revocato le deleghe a Pio Sala. Nella "
            "stessa seduta il cda ha nominato amministratore delegato Rita Galli.\n\nLa Pallavolo "
            "Sorano ha esonerato Dino Rossi.",
            ("appointed", "Rita Galli", "Acquedotti Riuniti"),
        ),
        (
            "de",
            "Personalien\n\nDie Sparkasse Obertal hat Ute Brandl zur Vorständin berufen.\n\nDer "
            "Aufsichtsrat der Brauerei Mosbach hat Jan Kurz abberufen. Zugleich bestellte das Gremium "
            "Eva Roth zur neuen Geschäftsführerin.\n\nDer Verlag Hallgarten trennt sich von Tom Beck.",
            ("appointed", "Eva Roth", "Mosbach"),
        ),
    ],
)
def test_a_round_up_paragraph_is_about_the_organization_it_names_first(
    lang: str, text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in {f[:3] for f in article_facts(lang, text)}


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "fr",
            "Brisaline SA recrute. Pour lui succéder, Paul Ternier a recruté Léa Moulin. Brisaline "
            "SA grandit.",
            ("appointed", "Léa Moulin", "Brisaline"),
        ),
        (
            "en",
            "Kestrel Inc said Jo Hart quit. To succeed her, Tom Reed hired Ann Lee. Kestrel Inc grows.",
            ("appointed", "Ann Lee", "Kestrel"),
        ),
    ],
)
def test_an_opening_purpose_clause_names_the_main_clauses_object(
    lang: str, text: str, fact: tuple[str, str, str]
) -> None:
    got = {f[:3] for f in article_facts(lang, text) if f[0] == "appointed"}
    assert got == {fact}


def test_a_round_up_is_about_none_of_its_organizations() -> None:
    # Skerrow Air is named twice, in one item: 'the company' of another item is that item's
    text = (
        "People moves\n\nSkerrow Air has named Ann Lee chief executive. Skerrow Air flies to ten "
        "cities.\n\nThe law firm Pemberton Hale hired Tom Reed as a partner.\n\nBrenton Health moved "
        "Jo Hart to a new role. The company named Max Cole interim chief medical officer.\n\nGrimsby "
        "Town appointed Ed Vale as coach."
    )
    got = {f[:3] for f in article_facts("en", text) if f[0] == "appointed"}
    assert ("appointed", "Max Cole", "Brenton Health") in got
    # ... but a report whose persons come back in later paragraphs is about its organization
    report = text.replace("Grimsby Town appointed Ed Vale as coach.", "Ann Lee starts in May.")
    got = {f[:3] for f in article_facts("en", report) if f[0] == "appointed"}
    assert ("appointed", "Max Cole", "Skerrow Air") in got


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "nl",
            "Woonstede Vechtdal BV zoekt. Ruud Brinkman (63) wordt per 1 april de nieuwe directeur van "
            "Woonstede Vechtdal.",
            ("appointed", "Ruud Brinkman", "Woonstede Vechtdal"),
        ),
        (
            "it",
            "Cambio al vertice. Renata Scalzi (58) sarà dal 1° maggio la nuova direttrice generale della "
            "Banca Popolare di Valtorta.",
            ("appointed", "Renata Scalzi", "Banca Popolare di Valtorta"),
        ),
    ],
)
def test_an_age_in_parentheses_does_not_cut_the_subject_off_its_verb(
    lang: str, text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in {f[:3] for f in article_facts(lang, text)}


def test_a_takeover_story_follows_the_target_its_kind_word_names() -> None:
    text = (
        "Grupo Andes toma el control de Naviera Cabo Lumbre. Grupo Andes pagó 90 millones por Naviera "
        "Cabo Lumbre. Grupo Andes opera en Lima. Grupo Andes cotiza en bolsa. La naviera tiene 20 "
        "barcos. La naviera cumple 80 años. La compañía despidió además a su gerenta, Ana Ruiz Soto."
    )
    got = {f[:3] for f in article_facts("es", text) if f[0] == "dismissed"}
    assert got == {("dismissed", "Ana Ruiz Soto", "Naviera Cabo Lumbre")}


HOLDINGS = [
    (
        "en",
        "Valcor Inc, which owns approximately 51 pct of Brenmoor Industries, said it was pleased.",
        "Valcor",
    ),
    ("en", "Brenmoor, 83 pct owned by Valcor Mining Corp, said it agreed to the offer.", "Valcor Mining"),
    ("de", "Eltrava Airways ist zu etwa 29 Prozent an der Norwind AG beteiligt.", "Eltrava Airways"),
    ("it", "La Valdor Spa detiene il 30% della Brenta Energia.", "Valdor"),
    ("it", "La Brenta Energia è controllata al 60% da Valdor Spa.", "Valdor"),
    ("fr", "Valdor SA détient 30 % du capital de Brenta Énergie.", "Valdor"),
    ("es", "Valdor SA posee el 30 % de Brenta Energía.", "Valdor"),
    ("pt", "A Valdor Energia detém 30% da Brenta Renováveis.", "Valdor Energia"),
    ("nl", "Valdor bezit 30 procent van Brenta Energie.", "Valdor"),
]


@pytest.mark.parametrize(("lang", "text", "owner"), HOLDINGS, ids=[c[1][:40] for c in HOLDINGS])
def test_a_stake_held_by_an_organization_is_its_investment(lang: str, text: str, owner: str) -> None:
    got = {(f[0], f[1]) for f in facts(lang, text)}
    assert ("invests", owner) in got, got


def test_a_founders_own_shares_are_no_investment() -> None:
    text = "Ann Roe, the founder, still owns about 60% of Brenmoor Inns."
    assert not {f for f in facts("en", text) if f[0] == "invests"}


def test_a_passive_agent_right_after_an_investment_verb_is_the_investor() -> None:
    got = facts("en", "Lumio Labs, backed by Sequoia Capital, raised more money.")
    assert ("invests", "Sequoia Capital", "Lumio Labs", "happened") in got, got


@pytest.mark.parametrize(
    ("lang", "text", "seller", "buyer"),
    [
        (
            "en",
            "Kelby Rovers sold striker Ian Cole to Denby County for 4 million pounds.",
            "Kelby Rovers",
            "Denby County",
        ),
        (
            "de",
            "Zuvor hatte der FC Altdorf Jonas Reuter an Borussia Neustadt verkauft.",
            "FC Altdorf",
            "Borussia Neustadt",
        ),
        (
            "es",
            "El Club Atlético Sauce vendió a Pablo Ríos al Deportivo Arenal.",
            "Club Atlético Sauce",
            "Deportivo Arenal",
        ),
    ],
)
def test_a_player_sold_leaves_the_seller_and_joins_the_buyer(
    lang: str, text: str, seller: str, buyer: str
) -> None:
    got = {(f[0], f[2]) for f in facts(lang, text)}
    assert {("leaves", seller), ("joins", buyer)} <= got and not any(f[0] == "acquires" for f in got), got


def test_each_buyer_listed_before_the_verb_acquires() -> None:
    got = facts("en", "Arvex Corp, Brenmoor Inc and Valcor Ltd agreed to buy Pellgen Inc for 40 mln dlrs.")
    assert {f[1] for f in got if f[0] == "acquires" and f[2] == "Pellgen"} == {
        "Arvex",
        "Brenmoor",
        "Valcor",
    }, got


@pytest.mark.parametrize(
    ("lang", "text", "owners"),
    [
        (
            "en",
            "Other Pellgen shareholders include Staley Foods Inc, Corning Glass Works and Vantix Inc.",
            {"Staley Foods", "Corning Glass Works", "Vantix"},
        ),
        ("de", "Zu den weiteren Gesellschaftern der Lumora GmbH gehört die Valdor AG.", {"Valdor"}),
        (
            "fr",
            "Parmi les actionnaires de Rivage SA figurent Valdor SA et Brenta Capital.",
            {"Valdor", "Brenta Capital"},
        ),
        (
            "es",
            "Entre los accionistas de Rivage SA figuran Valdor SA y Brenta Capital.",
            {"Valdor", "Brenta Capital"},
        ),
        (
            "it",
            "Tra gli azionisti della Rivage Spa figurano Valdor Spa e Brenta Capital.",
            {"Valdor", "Brenta Capital"},
        ),
    ],
)
def test_the_shareholders_listed_invest_in_the_company_named(lang: str, text: str, owners: set[str]) -> None:
    got = facts(lang, text)
    assert {f[1] for f in got if f[0] == "invests"} == owners, got


@pytest.mark.parametrize(
    ("lang", "text", "left", "successor"),
    [
        (
            "en",
            "Jan Moss was replaced as chief executive of Orbis Corp by Lena Brandt.",
            "Jan Moss",
            "Lena Brandt",
        ),
        ("fr", "Chez Orbis SA, Jean Morel est remplacé par Léa Brun.", "Jean Morel", "Léa Brun"),
        ("it", "Alla Orbis Spa, Marco Neri è stato sostituito da Luca Bassi.", "Marco Neri", "Luca Bassi"),
    ],
)
def test_the_one_a_departure_is_replaced_by_is_appointed(
    lang: str, text: str, left: str, successor: str
) -> None:
    got = {(f[0], f[1]) for f in facts(lang, text)}
    assert {("leaves", left), ("appointed", successor)} <= got and ("leaves", successor) not in got, got


def test_an_appointment_goes_to_no_organization_of_a_former_title() -> None:
    text = "Orbis Corp said Ernest Dale, former group vice president of Acme, has been named president."
    assert ("appointed", "Ernest Dale", "Acme", "happened") not in facts("en", text)


def test_a_stake_sold_is_the_buyer_s_investment() -> None:
    got = {f[:3] for f in facts("en", "Orbis Corp sold its 20 pct stake in Acme Inc to Valcor Ltd.")}
    assert ("invests", "Valcor", "Acme") in got and ("invests", "Orbis", "Acme") not in got, got


def test_a_name_in_the_apposition_of_what_is_sold_is_no_player() -> None:
    got = facts("en", "Orbis Corp sold its unit, run by Jan Roe, to Valcor Ltd.")
    assert not {f for f in got if f[1] == "Jan Roe" and f[0] in ("joins", "leaves")}, got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Korwin baut um. Der Spielzeughersteller Korwin aus Kiel streicht 200 Stellen. Seit der "
            "schwedische Spielzeughersteller Larbo das Unternehmen 2019 übernahm, sinkt der Umsatz. "
            "Korwin wurde 1920 gegründet.",
        ),
        (
            "de",
            "Korwin baut um. Der Spielzeughersteller Korwin aus Kiel streicht 200 Stellen. Larbo hatte "
            "das Unternehmen 2019 übernommen. Korwin wurde 1920 gegründet.",
        ),
        (
            "en",
            "Korwin cuts jobs. The toymaker Korwin of Kiel will cut 200 jobs. Larbo Inc acquired the "
            "company in 2019. Korwin was founded in 1920.",
        ),
    ],
)
def test_the_article_s_company_named_as_the_one_bought_is_acquired(lang: str, text: str) -> None:
    got = {f[:3] for f in facts(lang, text) if f[0] == "acquires"}
    assert got == {("acquires", "Larbo", "Korwin")}, got


def test_a_kind_noun_before_a_name_describes_it_and_is_no_anaphor() -> None:
    text = (
        "Le club Olympique de Varenne a perdu. L'Olympique de Varenne joue bien. Racheté l'an dernier "
        "par le fonds Norvik Capital, le club ambitionne de retrouver l'élite. L'Olympique de Varenne gagne."
    )
    got = {f[:3] for f in facts("fr", text) if f[0] == "acquires"}
    assert ("acquires", "Olympique de Varenne", "Norvik Capital") not in got, got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Der Torwart Jan Brandt verlässt den FC Valdorf."),
        ("it", "Il centrocampista Marco Neri lascia il Valdora Calcio."),
        ("fr", "L'attaquant Jean Morel quitte le FC Valdor."),
        ("es", "El delantero Pablo Ruiz deja el Valdor CF."),
        ("pt", "O goleiro Paulo Reis deixa o Valdor FC."),
        ("nl", "De middenvelder Jan de Vries verlaat FC Valdor."),
    ],
)
def test_a_player_s_position_is_the_role_player(lang: str, text: str) -> None:
    got = [c for c in claims(lang, text) if c.type == "leaves"]
    assert [c.role for c in got] == ["player"], got


@pytest.mark.parametrize(
    "text",
    [
        "Die Lumora AG übernimmt den Kranbauer Valdor.",
        "Die Lumora AG gab den Abschluss des Mergers mit der Valdor AG bekannt.",
        "Die Lumora AG hat den Kartendienst Valdor von der Brenta AG gekauft.",
    ],
)
def test_german_acquisitions_of_a_described_company(text: str) -> None:
    got = {f[:3] for f in facts("de", text) if f[0] == "acquires"}
    assert got == {("acquires", "Lumora", "Valdor")}, got


def test_an_appointment_goes_to_no_organization_of_a_title_held_formerly() -> None:
    text = "Orbis Corp said Ernest Dale, formerly group vice president of Acme, has been named president."
    assert ("appointed", "Ernest Dale", "Acme", "happened") not in facts("en", text)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Le club Olympique de Valmont a limogé l'entraîneur Luc Brun. L'Olympique de Valmont est "
            "dernier. Arrivé à l'été 2023 en provenance du FC Annecy, le technicien de 51 ans "
            "n'a jamais réussi.",
            {
                ("leaves", "Luc Brun", "FC Annecy", "happened"),
                ("joins", "Luc Brun", "Olympique de Valmont", "happened"),
            },
        ),
        (
            "fr",
            "La Banque Sorel a limogé Luc Brun. La Banque Sorel recrute. Arrivé en 2021 de la Caisse "
            "Morvan, où il dirigeait la banque de détail pour la Bretagne, Luc Brun avait lancé un plan.",
            {
                ("leaves", "Luc Brun", "Caisse Morvan", "happened"),
                ("joins", "Luc Brun", "Banque Sorel", "happened"),
            },
        ),
        (
            "it",
            "La Polisportiva Olbia ha esonerato l'allenatore Marco Pini. La Polisportiva Olbia è ultima e "
            "la Polisportiva Olbia cerca un nome. Arrivato due anni fa dall'Atletico Nurra, il tecnico "
            "paga i risultati.",
            {
                ("leaves", "Marco Pini", "Atletico Nurra", "happened"),
                ("joins", "Marco Pini", "Polisportiva Olbia", "happened"),
            },
        ),
        (
            "es",
            "El Deportivo Olmo despidió al entrenador Marco Pini. El Deportivo Olmo es último. Llegado hace "
            "dos años desde el Atlético Nurra, el técnico no logró resultados.",
            {
                ("leaves", "Marco Pini", "Atlético Nurra", "happened"),
                ("joins", "Marco Pini", "Deportivo Olmo", "happened"),
            },
        ),
        (
            "en",
            "Corvala Inc fired chief executive Dana Roe on Monday. Corvala said the board would meet. Hired "
            "from Brightwell in 2019, Roe cut costs at the company.",
            {("leaves", "Dana Roe", "Brightwell", "happened"), ("joins", "Dana Roe", "Corvala", "happened")},
        ),
    ],
)
def test_an_opening_participle_of_arrival_is_the_main_subject_s_move(
    lang: str, text: str, expected: set[Fact]
) -> None:
    """'Arrivé en 2021 de X, le dirigeant ...': the one the main clause is about came from X to the
    article's organization; a destination only of the relative clause after X is none."""
    got = facts(lang, text)
    assert expected <= got, got
    assert not any(f[2] == "Bretagne" for f in got)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Dana Roe is chief executive of Corvala. She was fired on Monday.",
            ("dismissed", "Dana Roe", "Corvala"),
        ),
        (
            "nl",
            "Wim Baert is directeur van Hortima. Hij werd vorige week door de raad van bestuur aan de "
            "deur gezet.",
            ("dismissed", "Wim Baert", "Hortima"),
        ),
        (
            "de",
            "Jan Roe verlässt die Halvor Bank und wechselt zur Talmon AG. Dort wird er zum Finanzchef "
            "ernannt.",
            ("appointed", "Jan Roe", "Talmon"),
        ),
        (
            "fr",
            "Claire Vidal a quitté Radio Morvan vendredi pour la chaîne privée Canal Brume. Elle y prendra "
            "la direction des contenus le 1er juin.",
            ("appointed", "Claire Vidal", "Canal Brume"),
        ),
    ],
)
def test_a_sentence_that_names_no_one_tells_of_the_one_its_pronoun_stands_for(
    lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    """A sentence with only a pronoun for its subject still states an event; an adverb of place
    ('y', 'dort') stands for the organization the sentence before named last."""
    assert expected in {f[:3] for f in facts(lang, text)}


def test_a_pronoun_late_in_a_sentence_is_no_subject_of_its_own() -> None:
    text = (
        "Jan Roe ist Chef der Halvor Bank. Die Stimmung war schlecht und die Leute erfuhren, dass sie "
        "entlassen wurden."
    )
    assert not any(f[0] == "dismissed" for f in facts("de", text))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Die Kerschbaum AG baut um. Die Kerschbaum AG wächst. Neuer Technikvorstand wird zum 1. Januar "
            "Farid Haddadi, der bislang bei Sapron die Entwicklung leitet.",
            ("appointed", "Farid Haddadi", "Kerschbaum"),
        ),
        (
            "fr",
            "La Banque Sorel change. Nouveau directeur général de la Banque Sorel sera à partir du 1er "
            "juillet Luc Brun.",
            ("appointed", "Luc Brun", "Banque Sorel"),
        ),
        (
            "es",
            "Banco Olmo cambia. Nuevo consejero delegado de Banco Olmo será a partir de julio Ana Ruiz.",
            ("appointed", "Ana Ruiz", "Banco Olmo"),
        ),
        (
            "it",
            "La Vetri Sardi Spa cambia. La Vetri Sardi cresce. Nuovo amministratore delegato sarà dal "
            "primo luglio Marco Pini.",
            ("appointed", "Marco Pini", "Vetri Sardi"),
        ),
        (
            "pt",
            "O Banco Pirai muda. O Banco Pirai cresce. Novo presidente será a partir de julho Rita Sales.",
            ("appointed", "Rita Sales", "Banco Pirai"),
        ),
        (
            "nl",
            "Hortima Bank BV verandert. Hortima groeit. Nieuwe directeur wordt per 1 juli Wim Baert.",
            ("appointed", "Wim Baert", "Hortima Bank"),
        ),
    ],
)
def test_a_title_that_opens_a_sentence_goes_to_the_name_after_its_verb(
    lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in {f[:3] for f in facts(lang, text)}


def test_the_one_come_back_from_is_left_not_returned_to() -> None:
    text = (
        "Corvala Inc hired Nikhil Rao as head of research. Corvala is growing fast. Rao rejoins from "
        "Swiss drugmaker Bernholz, where he was head of clinical development."
    )
    got = {f[:3] for f in facts("en", text)}
    assert {("returns", "Nikhil Rao", "Corvala"), ("leaves", "Nikhil Rao", "Bernholz")} <= got
    assert ("returns", "Nikhil Rao", "Bernholz") not in got
    # ... but the owner of the title one comes back as is returned to
    got = {
        f[:3]
        for f in facts("en", "Dr Helen Roe has returned as chief medical officer of Harbourside Health.")
    }
    assert ("returns", "Helen Roe", "Harbourside Health") in got


def test_a_departure_told_by_the_person_s_own_organization_leaves_it() -> None:
    text = (
        "Norland Bulk Inc named Erik Dahl chief executive. Norland Bulk is growing. Karin Solheim, chief "
        "executive of Tanjong Carriers, will join Norland Bulk's board. Tanjong said in a separate "
        "statement that Solheim would leave at the end of July."
    )
    got = {f[:3] for f in facts("en", text)}
    assert ("leaves", "Karin Solheim", "Tanjong Carriers") in got
    assert ("leaves", "Karin Solheim", "Norland Bulk") not in got


def test_joining_an_organization_s_board_joins_it_with_a_seat() -> None:
    got = {f[:3] for f in facts("en", "Karin Solheim will join Corrigan's board after the deal.")}
    assert {("joins", "Karin Solheim", "Corrigan"), ("appointed", "Karin Solheim", "Corrigan")} <= got
    # ... but another possessive before a name is no board's owner
    got = {f[:3] for f in facts("en", "Tom Roe joined Acme's rival Bolt.")}
    assert ("joins", "Tom Roe", "Bolt") in got and not any(f[2] == "Acme" for f in got)


@pytest.mark.parametrize(
    ("lang", "text", "founder", "firm"),
    [
        ("fr", "Luc Brun a quitté la banque pour lancer sa propre société, Finlor.", "Luc Brun", "Finlor"),
        ("es", "Ana Ruiz dejó el banco para lanzar su propia empresa, Finlora.", "Ana Ruiz", "Finlora"),
        (
            "pt",
            "Ana Ruiz deixou o banco para lançar a sua própria empresa, a Finlora.",
            "Ana Ruiz",
            "Finlora",
        ),
        (
            "it",
            "Ada Neri ha lasciato la banca per lanciare la propria società, Finlora.",
            "Ada Neri",
            "Finlora",
        ),
        ("en", "Dana Roe left the bank to launch her own firm, Ledgerline.", "Dana Roe", "Ledgerline"),
    ],
)
def test_launching_one_s_own_company_founds_it_and_is_not_the_one_left(
    lang: str, text: str, founder: str, firm: str
) -> None:
    got = {f[:3] for f in facts(lang, text)}
    assert ("founds", founder, firm) in got
    assert ("leaves", founder, firm) not in got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "A Corvina Analytics levanta 5 milhões. A Corvina Analytics fechou uma ronda. A ronda chega "
            "depois da saída de Rui Abrunho, que deixou a empresa em janeiro e fundou entretanto a "
            "sua própria startup, a Lontra Digital, dedicada à logística.",
        ),
        (
            "pt",
            "A Corvina Analytics levanta 5 milhões. A Corvina Analytics fechou uma ronda. Rui Abrunho "
            "deixou a empresa em janeiro e fundou entretanto a Lontra Digital.",
        ),
    ],
)
def test_a_company_founded_after_leaving_the_article_s_is_the_one_named_after_the_verb(
    lang: str, text: str
) -> None:
    got = {f[:3] for f in facts(lang, text)}
    assert {
        ("leaves", "Rui Abrunho", "Corvina Analytics"),
        ("founds", "Rui Abrunho", "Lontra Digital"),
    } <= got
    assert ("founds", "Rui Abrunho", "Corvina Analytics") not in got


def test_a_described_name_that_opens_a_list_of_subjects_is_one_of_them() -> None:
    text = (
        "Lumbre Games S.L. pierde talento. Lumbre Games crece. Tres de sus veteranos, la directora "
        "artística Nuria Albiol, el guionista Rodrigo Peñalver y la productora Carmen Lozada, se "
        "marcharon en octubre a Ferrofluido."
    )
    got = {f[:3] for f in facts("es", text)}
    for name in ("Nuria Albiol", "Rodrigo Peñalver", "Carmen Lozada"):
        assert {("leaves", name, "Lumbre Games"), ("joins", name, "Ferrofluido")} <= got


@pytest.mark.parametrize(
    ("lang", "text", "left"),
    [
        (
            "en",
            "Corvala Inc hired Dana Roe, who currently runs sales at Brightwell, as its new chief executive.",
            "Brightwell",
        ),
        (
            "de",
            "Die Kerschbaum AG baut um. Die Kerschbaum AG wächst. Neuer Technikvorstand wird zum 1. Januar "
            "Farid Haddadi, der bislang bei Sapron die Entwicklung von Software leitet.",
            "Sapron",
        ),
    ],
)
def test_one_who_joins_leaves_the_organization_a_relative_clause_says_they_are_at(
    lang: str, text: str, left: str
) -> None:
    assert left in {f[2] for f in facts(lang, text) if f[0] == "leaves"}


@pytest.mark.parametrize(
    ("lang", "text", "left"),
    [
        (
            "it",
            "Fabbri Meccanica S.p.A. ha nominato Marco Bellini direttore generale. Bellini prende il "
            "posto di Sara Conti, che va in pensione a fine mese. Fabbri Meccanica S.p.A. cresce.",
            "Sara Conti",
        ),
        (
            "es",
            "Valmer S.A. ha nombrado a Ana Ruiz consejera delegada. Ana Ruiz sustituye a Juan Mora, "
            "que se jubila a final de mes. Valmer S.A. crece.",
            "Juan Mora",
        ),
        (
            "de",
            "Die Oberfeld AG hat Anna Roth zur Vorstandschefin bestellt. Sie folgt auf Peter Hahn "
            "(64), der sich Ende Dezember in den Ruhestand verabschiedet. Die Oberfeld AG wächst.",
            "Peter Hahn",
        ),
    ],
)
def test_the_one_succeeded_who_retires_in_a_relative_clause_leaves(lang: str, text: str, left: str) -> None:
    """A date of this month after the verb is no common-noun goal; an age sits between a name and
    its relative clause."""
    got = {f[:3] for f in article_facts(lang, text)}
    assert any(f[0] == "leaves" and f[1] == left for f in got), got


@pytest.mark.parametrize(
    ("lang", "text", "left"),
    [
        ("es", "Ana Gil pone fin a su etapa en el Banco Meseta.", "Banco Meseta"),
        ("it", "Carla Neri chiude la sua esperienza presso la Fabbri SpA.", "Fabbri"),
    ],
)
def test_a_departure_from_where_one_works_named_after_a_preposition_of_place(
    lang: str, text: str, left: str
) -> None:
    """'en', 'presso' are target prepositions too, yet where no other organization is named the one
    after them is the one left."""
    assert ("leaves", left) in {(f[0], f[2]) for f in facts(lang, text)}


@pytest.mark.parametrize(
    ("lang", "text", "who", "left"),
    [
        (
            "it",
            "Banca Orsini SpA ha nominato Paolo Neri direttore generale. Il banchiere lascerà a fine "
            "aprile la Cassa Rurale Val Fredda.",
            "Paolo Neri",
            "Cassa Rurale Val Fredda",
        ),
        (
            "fr",
            "Le groupe Valmer SA a nommé Claire Roux. La banquière quittera en mars la Banque Lorrain.",
            "Claire Roux",
            "Banque Lorrain",
        ),
        (
            "es",
            "El Grupo Valmer SA ha fichado a Ana Gil. La arquitecta dejará en marzo el Estudio Norte.",
            "Ana Gil",
            "Estudio Norte",
        ),
        (
            "en",
            "Harbor Mills Inc named Anna Roth chief executive. The banker will leave Corven Bank in March.",
            "Anna Roth",
            "Corven Bank",
        ),
        (
            "de",
            "Die Oberfeld AG hat Anna Roth zur Chefin bestellt. Die Bankerin verlässt im März die "
            "Kelvo Bank.",
            "Anna Roth",
            "Kelvo Bank",
        ),
    ],
)
def test_a_profession_with_an_article_is_the_person_named_before(
    lang: str, text: str, who: str, left: str
) -> None:
    assert ("leaves", who, left) in {f[:3] for f in article_facts(lang, text)}


@pytest.mark.parametrize(
    ("lang", "text", "who", "joined"),
    [
        (
            "de",
            "Bei der Kessler AG wird Julia Roth im Frühjahr Geschäftsführerin. Sie verlässt dafür Ende "
            "März die Gießerei Brandt GmbH.",
            "Julia Roth",
            "Kessler",
        ),
        (
            "en",
            "Fiona Reid will become chief executive of Skerry Air Ltd on 1 July. Reid leaves Corven Bank "
            "Plc at the end of June.",
            "Fiona Reid",
            "Skerry Air",
        ),
        (
            "es",
            "Ana Gil (56 años) será la nueva directora general de Valmer SA. Gil dejará en octubre el "
            "Banco Meseta.",
            "Ana Gil",
            "Valmer",
        ),
    ],
)
def test_one_appointed_who_leaves_another_organization_in_the_article_joins(
    lang: str, text: str, who: str, joined: str
) -> None:
    """The departure may stand in another sentence than the appointment; an age with its unit in
    parentheses ('(56 años)') cuts no clause."""
    assert ("joins", who, joined) in {f[:3] for f in article_facts(lang, text)}


def test_one_appointed_where_they_come_back_does_not_join_it() -> None:
    text = (
        "Valmer SA cambia. Luis Mora, que fue director general de Valmer SA entre 2014 y 2018, volverá "
        "al club el 1 de abril como nuevo director deportivo. Mora dejará a finales de este mes "
        "Datagol SL. Valmer SA crece."
    )
    got = {f[:3] for f in article_facts("es", text)}
    assert {("returns", "Luis Mora", "Valmer"), ("appointed", "Luis Mora", "Valmer")} <= got
    assert ("joins", "Luis Mora", "Valmer") not in got


@pytest.mark.parametrize(
    ("lang", "text", "role"),
    [
        (
            "fr",
            "Marc Brun, jusqu'ici directeur marketing de Velorim, devient directeur de la stratégie.",
            "head of strategy",
        ),
        (
            "it",
            "Marco Pini, finora responsabile del marketing della Vetri Sardi, è stato nominato "
            "direttore commerciale.",
            "commercial director",
        ),
        (
            "es",
            "Ana Ruiz, hasta ahora directora de marketing de Banco Olmo, ha sido nombrada "
            "directora comercial.",
            "head of sales",
        ),
        (
            "en",
            "Jane Roe, currently head of marketing at Halvor Bank, was named head of sales.",
            "head of sales",
        ),
        (
            "pt",
            "Rita Sales, até agora diretora de marketing do Banco Pirai, foi nomeada diretora comercial.",
            "commercial director",
        ),
        (
            "nl",
            "Wim Baert, tot nu toe marketingdirecteur van Hortima Bank, wordt commercieel directeur.",
            "commercial director",
        ),
    ],
)
def test_one_named_to_a_new_title_beside_the_one_held_until_now_is_reassigned(
    lang: str, text: str, role: str
) -> None:
    """FACTS.md's 'moved to another role inside the organization': the title the sentence says
    the person holds until now ('jusqu'ici', 'finora') is at the same organization."""
    got = [c for c in claims(lang, text) if c.type in ("appointed", "reassigned")]
    assert [(c.type, c.role) for c in got] == [("reassigned", role)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            "Giulia Sarti, sorella del socio e presidente uscente della Vetri Sardi, diventerà "
            "vicepresidente.",
        ),
        ("fr", "Anne Roy, présidente sortante de Velorim, devient vice-présidente."),
        ("pt", "Ana Reis, presidente cessante do Banco Pirai, passa a vice-presidente."),
        ("en", "Ann Hale, the outgoing chairman of Halvor Bank, becomes vice-chairman."),
    ],
)
def test_an_outgoing_holder_named_to_another_title_is_reassigned(lang: str, text: str) -> None:
    """'presidente uscente', 'outgoing chairman': the title is held until now, before or after
    the cue; a description coordinated before it ('sorella del socio e') keeps the apposition."""
    assert [c.type for c in claims(lang, text) if c.type in ("appointed", "reassigned")] == ["reassigned"]


def test_one_inside_who_takes_the_lead_is_appointed_still() -> None:
    text = "Marc Brun, jusqu'ici directeur marketing de Velorim, devient directeur général."
    assert ("appointed", "Marc Brun", "Velorim") in {f[:3] for f in facts("fr", text)}
    assert not any(f[0] == "reassigned" for f in facts("fr", text))


def test_the_name_an_article_keeps_naming_is_its_organization_whatever_its_headline_opens_with() -> None:
    """A headline that opens on a common noun ('Remaniement') names no organization first; the name
    named three times, clearly more than any other, in an article that says 'l'entreprise', is
    the one a sentence without an organization is about."""
    text = (
        "Lyon, le 3 mars 2024 — Remaniement chez Velorim. Le fabricant lyonnais de vélos perd sa "
        "directrice générale Anne Roy.\n\nVelorim réorganise donc son équipe. Marc Brun, jusqu'ici "
        "directeur marketing, devient directeur de la stratégie.\n\nVelorim recrute aussi chez Dalvio, "
        "son concurrent. L'entreprise compte 200 salariés."
    )
    assert ("reassigned", "Marc Brun", "Velorim") in {f[:3] for f in facts("fr", text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Halvor Bank AG wächst. Die Halvor Bank AG baut um. Jan Roth wechselt zum 1. Juli "
            "zur Nordwind AG.",
            {
                ("leaves", "Jan Roth", "Halvor Bank", "happened"),
                ("joins", "Jan Roth", "Nordwind", "happened"),
            },
        ),
        (
            "Die Halvor Bank AG wächst. Die Halvor Bank AG baut um. Jan Roth wechselt zum 1. Juli "
            "zur Halvor Bank.",
            {("joins", "Jan Roth", "Halvor Bank", "happened")},
        ),
    ],
)
def test_one_who_moves_to_another_organization_leaves_the_articles(text: str, expected: set[Fact]) -> None:
    """A move ('wechselt') with only a destination named leaves where the person is: the
    article's organization, where the sentence names no other."""
    assert facts("de", text) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Lumio Inc, a unit of Velorim Corp, said profits rose."),
        ("en", "Lumio Inc, a Velorim Corp subsidiary, said profits rose."),
        ("en", "Velorim Corp and its Lumio Inc subsidiary reported higher sales."),
        ("en", "Velorim Corp's Danish subsidiary Lumio Inc said profits rose."),
        ("de", "Die Lumio GmbH, eine Tochter der Velorim AG, streicht Stellen."),
        ("it", "La Lumio Srl, controllata dalla Velorim Spa, cresce."),
        ("fr", "Lumio SA, filiale du groupe Velorim, grandit."),
        ("es", "Lumio SL, filial del grupo Velorim, crece."),
        ("pt", "A Lumio SA, subsidiária da Velorim SA, cresce."),
        ("nl", "Lumio BV, een dochter van Velorim NV, groeit."),
    ],
)
def test_a_parent_holds_its_subsidiary(lang: str, text: str) -> None:
    """'X, a unit of Y', 'Y's subsidiary X': FACTS.md's investment of the parent in the child."""
    got = {(f[1], f[2]) for f in facts(lang, text) if f[0] == "invests"}
    assert got == {("Velorim", "Lumio")} or got == {("Velorim Corp", "Lumio")}, got


def test_a_company_named_with_a_unit_is_no_subsidiary_of_it() -> None:
    assert not any(f[0] == "invests" for f in facts("en", "Lumio Inc and Velorim Corp signed a supply deal."))


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        (
            "fr",
            "Jean Morel rejoint Velorim SA, où il prendra la direction des ventes.",
            "Jean Morel",
        ),
        (
            "es",
            "Ana Ruiz deja Banco Olmo. Ana Ruiz se incorporará en abril a Velorim SA, donde asumirá la "
            "dirección general.",
            "Ana Ruiz",
        ),
        (
            "it",
            "Marco Pini lascia la Vetri Sardi. Marco Pini entrerà ad aprile nella Velorim Spa, dove assumerà "
            "la direzione generale.",
            "Marco Pini",
        ),
        (
            "pt",
            "Ana Costa muda-se para a Velorim SA, onde assumirá a direção comercial.",
            "Ana Costa",
        ),
    ],
)
def test_an_appointment_in_a_clause_of_place_is_at_the_organization_before_it(
    lang: str, text: str, person: str
) -> None:
    """'rejoindra X, où il prendra la direction', 'se incorporará a X, donde asumirá ...': the
    relative adverb of place refers to the organization named right before it, and where the
    language drops the pronoun the clause's subject is the main clause's."""
    assert ("appointed", person, "Velorim") in {f[:3] for f in facts(lang, text)}


def test_an_opening_participle_of_founding_is_about_the_name_after_its_clause_and_article() -> None:
    """'Fundada em 1990 pela engenheira X, agora reformada, a Velorim exporta ...': the
    one founded opens the main clause, its article before it."""
    text = (
        "A Velorim SA cresce. Fundada em 1990 pela engenheira Rita Sales, agora reformada, a Velorim "
        "exporta para dez países."
    )
    assert ("founds", "Rita Sales", "Velorim") in {f[:3] for f in facts("pt", text)}


@pytest.mark.parametrize(
    ("lang", "text", "org"),
    [
        (
            "de",
            "Jan Roth verlässt die Velorim AG. Im Herbst übernimmt er den Vorsitz des Vorstands bei "
            "der großen Bremer Reederei Lumira Technik.",
            "Lumira Technik",
        ),
        (
            "nl",
            "Els Bos vertrekt bij Hortima Bank. Per 1 mei wordt ze directeur van zorggroep Velderhof.",
            "Velderhof",
        ),
    ],
)
def test_a_pronoun_after_the_verb_is_its_subject(lang: str, text: str, org: str) -> None:
    """Where a fronted adverbial puts the verb second, the pronoun subject follows it; the title
    right after the verb gives the organization however long the title's words, and is the
    appointment's, not a title held."""
    got = claims(lang, text)
    person = got[0].subject
    assert ("appointed", person, org) in {(c.type, c.subject, c.object) for c in got}
    assert not any(c.type == "holds_role" and c.object == org for c in got)


@pytest.mark.parametrize(
    ("lang", "text", "school"),
    [
        (
            "fr",
            "Velorim : Anne Roy nommée directrice générale\n\nLa société Velorim a nommé lundi Anne Roy "
            "directrice générale. Diplômée de l'Université de Lyon, elle remplace Paul Martin.",
            "Université de Lyon",
        ),
        (
            "en",
            "Velorim names Anne Roy chief executive\n\nVelorim Inc on Monday named Anne Roy chief executive. "
            "A graduate of Harlan University, she succeeds Paul Martin, who retires.",
            "Harlan University",
        ),
    ],
)
def test_the_school_a_person_studied_at_is_no_party_to_the_event(lang: str, text: str, school: str) -> None:
    """'Diplômée de l'X', 'a graduate of X': education, not the appointment's organization."""
    got = claims(lang, text)
    assert not any(c.object == school for c in got)
    assert ("appointed", "Anne Roy", "Velorim") in {(c.type, c.subject, c.object) for c in got}


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            "Velorim Robotics has recalled Tom Hale. Hale, 71, who founded Velorim with two friends, "
            "spoke on Monday.",
            ("founds", "Tom Hale", "Velorim Robotics"),
        ),
        (
            "en",
            "Ann Roe left Velorim Robotics. Chairman Jan Moss, who had hired Roe from a rival, "
            "will leave Velorim Robotics in January.",
            ("leaves", "Jan Moss", "Velorim Robotics"),
        ),
    ],
)
def test_the_subject_stands_before_a_relative_clause_and_its_age(
    lang: str, text: str, fact: tuple[str, str, str]
) -> None:
    """'Hale, 71, who founded ...': an age set off by commas; 'X, who had hired Y ..., will
    leave': the main clause goes on after the relative clause, whose names are not its subject."""
    assert fact in {(c.type, c.subject, c.object) for c in claims(lang, text)}


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "de",
            "Die Varnholt AG trennt sich von Jan Roth. Der Manager will nun Klage gegen Varnholt erheben.",
            ("sues", "Jan Roth", "Varnholt"),
        ),
        (
            "de",
            "Die Brandl AG hat Jan Roth abberufen. Sein Anwalt reichte am Montag Klage gegen Brandl ein.",
            ("sues", "Jan Roth", "Brandl"),
        ),
        (
            "en",
            "Velorim fired its chief executive, Tom Hale. His lawyer said he would file a lawsuit "
            "against Velorim.",
            ("sues", "Tom Hale", "Velorim"),
        ),
    ],
)
def test_a_description_a_pronoun_or_ones_lawyer_sues_for_the_person_the_text_is_about(
    lang: str, text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in {(c.type, c.subject, c.object) for c in claims(lang, text)}


def test_a_subjectless_when_clause_is_the_main_clause_subject_s_and_one_come_from_is_no_one_joined() -> None:
    text = (
        "La Clínica Santa Lucía cambia de director. Rui Prado había sido nombrado director en 2020, cuando "
        "llegó a la {} desde la farmacéutica Laborsur. La Clínica Santa Lucía tiene 80 camas."
    )
    got = facts("es", text.format("clínica"))
    assert {
        ("joins", "Rui Prado", "Clínica Santa Lucía", "happened"),
        ("leaves", "Rui Prado", "Laborsur", "happened"),
    } <= got
    # 'a la ciudad' names no organization: still, the one come from is not the one joined
    assert ("joins", "Rui Prado", "Laborsur", "happened") not in facts("es", text.format("ciudad"))


@pytest.mark.parametrize(
    ("lang", "text", "founders", "org"),
    [
        (
            "de",
            "Nina Stahl, Paul Brenner und Olaf Wiese verließen 2023 die Kranich Software GmbH. Das Trio "
            "gründete danach in Kassel die Firma Wiesel Apps.",
            ["Nina Stahl", "Paul Brenner", "Olaf Wiese"],
            "Wiesel Apps",
        ),
        (
            "en",
            "Ann Lee and Tom Roe left Brix Labs in May. The two founded Pell Robotics in June.",
            ["Ann Lee", "Tom Roe"],
            "Pell Robotics",
        ),
        (
            "it",
            "Marta Neri e Luca Bassi hanno lasciato la Banca Orsa a maggio. I due hanno fondato la Lince "
            "Robotica a giugno.",
            ["Marta Neri", "Luca Bassi"],
            "Lince Robotica",
        ),
    ],
)
def test_the_trio_or_the_two_are_the_persons_last_named_together(
    lang: str, text: str, founders: list[str], org: str
) -> None:
    got = facts(lang, text)
    assert {("founds", p, org, "happened") for p in founders} <= got
    # ... by their number: 'the three' after two names stands for no one
    if lang == "en":
        three = facts(lang, text.replace("The two", "The three"))
        assert not {f for f in three if f[0] == "founds"}


def test_the_museum_is_the_article_s_museum_when_another_was_named_too() -> None:
    text = (
        "Ridgeway Museum names a director. Ridgeway Museum said Ann Lee will lead it. She was a curator at "
        "the Alder Museum. The museum, founded in 1902 by the mill owner Silas Penn, plans a new wing. "
        "Ridgeway Museum has 40 staff."
    )
    assert ("founds", "Silas Penn", "Ridgeway Museum", "happened") in facts("en", text)


@pytest.mark.parametrize(
    ("lang", "text", "person", "club", "other"),
    [
        (
            "pt",
            "O Clube Sapucaia perdeu. O Clube Sapucaia caiu. Evandro Farias pediu demissão ao Esporte "
            "Serrano ainda no vestiário.",
            "Evandro Farias",
            "Esporte Serrano",
            "Clube Sapucaia",
        ),
        (
            "es",
            "El Club Sapucaia perdió. El Club Sapucaia cayó. Evandro Farias presentó su dimisión al "
            "Deportivo Serrano tras el partido.",
            "Evandro Farias",
            "Deportivo Serrano",
            "Club Sapucaia",
        ),
        (
            "it",
            "L'Atletico Sapucaia ha perso. L'Atletico Sapucaia è caduto. Adriano Fabbri ha presentato "
            "le dimissioni al Nautico Serrano dopo la partita.",
            "Adriano Fabbri",
            "Nautico Serrano",
            "Atletico Sapucaia",
        ),
        (
            "fr",
            "Le FC Sapucaia a perdu. Le FC Sapucaia est tombé. Adrien Fabre a remis sa démission au "
            "Nautique Serrano après le match.",
            "Adrien Fabre",
            "Nautique Serrano",
            "FC Sapucaia",
        ),
    ],
)
def test_the_one_a_resignation_is_handed_to_is_the_one_left(
    lang: str, text: str, person: str, club: str, other: str
) -> None:
    got = {f[:3] for f in facts(lang, text)}
    assert ("leaves", person, club) in got
    assert ("joins", person, club) not in got
    assert ("leaves", person, other) not in got


@pytest.mark.parametrize(
    ("lang", "text", "buyer", "bought"),
    [
        (
            "nl",
            "Vorig jaar nam Lorvena Groep de kaasmakerij De Vier Molens over.",
            "Lorvena Groep",
            "De Vier Molens",
        ),
        (
            "nl",
            "In september nam Lorvena Groep al het Utrechtse laadpaalbedrijf Stekkerveld over.",
            "Lorvena Groep",
            "Stekkerveld",
        ),
        (
            "de",
            "Im Mai übernahm die Lorvena AG die Stekker GmbH von der Kessmar Holding.",
            "Lorvena",
            "Stekker",
        ),
        ("it", "Il gruppo Lorvena ha rilevato nel 2021 la tedesca Armatek Teba.", "Lorvena", "Armatek Teba"),
        (
            "es",
            "Grupo Lorvena compró la valenciana Autoservicios Teba en 2023.",
            "Grupo Lorvena",
            "Autoservicios Teba",
        ),
    ],
)
def test_the_buyer_after_a_fronted_adverbial_and_the_bought_one_after_an_adjective(
    lang: str, text: str, buyer: str, bought: str
) -> None:
    assert ("acquires", buyer, bought) in {f[:3] for f in facts(lang, text)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Mit dem Kauf von Brückenwald wollen die Stadtwerke Hohenfeld ihren Anteil steigern."),
        ("nl", "Met de overname van Stekkerveld wil Lorvena Groep groeien."),
    ],
)
def test_a_purchase_noun_before_two_names_makes_the_first_no_buyer(lang: str, text: str) -> None:
    got = {f[:3] for f in facts(lang, text)}
    assert not any(t == "acquires" and s in ("Brückenwald", "Stekkerveld") for t, s, _ in got), got


@pytest.mark.parametrize(
    ("lang", "text", "buyer"),
    [
        (
            "it",
            "Il gruppo Lorvena ha rilevato nel 2021 la tedesca Armatek Teba e nel 2023 la statunitense "
            "Bayfield Valves.",
            "Lorvena",
        ),
        ("en", "Lorvena Group bought Armatek Teba and Bayfield Valves last year.", "Lorvena Group"),
    ],
)
def test_companies_bought_together_are_each_acquired(lang: str, text: str, buyer: str) -> None:
    got = {f[:3] for f in facts(lang, text)}
    assert {("acquires", buyer, "Armatek Teba"), ("acquires", buyer, "Bayfield Valves")} <= got, got


def test_a_company_named_after_the_one_bought_without_a_conjunction_is_not_bought() -> None:
    got = {
        f[:3] for f in facts("it", "Il gruppo Lorvena ha rilevato la Armatek Teba, come la Bayfield Valves.")
    }
    assert ("acquires", "Lorvena", "Bayfield Valves") not in got, got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Llega para integrar la italiana Armatek Teba, que Lorvena Group compró en 2023 por 30 millones.",
        ),
        ("it", "La Armatek Teba, che Lorvena Group aveva rilevato nel 2020, chiude."),
        ("en", "Armatek Teba, which Lorvena Group bought in 2020, is closing."),
        ("en", "Armatek Teba, which was bought by Lorvena Group in 2020, is closing."),
        ("fr", "Armatek Teba, que Lorvena Group a rachetée en 2020, ferme."),
        ("de", "Die Armatek Teba GmbH, die Lorvena Group 2020 übernommen hatte, schließt."),
    ],
)
def test_the_antecedent_of_a_relative_clause_is_the_one_its_buyer_bought(lang: str, text: str) -> None:
    got = {f[:3] for f in facts(lang, text)}
    assert ("acquires", "Lorvena Group", "Armatek Teba") in got, got
    assert ("acquires", "Armatek Teba", "Lorvena Group") not in got, got


def test_the_antecedent_of_a_relative_clause_that_buys_is_the_buyer() -> None:
    got = {f[:3] for f in facts("en", "Armatek Teba, which bought Lorvena Group in 2020, is closing.")}
    assert ("acquires", "Armatek Teba", "Lorvena Group") in got, got
    assert ("acquires", "Lorvena Group", "Armatek Teba") not in got, got


@pytest.mark.parametrize(
    ("lang", "text", "club"),
    [
        (
            "fr",
            "Le FC Lorvena monte. Le FC Lorvena gagne. Racheté l'an dernier par le fonds américain Quillfeld "
            "Capital, le club ambitionne de retrouver l'élite.",
            "FC Lorvena",
        ),
        (
            "en",
            "Lorvena FC rose. Lorvena FC won. Bought last year by the US fund Quillfeld Capital, the "
            "club wants promotion.",
            "Lorvena FC",
        ),
    ],
)
def test_the_agent_of_an_opening_participle_buys_the_main_clause_s_subject(
    lang: str, text: str, club: str
) -> None:
    assert ("acquires", "Quillfeld Capital", club) in {f[:3] for f in facts(lang, text)}


@pytest.mark.parametrize(
    ("lang", "text", "person", "typ"),
    [
        (
            "en",
            "Acme Labs grows. Jane Roe returns to Acme Labs as CTO after four years at Corvex Systems.",
            "Jane Roe",
            "returns",
        ),
        (
            "en",
            "Acme Labs grows. Jane Roe joins Acme Labs as CTO after four years at Corvex Systems.",
            "Jane Roe",
            "joins",
        ),
        (
            "es",
            "Acme Labs crece. Alberto Sanz vuelve a Acme Labs como director tras cuatro años en "
            "Corvex Systems.",
            "Alberto Sanz",
            "returns",
        ),
        (
            "it",
            "Acme Labs cresce. Carla Bini torna in Acme Labs come direttrice dopo sei anni trascorsi a "
            "Corvex Systems.",
            "Carla Bini",
            "returns",
        ),
        (
            "de",
            "Acme Labs wächst. Jana Roth kehrt nach vier Jahren bei Corvex Systems zu Acme Labs zurück.",
            "Jana Roth",
            "returns",
        ),
        (
            "fr",
            "Acme Labs grandit. Jeanne Ferlin revient chez Acme Labs après quatre ans chez Corvex Systems.",
            "Jeanne Ferlin",
            "returns",
        ),
        (
            "pt",
            "A Acme Labs cresce. Ana Quental chega à Acme Labs depois de cinco anos na Corvex Systems.",
            "Ana Quental",
            "joins",
        ),
        (
            "nl",
            "Acme Labs groeit. Anna de Wit keert na vier jaar bij Corvex Systems terug naar Acme Labs.",
            "Anna de Wit",
            "returns",
        ),
    ],
)
def test_a_stint_named_with_a_move_is_the_one_left(lang: str, text: str, person: str, typ: str) -> None:
    got = {f[:3] for f in facts(lang, text)}
    assert {(typ, person, "Acme Labs"), ("leaves", person, "Corvex Systems")} <= got, got
    assert (typ, person, "Corvex Systems") not in got, got


def test_a_title_held_within_an_organization_is_held_there() -> None:
    text = (
        "L'ONG Solidaris recrute. L'ONG Solidaris a recruté comme directeur financier Malo Sarr, "
        "jusqu'ici directeur adjoint au sein du cabinet Corvex Audit."
    )
    got = {f[:3] for f in facts("fr", text)}
    assert {("holds_role", "Malo Sarr", "Corvex Audit"), ("leaves", "Malo Sarr", "Corvex Audit")} <= got, got


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        (
            "es",
            "Acme Labs ficha. Acme Labs ha fichado a Sergio Monzón, hasta el pasado mes de enero director "
            "de operaciones de Corvex Systems.",
            "Sergio Monzón",
        ),
        (
            "en",
            "Acme Labs hires. Acme Labs has hired Jane Roe, until January head of sales at Corvex Systems.",
            "Jane Roe",
        ),
    ],
)
def test_a_title_held_until_a_recent_month_is_left_for_the_new_one(lang: str, text: str, person: str) -> None:
    got = {f[:3] for f in facts(lang, text)}
    assert {("joins", person, "Acme Labs"), ("leaves", person, "Corvex Systems")} <= got, got


def test_the_organization_of_a_title_after_a_verb_of_leaving_is_the_one_left() -> None:
    text = (
        "Acme Otters hire. Ivan Brankov has quit his job as assistant coach at Portuguese side Corvex Bay "
        "to take up the post."
    )
    assert ("leaves", "Ivan Brankov", "Corvex Bay") in {f[:3] for f in facts("en", text)}


def test_a_target_after_a_title_and_a_comma_is_not_the_one_left() -> None:
    text = (
        "Acme Otters grow. Acme Otters win. Ivan Brankov will step down, says a filing sent to the "
        "Corvex Bay Commission."
    )
    assert ("leaves", "Ivan Brankov", "Corvex Bay Commission") not in {f[:3] for f in facts("en", text)}


@pytest.mark.parametrize(
    ("lang", "text", "person", "org"),
    [
        (
            "fr",
            "Delvaux Avocats grandit. Luc Vautel rejoindra le comité exécutif de Delvaux Avocats en mars.",
            "Luc Vautel",
            "Delvaux Avocats",
        ),
        (
            "pt",
            "A Casa Lorvena cresce. Ivo Kessmar passará a integrar o conselho da Casa Lorvena após o "
            "fechamento.",
            "Ivo Kessmar",
            "Casa Lorvena",
        ),
        ("en", "Acme Labs grows. Jan Roe will join the board of Acme Labs in March.", "Jan Roe", "Acme Labs"),
        (
            "es",
            "Acme Labs crece. Ana Ruiz se incorporará al consejo de administración de Acme Labs en marzo.",
            "Ana Ruiz",
            "Acme Labs",
        ),
    ],
)
def test_joining_an_organization_s_board_is_an_appointment_to_it(
    lang: str, text: str, person: str, org: str
) -> None:
    got = {f[:3] for f in facts(lang, text)}
    assert {("joins", person, org), ("appointed", person, org)} <= got, got


def test_joining_an_organization_is_no_appointment_without_a_seat() -> None:
    got = {f[:3] for f in facts("en", "Acme Labs grows. Jan Roe will join Acme Labs in March.")}
    assert ("appointed", "Jan Roe", "Acme Labs") not in got, got


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        (
            "fr",
            "Anne Kerval quitte Garrot Halbert, où elle était associée depuis 2020, pour rejoindre Delmont "
            "Vireaux comme associée.",
            "Anne Kerval",
        ),
        (
            "es",
            "Ana Ruiz deja Garrot Halbert, donde era socia desde 2020, para incorporarse a Delmont Vireaux.",
            "Ana Ruiz",
        ),
    ],
)
def test_a_purpose_clause_after_a_relative_clause_has_the_main_subject(
    lang: str, text: str, person: str
) -> None:
    got = {f[:3] for f in facts(lang, text)}
    assert {("leaves", person, "Garrot Halbert"), ("joins", person, "Delmont Vireaux")} <= got, got


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        (
            "it",
            "La Varenna Servizi cresce. La Varenna Servizi vende. Dario Rigo ha annunciato che lascerà la "
            "Varenna Servizi a marzo.",
            "Dario Rigo",
        ),
        (
            "es",
            "Varenna Servicios crece. Varenna Servicios vende. Ana Quiroga anunció que dejará Varenna "
            "Servicios.",
            "Ana Quiroga",
        ),
        (
            "pt",
            "A Varenna Serviços cresce. A Varenna Serviços vende. Ana Brancas anunciou que deixará a "
            "Varenna Serviços.",
            "Ana Brancas",
        ),
    ],
)
def test_a_dropped_subject_after_a_verb_of_saying_is_the_speaker(lang: str, text: str, person: str) -> None:
    got = {f[:3] for f in facts(lang, text)}
    assert any(t == "leaves" and s == person for t, s, _ in got), got


def test_a_complement_clause_with_its_own_subject_is_not_the_speaker_s() -> None:
    text = (
        "La Varenna Servizi cresce. La Varenna Servizi vende. Dario Rigo ha detto che il consiglio "
        "licenzierà il direttore."
    )
    assert not any(s == "Dario Rigo" for _, s, _ in {f[:3] for f in facts("it", text)})


@pytest.mark.parametrize(
    ("lang", "text", "old", "heir", "org"),
    [
        (
            "en",
            "Acme Labs grows. Acme Labs sells. Jan Roe hands over the reins to Kate Moss in March.",
            "Jan Roe",
            "Kate Moss",
            "Acme Labs",
        ),
        (
            "it",
            "La Varenna Servizi cresce. La Varenna Servizi vende. Dario Rigo passa il testimone a Luca Bini.",
            "Dario Rigo",
            "Luca Bini",
            "Varenna Servizi",
        ),
        (
            "fr",
            "Acme Labs grandit. Acme Labs vend. Jean Ferlin passe le relais à Anne Marlot.",
            "Jean Ferlin",
            "Anne Marlot",
            "Acme Labs",
        ),
        (
            "es",
            "Acme Labs crece. Acme Labs vende. José Ruiz cede el testigo a Ana Quiroga.",
            "José Ruiz",
            "Ana Quiroga",
            "Acme Labs",
        ),
        (
            "nl",
            "Acme Labs groeit. Acme Labs verkoopt. Jan de Wit draagt het stokje over aan Anna Dekema.",
            "Jan de Wit",
            "Anna Dekema",
            "Acme Labs",
        ),
        (
            "de",
            "Varenna AG wächst. Varenna AG verkauft. Zum selben Termin übergibt Jens Haak die "
            "Geschäftsführung der Varenna AG an seine Stellvertreterin Merle Cors.",
            "Jens Haak",
            "Merle Cors",
            "Varenna",
        ),
    ],
)
def test_the_one_a_post_is_handed_to_is_appointed_to_it(
    lang: str, text: str, old: str, heir: str, org: str
) -> None:
    got = {f[:3] for f in facts(lang, text)}
    assert {("leaves", old, org), ("appointed", heir, org)} <= got, got
    assert ("leaves", heir, org) not in got, got


def test_a_kind_qualified_by_a_place_s_adjective_is_the_leaver_s_own_organization() -> None:
    text = (
        "L'Université de Valmonde recrute. L'Université de Valmonde a nommé Claire Dorval, directrice "
        "de la communication de l'Université du Scorff à Lorient. Elle quittera l'établissement lorientais "
        "pour occuper les mêmes fonctions à Valmonde."
    )
    got = {f[:3] for f in facts("fr", text)}
    assert ("leaves", "Claire Dorval", "Université du Scorff") in got, got
    assert ("leaves", "Claire Dorval", "Université de Valmonde") not in got, got


@pytest.mark.parametrize(
    ("lang", "text", "person", "home", "left"),
    [
        (
            "nl",
            "Lommeren Logistiek groeit. Lommeren Logistiek neemt mensen aan. Bart Veeneman kwam in 2021 "
            "over van Maasdal Transport.",
            "Bart Veeneman",
            "Lommeren Logistiek",
            "Maasdal Transport",
        ),
        (
            "de",
            "Lommern Logistik wächst. Lommern Logistik stellt ein. Bart Vehrs kam 2021 von Maasdal "
            "Transport.",
            "Bart Vehrs",
            "Lommern Logistik",
            "Maasdal Transport",
        ),
    ],
)
def test_one_who_comes_from_an_organization_with_no_goal_named_joins_the_article_s(
    lang: str, text: str, person: str, home: str, left: str
) -> None:
    got = {f[:3] for f in facts(lang, text)}
    assert {("leaves", person, left), ("joins", person, home)} <= got, got


@pytest.mark.parametrize(
    ("lang", "text", "person", "held", "joined"),
    [
        (
            "nl",
            "Hovelaar Energie groeit. Mieke Ameye, tot nu toe directeur hernieuwbare energie bij het "
            "energiebedrijf Noordkaap Power, komt naar Hovelaar Energie.",
            "Mieke Ameye",
            "Noordkaap Power",
            "Hovelaar Energie",
        ),
        (
            "en",
            "Acme Labs grows. Jane Roe, director emerging markets at Corvex Systems, joins Acme Labs.",
            "Jane Roe",
            "Corvex Systems",
            "Acme Labs",
        ),
    ],
)
def test_a_title_s_domain_may_stand_between_it_and_its_organization(
    lang: str, text: str, person: str, held: str, joined: str
) -> None:
    got = {f[:3] for f in facts(lang, text)}
    assert {("holds_role", person, held), ("joins", person, joined)} <= got, got
    assert ("holds_role", person, joined) not in got, got


@pytest.mark.parametrize(
    ("lang", "text", "person", "org"),
    [
        (
            "en",
            "Jane Roe left Corvex Systems, where she was head of sales, in May.",
            "Jane Roe",
            "Corvex Systems",
        ),
        (
            "fr",
            "Anne Kerval quitte Garrot Halbert, où elle était associée depuis 2020, pour rejoindre Delmont "
            "Vireaux.",
            "Anne Kerval",
            "Garrot Halbert",
        ),
    ],
)
def test_a_title_in_a_clause_about_an_organization_is_held_there(
    lang: str, text: str, person: str, org: str
) -> None:
    assert ("holds_role", person, org) in {f[:3] for f in facts(lang, text)}


def test_a_title_at_the_place_come_from_does_not_make_it_the_one_returned_to() -> None:
    text = (
        "La Rete Varenna cambia. La Rete Varenna assume. La novità è il ritorno di Carla Benni, che torna "
        "in Rete Varenna come direttrice del telegiornale dopo sei anni trascorsi a Corvex Media, dove era "
        "vicedirettrice del Tg5. La giornalista aveva lasciato la tv pubblica nel 2017."
    )
    got = {f[:3] for f in facts("it", text)}
    assert {
        ("holds_role", "Carla Benni", "Corvex Media"),
        ("returns", "Carla Benni", "Rete Varenna"),
    } <= got, got
    assert ("returns", "Carla Benni", "Corvex Media") not in got, got
    assert ("leaves", "Carla Benni", "Rete Varenna") in got, got


def test_a_headline_opening_with_an_article_names_the_article_s_organization() -> None:
    # 'La X cambia vertice': the name the headline opens with, after its article, is the one the
    # article is about, and an appointment that names no organization is to it
    text = (
        "La Trevalli Nautica cambia vertice. La Trevalli Nautica ha chiuso il bilancio in utile e la "
        "società punta a crescere. Gianluca Morbelli è stato nominato direttore commerciale."
    )
    assert ("appointed", "Gianluca Morbelli", "Trevalli Nautica") in {f[:3] for f in facts("it", text)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            "La Trevalli Nautica cambia vertice. La Trevalli Nautica ha chiuso il bilancio in utile e la "
            "società punta a crescere. Gianluca Morbelli, 52 anni, che lascia Cantieri Esperia, è stato "
            "nominato direttore commerciale.",
        ),
        (
            "es",
            "Trevalli Náutica cambia de director. Trevalli Náutica cerró el año con beneficios y la empresa "
            "quiere crecer. Gianluca Morbelli, de 52 años, que deja Cantieri Esperia, ha sido nombrado "
            "director comercial.",
        ),
    ],
)
def test_an_age_with_its_unit_stands_between_a_name_and_its_relative_clause(lang: str, text: str) -> None:
    assert ("leaves", "Gianluca Morbelli", "Cantieri Esperia") in {f[:3] for f in facts(lang, text)}


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        ("en", "Quellin Partners made a bid for Brakmoor Foods last month.", "planned"),
        ("en", "Brakmoor Foods denied that Quellin Partners had made an offer for Ostrel Mills.", "denied"),
        (
            "de",
            "Die Quellin Partners AG hat ein Übernahmeangebot für die Brakmoor Foods GmbH vorgelegt.",
            "planned",
        ),
        ("fr", "Le fonds Quellin Partners a déposé une offre de reprise sur Brakmoor Foods.", "planned"),
        ("es", "El fondo Quellin Partners presentó una oferta por Brakmoor Foods.", "planned"),
        ("pt", "O fundo Quellin Partners apresentou uma oferta por Brakmoor Foods.", "planned"),
        ("it", "Il fondo Quellin Partners ha presentato un'offerta per la Brakmoor Foods.", "planned"),
    ],
)
def test_an_offer_for_a_company_is_a_purchase_not_yet_made(lang: str, text: str, status: str) -> None:
    got = facts(lang, text)
    bought = "Ostrel Mills" if "Ostrel" in text else "Brakmoor Foods"
    assert ("acquires", "Quellin Partners", bought, status) in got, got


def test_a_kind_set_off_by_commas_after_a_name_describes_it() -> None:
    # 'Kelvo, the grocery chain, made an offer': 'the grocery chain' is no second buyer
    text = (
        "Brakmoor Foods names a new chief. Brakmoor Foods reported higher sales and the company will grow. "
        "Its chairman denied that Quellin Stores, the grocery group, was preparing an offer for the "
        "company."
    )
    assert ("acquires", "Quellin Stores", "Brakmoor Foods", "denied") in facts("en", text)


@pytest.mark.parametrize(
    "text",
    [
        "O Grêmio Serrano dispensou na quarta-feira (1º) o técnico Paulo Ramires Gouveia.",
        "O Grêmio Serrano, de Bauru (SP), dispensou ontem o técnico Paulo Ramires Gouveia.",
    ],
)
def test_a_short_aside_in_parentheses_opens_no_clause_and_names_no_organization(text: str) -> None:
    # a state after a town, a day after a weekday: the clause goes on, and 'SP' is no employer
    assert facts("pt", text) == {("dismissed", "Paulo Ramires Gouveia", "Grêmio Serrano", "happened")}


@pytest.mark.parametrize(
    "text",
    [
        "The board of Halden Water decided on Friday to fire its finance director, Brian Mottram.",
        "Halden Water voted to fire Brian Mottram.",
    ],
)
def test_to_fire_someone_is_a_dismissal(text: str) -> None:
    assert ("dismissed", "Brian Mottram", "Halden Water") in {f[:3] for f in facts("en", text)}


def test_the_fire_opened_is_no_dismissal() -> None:
    assert facts("en", "Police opened fire on the crowd near Halden Water.") == set()


def test_a_pronoun_sues_the_object_of_the_verb() -> None:
    text = "Noordgas heeft hoofdarts Wout Verhaegen ontslagen. Hij heeft Noordgas vorige week gedagvaard."
    assert ("sues", "Wout Verhaegen", "Noordgas") in {f[:3] for f in facts("nl", text)}


def test_to_resign_oneself_to_something_is_no_departure() -> None:
    # 'legt zich niet neer bij de beslissing': accepts it (or not); no office is laid down
    text = (
        "Noordgas heeft hoofdarts Wout Verhaegen ontslagen. De arts legt zich niet zomaar neer bij de "
        "beslissing van Noordgas."
    )
    assert ("leaves", "Wout Verhaegen", "Noordgas") not in {f[:3] for f in facts("nl", text)}


@pytest.mark.parametrize(
    ("lang", "text", "person", "org"),
    [
        (
            "en",
            "Corvale Foods is looking for a new chief. Corvale Foods said the company is searching. His "
            "duties will be taken over on an interim basis by finance chief Jan Brewer.",
            "Jan Brewer",
            "Corvale Foods",
        ),
        (
            "en",
            "Corvale Foods is looking for a new chief. Corvale Foods said the company is searching. Finance "
            "chief Jan Brewer will take over on an interim basis.",
            "Jan Brewer",
            "Corvale Foods",
        ),
        (
            "it",
            "La Trevalli Nautica cambia vertice. La Trevalli Nautica ha chiuso il bilancio in utile e la "
            "società punta a crescere. Le sue funzioni saranno svolte ad interim dal direttore finanziario "
            "Paolo Benedini.",
            "Paolo Benedini",
            "Trevalli Nautica",
        ),
        (
            "pt",
            "A Casa Dourada troca de diretor. A Casa Dourada disse que a empresa procura um substituto. As "
            "suas funções serão assumidas interinamente pelo diretor financeiro Paulo Matos.",
            "Paulo Matos",
            "Casa Dourada",
        ),
        (
            "fr",
            "La société Vernier Lait change de directeur. Vernier Lait a annoncé que l'entreprise cherche un "
            "successeur. Ses fonctions seront assurées par Paul Girard, directeur financier.",
            "Paul Girard",
            "Vernier Lait",
        ),
        (
            "es",
            "Austral Pesca cambia de gerente. Austral Pesca informó que la empresa busca un sustituto. Sus "
            "tareas serán ejercidas temporalmente por la directora financiera del grupo, Laura Ribas.",
            "Laura Ribas",
            "Austral Pesca",
        ),
    ],
)
def test_one_who_takes_over_the_duties_of_a_post_is_appointed_to_it(
    lang: str, text: str, person: str, org: str
) -> None:
    assert ("appointed", person, org) in {f[:3] for f in facts(lang, text)}


def _analyzed_facts(lang: str, text: str) -> set[tuple[str, str, str]]:
    """Facts of ``text`` read with the full analysis (dates included), as the pipeline does."""
    adoc = analyze(Document(id="t", text=text, source="test", published="2025-03-03", lang=lang))
    return {(c.type, c.subject, c.object) for c in default_extractor().extract(adoc)}


@pytest.mark.parametrize(
    ("lang", "text", "person", "org"),
    [
        # a time between the verb and the one left
        (
            "es",
            "Luis Orbegozo dejará al final del año el Grupo Torrealba.",
            "Luis Orbegozo",
            "Grupo Torrealba",
        ),
        (
            "es",
            "Luis Orbegozo salió el año pasado de Banco Orvieto tras una década en la entidad.",
            "Luis Orbegozo",
            "Banco Orvieto",
        ),
        # 'dat jaar' is a time, no clause of its own
        (
            "nl",
            "Woonstichting Dinkelvaart kiest. Woonstichting Dinkelvaart zegt dat de corporatie groeit. "
            "Jan Wolterink gaat dat najaar met pensioen.",
            "Jan Wolterink",
            "Woonstichting Dinkelvaart",
        ),
        # a departure said only by its time
        (
            "pt",
            "A Cerâmica Vouga muda. A Cerâmica Vouga disse que a empresa cresce. O presidente Osvaldino "
            "Quaresma sai em meados de maio.",
            "Osvaldino Quaresma",
            "Cerâmica Vouga",
        ),
    ],
)
def test_a_departure_with_a_time_about_it(lang: str, text: str, person: str, org: str) -> None:
    assert ("leaves", person, org) in _analyzed_facts(lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "person", "org"),
    [
        (
            "en",
            "Corvale Foods is looking for a new chief. Corvale Foods said the company is searching. "
            "Jan Brewer arrives as finance chief.",
            "Jan Brewer",
            "Corvale Foods",
        ),
        (
            "it",
            "La Trevalli Nautica cambia vertice. La Trevalli Nautica ha chiuso il bilancio in utile e la "
            "società punta a crescere. In primavera arriverà come nuovo direttore tecnico l'ingegnere "
            "Gianluca Morbelli.",
            "Gianluca Morbelli",
            "Trevalli Nautica",
        ),
        (
            "es",
            "Grupo Torrealba cambia. Grupo Torrealba dijo que la empresa crece. Luis Orbegozo llega como "
            "director financiero.",
            "Luis Orbegozo",
            "Grupo Torrealba",
        ),
        (
            "fr",
            "La société Vernier Lait change de directeur. Vernier Lait a annoncé que l'entreprise cherche un "
            "successeur. Paul Girard arrive comme directeur financier.",
            "Paul Girard",
            "Vernier Lait",
        ),
        (
            "pt",
            "A Casa Dourada troca de diretor. A Casa Dourada disse que a empresa procura um substituto. "
            "Paulo Matos chega como diretor financeiro.",
            "Paulo Matos",
            "Casa Dourada",
        ),
    ],
)
def test_one_who_arrives_as_a_title_joins_and_takes_it(lang: str, text: str, person: str, org: str) -> None:
    got = {f[:3] for f in facts(lang, text)}
    assert {("joins", person, org), ("appointed", person, org)} <= got, got


def test_one_who_arrives_as_no_title_joins_nothing() -> None:
    text = "Corvale Foods is growing. Corvale Foods said the company hires. Jan Brewer arrived as a child."
    assert not {f for f in facts("en", text) if f[0] in ("joins", "appointed")}


@pytest.mark.parametrize(
    ("lang", "text", "person", "org"),
    [
        (
            "es",
            "El Club Deportivo Arenal cambia. El Club Deportivo Arenal dijo que el club crece. Tomás "
            "Urquiola ha presentado una querella contra el club ante la Audiencia Provincial de Murcia.",
            "Tomás Urquiola",
            "Club Deportivo Arenal",
        ),
        (
            "en",
            "Corvale Foods is growing. Corvale Foods said the company hires. Jan Brewer filed a lawsuit "
            "against the company before the Superior Court of Ontario.",
            "Jan Brewer",
            "Corvale Foods",
        ),
    ],
)
def test_the_court_a_suit_is_filed_at_is_not_sued(lang: str, text: str, person: str, org: str) -> None:
    got = {f[:3] for f in facts(lang, text) if f[0] == "sues"}
    assert got == {("sues", person, org)}, got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "A Universidade do Vale Alto muda. A Universidade do Vale Alto disse que a universidade cresce. "
            "Durante a licença, a reitoria será exercida interinamente pelo vice-reitor, o engenheiro "
            "agrônomo Joaquim Sarmiento.",
        ),
        (
            "es",
            "La Universidad del Valle Alto cambia. La Universidad del Valle Alto dijo que la universidad "
            "crece. Durante la baja, la rectoría será ejercida interinamente por el vicerrector, el "
            "ingeniero Joaquim Sarmiento.",
        ),
    ],
)
def test_the_post_itself_held_in_the_interim_by_a_described_agent(lang: str, text: str) -> None:
    # 'a reitoria será exercida interinamente pelo vice-reitor, o engenheiro X': X takes the post
    assert any(f[0] == "appointed" and f[1] == "Joaquim Sarmiento" for f in facts(lang, text))


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        (
            "it",
            "L'Università di Stellano cresce. L'Università di Stellano ha detto che l'ateneo cresce. "
            "L'ateneo ha ceduto la quota della startup Genomix. Sergio Pavolini ne sarà il nuovo "
            "presidente.",
            "Sergio Pavolini",
        ),
        (
            "fr",
            "L'Université de Valmy grandit. L'Université de Valmy dit que l'université grandit. "
            "L'université a cédé sa part de la startup Genomix. Paul Girard en deviendra le directeur "
            "général.",
            "Paul Girard",
        ),
    ],
)
def test_a_clitic_of_it_is_the_organization_named_last(lang: str, text: str, person: str) -> None:
    # 'ne sarà il nuovo presidente', 'en deviendra le directeur': of the one named last
    got = {f[:3] for f in facts(lang, text) if f[0] == "appointed"}
    assert got == {("appointed", person, "Genomix")}, got


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        (
            "La maison Ardesia cambia. La maison Ardesia ha detto che la società cresce. Brenta Moda "
            "affiderà a Lorenzo Bassani la direzione commerciale.",
            "Lorenzo Bassani",
            "Brenta Moda",
        ),
        (
            "La maison Ardesia cambia. La maison Ardesia ha detto che la società cresce. La prima squadra è "
            "affidata da ieri a Davide Colonna.",
            "Davide Colonna",
            "Ardesia",
        ),
    ],
)
def test_a_post_entrusted_to_someone_is_an_appointment(text: str, person: str, org: str) -> None:
    assert ("appointed", person, org) in {f[:3] for f in facts("it", text)}


def test_the_return_of_someone_named_after_the_noun() -> None:
    head = "El club Los Pinares cambia. El club Los Pinares dijo que el club crece. "
    got = facts("es", head + "La directiva confirmó la vuelta del delantero Diego Gimeno.")
    assert ("returns", "Diego Gimeno", "Los Pinares") in {f[:3] for f in got}, got
    # ... not a round of a vote
    assert facts("es", head + "La segunda vuelta de las elecciones en Los Pinares será en mayo.") == set()


def test_the_one_a_clause_opens_with_goes_along_and_is_not_the_subject() -> None:
    # 'Con Bellotti lascia la società anche il preparatore X': Bellotti is not the one said to leave here
    text = (
        "La Pallacanestro Verbano cambia. La Pallacanestro Verbano ha detto che il club cresce. "
        "L'allenatore Marco Bellotti è stato esonerato ieri. Con Bellotti lascia la società anche il "
        "preparatore atletico Paolo Gherardi."
    )
    got = {f[:3] for f in facts("it", text)}
    assert ("dismissed", "Marco Bellotti", "Pallacanestro Verbano") in got and (
        "leaves",
        "Marco Bellotti",
        "Pallacanestro Verbano",
    ) not in got


def test_the_one_voted_against_does_not_take_office() -> None:
    text = (
        "L'Università di Stellano vota. L'Università di Stellano ha detto che l'ateneo cresce. Il nuovo "
        "rettore è Carlo Benassi. Il docente ha vinto il ballottaggio di ieri contro la candidata Teresa "
        "Gilli e si insedierà a gennaio."
    )
    got = {f[:3] for f in facts("it", text)}
    assert ("appointed", "Carlo Benassi", "Università di Stellano") in got
    assert not any(f[1] == "Teresa Gilli" for f in got if f[0] != "holds_role"), got


@pytest.mark.parametrize(
    ("lang", "text", "founders"),
    [
        (
            "en",
            "Tarnwell Labs is hiring. Tarnwell Labs said the company will grow. Mara Lind founded Tarnwell "
            "Labs in 2016 with Dr. Owen Hartigan.",
            {"Mara Lind", "Owen Hartigan"},
        ),
        (
            "en",
            "Tarnwell Labs is hiring. Tarnwell Labs said the company will grow. Mara Lind left in May. "
            "Tarnwell Labs, which Lind founded in 2019 with chief executive Sofia Kendrick, raised money.",
            {"Mara Lind", "Sofia Kendrick"},
        ),
        (
            "it",
            "La Fotonica Srl cresce. La Fotonica Srl ha detto che la società cresce. Anna Ferraresi ha "
            "fondato la Fotonica Srl nel 2016 con il fisico Marco Baldi.",
            {"Anna Ferraresi", "Marco Baldi"},
        ),
        (
            "fr",
            "La société Optiral grandit. Optiral a annoncé que l'entreprise recrute. Anne Morel a fondé "
            "Optiral en 2016 avec le physicien Paul Girard.",
            {"Anne Morel", "Paul Girard"},
        ),
    ],
)
def test_a_co_founder_after_with_may_carry_a_title_or_an_occupation(
    lang: str, text: str, founders: set[str]
) -> None:
    assert {f[1] for f in facts(lang, text) if f[0] == "founds"} == founders


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Neil Dunstan is back at Greyfield Capital after a year at sea.", "happened"),
        ("Neil Dunstan resumes his post as head of research.", "happened"),
        ("Neil Dunstan went on leave in May. He is expected back next spring.", "planned"),
    ],
)
def test_being_back_at_a_post_is_a_return(text: str, status: str) -> None:
    head = "Greyfield Capital is hiring. Greyfield Capital said the fund will grow. "
    assert ("returns", "Neil Dunstan", "Greyfield Capital", status) in facts("en", head + text)


@pytest.mark.parametrize(
    ("lang", "text", "person", "org"),
    [
        (
            "it",
            "La Trevalli Nautica cresce. La Trevalli Nautica ha detto che la società cresce. Paolo Benedini "
            "riprenderà in estate il suo posto di direttore commerciale.",
            "Paolo Benedini",
            "Trevalli Nautica",
        ),
        (
            "es",
            "Grupo Torrealba cambia. Grupo Torrealba dijo que la empresa crece. Luis Orbegozo retoma su "
            "puesto de director financiero.",
            "Luis Orbegozo",
            "Grupo Torrealba",
        ),
        (
            "pt",
            "A Casa Dourada muda. A Casa Dourada disse que a empresa cresce. Paulo Matos retoma o cargo de "
            "diretor financeiro.",
            "Paulo Matos",
            "Casa Dourada",
        ),
        (
            "de",
            "Die Brandl Technik GmbH wächst. Die Brandl Technik GmbH teilte mit, das Unternehmen wachse. Jan "
            "Brückner ist zurück bei der Brandl Technik GmbH.",
            "Jan Brückner",
            "Brandl Technik",
        ),
    ],
)
def test_taking_up_one_s_post_again_is_a_return(lang: str, text: str, person: str, org: str) -> None:
    assert ("returns", person, org) in {f[:3] for f in facts(lang, text)}


def test_a_leave_one_comes_back_from_is_the_subject_s() -> None:
    text = (
        "Greyfield Capital is hiring. Greyfield Capital said the fund will grow. Neil Dunstan returned to "
        "Greyfield Capital after a six-month sabbatical."
    )
    got = {f[:3] for f in facts("en", text)}
    assert {
        ("returns", "Neil Dunstan", "Greyfield Capital"),
        ("leave_of_absence", "Neil Dunstan", "Greyfield Capital"),
    } <= got, got


@pytest.mark.parametrize(
    ("lang", "text", "event"),
    [
        (
            "en",
            "Mark Dillane was chief financial officer of Greyfield Capital until 2022.",
            ("leaves", "Mark Dillane", "Greyfield Capital", "happened", "2022"),
        ),
        (
            "it",
            "Paolo Benedini è stato direttore finanziario della Trevalli Nautica fino al 2022.",
            ("leaves", "Paolo Benedini", "Trevalli Nautica", "happened", "2022"),
        ),
        (
            "en",
            "Mark Dillane is chief financial officer of Greyfield Capital until June 2026.",
            ("leaves", "Mark Dillane", "Greyfield Capital", "planned", "2026-06"),
        ),
    ],
)
def test_a_title_held_until_a_date_is_left_then(lang: str, text: str, event: tuple[str, ...]) -> None:
    adoc = analyze(Document(id="t", text=text, source="test", published="2025-03-03", lang=lang))
    got = {(c.type, c.subject, c.object, c.status, c.date) for c in default_extractor().extract(adoc)}
    assert event in got, got


def test_the_end_of_a_past_span_is_no_departure_news() -> None:
    # 'from 2015 until 2019 he was ...': a stint of the past, told as background
    text = "From 2015 until 2019 Mark Dillane was chief financial officer of Greyfield Capital."
    adoc = analyze(Document(id="t", text=text, source="test", published="2025-03-03", lang="en"))
    assert not [c for c in default_extractor().extract(adoc) if c.type == "leaves"]
