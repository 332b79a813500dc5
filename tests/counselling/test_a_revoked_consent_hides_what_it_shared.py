"""After a revocation the casework sees nothing more: the case page marks the consent as
revoked, and Wiedervorlagen already shared lose their text (also in the case history)."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from tests.conftest import login
from wegweiser.cases.models import FollowUp
from wegweiser.counselling import records
from wegweiser.counselling.models import Consent

from .records_helpers import give_casework_consent, make_client, make_session


@pytest.fixture
def shared(users, person):
    counsellor = users["counsellor"]
    session = make_session(counsellor, make_client(counsellor))
    consent = give_casework_consent(counsellor, session.client, person,
                                    ["fact", "outcome", "follow_ups"],
                                    given_on=session.held_on)
    records.add_follow_up(counsellor, session, due_date=timezone.localdate(),
                          reason="Sprachzertifikat B1 nachreichen", assignee=counsellor)
    return consent, session


@pytest.mark.django_db
def test_revoking_hides_the_data_and_marks_the_consent(client, users, person, shared):
    consent, session = shared
    login(client, users["caseworker"])
    before = client.get(reverse("cases:detail", args=[person.pk])).content.decode()
    assert "Vertrauliches Ergebnis XYZ" in before and "Sprachzertifikat B1" in before
    records.revoke_consent(users["counsellor"], consent, timezone.localdate(), consent.version)
    after = client.get(reverse("cases:detail", args=[person.pk])).content.decode()
    assert "widerrufen am" in after
    assert "Vertrauliches Ergebnis XYZ" not in after and "Sprachzertifikat B1" not in after
    assert session.desk.name not in after


@pytest.mark.django_db
def test_shared_follow_ups_lose_their_text_also_in_the_history(users, person, shared):
    consent, _ = shared
    mirror = FollowUp.objects.get(person=person)
    assert mirror.reason == "Beratung: Sprachzertifikat B1 nachreichen"
    records.revoke_consent(users["counsellor"], consent, timezone.localdate(), consent.version)
    mirror.refresh_from_db()
    assert "Sprachzertifikat" not in mirror.reason and "widerrufen" in mirror.reason
    assert not mirror.history.filter(reason__contains="Sprachzertifikat").exists()


@pytest.mark.django_db
def test_after_revocation_new_follow_ups_stay_at_the_desk(users, person, shared):
    consent, session = shared
    records.revoke_consent(users["counsellor"], consent, timezone.localdate(), consent.version)
    records.add_follow_up(users["counsellor"], session, due_date=timezone.localdate(),
                          reason="Neu", assignee=users["counsellor"])
    assert not FollowUp.objects.filter(reason__contains="Neu").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("days", [1, -30])
def test_a_revocation_date_in_the_future_or_before_the_consent_is_refused(users, shared, days):
    consent, _ = shared
    with pytest.raises(ValidationError):
        records.revoke_consent(users["counsellor"], consent,
                               timezone.localdate() + timedelta(days=days), consent.version)
    assert Consent.objects.get(pk=consent.pk).revoked_on is None


@pytest.mark.django_db
def test_revoking_through_the_page_and_twice(client, users, shared):
    consent, _ = shared
    login(client, users["counsellor"])
    url = reverse("counselling:consent_revoke", args=[consent.pk])
    bad = client.post(url, {"revoked_on": "31.02.2026", "version": consent.version})
    assert bad.status_code == 400 and "Bitte ein gültiges Datum eingeben." in bad.content.decode()
    today = timezone.localdate().strftime("%d.%m.%Y")
    assert client.post(url, {"revoked_on": today, "version": consent.version}).status_code == 302
    again = client.post(url, {"revoked_on": today, "version": consent.version + 1})
    assert again.status_code == 400
    assert "Diese Einwilligung ist schon widerrufen." in again.content.decode()
