"""The pages of the counselling records and the partner register pass axe-core with zero
violations, as does the case page with a consented "Beratung" section; a counsellor records a
session with the keyboard-usable form."""

from django.utils import timezone

from tests.browser.conftest import assert_accessible, sign_in
from tests.conftest import PASSWORD
from tests.counselling.records_helpers import (
    give_casework_consent,
    make_client,
    make_partner,
    make_session,
)
from wegweiser.counselling import records
from wegweiser.counselling.models import Analysis, Goal, Measure, Referral, Session
from wegweiser.dialogue.models import Contact


def _world(users, person):
    counsellor = users["counsellor"]
    client = make_client(counsellor)
    session = make_session(counsellor, client, interpreter_mode="phone",
                           interpreter_language="Arabisch")
    partner = make_partner(counsellor.authority, website="https://caritas.example.org")
    Contact.objects.create(authority=person.authority, organisation=partner, name="Frau Kontakt",
                           phone="02104 1")
    records.save_referral(counsellor, Referral(authority=person.authority, session=session,
                                               organisation=partner, referred_on=session.held_on,
                                               purpose="Wohnung"), None)
    records.add_follow_up(counsellor, session, due_date=timezone.localdate(), reason="Anrufen",
                          assignee=counsellor)
    records.save_analysis(counsellor, Analysis(authority=person.authority, client=client,
                                               prepared_on=session.held_on, situation="s",
                                               potential="p"), None)
    goal = records.save_goal(counsellor, Goal(authority=person.authority, client=client,
                                              text="Arbeit", created_on=session.held_on), None)
    records.save_measure(counsellor, Measure(authority=person.authority, goal=goal,
                                             text="Bewerben", responsible="Person",
                                             due_date=timezone.localdate()), None)
    consent = give_casework_consent(counsellor, client, person,
                                    ["fact", "topics", "outcome", "referrals", "plan"])
    return client, session, partner, consent


def test_the_counselling_and_partner_pages_have_no_axe_violations(page, axe, person, users):
    client, session, partner, consent = _world(users, person)
    sign_in(page, users["counsellor"].username, PASSWORD)
    for url in ["/beratung/", "/beratung/beratungen/", "/beratung/beratungen/liste/",
                "/beratung/beratungen/neu/", f"/beratung/beratungen/{session.pk}/",
                "/beratung/beratungen/ratsuchende/",
                f"/beratung/beratungen/ratsuchende/{client.pk}/",
                f"/beratung/beratungen/ratsuchende/{client.pk}/einwilligung/",
                f"/beratung/beratungen/einwilligung/{consent.pk}/widerruf/",
                "/partner/", f"/partner/{partner.pk}/", "/partner/neu/",
                f"/faelle/{person.pk}/"]:
        page.goto(url)
        page.locator("h1").first.wait_for()
        assert_accessible(axe, page)


def test_the_caseworker_sees_the_consented_section_accessibly(page, axe, person, users):
    _world(users, person)
    sign_in(page, users["caseworker"].username, PASSWORD)
    page.goto(f"/faelle/{person.pk}/")
    page.get_by_role("heading", name="Beratung", exact=True).wait_for()
    assert "Vertrauliches Ergebnis XYZ" in page.content()
    assert_accessible(axe, page)


def test_the_head_configures_topics_accessibly(page, axe, users):
    sign_in(page, users["head"].username, PASSWORD)
    for url in ["/beratung/beratungen/themen/", "/beratung/beratungen/themen/neu/"]:
        page.goto(url)
        page.locator("h1").first.wait_for()
        assert_accessible(axe, page)


def test_a_counsellor_records_a_session_with_the_keyboard(page, users):
    from tests.counselling.factories import make_desk

    make_desk(users["counsellor"].authority)
    sign_in(page, users["counsellor"].username, PASSWORD)
    page.goto("/beratung/beratungen/neu/")
    page.get_by_label("Arbeit und Ausbildung").check()
    page.get_by_label("Ergebnis").fill("Bewerbung besprochen")
    page.get_by_label("Ergebnis").press("Tab")
    page.get_by_role("button", name="Speichern").press("Enter")
    page.get_by_role("heading", name="Beratung am").wait_for()
    assert Session.objects.get().outcome == "Bewerbung besprochen"
