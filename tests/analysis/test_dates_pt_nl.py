"""Dates in Portuguese and Dutch: the ``[dates]`` and ``[text]`` tables of pt.toml and nl.toml.

Sentences are written for these tests (never copied from articles). Every value is resolved
against a fixed anchor, so the expected dates are exact.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_dates import ANCHOR, isos

from orgwatch.analysis.dates import find_dates
from orgwatch.analysis.docdate import section_dates, text_date
from orgwatch.analysis.sentences import split_sentences
from orgwatch.model import DateMention, DateValue

# --- absolute dates --------------------------------------------------------------------------

ABSOLUTE = [
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


@pytest.mark.parametrize(
    ("lang", "text"),
    [
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


def test_mention_spans_are_document_offsets() -> None:
    text = "Prefácio. Em 3 de fevereiro de 2021 ela saiu."
    (m,) = find_dates(text, "pt", None, offset=100)
    assert m.text == "3 de fevereiro de 2021"
    assert (m.start, m.end) == (100 + text.index("3 de"), 100 + text.index(" ela"))


# --- day-month without year, resolved against the anchor -------------------------------------

DAY_MONTH = [
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


def test_day_month_with_weekday_infers_year() -> None:
    # 17 November 2023 was a Friday; the anchor (months later) would otherwise say 2024
    anchor = DateValue("2024-02-01")
    (pt,) = find_dates("Sexta-feira, 17 de novembro", "pt", anchor)
    assert pt.value == DateValue("2023-11-17", "inferred:weekday-year")
    (nl,) = find_dates("Vrijdag 17 november", "nl", anchor)
    assert nl.value == DateValue("2023-11-17", "inferred:weekday-year")


def test_without_anchor_relative_dates_are_unresolved_not_vague() -> None:
    found = find_dates("Na sexta-feira, em 17 de julho e no ano passado.", "pt", None)
    assert [m.text for m in found] == ["Na sexta-feira", "17 de julho", "no ano passado"]
    assert all(m.value is None and not m.vague for m in found)
    found = find_dates("Vrijdag, op 17 juli en vorig jaar.", "nl", None)
    assert [m.text for m in found] == ["Vrijdag", "17 juli", "vorig jaar"]
    assert all(m.value is None and not m.vague for m in found)


# --- relative expressions ---------------------------------------------------------------------

RELATIVE = [
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


def test_relative_day_against_month_anchor_keeps_anchor_precision() -> None:
    assert isos("Na sexta-feira e ontem", "pt", DateValue("2024-08")) == ["2024-08", "2024-08"]
    assert isos("Vrijdag en gisteren", "nl", DateValue("2024-08")) == ["2024-08", "2024-08"]


def test_glued_next_word() -> None:
    assert isos("O escândalo do ano passadoque abalou o setor.", "pt") == ["2023"]
    assert isos("Het schandaal van vorig jaarin de sector.", "nl") == ["2023"]


# --- vague expressions --------------------------------------------------------------------------

VAGUE = [
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
    (pt,) = find_dates("Mais tarde este ano a empresa abre o capital.", "pt", ANCHOR)
    assert pt.value == DateValue("2024", "relative:year") and not pt.vague
    (nl,) = find_dates("Later dit jaar gaat het bedrijf naar de beurs.", "nl", ANCHOR)
    assert nl.value == DateValue("2024", "relative:year") and not nl.vague


# --- document date and timeline sections ---------------------------------------------------------


def test_dateline_with_label() -> None:
    today = date(2024, 9, 1)
    lines = ["Publicado em 6 de agosto de 2024", "A empresa anunciou a saída do diretor."]
    assert text_date(lines, "pt", today) == DateValue("2024-08-06", "text:dateline")
    lines = ["Gepubliceerd op 6 augustus 2024", "Het bedrijf maakte het vertrek bekend."]
    assert text_date(lines, "nl", today) == DateValue("2024-08-06", "text:dateline")


def test_planned_dates_are_not_the_document_date() -> None:
    today = date(2024, 12, 1)
    text = "Em 3 de março de 2024 ela saiu. A regra vale a partir de 1 de outubro de 2024."
    assert text_date([text], "pt", today) == DateValue("2024-03-03", "text:latest-date")
    text = "Op 3 maart 2024 vertrok ze. De nieuwe regel geldt vanaf 1 oktober 2024."
    assert text_date([text], "nl", today) == DateValue("2024-03-03", "text:latest-date")


def test_section_dates() -> None:
    anchor = DateValue("2023-11-20")
    pt = [
        "Cronologia",
        "Sexta-feira, 17 de novembro, hora local",
        "O conselho demitiu o diretor.",
        "18 de novembro: a sucessora foi nomeada.",
    ]
    nl = [
        "Tijdlijn",
        "Vrijdag 17 november, lokale tijd",
        "Het bestuur ontsloeg de directeur.",
        "18 november: een opvolger werd benoemd.",
    ]
    for lines, lang in ((pt, "pt"), (nl, "nl")):
        got = [v.iso if v else None for v in section_dates(lines, lang, anchor)]
        assert got == [None, "2023-11-17", "2023-11-17", "2023-11-18"]


# --- [text]: abbreviations --------------------------------------------------------------------------


def test_abbreviations_do_not_end_sentences() -> None:
    text = "O Sr. Lima falou com a Dra. Costa da Acme S.A. ontem. O processo nº. 3 saiu. Ela ficou."
    assert [s.text for s in split_sentences(text, "pt")] == [
        "O Sr. Lima falou com a Dra. Costa da Acme S.A. ontem.",
        "O processo nº. 3 saiu.",
        "Ela ficou.",
    ]
    text = "Dhr. Visser sprak met dr. Bakker van Acme B.V. gisteren. Hij noemde o.a. drie namen. Ze vertrok."
    assert [s.text for s in split_sentences(text, "nl")] == [
        "Dhr. Visser sprak met dr. Bakker van Acme B.V. gisteren.",
        "Hij noemde o.a. drie namen.",
        "Ze vertrok.",
    ]


def test_no_glue_suffixes_keep_surnames_whole() -> None:
    # "Duarte" and "Jansen" end in the conjunctions "e" / "en": nothing is split off
    pt = split_sentences("Ana Duarte saiu. Depois Duart chegou. Duarte ficou.", "pt")
    assert all("Duarte" in s.norm for s in (pt[0], pt[2]))
    nl = split_sentences("Piet Jansen vertrok. Toen kwam Jans. Jansen bleef.", "nl")
    assert all("Jansen" in s.norm for s in (nl[0], nl[2]))


# --- properties -----------------------------------------------------------------------------------

MONTHS = {
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}
FORMATS = {
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


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)), st.sampled_from(["/", "-"]))
def test_numeric_dates_round_trip(day: date, sep: str) -> None:
    padded = f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"
    text = f"Em {padded} / op {day.day}{sep}{day.month}{sep}{day.year}."
    for lang in ("pt", "nl"):
        assert isos(text, lang, None) == [day.isoformat(), day.isoformat()]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.sampled_from(["pt", "nl"]))
def test_find_dates_never_raises(text: str, lang: str) -> None:
    for m in find_dates(text, lang, ANCHOR, offset=5):
        assert isinstance(m, DateMention)
        assert 5 <= m.start <= m.end <= len(text) + 5
        assert text[m.start - 5 : m.end - 5] == m.text
