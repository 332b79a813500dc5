from datetime import date, timedelta

from django.urls import reverse
from django.utils import timezone

from tests.conftest import add_period, login, make_person


def names(client, **params):
    body = client.get(reverse("cases:list"), params).content.decode()
    return {n for n in ["Alt", "Neu", "Ohne"] if f">{n}," in body}


def test_the_toleration_band_filter(client, caseworker, authority):
    today = timezone.localdate()
    old = make_person(authority, file_number="A1", family_name="Alt", nationality="AFG")
    add_period(old, "duldung", today - timedelta(days=9 * 365), None)
    new = make_person(authority, file_number="A2", family_name="Neu", nationality="NGA")
    add_period(new, "duldung", today - timedelta(days=100), None)
    make_person(authority, file_number="A3", family_name="Ohne")
    login(client, caseworker)
    assert names(client, band="96-") == {"Alt"}
    assert names(client, band="0-11") == {"Neu"}
    assert names(client, nationality="NGA") == {"Neu"}
    assert names(client, status="duldung") == {"Alt", "Neu"}
    assert names(client) == {"Alt", "Neu", "Ohne"}


def test_bad_filter_values_are_ignored_not_a_500(client, caseworker, person):
    response = login(client, caseworker).get(
        reverse("cases:list"), {"band": "x", "municipality": "abc", "page": "999", "sort": "evil"}
    )
    assert response.status_code == 200


def test_the_list_pages_in_fifties(client, caseworker, authority):
    for i in range(55):
        make_person(authority, file_number=f"P{i:03}", family_name=f"Name{i:03}")
    body = login(client, caseworker).get(reverse("cases:list"), {"page": 2}).content.decode()
    assert "Seite 2 von 2" in body
    assert "55 Fälle gefunden" in body


def test_the_list_needs_a_constant_number_of_queries(client, caseworker, authority):
    """No N+1: a page of 10 and a page of 40 persons cost the same number of queries."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries_for_list():
        with CaptureQueriesContext(connection) as context:
            client.get(reverse("cases:list"))
        return len(context.captured_queries)

    login(client, caseworker)
    for i in range(10):
        p = make_person(authority, file_number=f"Q{i:03}", assigned_to=caseworker)
        add_period(p, "duldung", date(2020, 1, 1))
    few = queries_for_list()
    for i in range(10, 40):
        p = make_person(authority, file_number=f"Q{i:03}", assigned_to=caseworker)
        add_period(p, "duldung", date(2020, 1, 1))
    assert queries_for_list() == few
