"""Dates: finding and resolving time expressions, the document's date, timeline sections.

Sentences are written for these tests (never copied from articles); the seeds are read from
shared/corpus/seeds to check the document dates the pipeline will see.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgwatch.analysis.dates import find_dates, infer_year, scan_dates
from orgwatch.analysis.docdate import document_date, normalize_date, section_dates, text_date
from orgwatch.model import DateMention, DateValue, Document

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"

# A Tuesday: "Friday" is the 2nd, "Monday" the 5th, "yesterday" the 5th.
ANCHOR = DateValue("2024-08-06", "test")


def dated(text: str, lang: str, anchor: DateValue | None = ANCHOR) -> list[tuple[str, str | None]]:
    """(matched text, iso) of every mention; None for unresolved or vague ones."""
    return [(m.text, m.value.iso if m.value else None) for m in find_dates(text, lang, anchor)]


def isos(text: str, lang: str, anchor: DateValue | None = ANCHOR) -> list[str | None]:
    return [iso for _, iso in dated(text, lang, anchor)]


# --- absolute dates --------------------------------------------------------------------------

ABSOLUTE = [
    ("de", "Die Gründerin trat am 3. Februar 2021 zurück.", "2021-02-03"),
    ("de", "Der Vertrag endete am 28.02.2019 ohne Verlängerung.", "2019-02-28"),
    ("de", "Sie wechselte im März 2022 zu einem Rivalen.", "2022-03"),
    ("de", "Er kam im Maerz 2022 zurück.", "2022-03"),
    ("de", "Seit dem Jahr 2012 leitet sie das Labor.", "2012"),
    ("de", "Die Bank wurde 1998 von zwei Brüdern gegründet.", "1998"),
    ("de", "Mitteilung vom 2022-09-30 an alle Aktionäre.", "2022-09-30"),
    ("it", "La fondatrice si è dimessa il 3 febbraio 2021.", "2021-02-03"),
    ("it", "Il contratto è scaduto il 28/02/2019.", "2019-02-28"),
    ("it", "È passata a un concorrente nel marzo 2022.", "2022-03"),
    ("it", "Guida il laboratorio dal 2012.", "2012"),
    ("en", "The founder stepped down on February 3, 2021.", "2021-02-03"),
    ("en", "The founder stepped down on 3 February 2021.", "2021-02-03"),
    ("en", "She joined a rival in March 2022.", "2022-03"),
    ("en", "He has led the lab since 2012.", "2012"),
    ("fr", "La fondatrice a démissionné le 3 février 2021.", "2021-02-03"),
    ("fr", "Elle a rejoint un concurrent en mars 2022.", "2022-03"),
    ("fr", "Le contrat a pris fin le 1er mars 2019.", "2019-03-01"),
    ("fr", "Il dirige le laboratoire depuis 2012.", "2012"),
    ("es", "La fundadora dimitió el 3 de febrero de 2021.", "2021-02-03"),
    ("es", "Se unió a un rival en marzo de 2022.", "2022-03"),
    ("es", "El acuerdo se firmó el 9 de setiembre del 2020.", "2020-09-09"),
    ("es", "Dirige el laboratorio desde 2012.", "2012"),
    # Portuguese and Dutch
    ("pt", "A fundadora renunciou em 17 de novembro de 2023.", "2023-11-17"),
    ("pt", "O contrato terminou em 17/11/2023 sem renovação.", "2023-11-17"),
    ("pt", "O contrato terminou em 17-11-2023 sem renovação.", "2023-11-17"),
    ("pt", "O acordo foi assinado em 28/02/19 pelos sócios.", "2019-02-28"),
    ("pt", "A fusão foi concluída no 1º de maio de 2020.", "2020-05-01"),
    ("pt", "A fusão foi concluída em 1.º de maio de 2020.", "2020-05-01"),
    ("pt", "Ela foi para uma concorrente em março de 2022.", "2022-03"),
    ("pt", "Ele voltou ao grupo em marco de 2022.", "2022-03"),
    ("pt", "A rede cresceu muito em novembro/2023.", "2023-11"),
    ("pt", "Os sócios brigaram em 3 fev. 2021.", "2021-02-03"),
    ("pt", "Ela dirige o laboratório desde 2012.", "2012"),
    ("pt", "O banco foi fundado no ano de 1998.", "1998"),
    ("pt", "Ele foi demitido no final de 2023.", "2023"),
    ("pt", "Tudo começou em meados de 2022.", "2022"),
    ("pt", "Tudo começou no verão de 2022.", "2022"),
    ("pt", "Comunicado de 2022-09-30 aos acionistas.", "2022-09-30"),
    ("nl", "De oprichtster trad op 17 november 2023 af.", "2023-11-17"),
    ("nl", "Het contract liep op 17-11-2023 af.", "2023-11-17"),
    ("nl", "Het contract liep op 17/11/2023 af.", "2023-11-17"),
    ("nl", "Het contract liep op 17.11.2023 af.", "2023-11-17"),
    ("nl", "De overeenkomst werd op 28-02-19 getekend.", "2019-02-28"),
    ("nl", "Op vrijdag 17 nov. 2023 kwam het bericht.", "2023-11-17"),
    ("nl", "Ze stapte in maart 2022 over naar een concurrent.", "2022-03"),
    ("nl", "Hij vertrok in mrt 2022 naar Berlijn.", "2022-03"),
    ("nl", "Zij leidt het lab sinds 2012.", "2012"),
    ("nl", "De bank werd in het jaar 1998 opgericht.", "1998"),
    ("nl", "Hij werd eind 2023 ontslagen.", "2023"),
    ("nl", "Het begon in de herfst van 2022.", "2022"),
]


@pytest.mark.parametrize(("lang", "text", "iso"), ABSOLUTE)
def test_absolute_dates(lang: str, text: str, iso: str) -> None:
    values = [m.value for m in find_dates(text, lang, ANCHOR)]
    assert [v.iso for v in values if v] == [iso]
    assert all(v is not None and v.how == "explicit" for v in values)


def test_mention_spans_are_document_offsets() -> None:
    text = "Vorwort. Am 3. Februar 2021 ging sie."
    (m,) = find_dates(text, "de", None, offset=100)
    assert m.text == "3. Februar 2021"
    assert (m.start, m.end) == (100 + text.index("3."), 100 + text.index(" ging"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Das Unternehmen hat 2024 Mitarbeiter und will mehr als 2000 Stellen schaffen."),
        ("de", "Sie investierte $7 Mrd. in GPT-4 und gewann 10.000 Nutzer und 1500 Kunden."),
        ("de", "Auf der Konferenz ICML2023 sprach sie; Link: https://example.org/2023/05/01/bericht"),
        ("en", "The company has 2024 employees and more than 2000 customers."),
        ("it", "L'azienda ha 2024 dipendenti e oltre 2000 clienti."),
        ("fr", "L'entreprise compte 2024 salariés et plus de 2000 clients."),
        ("es", "La empresa tiene 2024 empleados y más de 2000 clientes."),
        ("en", "They may sign in march, and an august panel will decide."),
        ("pt", "A empresa tem 2024 funcionários e mais de 2000 clientes."),
        ("pt", "Cerca de 1500 pessoas e 2023 colaboradores foram afetados."),
        ("pt", "O barco foi para o mar aberto e até dez pessoas embarcaram."),
        ("pt", "Pela segunda vez, o fundo ficou na quinta posição."),
        ("pt", "Ele é um marco na história da empresa."),
        ("nl", "Het bedrijf heeft 2024 medewerkers en meer dan 2000 klanten."),
        ("nl", "Ruim 1500 mensen en zo'n 2023 gebruikers merkten het."),
        ("nl", "Jan de Vries nam de zaak over van Jan Smit."),
        ("nl", "Goede morgen, zei ze. In de morgen was het stil."),
    ],
)
def test_numbers_and_words_that_are_not_dates(lang: str, text: str) -> None:
    assert find_dates(text, lang, ANCHOR) == []


def test_machine_translation_damage() -> None:
    assert isos("Er schrieb: bis bald. – Ana Ruiz (@ana) 9. Oktober , 2022", "de") == ["2022-10-09"]
    # a date header glued after the last sentence of the previous paragraph
    assert dated(
        "die Nachricht kam spät. Dienstag, 11. Oktober, Ortszeit", "de", DateValue("2022-10-20")
    ) == [("Dienstag, 11. Oktober", "2022-10-11")]
    # a phrase with the next word glued to it
    assert isos("Der Streit vom letzten Jahrin dem alles begann.", "de") == ["2023"]
    assert isos("Il caso dell'anno scorsoche ha scosso il settore.", "it") == ["2023"]


# --- day-month without year, resolved against the anchor -------------------------------------

DAY_MONTH = [
    ("de", "Am 17. Juli stellte sie das Produkt vor.", "2024-07-17"),
    ("it", "Il 17 luglio ha presentato il prodotto.", "2024-07-17"),
    ("en", "On July 17 she presented the product.", "2024-07-17"),
    ("fr", "Le 17 juillet, elle a présenté le produit.", "2024-07-17"),
    ("es", "El 17 de julio presentó el producto.", "2024-07-17"),
    # a date in the future of the article by less than a week: still this year
    ("de", "Am 9. August beginnt die Messe.", "2024-08-09"),
    # months later in the year than the article: the previous year, unless it is close
    ("en", "On December 20 the board met.", "2023-12-20"),
    # Portuguese and Dutch
    ("pt", "Em 17 de julho ela apresentou o produto.", "2024-07-17"),
    ("pt", "Em 1.º de junho ele assumiu o cargo.", "2024-06-01"),
    ("nl", "Op 17 juli presenteerde zij het product.", "2024-07-17"),
    # less than a week after the anchor: still this year
    ("nl", "Op 9 augustus begint de beurs.", "2024-08-09"),
    # later in the year than the anchor: the previous year
    ("pt", "Em 20 de dezembro o conselho se reuniu.", "2023-12-20"),
]


@pytest.mark.parametrize(("lang", "text", "iso"), DAY_MONTH)
def test_day_month_takes_year_from_anchor(lang: str, text: str, iso: str) -> None:
    assert isos(text, lang) == [iso]


def test_day_month_near_future_is_a_plan() -> None:
    # seven weeks ahead beats ten months back: "ab dem 1. Oktober" is this year's October
    assert isos("Ab dem 1. Oktober gilt die neue Regel.", "de") == ["2024-10-01"]
    assert isos("A partir del 1 de octubre rige la norma.", "es") == ["2024-10-01"]


def test_day_month_with_year_only_anchor() -> None:
    (m,) = find_dates("Am 17. Juli stellte sie es vor.", "de", DateValue("2019"))
    assert m.value == DateValue("2019-07-17", "anchor-year")


def test_day_month_with_weekday_infers_year() -> None:
    # 16 November 2023 was a Thursday; the anchor (a year later) would otherwise say 2024
    (m,) = find_dates("Donnerstagabend, 16. November Ortszeit", "de", DateValue("2024-02-01"))
    assert m.value == DateValue("2023-11-16", "inferred:weekday-year")


def test_without_anchor_relative_dates_are_unresolved_not_vague() -> None:
    found = find_dates("Am Freitag und am 17. Juli und letztes Jahr.", "de", None)
    assert [m.text for m in found] == ["Freitag", "17. Juli", "letztes Jahr"]
    assert all(m.value is None and not m.vague for m in found)


# --- relative expressions ---------------------------------------------------------------------

RELATIVE = [
    # weekdays: the most recent one on or before the anchor (a Tuesday)
    ("de", "Am Freitag verließ sie das Unternehmen.", "2024-08-02", "relative:weekday"),
    ("de", "Am Freitagabend kam die Nachricht.", "2024-08-02", "relative:weekday"),
    ("de", "Am Dienstag wurde es bekannt.", "2024-08-06", "relative:weekday"),
    ("de", "Am vergangenen Dienstag wurde es bekannt.", "2024-07-30", "relative:weekday"),
    ("it", "Venerdì ha lasciato l'azienda.", "2024-08-02", "relative:weekday"),
    ("it", "Lunedì scorso è arrivata la notizia.", "2024-08-05", "relative:weekday"),
    ("en", "On Friday she left the company.", "2024-08-02", "relative:weekday"),
    ("en", "Last Monday the news broke.", "2024-08-05", "relative:weekday"),
    ("fr", "Vendredi, elle a quitté l'entreprise.", "2024-08-02", "relative:weekday"),
    ("fr", "Lundi dernier, la nouvelle est tombée.", "2024-08-05", "relative:weekday"),
    ("es", "El viernes dejó la empresa.", "2024-08-02", "relative:weekday"),
    ("es", "El pasado lunes se supo.", "2024-08-05", "relative:weekday"),
    # days
    ("de", "Gestern trat er zurück.", "2024-08-05", "relative:day"),
    ("it", "Ieri si è dimesso.", "2024-08-05", "relative:day"),
    ("en", "He resigned yesterday.", "2024-08-05", "relative:day"),
    ("fr", "Il a démissionné hier.", "2024-08-05", "relative:day"),
    ("es", "Ayer dimitió.", "2024-08-05", "relative:day"),
    ("de", "Heute gab sie es bekannt.", "2024-08-06", "relative:day"),
    ("fr", "Aujourd'hui, elle l'a annoncé.", "2024-08-06", "relative:day"),
    ("es", "Mañana firma el contrato.", "2024-08-07", "relative:day"),
    # years ago, digits and number words
    ("de", "Sie gründete die Firma vor 7 Jahren.", "2017", "relative:years-ago"),
    ("de", "Sie gründete die Firma vor sieben Jahren.", "2017", "relative:years-ago"),
    ("it", "Ha fondato l'azienda sette anni fa.", "2017", "relative:years-ago"),
    ("en", "She founded the firm seven years ago.", "2017", "relative:years-ago"),
    ("fr", "Elle a fondé l'entreprise il y a sept ans.", "2017", "relative:years-ago"),
    ("es", "Fundó la empresa hace siete años.", "2017", "relative:years-ago"),
    ("en", "She joined a year ago.", "2023", "relative:years-ago"),
    # last year / this year
    ("de", "Vergangenes Jahr verließ er die Bank.", "2023", "relative:year"),
    ("de", "Das Debakel vom letzten Jahr ist vergessen.", "2023", "relative:year"),
    ("it", "L'anno scorso ha lasciato la banca.", "2023", "relative:year"),
    ("en", "He left the bank last year.", "2023", "relative:year"),
    ("fr", "Il a quitté la banque l'année dernière.", "2023", "relative:year"),
    ("es", "Dejó el banco el año pasado.", "2023", "relative:year"),
    ("de", "In diesem Jahr wuchs der Umsatz.", "2024", "relative:year"),
    ("it", "Quest'anno il fatturato è cresciuto.", "2024", "relative:year"),
    ("en", "Revenue grew this year.", "2024", "relative:year"),
    ("fr", "Le chiffre d'affaires a augmenté cette année.", "2024", "relative:year"),
    ("es", "Las ventas crecieron este año.", "2024", "relative:year"),
    ("de", "Er nimmt sich bis Ende des Jahres frei.", "2024", "relative:year"),
    # a month of this year
    ("de", "Im Mai dieses Jahres wechselte sie.", "2024-05", "relative:month-of-year"),
    ("it", "Nel maggio di quest'anno è passata altrove.", "2024-05", "relative:month-of-year"),
    ("en", "In May this year she moved on.", "2024-05", "relative:month-of-year"),
    ("fr", "En mai de cette année, elle est partie.", "2024-05", "relative:month-of-year"),
    ("es", "En mayo de este año se marchó.", "2024-05", "relative:month-of-year"),
    # end / beginning / middle of a month: month precision
    ("de", "Ende März verließ er das Team.", "2024-03", "anchored:month"),
    ("de", "Anfang Juli kam die Wende.", "2024-07", "anchored:month"),
    ("it", "A fine marzo ha lasciato il team.", "2024-03", "anchored:month"),
    ("en", "At the end of March he left the team.", "2024-03", "anchored:month"),
    ("fr", "Fin mars, il a quitté l'équipe.", "2024-03", "anchored:month"),
    ("es", "A finales de marzo dejó el equipo.", "2024-03", "anchored:month"),
    # last week: the month of a week before; last month
    ("de", "Letzte Woche kündigte er.", "2024-07", "relative:week"),
    ("en", "He quit last week.", "2024-07", "relative:week"),
    ("de", "Vergangenen Monat kündigte er.", "2024-07", "relative:month"),
    ("it", "Il mese scorso si è dimesso.", "2024-07", "relative:month"),
    ("en", "He quit last month.", "2024-07", "relative:month"),
    ("fr", "Il a démissionné le mois dernier.", "2024-07", "relative:month"),
    ("es", "Dimitió el mes pasado.", "2024-07", "relative:month"),
    # the end of this month
    ("de", "Sie geht zum Monatsende.", "2024-08", "relative:month"),
    ("it", "Va in pensione a fine mese.", "2024-08", "relative:month"),
    ("en", "He retires at the end of the month.", "2024-08", "relative:month"),
    ("fr", "Il part à la fin du mois.", "2024-08", "relative:month"),
    ("es", "Se jubila a final de mes.", "2024-08", "relative:month"),
    ("nl", "Hij vertrekt aan het eind van de maand.", "2024-08", "relative:month"),
    # a month named as past: never this year's if that is still ahead
    ("fr", "En septembre dernier, il est arrivé.", "2023-09", "anchored:month"),
    ("en", "Last September he arrived.", "2023-09", "anchored:month"),
    # Portuguese and Dutch
    # weekdays: the most recent one on or before the anchor (a Tuesday)
    ("pt", "Na sexta-feira ela deixou a empresa.", "2024-08-02", "relative:weekday"),
    ("pt", "No sábado a notícia se espalhou.", "2024-08-03", "relative:weekday"),
    ("pt", "Na terça-feira o acordo foi anunciado.", "2024-08-06", "relative:weekday"),
    ("pt", "Na sexta, ela deixou a empresa.", "2024-08-02", "relative:weekday"),
    ("pt", "A empresa anunciou na segunda que o diretor sai.", "2024-08-05", "relative:weekday"),
    ("pt", "Na última terça-feira o acordo foi anunciado.", "2024-07-30", "relative:weekday"),
    ("pt", "Na segunda-feira passada saiu a notícia.", "2024-08-05", "relative:weekday"),
    ("pt", "Na próxima quinta-feira ele assume.", "2024-08-08", "relative:weekday"),
    ("nl", "Vrijdag verliet zij het bedrijf.", "2024-08-02", "relative:weekday"),
    ("nl", "Op dinsdag werd het bekend.", "2024-08-06", "relative:weekday"),
    ("nl", "Vrijdagavond kwam het nieuws.", "2024-08-02", "relative:weekday"),
    ("nl", "Afgelopen vrijdag verliet zij het bedrijf.", "2024-08-02", "relative:weekday"),
    ("nl", "Afgelopen dinsdag werd het bekend.", "2024-07-30", "relative:weekday"),
    ("nl", "Komende donderdag treedt hij aan.", "2024-08-08", "relative:weekday"),
    # days
    ("pt", "Ontem ele renunciou.", "2024-08-05", "relative:day"),
    ("pt", "Hoje ela anunciou a saída.", "2024-08-06", "relative:day"),
    ("pt", "Amanhã ele assina o contrato.", "2024-08-07", "relative:day"),
    ("pt", "Anteontem o conselho se reuniu.", "2024-08-04", "relative:day"),
    ("nl", "Gisteren trad hij af.", "2024-08-05", "relative:day"),
    ("nl", "Gisteravond trad hij af.", "2024-08-05", "relative:day"),
    ("nl", "Vandaag maakte zij het bekend.", "2024-08-06", "relative:day"),
    ("nl", "Morgen tekent hij het contract.", "2024-08-07", "relative:day"),
    ("nl", "Eergisteren kwam de raad bijeen.", "2024-08-04", "relative:day"),
    # years ago, digits and number words
    ("pt", "Ela fundou a empresa há 9 anos.", "2015", "relative:years-ago"),
    ("pt", "Ela fundou a empresa há nove anos.", "2015", "relative:years-ago"),
    ("pt", "Ela fundou a empresa 9 anos atrás.", "2015", "relative:years-ago"),
    ("pt", "Ela entrou há um ano.", "2023", "relative:years-ago"),
    ("pt", "Ele saiu há três meses.", "2024-05", "relative:months-ago"),
    ("pt", "Ele voltou há duas semanas.", "2024-07", "relative:weeks-ago"),
    ("pt", "Ele chegou há cinco dias.", "2024-08-01", "relative:days-ago"),
    ("pt", "Daqui a dois anos a empresa abre o capital.", "2026", "relative:in-years"),
    ("nl", "Zij richtte het bedrijf 9 jaar geleden op.", "2015", "relative:years-ago"),
    ("nl", "Zij richtte het bedrijf negen jaar geleden op.", "2015", "relative:years-ago"),
    ("nl", "Hij kwam een jaar geleden binnen.", "2023", "relative:years-ago"),
    ("nl", "Zij vertrok drie maanden geleden.", "2024-05", "relative:months-ago"),
    ("nl", "Hij kwam twee weken geleden terug.", "2024-07", "relative:weeks-ago"),
    ("nl", "Hij begon vijf dagen geleden.", "2024-08-01", "relative:days-ago"),
    ("nl", "Over twee jaar gaat het bedrijf naar de beurs.", "2026", "relative:in-years"),
    # last year / this year / next year
    ("pt", "No ano passado ele deixou o banco.", "2023", "relative:year"),
    ("pt", "O escândalo do ano passado foi esquecido.", "2023", "relative:year"),
    ("pt", "Este ano as vendas cresceram.", "2024", "relative:year"),
    ("pt", "As vendas cresceram neste ano.", "2024", "relative:year"),
    ("pt", "Ela se afasta até o final do ano.", "2024", "relative:year"),
    ("pt", "No início deste ano ele saiu.", "2024", "relative:year"),
    ("pt", "No final do ano passado ele saiu.", "2023", "relative:year"),
    ("pt", "No próximo ano a empresa muda de sede.", "2025", "relative:year"),
    ("nl", "Vorig jaar verliet hij de bank.", "2023", "relative:year"),
    ("nl", "Dit jaar groeide de omzet.", "2024", "relative:year"),
    ("nl", "Later dit jaar gaat het bedrijf naar de beurs.", "2024", "relative:year"),
    ("nl", "Eind vorig jaar stapte hij op.", "2023", "relative:year"),
    ("nl", "Volgend jaar verhuist het bedrijf.", "2025", "relative:year"),
    # a month of this / last year
    ("pt", "Em maio deste ano ela mudou de empresa.", "2024-05", "relative:month-of-year"),
    ("pt", "Em maio do ano passado ela mudou de empresa.", "2023-05", "relative:month-of-year"),
    ("nl", "In mei van dit jaar stapte ze over.", "2024-05", "relative:month-of-year"),
    ("nl", "In mei vorig jaar stapte ze over.", "2023-05", "relative:month-of-year"),
    # end / beginning / middle of a month: month precision
    ("pt", "No final de março ele deixou a equipe.", "2024-03", "anchored:month"),
    ("pt", "No início de julho veio a virada.", "2024-07", "anchored:month"),
    ("pt", "Em meados de março ele saiu.", "2024-03", "anchored:month"),
    ("pt", "Desde abril ela comanda a área.", "2024-04", "anchored:month"),
    ("nl", "Eind maart verliet hij het team.", "2024-03", "anchored:month"),
    ("nl", "Begin maart verliet hij het team.", "2024-03", "anchored:month"),
    ("nl", "Half maart verliet hij het team.", "2024-03", "anchored:month"),
    ("nl", "Sinds april leidt zij de afdeling.", "2024-04", "anchored:month"),
    # last week: the month of a week before; last / next month
    ("pt", "Na semana passada ele pediu demissão.", "2024-07", "relative:week"),
    ("pt", "No mês passado ele pediu demissão.", "2024-07", "relative:month"),
    ("pt", "No próximo mês ele chega.", "2024-09", "relative:month"),
    ("nl", "Vorige week nam hij ontslag.", "2024-07", "relative:week"),
    ("nl", "Vorige maand nam hij ontslag.", "2024-07", "relative:month"),
    ("nl", "Volgende maand komt hij.", "2024-09", "relative:month"),
    # a month named as past: never this year's if that is still ahead
    ("pt", "Em setembro passado ele chegou.", "2023-09", "anchored:month"),
    ("nl", "Afgelopen september kwam hij.", "2023-09", "anchored:month"),
]


@pytest.mark.parametrize(("lang", "text", "iso", "how"), RELATIVE)
def test_relative_expressions(lang: str, text: str, iso: str, how: str) -> None:
    (m,) = find_dates(text, lang, ANCHOR)
    assert m.value == DateValue(iso, how)
    assert not m.vague


def test_year_precision_expressions() -> None:
    assert isos("Ende 2023 wurde er gefeuert; im Herbst 2022 begann alles.", "de") == ["2023", "2022"]
    assert isos("Alla fine del 2023 è stato licenziato.", "it") == ["2023"]
    assert isos("He was fired in late 2023, after the fall of 2022.", "en") == ["2023", "2022"]
    assert isos("Il a été limogé fin 2023.", "fr") == ["2023"]
    assert isos("Fue despedido a finales de 2023.", "es") == ["2023"]


def test_relative_day_against_month_anchor_keeps_anchor_precision() -> None:
    assert isos("Am Freitag und gestern", "de", DateValue("2024-08")) == ["2024-08", "2024-08"]


# --- vague expressions --------------------------------------------------------------------------

VAGUE = [
    ("de", "In den vergangenen Monaten gingen drei Forscher."),
    ("de", "Später gründete er eine eigene Firma."),
    ("de", "Damals war sie noch Studentin."),
    ("de", "Ursprünglich wollte er bleiben."),
    ("it", "Negli ultimi mesi se ne sono andati tre ricercatori."),
    ("it", "Più tardi ha fondato una società."),
    ("en", "In recent months three researchers left."),
    ("en", "He later founded his own company."),
    ("fr", "Ces derniers mois, trois chercheurs sont partis."),
    ("fr", "Plus tard, il a fondé sa société."),
    ("es", "En los últimos meses se marcharon tres investigadores."),
    ("es", "Más tarde fundó su empresa."),
    # Portuguese and Dutch
    ("pt", "Nos últimos meses três pesquisadores saíram."),
    ("pt", "Mais tarde ele fundou a sua própria empresa."),
    ("pt", "Há alguns anos ela trabalhou no banco."),
    ("pt", "Na época ela ainda era estudante."),
    ("pt", "Nas últimas semanas o clima piorou."),
    ("nl", "In de afgelopen maanden vertrokken drie onderzoekers."),
    ("nl", "Later richtte hij een eigen bedrijf op."),
    ("nl", "Destijds was zij nog student."),
    ("nl", "Oorspronkelijk wilde hij blijven."),
    ("nl", "Enkele jaren geleden werkte zij bij de bank."),
]


@pytest.mark.parametrize(("lang", "text"), VAGUE)
def test_vague_expressions(lang: str, text: str) -> None:
    found = find_dates(text, lang, ANCHOR)
    assert len(found) == 1
    assert found[0].vague and found[0].value is None


def test_longer_phrase_wins_over_vague_word() -> None:
    (m,) = find_dates("Later this year the firm will list.", "en", ANCHOR)
    assert m.value == DateValue("2024", "relative:year") and not m.vague


# --- infer_year ---------------------------------------------------------------------------------


def test_infer_year() -> None:
    years = infer_year(16, 11, 3)  # 16 November on a Thursday
    assert 2023 in years and 2017 in years and 2006 in years
    assert 2024 not in years and 2022 not in years
    assert all(date(y, 11, 16).weekday() == 3 for y in years)
    assert infer_year(29, 2, date(2024, 2, 29).weekday()) == [
        y for y in range(1990, 2036) if y % 4 == 0 and date(y, 2, 29).weekday() == date(2024, 2, 29).weekday()
    ]
    assert infer_year(31, 4, 0) == []


# --- document date --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2024-08-06T10:15:00Z", "2024-08-06"),
        ("2024-08-06", "2024-08-06"),
        ("2024-08", "2024-08"),
        ("2024", "2024"),
        ("2024/08/06", "2024-08-06"),
        ("20240806", "2024-08-06"),
        ("06.08.2024", "2024-08-06"),
        ("Tue, 06 Aug 2024 10:00:00 GMT", "2024-08-06"),
        ("6. August 2024", "2024-08-06"),
    ],
)
def test_metadata_dates_are_normalized(value: str, iso: str) -> None:
    assert normalize_date(value, "de") == DateValue(iso, "metadata")


def test_metadata_wins_over_text() -> None:
    doc = Document("x", "Am 3. Februar 2021 trat sie zurück.", "test", published="2021-02-05T08:00:00+01:00")
    assert document_date(doc, doc.text, "de") == DateValue("2021-02-05", "metadata")


def test_text_date_rules() -> None:
    # a dateline near the top, even with a place and a time around it
    assert text_date(["Titel", "BERLIN, 12.04.2016 - 09:12 Uhr", "Am 1. Januar 2015 ..."], "de") == DateValue(
        "2016-04-12", "text:dateline"
    )
    # otherwise the latest full date; a quoted post's signature is not a dateline
    lines = ["Sie schrieb auf X:", "– Ana Ruiz (@ana) 3. März 2022", "Text.", "– Ben (@ben) 5. März 2022"]
    assert text_date(lines, "de") == DateValue("2022-03-05", "text:latest-date")
    # a date announced as a plan is not the publication date
    assert text_date(["Am 2. Mai 2022 ging er.", "Ab dem 1. Juli 2022 leitet sie."], "de") == DateValue(
        "2022-05-02", "text:latest-date"
    )
    # weekday + day-month pairs and a year written elsewhere: 16 Nov was a Thursday in 2023
    lines = ["Die Feier 2022 war schön.", "Donnerstag, 16. November", "Text.", "Am 18. November ging er."]
    assert text_date(lines, "de") == DateValue("2023-11-18", "text:weekday-year")
    # without any year there is no telling which Thursday-16-November it was
    assert text_date(["Donnerstag, 16. November", "Text."], "de") is None
    assert text_date(["Nichts Datiertes hier.", "Auch hier nicht."], "de") is None


SEED_DATES = {
    "000_5aa39e69270f6084.txt": ("de", "2024-08-06"),
    "001_594bf44d715ea5fd.txt": ("de", "2023-11-20"),
    "002_8e9a9738eb6568fa.txt": ("de", "2024-08-06"),
    "003_7b307c7fb72fabcf.txt": ("it", "2024-08-06"),
    "004_77357c022e005405.txt": ("de", "2023-11-20"),
}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/corpus/seeds not present")
@pytest.mark.parametrize("name", sorted(SEED_DATES))
def test_seed_document_dates(name: str) -> None:
    lang, iso = SEED_DATES[name]
    text = (SEEDS / name).read_text(encoding="utf-8")
    value = document_date(Document(name, text, "seeds"), text, lang)
    assert value is not None and value.iso == iso


# --- timeline sections ------------------------------------------------------------------------------


def test_section_dates() -> None:
    lines = [
        "Chronik der Ereignisse",
        "Mittwoch, 15. November Ortszeit",
        "Die Aufsicht tagte bis spät.",
        "Am Abend kam die Nachricht. Donnerstag, 16. November, Ortszeit",
        "Der Chef trat zurück.",
        "– Ana Ruiz (@ana) 17. November 2023",
        "18. November: Eine Nachfolgerin wurde benannt.",
        "Die Börse reagierte.",
    ]
    got = [v.iso if v else None for v in section_dates(lines, "de", DateValue("2023-11-20"))]
    assert got == [
        None,
        "2023-11-15",
        "2023-11-15",
        "2023-11-15",  # the header glued to the end applies from the next line on
        "2023-11-16",
        "2023-11-16",  # a quoted post's date is not a header
        "2023-11-18",
        "2023-11-18",
    ]


def test_section_dates_infer_anchor_from_lines() -> None:
    lines = ["Rückblick 2022.", "Donnerstag, 16. November", "Er ging."]
    assert [v.iso if v else None for v in section_dates(lines, "de")] == [None, "2023-11-16", "2023-11-16"]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/corpus/seeds not present")
def test_seed_timeline_sections() -> None:
    lines = (SEEDS / "001_594bf44d715ea5fd.txt").read_text(encoding="utf-8").splitlines()
    values = section_dates(lines, "de")
    dated_lines = {v.iso for v in values if v}
    assert dated_lines == {"2023-11-16", "2023-11-17", "2023-11-18", "2023-11-19", "2023-11-20"}
    assert values[0] is None


# --- properties -----------------------------------------------------------------------------------

MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}
FORMATS = {
    "de": "Es geschah am {d}. {m} {y} in der Stadt.",
    "it": "È successo il {d} {m} {y} in città.",
    "en": "It happened on {m} {d}, {y} in town.",
    "fr": "C'est arrivé le {d} {m} {y} en ville.",
    "es": "Ocurrió el {d} de {m} de {y} en la ciudad.",
    "pt": "Aconteceu em {d} de {m} de {y} na cidade.",
    "nl": "Het gebeurde op {d} {m} {y} in de stad.",
}


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)), st.sampled_from(sorted(FORMATS)))
def test_written_dates_round_trip(day: date, lang: str) -> None:
    month = MONTHS[lang].split()[day.month - 1]
    text = FORMATS[lang].format(d=day.day, m=month, y=day.year)
    found = find_dates(text, lang, None)
    assert [(m.value.iso if m.value else None) for m in found] == [day.isoformat()]
    assert text[found[0].start : found[0].end] == found[0].text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.sampled_from(["de", "it", "en", "fr", "es", "pt", "nl", "xx"]))
def test_find_dates_never_raises(text: str, lang: str) -> None:
    for m in find_dates(text, lang, ANCHOR, offset=5):
        assert isinstance(m, DateMention)
        assert 5 <= m.start <= m.end <= len(text) + 5
        assert text[m.start - 5 : m.end - 5] == m.text


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Freitag, 17. November",
                "am 3. Mai 2021",
                "2019",
                "vor 3 Jahren",
                "Ende März",
                "später",
                "x",
                "",
                "12.04.2016",
            ]
        ),
        max_size=8,
    )
)
def test_document_and_section_dates_never_raise(lines: list[str]) -> None:
    text_date(lines, "de")
    assert len(section_dates(lines, "de")) == len(lines)


def test_unknown_language_still_reads_iso_dates() -> None:
    assert isos("Seit 2019-03-04 gilt die Regel.", "xx") == ["2019-03-04"]
    assert scan_dates("am Freitag", "xx") == []


def test_speed_budget() -> None:
    """A typical sentence costs tens of microseconds (generous bound for slow CI machines)."""
    sentence = "Am Freitag, 17. November 2023 verließ er die Firma, die er vor neun Jahren gegründet hatte."
    find_dates(sentence, "de", ANCHOR)  # compile
    n = 500
    t = time.perf_counter()
    for _ in range(n):
        find_dates(sentence, "de", ANCHOR)
    assert (time.perf_counter() - t) / n < 1e-3


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("es", "Dejará el cargo a final de año.", "a final de año"),
        ("es", "Dejará el cargo al final del año.", "al final del año"),
        ("es", "Dejará el cargo a fin de año.", "a fin de año"),
        ("it", "Lascerà l'incarico a fine anno.", "a fine anno"),
    ],
)
def test_the_end_of_this_year_in_the_singular(lang: str, text: str, found: str) -> None:
    # 'a final de año' as well as 'a finales de año': this year, read as a date
    assert (found, "2024") in dated(text, lang)
