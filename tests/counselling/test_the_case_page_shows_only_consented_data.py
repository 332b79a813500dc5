"""The wall between desk and casework: on the case page a caseworker (and the head) sees that a
session took place (date, desk) and exactly the categories the person consented to share with the
casework for this file; nothing without a consent, never the Potenzialanalyse."""

import pytest
from django.urls import reverse

from tests.conftest import login, make_person
from wegweiser.counselling import records
from wegweiser.counselling.models import Analysis, Goal, Measure, Referral

from .records_helpers import give_casework_consent, make_client, make_partner, make_session

OUTCOME = "Vertrauliches Ergebnis XYZ"


@pytest.fixture
def session(users):
    counsellor = users["counsellor"]
    session = make_session(counsellor, make_client(counsellor), topic_keys=["housing"])
    records.save_referral(counsellor, Referral(
        authority=counsellor.authority, session=session, referred_on=session.held_on,
        organisation=make_partner(counsellor.authority, name="Diakonie Wohnhilfe"),
        purpose="Wohnungssuche"), None)
    records.save_analysis(counsellor, Analysis(
        authority=counsellor.authority, client=session.client, prepared_on=session.held_on,
        situation="Traumatische Flucht", potential="Ausbildung als Pflegekraft"), None)
    goal = records.save_goal(counsellor, Goal(authority=counsellor.authority,
                                              client=session.client, text="Eigene Wohnung",
                                              created_on=session.held_on), None)
    records.save_measure(counsellor, Measure(authority=counsellor.authority, goal=goal,
                                             text="WBS beantragen", responsible="Person",
                                             due_date=session.held_on), None)
    return session


def _case_page(client, user, person) -> str:
    login(client, user)
    response = client.get(reverse("cases:detail", args=[person.pk]))
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_without_a_consent_the_case_page_shows_nothing_of_the_desk(client, users, person,
                                                                   session):
    page = _case_page(client, users["caseworker"], person)
    assert "Keine Angaben der Beratungsstelle freigegeben." in page
    assert session.desk.name not in page and OUTCOME not in page


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["caseworker", "head"])
def test_the_fact_alone_shows_date_and_desk_only(client, users, person, session, role):
    give_casework_consent(users["counsellor"], session.client, person, ["fact"])
    page = _case_page(client, users[role], person)
    assert f"Beratung am {session.held_on:%d.%m.%Y} ({session.desk.name})" in page
    for secret in (OUTCOME, "Geheimer nächster Schritt", "Wohnen", "Diakonie Wohnhilfe",
                   "Eigene Wohnung", "WBS beantragen", "Traumatische Flucht",
                   "Frau A. aus Hilden"):
        assert secret not in page, secret


@pytest.mark.django_db
def test_each_consented_category_and_only_it_appears(client, users, person, session):
    give_casework_consent(users["counsellor"], session.client, person,
                          ["fact", "topics", "referrals"])
    page = _case_page(client, users["caseworker"], person)
    assert "Wohnen" in page and "Diakonie Wohnhilfe" in page
    assert OUTCOME not in page and "Eigene Wohnung" not in page


@pytest.mark.django_db
def test_the_plan_and_the_outcome_appear_when_consented_the_analysis_never(client, users,
                                                                           person, session):
    give_casework_consent(users["counsellor"], session.client, person,
                          ["fact", "outcome", "plan"])
    page = _case_page(client, users["caseworker"], person)
    assert OUTCOME in page and "Eigene Wohnung" in page and "WBS beantragen" in page
    assert "Traumatische Flucht" not in page and "Ausbildung als Pflegekraft" not in page


@pytest.mark.django_db
def test_a_consent_for_one_file_shows_nothing_on_another(client, users, authority, person,
                                                         session):
    other = make_person(authority, file_number="KT-2020-0002", family_name="Other")
    give_casework_consent(users["counsellor"], session.client, person, ["fact", "outcome"])
    page = _case_page(client, users["caseworker"], other)
    assert OUTCOME not in page and session.desk.name not in page


@pytest.mark.django_db
def test_a_consent_to_a_partner_shows_nothing_to_the_casework(client, users, person, session):
    from wegweiser.counselling.models import Consent

    records.give_consent(users["counsellor"], Consent(
        authority=person.authority, client=session.client, recipient="partner",
        partner=make_partner(person.authority, name="Jobcenter Mettmann", kind="jobcenter"),
        purpose="Vermittlung in eine Ausbildung beim Jobcenter", categories=["fact", "outcome"],
        given_on=session.held_on, explained_in="Arabisch"))
    page = _case_page(client, users["caseworker"], person)
    assert OUTCOME not in page and "Keine Angaben der Beratungsstelle freigegeben." in page


@pytest.mark.django_db
def test_the_section_is_not_shown_to_roles_without_either_action(client, users, person,
                                                                 session):
    """Controlling has no case page; the matrix proves it, the section needs no extra case."""
    login(client, users["controlling"])
    assert client.get(reverse("cases:detail", args=[person.pk])).status_code == 403
