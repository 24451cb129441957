"""The German lexicon (orgwatch/lang/de.toml) on sentences written for these tests.

Every sentence is invented (companies, clubs, universities and people that do not exist): each
shows one way German business, sports, university, media or NGO news states a fact, so a
change to the German word lists that loses one of them fails here. The last cases are
sentences that state no event at all: the triggers must not fire on them.
"""

from __future__ import annotations

import pytest
from invented import Fact, facts

POSITIVE: list[tuple[str, set[Fact]]] = [
    # 'sowohl A als auch B': each of the two, persons or organizations with their articles
    (
        "Die Norvia AG wächst. Sowohl Jan Roth als auch Eva Kern verlassen die Norvia AG.",
        {("leaves", "Jan Roth", "Norvia", "happened"), ("leaves", "Eva Kern", "Norvia", "happened")},
    ),
    (
        "Die Norvia AG klagt. Die Norvia AG hat sowohl die Falkner Bank als auch die Orbis Logistik GmbH "
        "verklagt.",
        {("sues", "Norvia", "Falkner Bank", "happened"), ("sues", "Norvia", "Orbis Logistik", "happened")},
    ),
    # the infinitive after a modal, verb-final
    (
        "Die Varenna AG wird verkauft. Die Varenna AG ordnet ihre Spitze neu. Jan Roth soll im Herbst den "
        "Vorsitz des Aufsichtsrats übernehmen.",
        {("appointed", "Jan Roth", "Varenna", "planned")},
    ),
    # leaving and taking a title at the article's organization, in one sentence: a move inside it
    (
        "Die Varenna AG ordnet ihre Spitze neu. Jan Roth führt die Varenna AG seit 2010 als Vorstandschef. "
        "Im Herbst möchte Roth sich aus dem Tagesgeschäft zurückziehen und dann den Vorsitz im "
        "Aufsichtsrat übernehmen.",
        {("reassigned", "Jan Roth", "Varenna", "planned")},
    ),
    # a passive's agents listed with their occupations and a form of address: the one founded
    # stands before them, not the university named after them
    (
        "Die Varenna GmbH wächst. Varenna war 2015 von der Biochemikerin Dr. Anna Roth und dem Physiker "
        "Paul Kern als Spin-off der Universität Bonn gegründet worden.",
        {("founds", "Anna Roth", "Varenna", "happened"), ("founds", "Paul Kern", "Varenna", "happened")},
    ),
    # V2: after a fronted adverbial the plaintiff follows the verb, the defendant the plaintiff
    (
        "Im Mai verklagte die Varenna AG den Zulieferer Korvin Technik vor dem Landgericht.",
        {("sues", "Varenna", "Korvin Technik", "happened")},
    ),
    # a dass-clause opening the sentence, denied right after it
    (
        "Die Isarwerk AG sucht einen Chef. Dass Jan Roth von der Isarwerk AG entlassen wurde, bestreitet "
        "der Aufsichtsrat.",
        {("dismissed", "Jan Roth", "Isarwerk", "denied")},
    ),
    # V2: after a fronted adverbial the holder of a stake follows the verb, past a description
    (
        "Varenna AG wächst. Varenna AG verkauft. Seit 2021 hält außerdem der Münchner Investor Korvin "
        "Kapital rund 15 Prozent an der Varenna AG.",
        {("invests", "Korvin Kapital", "Varenna", "happened")},
    ),
    # 'Dort' opening the sentence is the organization named before, for every clause
    (
        "Jan Roth wechselt zur Isarwerk AG. Dort leitet er künftig die Abteilung von Helga Brandl, die im "
        "Mai in den Ruhestand tritt.",
        {("leaves", "Helga Brandl", "Isarwerk", "happened")},
    ),
    # the hirer before the one hired, the verb last
    (
        "Schon im Mai hatten die Kinzig Falken den Kanadier Owen Tremblay verpflichtet.",
        {("joins", "Owen Tremblay", "Kinzig Falken", "happened")},
    ),
    # works there by now, after leaving
    (
        "Uwe Kranz arbeitet inzwischen beim Konkurrenten Marstal Pumpen.",
        {("joins", "Uwe Kranz", "Marstal Pumpen", "happened")},
    ),
    # the attributive participle: the name it qualifies is the one founded
    (
        "Die 2010 von Eva Roth gegründete Lumio AG wurde verkauft.",
        {("founds", "Eva Roth", "Lumio", "happened")},
    ),
    (
        "Er leitet die von seinem Vater Karl Roth gegründete Roth Bau GmbH.",
        {("founds", "Karl Roth", "Roth Bau", "happened")},
    ),
    # a separable verb whose particle ends a long clause; a parting with adverbials before 'von'
    (
        "Im Januar kehrt Jan Roth nach fünf Jahren in London und zwei Jahren bei einem Hamburger "
        "Versicherer als neuer Leiter des Vertriebs zur Halvor Bank AG zurück.",
        {("returns", "Jan Roth", "Halvor Bank", "happened")},
    ),
    (
        "Die Halvor Bank AG hat sich nach langem Streit von Vorstandschefin Eva Roth getrennt.",
        {("dismissed", "Eva Roth", "Halvor Bank", "happened")},
    ),
    # a Nordic legal suffix in capitals; a party's deputy named by a compound
    (
        "Die Haldenstein AG hat das norwegische Unternehmen Fjordsoft AS übernommen.",
        {("acquires", "Haldenstein", "Fjordsoft", "happened")},
    ),
    (
        "CDU-Vize Julia Kernbach trat am Montag zurück.",
        {
            ("holds_role", "Julia Kernbach", "CDU", "happened"),
            ("leaves", "Julia Kernbach", "CDU", "happened"),
        },
    ),
    # leaving: separable verbs with the subject after the verb, retirement, 'no longer'
    (
        "Am Freitag trat Jonas Reiter als Vorstandschef der Haldenstein AG zurück.",
        {("leaves", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Nach nur acht Monaten tritt Petra Lindner als Finanzchefin von Quellwerk ab.",
        {("leaves", "Petra Lindner", "Quellwerk", "happened")},
    ),
    (
        "Zum 30. Juni legt Stefan Kolb sein Amt als Vorstandschef der Haldenstein AG nieder.",
        {("leaves", "Stefan Kolb", "Haldenstein", "happened")},
    ),
    (
        "Stefan Kolb, Vorstandschef der Haldenstein AG, geht zum Jahresende in den Ruhestand.",
        {
            ("leaves", "Stefan Kolb", "Haldenstein", "happened"),
            ("holds_role", "Stefan Kolb", "Haldenstein", "happened"),
        },
    ),
    (
        "Dekan Martin Scholz scheidet zum Semesterende aus der Universität Rabenau aus.",
        {("leaves", "Martin Scholz", "Universität Rabenau", "happened")},
    ),
    (
        "Sportdirektor Uwe Brandt kehrt dem FC Mühlbach den Rücken.",
        {("leaves", "Uwe Brandt", "FC Mühlbach", "happened")},
    ),
    (
        "Heute verabschiedet sich Martin Scholz von Radio Elbtal.",
        {("leaves", "Martin Scholz", "Radio Elbtal", "happened")},
    ),
    (
        "Finanzvorstand Jonas Reiter ist nicht mehr für die Haldenstein AG tätig.",
        {("leaves", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Stefan Kolb ist nicht mehr Vorstandschef der Haldenstein AG.",
        {("leaves", "Stefan Kolb", "Haldenstein", "happened")},
    ),
    (
        "Stefan Kolb gibt den Vorsitz der Haldenstein AG zum Jahresende ab.",
        {("leaves", "Stefan Kolb", "Haldenstein", "happened")},
    ),
    (
        "Der FC Mühlbach hat den Vertrag mit Lukas Hahn aufgelöst.",
        {("leaves", "Lukas Hahn", "FC Mühlbach", "happened")},
    ),
    (
        "Intendantin Sabine Roth verlässt den Sender Radio Elbtal.",
        {("leaves", "Sabine Roth", "Radio Elbtal", "happened")},
    ),
    (
        "Generalsekretärin Petra Lindner verlässt die Hilfsorganisation Brückenhilfe.",
        {("leaves", "Petra Lindner", "Brückenhilfe", "happened")},
    ),
    # dismissals: parting ways, 'must go', removal by the board
    (
        "Der FC Mühlbach hat sich von Cheftrainer Markus Behrendt getrennt.",
        {("dismissed", "Markus Behrendt", "FC Mühlbach", "happened")},
    ),
    (
        "Der FC Mühlbach trennt sich mit sofortiger Wirkung von Trainer Markus Behrendt.",
        {("dismissed", "Markus Behrendt", "FC Mühlbach", "happened")},
    ),
    (
        "Die Vantara Bank hat ihren Vorstandschef Stefan Kolb mit sofortiger Wirkung entlassen.",
        {
            ("dismissed", "Stefan Kolb", "Vantara Bank", "happened"),
            ("holds_role", "Stefan Kolb", "Vantara Bank", "happened"),
        },
    ),
    (
        "Vorstandschef Stefan Kolb wurde vom Aufsichtsrat der Haldenstein AG abberufen.",
        {("dismissed", "Stefan Kolb", "Haldenstein", "happened")},
    ),
    (
        "Der Aufsichtsrat der Haldenstein AG hat Finanzvorstand Jonas Reiter gefeuert.",
        {("dismissed", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    # a perfect move from a named company to the article's one at its place ('nach Mußbach')
    (
        "Die Winzergenossenschaft Talblick hat Jan Roe entlassen. Die Winzergenossenschaft Talblick "
        "sucht einen Nachfolger. Roe war 2006 vom Weinhandelshaus Kelm & Sohn in Bad Dürkheim nach "
        "Mußbach gewechselt.",
        {
            ("leaves", "Jan Roe", "Kelm & Sohn", "happened"),
            ("joins", "Jan Roe", "Winzergenossenschaft Talblick", "happened"),
        },
    ),
    (
        "Die Kölner Haie haben Jan Roe entlassen. Die Kölner Haie suchen einen Trainer. Roe war 2021 "
        "von den Breisgau Bären an die Lahn gekommen.",
        {
            ("leaves", "Jan Roe", "Breisgau Bären", "happened"),
            ("joins", "Jan Roe", "Kölner Haie", "happened"),
        },
    ),
    # joining: signings, 'heuert an', 'stößt zu', perfect forms
    (
        "Der SV Ellerbrook verpflichtete den Stürmer Lukas Hahn.",
        {("joins", "Lukas Hahn", "SV Ellerbrook", "happened")},
    ),
    (
        "Lukas Hahn unterschreibt beim SV Ellerbrook einen Vertrag bis 2027.",
        {("joins", "Lukas Hahn", "SV Ellerbrook", "happened")},
    ),
    (
        "Jonas Reiter heuert bei der Haldenstein AG an.",
        {("joins", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Jonas Reiter stößt im Sommer als Finanzchef zur Haldenstein AG.",
        {("joins", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    # 'es zu etwas bringen': made it to a place
    (
        "Die Chemikerin Lena Vogt hat es 2019 mit ihrem Team zur Haldenstein AG gebracht.",
        {("joins", "Lena Vogt", "Haldenstein", "happened")},
    ),
    (
        "Jonas Reiter brachte es nach zehn Jahren zur Vantara Bank.",
        {("joins", "Jonas Reiter", "Vantara Bank", "happened")},
    ),
    (
        "Vertriebschef Tobias Wendt wechselt von der Haldenstein AG zur Vantara Bank.",
        {
            ("leaves", "Tobias Wendt", "Haldenstein", "happened"),
            ("joins", "Tobias Wendt", "Vantara Bank", "happened"),
        },
    ),
    (
        "Partnerin Karin Vogt wechselt von der Kanzlei Brandt Kolb zur Kanzlei Ostermann.",
        {
            ("leaves", "Karin Vogt", "Brandt Kolb", "happened"),
            ("joins", "Karin Vogt", "Ostermann", "happened"),
        },
    ),
    (
        "Die Haldenstein AG warb Jonas Reiter von der Vantara Bank ab.",
        {("leaves", "Jonas Reiter", "Vantara Bank", "happened")},
    ),
    # appointments: taking over the team or the post, moving up, acting heads, elections
    (
        "Nun übernimmt Co-Trainer Tobias Wendt die Mannschaft des FC Mühlbach.",
        {("appointed", "Tobias Wendt", "FC Mühlbach", "happened")},
    ),
    (
        "Tobias Wendt übernimmt den Posten des Vorstandschefs bei der Haldenstein AG.",
        {("appointed", "Tobias Wendt", "Haldenstein", "happened")},
    ),
    (
        "Die Haldenstein AG hat Tobias Wendt zum neuen Finanzvorstand bestellt.",
        {("appointed", "Tobias Wendt", "Haldenstein", "happened")},
    ),
    (
        "Andreas Pohl soll zum 1. Juli in den Vorstand von Quellwerk einziehen.",
        {("appointed", "Andreas Pohl", "Quellwerk", "planned")},
    ),
    # 'wird' then a date, an adverb or an adjective before the title; the subject after the verb
    (
        "Sabine Ortmann (49) wird zum 1. Januar 2025 Vorstandsvorsitzende der Sparkasse Rabenau.",
        {("appointed", "Sabine Ortmann", "Sparkasse Rabenau", "planned")},
    ),
    (
        "Bei der Haldenstein GmbH wird Julia Kernbach im Frühjahr kaufmännische Geschäftsführerin.",
        {("appointed", "Julia Kernbach", "Haldenstein", "planned")},
    ),
    (
        "Jana Wolters wird ab sofort kommissarisch Trainerin des FC Mühlbach.",
        {("appointed", "Jana Wolters", "FC Mühlbach", "planned")},
    ),
    (
        "Karin Vogt rückt an die Spitze der Vantara Bank.",
        {("appointed", "Karin Vogt", "Vantara Bank", "happened")},
    ),
    (
        "Mit Karin Vogt rückt erstmals eine Frau an die Konzernspitze von Quellwerk.",
        {("appointed", "Karin Vogt", "Quellwerk", "happened")},
    ),
    (
        "Karin Vogt löst Stefan Kolb als Vorstandschefin der Vantara Bank ab.",
        {("appointed", "Karin Vogt", "Vantara Bank", "happened")},
    ),
    (
        "Claudia Berger beerbt Stefan Kolb an der Spitze der Haldenstein AG.",
        {("appointed", "Claudia Berger", "Haldenstein", "happened")},
    ),
    (
        "Die Universität Rabenau hat Claudia Berger zur neuen Rektorin gewählt.",
        {("appointed", "Claudia Berger", "Universität Rabenau", "happened")},
    ),
    (
        "Prorektorin Claudia Berger wird die Universität Rabenau kommissarisch leiten.",
        {("appointed", "Claudia Berger", "Universität Rabenau", "planned")},
    ),
    (
        "Die Hauptversammlung der Haldenstein AG wählte Claudia Berger in den Aufsichtsrat.",
        {("appointed", "Claudia Berger", "Haldenstein", "happened")},
    ),
    (
        "Die designierte Vorstandschefin Karin Vogt tritt ihr Amt bei der Haldenstein AG am 1. Juli an.",
        {("appointed", "Karin Vogt", "Haldenstein", "planned")},
    ),
    (
        "Seit Montag ist Jonas Reiter neuer Finanzvorstand der Haldenstein AG.",
        {("appointed", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Jonas Reiter wird Nachfolger von Stefan Kolb bei der Haldenstein AG.",
        {("appointed", "Jonas Reiter", "Haldenstein", "planned")},
    ),
    (
        "Insidern zufolge soll Karin Vogt neue Chefin von Quellwerk werden.",
        {("appointed", "Karin Vogt", "Quellwerk", "rumored")},
    ),
    (
        "Die Vantara Bank hat Karin Vogt zur Interims-Finanzchefin ernannt.",
        {("appointed", "Karin Vogt", "Vantara Bank", "happened")},
    ),
    (
        "Petra Lindner steigt bei der Vantara Bank zur Finanzchefin auf.",
        {("appointed", "Petra Lindner", "Vantara Bank", "happened")},
    ),
    (
        "Andreas Pohl wird neuer Trainer beim FC Mühlbach.",
        {("appointed", "Andreas Pohl", "FC Mühlbach", "planned")},
    ),
    (
        "Sabine Roth wird neue Intendantin des Senders Radio Elbtal.",
        {("appointed", "Sabine Roth", "Radio Elbtal", "planned")},
    ),
    (
        "Karin Vogt wird Partnerin bei der Kanzlei Ostermann.",
        {("appointed", "Karin Vogt", "Ostermann", "planned")},
    ),
    (
        "Jonas Reiter übernimmt den Vorsitz des Vereins Brückenhilfe.",
        {("appointed", "Jonas Reiter", "Brückenhilfe", "happened")},
    ),
    (
        "Der FC Mühlbach und Trainer Andreas Pohl haben sich auf eine einvernehmliche Trennung verständigt.",
        {("leaves", "Andreas Pohl", "FC Mühlbach", "happened")},
    ),
    # leave, return, founding
    (
        "Petra Lindner, Finanzchefin der Quellwerk GmbH, verabschiedet sich in die Elternzeit.",
        {("leave_of_absence", "Petra Lindner", "Quellwerk", "happened")},
    ),
    (
        "Rektorin Claudia Berger nimmt ein Forschungssemester und lässt ihr Amt an der "
        "Universität Rabenau ruhen.",
        {("leave_of_absence", "Claudia Berger", "Universität Rabenau", "happened")},
    ),
    (
        "Nach einem halben Jahr Auszeit ist Petra Lindner zu Quellwerk zurückgekehrt.",
        {("returns", "Petra Lindner", "Quellwerk", "happened")},
    ),
    (
        "Die Quellwerk GmbH holt den früheren Finanzchef Jonas Reiter zurück.",
        {("returns", "Jonas Reiter", "Quellwerk", "happened")},
    ),
    (
        "Jonas Reiter hat die Quellwerk GmbH 2015 gemeinsam mit Petra Lindner ins Leben gerufen.",
        {
            ("founds", "Jonas Reiter", "Quellwerk", "happened"),
            ("founds", "Petra Lindner", "Quellwerk", "happened"),
        },
    ),
    # organizations: investments, acquisitions, lawsuits
    (
        "Die Vantara Bank hat sich mit 20 Millionen Euro an der Quellwerk GmbH beteiligt.",
        {("invests", "Vantara Bank", "Quellwerk", "happened")},
    ),
    (
        "Talvia Capital steckt weitere 50 Millionen Euro in die Quellwerk GmbH.",
        {("invests", "Talvia Capital", "Quellwerk", "happened")},
    ),
    (
        "Die Haldenstein AG übernimmt den Logistiker Ostwind Logistik.",
        {("acquires", "Haldenstein", "Ostwind Logistik", "happened")},
    ),
    (
        "Die Haldenstein AG fusioniert mit der Ostwind Logistik GmbH.",
        {("acquires", "Haldenstein", "Ostwind Logistik", "happened")},
    ),
    (
        "Die Haldenstein AG prüft eine Übernahme der Ostwind Logistik GmbH.",
        {("acquires", "Haldenstein", "Ostwind Logistik", "rumored")},
    ),
    (
        "Die Übernahme von Quellwerk durch die Haldenstein AG ist geplatzt.",
        {("acquires", "Haldenstein", "Quellwerk", "denied")},
    ),
    (
        "Die Haldenstein AG reicht beim Landgericht Klage gegen Quellwerk ein.",
        {("sues", "Haldenstein", "Quellwerk", "happened")},
    ),
    (
        "Die Haldenstein AG zieht gegen die Vantara Bank vor Gericht.",
        {("sues", "Haldenstein", "Vantara Bank", "happened")},
    ),
    # status
    (
        "Stefan Kolb wird nicht zur Haldenstein AG zurückkehren.",
        {("returns", "Stefan Kolb", "Haldenstein", "denied")},
    ),
    # second round: succession, taking office, 'will lead'
    (
        "Jonas Reiter trat im Mai die Nachfolge von Petra Lindner bei der Haldenstein AG an.",
        {("appointed", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Jonas Reiter folgt auf Petra Lindner an der Spitze der Haldenstein AG.",
        {("appointed", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Jonas Reiter folgte Petra Lindner als Vorstandschef der Haldenstein AG nach.",
        {("appointed", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Jonas Reiter nimmt den Platz von Petra Lindner im Vorstand der Haldenstein AG ein.",
        {("appointed", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Die Haldenstein AG hat Jonas Reiter zum Nachfolger von Petra Lindner bestimmt.",
        {("appointed", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Jonas Reiter tritt bei der Haldenstein AG in die Fußstapfen von Petra Lindner.",
        {("appointed", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Jonas Reiter wird die Haldenstein AG ab Juli leiten.",
        {("appointed", "Jonas Reiter", "Haldenstein", "planned")},
    ),
    (
        "Jonas Reiter wird künftig an der Spitze der Haldenstein AG stehen.",
        {("appointed", "Jonas Reiter", "Haldenstein", "planned")},
    ),
    (
        "Jonas Reiter wird dem Aufsichtsrat der Haldenstein AG vorsitzen.",
        {("appointed", "Jonas Reiter", "Haldenstein", "planned")},
    ),
    (
        "Künftig leitet Jonas Reiter die Haldenstein AG.",
        {("appointed", "Jonas Reiter", "Haldenstein", "planned")},
    ),
    # withdrawal and retirement
    (
        "Jonas Reiter geht Ende des Jahres bei der Haldenstein AG in Rente.",
        {("leaves", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Jonas Reiter tritt zum Jahresende bei der Haldenstein AG in den Ruhestand.",
        {("leaves", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Jonas Reiter stellt sich bei der Haldenstein AG nicht zur Wiederwahl.",
        {("leaves", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Jonas Reiter kandidiert nicht erneut für den Vorsitz der Haldenstein AG.",
        {("leaves", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Jonas Reiter hat sich aus dem Vorstand der Haldenstein AG zurückgezogen.",
        {("leaves", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Der Rückzug von Jonas Reiter aus dem Vorstand der Haldenstein AG kam überraschend.",
        {("leaves", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Jonas Reiter gibt den Vorstandsvorsitz der Haldenstein AG ab.",
        {("leaves", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Jonas Reiter wird seinen Posten bei der Haldenstein AG zum Jahresende aufgeben.",
        {("leaves", "Jonas Reiter", "Haldenstein", "planned")},
    ),
    (
        "Jonas Reiter verzichtet auf eine Verlängerung seines Vertrags bei der Haldenstein AG.",
        {("leaves", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    # investors: 'steigt bei X ein', stakes and shares
    (
        "Talvia Capital steigt bei der Quellwerk GmbH ein.",
        {("invests", "Talvia Capital", "Quellwerk", "happened")},
    ),
    (
        "Talvia Capital stieg 2021 mit 30 Prozent bei der Quellwerk GmbH ein.",
        {("invests", "Talvia Capital", "Quellwerk", "happened")},
    ),
    (
        "Talvia Capital ist als Investor bei der Quellwerk GmbH eingestiegen.",
        {("invests", "Talvia Capital", "Quellwerk", "happened")},
    ),
    (
        "Talvia Capital kauft 10 Prozent der Aktien der Quellwerk GmbH.",
        {("invests", "Talvia Capital", "Quellwerk", "happened")},
    ),
    (
        "Talvia Capital stockt ihren Anteil an der Quellwerk GmbH auf 40 Prozent auf.",
        {("invests", "Talvia Capital", "Quellwerk", "happened")},
    ),
    (
        "Talvia Capital sichert sich einen Anteil an der Quellwerk GmbH.",
        {("invests", "Talvia Capital", "Quellwerk", "happened")},
    ),
    (
        "Jonas Reiter steigt als Finanzchef bei der Quellwerk GmbH ein.",
        {("joins", "Jonas Reiter", "Quellwerk", "happened")},
    ),
    # lawsuits
    (
        "Jonas Reiter zerrt die Haldenstein AG vor Gericht.",
        {("sues", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Jonas Reiter wehrt sich vor Gericht gegen seine Abberufung bei der Haldenstein AG.",
        {("sues", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Jonas Reiter erstattete Anzeige gegen die Haldenstein AG.",
        {("sues", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Die Vantara Bank legte Beschwerde gegen die Haldenstein AG ein.",
        {("sues", "Vantara Bank", "Haldenstein", "happened")},
    ),
    (
        "Die Vantara Bank strengt einen Prozess gegen die Haldenstein AG an.",
        {("sues", "Vantara Bank", "Haldenstein", "happened")},
    ),
    (
        "Die Vantara Bank klagt vor dem Landgericht gegen die Haldenstein AG.",
        {("sues", "Vantara Bank", "Haldenstein", "happened")},
    ),
    # dismissals
    (
        "Die Haldenstein AG setzt Jonas Reiter vor die Tür.",
        {("dismissed", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Die Haldenstein AG stellt Jonas Reiter mit sofortiger Wirkung frei.",
        {("dismissed", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Die Haldenstein AG hat Jonas Reiter suspendiert.",
        {("dismissed", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Jonas Reiter wurde bei der Haldenstein AG abgelöst.",
        {("dismissed", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Die Haldenstein AG hat Jonas Reiter den Laufpass gegeben.",
        {("dismissed", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Die Haldenstein AG beendet die Zusammenarbeit mit Trainer Jonas Reiter.",
        {("dismissed", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Jonas Reiter wurde von seinen Aufgaben bei der Haldenstein AG entbunden.",
        {("dismissed", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Die Haldenstein AG trennt sich mit sofortiger Wirkung von Jonas Reiter.",
        {("dismissed", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Jonas Reiter muss bei der Haldenstein AG seinen Hut nehmen.",
        {("dismissed", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Jonas Reiter wurde bei der Haldenstein AG geschasst.",
        {("dismissed", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    # arrivals, and a denied one
    (
        "Jonas Reiter fängt im Mai bei der Haldenstein AG an.",
        {("joins", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Jonas Reiter hat 2019 bei der Haldenstein AG angefangen.",
        {("joins", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Jonas Reiter beginnt im Mai als Finanzchef bei der Haldenstein AG.",
        {("joins", "Jonas Reiter", "Haldenstein", "happened")},
    ),
    (
        "Der Wechsel von Jonas Reiter zur Haldenstein AG wurde dementiert.",
        {("joins", "Jonas Reiter", "Haldenstein", "denied")},
    ),
]

NEGATIVE: list[str] = [
    "Die Vantara Bank hat den Leitzins nicht verändert.",
    "Jonas Reiter lobte die Vantara Bank aus mehreren Gründen.",
    "Die Haldenstein AG stellt die Produktion in Bremen ein.",
    "Vorstandschef Jonas Reiter sagte, die Haldenstein AG kehre in die Gewinnzone zurück.",
    "Der FC Mühlbach übernahm in der zehnten Minute die Führung.",
    "Die Vantara Bank hat die Zinsen für Kredite erhöht.",
    "Die Haldenstein AG übernimmt die Kosten für den Umbau.",
    "Der Bundesligist FC Mühlbach steht an der Spitze der Tabelle.",
    "Die Vantara Bank hat ihre Prognose für das laufende Jahr bestätigt.",
    "Jonas Reiter besuchte die Messe in Hannover und traf dort Kunden der Haldenstein AG.",
    "Der Vorstand der Haldenstein AG kündigte ein Sparprogramm an.",
    "Die Aktie der Vantara Bank stieg um drei Prozent.",
    "Die Haldenstein AG brachte es im Quartal zu einem Rekordumsatz.",
    "Jonas Reiter hat die Unterlagen zur Vantara Bank gebracht.",
    "Der Umsatz der Haldenstein AG stieg zum dritten Mal in Folge.",
    "Die Vantara Bank trennt sich von ihrer Tochter Ostwind Logistik.",
    "Die Haldenstein AG hat sich von ihrem Immobiliengeschäft getrennt.",
    "Die Haldenstein AG steigt in den Markt für Solaranlagen ein.",
    "Die Haldenstein AG gibt ihre Prognose für das Gesamtjahr ab.",
    "Die Haldenstein AG hat den Vertrag mit der Vantara Bank vorzeitig verlängert.",
    # second round: idioms whose words also make ordinary sentences
    "Jonas Reiter wird die Gespräche mit der Haldenstein AG führen.",
    "Die Streiks werden bei der Haldenstein AG zu Verlusten führen.",
    "Jonas Reiter folgt der Einladung der Haldenstein AG.",
    "Jonas Reiter gibt insgesamt 10.000 Aktien der Haldenstein AG ab.",
    "Die Haldenstein AG hat ihr Angebot für die Vantara Bank zurückgezogen.",
    "Die Haldenstein AG stellt es Jonas Reiter frei, im Homeoffice zu arbeiten.",
    "Jonas Reiter stieg 2019 bei der Quellwerk GmbH ein.",
    "Die Haldenstein AG wurde im Ranking von der Vantara Bank abgelöst.",
    "Jonas Reiter klagt über die Bürokratie bei der Haldenstein AG.",
    "Der Vertrag der Haldenstein AG mit der Vantara Bank wird nicht verlängert.",
    "Jonas Reiter wird bestimmt zur Messe der Haldenstein AG kommen.",
    "Die Haldenstein AG beendet die Zusammenarbeit mit der Vantara Bank.",
    "Jonas Reiter beginnt seine Rede bei der Haldenstein AG mit einem Dank.",
    "Jonas Reiter nimmt an der Hauptversammlung der Haldenstein AG teil.",
    "Die Vantara Bank hält an ihrer Prognose für die Haldenstein AG fest.",
    # a division's head names no organization
    "Sparten-Chef Ray Pollard verkündete am Montag Kürzungen.",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_german_wording_states_the_fact(text: str, expected: set[Fact]) -> None:
    assert expected <= facts("de", text)


@pytest.mark.parametrize("text", NEGATIVE)
def test_german_sentence_without_event_gives_nothing(text: str) -> None:
    assert facts("de", text) == set()


def test_a_sentence_opening_adverb_is_no_organization() -> None:
    """'Parallel beteiligt sich ...': the adverb opens the sentence before the verb, as a name would."""
    got = facts("de", "Parallel beteiligt sich die Halden AG an einer Finanzierungsrunde der Firma Voltara.")
    assert not any(f[1] == "Parallel" for f in got)
