"""The head sees pending approvals, oldest first, linked from the navigation."""

from django.urls import reverse

from tests.cases.decision_helpers import make_application, refuse
from tests.conftest import login
from wegweiser.cases import decisions


def test_the_head_finds_the_pending_refusal_and_closing(client, users, person):
    caseworker, head = users["caseworker"], users["head"]
    refuse(caseworker, make_application(person, caseworker))
    decisions.request_closing(caseworker, person, "Fortzug")
    login(client, head)
    assert reverse("cases:approvals") in client.get(reverse("cases:list")).content.decode()
    page = client.get(reverse("cases:approvals")).content.decode()
    assert page.count("Ansehen und beantworten") == 2
    assert "Ablehnung: abgelehnt am 15.09.2026 (§ 25b Abs. 1 AufenthG)" in page
    assert "Abschluss der Akte: Fortzug" in page


def test_answered_requests_leave_the_list(client, users, person):
    caseworker, head = users["caseworker"], users["head"]
    approval = decisions.request_closing(caseworker, person, "Fortzug")
    decisions.answer_approval(head, approval, True, "", approval.version)
    page = login(client, head).get(reverse("cases:approvals")).content.decode()
    assert "Keine offenen Vorlagen." in page


def test_a_caseworker_without_deputy_role_has_no_link(client, caseworker):
    page = login(client, caseworker).get(reverse("home")).content.decode()
    assert reverse("cases:approvals") not in page
