"""A user of one authority never sees a row of another, by any URL (404, not 403)."""

from django.db import connection
from django.urls import reverse

from tests.conftest import add_period, login
from wegweiser.cases.models import FollowUp, Person


def test_the_case_list_hides_other_authorities(client, stranger, person):
    body = login(client, stranger).get(reverse("cases:list")).content.decode()
    assert "Haddad" not in body
    assert "0 Fälle gefunden" in body


def test_a_search_by_name_does_not_reach_other_authorities(client, stranger, person):
    body = login(client, stranger).get(reverse("cases:list"), {"q": "Haddad"}).content.decode()
    assert "0 Fälle gefunden" in body
    assert reverse("cases:detail", args=[person.pk]) not in body


def test_every_case_url_of_another_authority_is_404(client, stranger, person):
    period = person.status_periods.first()
    login(client, stranger)
    urls = [
        reverse("cases:detail", args=[person.pk]),
        reverse("cases:edit", args=[person.pk]),
        reverse("cases:history", args=[person.pk]),
        reverse("cases:period_add", args=[person.pk]),
        reverse("cases:period_edit", args=[person.pk, period.pk]),
        reverse("cases:asylum_edit", args=[person.pk]),
        reverse("cases:fact_add", args=[person.pk, "employment"]),
        reverse("cases:follow_up_add", args=[person.pk]),
    ]
    for url in urls:
        assert client.get(url).status_code == 404, url


def test_posting_to_another_authoritys_case_changes_nothing(client, stranger, person):
    login(client, stranger)
    period = person.status_periods.first()
    response = client.post(
        reverse("cases:record_delete", args=[person.pk, "period", period.pk]), {"version": 1}
    )
    assert response.status_code == 404
    assert person.status_periods.count() == 3
    response = client.post(
        reverse("cases:edit", args=[person.pk]),
        {"family_name": "Geändert", "nationality": "IRQ", "file_number": "X", "version": 1},
    )
    assert response.status_code == 404
    assert Person.unscoped.get(pk=person.pk).family_name == "Haddad"


def test_completing_another_authoritys_follow_up_is_404(client, stranger, caseworker, person):
    follow_up = FollowUp.objects.create(
        authority=person.authority,
        person=person,
        due_date="2026-12-01",
        reason="Pass",
        assignee=caseworker,
    )
    response = login(client, stranger).post(
        reverse("cases:follow_up_done", args=[follow_up.pk]), {"version": 1}
    )
    assert response.status_code == 404
    follow_up.refresh_from_db()
    assert not follow_up.done


def test_the_scoped_manager_filters_by_the_current_authority(person, foreign_person):
    from wegweiser.accounts.scoping import authority_scope

    with authority_scope(person.authority_id):
        assert list(Person.objects.all()) == [person]
    with authority_scope(None):
        assert not Person.objects.exists()
    add_period(foreign_person, "duldung", person.birth_date)
    with authority_scope(foreign_person.authority_id):
        assert list(Person.objects.all()) == [foreign_person]


def test_a_nested_scope_restores_the_outer_scope(person, foreign_person):
    from wegweiser.accounts.scoping import authority_scope, current_authority_id

    with authority_scope(person.authority_id):
        with authority_scope(foreign_person.authority_id):
            assert list(Person.objects.all()) == [foreign_person]
        assert current_authority_id() == person.authority_id
        assert list(Person.objects.all()) == [person]
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT current_setting('wegweiser.authority_id', true)")
                assert cursor.fetchone()[0] == str(person.authority_id)
