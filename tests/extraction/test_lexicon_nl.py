"""The Dutch lexicon (orgwatch/lang/nl.toml) on sentences written for this test.

Every sentence is invented (companies, clubs, universities and people do not exist): each one
shows a way Dutch and Flemish news states a fact that the nl data file makes the rule extractor
find, or, for the negative cases, an ordinary sentence that states no event at all.
"""

from __future__ import annotations

import pytest
from invented import Fact, facts

POSITIVE: list[tuple[str, set[Fact]]] = [
    # challenging one's dismissal, in the te-infinitive, sues the employer
    (
        "Varenna Bank groeit. Varenna Bank ontslaat Maarten Dijk. Maarten Dijk kondigt aan naar de rechter "
        "te stappen om zijn ontslag aan te vechten.",
        {("sues", "Maarten Dijk", "Varenna Bank", "planned")},
    ),
    # works there by now, after leaving
    (
        "Joost Kamp werkt inmiddels bij de Belgische concurrent Marstal Pompen.",
        {("joins", "Joost Kamp", "Marstal Pompen", "happened")},
    ),
    # the name that opens the clause is the subject of a verb far at its end
    (
        "Hoofdklasser HV Dongen uit Breda heeft coach Ronald de Vries (52) gisteravond na een reeks "
        "nederlagen ontslagen.",
        {("dismissed", "Ronald de Vries", "HV Dongen", "happened")},
    ),
    # a loan to another club: leaves the lending one, joins the other
    (
        "Tom de Vries, spits van FC Veldhoven, wordt verhuurd aan SC Dalfsen tot juni.",
        {
            ("leaves", "Tom de Vries", "FC Veldhoven", "happened"),
            ("joins", "Tom de Vries", "SC Dalfsen", "happened"),
        },
    ),
    # a compound that names the kind of the company bought stands before its name
    (
        "Balder Logistics Group neemt de Zeeuwse havenlogistieker Kaaiman Transport over.",
        {("acquires", "Balder Logistics Group", "Kaaiman Transport", "happened")},
    ),
    # departures: separable verbs, inverted subjects, idioms
    (
        "Lotte Brink treedt per 1 juni af als bestuursvoorzitter van Meridiaan Bank.",
        {("leaves", "Lotte Brink", "Meridiaan Bank", "planned")},
    ),
    (
        "In 2019 trad Lotte Brink af als topvrouw van Meridiaan Bank.",
        {("leaves", "Lotte Brink", "Meridiaan Bank", "happened")},
    ),
    (
        "Kees Mol neemt ontslag bij Zandvoort Verzekeringen.",
        {("leaves", "Kees Mol", "Zandvoort Verzekeringen", "happened")},
    ),
    (
        "Trainer Ruud Paling bood zondag zijn ontslag aan bij Sporting Heidebeek.",
        {("leaves", "Ruud Paling", "Sporting Heidebeek", "happened")},
    ),
    (
        "Jasper Wouters is niet langer trainer van FC Kraaiendonk.",
        {("leaves", "Jasper Wouters", "FC Kraaiendonk", "happened")},
    ),
    (
        "Jan Mol is sinds vrijdag niet langer in dienst van Meridiaan Bank.",
        {("leaves", "Jan Mol", "Meridiaan Bank", "happened")},
    ),
    (
        "Femke Dijkstra gaat eind dit jaar met pensioen bij Noordwolde Energie.",
        {("leaves", "Femke Dijkstra", "Noordwolde Energie", "planned")},
    ),
    (
        "Ilse de Wit nam in 2021 afscheid van Dagblad Oostkust.",
        {("leaves", "Ilse de Wit", "Dagblad Oostkust", "happened")},
    ),
    (
        "Directeur Lieke Graaf van Stichting Waterkracht legt haar functie neer.",
        {("leaves", "Lieke Graaf", "Stichting Waterkracht", "happened")},
    ),
    (
        "Jan Mol heeft zijn functie als voorzitter van Stichting Zeezicht neergelegd.",
        {("leaves", "Jan Mol", "Stichting Zeezicht", "happened")},
    ),
    (
        "Sportief directeur Koen Smets van KV Ravels stapt op.",
        {("leaves", "Koen Smets", "KV Ravels", "happened")},
    ),
    (
        "Gedelegeerd bestuurder Ann Peeters van Brouwerij Kortewaag stapt op.",
        {("leaves", "Ann Peeters", "Brouwerij Kortewaag", "happened")},
    ),
    (
        "President-commissaris Jan Veen van Meridiaan Bank treedt terug.",
        {("leaves", "Jan Veen", "Meridiaan Bank", "happened")},
    ),
    (
        "Na twaalf jaar vertrekt Anne Wolf bij Kramer Advocaten.",
        {("leaves", "Anne Wolf", "Kramer Advocaten", "happened")},
    ),
    (
        "Bij Lumio werd Jan Mol in maart opgevolgd door Anouk Smit.",
        {("leaves", "Jan Mol", "Lumio", "happened")},
    ),
    (
        "FC Kraaiendonk en trainer Ruud Paling scheiden per direct de wegen.",
        {("leaves", "Ruud Paling", "FC Kraaiendonk", "happened")},
    ),
    (
        "Volgens de krant zou Jan Mol vertrekken bij Hoogland Retail.",
        {("leaves", "Jan Mol", "Hoogland Retail", "rumored")},
    ),
    # dismissals
    (
        "Hoogland Retail heeft topman Pieter Gaal ontslagen.",
        {("dismissed", "Pieter Gaal", "Hoogland Retail", "happened")},
    ),
    (
        "De raad van commissarissen zette topman Pieter Gaal aan de deur bij Hoogland Retail.",
        {("dismissed", "Pieter Gaal", "Hoogland Retail", "happened")},
    ),
    (
        "De raad van toezicht van Stichting Waterkracht stuurde directeur Lieke Graaf de laan uit.",
        {("dismissed", "Lieke Graaf", "Stichting Waterkracht", "happened")},
    ),
    (
        "Hoogland Retail heeft Jan Mol met onmiddellijke ingang op non-actief gesteld.",
        {("dismissed", "Jan Mol", "Hoogland Retail", "happened")},
    ),
    (
        "Jan Mol werd bedankt voor bewezen diensten bij FC Kraaiendonk.",
        {("dismissed", "Jan Mol", "FC Kraaiendonk", "happened")},
    ),
    # joins and moves
    (
        "Eerder deze week stapte financieel directeur Bart Kools over naar Vendrix Groep.",
        {("joins", "Bart Kools", "Vendrix Groep", "happened")},
    ),
    (
        "Marco Dekker maakt de overstap naar Vendrix Groep.",
        {("joins", "Marco Dekker", "Vendrix Groep", "happened")},
    ),
    (
        "Marco Dekker trad in 2020 in dienst bij Vendrix Groep.",
        {("joins", "Marco Dekker", "Vendrix Groep", "happened")},
    ),
    (
        "Marco Dekker begint op 1 mei als cfo bij Vendrix Groep.",
        {("joins", "Marco Dekker", "Vendrix Groep", "happened")},
    ),
    (
        "Ruud Paling tekent een contract bij FC Kraaiendonk.",
        {("joins", "Ruud Paling", "FC Kraaiendonk", "happened")},
    ),
    (
        "Pieter Gaal zal per 1 juli toetreden tot de raad van bestuur van Meridiaan Bank.",
        {("joins", "Pieter Gaal", "Meridiaan Bank", "planned")},
    ),
    (
        "Partner Joost Kramer van Kramer Advocaten vertrekt naar Stibbels.",
        {
            ("leaves", "Joost Kramer", "Kramer Advocaten", "happened"),
            ("joins", "Joost Kramer", "Stibbels", "happened"),
        },
    ),
    (
        "Hoogleraar Eva Lint vertrekt van de Rijksuniversiteit Groningen naar de Universiteit Gent.",
        {
            ("leaves", "Eva Lint", "Rijksuniversiteit Groningen", "happened"),
            ("joins", "Eva Lint", "Universiteit Gent", "happened"),
        },
    ),
    (
        "Rik Kamp verkast naar Omroep Noordkust.",
        {("joins", "Rik Kamp", "Omroep Noordkust", "happened")},
    ),
    # appointments
    (
        "Ruud Paling wordt de nieuwe trainer van FC Kraaiendonk.",
        {("appointed", "Ruud Paling", "FC Kraaiendonk", "happened")},
    ),
    (
        "Sanne Verbeek wordt per 1 januari algemeen directeur van Hoogland Retail.",
        {("appointed", "Sanne Verbeek", "Hoogland Retail", "planned")},
    ),
    (
        "Assistent-trainer Mo Idrissi wordt interim-trainer van FC Kraaiendonk.",
        {("appointed", "Mo Idrissi", "FC Kraaiendonk", "happened")},
    ),
    (
        "Hoogland Retail benoemt Sanne Verbeek tot financieel directeur.",
        {("appointed", "Sanne Verbeek", "Hoogland Retail", "happened")},
    ),
    (
        "Karin Vos volgt Ilse de Wit op als hoofdredacteur van Dagblad Oostkust.",
        {("appointed", "Karin Vos", "Dagblad Oostkust", "happened")},
    ),
    (
        "Vanaf maart komt de leiding in handen van Anouk Smit bij Stichting Zeezicht.",
        {("appointed", "Anouk Smit", "Stichting Zeezicht", "happened")},
    ),
    (
        "Jan Mol neemt voorlopig de taken van Anouk Smit waar bij Lumio.",
        {("appointed", "Jan Mol", "Lumio", "happened")},
    ),
    (
        "De Universiteit Leiden benoemt Saskia Hoorn tot decaan van de faculteit rechten.",
        {("appointed", "Saskia Hoorn", "Universiteit Leiden", "happened")},
    ),
    (
        "Volgens ingewijden staat Tom Berk hoog op het lijstje van FC Kraaiendonk.",
        {("appointed", "Tom Berk", "FC Kraaiendonk", "rumored")},
    ),
    (
        "Jan Mol zou in beeld zijn als nieuwe trainer van FC Kraaiendonk.",
        {("appointed", "Jan Mol", "FC Kraaiendonk", "rumored")},
    ),
    # leave, return, founding
    (
        "Ilse de Wit, cto van Lumio, neemt vanaf mei ouderschapsverlof.",
        {("leave_of_absence", "Ilse de Wit", "Lumio", "happened")},
    ),
    (
        "Lieke Graaf stapt tijdelijk opzij bij Stichting Waterkracht.",
        {("leave_of_absence", "Lieke Graaf", "Stichting Waterkracht", "happened")},
    ),
    (
        "Hanna Bos keerde na drie jaar terug naar Dagblad Oostkust.",
        {("returns", "Hanna Bos", "Dagblad Oostkust", "happened")},
    ),
    (
        "Jan Mol keert niet terug bij Hoogland Retail.",
        {("returns", "Jan Mol", "Hoogland Retail", "denied")},
    ),
    (
        "Ilse de Wit richtte in 2015 samen met Tom Berk het bedrijf Lumio op.",
        {("founds", "Ilse de Wit", "Lumio", "happened"), ("founds", "Tom Berk", "Lumio", "happened")},
    ),
    # organizations: acquisitions, lawsuits, investments
    ("Vendrix Groep neemt Lumio over.", {("acquires", "Vendrix Groep", "Lumio", "happened")}),
    (
        "Vendrix Groep nam vorig jaar het Utrechtse softwarebedrijf Lumio over.",
        {("acquires", "Vendrix Groep", "Lumio", "happened")},
    ),
    (
        "Vendrix Groep koopt de noodlijdende Belgische keten Prijsplus.",
        {("acquires", "Vendrix Groep", "Prijsplus", "happened")},
    ),
    (
        "Volgens ingewijden zou Vendrix Groep Lumio willen overnemen.",
        {("acquires", "Vendrix Groep", "Lumio", "rumored")},
    ),
    (
        "De overname van Lumio door Vendrix Groep is afgeblazen.",
        {("acquires", "Vendrix Groep", "Lumio", "denied")},
    ),
    (
        "Vendrix Groep klaagt Lumio aan wegens octrooi-inbreuk.",
        {("sues", "Vendrix Groep", "Lumio", "happened")},
    ),
    ("Vendrix Groep daagt Lumio voor de rechter.", {("sues", "Vendrix Groep", "Lumio", "happened")}),
    # V2: after a fronted adverbial the plaintiff follows the verb, the defendant the plaintiff
    (
        "Vorig jaar daagde Vendrix Groep het softwarebedrijf Lumio voor de rechter.",
        {("sues", "Vendrix Groep", "Lumio", "happened")},
    ),
    # verb-final in a that-clause
    (
        "Eva Smit maakte bekend dat Kanaal Ventures deze week een rechtszaak aanspande tegen Lumio.",
        {("sues", "Kanaal Ventures", "Lumio", "happened")},
    ),
    # a that-clause opening the sentence, denied right after it
    (
        "Meridiaan Bank zoekt een directeur. Dat Jan Mol bij Meridiaan Bank is ontslagen, ontkent de "
        "woordvoerder.",
        {("dismissed", "Jan Mol", "Meridiaan Bank", "denied")},
    ),
    # ... past an aside set off by commas
    (
        "Meridiaan Bank zoekt een directeur. Dat Jan Mol bij Meridiaan Bank is ontslagen, zoals sommige "
        "media melden, ontkent de woordvoerder.",
        {("dismissed", "Jan Mol", "Meridiaan Bank", "denied")},
    ),
    # the participle of 'aan de deur zetten' after an auxiliary
    (
        "Meridiaan Bank zoekt een directeur. Jan Mol zal volgende maand bij Meridiaan Bank aan de deur "
        "worden gezet.",
        {("dismissed", "Jan Mol", "Meridiaan Bank", "planned")},
    ),
    (
        "Vendrix Groep spant een rechtszaak aan tegen Lumio.",
        {("sues", "Vendrix Groep", "Lumio", "happened")},
    ),
    (
        "Kanaal Ventures neemt een minderheidsbelang in Lumio.",
        {("invests", "Kanaal Ventures", "Lumio", "happened")},
    ),
    (
        "Greenvolt Capital pompt 20 miljoen euro in Lumio.",
        {("invests", "Greenvolt Capital", "Lumio", "happened")},
    ),
    ("Greenvolt Capital stapt in bij Lumio.", {("invests", "Greenvolt Capital", "Lumio", "happened")}),
    # titles attached to people
    (
        "Hanna Bos, hoofdredacteur van Dagblad Oostkust, vertrekt.",
        {
            ("holds_role", "Hanna Bos", "Dagblad Oostkust", "happened"),
            ("leaves", "Hanna Bos", "Dagblad Oostkust", "happened"),
        },
    ),
    (
        "Lotte Brink, medeoprichter en ceo van Lumio, stapt op.",
        {("holds_role", "Lotte Brink", "Lumio", "happened"), ("leaves", "Lotte Brink", "Lumio", "happened")},
    ),
    # second round: succession and 'will lead'
    (
        "Sanne Verbeek neemt de plaats in van Jan Mol bij Meridiaan Bank.",
        {("appointed", "Sanne Verbeek", "Meridiaan Bank", "happened")},
    ),
    (
        "Sanne Verbeek neemt het voorzitterschap van Meridiaan Bank over van Jan Mol.",
        {("appointed", "Sanne Verbeek", "Meridiaan Bank", "happened")},
    ),
    (
        "Sanne Verbeek zal Jan Mol per 1 mei opvolgen bij Meridiaan Bank.",
        {("appointed", "Sanne Verbeek", "Meridiaan Bank", "planned")},
    ),
    (
        "Sanne Verbeek heeft Jan Mol opgevolgd als topvrouw van Meridiaan Bank.",
        {("appointed", "Sanne Verbeek", "Meridiaan Bank", "happened")},
    ),
    (
        "Sanne Verbeek krijgt de leiding over Meridiaan Bank.",
        {("appointed", "Sanne Verbeek", "Meridiaan Bank", "happened")},
    ),
    (
        "Volgens ingewijden praat Meridiaan Bank met Sanne Verbeek om Jan Mol op te volgen.",
        {("appointed", "Sanne Verbeek", "Meridiaan Bank", "rumored")},
    ),
    (
        "Sanne Verbeek zal vanaf mei Meridiaan Bank leiden.",
        {("appointed", "Sanne Verbeek", "Meridiaan Bank", "planned")},
    ),
    (
        "Sanne Verbeek komt aan het hoofd van Meridiaan Bank te staan.",
        {("appointed", "Sanne Verbeek", "Meridiaan Bank", "happened")},
    ),
    (
        "Sanne Verbeek zal de raad van commissarissen van Meridiaan Bank voorzitten.",
        {("appointed", "Sanne Verbeek", "Meridiaan Bank", "planned")},
    ),
    # withdrawal and retirement
    (
        "Jan Mol trekt zich terug uit de directie van Meridiaan Bank.",
        {("leaves", "Jan Mol", "Meridiaan Bank", "happened")},
    ),
    (
        "Jan Mol heeft zich teruggetrokken uit het bestuur van Meridiaan Bank.",
        {("leaves", "Jan Mol", "Meridiaan Bank", "happened")},
    ),
    (
        "Jan Mol stelt zich niet herkiesbaar als voorzitter van Meridiaan Bank.",
        {("leaves", "Jan Mol", "Meridiaan Bank", "happened")},
    ),
    (
        "Jan Mol zet een stap terug bij Meridiaan Bank.",
        {("leaves", "Jan Mol", "Meridiaan Bank", "happened")},
    ),
    (
        "Het contract van Jan Mol bij Meridiaan Bank wordt niet verlengd.",
        {("leaves", "Jan Mol", "Meridiaan Bank", "happened")},
    ),
    (
        "Jan Mol houdt het voor gezien bij Meridiaan Bank.",
        {("leaves", "Jan Mol", "Meridiaan Bank", "happened")},
    ),
    (
        "Jan Mol hangt zijn functie bij Meridiaan Bank aan de wilgen.",
        {("leaves", "Jan Mol", "Meridiaan Bank", "happened")},
    ),
    # investors; a person who 'stapt in' as an officer joins
    (
        "Greenvolt Capital koopt 15 procent van de aandelen van Lumio.",
        {("invests", "Greenvolt Capital", "Lumio", "happened")},
    ),
    (
        "Greenvolt Capital is ingestapt bij Lumio.",
        {("invests", "Greenvolt Capital", "Lumio", "happened")},
    ),
    (
        "Greenvolt Capital wordt aandeelhouder van Lumio.",
        {("invests", "Greenvolt Capital", "Lumio", "happened")},
    ),
    (
        "Greenvolt Capital treedt toe als aandeelhouder van Lumio.",
        {("invests", "Greenvolt Capital", "Lumio", "happened")},
    ),
    (
        "Greenvolt Capital heeft een minderheidsbelang genomen in Lumio.",
        {("invests", "Greenvolt Capital", "Lumio", "happened")},
    ),
    (
        "Jan Mol stapt in bij Lumio als financieel directeur.",
        {("joins", "Jan Mol", "Lumio", "happened")},
    ),
    # lawsuits
    (
        "Vendrix Groep doet aangifte tegen Lumio.",
        {("sues", "Vendrix Groep", "Lumio", "happened")},
    ),
    # dismissals
    (
        "Lumio schorst Jan Mol.",
        {("dismissed", "Jan Mol", "Lumio", "happened")},
    ),
    (
        "Jan Mol is geschorst door Lumio.",
        {("dismissed", "Jan Mol", "Lumio", "happened")},
    ),
    (
        "Lumio neemt afscheid van trainer Jan Mol.",
        {("dismissed", "Jan Mol", "Lumio", "happened")},
    ),
    (
        "Jan Mol werd bij Lumio aan de kant geschoven.",
        {("dismissed", "Jan Mol", "Lumio", "happened")},
    ),
    (
        "Jan Mol werd vrijgesteld van zijn taken bij Lumio.",
        {("dismissed", "Jan Mol", "Lumio", "happened")},
    ),
    # arrivals, and a denied one
    (
        "Jan Mol kwam in 2021 van Vendrix Groep naar Lumio.",
        {("joins", "Jan Mol", "Lumio", "happened"), ("leaves", "Jan Mol", "Vendrix Groep", "happened")},
    ),
    (
        "Jan Mol belandde in 2021 bij Lumio.",
        {("joins", "Jan Mol", "Lumio", "happened")},
    ),
    (
        "Jan Mol kwam in 2021 bij Lumio terecht.",
        {("joins", "Jan Mol", "Lumio", "happened")},
    ),
    (
        "De komst van Jan Mol naar Lumio werd ontkend.",
        {("joins", "Jan Mol", "Lumio", "denied")},
    ),
    (
        "Om de groei te financieren haalt Lumio een ervaren bankier binnen: Jan Mol.",
        {("joins", "Jan Mol", "Lumio", "happened")},
    ),
    (
        "Jan Mol vertrekt bij Velorim. In 2019 kwam hij naar Velorim vanuit Lumio.",
        {("joins", "Jan Mol", "Velorim", "happened")},
    ),
    (
        "Jan Mol, penningmeester van Waterschap Eem en Vallei, gaat met pensioen.",
        {("leaves", "Jan Mol", "Waterschap Eem en Vallei", "planned")},
    ),
]


