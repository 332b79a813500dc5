"""The data-protection officer reads the audit log by file number and name, with a link to the
case, and searches it by name or file number - not by an internal person number."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.conftest import login, make_person
from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record


def viewed(user, *persons):
    for person in persons:
        record(user, AuditAction.VIEW, person=person)


def test_an_entry_shows_file_number_name_and_a_link_the_role_may_open(client, users, person):
    viewed(users["caseworker"], person)
    body = login(client, users["dpo"]).get(reverse("audit:log")).content.decode()
    assert f'href="{reverse("cases:history", args=[person.pk])}">KT-2019-0001</a>' in body
    assert "Haddad, Mohammed" in body
    internal_number = f'<td class="kern-table__cell">{person.pk}</td><td class="kern-table__cell" lang="de">'
    assert internal_number not in body


def test_the_log_is_searched_by_name_and_by_file_number(client, users, person):
    other = make_person(person.authority, file_number="KT-2020-0002", family_name="Rahimi",
                        given_names="Farid")
    viewed(users["caseworker"], person, other)
    login(client, users["dpo"])
    by_name = client.get(reverse("audit:log"), {"q": "Hadad"}).content.decode()  # misspelt
    assert "KT-2019-0001" in by_name and "KT-2020-0002" not in by_name
    by_number = client.get(reverse("audit:log"), {"q": "KT-2020"}).content.decode()
    assert "KT-2020-0002" in by_number and "KT-2019-0001" not in by_number


def test_the_search_stays_within_the_own_authority(client, users, person, foreign_person,
                                                  stranger):
    viewed(stranger, foreign_person)
    viewed(users["caseworker"], person)
    body = login(client, users["dpo"]).get(reverse("audit:log"), {"q": "Fremd"}).content.decode()
    assert "SA-1" not in body and "Keine Einträge." in body


@pytest.mark.django_db
def test_persons_are_resolved_in_one_query_per_page(client, users, authority):
    login(client, users["dpo"])

    def queries_for(n):
        persons = [make_person(authority, file_number=f"KT-N-{n}-{i}") for i in range(n)]
        viewed(users["caseworker"], *persons)
        with CaptureQueriesContext(connection) as context:
            assert client.get(reverse("audit:log")).status_code == 200
        return len(context)

    assert queries_for(1) == queries_for(12)
