"""A follow-up stays on the counselling record; a Wiedervorlage in the case file exists only for a
linked person who consented to share follow-ups with the casework. Completing one completes both."""

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.conftest import login
from wegweiser.cases.models import FollowUp
from wegweiser.counselling import records
from wegweiser.counselling.models import RecordFollowUp

from .records_helpers import give_casework_consent, make_client, make_session


def _add(session, counsellor, reason="Unterlagen prüfen"):
    return records.add_follow_up(counsellor, session, due_date=timezone.localdate(),
                                 reason=reason, assignee=counsellor)


@pytest.mark.django_db
def test_an_anonymous_session_keeps_its_follow_up_at_the_desk(users):
    session = make_session(users["counsellor"])
    follow_up = _add(session, users["counsellor"])
    assert follow_up.case_follow_up is None and not FollowUp.objects.exists()


@pytest.mark.django_db
def test_a_linked_person_without_the_follow_up_category_keeps_it_at_the_desk(users, person):
    counsellor = users["counsellor"]
    session = make_session(counsellor, make_client(counsellor))
    give_casework_consent(counsellor, session.client, person, ["fact", "outcome"])
    assert _add(session, counsellor).case_follow_up is None
    assert not FollowUp.objects.exists()


@pytest.mark.django_db
def test_with_consent_the_case_file_gets_a_wiedervorlage(client, users, person):
    counsellor = users["counsellor"]
    session = make_session(counsellor, make_client(counsellor))
    give_casework_consent(counsellor, session.client, person, ["fact", "follow_ups"])
    follow_up = _add(session, counsellor)
    mirror = FollowUp.objects.get()
    assert follow_up.case_follow_up == mirror and mirror.person == person
    assert mirror.assignee == counsellor and mirror.reason == "Beratung: Unterlagen prüfen"
    login(client, counsellor)
    response = client.post(reverse("counselling:follow_up_done", args=[follow_up.pk]),
                           {"version": follow_up.version})
    assert response.status_code == 302
    assert RecordFollowUp.objects.get().done and FollowUp.objects.get().done


@pytest.mark.django_db
def test_a_stale_completion_changes_nothing(client, users):
    session = make_session(users["counsellor"])
    follow_up = _add(session, users["counsellor"])
    login(client, users["counsellor"])
    client.post(reverse("counselling:follow_up_done", args=[follow_up.pk]), {"version": 7})
    assert not RecordFollowUp.objects.get().done
