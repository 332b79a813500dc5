"""Closing a file is laid before a second person; the file is closed only once approved."""

from django.urls import reverse
from django.utils import timezone

from tests.conftest import login
from wegweiser.cases import decisions
from wegweiser.cases.models import ApprovalRequest, Person


def test_the_file_closes_only_when_the_head_approves(client, users, person):
    caseworker, head = users["caseworker"], users["head"]
    response = login(client, caseworker).post(reverse("cases:closing_request", args=[person.pk]),
                                              {"note": "Fortzug nach Köln"})
    assert response.status_code == 302
    approval = ApprovalRequest.objects.get(person=person, kind="closing")
    assert Person.objects.get(pk=person.pk).closed_on is None

    decisions.answer_approval(head, approval, True, "", approval.version)
    closed = Person.objects.get(pk=person.pk)
    assert closed.closed_on == timezone.localdate()
    assert closed.closing_reason == "Fortzug nach Köln"


def test_a_returned_closing_leaves_the_file_open(users, person):
    caseworker, head = users["caseworker"], users["head"]
    approval = decisions.request_closing(caseworker, person, "Ausreise")
    decisions.answer_approval(head, approval, False, "Ausreise erst belegen", approval.version)
    assert Person.objects.get(pk=person.pk).closed_on is None


def test_closing_needs_a_reason_and_only_one_request_at_a_time(client, caseworker, person):
    login(client, caseworker)
    url = reverse("cases:closing_request", args=[person.pk])
    assert client.post(url, {"note": ""}).status_code == 400
    assert not ApprovalRequest.objects.exists()
    client.post(url, {"note": "Einbürgerung"})
    response = client.post(url, {"note": "Einbürgerung"})
    assert response.status_code == 400
    assert "liegt bereits zur Freigabe vor" in response.content.decode()
    assert ApprovalRequest.objects.count() == 1
