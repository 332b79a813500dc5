"""More applications and decisions on a file need no more queries on the case page."""

from datetime import date

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.cases.decision_helpers import make_application, refuse
from tests.conftest import login


def queries_of_the_case_page(client, person) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(reverse("cases:detail", args=[person.pk])).status_code == 200
    return len(captured)


def test_ten_refusals_read_as_many_queries_as_one(client, caseworker, person):
    login(client, caseworker)
    refuse(caseworker, make_application(person, caseworker))
    one = queries_of_the_case_page(client, person)
    for month in range(1, 10):
        application = make_application(person, caseworker, received_on=date(2025, month, 1))
        refuse(caseworker, application, decided_on=date(2025, month, 20))
    assert queries_of_the_case_page(client, person) == one
