"""WEGWEISER_PUBLIC_RATE_LIMIT and WEGWEISER_PUBLIC_CHALLENGE read "on"/"off" (as the benchmark
sets them) like true/false; anything else stops the start with a clear message."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from wegweiser.settings import envbool


@pytest.mark.parametrize(("value", "expected"), [("off", False), ("on", True), ("OFF", False),
                                                 ("false", False), ("true", True)])
def test_on_and_off_are_understood(monkeypatch, value, expected):
    monkeypatch.setenv("WEGWEISER_PUBLIC_CHALLENGE", value)
    assert envbool("WEGWEISER_PUBLIC_CHALLENGE", "on") is expected


def test_the_default_is_on(monkeypatch):
    monkeypatch.delenv("WEGWEISER_PUBLIC_RATE_LIMIT", raising=False)
    assert envbool("WEGWEISER_PUBLIC_RATE_LIMIT", "on") is True


def test_a_typo_is_refused(monkeypatch):
    monkeypatch.setenv("WEGWEISER_PUBLIC_RATE_LIMIT", "aus")
    with pytest.raises(ImproperlyConfigured, match="on or off"):
        envbool("WEGWEISER_PUBLIC_RATE_LIMIT", "on")
