"""The Italian lexicon (orgwatch/lang/it.toml) on sentences written for these tests.

Every sentence is invented (companies, clubs, universities and people included): each row shows
one class of wording the Italian triggers, roles and cues cover, in business, sports,
university, media and non-profit news. The negative rows keep the triggers from firing on
ordinary business sentences that report no event.
"""

from __future__ import annotations

import pytest
from invented import Fact, facts

from orgwatch.analysis.mentions import vocab

POSITIVE: list[tuple[str, set[Fact]]] = [
    # 'sia A sia B': each of the two
    (
        "La Norvia Spa cresce. La Norvia Spa ha trascinato in tribunale sia Falkner Banca sia Orbis "
        "Trasporti.",
        {("sues", "Norvia", "Falkner Banca", "happened"), ("sues", "Norvia", "Orbis Trasporti", "happened")},
    ),
    # a 'quando' clause without a subject of its own is the main clause subject's
    (
        "Marco Neri è disoccupato da marzo, quando era stato licenziato dalla Cartiera Brenta.",
        {("dismissed", "Marco Neri", "Cartiera Brenta", "happened")},
    ),
    # a loan to another club: leaves the lending one, joins the other
    (
        "Luca Neri, attaccante del Vicenza Calcio, è stato ceduto in prestito al Calcio Padova.",
        {
            ("leaves", "Luca Neri", "Vicenza Calcio", "happened"),
            ("joins", "Luca Neri", "Calcio Padova", "happened"),
        },
    ),
    # leaves: resignation, stepping down, handing over, retirement, parting ways
    (
        "Marco Ferrante ha rassegnato le dimissioni da Lumira Spa.",
        {("leaves", "Marco Ferrante", "Lumira", "happened")},
    ),
    (
        "Giulia Rota, presidente di Banca Ardesia, si dimetterà a fine mese.",
        {
            ("leaves", "Giulia Rota", "Banca Ardesia", "planned"),
            ("holds_role", "Giulia Rota", "Banca Ardesia", "happened"),
        },
    ),
    (
        "Marco Ferrante fa un passo indietro e lascia la guida di Lumira Spa.",
        {("leaves", "Marco Ferrante", "Lumira", "happened")},
    ),
    (
        "Marco Ferrante va in pensione e lascia Lumira Spa.",
        {("leaves", "Marco Ferrante", "Lumira", "happened")},
    ),
    (
        "Marco Ferrante si congeda dalla Polisportiva Valmora dopo cinque stagioni.",
        {("leaves", "Marco Ferrante", "Polisportiva Valmora", "happened")},
    ),
    (
        "Il Torino Calcio e l'allenatore Franco Bini si separano.",
        {("leaves", "Franco Bini", "Torino Calcio", "happened")},
    ),
    (
        "Marco Ferrante è uscito dal Vetrix Group nel 2021.",
        {("leaves", "Marco Ferrante", "Vetrix Group", "happened")},
    ),
    (
        "Franco Bini, direttore sportivo del Torino Calcio, si è dimesso.",
        {
            ("leaves", "Franco Bini", "Torino Calcio", "happened"),
            ("holds_role", "Franco Bini", "Torino Calcio", "happened"),
        },
    ),
    (
        "Marco Ferrante, ad di Lumira Spa, si è dimesso.",
        {
            ("leaves", "Marco Ferrante", "Lumira", "happened"),
            ("holds_role", "Marco Ferrante", "Lumira", "happened"),
        },
    ),
    (
        "Marco Ferrante ha ceduto la guida di Lumira Spa a Giulia Rota.",
        {("leaves", "Marco Ferrante", "Lumira", "happened")},
    ),
    # former staff ('ex')
    (
        "L'ex Lumira Spa Marco Ferrante guiderà la nuova società.",
        {("leaves", "Marco Ferrante", "Lumira", "happened")},
    ),
    # dismissed: sports 'esonero', 'messo alla porta', 'silurato', withdrawn powers
    (
        "Il Torino Calcio ha esonerato l'allenatore Franco Bini.",
        {("dismissed", "Franco Bini", "Torino Calcio", "happened")},
    ),
    (
        "Franco Bini è stato esonerato dal Torino Calcio.",
        {("dismissed", "Franco Bini", "Torino Calcio", "happened")},
    ),
    (
        "L'esonero di Franco Bini dal Torino Calcio è arrivato ieri.",
        {("dismissed", "Franco Bini", "Torino Calcio", "happened")},
    ),
    (
        "Lumira Spa ha messo alla porta il direttore generale Marco Ferrante.",
        {("dismissed", "Marco Ferrante", "Lumira", "happened")},
    ),
    (
        "Marco Ferrante è stato silurato da Banca Ardesia.",
        {("dismissed", "Marco Ferrante", "Banca Ardesia", "happened")},
    ),
    # joins: hires, signings, arrivals, moves
    (
        "Il Vetrix Group ha assunto Marco Ferrante come direttore commerciale.",
        {("joins", "Marco Ferrante", "Vetrix Group", "happened")},
    ),
    (
        "Il Vetrix Group assume Marco Ferrante come responsabile vendite.",
        {("joins", "Marco Ferrante", "Vetrix Group", "happened")},
    ),
    (
        "Il Torino Calcio ha ingaggiato Franco Bini.",
        {("joins", "Franco Bini", "Torino Calcio", "happened")},
    ),
    (
        "Franco Bini firma con il Torino Calcio fino al 2027.",
        {("joins", "Franco Bini", "Torino Calcio", "happened")},
    ),
    (
        "Marco Ferrante approderà al Vetrix Group a gennaio.",
        {("joins", "Marco Ferrante", "Vetrix Group", "planned")},
    ),
    (
        "L'arrivo di Marco Ferrante al Vetrix Group è stato annunciato oggi.",
        {("joins", "Marco Ferrante", "Vetrix Group", "happened")},
    ),
    (
        "Marco Ferrante sale a bordo del Vetrix Group.",
        {("joins", "Marco Ferrante", "Vetrix Group", "happened")},
    ),
    (
        "Marco Ferrante lascia Lumira Spa per passare al Vetrix Group.",
        {
            ("leaves", "Marco Ferrante", "Lumira", "happened"),
            ("joins", "Marco Ferrante", "Vetrix Group", "happened"),
        },
    ),
    (
        "Marco Ferrante passa da Lumira Spa al Vetrix Group.",
        {
            ("leaves", "Marco Ferrante", "Lumira", "happened"),
            ("joins", "Marco Ferrante", "Vetrix Group", "happened"),
        },
    ),
    (
        "Giulia Rota, caporedattrice del Corriere Valmorese, passerà a Rete Valmora.",
        {
            ("joins", "Giulia Rota", "Rete Valmora", "planned"),
            ("holds_role", "Giulia Rota", "Corriere Valmorese", "happened"),
        },
    ),
    # appointed: 'il nuovo ...', 'prende il timone', 'subentra', 'a succedergli', elections
    (
        "Marco Ferrante è il nuovo amministratore delegato del Vetrix Group.",
        {("appointed", "Marco Ferrante", "Vetrix Group", "happened")},
    ),
    (
        "Marco Ferrante sarà il nuovo presidente di Banca Ardesia.",
        {("appointed", "Marco Ferrante", "Banca Ardesia", "planned")},
    ),
    (
        "Marco Ferrante prende il timone del Vetrix Group.",
        {("appointed", "Marco Ferrante", "Vetrix Group", "happened")},
    ),
    (
        "Marco Ferrante ha preso le redini del Vetrix Group.",
        {("appointed", "Marco Ferrante", "Vetrix Group", "happened")},
    ),
    (
        "Marco Ferrante subentra a Luca Sala alla guida del Vetrix Group.",
        {("appointed", "Marco Ferrante", "Vetrix Group", "happened")},
    ),
    (
        "Giulia Rota raccoglie il testimone di Marco Ferrante alla guida di Banca Ardesia.",
        {("appointed", "Giulia Rota", "Banca Ardesia", "happened")},
    ),
    (
        "A succedergli sarà Giulia Rota, attuale direttrice finanziaria di Banca Ardesia.",
        {
            ("appointed", "Giulia Rota", "Banca Ardesia", "planned"),
            ("holds_role", "Giulia Rota", "Banca Ardesia", "happened"),
        },
    ),
    (
        "Marco Ferrante è stato promosso direttore finanziario del Vetrix Group.",
        {("appointed", "Marco Ferrante", "Vetrix Group", "happened")},
    ),
    (
        "Giulia Rota è la nuova rettrice dell'Università di Valmora.",
        {("appointed", "Giulia Rota", "Università di Valmora", "happened")},
    ),
    (
        "La guida del Vetrix Group è stata affidata a Marco Ferrante.",
        {("appointed", "Marco Ferrante", "Vetrix Group", "happened")},
    ),
    (
        "Marco Ferrante è entrato in carica come presidente di Banca Ardesia.",
        {("appointed", "Marco Ferrante", "Banca Ardesia", "happened")},
    ),
    (
        "Marco Ferrante si è insediato alla presidenza di Banca Ardesia.",
        {("appointed", "Marco Ferrante", "Banca Ardesia", "happened")},
    ),
    (
        "Marco Ferrante è stato cooptato nel consiglio di amministrazione di Banca Ardesia.",
        {("appointed", "Marco Ferrante", "Banca Ardesia", "happened")},
    ),
    (
        "Lumira Spa ha scelto Giulia Rota come nuova amministratrice delegata.",
        {("appointed", "Giulia Rota", "Lumira", "happened")},
    ),
    (
        "Marco Ferrante è stato rieletto presidente della Federazione Italiana Nuoto.",
        {("appointed", "Marco Ferrante", "Federazione Italiana Nuoto", "happened")},
    ),
    # leave of absence, return
    (
        "Giulia Rota, rettrice dell'Università di Valmora, si prende un anno sabbatico.",
        {("leave_of_absence", "Giulia Rota", "Università di Valmora", "happened")},
    ),
    (
        "Giulia Rota è in congedo di maternità dal Vetrix Group.",
        {("leave_of_absence", "Giulia Rota", "Vetrix Group", "happened")},
    ),
    (
        "Giulia Rota si è autosospesa dalla presidenza di Banca Ardesia.",
        {("leave_of_absence", "Giulia Rota", "Banca Ardesia", "happened")},
    ),
    (
        "Giulia Rota è stata reintegrata da Banca Ardesia.",
        {("returns", "Giulia Rota", "Banca Ardesia", "happened")},
    ),
    (
        "Il rientro di Giulia Rota in Banca Ardesia è stato deciso ieri.",
        {("returns", "Giulia Rota", "Banca Ardesia", "happened")},
    ),
    # founds
    (
        "Marco Ferrante ha dato vita al Vetrix Group nel 2010.",
        {("founds", "Marco Ferrante", "Vetrix Group", "happened")},
    ),
    # sues
    (
        "Lumira Spa ha fatto causa al Vetrix Group.",
        {("sues", "Lumira", "Vetrix Group", "happened")},
    ),
    (
        "Lumira Spa ha citato in giudizio il Vetrix Group.",
        {("sues", "Lumira", "Vetrix Group", "happened")},
    ),
    (
        "Lumira Spa ha avviato un'azione legale contro il Vetrix Group.",
        {("sues", "Lumira", "Vetrix Group", "happened")},
    ),
    (
        "Lumira Spa ha querelato il Vetrix Group per diffamazione.",
        {("sues", "Lumira", "Vetrix Group", "happened")},
    ),
    (
        "Lumira Spa ha portato in tribunale il Vetrix Group.",
        {("sues", "Lumira", "Vetrix Group", "happened")},
    ),
    # invests
    (
        "Lumira Spa ha acquisito una partecipazione del 20% nel Vetrix Group.",
        {("invests", "Lumira", "Vetrix Group", "happened")},
    ),
    (
        "Lumira Spa è entrata nel capitale del Vetrix Group.",
        {("invests", "Lumira", "Vetrix Group", "happened")},
    ),
    # acquires
    (
        "Lumira Spa ha preso il controllo del Vetrix Group.",
        {("acquires", "Lumira", "Vetrix Group", "happened")},
    ),
    (
        "Lumira Spa lancia un'opa sul Vetrix Group.",
        {("acquires", "Lumira", "Vetrix Group", "happened")},
    ),
    (
        "Lumira Spa si fonderà con il Vetrix Group.",
        {("acquires", "Lumira", "Vetrix Group", "planned")},
    ),
    (
        "Lumira Spa ha incorporato il Vetrix Group.",
        {("acquires", "Lumira", "Vetrix Group", "happened")},
    ),
    # status cues: journalistic conditional, 'secondo quanto riportato', 'pronto ad', denial
    (
        "Lumira Spa sarebbe in trattativa per acquisire il Vetrix Group.",
        {("acquires", "Lumira", "Vetrix Group", "rumored")},
    ),
    (
        "Secondo quanto riportato dalla stampa, Marco Ferrante lascerà Lumira Spa.",
        {("leaves", "Marco Ferrante", "Lumira", "rumored")},
    ),
    (
        "Il Vetrix Group è pronto ad acquisire Lumira Spa.",
        {("acquires", "Vetrix Group", "Lumira", "planned")},
    ),
    (
        "Marco Ferrante lascerà Lumira Spa con effetto dal primo luglio.",
        {("leaves", "Marco Ferrante", "Lumira", "planned")},
    ),
    (
        "Marco Ferrante ha escluso di lasciare Lumira Spa.",
        {("leaves", "Marco Ferrante", "Lumira", "denied")},
    ),
    # roles of clubs, universities, newspapers, law firms and non-profits
    (
        "Franco Bini, allenatore del Torino Calcio, è stato esonerato.",
        {
            ("dismissed", "Franco Bini", "Torino Calcio", "happened"),
            ("holds_role", "Franco Bini", "Torino Calcio", "happened"),
        },
    ),
    (
        "Giulia Rota, direttrice responsabile del Corriere Valmorese, lascia il giornale.",
        {
            ("leaves", "Giulia Rota", "Corriere Valmorese", "happened"),
            ("holds_role", "Giulia Rota", "Corriere Valmorese", "happened"),
        },
    ),
    (
        "Giulia Rota, socia dello Studio Legale Ferrante, lascia lo studio.",
        {
            ("leaves", "Giulia Rota", "Studio Legale Ferrante", "happened"),
            ("holds_role", "Giulia Rota", "Studio Legale Ferrante", "happened"),
        },
    ),
    (
        "Giulia Rota, segretaria generale della Fondazione Aurora, si è dimessa.",
        {
            ("leaves", "Giulia Rota", "Fondazione Aurora", "happened"),
            ("holds_role", "Giulia Rota", "Fondazione Aurora", "happened"),
        },
    ),
    # succession: the one named after 'il posto di', 'il successore di' is the predecessor
    (
        "Marco Ferrante prende il posto di Giulia Rota alla guida di Lumira Spa.",
        {("appointed", "Marco Ferrante", "Lumira", "happened")},
    ),
    (
        "Marco Ferrante è il successore di Giulia Rota alla guida di Lumira Spa.",
        {("appointed", "Marco Ferrante", "Lumira", "happened")},
    ),
    (
        "Marco Ferrante rimpiazza Giulia Rota alla guida di Lumira Spa.",
        {("appointed", "Marco Ferrante", "Lumira", "happened")},
    ),
    (
        "Giulia Rota eredita la presidenza di Banca Ardesia.",
        {("appointed", "Giulia Rota", "Banca Ardesia", "happened")},
    ),
    (
        "Giulia Rota è salita al vertice di Banca Ardesia.",
        {("appointed", "Giulia Rota", "Banca Ardesia", "happened")},
    ),
    (
        "Giulia Rota si insedierà alla presidenza di Banca Ardesia.",
        {("appointed", "Giulia Rota", "Banca Ardesia", "planned")},
    ),
    # will lead / will chair / will coach
    (
        "Marco Ferrante guiderà Lumira Spa dal prossimo gennaio.",
        {("appointed", "Marco Ferrante", "Lumira", "planned")},
    ),
    (
        "Giulia Rota presiederà la Fondazione Aurora.",
        {("appointed", "Giulia Rota", "Fondazione Aurora", "planned")},
    ),
    (
        "Franco Bini allenerà il Torino Calcio.",
        {("appointed", "Franco Bini", "Torino Calcio", "planned")},
    ),
    (
        "Giulia Rota sarà alla guida di Banca Ardesia.",
        {("appointed", "Giulia Rota", "Banca Ardesia", "planned")},
    ),
    (
        "Marco Ferrante andrà a dirigere la Fondazione Aurora.",
        {("appointed", "Marco Ferrante", "Fondazione Aurora", "planned")},
    ),
    # withdrawal and retirement
    (
        "Marco Ferrante si ritira dalla guida di Lumira Spa.",
        {("leaves", "Marco Ferrante", "Lumira", "happened")},
    ),
    (
        "Giulia Rota si ritirerà dal consiglio di amministrazione di Banca Ardesia.",
        {("leaves", "Giulia Rota", "Banca Ardesia", "planned")},
    ),
    (
        "Marco Ferrante ha annunciato il suo ritiro dalla guida di Lumira Spa.",
        {("leaves", "Marco Ferrante", "Lumira", "happened")},
    ),
    (
        "Marco Ferrante esce di scena da Lumira Spa.",
        {("leaves", "Marco Ferrante", "Lumira", "happened")},
    ),
    (
        "Marco Ferrante ha rimesso le deleghe di Lumira Spa.",
        {("leaves", "Marco Ferrante", "Lumira", "happened")},
    ),
    (
        "Marco Ferrante ha chiuso la sua esperienza in Lumira Spa.",
        {("leaves", "Marco Ferrante", "Lumira", "happened")},
    ),
    (
        "Giulia Rota, presidente di Banca Ardesia, si fa da parte.",
        {("leaves", "Giulia Rota", "Banca Ardesia", "happened")},
    ),
    # dismissal idioms: suspended from duty, sent away, powers withdrawn
    (
        "Lumira Spa ha sospeso Marco Ferrante dall'incarico.",
        {("dismissed", "Marco Ferrante", "Lumira", "happened")},
    ),
    (
        "Marco Ferrante è stato sospeso in via cautelativa da Lumira Spa.",
        {("dismissed", "Marco Ferrante", "Lumira", "happened")},
    ),
    (
        "Marco Ferrante è stato mandato via da Lumira Spa.",
        {("dismissed", "Marco Ferrante", "Lumira", "happened")},
    ),
    (
        "Franco Bini è stato sollevato dalla guida tecnica del Torino Calcio.",
        {("dismissed", "Franco Bini", "Torino Calcio", "happened")},
    ),
    (
        "Il Torino Calcio ha sollevato Franco Bini dall'incarico.",
        {("dismissed", "Franco Bini", "Torino Calcio", "happened")},
    ),
    (
        "Lumira Spa ha tolto le deleghe a Marco Ferrante.",
        {("dismissed", "Marco Ferrante", "Lumira", "happened")},
    ),
    # investors: minority stakes, capital increases, shareholders, funds raised from
    (
        "Banca Ardesia ha rilevato una quota del 10% di Lumira Spa.",
        {("invests", "Banca Ardesia", "Lumira", "happened")},
    ),
    (
        "Banca Ardesia ha acquistato il 5% di Lumira Spa.",
        {("invests", "Banca Ardesia", "Lumira", "happened")},
    ),
    (
        "Banca Ardesia sale al 20% di Lumira Spa.",
        {("invests", "Banca Ardesia", "Lumira", "happened")},
    ),
    (
        "Banca Ardesia ha sottoscritto l'aumento di capitale di Lumira Spa.",
        {("invests", "Banca Ardesia", "Lumira", "happened")},
    ),
    (
        "Banca Ardesia diventa azionista di Lumira Spa.",
        {("invests", "Banca Ardesia", "Lumira", "happened")},
    ),
    (
        "Lumira Spa ha raccolto 20 milioni di euro da Banca Ardesia.",
        {("invests", "Banca Ardesia", "Lumira", "happened")},
    ),
    # lawsuits
    (
        "Lumira Spa ha portato Vetrix Group in tribunale.",
        {("sues", "Lumira", "Vetrix Group", "happened")},
    ),
    (
        "Lumira Spa ha convenuto in giudizio Vetrix Group.",
        {("sues", "Lumira", "Vetrix Group", "happened")},
    ),
    (
        "Lumira Spa ha avviato un contenzioso con Vetrix Group.",
        {("sues", "Lumira", "Vetrix Group", "happened")},
    ),
    (
        "Lumira Spa passa alle vie legali contro Vetrix Group.",
        {("sues", "Lumira", "Vetrix Group", "happened")},
    ),
    (
        "Lumira Spa ha presentato un ricorso al Tar contro Vetrix Group.",
        {("sues", "Lumira", "Vetrix Group", "happened")},
    ),
    # 'arrivato in azienda ... da X': the article's company joined, the one named left
    (
        "Lumira Spa ha licenziato il direttore generale Marco Ferrante. Lumira Spa cerca un "
        "successore. Ferrante era arrivato in azienda nel 2020 da Vetrix Group, dove guidava le vendite.",
        {
            ("joins", "Marco Ferrante", "Lumira", "happened"),
            ("leaves", "Marco Ferrante", "Vetrix Group", "happened"),
        },
    ),
    # nominal arrivals and farewells, denied or rumoured
    (
        "Lumira Spa ha smentito le voci su un arrivo di Marco Ferrante.",
        {("joins", "Marco Ferrante", "Lumira", "denied")},
    ),
    (
        "Lumira Spa ha escluso un addio di Marco Ferrante.",
        {("leaves", "Marco Ferrante", "Lumira", "denied")},
    ),
    (
        "Si dice che Marco Ferrante lascerà Lumira Spa.",
        {("leaves", "Marco Ferrante", "Lumira", "rumored")},
    ),
    (
        "Circola con insistenza il nome di Marco Ferrante, che andrà a guidare Lumira Spa.",
        {("appointed", "Marco Ferrante", "Lumira", "rumored")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_italian_wording_is_extracted(text: str, expected: set[Fact]) -> None:
    got = facts("it", text)
    assert expected <= got, got


NEGATIVE = [
    "Banca Ardesia ha alzato i tassi di interesse.",
    "Il Vetrix Group ha lanciato un nuovo prodotto per il mercato europeo.",
    "Il Vetrix Group ha raggiunto un accordo con i sindacati.",
    "Giulia Rota ha denunciato i ritardi nei pagamenti di Lumira Spa.",
    "Marco Ferrante torna in campo contro il Torino Calcio.",
    "Giulia Rota torna a parlare del Vetrix Group.",
    "Giulia Rota passa alla fase due del progetto di Lumira Spa.",
    "Marco Ferrante è il nuovo volto della campagna pubblicitaria di Lumira Spa.",
    "Il Torino Calcio è stato promosso in serie A con Franco Bini in panchina.",
    "La nuova legge entra in vigore a gennaio, ha spiegato Marco Ferrante di Lumira Spa.",
    "Marco Ferrante rileva che il mercato è in crescita, secondo Lumira Spa.",
    "Marco Ferrante ha guidato Lumira Spa per dieci anni.",
    "Marco Ferrante guiderà la delegazione di Lumira Spa al vertice di Bruxelles.",
    "La partita tra il Torino Calcio e la Polisportiva Valmora è stata sospesa per pioggia.",
    "La produzione di Lumira Spa è stata sospesa in via cautelativa.",
    "Lumira Spa ha portato Vetrix Group al successo.",
    "Il sindaco ha citato Lumira Spa come esempio.",
    "Marco Ferrante ha raccolto 20 milioni di euro da investitori privati.",
    "Il titolo Lumira Spa sale al 5% in Borsa.",
    "Il titolo di Banca Ardesia ha preso il 3% in apertura.",
    "Marco Ferrante si è ritirato dalla corsa per il titolo con la Polisportiva Valmora.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_italian_sentences_without_an_event_give_nothing(text: str) -> None:
    assert facts("it", text) == set()


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("amministratrice delegata", "ceo"),
        ("ad", "ceo"),
        ("allenatore", "coach"),
        ("vice allenatore", "assistant coach"),
        ("direttore sportivo", "sporting director"),
        ("capitana", "captain"),
        ("rettrice", "rector"),
        ("prorettore", "vice-rector"),
        ("direttrice responsabile", "editor-in-chief"),
        ("conduttrice", "presenter"),
        ("segretario generale", "secretary general"),
        ("socia", "partner"),
        ("direttore operativo", "coo"),
        ("vicedirettore generale", "deputy general manager"),
        ("primario di cardiologia", "chief physician"),
        ("segretario nazionale", "secretary general"),
        ("addetta stampa", "spokesperson"),
        ("capo ufficio stampa", "head of communications"),
        ("direttore degli affari legali", "general counsel"),
        ("responsabile del settore giovanile", "head of youth academy"),
        ("presidente onorario", "honorary chairman"),
        ("direttore dello stabilimento", "plant director"),
        ("selezionatore", "coach"),
        ("coordinatrice", "coordinator"),
    ],
)
def test_italian_titles_map_to_english_roles(title: str, role: str) -> None:
    assert vocab("it").role_name(title) == role


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Dal 1° maggio succede ad Andrea Neri, presidente dal 2019.", ["presidente"]),
        ("Lo ha detto l'ad Andrea Neri.", ["ad"]),
        ("Lo ha detto l'AD di Lumira, Andrea Neri.", ["AD"]),
        ("È stato nominato ad della società.", ["ad"]),
    ],
)
def test_ad_before_a_capitalised_vowel_is_the_preposition(text: str, titles: list[str]) -> None:
    """'ad' is also the preposition 'a' before a vowel, a name's capital included."""
    assert [t for _, _, t in vocab("it").roles_in(text)] == titles
