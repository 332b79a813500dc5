"""The case page lists applications with their decision, approval and frozen verdict."""

from datetime import date

from django.urls import reverse

from tests.cases.decision_helpers import decide, make_application, refuse
from tests.conftest import login


def test_a_refusal_waiting_for_approval_shows_its_snapshot(client, caseworker, person):
    refuse(caseworker, make_application(person, caseworker), reasons=["livelihood", "identity"])
    page = login(client, caseworker).get(reverse("cases:detail", args=[person.pk])).content.decode()
    section = page.split('id="h-decisions"')[1]
    assert "Aufenthaltserlaubnis – § 25b Abs. 1 AufenthG (Eingang 02.03.2026)" in section
    assert "abgelehnt am 15.09.2026" in section
    assert "zur Freigabe vorgelegt" in section
    assert "Lebensunterhalt nicht (überwiegend) gesichert; Identität nicht geklärt" in section
    assert "Prüfung am Entscheidungstag" in section
    assert "Stichtag 15.09.2026" in section


def test_an_application_without_decision_offers_to_record_one(client, caseworker, person):
    application = make_application(person, caseworker, subject="duldung", pathway_id="")
    page = login(client, caseworker).get(reverse("cases:detail", args=[person.pk])).content.decode()
    assert "Noch keine Entscheidung." in page
    assert reverse("cases:decision_edit", args=[person.pk, application.pk]) in page


def test_a_grant_is_final_at_once(client, caseworker, person):
    decide(caseworker, make_application(person, caseworker, received_on=date(2025, 1, 6)))
    page = login(client, caseworker).get(reverse("cases:detail", args=[person.pk])).content.decode()
    section = page.split('id="h-decisions"')[1]
    assert "erteilt am 15.09.2026" in section
    assert "zur Freigabe vorgelegt" not in section
