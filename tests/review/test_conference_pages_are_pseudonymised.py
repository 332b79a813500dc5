"""A conference shows a case by file number and initials; the name only to the caseworker who
works the case (Person.assigned_to). The minutes never carry a name."""

import pytest
from django.urls import reverse

from tests.conftest import login
from tests.pdf import pdf_text
from tests.review.conference_helpers import (
    approve,
    assigned_person,
    hold,
    on_agenda,
    plan,
    recommend,
    second_caseworker,
)

NAME_PARTS = ("Rahimi", "Zahra")


@pytest.fixture
def world(authority, users):
    head, caseworker = users["head"], users["caseworker"]
    participant = second_caseworker(authority)
    person = assigned_person(authority, caseworker)
    conference = plan(authority, head, participants=[caseworker, participant])
    item = on_agenda(conference, person, head)
    return {"head": head, "caseworker": caseworker, "participant": participant,
            "conference": conference, "item": item}


def pages(client, world):
    conference, item = world["conference"], world["item"]
    urls = [reverse("review:conference", args=[conference.pk]),
            reverse("review:item", args=[item.pk])]
    return {url: client.get(url).content.decode() for url in urls}


def test_a_participant_who_does_not_work_the_case_sees_no_name(client, world):
    login(client, world["participant"])
    for url, body in pages(client, world).items():
        assert "KT-2018-0042 (Z. R.)" in body, url
        for part in NAME_PARTS:
            assert part not in body, (url, part)


def test_the_chair_sees_no_name_either(client, world):
    login(client, world["head"])
    shown = pages(client, world)
    shown["proposals"] = client.get(
        reverse("review:proposals", args=[world["conference"].pk])).content.decode()
    for url, body in shown.items():
        for part in NAME_PARTS:
            assert part not in body, (url, part)


def test_the_assigned_caseworker_sees_the_name(client, world):
    login(client, world["caseworker"])
    for url, body in pages(client, world).items():
        assert "Zahra Rahimi (KT-2018-0042)" in body, url
    item_page = client.get(reverse("review:item", args=[world["item"].pk])).content.decode()
    assert reverse("cases:detail", args=[world["item"].person_id]) in item_page


def test_the_minutes_carry_file_number_and_initials_only(client, world):
    conference = world["conference"]
    hold(conference, world["head"])
    recommend(world["item"], world["head"], discussion="Schulbesuch seit 2019 belegt.")
    conference.refresh_from_db()
    response = login(client, world["caseworker"]).get(reverse("review:minutes", args=[conference.pk]))
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    assert "TOP 1: KT-2018-0042 (Z. R.)" in text
    assert "Schulbesuch seit 2019 belegt." in text
    for part in NAME_PARTS:
        assert part not in text


def test_the_approved_minutes_carry_no_name_either(world):
    conference = world["conference"]
    hold(conference, world["head"])
    recommend(world["item"], world["head"])
    approve(conference, world["head"])
    conference.refresh_from_db()
    text = pdf_text(conference.minutes_pdf)
    assert "KT-2018-0042 (Z. R.)" in text
    for part in NAME_PARTS:
        assert part not in text


def test_the_prepared_summary_stores_no_name(world):
    stored = str(world["item"].prepared)
    for part in NAME_PARTS:
        assert part not in stored
