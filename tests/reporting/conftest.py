import pytest

from tests.reporting.district import END, START, build


@pytest.fixture
def district(authority, other_authority, users):
    return build(authority, other_authority, users["head"])


@pytest.fixture
def period():
    from wegweiser.reporting.kpis import Period

    return Period(START, END)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Figures of decisions and applications are cached per state of the data; ids restart after
    each test's rollback, so a figure of the previous test must not be found under the same key."""
    from django.core.cache import cache

    cache.clear()