NEGATIVE: list[str] = [
    "Meridiaan Bank verhoogt de rente op spaarrekeningen.",
    "Lumio richt zich op de Duitse markt.",
    "Jan Mol volgt de ontwikkelingen op de voet.",
    "Jan Mol stapt op de trein naar Parijs.",
    "Lumio verkocht vorig jaar twee miljoen apparaten.",
    "Jan Mol werkt al twintig jaar bij Meridiaan Bank.",
    "Meridiaan Bank kocht vorige week aandelen Lumio.",
    "Jan Mol neemt de telefoon niet op.",
    "Jan Mol begint de vergadering bij Meridiaan Bank altijd om negen uur.",
    "Jan Mol komt terug op zijn eerdere uitspraken over Meridiaan Bank.",
    "Jan Mol komt uit Utrecht en woont in Gent.",
    "Jan Mol draagt de verantwoordelijkheid voor de cijfers van Meridiaan Bank.",
    # second round: idioms whose words also make ordinary sentences
    "De staking zal bij Meridiaan Bank tot vertraging leiden.",
    "Jan Mol gaat de gesprekken met Meridiaan Bank leiden.",
    "Jan Mol stapte in 2019 in bij Lumio.",
    "Jan Mol trekt zijn voorstel bij Meridiaan Bank terug.",
    "Jan Mol zet een stap vooruit bij Meridiaan Bank.",
    "Lumio heeft het contract met Vendrix Groep verlengd.",
    "Jan Mol woont al jaren in Leiden.",
    "De komst van de zomer is goed nieuws voor Lumio.",
    "Jan Mol kwam vorige week met de trein naar Gent.",
    "Lumio zet een punt achter de samenwerking met Vendrix Groep.",
    "Jan Mol kwam bij Lumio op het idee voor een nieuwe app.",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_dutch_news_wording_is_found(text: str, expected: set[Fact]) -> None:
    got = facts("nl", text)
    assert expected <= got, got


@pytest.mark.parametrize("text", NEGATIVE)
def test_ordinary_dutch_sentences_state_no_event(text: str) -> None:
    assert facts("nl", text) == set()
