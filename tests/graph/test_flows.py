"""Moves between organizations and exodus alerts, from merged facts."""

from __future__ import annotations

from datetime import date

from fakes import claim

from orgwatch.graph.alerts import exodus_alerts
from orgwatch.graph.flows import flows, moves
from orgwatch.graph.merge import MergedFact, Report, merge


def facts(*rows: tuple[str, str, str, str, str | None, str]) -> list[MergedFact]:
    """Rows of (doc, type, person, org, date, status), all reported on 2024-08-06 unless dated later."""
    return merge(
        Report(claim(doc, type=t, subject=p, object=o, date=d, status=st), max(d or "", "2024-08-06"), doc)
        for doc, t, p, o, d, st in rows
    )


def test_a_departure_and_an_arrival_make_a_move() -> None:
    fs = facts(
        ("a", "leaves", "John Schulman", "OpenAI", "2024-08-06", "happened"),
        ("a", "joins", "John Schulman", "Anthropic", "2024-08-06", "planned"),
        ("b", "leaves", "Jan Leike", "OpenAI", "2024-05", "happened"),
        ("c", "joins", "Jan Leike", "Anthropic", None, "happened"),
        ("c", "leaves", "Dario Amodei", "OpenAI", None, "happened"),
        ("c", "founds", "Dario Amodei", "Anthropic", None, "happened"),
        ("c", "joins", "Tom Brown", "Anthropic", None, "happened"),  # origin only from the document
        ("d", "joins", "Ann Other", "Anthropic", "2024-01", "rumored"),  # a rumour is no move
        ("d", "founds", "Sam Altman", "OpenAI", "2015", "happened"),  # no departure: no move
    )
    (flow,) = flows(fs, org="OpenAI")
    assert (flow.origin, flow.destination, flow.count) == ("OpenAI", "Anthropic", 4)
    assert set(flow.people) == {"John Schulman", "Jan Leike", "Dario Amodei", "Tom Brown"}
    by_person = {m.person: m for m in flow.moves}
    assert by_person["Tom Brown"].origin_from == "document"
    assert by_person["Jan Leike"].origin_from == "departure"
    assert (by_person["Jan Leike"].date, by_person["Jan Leike"].dated_by) == ("2024-05", "event")
    assert (by_person["Dario Amodei"].date, by_person["Dario Amodei"].dated_by) == ("2024-08-06", "reported")
    assert by_person["John Schulman"].status == "planned"


def test_the_window_keeps_moves_that_may_fall_in_it() -> None:
    fs = facts(
        ("a", "leaves", "A One", "Oldco", "2023-11", "happened"),
        ("a", "joins", "A One", "Newco", "2023-11-20", "happened"),
        ("b", "leaves", "B Two", "Oldco", "2024-05", "happened"),
        ("b", "joins", "B Two", "Newco", "2024-05", "happened"),
    )
    (flow,) = flows(fs, since=date(2024, 1, 1))
    assert flow.people == ("B Two",)
    assert [f.people for f in flows(fs, until=date(2023, 12, 31))] == [("A One",)]


def test_a_departure_after_the_arrival_is_not_its_origin() -> None:
    fs = facts(
        ("a", "joins", "C Three", "Newco", "2020-01", "happened"),
        ("b", "leaves", "C Three", "Oldco", "2022-01", "happened"),
    )
    assert moves(fs) == []


def test_an_exodus_well_above_the_usual_rate_alerts() -> None:
    usual = [(f"u{i}", "leaves", f"Old Hand{i}", "Bigco", f"20{20 + i}-06", "happened") for i in range(3)]
    burst = [(f"b{i}", "leaves", f"New Face{i}", "Bigco", f"2024-05-0{i + 1}", "happened") for i in range(4)]
    slow = [(f"s{i}", "leaves", f"Someone{i}", "Steadyco", f"202{i}-01", "happened") for i in range(5)]
    (alert,) = exodus_alerts(facts(*usual, *burst, *slow))
    assert alert.org == "Bigco" and alert.count == 4
    assert alert.since == date(2024, 5, 1)
    assert alert.usual < 1
    # the same burst after a year with a departure every month is no exodus
    busy = [(f"h{i}", "leaves", f"Busy{i}", "Bigco", f"2023-{i + 1:02d}-15", "happened") for i in range(12)]
    alerts = exodus_alerts(facts(*busy, *burst))
    assert alerts and all(a.until < date(2024, 1, 1) for a in alerts)  # only the start, without history


def test_a_co_founder_named_by_a_noun_arrives_once() -> None:
    """'co-founder of B' is a founding told by a noun: an arrival, counted once with 'founds'."""
    fs = merge(
        Report(claim(doc, type=t, subject=p, object=o, role=r, date=None), "2024-08-06", doc)
        for doc, t, p, o, r in [
            ("a", "leaves", "Vera Lind", "Altmark", None),
            ("a", "holds_role", "Vera Lind", "Brisa", "co-founder"),
            ("a", "founds", "Vera Lind", "Brisa", None),
            ("a", "leaves", "Ole Berg", "Altmark", None),
            ("a", "holds_role", "Ole Berg", "Brisa", "co-founder"),
            ("a", "leaves", "Ida Holm", "Altmark", None),
            ("a", "holds_role", "Ida Holm", "Brisa", "ceo"),  # a role, not an arrival
        ]
    )
    assert sorted((m.person, m.origin, m.destination) for m in moves(fs)) == [
        ("Ole Berg", "Altmark", "Brisa"),
        ("Vera Lind", "Altmark", "Brisa"),
    ]
