"""The approval settings: head of department and administration only (a named deputy answers
approvals but does not set them); each authority sees and changes only its own, and cannot name
someone of another authority as deputy."""

import re

from django.urls import reverse

from tests.cases.approval_settings_helpers import discretion_fields, switch
from tests.cases.decision_helpers import approval_of, decide, make_application
from tests.conftest import login, make_user
from wegweiser.cases.approval_settings import settings_of

URL = reverse("cases:approval_settings")


def test_other_roles_get_403(client, users, authority):
    deputy = make_user(authority, "caseworker", "vertretung")
    deputy.approval_deputy = True
    deputy.save()
    for user in (users["caseworker"], users["counsellor"], users["controlling"], users["dpo"],
                 deputy):
        login(client, user)
        assert client.get(URL).status_code == 403, user.role
        assert client.post(URL, {"discretion_grant": "on", "version": "0"}).status_code == 403
    assert not settings_of(authority.pk).discretion_grant


def test_head_and_administration_may(client, users):
    for role in ("head", "admin"):
        assert login(client, users[role]).get(URL).status_code == 200


def switch_tag(page):
    return re.search(r'<input[^>]*name="discretion_grant"[^>]*>', page).group(0)


def test_each_authority_has_its_own_settings(client, users, authority, other_authority):
    switch(users["head"], discretion_grant=True)
    assert "checked" in switch_tag(login(client, users["head"]).get(URL).content.decode())
    login(client, make_user(other_authority, "head"))
    assert "checked" not in switch_tag(client.get(URL).content.decode())
    assert not settings_of(other_authority.pk).discretion_grant


def test_a_deputy_of_another_authority_is_refused(client, users, authority, other_authority):
    foreign = make_user(other_authority, "caseworker", "fremd")
    login(client, users["head"])
    response = client.post(URL, {"deputies": [str(foreign.pk)], "version": "0"})
    assert response.status_code == 400
    assert "der eigenen Behörde" in response.content.decode()
    foreign.refresh_from_db()
    assert not foreign.approval_deputy


def test_an_approval_of_another_authority_is_404(client, users, person, other_authority):
    switch(users["head"], discretion_grant=True)
    caseworker = users["caseworker"]
    approval = approval_of(decide(caseworker, make_application(person, caseworker),
                                  **discretion_fields()))
    login(client, make_user(other_authority, "head"))
    assert client.get(reverse("cases:approval_answer", args=[approval.pk])).status_code == 404
