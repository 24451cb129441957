"""The French lexicon (orgwatch/lang/fr.toml) on sentences written for these tests.

Every sentence is invented (companies, clubs, schools and people that do not exist): they show
the wording of French, Belgian, Swiss and Québec news that the fr data file covers, for every
fact type, its status cues and its titles, and a few sentences that state no event at all.
"""

from __future__ import annotations

import pytest
from invented import Fact, claims, facts

from orgwatch.analysis import analyze
from orgwatch.extraction import default_extractor
from orgwatch.model import Document


def roles(lang: str, text: str) -> set[tuple[str, str, str | None]]:
    return {(c.subject, c.object, c.role) for c in claims(lang, text) if c.type == "holds_role"}


H, P, R, D = "happened", "planned", "rumored", "denied"

CASES: list[tuple[str, set[Fact]]] = [
    # a date between taking and the post taken
    (
        "Claire Dumas prendra en mars la direction du Théâtre de Brive.",
        {("appointed", "Claire Dumas", "Théâtre de Brive", "planned")},
    ),
    (
        "Paul Lamy prendra le 3 juin les fonctions de secrétaire général de la Mutuelle Orvalis.",
        {("appointed", "Paul Lamy", "Mutuelle Orvalis", "planned")},
    ),
    # the share capital between the purchase and the company bought
    (
        "Le groupe Corvane a acquis la totalité du capital de Brisaline.",
        {("acquires", "Corvane", "Brisaline", "happened")},
    ),
    # a loan to another club: leaves the lending one, joins the other
    (
        "Luc Morel, attaquant du FC Varenne, a été prêté au SC Bressol jusqu'en juin.",
        {("leaves", "Luc Morel", "FC Varenne", "happened"), ("joins", "Luc Morel", "SC Bressol", "happened")},
    ),
    # leaves: paradigm of quitter / démissionner, idioms of handing over and retiring
    ("Claire Mounier quittera Sodiam SA à la fin de l'année.", {("leaves", "Claire Mounier", "Sodiam", P)}),
    (
        "Sophie Ternier, administratrice déléguée de Banque Meuse, a démissionné.",
        {
            ("leaves", "Sophie Ternier", "Banque Meuse", H),
            ("holds_role", "Sophie Ternier", "Banque Meuse", H),
        },
    ),
    (
        "Paul Mérieux, directeur général délégué de Crédit Lorrain, démissionne.",
        {("leaves", "Paul Mérieux", "Crédit Lorrain", H)},
    ),
    ("Claire Mounier, présidente de Sodiam SA, passe la main.", {("leaves", "Claire Mounier", "Sodiam", H)}),
    ("Claire Mounier cède son fauteuil de PDG de Sodiam SA.", {("leaves", "Claire Mounier", "Sodiam", H)}),
    (
        "Hervé Castel s'est démis de ses fonctions de président de Banque Orvane.",
        {("leaves", "Hervé Castel", "Banque Orvane", H)},
    ),
    (
        "Pierre Hainaut, vice-recteur de l'Université de Lorvan, prendra sa retraite en août.",
        {("leaves", "Pierre Hainaut", "Université de Lorvan", P)},
    ),
    (
        "Le recteur de l'Université de Lorvan, Pierre Hainaut, a annoncé sa démission.",
        {("leaves", "Pierre Hainaut", "Université de Lorvan", H)},
    ),
    (
        "Marc Olier, président et chef de la direction de Groupe Lavoie, quittera ses fonctions en juin.",
        {("leaves", "Marc Olier", "Groupe Lavoie", P), ("holds_role", "Marc Olier", "Groupe Lavoie", H)},
    ),
    # dismissed
    (
        "Le conseil d'administration de Banque Orvane a limogé son directeur général, Hervé Castel.",
        {("dismissed", "Hervé Castel", "Banque Orvane", H)},
    ),
    (
        "Hervé Castel a été démis de ses fonctions par Banque Orvane.",
        {("dismissed", "Hervé Castel", "Banque Orvane", H)},
    ),
    (
        "Le Stade Montlouis a limogé son entraîneur, Franck Ollier, après une série de défaites.",
        {
            ("dismissed", "Franck Ollier", "Stade Montlouis", H),
            ("holds_role", "Franck Ollier", "Stade Montlouis", H),
        },
    ),
    (
        "Didier Vauclair a été remercié par l'Olympique de Brévine.",
        {("dismissed", "Didier Vauclair", "Olympique de Brévine", H)},
    ),
    (
        "Le licenciement de Paul Ardent par Vinteo SA a surpris le marché.",
        {("dismissed", "Paul Ardent", "Vinteo", H)},
    ),
    (
        "Paul Ardent a été poussé vers la sortie par Vinteo SA.",
        {("dismissed", "Paul Ardent", "Vinteo", H)},
    ),
    ("Vinteo SA a mis fin aux fonctions de Paul Ardent.", {("dismissed", "Paul Ardent", "Vinteo", H)}),
    (
        "Anne Col, directrice des ressources humaines de la société Nortex, a été licenciée.",
        {("dismissed", "Anne Col", "Nortex", H), ("holds_role", "Anne Col", "Nortex", H)},
    ),
    # joins and moves
    ("Jean Rivière rejoindra Altéo SA le 1er mars.", {("joins", "Jean Rivière", "Altéo", P)}),
    (
        # an elided determiner before the second one's description
        "Altéo SA a recruté Mara Duval et l'ingénieur Paul Verdier.",
        {("joins", "Mara Duval", "Altéo", H), ("joins", "Paul Verdier", "Altéo", H)},
    ),
    (
        "Jean Rivière a signé au Stade Montlouis jusqu'en 2027.",
        {("joins", "Jean Rivière", "Stade Montlouis", H)},
    ),
    (
        "Franck Ollier s'est engagé avec le Racing Valmy jusqu'en 2027.",
        {("joins", "Franck Ollier", "Racing Valmy", H)},
    ),
    (
        "Jean Rivière a été engagé par Altéo SA comme directeur des opérations.",
        {("joins", "Jean Rivière", "Altéo", H)},
    ),
    ("Jean Rivière posera ses valises chez Altéo SA en septembre.", {("joins", "Jean Rivière", "Altéo", P)}),
    (
        "Jean Rivière, transfuge de Brelan Partners, arrive chez Altéo SA.",
        {("joins", "Jean Rivière", "Altéo", H), ("leaves", "Jean Rivière", "Brelan Partners", H)},
    ),
    (
        "Jean Rivière est passé cette année de Brelan Partners à Altéo SA.",
        {("joins", "Jean Rivière", "Altéo", H), ("leaves", "Jean Rivière", "Brelan Partners", H)},
    ),
    (
        "Luc Ferrand, directeur sportif du Racing Valmy, rejoint l'Olympique de Brévine.",
        {
            ("joins", "Luc Ferrand", "Olympique de Brévine", H),
            ("leaves", "Luc Ferrand", "Racing Valmy", H),
            ("holds_role", "Luc Ferrand", "Racing Valmy", H),
        },
    ),
    (
        "Claire Fontaine, présentatrice du journal de Radio Lumière, rejoint Canal Horizon.",
        {("joins", "Claire Fontaine", "Canal Horizon", H), ("leaves", "Claire Fontaine", "Radio Lumière", H)},
    ),
    (
        "Le groupe Lavoie Transports a annoncé l'arrivée de Marc Dubuc au poste de directeur financier.",
        {("joins", "Marc Dubuc", "Lavoie Transports", H)},
    ),
    # appointed
    ("Jean Rivière prend les rênes d'Altéo SA.", {("appointed", "Jean Rivière", "Altéo", H)}),
    ("Jean Rivière prendra la tête d'Altéo SA en janvier.", {("appointed", "Jean Rivière", "Altéo", P)}),
    (
        "Pierre Hainaut a été élu recteur de l'Université de Lorvan.",
        {("appointed", "Pierre Hainaut", "Université de Lorvan", H)},
    ),
    (
        "Jean Rivière a été désigné président du directoire d'Altéo SA.",
        {("appointed", "Jean Rivière", "Altéo", H)},
    ),
    ("Jean Rivière a été promu directeur technique d'Altéo SA.", {("appointed", "Jean Rivière", "Altéo", H)}),
    (
        "L'intérim de la présidence d'Altéo SA sera assuré par Jean Rivière.",
        {("appointed", "Jean Rivière", "Altéo", P)},
    ),
    ("Jean Rivière assure l'intérim à la tête d'Altéo SA.", {("appointed", "Jean Rivière", "Altéo", H)}),
    (
        "Le conseil d'Altéo SA a confié la direction générale à Jean Rivière.",
        {("appointed", "Jean Rivière", "Altéo", H)},
    ),
    (
        "Jean Rivière entre au conseil d'administration d'Altéo SA.",
        {("appointed", "Jean Rivière", "Altéo", H)},
    ),
    ("Jean Rivière est devenu le directeur général d'Altéo SA.", {("appointed", "Jean Rivière", "Altéo", H)}),
    (
        "Franck Ollier est le nouvel entraîneur du Racing Valmy.",
        {("appointed", "Franck Ollier", "Racing Valmy", H)},
    ),
    (
        "Marc Dubuc a été nommé administrateur délégué de Brelan Partners.",
        {("appointed", "Marc Dubuc", "Brelan Partners", H)},
    ),
    (
        "Claire Fontaine a été nommée rédactrice en chef du Courrier Lorrain.",
        {("appointed", "Claire Fontaine", "Courrier Lorrain", H)},
    ),
    # leave of absence
    (
        "Jean Rivière, directrice des programmes de Radio Lumière, est en congé maternité.",
        {("leave_of_absence", "Jean Rivière", "Radio Lumière", H)},
    ),
    (
        "Marc Dubuc, directeur général de Brelan Partners, est en arrêt maladie depuis janvier.",
        {("leave_of_absence", "Marc Dubuc", "Brelan Partners", H)},
    ),
    (
        "Marc Dubuc, président de Brelan Partners, se met en retrait pour raisons de santé.",
        {("leave_of_absence", "Marc Dubuc", "Brelan Partners", H)},
    ),
    # returns
    ("Jean Rivière fait son retour chez Altéo SA.", {("returns", "Jean Rivière", "Altéo", H)}),
    ("Jean Rivière reviendra chez Altéo SA en septembre.", {("returns", "Jean Rivière", "Altéo", P)}),
    ("Jean Rivière reprend ses fonctions chez Altéo SA.", {("returns", "Jean Rivière", "Altéo", H)}),
    (
        "Marc Dubuc a été réintégré dans ses fonctions chez Brelan Partners.",
        {("returns", "Marc Dubuc", "Brelan Partners", H)},
    ),
    # founds
    ("Jean Rivière a cofondé la start-up Altéo.", {("founds", "Jean Rivière", "Altéo", H)}),
    ("Jean Rivière a lancé sa propre société, Altéo.", {("founds", "Jean Rivière", "Altéo", H)}),
    (
        "Claire Fontaine, associée du cabinet Ravel Avocats, a cofondé le cabinet Fontaine Partners.",
        {
            ("founds", "Claire Fontaine", "Fontaine Partners", H),
            ("holds_role", "Claire Fontaine", "Ravel Avocats", H),
        },
    ),
    # sues
    ("Altéo SA attaque Brelan Partners en justice.", {("sues", "Altéo", "Brelan Partners", H)}),
    (
        "Altéo SA a assigné Brelan Partners devant le tribunal de commerce.",
        {("sues", "Altéo", "Brelan Partners", H)},
    ),
    (
        "Altéo SA poursuit Brelan Partners pour concurrence déloyale.",
        {("sues", "Altéo", "Brelan Partners", H)},
    ),
    ("Altéo SA a été poursuivi par Brelan Partners.", {("sues", "Brelan Partners", "Altéo", H)}),
    # invests
    (
        "Le fonds Orvane Capital est entré au capital de Lavoie Transports.",
        {("invests", "Orvane Capital", "Lavoie Transports", H)},
    ),
    ("Altéo SA prend une participation dans Brelan Partners.", {("invests", "Altéo", "Brelan Partners", H)}),
    # acquires
    ("Altéo SA a racheté son concurrent Brelan Partners.", {("acquires", "Altéo", "Brelan Partners", H)}),
    (
        "Brelan Partners a pris le contrôle de Lavoie Transports.",
        {("acquires", "Brelan Partners", "Lavoie Transports", H)},
    ),
    (
        "Le rachat de Lavoie Transports par Brelan Partners a été finalisé.",
        {("acquires", "Brelan Partners", "Lavoie Transports", H)},
    ),
    (
        "La reprise de Lavoie Transports par Brelan Partners a été validée.",
        {("acquires", "Brelan Partners", "Lavoie Transports", H)},
    ),
    (
        # a takeover offer launched is a purchase not yet made
        "Brelan Partners a lancé une offre publique d'achat sur Lavoie Transports.",
        {("acquires", "Brelan Partners", "Lavoie Transports", P)},
    ),
    ("Altéo SA a absorbé Brelan Partners.", {("acquires", "Altéo", "Brelan Partners", H)}),
    # status: rumour, denial, plan
    (
        "Selon nos informations, Paul Mérieux pourrait quitter Crédit Lorrain.",
        {("leaves", "Paul Mérieux", "Crédit Lorrain", R)},
    ),
    (
        "Paul Mérieux serait pressenti pour prendre la tête de Crédit Lorrain.",
        {("appointed", "Paul Mérieux", "Crédit Lorrain", R)},
    ),
    (
        "Crédit Lorrain a démenti le départ de Paul Mérieux.",
        {("leaves", "Paul Mérieux", "Crédit Lorrain", D)},
    ),
    ("Paul Mérieux a refusé de rejoindre Banque Meuse.", {("joins", "Paul Mérieux", "Banque Meuse", D)}),
    (
        "Paul Mérieux doit rejoindre Banque Meuse en septembre.",
        {("joins", "Paul Mérieux", "Banque Meuse", P)},
    ),
    (
        "Paul Mérieux est appelé à succéder à Jean Roy chez Banque Meuse.",
        {("appointed", "Paul Mérieux", "Banque Meuse", P)},
    ),
    (
        "Le rachat de Brelan Partners par Groupe Lavoie est tombé à l'eau.",
        {("acquires", "Groupe Lavoie", "Brelan Partners", D)},
    ),
    # succession: the one named after 'la succession de', 'la place de' is the predecessor
    (
        "Claire Mounier prend la succession de Paul Mérieux à la tête de Groupe Lavoie.",
        {("appointed", "Claire Mounier", "Groupe Lavoie", H)},
    ),
    (
        "Claire Mounier prend la place de Paul Mérieux à la tête de Groupe Lavoie.",
        {("appointed", "Claire Mounier", "Groupe Lavoie", H)},
    ),
    (
        "Claire Mounier prend le relais de Paul Mérieux chez Groupe Lavoie.",
        {("appointed", "Claire Mounier", "Groupe Lavoie", H)},
    ),
    (
        "Claire Mounier est la successeure de Paul Mérieux à la tête de Groupe Lavoie.",
        {("appointed", "Claire Mounier", "Groupe Lavoie", H)},
    ),
    # will lead / will chair / will coach
    (
        "Claire Mounier dirigera Groupe Lavoie.",
        {("appointed", "Claire Mounier", "Groupe Lavoie", P)},
    ),
    (
        "Claire Mounier présidera Banque Meuse.",
        {("appointed", "Claire Mounier", "Banque Meuse", P)},
    ),
    (
        "Luc Ferrand entraînera le Racing Valmy.",
        {("appointed", "Luc Ferrand", "Racing Valmy", P)},
    ),
    (
        "Claire Mounier sera à la tête de Groupe Lavoie.",
        {("appointed", "Claire Mounier", "Groupe Lavoie", P)},
    ),
    (
        "Claire Mounier est pressentie pour diriger Groupe Lavoie.",
        {("appointed", "Claire Mounier", "Groupe Lavoie", R)},
    ),
    # handing over and withdrawing
    (
        "Paul Mérieux cède les rênes de Groupe Lavoie.",
        {("leaves", "Paul Mérieux", "Groupe Lavoie", H)},
    ),
    (
        "Paul Mérieux lâche les rênes de Groupe Lavoie.",
        {("leaves", "Paul Mérieux", "Groupe Lavoie", H)},
    ),
    (
        "Paul Mérieux, président de Banque Meuse, laisse sa place.",
        {("leaves", "Paul Mérieux", "Banque Meuse", H)},
    ),
    (
        "Paul Mérieux, directeur général de Groupe Lavoie, met un terme à sa carrière.",
        {("leaves", "Paul Mérieux", "Groupe Lavoie", H)},
    ),
    # dismissal idioms: suspended from duty, sidelined
    (
        "Groupe Lavoie a suspendu Paul Mérieux de ses fonctions.",
        {("dismissed", "Paul Mérieux", "Groupe Lavoie", H)},
    ),
    (
        "Paul Mérieux a été suspendu de ses fonctions par Groupe Lavoie.",
        {("dismissed", "Paul Mérieux", "Groupe Lavoie", H)},
    ),
    (
        "Paul Mérieux a été mis sur la touche par Groupe Lavoie.",
        {("dismissed", "Paul Mérieux", "Groupe Lavoie", H)},
    ),
    # investors: minority stakes, thresholds, capital increases, funds raised from
    (
        "Banque Meuse a acquis 5 % du capital de Groupe Lavoie.",
        {("invests", "Banque Meuse", "Groupe Lavoie", H)},
    ),
    (
        "Banque Meuse a racheté 10 % des parts de Groupe Lavoie.",
        {("invests", "Banque Meuse", "Groupe Lavoie", H)},
    ),
    (
        "Banque Meuse a acheté une participation minoritaire dans Groupe Lavoie.",
        {("invests", "Banque Meuse", "Groupe Lavoie", H)},
    ),
    (
        "Banque Meuse devient actionnaire de Groupe Lavoie.",
        {("invests", "Banque Meuse", "Groupe Lavoie", H)},
    ),
    (
        "Banque Meuse a souscrit à l'augmentation de capital de Groupe Lavoie.",
        {("invests", "Banque Meuse", "Groupe Lavoie", H)},
    ),
    (
        "Groupe Lavoie a levé 20 millions d'euros auprès de Banque Meuse.",
        {("invests", "Banque Meuse", "Groupe Lavoie", H)},
    ),
    (
        "Banque Meuse a franchi le seuil de 10 % du capital de Groupe Lavoie.",
        {("invests", "Banque Meuse", "Groupe Lavoie", H)},
    ),
    (
        "Banque Meuse rejoint le capital de Groupe Lavoie.",
        {("invests", "Banque Meuse", "Groupe Lavoie", H)},
    ),
    # lawsuits
    (
        "Groupe Lavoie a intenté un procès à Banque Meuse.",
        {("sues", "Groupe Lavoie", "Banque Meuse", H)},
    ),
    (
        "Groupe Lavoie a lancé une procédure judiciaire contre Banque Meuse.",
        {("sues", "Groupe Lavoie", "Banque Meuse", H)},
    ),
    (
        "Paul Mérieux a attaqué Groupe Lavoie aux prud'hommes.",
        {("sues", "Paul Mérieux", "Groupe Lavoie", H)},
    ),
    # arriving from
    (
        "Claire Mounier arrive de Banque Meuse.",
        {("leaves", "Claire Mounier", "Banque Meuse", H)},
    ),
    # denials and rumours
    (
        "Groupe Lavoie a écarté l'hypothèse d'un départ de Paul Mérieux.",
        {("leaves", "Paul Mérieux", "Groupe Lavoie", D)},
    ),
    (
        "Groupe Lavoie exclut le départ de Paul Mérieux.",
        {("leaves", "Paul Mérieux", "Groupe Lavoie", D)},
    ),
    (
        "Groupe Lavoie a balayé les rumeurs de départ de Paul Mérieux.",
        {("leaves", "Paul Mérieux", "Groupe Lavoie", D)},
    ),
    (
        "Il n'est pas question que Paul Mérieux quitte Groupe Lavoie.",
        {("leaves", "Paul Mérieux", "Groupe Lavoie", D)},
    ),
    (
        "Claire Mounier tient la corde pour prendre la tête de Groupe Lavoie.",
        {("appointed", "Claire Mounier", "Groupe Lavoie", R)},
    ),
    (
        "Il se murmure que Paul Mérieux quittera Groupe Lavoie.",
        {("leaves", "Paul Mérieux", "Groupe Lavoie", R)},
    ),
    (
        "D'après plusieurs médias, Paul Mérieux quittera Groupe Lavoie.",
        {("leaves", "Paul Mérieux", "Groupe Lavoie", R)},
    ),
    (
        "Paul Mérieux est en discussions avancées pour rejoindre Groupe Lavoie.",
        {("joins", "Paul Mérieux", "Groupe Lavoie", R)},
    ),
    (
        "La Fondation Lavoie a mis fin hier aux fonctions de Paul Mérieux.",
        {("dismissed", "Paul Mérieux", "Fondation Lavoie", H)},
    ),
    (
        "Groupe Lavoie est à vendre. Paul Mérieux, qui avait créé Lavoie dans son garage, veut souffler.",
        {("founds", "Paul Mérieux", "Groupe Lavoie", H)},
    ),
    (
        "Groupe Lavoie s'inquiète. Le fabricant belge Ardenor l'a assignée devant le tribunal de commerce.",
        {("sues", "Ardenor", "Groupe Lavoie", H)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_french_news_wording_is_extracted(text: str, expected: set[Fact]) -> None:
    got = facts("fr", text)
    assert expected <= got, got


ROLES: list[tuple[str, tuple[str, str, str]]] = [
    (
        "Marc Olivier, journaliste de la radio Brentwood FM, commente la décision.",
        ("Marc Olivier", "Brentwood FM", "journalist"),
    ),
    (
        "Julie Tremblay, chef de la direction financière de Banque Laurentine, prend un congé sabbatique.",
        ("Julie Tremblay", "Banque Laurentine", "cfo"),
    ),
    (
        "Sophie Ternier, administratrice déléguée de Banque Meuse, a démissionné.",
        ("Sophie Ternier", "Banque Meuse", "ceo"),
    ),
    (
        "Luc Ferrand, entraîneur adjoint du Stade Montlouis, a été limogé.",
        ("Luc Ferrand", "Stade Montlouis", "assistant coach"),
    ),
    (
        "Luc Ferrand, directeur sportif du Racing Valmy, rejoint l'Olympique de Brévine.",
        ("Luc Ferrand", "Racing Valmy", "sporting director"),
    ),
    (
        "Anne Col, directrice de l'information de Radio Lumière, a été limogée.",
        ("Anne Col", "Radio Lumière", "news director"),
    ),
    (
        "Jean Rivière, rédacteur en chef du Courrier Lorrain, prend un congé sabbatique.",
        ("Jean Rivière", "Courrier Lorrain", "editor-in-chief"),
    ),
    ("Anne Col, capitaine du Racing Valmy, quitte le club.", ("Anne Col", "Racing Valmy", "captain")),
    (
        "Paul Mérieux, directeur général délégué de Crédit Lorrain, démissionne.",
        ("Paul Mérieux", "Crédit Lorrain", "deputy ceo"),
    ),
    (
        "Mathilde Roux, présidente du directoire de Groupe Lavoie, a démissionné.",
        ("Mathilde Roux", "Groupe Lavoie", "chairman of the management board"),
    ),
    (
        "Anne Col, médecin-chef de la Clinique Valmy, a démissionné.",
        ("Anne Col", "Clinique Valmy", "chief physician"),
    ),
    (
        "Jean Roy, associé directeur de Brelan Partners, quitte le cabinet.",
        ("Jean Roy", "Brelan Partners", "managing partner"),
    ),
    (
        "Anne Col, directrice des affaires juridiques de Groupe Lavoie, a démissionné.",
        ("Anne Col", "Groupe Lavoie", "general counsel"),
    ),
    (
        "Jean Roy, directeur adjoint de la rédaction du Courrier Lorrain, a été limogé.",
        ("Jean Roy", "Courrier Lorrain", "deputy editor-in-chief"),
    ),
    (
        "Anne Col, correspondante du Courrier Lorrain à Bruxelles, a démissionné.",
        ("Anne Col", "Courrier Lorrain", "correspondent"),
    ),
    (
        "Jean Roy, président d'honneur du Racing Valmy, a démissionné.",
        ("Jean Roy", "Racing Valmy", "honorary chairman"),
    ),
    (
        "Anne Col, membre du comité exécutif de Groupe Lavoie, a démissionné.",
        ("Anne Col", "Groupe Lavoie", "executive board member"),
    ),
    (
        "Jean Roy, attaché de presse du Racing Valmy, a été remercié.",
        ("Jean Roy", "Racing Valmy", "spokesperson"),
    ),
    (
        "Jean Roy, directeur des achats de Groupe Lavoie, a démissionné.",
        ("Jean Roy", "Groupe Lavoie", "head of purchasing"),
    ),
    (
        "Anne Col, DGS de l'Agglomération Val-Morin, a démissionné.",
        ("Anne Col", "Agglomération Val-Morin", "director general of services"),
    ),
    (
        "Le Racing Valmy perd. Le Racing Valmy a limogé lundi son manager, Jean Roy, après une défaite.",
        ("Jean Roy", "Racing Valmy", "manager"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLES)
def test_french_titles_map_to_english_roles(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roles("fr", text)


NEGATIVES = [
    "Banque Meuse a relevé son taux d'intérêt directeur.",
    "Le chiffre d'affaires de Groupe Lavoie a progressé de 4 % au premier trimestre.",
    "Les élus locaux ont rencontré Paul Mérieux à Lyon.",
    "Paul Mérieux poursuit ses efforts pour réduire les coûts de Groupe Lavoie.",
    "L'étude de Groupe Lavoie est fondée sur des données publiques.",
    "Le Racing Valmy prend la tête du championnat après sa victoire.",
    "Le retour à la croissance de Groupe Lavoie rassure les marchés.",
    "Groupe Lavoie a acheté 5 000 tonnes de blé à Brelan Partners.",
    "La réforme des retraites inquiète les salariés de Groupe Lavoie.",
    "Le secteur est en pleine mutation, estime Jean Roy, analyste chez Orvane Conseil.",
    "L'action Brelan Partners est en retrait de 3 % à la Bourse de Paris.",
    "Jean Roy est parti d'un constat simple : Brelan Partners doit se réinventer.",
    "Jean Roy est revenu sur ses propos tenus la veille contre Brelan Partners.",
    "Le Racing Valmy s'offre une belle victoire face au Stade Montlouis.",
    "Jean Roy a mis sur pied un plan d'économies chez Brelan Partners.",
    "Les deux joueurs comparaissent devant le tribunal de Nanterre, selon Brelan Partners.",
    "Brelan Partners a signé avec Orvane Conseil un contrat de cinq ans.",
    "Jean Roy a quitté la salle sous les applaudissements des salariés de Brelan Partners.",
    "Jean Roy a créé la surprise lors de l'assemblée générale de Brelan Partners.",
    "Brelan Partners injecte de l'intelligence artificielle dans tous ses produits, explique Jean Roy.",
    "Jean Roy est arrivé chez lui tard, selon un proche de Brelan Partners.",
    "Claire Mounier a dirigé Groupe Lavoie pendant dix ans.",
    "Claire Mounier dirigera la réunion avec les syndicats de Groupe Lavoie.",
    "La décision de Groupe Lavoie entraînera la fermeture de deux usines.",
    "Le match entre le Racing Valmy et le Stade Montlouis a été suspendu.",
    "Le titre de Banque Meuse a pris 5 % à la Bourse de Paris.",
    "L'action Groupe Lavoie est montée à 12 % dans la matinée.",
    "Paul Mérieux arrive de loin, a expliqué Groupe Lavoie.",
    "Groupe Lavoie a levé 20 millions d'euros auprès d'investisseurs privés.",
    "Le Racing Valmy a écarté le Stade Montlouis en demi-finale.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_event_in_ordinary_french_business_news(text: str) -> None:
    got = facts("fr", text)
    assert got == set(), got


def test_a_past_season_dates_the_event_to_last_year() -> None:
    adoc = analyze(
        Document(
            id="t",
            text="Jean Roy a rejoint Brelan Partners l'été dernier.",
            source="test",
            published="2025-03-14",
            lang="fr",
        )
    )
    dates = {c.date for c in default_extractor().extract(adoc) if c.type == "joins"}
    assert dates == {"2024"}
