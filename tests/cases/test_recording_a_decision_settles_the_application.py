"""Recording a decision sets the application's status; the decider and the team are kept."""

from django.urls import reverse

from tests.cases.decision_helpers import decide, make_application
from tests.conftest import login
from wegweiser.accounts.models import Team
from wegweiser.cases.models import Application, Decision


def test_a_decision_makes_the_application_decided(caseworker, person):
    application = make_application(person, caseworker)
    decide(caseworker, application)
    assert Application.objects.get(pk=application.pk).status == "decided"


def test_a_withdrawal_makes_the_application_withdrawn(caseworker, person):
    application = make_application(person, caseworker)
    decide(caseworker, application, outcome="withdrawn", decision_type="")
    assert Application.objects.get(pk=application.pk).status == "withdrawn"


def test_the_team_comes_from_the_initial_of_the_family_name(authority, caseworker, person):
    Team.objects.create(authority=authority, name="Team A–K", letters_from="A", letters_to="K")
    own = Team.objects.create(authority=authority, name="Team L–Z", letters_from="L",
                              letters_to="Z")
    caseworker.team = own
    decision = decide(caseworker, make_application(person, caseworker))  # Haddad
    assert (decision.team.name, decision.decided_by) == ("Team A–K", caseworker)


def test_without_a_matching_range_the_decider_s_team_counts(authority, caseworker, person):
    caseworker.team = Team.objects.create(authority=authority, name="Team Nord")
    assert decide(caseworker, make_application(person, caseworker)).team.name == "Team Nord"


def test_decided_cannot_be_chosen_by_hand(client, caseworker, person):
    login(client, caseworker)
    response = client.post(reverse("cases:application_add", args=[person.pk]), {
        "received_on": "2026-03-02", "subject": "employment", "channel": "online",
        "status": "decided"})
    assert response.status_code == 400
    assert not Application.objects.exists()
    assert not Decision.objects.exists()
