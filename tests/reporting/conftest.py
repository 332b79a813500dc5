import pytest

from tests.reporting.district import END, START, build


@pytest.fixture
def district(authority, other_authority, users):
    return build(authority, other_authority, users["head"])


@pytest.fixture
def period():
    from wegweiser.reporting.kpis import Period

    return Period(START, END)
