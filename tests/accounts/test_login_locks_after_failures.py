from django.urls import reverse

from tests.conftest import PASSWORD


def attempt(client, user, password):
    return client.post(reverse("login"), {"username": user.username, "password": password})


def test_a_correct_login_reaches_the_start_page(client, caseworker):
    response = attempt(client, caseworker, PASSWORD)
    assert response.status_code == 302
    assert client.get(reverse("home")).status_code == 200  # a caseworker's own work


def test_the_login_locks_after_five_failures(client, caseworker):
    for _ in range(5):
        attempt(client, caseworker, "falsch")
    response = attempt(client, caseworker, PASSWORD)
    assert response.status_code == 429
    assert "vorübergehend gesperrt" in response.content.decode()
    assert client.get(reverse("cases:list")).status_code == 302  # still logged out


def test_a_weak_password_is_refused_by_the_validators(caseworker):
    import pytest
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        validate_password("passwort1", caseworker)


def test_pages_carry_security_headers(client, db):
    response = client.get(reverse("login"))
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'self'" in response["Content-Security-Policy"]


def test_the_session_times_out_after_30_minutes(settings):
    # Counted from the last request: tests/accounts/test_the_session_is_renewed_at_most_once_a_minute.py
    assert settings.SESSION_COOKIE_AGE == 30 * 60
