"""The idle timeout counts from the last request, but a page view does not write the session
row every time (on SQLite every write waits for the database's one write lock)."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.conftest import login
from wegweiser.accounts.middleware import RENEW_AFTER_SECONDS


def _row(client) -> Session:
    return Session.objects.get(session_key=client.session.session_key)


def _session_writes(client) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("cases:list")).status_code == 200
    return [q["sql"] for q in queries if "django_session" in q["sql"]
            and not q["sql"].lstrip().upper().startswith("SELECT")]


def _last_renewed(client, seconds_ago: int) -> None:
    expiry = timezone.now() + timedelta(seconds=settings.SESSION_COOKIE_AGE - seconds_ago)
    Session.objects.filter(session_key=client.session.session_key).update(expire_date=expiry)


@pytest.fixture
def signed_in(client, caseworker):
    return login(client, caseworker)


def test_pages_within_the_minute_do_not_write_the_session(signed_in):
    _last_renewed(signed_in, RENEW_AFTER_SECONDS - 5)

    assert _session_writes(signed_in) == []
    assert _session_writes(signed_in) == []


def test_a_page_after_the_minute_moves_the_expiry_on(signed_in):
    _last_renewed(signed_in, RENEW_AFTER_SECONDS + 1)
    before = _row(signed_in).expire_date

    assert len(_session_writes(signed_in)) == 1

    assert _row(signed_in).expire_date - before >= timedelta(seconds=RENEW_AFTER_SECONDS)
    assert _session_writes(signed_in) == []  # and then not again within the minute


def test_an_expired_session_ends_the_login(signed_in):
    _last_renewed(signed_in, settings.SESSION_COOKIE_AGE + 1)

    response = signed_in.get(reverse("cases:list"))

    assert response.status_code == 302 and reverse("login") in response["Location"]
    assert not Session.objects.filter(expire_date__gt=timezone.now()).exists()  # none new
