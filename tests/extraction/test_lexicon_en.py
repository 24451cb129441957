"""The English lexicon on sentences written for these tests.

Every sentence is invented (companies and people too): each shows a wording of business,
sports, university, newsroom or charity news that ``orgwatch/lang/en.toml`` covers, and the
negatives show wordings that must stay silent.
"""

from __future__ import annotations

import pytest
from invented import Fact, facts

POSITIVE: list[tuple[str, set[Fact]]] = [
    # a pronoun subject deep in a sentence that names no one
    (
        "Orbis Freight is in turmoil. Dana Pennock was removed as chief executive of Orbis Freight in "
        "March. Investors pushed for a comeback, but the chairman told analysts that she would not return.",
        {("returns", "Dana Pennock", "Orbis Freight", "denied")},
    ),
    # works there by now, after leaving
    (
        "Uwe Kranz now works at rival Marstal Pumps.",
        {("joins", "Uwe Kranz", "Marstal Pumps", "happened")},
    ),
    # a claim that accuses: the one accused is sued
    (
        "Last week Corvex Ltd lodged a claim in Manchester accusing Halden Ltd of copying its designs.",
        {("sues", "Corvex", "Halden", "happened")},
    ),
    # a loan to another club: leaves the lending one, joins the other
    (
        "Tom Hale, a striker at Harwick Rovers, was loaned to Brinford City until June.",
        {
            ("leaves", "Tom Hale", "Harwick Rovers", "happened"),
            ("joins", "Tom Hale", "Brinford City", "happened"),
        },
    ),
    # departures: UK idioms, infinitives, 'no plans to', contractions
    (
        "Halvern Bancorp said its chief executive Tom Reyes will stand down at the end of the year.",
        {
            ("leaves", "Tom Reyes", "Halvern Bancorp", "planned"),
            ("holds_role", "Tom Reyes", "Halvern Bancorp", "happened"),
        },
    ),
    (
        "Marta Kline stepped aside as chair of Brimco Trust on Tuesday.",
        {("leaves", "Marta Kline", "Brimco Trust", "happened")},
    ),
    (
        "Tom Reyes stood down as chairman of Halvern Bancorp last week.",
        {("leaves", "Tom Reyes", "Halvern Bancorp", "happened")},
    ),
    (
        "Kelby Rovers have parted ways with head coach Ian Cole after a run of defeats.",
        {("leaves", "Ian Cole", "Kelby Rovers", "happened")},
    ),
    # a rugby club's name ends with its letters
    (
        "Gareth Lloyd, 41, leaves Taff Vale RFC at the end of the season.",
        {("leaves", "Gareth Lloyd", "Taff Vale RFC", "happened")},
    ),
    (
        "Orbis Corp said Jan Moss would be succeeded by Lena Brandt.",
        {("leaves", "Jan Moss", "Orbis", "planned")},
    ),
    (
        "Jan Moss was replaced as chief executive of Orbis Corp in March.",
        {("leaves", "Jan Moss", "Orbis", "happened")},
    ),
    (
        "Tom Reyes is expected to leave Halvern Bancorp.",
        {("leaves", "Tom Reyes", "Halvern Bancorp", "planned")},
    ),
    ("Tom Reyes decided to leave Halvern Bancorp.", {("leaves", "Tom Reyes", "Halvern Bancorp", "happened")}),
    (
        "Tom Reyes has no plans to step down from Halvern Bancorp.",
        {("leaves", "Tom Reyes", "Halvern Bancorp", "denied")},
    ),
    (
        "Tom Reyes refused to step down from Halvern Bancorp.",
        {("leaves", "Tom Reyes", "Halvern Bancorp", "denied")},
    ),
    ("Tom Reyes didn't resign from Halvern Bancorp.", {("leaves", "Tom Reyes", "Halvern Bancorp", "denied")}),
    (
        "Vice-chancellor Alan Mercer will leave Dunmore University at the end of the academic year.",
        {("leaves", "Alan Mercer", "Dunmore University", "planned")},
    ),
    (
        "Nora Finch, the editor of the Daily Courier, is stepping down after ten years.",
        {
            ("leaves", "Nora Finch", "Daily Courier", "happened"),
            ("holds_role", "Nora Finch", "Daily Courier", "happened"),
        },
    ),
    (
        "Kestrel Radio presenter Owen Pryce has left the broadcaster.",
        {
            ("leaves", "Owen Pryce", "Kestrel Radio", "happened"),
            ("holds_role", "Owen Pryce", "Kestrel Radio", "happened"),
        },
    ),
    # dismissals
    (
        "Brimco Trust relieved Tom Reyes of his duties on Friday.",
        {("dismissed", "Tom Reyes", "Brimco Trust", "happened")},
    ),
    (
        "Kelby Rovers sacked their manager Ian Cole on Sunday.",
        {
            ("dismissed", "Ian Cole", "Kelby Rovers", "happened"),
            ("holds_role", "Ian Cole", "Kelby Rovers", "happened"),
        },
    ),
    ("Orbis Corp fired Jan Moss as chief executive.", {("dismissed", "Jan Moss", "Orbis", "happened")}),
    # joins: poaching, signing, bringing in, accepting a post, a move with both ends
    (
        "Nordwind Inc has poached Eva Roth from Kelvo Corp.",
        {("joins", "Eva Roth", "Nordwind", "happened"), ("leaves", "Eva Roth", "Kelvo", "happened")},
    ),
    (
        "Eva Roth signed for Denby County on a three-year deal.",
        {("joins", "Eva Roth", "Denby County", "happened")},
    ),
    (
        "Calder Ridge Bancorp brought in Paul Weber as finance chief.",
        {("joins", "Paul Weber", "Calder Ridge Bancorp", "happened")},
    ),
    (
        "Paul Weber has accepted a position as visiting professor at Harlan State University.",
        {("joins", "Paul Weber", "Harlan State University", "happened")},
    ),
    (
        "Striker Leo Hart has joined Denby County on loan from Kelby Rovers.",
        {
            ("joins", "Leo Hart", "Denby County", "happened"),
            ("leaves", "Leo Hart", "Kelby Rovers", "happened"),
        },
    ),
    (
        "Eva Roth left Kelvo Corp to join Nordwind Inc.",
        {("joins", "Eva Roth", "Nordwind", "happened"), ("leaves", "Eva Roth", "Kelvo", "happened")},
    ),
    (
        "Mia Lang has been linked with a move to Kestrel Capital.",
        {("joins", "Mia Lang", "Kestrel Capital", "rumored")},
    ),
    # appointments: helm, charge, confirmation, election, promotion to a title
    (
        "Lena Brandt will take the helm at Orbis Corp in June.",
        {("appointed", "Lena Brandt", "Orbis", "planned")},
    ),
    (
        "Paul Weber will take charge of Kelby Rovers on an interim basis.",
        {("appointed", "Paul Weber", "Kelby Rovers", "planned")},
    ),
    (
        "Eva Roth has been confirmed as head coach of Denby County.",
        {
            ("appointed", "Eva Roth", "Denby County", "happened"),
            ("holds_role", "Eva Roth", "Denby County", "happened"),
        },
    ),
    (
        "Lena Brandt replaced Jan Moss as chief executive of Orbis Corp.",
        {("appointed", "Lena Brandt", "Orbis", "happened")},
    ),
    (
        "Professor Clara Voss was elected rector of Dunmore University.",
        {("appointed", "Clara Voss", "Dunmore University", "happened")},
    ),
    (
        "Harlan State University named Paul Weber as its new provost.",
        {("appointed", "Paul Weber", "Harlan State University", "happened")},
    ),
    (
        "Paul Weber has been named sporting director of Kelby Rovers.",
        {
            ("appointed", "Paul Weber", "Kelby Rovers", "happened"),
            ("holds_role", "Paul Weber", "Kelby Rovers", "happened"),
        },
    ),
    (
        "Nora Finch is to become director general of Kestrel Radio.",
        {("appointed", "Nora Finch", "Kestrel Radio", "planned")},
    ),
    (
        "The charity Greenway Trust named Ruth Adeyemi as its new executive director.",
        {("appointed", "Ruth Adeyemi", "Greenway Trust", "happened")},
    ),
    (
        "Mia Lang is understood to be in line to succeed Tom Reyes at Halvern Bancorp.",
        {("appointed", "Mia Lang", "Halvern Bancorp", "rumored")},
    ),
    (
        "Brimco Trust elevated Mia Lang to chief operating officer.",
        {("appointed", "Mia Lang", "Brimco Trust", "happened")},
    ),
    (
        "Mia Lang is no longer chief executive of Brimco Trust.",
        {("leaves", "Mia Lang", "Brimco Trust", "happened")},
    ),
    (
        "Tom Reyes has announced his retirement from Halvern Bancorp.",
        {("leaves", "Tom Reyes", "Halvern Bancorp", "happened")},
    ),
    (
        "Tom Reyes will temporarily step aside from Halvern Bancorp.",
        {("leave_of_absence", "Tom Reyes", "Halvern Bancorp", "planned")},
    ),
    (
        "Brimco Trust moved Mia Lang to a new role as head of strategy.",
        {("reassigned", "Mia Lang", "Brimco Trust", "happened")},
    ),
    # leave, return
    (
        "Mia Lang is going on maternity leave from Brimco Trust.",
        {("leave_of_absence", "Mia Lang", "Brimco Trust", "happened")},
    ),
    (
        "Tom Reyes went on medical leave from Halvern Bancorp.",
        {("leave_of_absence", "Tom Reyes", "Halvern Bancorp", "happened")},
    ),
    (
        "Kelby Rovers are in talks to bring back former manager Ian Cole.",
        {("returns", "Ian Cole", "Kelby Rovers", "rumored")},
    ),
    (
        "Halvern Bancorp has reinstated Tom Reyes as chief executive.",
        {("returns", "Tom Reyes", "Halvern Bancorp", "happened")},
    ),
    (
        "Halvern Bancorp ruled out a return for Tom Reyes.",
        {("returns", "Tom Reyes", "Halvern Bancorp", "denied")},
    ),
    # founding
    (
        "Elise Bart left Vantor Motors in July to start her own battery recycling company, Cellward.",
        {
            ("founds", "Elise Bart", "Cellward", "happened"),
            ("leaves", "Elise Bart", "Vantor Motors", "happened"),
        },
    ),
    ("Mia Lang set up Lumio Inc in 2015.", {("founds", "Mia Lang", "Lumio", "happened")}),
    # an initial before the first name; a possessive that ends the organization's name
    (
        "Halvern Co Chairman J. Hugh Pardlow retired on Monday.",
        {
            ("holds_role", "J Hugh Pardlow", "Halvern", "happened"),
            ("leaves", "J Hugh Pardlow", "Halvern", "happened"),
        },
    ),
    (
        "Tom Reyes, head of the World Bank's Moroccan mission, resigned.",
        {
            ("holds_role", "Tom Reyes", "World Bank", "happened"),
            ("leaves", "Tom Reyes", "World Bank", "happened"),
        },
    ),
    (
        "Tom Reyes, director-general of the Federation of Danish Brewers's board, resigned.",
        {
            ("holds_role", "Tom Reyes", "Federation of Danish Brewers", "happened"),
            ("leaves", "Tom Reyes", "Federation of Danish Brewers", "happened"),
        },
    ),
    # a place before the company bought, a legal name with a conjunction
    (
        "Lumio Inc agreed to acquire Denver-based Halvern Software Inc.",
        {("acquires", "Lumio", "Halvern Software", "planned")},
    ),
    (
        "Brimco Trust acquired Portland, Ore.-based Tamsin Labs.",
        {("acquires", "Brimco Trust", "Tamsin Labs", "happened")},
    ),
    (
        "Harrow Life and Casualty Co said it bought Kelvo Corp.",
        {("acquires", "Harrow Life and Casualty", "Kelvo", "happened")},
    ),
    (
        # the short form is a first name too, but no person of the text bears it
        "Rosalind Therapeutics raised new money. Rosalind was founded in 2012 by Odile Marchetti.",
        {("founds", "Odile Marchetti", "Rosalind Therapeutics", "happened")},
    ),
    # organizations: lawsuits, stakes, takeovers
    ("Nordwind Inc has taken legal action against Kelvo Corp.", {("sues", "Nordwind", "Kelvo", "happened")}),
    (
        "Lumio Inc is suing Halvern Bancorp for breach of contract.",
        {("sues", "Lumio", "Halvern Bancorp", "happened")},
    ),
    (
        "Brightline Capital ploughed $40 million into Lumio Inc.",
        {("invests", "Brightline Capital", "Lumio", "happened")},
    ),
    (
        "Brightline Capital has taken a stake in Lumio Inc.",
        {("invests", "Brightline Capital", "Lumio", "happened")},
    ),
    ("Nordwind Inc snapped up Lumio Inc for $2 billion.", {("acquires", "Nordwind", "Lumio", "happened")}),
    (
        "Brimco Trust agreed to merge with Calder Ridge Bancorp.",
        {("acquires", "Brimco Trust", "Calder Ridge Bancorp", "planned")},
    ),
    # titles: analysts, professors, captains, presenters
    (
        "Hunter Hale is a senior analyst at Brimco Securities.",
        {("holds_role", "Hunter Hale", "Brimco Securities", "happened")},
    ),
    (
        "Marta Kline, a professor of chemistry at Harlan University, also sits on the board.",
        {("holds_role", "Marta Kline", "Harlan University", "happened")},
    ),
    (
        "Denby County captain Leo Hart has signed a new contract.",
        {("holds_role", "Leo Hart", "Denby County", "happened")},
    ),
    # second round: succession, withdrawal, future lead, stakes, lawsuits, dismissal idioms, arrivals
    (
        "Laura Finch will take over the chair of the board of Brambleton Bank in June.",
        {("appointed", "Laura Finch", "Brambleton Bank", "planned")},
    ),
    (
        "Laura Finch takes over the leadership of Brambleton Bank.",
        {("appointed", "Laura Finch", "Brambleton Bank", "happened")},
    ),
    (
        "Laura Finch will take Tom Hale's place as chief executive of Brambleton Bank.",
        {("appointed", "Laura Finch", "Brambleton Bank", "planned")},
    ),
    (
        "Laura Finch will chair the board of Brambleton Bank from next year.",
        {("appointed", "Laura Finch", "Brambleton Bank", "planned")},
    ),
    (
        "Laura Finch will lead Brambleton Bank.",
        {("appointed", "Laura Finch", "Brambleton Bank", "planned")},
    ),
    (
        "Tom Hale withdrew from the management of Brambleton Bank.",
        {("leaves", "Tom Hale", "Brambleton Bank", "happened")},
    ),
    (
        "Tom Hale steps back from Brambleton Bank.",
        {("leaves", "Tom Hale", "Brambleton Bank", "happened")},
    ),
    (
        "Tom Hale will hand over the running of Brambleton Bank to his deputy.",
        {("leaves", "Tom Hale", "Brambleton Bank", "planned")},
    ),
    (
        "Tom Hale went into retirement, leaving Brambleton Bank after 20 years.",
        {("leaves", "Tom Hale", "Brambleton Bank", "happened")},
    ),
    (
        "Brambleton Bank cut ties with its chairman Tom Hale.",
        {("leaves", "Tom Hale", "Brambleton Bank", "happened")},
    ),
    (
        "Orrin Capital bought 12% of the shares of Brambleton Bank.",
        {("invests", "Orrin Capital", "Brambleton Bank", "happened")},
    ),
    (
        "Ashby Fund became the largest shareholder in Brambleton Bank.",
        {("invests", "Ashby Fund", "Brambleton Bank", "happened")},
    ),
    (
        "Ashby Fund joined as an investor in Brambleton Bank.",
        {("invests", "Ashby Fund", "Brambleton Bank", "happened")},
    ),
    (
        "Ashby Fund participated in a $40 million funding round in Brambleton Bank.",
        {("invests", "Ashby Fund", "Brambleton Bank", "happened")},
    ),
    (
        "Laura Finch took Brambleton Bank to court.",
        {("sues", "Laura Finch", "Brambleton Bank", "happened")},
    ),
    (
        "Laura Finch lodged a complaint against Brambleton Bank.",
        {("sues", "Laura Finch", "Brambleton Bank", "happened")},
    ),
    (
        "Laura Finch filed an unfair dismissal claim against Brambleton Bank.",
        {("sues", "Laura Finch", "Brambleton Bank", "happened")},
    ),
    (
        "Tom Hale was shown the door by Brambleton Bank.",
        {("dismissed", "Tom Hale", "Brambleton Bank", "happened")},
    ),
    (
        "Brambleton Bank showed Tom Hale the door.",
        {("dismissed", "Tom Hale", "Brambleton Bank", "happened")},
    ),
    (
        "Tom Hale was suspended by Brambleton Bank.",
        {("dismissed", "Tom Hale", "Brambleton Bank", "happened")},
    ),
    (
        "Tom Hale was given his marching orders by Brambleton Bank.",
        {("dismissed", "Tom Hale", "Brambleton Bank", "happened")},
    ),
    (
        "Laura Finch arrived at Brambleton Bank from Orrin Capital in 2021.",
        {
            ("joins", "Laura Finch", "Brambleton Bank", "happened"),
            ("leaves", "Laura Finch", "Orrin Capital", "happened"),
        },
    ),
    (
        "Laura Finch is believed to be joining Brambleton Bank.",
        {("joins", "Laura Finch", "Brambleton Bank", "rumored")},
    ),
    (
        "Brambleton Bank called the reports untrue that Laura Finch will join Orrin Capital.",
        {("joins", "Laura Finch", "Orrin Capital", "denied")},
    ),
    (
        "Laura Finch, head physician at Brambleton Hospital, resigned.",
        {("holds_role", "Laura Finch", "Brambleton Hospital", "happened")},
    ),
    # wire copy: German first names without umlauts, a leading initial, generational suffixes
    (
        "Brenmoor Corp said Juergen Falkner has been named chairman of Brenmoor.",
        {("appointed", "Juergen Falkner", "Brenmoor", "happened")},
    ),
    (
        "Tarrow Mills Inc said T. Walden Pryce was named president of Tarrow Mills.",
        {("appointed", "T Walden Pryce", "Tarrow Mills", "happened")},
    ),
    (
        "Corvane Inc said Hollis Marsh Jr has resigned as president of Corvane.",
        {("leaves", "Hollis Marsh Jr", "Corvane", "happened")},
    ),
    (
        "Ostler Kemp and Co Inc dismissed Dora Vale on Monday.",
        {("dismissed", "Dora Vale", "Ostler Kemp", "happened")},
    ),
    (
        "Tarrow Mills Inc said president Frank Hale will assume the added duties of chief executive officer.",
        {("appointed", "Frank Hale", "Tarrow Mills", "planned")},
    ),
    # a deal agreed is not yet done
    (
        "Tarrow Mills Inc said it had agreed to buy rival Corvane Foods for 40 mln dlrs.",
        {("acquires", "Tarrow Mills", "Corvane Foods", "planned")},
    ),
    (
        "Corvane Foods said it signed a letter of intent to merge with Tarrow Mills Inc.",
        {("acquires", "Corvane Foods", "Tarrow Mills", "planned")},
    ),
    # the owner of the title taken, not an organization named in the speaker's description
    (
        "Brenmoor Corp, formed from the merger of Pell Corp with Quarry Works Inc, said Nina Roth"
        " has been named chairman of Brenmoor.",
        {("appointed", "Nina Roth", "Brenmoor", "happened")},
    ),
    # an offer for a company is its purchase not yet made; one withdrawn will not happen
    (
        "Orrin Capital withdrew its offer for Brambleton Bank.",
        {("acquires", "Orrin Capital", "Brambleton Bank", "denied")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_the_en_lexicon_finds(text: str, expected: set[Fact]) -> None:
    got = facts("en", text)
    assert expected <= got, got


NEGATIVE = [
    "The bank raised its interest rate.",
    "Halvern Bancorp returned to profit in the second quarter, chief executive Tom Reyes said.",
    "The judge dismissed the lawsuit against Halvern Bancorp.",
    "Tom Reyes dismissed the reports as speculation.",
    "Tom Reyes said Halvern Bancorp will launch a new savings product next year.",
    "Tom Reyes took the stage at the conference in Boston.",
    "The company replaced its old logo with a new design.",
    "Tom Reyes said the bank would return cash to shareholders.",
    "Mia Lang moved the meeting to Friday.",
    "Mia Lang said the merger talks with Brimco Trust had stalled.",
    "Tom Reyes said the company would hire 200 engineers next year.",
    "Ian Cole took over the training session on Tuesday.",
    "The striker scored twice as Kelby Rovers beat Denby County.",
    "Halvern Bancorp shares rose 4 percent after Tom Reyes outlined plans to cut costs.",
    "Laura Finch will lead the talks with Brambleton Bank.",
    "Laura Finch showed reporters the door to the new office.",
    "Brambleton Bank suspended trading in its shares.",
    "Trading in Brambleton Bank shares was suspended on Monday.",
    "Laura Finch took over the management of the project.",
    "Tom Hale stepped back to let others speak at Brambleton Bank.",
    "Laura Finch arrived at the conclusion that Brambleton Bank was wrong.",
    "Laura Finch arrived at Heathrow on Monday.",
    "Laura Finch lodged a complaint with Brambleton Bank.",
    "Tom Hale will head the US delegation to the summit.",
    "Brambleton Bank shares were suspended from trading on Monday.",
    "Two separate lawsuits were filed against Brambleton Bank on Monday.",
    "BOSTON, May 4 - Three lawsuits were filed against Brambleton Bank.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_the_en_lexicon_stays_silent_on(text: str) -> None:
    assert facts("en", text) == set()
