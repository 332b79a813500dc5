import pytest


@pytest.fixture(autouse=True)
def _easy_challenge(settings):
    # A few zero bits: the tests solve challenges in Python, not in a browser.
    settings.WEGWEISER_CHALLENGE_BITS = 4
