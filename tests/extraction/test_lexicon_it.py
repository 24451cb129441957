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
    ],
)
def test_italian_titles_map_to_english_roles(title: str, role: str) -> None:
    assert vocab("it").role_name(title) == role
