"""Missed discretion: the last decision was a refusal, the latest screening now shows may or
better (for the head of department)."""

from datetime import date

import pytest
from django.urls import reverse

from tests.conftest import login
from tests.review.practice_helpers import decide, new_person


def run(authority, results, status="done"):
    from wegweiser.screening.models import ScreeningResult, ScreeningRun

    screening = ScreeningRun.objects.create(authority=authority, as_of=date(2026, 1, 1),
                                            status=status)
    for person, pathway_id, verdict in results:
        ScreeningResult.objects.create(authority=authority, run=screening, person=person,
                                       pathway_id=pathway_id, verdict=verdict, summary="")
    return screening


@pytest.fixture
def world(authority):
    people = {name: new_person(authority, family_name=name) for name in (
        "Listed", "GrantedLater", "StillClosed", "OnlyHardship", "WithdrawnLater", "OldRunOnly")}
    for person in people.values():
        decide(person, date(2024, 5, 1), "refused", verdict="not_met", reasons=["livelihood"])
    decide(people["GrantedLater"], date(2025, 1, 1), "granted")
    decide(people["WithdrawnLater"], date(2025, 2, 1), "withdrawn")
    run(authority, [(people["OldRunOnly"], "p25_5", "may")])
    run(authority, [(people["Listed"], "p25_5", "may"), (people["Listed"], "p25b", "not_met"),
                    (people["GrantedLater"], "p25b", "should"),
                    (people["StillClosed"], "p25b", "not_met"),
                    (people["OnlyHardship"], "p23a", "may"),
                    (people["WithdrawnLater"], "p25b", "entitlement"),
                    (people["OldRunOnly"], "p25_5", "not_met")])
    return people


def listed_names(client):
    page = client.get(reverse("review:practice_missed")).content.decode()
    return {name for name in ("Listed", "GrantedLater", "StillClosed", "OnlyHardship",
                              "WithdrawnLater", "OldRunOnly") if f">{name}," in page}


def test_only_refusals_now_open_in_the_latest_run_are_listed(client, users, world):
    login(client, users["head"])
    # A withdrawal after the refusal is no decision; § 23a is no title the office grants.
    assert listed_names(client) == {"Listed", "WithdrawnLater"}


def test_a_run_still_running_does_not_count(client, users, world, authority):
    run(authority, [(world["StillClosed"], "p25b", "may")], status="evaluating")
    login(client, users["head"])
    assert "StillClosed" not in listed_names(client)


def test_each_row_names_the_refusal_and_what_is_open_now(client, users, world):
    login(client, users["head"])
    page = client.get(reverse("review:practice_missed")).content.decode()
    assert world["Listed"].file_number in page
    assert "abgelehnt am 01.05.2024" in page
    assert "§ 25 Abs. 5 AufenthG" in page
