from django.urls import reverse

from tests.conftest import login
from wegweiser.accounts.models import User
from wegweiser.counselling.models import Consent, Goal, Referral, Session


def test_the_demo_counsellor_sees_the_sessions_and_a_caseworker_gets_403(district, client):
    authority, pillars = district
    session = Session.unscoped.filter(authority=authority).first()
    url = reverse("counselling:session_detail", args=[session.pk])
    login(client, User.objects.get(username="beratung1"))
    assert client.get(reverse("counselling:session_list")).status_code == 200
    assert client.get(url).status_code == 200
    login(client, User.objects.get(username="sachbearbeitung1"))
    assert client.get(url).status_code == 403
    assert client.get(reverse("counselling:session_list")).status_code == 403


def test_sessions_carry_interpreters_referrals_consents_and_a_foerderplan(district):
    authority, pillars = district
    sessions = Session.unscoped.filter(authority=authority)
    assert pillars.sessions == sessions.count() >= 60
    assert sessions.filter(client__isnull=True).exists() and sessions.filter(
        client__isnull=False).exists()
    assert {"Arabisch", "Farsi", "Ukrainisch"} <= set(
        sessions.values_list("interpreter_language", flat=True))
    assert Referral.unscoped.filter(authority=authority).count() >= 5
    consents = Consent.unscoped.filter(authority=authority, person__isnull=False)
    assert consents.filter(revoked_on__isnull=True).count() >= 2
    assert consents.filter(revoked_on__isnull=False).exists()
    assert Goal.unscoped.filter(authority=authority).count() == 3
