import pytest


@pytest.fixture(autouse=True)
def _easy_challenge(settings):
    # A few zero bits: the tests solve challenges in Python, not in a browser.
    settings.WEGWEISER_CHALLENGE_BITS = 4


@pytest.fixture
def one_minute(monkeypatch):
    """The clock stands still in the middle of a minute: a test's requests never straddle two
    rate-limit windows."""
    from datetime import UTC, datetime

    from django.utils import timezone

    moment = datetime(2026, 12, 7, 9, 0, 30, tzinfo=UTC)
    monkeypatch.setattr(timezone, "now", lambda: moment)
    return moment
