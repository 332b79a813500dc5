"""A caseworker lands on their own work - follow-ups due, the worklist's entry points for
their own persons (counted as persons), a search box - not on the whole A-Z list; the other
roles keep their main page."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.conftest import login, make_user
from tests.screening.conftest import AS_OF, well_integrated
from tests.screening.helpers import run_directly


def follow_up(person, user, days, reason, done=False):
    from wegweiser.cases.models import FollowUp

    return FollowUp.objects.create(authority=person.authority, person=person, assignee=user,
                                   due_date=timezone.localdate() + timedelta(days=days),
                                   reason=reason, done=done)


def start_page(client, user) -> str:
    response = login(client, user).get(reverse("home"))
    assert response.status_code == 200
    return response.content.decode()


def test_it_lists_the_follow_ups_due_of_this_caseworker_only(client, caseworker, person):
    colleague = make_user(person.authority, "caseworker", "kollegin")
    follow_up(person, caseworker, -3, "Pass nachfordern")
    follow_up(person, caseworker, 2, "Arbeitsvertrag anfordern")
    follow_up(person, caseworker, 40, "Verlängerung vorbereiten")
    follow_up(person, caseworker, -10, "Schon erledigt", done=True)
    follow_up(person, colleague, -1, "Fremde Wiedervorlage")
    body = start_page(client, caseworker)
    assert "Pass nachfordern" in body and "Arbeitsvertrag anfordern" in body
    assert "Verlängerung vorbereiten" not in body  # due later: counted, not listed
    assert "Schon erledigt" not in body and "Fremde Wiedervorlage" not in body
    assert "1 überfällig" in body and "1 fällig in den nächsten 7 Tagen" in body
    assert "alle offenen (3)" in body
    assert 'name="q"' in body and 'role="search"' in body


def test_it_counts_own_persons_per_worklist_group_once(client, caseworker, authority):
    mine = well_integrated(authority, assigned_to=caseworker)
    well_integrated(authority, file_number="KT-2016-0200",
                    assigned_to=make_user(authority, "caseworker", "andere"))
    run_directly(authority, AS_OF)
    body = start_page(client, caseworker)
    # Several pathways are met for the same person: still one person.
    assert "Jetzt erfüllt: 1 Person" in body
    assert f"{reverse('screening:worklist')}?mine=on&amp;group=met" in body
    assert "Angaben fehlen: " in body and "Erfüllt in 90 Tagen: " in body
    assert mine.file_number not in body  # counts only, the names are on the worklist


@pytest.mark.django_db
def test_without_a_run_it_says_so(client, caseworker):
    assert "Noch kein Prüflauf abgeschlossen." in start_page(client, caseworker)


@pytest.mark.parametrize("role, page", [("head", "cases:list"), ("counsellor", "cases:list"),
                                        ("controlling", "web:overview"), ("dpo", "audit:log"),
                                        ("admin", "interop:import")])
def test_other_roles_keep_their_main_page(client, users, role, page):
    response = login(client, users[role]).get(reverse("home"))
    assert response.status_code == 302 and response["Location"] == reverse(page)
