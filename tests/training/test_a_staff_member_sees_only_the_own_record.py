"""Personnel data minimisation (decision 0010): the own record for everyone, the team for the
head of department; another person's record is "not found" (404), never a 403 that confirms it."""

from django.urls import reverse

from tests.conftest import login, make_user
from tests.training.factories import make_event, make_topic


def record_url(user):
    return reverse("training:staff", args=[user.pk])


def test_every_role_opens_the_own_record(client, users):
    for user in users.values():
        login(client, user)
        assert client.get(record_url(user)).status_code == 200, user.role


def test_a_colleagues_record_is_not_found(client, users):
    login(client, users["counsellor"])
    assert client.get(record_url(users["caseworker"])).status_code == 404


def test_nobody_but_the_head_sees_a_colleague(client, users):
    for role in ("caseworker", "counsellor", "controlling", "dpo", "admin"):
        login(client, users[role])
        assert client.get(record_url(users["head"])).status_code == 404, role


def test_the_head_sees_every_team_member(client, users):
    make_event(make_topic(users["head"].authority), attendees=[users["counsellor"]],
               title="Deeskalation im Wartebereich")
    login(client, users["head"])
    page = client.get(record_url(users["counsellor"]))
    assert page.status_code == 200
    assert "Deeskalation im Wartebereich" in page.content.decode()


def test_the_head_of_another_authority_finds_nothing(client, users, other_authority):
    login(client, make_user(other_authority, "head", "fremde-leitung"))
    assert client.get(record_url(users["counsellor"])).status_code == 404


def test_a_colleagues_languages_cannot_be_changed(client, users):
    login(client, users["caseworker"])
    url = reverse("training:language_add", args=[users["counsellor"].pk])
    assert client.post(url, {"language": "Arabisch", "level": "C1"}).status_code == 404


def test_a_colleagues_certificate_is_not_found(client, users):
    event = make_event(make_topic(users["head"].authority), attendees=[users["counsellor"]],
                       evidence_file=b"%PDF-1.4 x", evidence_name="z.pdf",
                       evidence_type="application/pdf")
    login(client, users["caseworker"])
    assert client.get(reverse("training:evidence", args=[event.pk])).status_code == 404
    login(client, users["counsellor"])
    assert client.get(reverse("training:evidence", args=[event.pk])).status_code == 200
