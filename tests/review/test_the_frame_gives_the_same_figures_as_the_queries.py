"""The decision frame (review.practice_frame) gives exactly the figures of the SQL definition
(one grouped query per table), median and 90th percentile included, for every kind of filter."""

from datetime import date

import pytest

from tests.review.practice_helpers import decide, make_team, new_person
from wegweiser.cases.models import Application
from wegweiser.review import practice_frame
from wegweiser.review.practice import Selection, figures_from_frame, figures_from_queries


@pytest.fixture
def history(authority):
    """Decisions over two years, three norms, two teams and none, every outcome and verdict;
    applications without a decision; a refusal with a reason code twice."""
    team_a, team_b = make_team(authority, "Team A–K"), make_team(authority, "Team L–Z", ("L", "Z"))
    people = [new_person(authority) for _ in range(6)]
    plan = [
        (date(2024, 2, 1), "granted", 30, "p25b", team_a, "should", "", ()),
        (date(2024, 5, 3), "refused", 75, "p25b", team_a, "may", "against", ("identity",)),
        (date(2024, 5, 9), "partly", 12, "p25_5", team_b, "may", "in_favour", ()),
        (date(2024, 11, 30), "withdrawn", 8, "p25b", None, "may", "in_favour", ()),
        (date(2025, 1, 2), "duldung", 140, "", team_b, "unknown", "not_exercised", ()),
        (date(2025, 3, 31), "refused", 41, "p25_5", team_a, "entitlement", "",
         ("livelihood", "identity", "identity")),
        (date(2025, 4, 1), "granted", 401, "p25b", None, "blocked", "in_favour", ()),
        (date(2025, 6, 15), "granted", 99, "p25b", team_b, "not_met", "", ()),
        (date(2025, 6, 15), "refused", 17, "p25b", team_b, "should", "not_exercised",
         ("language",)),
        (date(2025, 9, 1), "granted", 250, "p60d", team_a, "", "", ()),
        (date(2025, 12, 31), "refused", 63, "p25b", team_a, "not_met", "against",
         ("livelihood",)),
    ]
    for n, (day, outcome, days, norm, team, verdict, discretion, reasons) in enumerate(plan):
        decide(people[n % len(people)], day, outcome, days=days, pathway_id=norm, team=team,
               verdict=verdict, discretion=discretion, reasons=reasons)
    for day, norm in [(date(2025, 2, 2), "p25b"), (date(2025, 8, 8), ""),
                      (date(2023, 12, 31), "p25b")]:
        Application.objects.create(authority=authority, person=people[0], received_on=day,
                                   subject="residence_permit", pathway_id=norm, channel="post")
    return {"teams": (team_a, team_b), "people": people}


def selections(history):
    team_a, _team_b = history["teams"]
    first_three = [person.pk for person in history["people"][:3]]
    span = {"start": date(2024, 1, 1), "end": date(2025, 12, 31)}
    return [
        Selection(**span),
        Selection(**span, grain="quarter"),
        Selection(start=date(2025, 1, 1), end=date(2025, 6, 15)),
        Selection(**span, pathway_id="p25b"),
        Selection(**span, pathway_id=""),
        Selection(**span, team_id=team_a.pk, grain="quarter"),
        Selection(**span, team_id=0),
        Selection(**span, person_ids=first_three),
        Selection(**span, person_ids=[]),
        Selection(start=date(2020, 1, 1), end=date(2020, 12, 31)),
    ]


@pytest.mark.parametrize("case", range(10))
@pytest.mark.parametrize("minimum", [1, 2])
def test_every_figure_of_the_frame_equals_the_query_definition(history, case, minimum):
    practice_frame.forget()
    selection = selections(history)[case]
    from_frame = figures_from_frame(selection, minimum)
    assert from_frame == figures_from_queries(selection, minimum)


def test_the_hand_built_history_has_times_to_compare(history):
    result = figures_from_frame(selections(history)[0], 1)
    # 12, 17, 30, 41, 63, 75, 99, 140, 250, 401 days (the withdrawal left out)
    assert result.total.median_days == pytest.approx(69)
    assert result.total.p90_days == pytest.approx(265.1)  # 250 + 0.1 × 151
    assert [row.key[0] for row in result.reasons] == ["identity", "livelihood", "language"]
