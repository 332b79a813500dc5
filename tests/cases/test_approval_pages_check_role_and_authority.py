"""Applications, decisions and approvals: the wrong role gets 403, another authority 404."""

from django.urls import reverse

from tests.cases.decision_helpers import approval_of, make_application, refuse
from tests.conftest import login, make_user
from wegweiser.cases.models import ApprovalRequest


def test_a_caseworker_who_is_no_deputy_may_not_answer(client, users, person):
    caseworker, head = users["caseworker"], users["head"]
    approval = approval_of(refuse(head, make_application(person, head)))
    login(client, caseworker)
    assert client.get(reverse("cases:approvals")).status_code == 403
    response = client.post(reverse("cases:approval_answer", args=[approval.pk]),
                           {"answer": "approve", "version": approval.version})
    assert response.status_code == 403
    assert ApprovalRequest.objects.get(pk=approval.pk).state == "requested"


def test_counselling_and_controlling_see_no_applications(client, users, person):
    application = make_application(person, users["caseworker"])
    for role in ("counsellor", "controlling"):
        login(client, users[role])
        for url in (reverse("cases:application_add", args=[person.pk]),
                    reverse("cases:decision_edit", args=[person.pk, application.pk]),
                    reverse("cases:closing_request", args=[person.pk])):
            assert client.get(url).status_code == 403, (role, url)


def test_the_counsellor_sees_the_case_but_not_its_decisions(client, users, person):
    refuse(users["caseworker"], make_application(person, users["caseworker"]))
    page = login(client, users["counsellor"]).get(reverse("cases:detail", args=[person.pk]))
    assert page.status_code == 200
    assert "Anträge und Entscheidungen" not in page.content.decode()


def test_another_authority_gets_404_everywhere(client, users, person, other_authority):
    caseworker = users["caseworker"]
    application = make_application(person, caseworker)
    approval = approval_of(refuse(caseworker, application))
    foreign_head = make_user(other_authority, "head", "foreign-head")
    login(client, foreign_head)
    urls = [
        reverse("cases:application_add", args=[person.pk]),
        reverse("cases:application_edit", args=[person.pk, application.pk]),
        reverse("cases:decision_edit", args=[person.pk, application.pk]),
        reverse("cases:closing_request", args=[person.pk]),
        reverse("cases:approval_answer", args=[approval.pk]),
        reverse("cases:approval_resubmit", args=[approval.pk]),
    ]
    for url in urls:
        assert client.get(url).status_code == 404, url
    response = client.post(reverse("cases:approval_answer", args=[approval.pk]),
                           {"answer": "approve", "version": approval.version})
    assert response.status_code == 404
    assert ApprovalRequest.objects.get(pk=approval.pk).state == "requested"
    assert "Haddad" not in client.get(reverse("cases:approvals")).content.decode()
