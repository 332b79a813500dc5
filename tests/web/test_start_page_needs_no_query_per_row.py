"""The caseworker's start page costs the same number of queries for one follow-up and
person as for many (no N+1)."""

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.conftest import add_period, login, make_person
from tests.screening.conftest import AS_OF
from tests.screening.helpers import run_directly


def add_case(authority, caseworker, number):
    from wegweiser.cases.models import FollowUp

    person = make_person(authority, file_number=f"KT-Q-{number}", assigned_to=caseworker)
    add_period(person, "duldung", AS_OF - timedelta(days=3000), None)
    FollowUp.objects.create(authority=authority, person=person, assignee=caseworker,
                            due_date=timezone.localdate() + timedelta(days=number % 5 - 2),
                            reason=f"Anlass {number}")


# Per request anyway: session, savepoints, and on PostgreSQL the authority scope for RLS.
PLUMBING = ("django_session", "SAVEPOINT", "set_config")


def queries(client):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(reverse("home")).status_code == 200
    return len([q for q in captured if not any(word in q["sql"] for word in PLUMBING)])


def test_the_start_page_does_not_query_per_follow_up_or_person(client, caseworker, authority):
    add_case(authority, caseworker, 1)
    run_directly(authority, AS_OF)
    login(client, caseworker)
    few = queries(client)
    for number in range(2, 9):
        add_case(authority, caseworker, number)
    run_directly(authority, AS_OF)
    assert queries(client) == few <= 7
