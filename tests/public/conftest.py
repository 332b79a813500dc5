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


@pytest.fixture(autouse=True)
def _german_to_begin_with():
    # A request with another Accept-Language leaves that language active in the thread; a test
    # that renders a template directly would otherwise inherit it from the test before.
    from django.utils import translation

    translation.activate("de")
    yield
    translation.activate("de")
