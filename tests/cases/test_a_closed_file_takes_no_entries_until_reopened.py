"""A closed file takes no new or changed entries (status periods, facts, decisions, the person
itself) until the head of department reopens it with a reason; follow-ups stay possible."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests.conftest import login, make_user
from wegweiser.cases import decisions
from wegweiser.cases.models import FollowUp, Person, StatusPeriod
from wegweiser.cases.services import delete_record, save_record


@pytest.fixture
def closed(users, person):
    approval = decisions.request_closing(users["caseworker"], person, "Fortzug nach Köln")
    decisions.answer_approval(users["head"], approval, True, "", approval.version)
    return Person.objects.get(pk=person.pk)


def test_no_new_status_period_on_a_closed_file(closed, caseworker):
    period = StatusPeriod(person=closed, authority_id=closed.authority_id, kind="duldung",
                          start=date(2026, 11, 1))
    with pytest.raises(ValidationError, match="abgeschlossen"):
        save_record(caseworker, period, None)
    assert not StatusPeriod.objects.filter(person=closed, start=date(2026, 11, 1)).exists()


def test_no_change_or_deletion_of_what_the_closed_file_holds(closed, caseworker):
    closed.given_names = "Anders"
    with pytest.raises(ValidationError, match="abgeschlossen"):
        save_record(caseworker, closed, closed.version)
    period = closed.status_periods.first()
    with pytest.raises(ValidationError, match="abgeschlossen"):
        delete_record(caseworker, period, period.version)
    assert Person.objects.get(pk=closed.pk).given_names != "Anders"


def test_a_follow_up_on_a_closed_file_is_still_possible(closed, caseworker):
    follow_up = FollowUp(person=closed, authority_id=closed.authority_id, due_date=date(2027, 1, 4),
                         reason="Aktenvernichtung prüfen", assignee=caseworker)
    save_record(caseworker, follow_up, None)
    assert FollowUp.objects.filter(person=closed).exists()


def test_the_head_reopens_with_a_reason_and_entries_are_possible_again(client, closed, users):
    login(client, users["head"])
    url = reverse("cases:reopen", args=[closed.pk])
    assert client.post(url, {"note": "", "version": closed.version}).status_code == 400
    assert Person.objects.get(pk=closed.pk).closed_on is not None
    response = client.post(url, {"note": "Rückkehr in den Kreis", "version": closed.version})
    assert response.status_code == 302
    reopened = Person.objects.get(pk=closed.pk)
    assert reopened.closed_on is None
    reopened.given_names = "Anders"
    save_record(users["caseworker"], reopened, reopened.version)
    assert reopened.history.filter(history_change_reason__contains="wieder geöffnet").exists()


def test_a_caseworker_cannot_reopen_and_another_authority_finds_nothing(
        client, closed, users, other_authority):
    url = reverse("cases:reopen", args=[closed.pk])
    assert login(client, users["caseworker"]).post(url, {"note": "x"}).status_code == 403
    stranger = make_user(other_authority, "head", "fremde-leitung")
    assert login(client, stranger).post(url, {"note": "x"}).status_code == 404
    assert Person.objects.get(pk=closed.pk).closed_on is not None
