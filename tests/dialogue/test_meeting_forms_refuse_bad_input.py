"""Meeting, series, action and concern forms refuse bad input with a German message and save
nothing; a stale edit is refused; good input is saved with its participants and logged."""

import pytest
from django.urls import reverse

from tests.conftest import login, make_user
from tests.counselling.records_helpers import make_partner
from wegweiser.audit.models import AuditEntry
from wegweiser.dialogue.models import AgreedAction, Concern, Meeting, MeetingSeries

from .meeting_helpers import make_meeting

GOOD = {"title": "Runder Tisch Integration", "format": "round_table", "date": "2026-03-10",
        "status": "planned", "topics": "Wohnen", "minutes": ""}


@pytest.mark.django_db
@pytest.mark.parametrize(("changes", "message"), [
    ({"title": " "}, "Dieses Feld ist zwingend erforderlich."),
    ({"format": "kaffeeklatsch"}, "ist keine gültige Auswahl"),
    ({"date": "31.02.2026"}, "gültiges Datum"),
    ({"status": "vertagt"}, "ist keine gültige Auswahl"),
])
def test_a_bad_meeting_is_refused(client, users, changes, message):
    before = AuditEntry.objects.count()
    response = login(client, users["head"]).post(reverse("dialog:meeting_create"),
                                                 {**GOOD, **changes})
    assert response.status_code == 400 and message in response.content.decode()
    assert not Meeting.objects.exists() and AuditEntry.objects.count() == before


@pytest.mark.django_db
def test_a_partner_of_another_authority_cannot_take_part(client, users, other_authority):
    theirs = make_partner(other_authority, name="Fremder Verein")
    response = login(client, users["head"]).post(reverse("dialog:meeting_create"),
                                                 {**GOOD, "organisations": [theirs.pk]})
    assert response.status_code == 400 and "ist keine gültige Auswahl" in \
        response.content.decode()
    assert not Meeting.objects.exists()


@pytest.mark.django_db
def test_a_good_meeting_is_saved_with_its_participants(client, users, authority):
    partner = make_partner(authority)
    response = login(client, users["head"]).post(reverse("dialog:meeting_create"), {
        **GOOD, "organisations": [partner.pk], "staff": [users["caseworker"].pk]})
    meeting = Meeting.objects.get()
    assert response.status_code == 302
    assert list(meeting.organisations.all()) == [partner]
    assert list(meeting.staff.all()) == [users["caseworker"]]
    assert AuditEntry.objects.filter(target=f"Dialog meeting {meeting.pk}").exists()


@pytest.mark.django_db
def test_a_stale_meeting_edit_is_refused(client, users, authority):
    meeting = make_meeting(authority, title="Alt")
    Meeting.objects.filter(pk=meeting.pk).update(version=3)
    response = login(client, users["head"]).post(
        reverse("dialog:meeting_edit", args=[meeting.pk]), {**GOOD, "version": 1})
    assert response.status_code == 400 and "inzwischen von jemand anderem" in \
        response.content.decode()
    assert Meeting.objects.get().title == "Alt"


@pytest.mark.django_db
@pytest.mark.parametrize(("data", "message"), [
    ({"title": "Reihe", "format": "round_table", "rhythm_months": "0"},
     "Bitte einen Rhythmus zwischen 1 und 24 Monaten angeben."),
    ({"title": "Reihe", "format": "round_table", "rhythm_months": "zwei"},
     "Bitte eine ganze Zahl eingeben."),
    ({"title": "", "format": "round_table", "rhythm_months": "3"},
     "Dieses Feld ist zwingend erforderlich."),
])
def test_a_bad_series_is_refused(client, users, data, message):
    response = login(client, users["counsellor"]).post(reverse("dialog:series_create"), data)
    assert response.status_code == 400 and message in response.content.decode()
    assert not MeetingSeries.objects.exists()


@pytest.mark.django_db
def test_bad_actions_are_refused(client, users, authority, other_authority):
    meeting = make_meeting(authority)
    partner = make_partner(authority)
    stranger = make_user(other_authority, "caseworker", "fremd")
    login(client, users["head"])
    url = reverse("dialog:action_add", args=[meeting.pk])
    for data, message in [
        ({"text": "Flyer", "status": "open"}, "Bitte genau eine zuständige Stelle angeben"),
        ({"text": "Flyer", "status": "open", "owner_user": users["head"].pk,
          "owner_organisation": partner.pk}, "Bitte genau eine zuständige Stelle angeben"),
        ({"text": "Flyer", "status": "open", "owner_user": stranger.pk},
         "ist keine gültige Auswahl"),
        ({"text": "Flyer", "status": "done", "owner_user": users["head"].pk},
         "Bitte das Ergebnis festhalten"),
        ({"text": "Flyer", "status": "open", "owner_user": users["head"].pk, "due": "morgen"},
         "gültiges Datum"),
        ({"text": " ", "status": "open", "owner_user": users["head"].pk},
         "Dieses Feld ist zwingend erforderlich."),
    ]:
        response = client.post(url, data)
        assert response.status_code == 400 and message in response.content.decode(), data
    assert not AgreedAction.objects.exists()


@pytest.mark.django_db
def test_a_concern_needs_text_and_the_partner_who_raised_it(client, users, authority):
    meeting = make_meeting(authority)
    login(client, users["counsellor"])
    url = reverse("dialog:concern_add", args=[meeting.pk])
    response = client.post(url, {"text": "Wartezeiten zu lang"})
    assert response.status_code == 400 and "Dieses Feld ist zwingend erforderlich." in \
        response.content.decode()
    assert not Concern.objects.exists()
